"""Sources to pages in one call, shared by the MkDocs adapter and the command line.

content_src/ -> build_guide -> glossary + models registry -> link, practice -> render -> `Site`
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from .cache import Memo
from .errors import RevguideError
from .exports import DEFAULT_TIMESTAMP, DOWNLOADS, build_exports
from .glossary import Entry, build_glossary
from .lint import LINT_FILE, Acceptance, Finding, lint, load_acceptances
from .model import Diagnostic, Guide
from .pipeline import Memos, build_guide
from .practice import Card, build_practice, practice_links, render_practice
from .registry import MODELS_FILE, Model, load_models
from .render import (
    Asset,
    Page,
    RenderMemo,
    escape,
    make_linking,
    render_glossary,
    render_home_listing,
    render_marking_points,
    render_models,
    render_print_pack,
    render_subtopics,
)
from .report import build_report
from .sources import display_path

T = TypeVar("T")

#: Where the hand-written home page wants the list of subtopics.
HOME_MARKER = "<!-- revguide:subtopics -->"
#: Where it wants the guide's name (``site_name``): ``# <!-- revguide:site_name -->``.
NAME_MARKER = "<!-- revguide:site_name -->"


@dataclass(frozen=True)
class SiteMemos(Memos):
    """The pipeline's `Memos`, and each subtopic's rendering (see `render_subtopics`)."""

    rendered: RenderMemo = field(default_factory=Memo)
    """Rendered subtopics, by subtopic, link targets and practice links."""
    exports: Memo[tuple[tuple[Card, ...], str, int], tuple[Asset, ...]] = field(
        default_factory=Memo
    )
    """Export files, by cards, deck title and timestamp (the Anki file takes seconds)."""

    def sweep(self) -> None:
        super().sweep()
        self.rendered.sweep()
        self.exports.sweep()


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
    assets: tuple[Asset, ...]
    """Generated files other than pages (practice data)."""
    home_listing: str
    """Markdown listing the subtopics, for the home page."""
    name: str
    """The guide's name (MkDocs' ``site_name``)."""
    diagnostics: tuple[Diagnostic, ...]
    """All warnings and errors: sources, registries and unaccepted lint warnings."""
    findings: tuple[Finding, ...]
    """Every lint finding, notes and accepted ones included."""

    def fill_home(self, markdown: str) -> str:
        """``markdown`` with the `HOME_MARKER` comment replaced by the list of subtopics and
        `NAME_MARKER` by the guide's name (so a renamed guide's home page follows)."""
        return markdown.replace(HOME_MARKER, self.home_listing).replace(
            NAME_MARKER, escape(self.name)
        )

    @property
    def report(self) -> dict[str, Any]:
        """The build report (``site/build-report.json``)."""
        return build_report(self.guide, self.diagnostics)


def _optional(
    path: Path,
    root: Path,
    load: Callable[[Path, str], T],
    absent: T,
    diagnostics: list[Diagnostic],
) -> T:
    """A registry file read with ``load``; ``absent`` when missing or broken (error recorded)."""
    if not path.is_file():
        return absent
    try:
        return load(path, display_path(path.resolve(), root))
    except RevguideError as exc:
        diagnostics.append(exc.diagnostic())
        return absent


def build_site(
    content_dir: Path,
    root: Path | None = None,
    directory_urls: bool = True,
    title: str = "Revision guide",
    timestamp: int = DEFAULT_TIMESTAMP,
    memos: SiteMemos | None = None,
) -> Site:
    """Run the whole pipeline on ``content_dir``; paths in messages relative to ``root``.

    ``directory_urls`` is MkDocs' ``use_directory_urls`` (assets hold built URLs); ``title`` is
    the guide's name (home page, exported decks); ``timestamp`` dates the Anki notes (see
    `exports`); ``memos`` keep parsed sources, deduplicated sections and rendered subtopics
    between the builds of one process (`cache`).
    """
    root = (root or Path.cwd()).resolve()
    memos = memos or SiteMemos()
    guide = build_guide(content_dir, root, memos)
    diagnostics = list(guide.diagnostics)
    no_models: tuple[Model, ...] = ()
    models = _optional(content_dir / MODELS_FILE, root, load_models, no_models, diagnostics)
    glossary = build_glossary(guide.subtopics)
    no_acceptances: list[Acceptance] = []
    acceptances = _optional(
        content_dir / LINT_FILE, root, load_acceptances, no_acceptances, diagnostics
    )
    findings = lint(guide.subtopics, guide.reports, glossary, models, acceptances)
    diagnostics += [
        Diagnostic(f.source, f"{f.code} {f.message}")
        for f in findings
        if f.severity == "warning" and not f.accepted
    ]
    linking = make_linking(glossary, models)
    practice = build_practice(guide.subtopics, glossary, models)
    downloads = DOWNLOADS if practice.cards else ()
    export = (tuple(practice.cards), title, timestamp)
    practice_pages, practice_data = render_practice(practice, directory_urls, downloads)
    subtopics = render_subtopics(
        guide.subtopics, linking, glossary, practice_links(practice), memos.rendered
    )
    pages = (
        *subtopics.pages,
        render_glossary(glossary, linking, models, subtopics),
        render_models(models, linking, subtopics),
        *render_marking_points(guide.subtopics),
        *render_print_pack(subtopics, glossary, models, linking),
        *practice_pages,
    )
    return Site(
        guide=guide,
        models=models,
        glossary=glossary,
        pages=pages,
        assets=(practice_data, *memos.exports.get(export, partial(build_exports, *export))),
        home_listing=render_home_listing(guide.subtopics),
        name=title,
        findings=tuple(findings),
        diagnostics=tuple(sorted(diagnostics, key=lambda d: (d.source, d.message))),
    )
