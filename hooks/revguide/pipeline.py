"""The pipeline, sources to guide, in one call: `build_guide`.

    sources -> parse -> normalise -> dedupe/assemble -> (link -> render: see the site modules)

Every problem becomes a `Diagnostic`; none stops the others from being found. A file that cannot
be used is skipped with a warning; a registry that cannot be read is an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .assemble import SectionMemo, assemble
from .cache import Memo
from .chrome import line_keys, repeated_lines
from .editor import EDITOR_SUFFIX, parse_editor
from .errors import RevguideError
from .model import Diagnostic, Guide, SourceRef
from .normalise import Document, normalise
from .parse import parse
from .settings import (
    DEDUPE_FILE,
    METADATA_FILE,
    FileMetadata,
    OverridePair,
    load_metadata,
    load_overrides,
)
from .sources import (
    RAW_SUFFIX,
    REGISTRY_FILES,
    SourceText,
    discover,
    display_path,
    read_source,
)


class AccountingError(AssertionError):
    """The report's invariant ``items_in == items_out + merged`` failed: a bug, not bad input."""


def _documents(
    content_dir: Path, root: Path, memo: Memo[tuple[SourceText, frozenset[str]], Reading]
) -> tuple[list[Document], dict[str, FileMetadata], list[Diagnostic]]:
    documents, diagnostics = [], []
    sources: list[SourceText] = []
    front_matter: dict[str, FileMetadata] = {}
    for path in discover(content_dir):
        display = display_path(path, root)
        relative = path.relative_to(content_dir).as_posix()
        if relative in REGISTRY_FILES:
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
        if problem:
            diagnostics.append(problem)
        if source is not None:
            sources.append(source)
    # Lines found in several raw texts are boilerplate candidates (see `chrome`); each source
    # is parsed again only when its own text or its share of those lines changes.
    keys = {s.path: line_keys(s.text) for s in sources if not _is_editor(s)}
    repeated = repeated_lines(keys.values())
    for source in sources:
        own = keys.get(source.path, frozenset()) & repeated
        reading = memo.get((source, own), partial(read_document, source, own))
        diagnostics.extend(reading.diagnostics)
        if reading.metadata is not None:
            front_matter[source.path] = reading.metadata
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
    sections: SectionMemo = field(default_factory=Memo)
    """Deduplicated sections, by a subtopic's documents, metadata and ``dedupe.yml``."""

    def sweep(self) -> None:
        """Call after a build: keep only what it used."""
        self.sources.sweep()
        self.sections.sweep()


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


def build_guide(content_dir: Path, root: Path | None = None, memos: Memos | None = None) -> Guide:
    """Read every source under ``content_dir`` and return the deduplicated guide.

    Paths in the result are relative to ``root`` (default: the current directory). ``memos``
    keep parsed sources and deduplicated sections for the next build (see `cache`).
    """
    root = (root or Path.cwd()).resolve()
    content_dir = content_dir.resolve()
    memos = memos or Memos()
    documents, front_matter, diagnostics = _documents(content_dir, root, memos.sources)
    metadata: dict[str, FileMetadata] = {}
    overrides: list[OverridePair] = []
    prefix = display_path(content_dir, root)
    known = {Path(d.path).relative_to(prefix).as_posix() for d in documents}
    try:
        meta_path = content_dir / METADATA_FILE
        if meta_path.is_file():
            by_name, warnings = load_metadata(meta_path, display_path(meta_path, root), known)
            metadata = {f"{prefix}/{name}": entry for name, entry in by_name.items()}
            diagnostics.extend(warnings)
    except RevguideError as exc:
        diagnostics.append(exc.diagnostic())
    try:
        dedupe_path = content_dir / DEDUPE_FILE
        if dedupe_path.is_file():
            overrides = load_overrides(dedupe_path, display_path(dedupe_path, root))
    except RevguideError as exc:
        diagnostics.append(exc.diagnostic())
    assembly = assemble(documents, metadata | front_matter, overrides, memos.sections)
    diagnostics.extend(assembly.diagnostics)
    guide = Guide(
        assembly.subtopics,
        assembly.reports,
        tuple(sorted(diagnostics, key=lambda d: (d.source, d.message))),
    )
    check_accounting(guide)
    return guide


def check_accounting(guide: Guide) -> None:
    """Raise `AccountingError` unless every item read is on a page or merged into one."""
    for subtopic, report in zip(guide.subtopics, guide.reports, strict=True):
        items_out = sum(len(section.items) for section in subtopic.sections)
        merged = sum(len(merge.merged) for merge in report.merges)
        if report.items_in != items_out + merged:
            raise AccountingError(
                f"{subtopic.slug}: items_in {report.items_in} != items_out {items_out} "
                f"+ merged {merged}"
            )
