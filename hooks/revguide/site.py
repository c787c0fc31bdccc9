"""Sources to pages in one call, shared by the MkDocs adapter and the command line.

content_src/ -> build_guide -> glossary + models registry -> link, practice -> render -> `Site`
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from . import paths
from .cache import Memo
from .cards import Card
from .dialect import Asset, Page, escape, front_matter, link
from .exportguide import ExportGuide, export_guide
from .exports import DOWNLOADS, build_exports
from .glossary import Entry, build_glossary
from .linking import Linking, make_linking
from .lint import Finding, lint
from .marking_points import TITLE as MARKING_POINTS_TITLE
from .marking_points import render_marking_points
from .model import Diagnostic, Guide, SourceRef
from .parts import parts
from .pipeline import Memos, build_guide_and_files
from .practice import Practice, build_practice, combine, practice_links
from .practice_pages import render_practice
from .print_pack import render_print_pack
from .progress import Phases
from .reference_pages import GLOSSARY_TITLE, MODELS_TITLE, render_glossary, render_models
from .registry import MODELS_FILE, Model
from .report import build_report
from .sourcedates import subtopic_dates
from .sources import display_path
from .subjects import Subject, discover_subjects
from .subtopic_pages import RenderMemo, render_home_listing, render_subtopics

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
    subjects: tuple[Subject, ...] = ()
    """The subjects of a guide of several, in order; empty in a guide of one."""

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

    A guide of several subjects (`subjects`) builds each as a guide of its own, its pages
    under its folder (`_render_subject`), so that its links, glossary and models are its
    own by construction; practice and the home page span them all.
    """
    root = (root or Path.cwd()).resolve()
    memos = memos or SiteMemos()
    phases = phases or Phases()
    found, problems = discover_subjects(content_dir, root)
    built = [
        _build_subject(subject, root, directory_urls, title, site_url, epoch, memos, phases)
        for subject in found
    ]
    # Several: subject folders, even if none could be read (their errors say why).
    several = not found or bool(found[0].slug)
    subjects = [(b.subject.slug, b.subject.name) for b in built] if several else []
    practice = combine([b.practice for b in built])
    downloads = DOWNLOADS if practice.cards else ()
    practice_pages, practice_data = render_practice(practice, directory_urls, downloads, subjects)
    pages = (
        *(page for b in built for page in _render_subject(b, memos.rendered)),
        *(_subject_indexes(built) if several else ()),
        *practice_pages,
    )
    diagnostics = [*problems, *(d for b in built for d in b.diagnostics)]
    diagnostics += _url_collisions(pages)
    phases.done("render", f"{len(pages)} pages")
    exports = [
        replace(asset, path=b.subject.prefix + asset.path)
        for b in built
        for asset in memos.exports.get(b.export, partial(build_exports, *b.export))
    ]
    phases.done("exports", f"{len(exports)} files")
    guide = Guide(
        tuple(s for b in built for s in b.guide.subtopics),
        tuple(
            replace(r, slug=s.key)
            for b in built
            for s, r in zip(b.guide.subtopics, b.guide.reports, strict=True)
        ),
        tuple(
            sorted(
                (*problems, *(d for b in built for d in b.guide.diagnostics)),
                key=lambda d: (d.source, d.message),
            )
        ),
    )
    return Site(
        guide=guide,
        models=tuple(m for b in built for m in b.models),
        glossary=tuple(e for b in built for e in b.glossary),
        pages=pages,
        assets=(practice_data, *exports),
        home_listing=_home_listing(built) if several else render_home_listing(guide.subtopics),
        name=title,
        findings=tuple(f for b in built for f in b.findings),
        diagnostics=tuple(sorted(diagnostics, key=lambda d: (d.source, d.message))),
        subjects=tuple(b.subject for b in built) if several else (),
    )


@dataclass(frozen=True)
class SubjectSite:
    """One subject built as a guide of its own."""

    subject: Subject
    """The subject."""
    guide: Guide
    """Its deduplicated subtopics (their ``subject`` set)."""
    models: tuple[Model, ...]
    """Its models registry."""
    glossary: tuple[Entry, ...]
    """Its glossary entries, A-Z."""
    findings: tuple[Finding, ...]
    """Its lint findings (terms are compared within the subject only)."""
    diagnostics: tuple[Diagnostic, ...]
    """Its problems, lint warnings included."""
    practice: Practice
    """Its cards and quizzes (ids its own, links from the site's root)."""
    linking: Linking
    """Its link targets: its own glossary and models only."""
    models_source: str
    """Display path of its models registry (where the models page's "edit" goes)."""
    export: tuple[tuple[Card, ...], ExportGuide]
    """What its flashcard exports are made of: its cards, and itself as they see it."""


