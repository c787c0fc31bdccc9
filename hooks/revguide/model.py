"""The typed model every stage after parsing works on.

A *guide* is a tuple of subtopics; a subtopic is a tuple of sections; a section is a tuple of
items. Everything is frozen: a stage returns new values instead of changing old ones, which
keeps the pipeline one-way and makes results safe to cache.

Section kinds are plain strings, listed in `SECTION_KINDS`; an unknown source heading becomes
``other:<Heading>`` and is kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Section kinds in the order a subtopic page shows them; ``other:<Heading>`` kinds follow.
SECTION_KINDS: tuple[str, ...] = (
    "synopsis",
    "overview",
    "learning_outcomes",
    "prior_knowledge",
    "key_concepts",
    "exam_tips",
    "misconceptions",
    "marking_points",
    "qualifications",
)

OTHER_PREFIX = "other:"


def in_subject(subject: str, path: str) -> str:
    """``path`` (a docs path, a slug) within the folder of subject ``subject``: ``sales/`` +
    ``path``; ``path`` itself in a guide of one subject (``subject`` empty). The one rule for
    where a subject's pages live and what makes its subtopics' keys unique (`subjects`)."""
    return f"{subject}/{path}" if subject else path


def kind_rank(kind: str) -> int:
    """Position of a section kind on the page; unknown sections come last."""
    return SECTION_KINDS.index(kind) if kind in SECTION_KINDS else len(SECTION_KINDS)


@dataclass(frozen=True, order=True)
class SourceRef:
    """A place in a source file."""

    path: str
    """Path relative to the project root, with forward slashes: ``content_src/001_x.txt``."""
    line: int
    """1-based line number after line endings are normalised."""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Item:
    """One entry of a section: a bullet, a paragraph, an outcome, a qualification."""

    text: str
    """The normalised text. For a key concept, its definition; for a misconception, the mistake."""
    source: SourceRef
    """Where the item was first read."""
    term: str | None = None
    """Key concepts only: the term being defined (``None`` when the source gave no term)."""
    correction: str | None = None
    """Misconceptions only: the correction paired with the mistake, when the source gave one."""
    merged_from: tuple[SourceRef, ...] = ()
    """Sources of duplicates merged into this item (see the build report for their texts)."""
    children: tuple[Item, ...] = ()
    """Bullets nested under this one, in source order, each with its own line and children (any
    depth); ``text`` is this item's own line only."""
    columns: tuple[str, ...] = ()
    """A table row only: the table's header cells (``""`` each for a table with no header row)."""
    cells: tuple[str, ...] = ()
    """A table row only: its cells, as many as ``columns`` (``text`` is the row labelled by the
    header, as one line: ``Force: F = m × a (Units: N)``)."""

    @property
    def flat_text(self) -> str:
        """``text`` with its children run in, as one line: ``Temperature: rises; denatures``
        (what a flashcard or a one-line export shows)."""
        return flattened(self.text, self.children)

    @property
    def full_text(self) -> str:
        """The item as one line of text, as a reader would quote it."""
        text = f"{self.term}: {self.text}" if self.term else self.text
        if self.correction:
            text = f"Misconception: {text} Correction: {self.correction}"
        return text


def flattened(text: str, children: tuple[Item, ...]) -> str:
    """``text`` followed by ``children`` (and theirs) as one line: ``Temperature: rises;
    denatures``, ``They are denatured. The active site changes.``; ``text`` itself when there
    are none."""
    if not children:
        return text
    joined = "; ".join(child.flat_text for child in children)
    return f"{text} {joined}" if text.endswith((":", ".", "!", "?")) else f"{text}: {joined}"


def walk(items: tuple[Item, ...]) -> list[Item]:
    """``items`` and, after each, its nested items (any depth), in source order."""
    return [found for item in items for found in (item, *walk(item.children))]


@dataclass(frozen=True)
class Section:
    """A titled group of items of one kind."""

    kind: str
    """One of `SECTION_KINDS`, or ``other:<Heading>``."""
    heading: str
    """The heading to show; for known kinds the canonical one, for others the source's."""
    items: tuple[Item, ...]
    """The items, in source order, duplicates removed."""


