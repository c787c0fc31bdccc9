"""The pipeline, sources to guide, in one call: `build_guide`.

    sources -> parse -> normalise -> dedupe/assemble -> (link -> render: see the site modules)

Every problem becomes a `Diagnostic`; none stops the others from being found. A file that cannot
be used is skipped with a warning; an editor file that cannot be read (`editorfiles`: metadata,
dedupe, models, lint) is an error. `build_guide_and_files` also gives what those files say.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from .assemble import DedupeMemo, assemble
from .cache import Memo
from .chrome import line_keys, repeated_lines
from .editor import parse_editor
from .editorfiles import EditorFiles, last_good_note, load_editor_files
from .errors import RevguideError
from .model import Diagnostic, Guide, SourceRef, walk
from .normalise import Document, normalise
from .parse import parse
from .progress import Phases
from .settings import FileMetadata
from .sources import (
    EDITOR_SUFFIX,
    RAW_SUFFIX,
    REGISTRY_FILES,
    SourceText,
    discover,
    display_path,
    outside,
    read_source,
)


class AccountingError(AssertionError):
    """The report's invariant ``items_in == items_out + merged`` failed: a bug, not bad input."""


def _documents(
    content_dir: Path, root: Path, memos: Memos
) -> tuple[list[Document], dict[str, FileMetadata], list[Diagnostic]]:
    documents: list[Document] = []
    diagnostics: list[Diagnostic] = []
    sources: list[SourceText] = []
    readings: list[tuple[str, Reading]] = []  # (display path, what it gave)
    front_matter: dict[str, FileMetadata] = {}
    if not content_dir.is_dir():
        what = "is a file, not a folder" if content_dir.exists() else "does not exist"
        missing = f"{what}: put the subtopic sources in a folder {content_dir.name}/"
        where = SourceRef(display_path(content_dir, root), 1)
        return documents, front_matter, [Diagnostic(where, missing, "error")]
    paths, unreadable = discover(content_dir)
    for folder, why in unreadable:
        where = SourceRef(display_path(folder, root), 1)
        diagnostics.append(Diagnostic(where, f"folder cannot be read ({why}); skipped", "error"))
    for path in paths:
        display = display_path(path, root)
        relative = path.relative_to(content_dir).as_posix()
        if relative in REGISTRY_FILES:
            continue
        link = outside(path, content_dir)
        if link:
            diagnostics.append(Diagnostic(SourceRef(display, 1), link))
            continue
        suffix = path.suffix.lower()
        # A link to a folder is not a file of the wrong type: read_source reports it.
        if suffix not in (RAW_SUFFIX, EDITOR_SUFFIX) and not path.is_dir():
            diagnostics.append(
                Diagnostic(
                    SourceRef(display, 1),
                    f"not a subtopic source ({RAW_SUFFIX}, {EDITOR_SUFFIX}) or a registry "
                    f"({', '.join(sorted(REGISTRY_FILES))}); ignored",
                )
            )
            continue
        source, problem = read_source(path, display)
        if source is None:
            assert problem is not None
            readings.append(
                (display, memos.last_good_reading(display, Reading(None, None, (problem,))))
            )
            continue
        if problem:
            diagnostics.append(problem)
        sources.append(source)
    # Lines found in several raw texts are boilerplate candidates (see `chrome`); each source
    # is parsed again only when its own text or its share of those lines changes.
    keys = {s.path: line_keys(s.text) for s in sources if not _is_editor(s)}
    repeated = repeated_lines(keys.values())
    for source in sources:
        own = keys.get(source.path, frozenset()) & repeated
        reading = memos.sources.get((source, own), partial(read_document, source, own))
        readings.append((source.path, memos.last_good_reading(source.path, reading)))
    for display, reading in sorted(readings, key=lambda pair: pair[0]):
        diagnostics.extend(reading.diagnostics)
        if reading.metadata is not None:
            front_matter[display] = reading.metadata
        if reading.document is not None:
            documents.append(reading.document)
    return documents, front_matter, diagnostics


def _is_editor(source: SourceText) -> bool:
    return source.path.lower().endswith(EDITOR_SUFFIX)


@dataclass(frozen=True)
class Reading:
    """What one decoded source yields."""

    document: Document | None
    """The normalised document; ``None`` when the file is skipped."""
    metadata: FileMetadata | None
    """Front matter of an editor source, if any."""
    diagnostics: tuple[Diagnostic, ...]
    """Its problems."""


