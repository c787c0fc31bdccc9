"""Phases of a build, each reported with its counts and seconds as it ends::

    phases = Phases(print)
    ...read the sources...
    phases.done("read", "5 sources")       # -> "read: 5 sources (0.2 s)"

The MkDocs adapter reports them at INFO (a normal ``mkdocs build`` shows them), so a long build
of a large guide is never silent; without a reporter nothing is printed.
"""

from __future__ import annotations

from collections.abc import Callable
from time import perf_counter


class Phases:
    """Times the phases of one build; `done` ends one and starts the next."""

    def __init__(self, report: Callable[[str], None] | None = None) -> None:
        self.report = report
        """Where each phase's line goes, if anywhere."""
        self.start = perf_counter()
        """When the current phase began."""

    def done(self, phase: str, counts: str) -> None:
        """End ``phase``: report ``phase: counts (seconds)``."""
        now = perf_counter()
        if self.report is not None:
            self.report(f"{phase}: {counts} ({now - self.start:.1f} s)")
        self.start = now