@dataclass(frozen=True)
class Subtopic:
    """One subtopic: what one page of the guide shows. May come from several source files."""

    slug: str
    """Stable, unique URL-safe name: ``build-and-maintain-sales-relationships``."""
    title: str
    """Display title."""
    title_origin: str
    """Where the title came from: ``source`` (the page itself), ``metadata`` or ``synopsis``."""
    sources: tuple[str, ...]
    """Source files, richest first: ``content_src/002_x.txt``."""
    sections: tuple[Section, ...]
    """Sections in page order (see `SECTION_KINDS`)."""
    awarding_body: str | None = None
    """Awarding body, e.g. ``Institute of Sales Professionals``."""
    level: str | None = None
    """Qualification level, e.g. ``Level 4``."""
    category: str | None = None
    """Type of qualification as the source labels it, e.g. ``vocational``."""
    order: int = 0
    """Position in the guide (from metadata; otherwise source order)."""
    tags: tuple[str, ...] = ()
    """Extra tags set by editors in metadata."""
    subject: str = ""
    """Slug of its subject in a guide of several (`subjects`); ``""`` in a guide of one."""

    @property
    def key(self) -> str:
        """Unique across the guide's subjects: ``<subject>/<slug>``, or the slug in a guide of
        one subject. Learners' progress is stored under ids made from it."""
        return in_subject(self.subject, self.slug)

    def section(self, kind: str) -> Section | None:
        """The section of ``kind``, if the subtopic has one."""
        return next((s for s in self.sections if s.kind == kind), None)

    def items(self, kind: str) -> tuple[Item, ...]:
        """The items of section ``kind`` (empty when absent)."""
        section = self.section(kind)
        return section.items if section else ()

    @property
    def synopsis(self) -> str:
        """The first synopsis paragraph, or an empty string."""
        items = self.items("synopsis")
        return items[0].text if items else ""

    @property
    def qualifications(self) -> tuple[str, ...]:
        """Qualification names this subtopic belongs to."""
        return tuple(item.text for item in self.items("qualifications"))


@dataclass(frozen=True)
class Merge:
    """Duplicates folded into one surviving item."""

    section: str
    """Section kind where the merge happened."""
    kept: str
    """Full text of the survivor."""
    kept_source: SourceRef
    """Where the survivor was read."""
    merged: tuple[tuple[str, SourceRef], ...]
    """Text and place of each merged item."""
    reason: str
    """``exact`` (same `item_key`), ``equivalent`` (same wording once meaning-preserving
    differences are folded) or ``override`` (``dedupe.yml``)."""
    score: float
    """1.0: merged items say the same thing (kept for the report's shape)."""


@dataclass(frozen=True)
class Candidate:
    """Two similar items that were *not* merged, for an editor to review."""

    section: str
    """Section kind."""
    a: str
    """Full text of the first item (the earlier one)."""
    b: str
    """Full text of the second item."""
    score: float
    """Their similarity."""
    why_not: str
    """Why they are a candidate and not a merge (how alike, or kept apart by ``dedupe.yml``)."""
    a_source: SourceRef
    """Where ``a`` was read."""
    b_source: SourceRef
    """Where ``b`` was read."""
    id: str
    """The pair's stable id (`ids.pair_id`): how ``dedupe.yml`` and ``revguide review`` name it."""


@dataclass(frozen=True)
class Boilerplate:
    """A source line removed as boilerplate (counted in the report, never silently dropped)."""

    source: SourceRef
    """Where it was."""
    reason: str
    """Why it was removed: ``stats block``, ``empty section``, ``caption``, ..."""
    text: str
    """What it said (shortened in reports when long)."""


@dataclass(frozen=True, order=True)
class LineUse:
    """How a source line that is not an item's first line nor boilerplate was used.

    With items (their first line) and boilerplate, these account for every non-blank line of a
    raw text (see the build report's ``lines``).
    """

    source: SourceRef
    """The line."""
    role: str
    """``title``, ``heading``, ``part`` (a line of an item that starts on another line),
    ``child`` (a nested bullet: also an item's first line, counted with the items), ``table``
    (a table's header or ``|---|`` row: structure, never an item) or ``comment`` (an editor
    source's ``<!-- -->`` note, never shown)."""
    detail: str = ""
    """For a heading, the section kind it opens; for a part or a child, where its item (its
    parent) starts; for a table row, ``header`` or ``rule``."""


@dataclass(frozen=True)
class Diagnostic:
    """A problem in the sources, reported as ``file:line: message``."""

    source: SourceRef
    """Where it is."""
    message: str
    """What is wrong and how to fix it."""
    severity: str = "warning"
    """``warning`` (the build goes on; ``--strict`` fails), ``error`` (the file is skipped) or
    ``note`` (for the editor's information: never fails a build)."""

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(frozen=True)
class SubtopicReport:
    """What deduplication did for one subtopic."""

    slug: str
    """The subtopic's slug."""
    merges: tuple[Merge, ...] = ()
    """Every merge, in section order."""
    candidates: tuple[Candidate, ...] = ()
    """Similar pairs kept apart."""
    boilerplate: tuple[Boilerplate, ...] = ()
    """Lines removed as boilerplate from this subtopic's sources."""
    items_in: int = 0
    """Items read from the sources, before deduplication, nested items included."""
    lines: tuple[LineUse, ...] = ()
    """Titles, headings and item parts of this subtopic's sources (see `LineUse`)."""


@dataclass(frozen=True)
class Guide:
    """The whole result of the pipeline: subtopics plus the evidence of what was done."""

    subtopics: tuple[Subtopic, ...]
    """Subtopics in guide order."""
    reports: tuple[SubtopicReport, ...]
    """One per subtopic, same order."""
    diagnostics: tuple[Diagnostic, ...] = field(default=())
    """Errors, warnings and notes, sorted by place."""

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        """Diagnostics that made a file unusable."""
        return tuple(d for d in self.diagnostics if d.severity == "error")
