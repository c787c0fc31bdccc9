"""Sources to pages in one call, shared by the MkDocs adapter and the command line.

content_src/ -> build_guide -> glossary + models registry -> link -> render -> `Site`
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import RevguideError
from .glossary import Entry, build_glossary
from .lint import LINT_FILE, Finding, lint, load_acceptances
from .model import Diagnostic, Guide
from .pipeline import build_guide
from .registry import MODELS_FILE, Model, load_models
from .render import (
    Page,
    make_linking,
    render_glossary,
    render_home_listing,
    render_marking_points,
    render_models,
    render_subtopics,
)
from .report import build_report
from .sources import display_path


@dataclass(frozen=True)
class Site:
    """Everything a build needs from the pipeline."""

    guide: Guide
    """The deduplicated guide."""
    models: tuple[Model, ...]
    """The models registry."""
    glossary: tuple[Entry, ...]
    """Glossary entries, A-Z."""
    pages: tuple[Page, ...]
    """Generated pages."""
    home_listing: str
    """Markdown listing the subtopics, for the home page."""
    diagnostics: tuple[Diagnostic, ...]
    """All warnings and errors: sources, registries and unaccepted lint warnings."""
    findings: tuple[Finding, ...]
    """Every lint finding, notes and accepted ones included."""

    @property
    def report(self) -> dict[str, Any]:
        """The build report (``site/build-report.json``)."""
        report = build_report(self.guide)
        report["warnings"] = [
            {"file": d.source.path, "line": d.source.line, "message": d.message}
            for d in self.diagnostics
            if d.severity != "error"
        ]
        report["errors"] = [
            {"file": d.source.path, "line": d.source.line, "message": d.message}
            for d in self.diagnostics
            if d.severity == "error"
        ]
        return report


def build_site(content_dir: Path, root: Path | None = None) -> Site:
    """Run the whole pipeline on ``content_dir``; paths in messages relative to ``root``."""
    root = (root or Path.cwd()).resolve()
    guide = build_guide(content_dir, root)
    diagnostics = list(guide.diagnostics)
    models: tuple[Model, ...] = ()
    models_path = content_dir / MODELS_FILE
    if models_path.is_file():
        try:
            models = load_models(models_path, display_path(models_path.resolve(), root))
        except RevguideError as exc:
            diagnostics.append(exc.diagnostic())
    glossary = build_glossary(guide.subtopics)
    acceptances = []
    lint_path = content_dir / LINT_FILE
    if lint_path.is_file():
        try:
            acceptances = load_acceptances(lint_path, display_path(lint_path.resolve(), root))
        except RevguideError as exc:
            diagnostics.append(exc.diagnostic())
    findings = lint(guide.subtopics, guide.reports, glossary, models, acceptances)
    diagnostics += [
        Diagnostic(f.source, f"{f.code} {f.message}")
        for f in findings
        if f.severity == "warning" and not f.accepted
    ]
    linking = make_linking(glossary, models)
    subtopic_pages = render_subtopics(guide.subtopics, linking, glossary)
    titles = {page.path: page.title for page in subtopic_pages}
    pages = (
        *subtopic_pages,
        render_glossary(glossary, linking, models, titles),
        render_models(models, linking, titles),
        render_marking_points(guide.subtopics),
    )
    return Site(
        guide=guide,
        models=models,
        glossary=glossary,
        pages=pages,
        home_listing=render_home_listing(guide.subtopics),
        findings=tuple(findings),
        diagnostics=tuple(sorted(diagnostics, key=lambda d: (d.source, d.message))),
    )
