"""Errors the pipeline raises, each carrying the place in the sources it is about.

Callers (the CLI, the MkDocs adapter) turn them into one line ``content_src/x.txt:12: message``;
nothing in the pipeline lets a traceback reach an editor.
"""

from __future__ import annotations

from .model import Diagnostic, SourceRef


class RevguideError(Exception):
    """A problem in the sources that stops the guide being built."""

    def __init__(self, source: SourceRef, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        """Where the problem is."""
        self.message = message
        """What is wrong and how to fix it."""

    def diagnostic(self) -> Diagnostic:
        """The error as a `Diagnostic`, for reports."""
        return Diagnostic(self.source, self.message, "error")
