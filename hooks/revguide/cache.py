"""Keep the results of a pure step between the builds of one process (``mkdocs serve``)::

    memo = Memo()
    build_site(content_dir, root, memo=memo)   # parses and normalises every source
    memo.sweep()
    build_site(content_dir, root, memo=memo)   # ... only the sources whose text changed
    memo.sweep()

A result is reused only for an equal key (for sources: the path and the whole decoded text), so a
build with a memo returns exactly what a build without one returns. `Memo.sweep` after a build
drops what it did not ask for (deleted files, old versions of changed ones), so memory stays one
build's worth.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(Generic[K, V]):
    """Values by key, kept from one build to the next."""

    def __init__(self) -> None:
        self._kept: dict[K, V] = {}
        self._used: dict[K, V] = {}
        self.computed = 0
        """Values computed, not reused, since the last `sweep`."""

    def get(self, key: K, compute: Callable[[], V]) -> V:
        """The value kept for ``key``, or ``compute()`` (kept for the next build)."""
        if key in self._used:
            return self._used[key]
        if key in self._kept:
            value = self._kept[key]
        else:
            value = compute()
            self.computed += 1
        self._used[key] = value
        return value

    def sweep(self) -> None:
        """Call after a build: keep only what it used."""
        self._kept, self._used = self._used, {}
        self.computed = 0
