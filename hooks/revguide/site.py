"""Sources to pages in one call, shared by the MkDocs adapter and the command line.

content_src/ -> build_guide -> glossary + models registry -> link, practice -> render -> `Site`
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from .cache import Memo
from .exportguide import ExportGuide, export_guide
from .exports import DOWNLOADS, build_exports
from .glossary import Entry, build_glossary
from .lint import LINT_FILE, Acceptance, Finding, lint, load_acceptances
from .model import Diagnostic, Guide, SourceRef
from .pipeline import Memos, build_guide, load_registry
from .practice import Card, build_practice, practice_links, render_practice
from .progress import Phases
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
from .sourcedates import subtopic_dates

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
    exports: Memo[tuple[tuple[Card, ...], ExportGuide], tuple[Asset, ...]] = field(
        default_factory=Memo
    )
    """Export files, by cards and guide (titles, address, note dates)."""

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


def _url_collisions(pages: Iterable[Page]) -> list[Diagnostic]:
    """An error for each page published at the URL of an earlier one (``x.md`` and
    ``x/index.md`` are one URL), naming both; slugs are made so that it cannot happen."""
    seen: dict[str, Page] = {}
    errors = []
    for page in pages:
        url = page.path.removesuffix(".md")
        url = "" if url == "index" else url.removesuffix("/index")
        other = seen.setdefault(url, page)
        if other is not page:
            where = SourceRef(page.sources[0] if page.sources else page.path, 1)
            errors.append(
                Diagnostic(
                    where,
                    f"{page.path} and {other.path} ({', '.join(other.sources) or 'generated'}) "
                    f"would be published at the same address /{url}/; rename one",
                    "error",
                )
            )
    return errors


def build_site(
    content_dir: Path,
    root: Path | None = None,
    directory_urls: bool = True,
    title: str = "Revision guide",
    site_url: str | None = None,
    epoch: int | None = None,
    memos: SiteMemos | None = None,
    phases: Phases | None = None,
) -> Site:
    """Run the whole pipeline on ``content_dir``; paths in messages relative to ``root``.

    ``directory_urls`` is MkDocs' ``use_directory_urls`` (assets hold built URLs); ``title`` is
    the guide's name (home page, exported decks); ``site_url`` (MkDocs' setting) makes the
    exports' links full addresses; ``epoch`` (``SOURCE_DATE_EPOCH``) caps the dates of the
    Anki notes (`sourcedates`); ``memos`` keep parsed sources, deduplicated sections and
    rendered subtopics between the builds of one process (`cache`); ``phases`` hears of each
    phase as it ends (`progress`).
    """
    root = (root or Path.cwd()).resolve()
    memos = memos or SiteMemos()
    phases = phases or Phases()
    guide = build_guide(content_dir, root, memos, phases)
    diagnostics = list(guide.diagnostics)
    no_models: tuple[tuple[Model, ...], tuple[Diagnostic, ...]] = ((), ())
    models, model_warnings = load_registry(
        content_dir, MODELS_FILE, root, load_models, no_models, diagnostics, memos.last_good
    )
    diagnostics += model_warnings
    glossary = build_glossary(guide.subtopics)
    no_acceptances: list[Acceptance] = []
    acceptances = load_registry(
        content_dir, LINT_FILE, root, load_acceptances, no_acceptances, diagnostics, memos.last_good
    )
    findings = lint(guide.subtopics, guide.reports, glossary, models, acceptances)
    diagnostics += [
        Diagnostic(f.source, f"{f.code} {f.message}")
        for f in findings
        if f.severity == "warning" and not f.accepted
    ]
    linking = make_linking(glossary, models)
    phases.done(
        "glossary and lint",
        f"{len(glossary)} terms, {len(models)} models, {len(findings)} lint findings",
    )
    practice = build_practice(guide.subtopics, glossary, models)
    downloads = DOWNLOADS if practice.cards else ()
    dates = subtopic_dates(guide.subtopics, content_dir, root, epoch)
    export = (
        tuple(practice.cards),
        export_guide(title, site_url, directory_urls, guide.subtopics, dates),
    )
    practice_pages, practice_data = render_practice(practice, directory_urls, downloads)
    phases.done("practice", f"{len(practice.cards)} cards, {len(practice_pages)} pages")
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
    diagnostics += _url_collisions(pages)
    phases.done("render", f"{len(pages)} pages")
    exports = memos.exports.get(export, partial(build_exports, *export))
    phases.done("exports", f"{len(exports)} files")
    return Site(
        guide=guide,
        models=models,
        glossary=glossary,
        pages=pages,
        assets=(practice_data, *exports),
        home_listing=render_home_listing(guide.subtopics),
        name=title,
        findings=tuple(findings),
        diagnostics=tuple(sorted(diagnostics, key=lambda d: (d.source, d.message))),
    )
