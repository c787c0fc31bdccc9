"""Group documents into subtopics: titles, slugs, order, merged and deduplicated sections.

Files describing the same subtopic form one subtopic listing all of them, the file with most
items first (its items survive when duplicates merge): the same synopsis, the same ``slug`` in
``metadata.yml``, or the same title *and* content that agrees (`agree`: a shared item). Files
that share a title but not their content ("Unit 1 Overview" of Business and of Applied Science)
stay apart, each with its own slug (the title's, then the file's name) and a warning naming
both. A file with nothing but a title makes no page; a warning says so.

Titles, in order of preference: ``title`` in ``metadata.yml`` (an editor's word is final); the
title the source itself gives (scraped pages have one); otherwise derived from the synopsis by
`derive_title`::

    "This subtopic explores the strategic value of cultivating ..., balancing ..."
        -> "Strategic value of cultivating and sustaining productive sales relationships"
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import PurePosixPath

from .cache import Memo
from .dedupe import dedupe_section
from .model import (
    Boilerplate,
    Candidate,
    Diagnostic,
    Item,
    Merge,
    Section,
    SourceRef,
    Subtopic,
    SubtopicReport,
    kind_rank,
    walk,
)
from .names import MAX_TITLE, RESERVED_SLUGS, short_title, slugify
from .normalise import Document, synopsis_key
from .settings import FileMetadata, OverridePair, overrides_from
from .text import item_key

SYNOPSIS_LEAD = re.compile(
    r"""
    ^(?:this|the)\s+
    (?:sub-?topic|topic|element|unit|module|section|lesson|chapter|component|area)\s+
    (?:explores|focuses\s+on|covers|examines|introduces|looks\s+at|considers|develops
      |addresses|investigates|is\s+about|deals\s+with|outlines|describes|concerns)\s+
    (?:the\s+)?
    """,
    re.VERBOSE | re.IGNORECASE,
)
CLAUSE_END = re.compile(r"[,.;:!?()]|\s[–—-]\s")
MAX_TITLE_WORDS = 10
_TRAILING_SMALL = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"]
)


#: Starts the warning on a ``dedupe.yml`` decision no section matches (``import`` reads it).
STALE = "stale"


def derive_title(synopsis: str) -> str:
    """A title from a synopsis: lead-in removed, first clause, at most ten words."""
    clause = CLAUSE_END.split(SYNOPSIS_LEAD.sub("", synopsis, count=1), maxsplit=1)[0]
    title_words = clause.split()[:MAX_TITLE_WORDS]
    while title_words and title_words[-1].casefold() in _TRAILING_SMALL:
        title_words.pop()
    title = " ".join(title_words)
    return title[:1].upper() + title[1:]


@dataclass(frozen=True)
class Assembly:
    """Result of assembling: subtopics in guide order, their reports, and problems found."""

    subtopics: tuple[Subtopic, ...]
    """Subtopics in guide order."""
    reports: tuple[SubtopicReport, ...]
    """One report per subtopic."""
    diagnostics: tuple[Diagnostic, ...]
    """Problems found while assembling."""


#: Share of the smaller file's items two same-titled files must share to be one subtopic.
MIN_SHARED_ITEMS = 0.2


def agree(a: Document, b: Document) -> bool:
    """Whether two documents' content agrees: the same synopsis, or items in common."""
    if synopsis_key(a) and synopsis_key(a) == synopsis_key(b):
        return True
    keys_a = _item_keys(a)
    keys_b = _item_keys(b)
    shared = len(keys_a & keys_b)
    return shared > 0 and shared >= MIN_SHARED_ITEMS * min(len(keys_a), len(keys_b))


def _item_keys(document: Document) -> set[str]:
    return {item_key(item.full_text) for section in document.sections for item in section.items}


@dataclass(frozen=True)
class _Grouping:
    groups: list[list[int]]
    """Indexes of the documents of each subtopic."""
    clashes: dict[int, tuple[int, ...]]
    """For a document, the same-titled documents whose content disagrees with its own."""