def _build_subject(
    subject: Subject,
    root: Path,
    directory_urls: bool,
    title: str,
    site_url: str | None,
    epoch: int | None,
    memos: SiteMemos,
    phases: Phases,
) -> SubjectSite:
    """``subject`` as a guide of its own, up to its pages (`_render_subject`)."""
    folder = subject.folder
    guide, files = build_guide_and_files(folder, root, memos, phases)
    if subject.slug:
        # A subtopic's own awarding body and level win; the subject's fill the gaps.
        qualified = tuple(
            replace(
                s,
                subject=subject.slug,
                awarding_body=s.awarding_body or subject.awarding_body,
                level=s.level or subject.level,
            )
            for s in guide.subtopics
        )
        guide = replace(guide, subtopics=qualified)
    diagnostics = list(guide.diagnostics)  # the editor files' problems among them
    models = files.models
    glossary = build_glossary(guide.subtopics)
    # A subject's lint.yml names files from its own folder; findings name them from content_src/.
    acceptances = [replace(a, file=subject.prefix + a.file) for a in files.acceptances]
    linking = make_linking(glossary, models)
    findings = lint(guide.subtopics, guide.reports, glossary, models, acceptances, linking.mentions)
    diagnostics += [
        Diagnostic(f.source, f"{f.code} {f.message}")
        for f in findings
        if f.severity == "warning" and not f.accepted
    ]
    phases.done(
        "glossary and lint",
        f"{len(glossary)} terms, {len(models)} models, {len(findings)} lint findings",
    )
    practice = build_practice(guide.subtopics, glossary, models, subject.slug, linking.mentions)
    name = f"{title}: {subject.name}" if subject.slug else title
    dates = subtopic_dates(guide.subtopics, folder, root, epoch)
    export = (
        tuple(practice.cards),
        export_guide(name, site_url, directory_urls, guide.subtopics, dates, subject.prefix),
    )
    phases.done("practice", f"{len(practice.cards)} cards")  # its pages: in "render"
    return SubjectSite(
        subject=subject,
        guide=guide,
        models=models,
        glossary=glossary,
        findings=tuple(findings),
        diagnostics=tuple(diagnostics),
        practice=practice,
        linking=linking,
        models_source=display_path(folder / MODELS_FILE, root),
        export=export,
    )


def _render_subject(built: SubjectSite, memo: RenderMemo) -> list[Page]:
    """A subject's pages but practice, at their place in the site (under its folder): made
    at their place within the subject, then moved (`relocate`), which keeps every relative
    link they hold."""
    guide, glossary, models, linking = built.guide, built.glossary, built.models, built.linking
    subtopics = render_subtopics(
        guide.subtopics, linking, glossary, practice_links(built.practice), memo
    )
    pages = (
        *subtopics.pages,
        *render_glossary(glossary, linking, models, subtopics.used_in),
        render_models(models, linking, subtopics.used_in, built.models_source),
        *render_marking_points(guide.subtopics),
        *render_print_pack(subtopics, glossary, models, linking),
    )
    return [relocate(page, built.subject.prefix) for page in pages]


def relocate(page: Page, prefix: str) -> Page:
    """``page`` moved under the folder ``prefix`` (``sales/``), with the links between the
    pages of its folder unchanged: they are relative, and every page moves alike."""
    return replace(page, path=prefix + page.path) if prefix else page


def _facts(subject: Subject) -> str:
    facts = [
        f"**{label}:** {escape(value)}"
        for label, value in (("Awarding body", subject.awarding_body), ("Level", subject.level))
        if value
    ]
    return " · ".join(facts)


def _home_listing(built: Sequence[SubjectSite]) -> str:
    """The home page's listing of a guide of several subjects: a section per subject."""
    lines: list[str] = []
    # Synopses only while the whole home page stays within one part's worth of them.
    titles = len(parts([s for b in built for s in b.guide.subtopics])) > 1
    for b in built:
        lines += [f"### {escape(b.subject.name)}", ""]
        if facts := _facts(b.subject):
            lines += [facts, ""]
        glossary = link(GLOSSARY_TITLE, b.subject.prefix + paths.GLOSSARY)
        lines += [f"{glossary} · {link(MODELS_TITLE, b.subject.prefix + paths.MODELS)}", ""]
        lines += [render_home_listing(b.guide.subtopics, b.subject.prefix, 4, titles)]
    return "\n".join(lines)


#: Root pages of a guide of several subjects, each linking its subjects' own: (docs path,
#: title, introduction). Hand-written pages (docs/) link these paths.
SUBJECT_INDEXES = (
    (
        paths.GLOSSARY,
        GLOSSARY_TITLE,
        "Each subject has its own glossary: a term means what its subject says it means.",
    ),
    (paths.MODELS, MODELS_TITLE, "The models and frameworks of each subject."),
    (
        paths.marking_points(),
        MARKING_POINTS_TITLE,
        "What examiners give credit for, by subject.",
    ),
    (paths.print_pack(), "Print pack", "A print pack per subject."),
)


def _subject_indexes(built: Sequence[SubjectSite]) -> list[Page]:
    """The root pages of a guide of several subjects that the hand-written pages link (the
    glossary, models, marking points, print pack): a link to each subject's own."""
    pages = []
    for path, title, intro in SUBJECT_INDEXES:
        lines = [*front_matter(title), f"# {escape(title)}", "", intro, ""]
        lines += [
            f"- {link(b.subject.name, paths.relative(path, b.subject.prefix + path))}"
            for b in built
        ]
        pages.append(Page(path, title, "\n".join([*lines, ""]), ()))
    return pages
