"""Split a long list into numbered parts of `PART_SIZE`, so no page grows with the guide::

    parts(subtopics[:120]) -> [Part("1–50", "1-50", ...), Part("51–100", ...), Part("101–120", ...)]

The navigation groups its long lists this way, and the pages that would otherwise hold the
whole guide (print pack, marking points) are split along the same parts, so "51–100" names the
same subtopics everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

#: Most entries in one part. With ``navigation.prune`` a page holds only its own nav group, so
#: page size stays flat (one nav list of 1,000 subtopics put 340 KB of links on every page).
PART_SIZE = 50


@dataclass(frozen=True)
class Part(Generic[T]):
    """A run of at most `PART_SIZE` consecutive entries."""

    label: str
    """Positions it covers, for people: ``51–100``."""
    slug: str
    """The same for paths: ``51-100``."""
    entries: Sequence[T]
    """Its entries, in order."""


def parts(entries: Sequence[T]) -> list[Part[T]]:
    """``entries`` in consecutive parts of `PART_SIZE` (one part when they fit in one)."""
    return [
        Part(f"{start + 1}–{start + len(chunk)}", f"{start + 1}-{start + len(chunk)}", chunk)
        for start in range(0, len(entries), PART_SIZE)
        if (chunk := entries[start : start + PART_SIZE])
    ]