def _groups(documents: Sequence[Document], metadata: Mapping[str, FileMetadata]) -> _Grouping:
    parent = list(range(len(documents)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[tuple[str, str], int] = {}
    titled: dict[str, list[int]] = {}
    for index, document in enumerate(documents):
        meta = metadata.get(document.path)
        keys = [("synopsis", synopsis_key(document))]
        if meta and meta.slug:
            keys.append(("slug", meta.slug))
        for key in keys:
            if not key[1]:
                continue
            if key in first_with:
                parent[find(index)] = find(first_with[key])
            else:
                first_with[key] = index
        title = (meta.title if meta else None) or document.title
        if title:
            titled.setdefault(item_key(title), []).append(index)
    for same in titled.values():
        for position, index in enumerate(same):
            for other in same[:position]:
                if agree(documents[index], documents[other]):
                    parent[find(index)] = find(other)
    clashes: dict[int, list[int]] = {}
    for same in titled.values():
        for index in same:
            apart = [i for i in same if find(i) != find(index)]
            if apart:
                clashes[index] = apart
    groups: dict[int, list[int]] = {}
    for index in range(len(documents)):
        groups.setdefault(find(index), []).append(index)
    return _Grouping(
        list(groups.values()), {index: tuple(apart) for index, apart in clashes.items()}
    )


@dataclass(frozen=True)
class DedupedSubtopic:
    """One subtopic's deduplicated sections and what deduplication did."""

    sections: tuple[Section, ...]
    """Sections in page order."""
    merges: tuple[Merge, ...]
    """Items merged."""
    candidates: tuple[Candidate, ...]
    """Similar items kept apart."""
    items_in: int
    """Items read."""
    matched: frozenset[frozenset[str]]
    """``dedupe.yml`` pairs with both items in one section."""


#: A subtopic deduplicated, by its documents, their metadata and the ``dedupe.yml`` pairs.
DedupeMemo = Memo[
    tuple[tuple[Document, ...], tuple[FileMetadata | None, ...], tuple[OverridePair, ...]],
    DedupedSubtopic,
]


class _Assembler:
    def __init__(
        self,
        documents: Sequence[Document],
        metadata: Mapping[str, FileMetadata],
        overrides: Sequence[OverridePair],
        memo: DedupeMemo,
    ) -> None:
        self.memo = memo
        self.documents = documents
        self.metadata = metadata
        self.override_pairs = overrides
        self.overrides = overrides_from(list(overrides))
        self.diagnostics: list[Diagnostic] = []
        self.matched_overrides: set[frozenset[str]] = set()

    def _first(self, docs: list[Document], field: str) -> str | None:
        for document in docs:
            meta = self.metadata.get(document.path)
            value = getattr(meta, field, None) if meta else None
            if value:
                return str(value)
        for document in docs:
            value = getattr(document, field, None)
            if value:
                return str(value)
        return None

    def _title(self, docs: list[Document]) -> tuple[str, str]:
        for document in docs:
            meta = self.metadata.get(document.path)
            if meta and meta.title:
                return meta.title, "metadata"
        for document in docs:
            if document.title:
                return document.title, "source"
        for document in docs:
            synopsis = document.items("synopsis")
            if synopsis and (derived := derive_title(synopsis[0].text)):
                return derived, "synopsis"
        return PurePosixPath(docs[0].path).stem, "file name"

    def _sections(self, docs: list[Document]) -> DedupedSubtopic:
        """Deduplicated sections of one subtopic, reused when its inputs are unchanged."""
        metadata = tuple(self.metadata.get(d.path) for d in docs)
        key = (tuple(docs), metadata, tuple(self.override_pairs))
        sections = self.memo.get(key, partial(self._dedupe, docs))
        self.matched_overrides.update(sections.matched)
        return sections

    def _dedupe(self, docs: list[Document]) -> DedupedSubtopic:
        rank = {document.path: n for n, document in enumerate(docs)}
        by_kind: dict[str, list[Item]] = {}
        headings: dict[str, str] = {}
        for document in docs:
            for section in document.sections:
                by_kind.setdefault(section.kind, []).extend(section.items)
                headings.setdefault(section.kind, section.heading)
        for document in docs:
            meta = self.metadata.get(document.path)
            for name, where in meta.qualifications if meta else ():
                by_kind.setdefault("qualifications", []).append(Item(name, where))
                headings.setdefault("qualifications", "Qualifications")
        sections: list[Section] = []
        merges: list[Merge] = []
        candidates: list[Candidate] = []
        matched: set[frozenset[str]] = set()
        items_in = 0
        for kind in sorted(by_kind, key=kind_rank):
            items = by_kind[kind]
            items_in += len(walk(tuple(items)))
            keys = {item_key(item.full_text) for item in items}
            matched.update(p.keys for p in self.override_pairs if p.keys <= keys)
            result = dedupe_section(
                kind,
                items,
                rank=lambda ref: (rank.get(ref.path, len(rank)),),
                overrides=self.overrides,
            )
            sections.append(Section(kind, headings[kind], result.items))
            merges.extend(result.merges)
            candidates.extend(result.candidates)
        return DedupedSubtopic(
            tuple(sections), tuple(merges), tuple(candidates), items_in, frozenset(matched)
        )

    def _with_content(self) -> list[Document]:
        """The documents that have items; a warning for each raw text that has only a title, a
        note for each editor source with no text yet."""
        kept = []
        for document in self.documents:
            if document.item_count:
                kept.append(document)
                continue
            where = SourceRef(document.path, document.title_line or 1)
            if document.format == "editor" and document.title:
                # A new editor source (`python -m revguide new`) is a draft, not a mistake.
                self.diagnostics.append(
                    Diagnostic(
                        where, "no text yet (a draft): its page appears once it has some", "note"
                    )
                )
                continue
            what = f"only a title ('{document.title}')" if document.title else "no text"
            self.diagnostics.append(
                Diagnostic(where, f"{what}, no content; no page is made for it")
            )
        return kept

    def _clash(self, docs: list[Document], clashes: list[Document], slug: str) -> str:
        """The slug of a subtopic sharing its title with others of other content, and a warning."""
        own = f"{slug}-{slugify(PurePosixPath(docs[0].path).stem)}"
        others = ", ".join(sorted({d.path for d in clashes}))
        self.diagnostics.append(
            Diagnostic(
                SourceRef(docs[0].path, docs[0].title_line or 1),
                f"same title as {others} but different content: kept as a separate subtopic "
                f"'{own}' (give it its own title in metadata.yml, or the same slug to join them)",
            )
        )
        return own

    def run(self) -> Assembly:
        built: list[tuple[tuple[int, int, str], Subtopic, SubtopicReport]] = []
        self.documents = self._with_content()
        grouping = _groups(self.documents, self.metadata)
        for group in grouping.groups:
            docs = sorted((self.documents[i] for i in group), key=lambda d: (-d.item_count, d.path))
            title, origin = self._title(docs)
            title, cut = short_title(title)
            if cut:
                self.diagnostics.append(
                    Diagnostic(
                        SourceRef(docs[0].path, 1),
                        f"the title is over {MAX_TITLE} characters; shown as '{title}' (give a "
                        "shorter one in metadata.yml or the front matter)",
                    )
                )
            slug_source = self._first(docs, "slug")
            slug = slugify(slug_source or title)
            clashes = [self.documents[i] for g in group for i in grouping.clashes.get(g, ())]
            if clashes and not slug_source:
                slug = self._clash(docs, clashes, slug)
            if slug_source and slug != slug_source:
                meta = next(self.metadata[d.path] for d in docs if d.path in self.metadata)
                self.diagnostics.append(
                    Diagnostic(meta.source, f"slug '{slug_source}' is not URL-safe; using '{slug}'")
                )
            deduped = self._sections(docs)
            orders = [
                m.order for d in docs if (m := self.metadata.get(d.path)) and m.order is not None
            ]
            tags = tuple(
                dict.fromkeys(t for d in docs if (m := self.metadata.get(d.path)) for t in m.tags)
            )
            subtopic = Subtopic(
                slug=slug,
                title=title,
                title_origin=origin,
                sources=tuple(d.path for d in docs),
                sections=deduped.sections,
                awarding_body=self._first(docs, "awarding_body"),
                level=self._first(docs, "level"),
                category=self._first(docs, "category"),
                tags=tags,
            )
            boilerplate = tuple(sorted((b for d in docs for b in d.boilerplate), key=_by_source))
            report = SubtopicReport(
                slug,
                deduped.merges,
                deduped.candidates,
                boilerplate,
                items_in=deduped.items_in,
                lines=tuple(sorted(use for d in docs for use in d.lines)),
            )
            sort_key = (0 if orders else 1, min(orders) if orders else 0, min(d.path for d in docs))
            built.append((sort_key, subtopic, report))
        built.sort(key=lambda entry: entry[0])
        subtopics, reports = self._unique_slugs(built)
        for pair in self.override_pairs:
            if pair.keys not in self.matched_overrides:
                self.diagnostics.append(
                    Diagnostic(
                        pair.source,
                        f"{STALE} {pair.action} decision {pair.id}: no section has both items "
                        "any more; delete it, or correct the texts (copy them from the page)",
                    )
                )
        diagnostics = sorted(self.diagnostics, key=lambda d: (d.source, d.message))
        return Assembly(tuple(subtopics), tuple(reports), tuple(diagnostics))

    def _unique_slugs(
        self, built: list[tuple[tuple[int, int, str], Subtopic, SubtopicReport]]
    ) -> tuple[list[Subtopic], list[SubtopicReport]]:
        taken: set[str] = set(RESERVED_SLUGS)
        subtopics, reports = [], []
        for position, (_, subtopic, report) in enumerate(built, 1):
            slug = subtopic.slug
            suffix = 2
            while slug in taken:
                slug = f"{subtopic.slug}-{suffix}"
                suffix += 1
            if slug != subtopic.slug:
                used = (
                    "is reserved (a folder's own page)"
                    if subtopic.slug in RESERVED_SLUGS
                    else "is already used by another subtopic"
                )
                self.diagnostics.append(
                    Diagnostic(
                        SourceRef(subtopic.sources[0], 1),
                        f"slug '{subtopic.slug}' {used}; this one is published as '{slug}' "
                        "(give it its own title or slug in metadata.yml)",
                    )
                )
            taken.add(slug)
            subtopics.append(replace(subtopic, slug=slug, order=position))
            reports.append(replace(report, slug=slug))
        return subtopics, reports


def _by_source(boilerplate: Boilerplate) -> SourceRef:
    return boilerplate.source


def assemble(
    documents: Sequence[Document],
    metadata: Mapping[str, FileMetadata],
    overrides: Sequence[OverridePair] = (),
    memo: DedupeMemo | None = None,
) -> Assembly:
    """Subtopics from ``documents`` (see the module docstring). ``metadata`` is keyed by path.

    ``memo`` keeps each subtopic's deduplicated sections for the next build (see `cache`).
    """
    return _Assembler(documents, metadata, overrides, memo or Memo()).run()