@dataclass(frozen=True)
class Memos:
    """Results kept between the builds of one process (see `cache`)."""

    sources: Memo[tuple[SourceText, frozenset[str]], Reading] = field(default_factory=Memo)
    """Parsed and normalised sources, by path, text and repeated lines."""
    sections: DedupeMemo = field(default_factory=Memo)
    """Deduplicated sections, by a subtopic's documents, metadata and ``dedupe.yml``."""

    last_good: dict[str, Any] = field(default_factory=dict)
    """Display path -> what the file last gave when it could be used (a `Reading`, or what
    `editorfiles.load_editor_file` loaded). Between the builds of ``mkdocs serve``, a file that
    stops parsing keeps its last good state, so an editor's open page stays (with the error)
    instead of turning into a 404; a single build starts empty and is unaffected."""

    def sweep(self) -> None:
        """Call after a build: keep only what it used."""
        self.sources.sweep()
        self.sections.sweep()

    def last_good_reading(self, display: str, reading: Reading) -> Reading:
        """``reading``, or when it yields no document, the file's last good one with today's
        problems and a note that it is in use."""
        if reading.document is not None:
            self.last_good[display] = reading
            return reading
        good = self.last_good.get(display)
        if not isinstance(good, Reading):
            return reading
        return replace(good, diagnostics=(*reading.diagnostics, last_good_note(display)))


def read_document(source: SourceText, repeated: frozenset[str] = frozenset()) -> Reading:
    """Parse and normalise one decoded source (raw text or editor Markdown, by its suffix).

    ``repeated``: keys of its lines found in several raw texts (`chrome.repeated_lines`).
    """
    if not _is_editor(source):
        document = normalise(parse(source, repeated))
        return Reading(document, None, document.diagnostics)
    try:
        raw, metadata, warnings = parse_editor(source)
    except RevguideError as exc:
        return Reading(None, None, (Diagnostic(exc.source, exc.message + "; file skipped"),))
    document = normalise(raw)
    return Reading(document, metadata, (*warnings, *document.diagnostics))


def build_guide(
    content_dir: Path,
    root: Path | None = None,
    memos: Memos | None = None,
    phases: Phases | None = None,
) -> Guide:
    """Read every source under ``content_dir`` and return the deduplicated guide.

    Paths in the result are relative to ``root`` (default: the current directory). ``memos``
    keep parsed sources and deduplicated sections for the next build (see `cache`); ``phases``
    hears of each phase as it ends.
    """
    guide, _ = build_guide_and_files(content_dir, root, memos, phases)
    return guide


def build_guide_and_files(
    content_dir: Path,
    root: Path | None = None,
    memos: Memos | None = None,
    phases: Phases | None = None,
) -> tuple[Guide, EditorFiles]:
    """`build_guide`, and what the editor files of ``content_dir`` say (`editorfiles`): the
    guide's diagnostics hold their problems."""
    root = (root or Path.cwd()).resolve()
    content_dir = content_dir.resolve()
    memos = memos or Memos()
    phases = phases or Phases()
    documents, front_matter, diagnostics = _documents(content_dir, root, memos)
    phases.done("read and parse", f"{len(documents)} sources")
    prefix = display_path(content_dir, root)
    known = {Path(d.path).relative_to(prefix).as_posix() for d in documents}
    files = load_editor_files(content_dir, root, known, memos.last_good)
    diagnostics.extend(files.diagnostics)
    assembly = assemble(
        documents, {**files.metadata, **front_matter}, files.overrides, memos.sections
    )
    diagnostics.extend(assembly.diagnostics)
    merged = sum(len(m.merged) for r in assembly.reports for m in r.merges)
    phases.done("deduplicate", f"{len(assembly.subtopics)} subtopics, {merged} items merged")
    if not assembly.subtopics and content_dir.is_dir():
        problem = f"no subtopic sources ({RAW_SUFFIX} or {EDITOR_SUFFIX} files): nothing to publish"
        diagnostics.append(Diagnostic(SourceRef(prefix, 1), problem, "error"))
    guide = Guide(
        assembly.subtopics,
        assembly.reports,
        tuple(sorted(diagnostics, key=lambda d: (d.source, d.message))),
    )
    check_accounting(guide)
    return guide, files


def check_accounting(guide: Guide) -> None:
    """Raise `AccountingError` unless every item read is on a page or merged into one."""
    for subtopic, report in zip(guide.subtopics, guide.reports, strict=True):
        items_out = sum(len(walk(section.items)) for section in subtopic.sections)
        merged = sum(len(merge.merged) for merge in report.merges)
        if report.items_in != items_out + merged:
            raise AccountingError(
                f"{subtopic.slug}: items_in {report.items_in} != items_out {items_out} "
                f"+ merged {merged}"
            )
