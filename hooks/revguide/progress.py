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


class RenderCount:
    """Counts the pages an engine renders after the pipeline is done (it says nothing while it
    does), reporting the count every ``every`` seconds and the total at the end::

        count = RenderCount(print)
        count.page()                  # per page; now and then "120 pages rendered (2 s)"
        count.done()                  # -> "render pages: 1000 pages (14.2 s)"
    """

    def __init__(self, report: Callable[[str], None], every: float = 2.0) -> None:
        self.report = report
        """Where the lines go."""
        self.every = every
        """Seconds between two lines saying how many pages are rendered so far."""
        self.pages = 0
        """Pages rendered so far."""
        self.start = perf_counter()
        """When rendering began."""
        self.said = self.start
        """When the last line was reported."""

    def page(self) -> None:
        """One more page rendered."""
        self.pages += 1
        now = perf_counter()
        if now - self.said >= self.every:
            self.said = now
            self.report(f"{self.pages} pages rendered ({now - self.start:.0f} s)")

    def done(self) -> None:
        """Rendering is over: report the total."""
        seconds = perf_counter() - self.start
        self.report(f"render pages: {self.pages} pages ({seconds:.1f} s)")
