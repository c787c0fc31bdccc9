"""Turn a `RawDocument` into a `Document` of clean, structured items.

Rules, each applied to every item of every file (none is tuned to one source)::

    "💡 Tip text"                                   -> "Tip text"               (clean_item)
    "1. Understand Xrelationships2. Understand Y"  -> "Understand Xrelationships", "Understand Y"
    "CRM: The strategic approach ..."              -> term "CRM", definition "The strategic ..."
    "Misconception: X. Correction: Y"              -> mistake "X.", correction "Y"
    "Myth: X Fact: Y", "Reality: ...", "Truth: ..." -> the same pair
    "**Momentum (p)**: mass × velocity"             -> term "Momentum (p)", "mass × velocity"
    "Ratio 3:1: three parts to one"                 -> term "Ratio 3:1" (a colon needs a space)
    "**Act 1: Scene 2**: the opening"               -> term "Act 1: Scene 2" (bold marks the term)
    "*Weight* - the force of gravity on a mass"     -> term "Weight" (emphasis around it goes)
    "1) Check ...", "a) The ...", "(iii) ..."       -> the marker goes; source order stays
    "A Explore ...", "B Investigate ..."            -> lettered A, B, C...: the letters go

Nested bullets become the item's ``children``, cleaned the same way (their own markers,
emoji, ``**bold**`` terms); a table row keeps its ``cells`` and the header's ``columns``
(cleaned text, empty cells kept), and its ``text`` is the row labelled by the header.

Then, per document: a raw text's section whose items are all qualification names becomes the
qualifications list (scrapes put it under any caption); a key-concept line with no
``Term: definition`` shape that repeats an item of another section (a scrape's "Key Terminology"
block repeating the outcomes) joins that section;
text before the first heading becomes the synopsis (or overview when there is one); sections
left empty are counted as boilerplate.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from .headings import CANONICAL
from .model import (
    OTHER_PREFIX,
    Boilerplate,
    Diagnostic,
    Item,
    LineUse,
    Section,
    SourceRef,
    kind_rank,
)
from .names import without_bidi
from .parse import RawDocument, RawItem
from .qualifications import looks_like_qualification, shared_level
from .text import clean_item, clean_text, ends_sentence, item_key

NUMBERED_PART = r"(?<![\d.]){n}[.)]\s+(?=[A-Z])"  # "2. Understand", not "12." or "v1.2."
LEADING_NUMBER = re.compile(r"^(?:LO\s*)?\d{1,2}(?:\.\d{1,2})?[.):]\s+(?=\S)")
#: A list marker, not a reference: "1. ", "2) ", "(3) ", "a) ", "(b) ", "iv. "; not "1.1 ",
#: "A.P1 " or "LO1 ", which name a criterion and stay.
LIST_MARKER = re.compile(
    r"""^(?: \(?\d{1,2}[.)] | \([a-z]\) | [a-z][.)] | \(?[ivx]{1,4}[.)] )\s+(?=\S)""", re.VERBOSE
)
LETTER_MARKER = re.compile(r"^(?P<letter>[A-Z])\s+(?=[A-Z][a-z])")  # "A Explore the ..."
#: "**T**: ", "**T:** "; the term may hold a colon ("**Act 1: Scene 2**:") or a star ("**A***:").
BOLD_TERM = re.compile(r"^\*\*(?P<term>[^*].*?)(?::\*\*|\*\*\s*:)\s*")
#: A term wholly in emphasis: "**Momentum**", "__Impulse__", "*Weight*" (shown without it).
EMPHASISED = re.compile(r"^(?P<mark>\*{1,3}|_{1,3})(?P<inner>[^*_](?:.*?[^*_])?)(?P=mark)$")

CONCEPT = re.compile(
    r"""
    ^(?P<term>(?:[^:]|:(?!\s)){1,80}?)  # a short term; "Ratio 3:1" keeps its colon
    \s*:\s+                     # colon and space: "CRM: The ...", not "ratio 3:1"
    (?P<definition>\S.*)$
    """,
    re.VERBOSE | re.DOTALL,
)
CONCEPT_DASH = re.compile(
    r"""
    ^(?P<term>[^–—]{1,60}?)     # a short term
    \s+[-–—]\s+                 # hyphen, en or em dash with spaces: "Ion - an atom ..."
    (?P<definition>\S.*)$
    """,
    re.VERBOSE | re.DOTALL,
)
MAX_TERM_WORDS = 10
#: Kinds a section keeps even when every item looks like a qualification name: the prose ones
#: (as text before any heading does, so an imported page reads back the same) and that list.
KINDS_KEPT = frozenset({"synopsis", "overview", "qualifications"})

MISCONCEPTION_PAIR = re.compile(
    r"""
    ^(?:misconception|myth|mistake)\s*:\s*      # "Misconception: "
    (?P<mistake>.+?)\s*
    (?:correction|reality|fact|truth)\s*:\s*    # "Correction: ", "Fact: "
    (?P<correction>\S.*)$
    """,
    re.VERBOSE | re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True)
class _Text:
    """One item's text as read, and what is nested under it."""

    text: str
    """Cleaned text (`clean_item`)."""
    line: int
    """Its line."""
    children: tuple[Item, ...] = ()
    """Its nested items, normalised."""
    columns: tuple[str, ...] = ()
    """A table row: the header's cells."""
    cells: tuple[str, ...] = ()
    """A table row: its cells."""


@dataclass(frozen=True)
class Document:
    """One source file, normalised: what deduplication and assembly work on."""

    path: str
    """Display path of the source."""
    format: str
    """``plain`` or ``scraped``."""
    title: str | None
    """Title given by the source itself."""
    title_line: int
    """Its line (0 when none)."""
    awarding_body: str | None
    """Awarding body named by the source."""
    level: str | None
    """Level named by the source, or shared by all its qualifications."""
    category: str | None
    """Category label named by the source."""
    sections: tuple[Section, ...]
    """Sections in page order, one per kind, items in source order (duplicates not yet merged)."""
    boilerplate: tuple[Boilerplate, ...]
    """Lines removed as boilerplate."""
    diagnostics: tuple[Diagnostic, ...]
    """Problems found."""
    lines: tuple[LineUse, ...] = ()
    """Title, heading and item-part lines; a heading's detail is its section's final kind."""

    @property
    def item_count(self) -> int:
        """Number of items in the document."""
        return sum(len(section.items) for section in self.sections)

    def items(self, kind: str) -> tuple[Item, ...]:
        """Items of section ``kind`` (empty when absent)."""
        return next((s.items for s in self.sections if s.kind == kind), ())


def split_numbered(text: str) -> list[str]:
    """Split ``1. A2. B3. C`` into ``A``, ``B``, ``C``; anything else is returned whole."""
    if not re.match(r"^1[.)]\s+", text):
        return [text]
    cuts = [0]
    number = 2
    while match := re.compile(NUMBERED_PART.format(n=number)).search(text, cuts[-1] + 1):
        cuts.append(match.start())
        number += 1
    if len(cuts) < 2:
        return [text]
    cuts.append(len(text))
    parts = [text[a:b] for a, b in itertools.pairwise(cuts)]
    return [LEADING_NUMBER.sub("", part).strip() for part in parts]


def split_concept(text: str) -> tuple[str | None, str]:
    """``Term: definition`` to ``(term, definition)``; ``(None, text)`` when there is no term."""
    bold = BOLD_TERM.match(text)
    candidates = [(bold["term"], text[bold.end() :])] if bold else []
    plain = unbold_term(text)
    for pattern in (CONCEPT, CONCEPT_DASH):
        if match := pattern.match(plain):
            candidates.append((match["term"], match["definition"]))
    for written, rest in candidates:
        term = written.strip()
        term = emphasis.group("inner") if (emphasis := EMPHASISED.match(term)) else term
        definition = clean_item(rest)  # "0 - 💡": no definition, no term
        if (
            definition
            and len(term.split()) <= MAX_TERM_WORDS
            and term.count("(") == term.count(")")
            and not ends_sentence(term)
        ):
            return term, definition
    return None, plain


def split_misconception(text: str) -> tuple[str, str | None]:
    """``Misconception: X Correction: Y`` to ``(X, Y)``; ``(text, None)`` otherwise."""
    match = MISCONCEPTION_PAIR.match(text)
    if not match:
        return text, None
    return match["mistake"].strip(), match["correction"].strip()


def unbold_term(text: str) -> str:
    """``**Term**: definition`` (or ``**Term:** definition``) -> ``Term: definition``."""
    match = BOLD_TERM.match(text)
    return f"{match['term'].strip()}: {text[match.end() :]}" if match else text


def unmarked_texts(items: list[RawItem]) -> list[str]:
    """The items' texts without the list markers that number unbulleted items
    (`LIST_MARKER`), nor capital letters that run A, B, C... After a bullet, a number is
    the text's own; ``1. A2. B`` (numbered items run together) is split later."""
    texts = [
        item.text
        if item.bulleted or len(split_numbered(item.text)) > 1
        else LIST_MARKER.sub("", item.text, count=1) or item.text
        for item in items
    ]
    lettered = [i for i, item in enumerate(items) if not item.bulleted]
    run = "".join(m["letter"] if (m := LETTER_MARKER.match(texts[i])) else "" for i in lettered)
    if len(lettered) > 1 and run == "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[: len(lettered)]:
        for i in lettered:
            texts[i] = LETTER_MARKER.sub("", texts[i], count=1)
    return texts


def make_item(kind: str, text: str, source: SourceRef) -> Item:
    """A structured item of section ``kind`` from its cleaned text."""
    if kind == "key_concepts":
        term, definition = split_concept(text)
        return Item(definition, source, term=without_bidi(term) if term else None)
    text = unbold_term(text)
    if kind == "misconceptions":
        mistake, correction = split_misconception(text)
        return Item(mistake, source, correction=correction)
    if kind == "learning_outcomes":
        return Item(LEADING_NUMBER.sub("", text) or text, source)
    return Item(text, source)


class _Normaliser:
    def __init__(self, raw: RawDocument) -> None:
        self.raw = raw
        self.boilerplate = list(raw.boilerplate)
        self.diagnostics: list[Diagnostic] = []
        self.items: dict[str, list[Item]] = {}
        self.headings: dict[str, str] = {}
        self.heading_kinds: dict[int, str] = {}
        """Final kind of each section heading, by line."""

    def _ref(self, line: int) -> SourceRef:
        return SourceRef(self.raw.path, line)

    def _texts(self, raw_item: RawItem, written: str) -> list[str]:
        text = clean_item(written)
        if not text:
            self.boilerplate.append(
                Boilerplate(self._ref(raw_item.line), "empty item", raw_item.text)
            )
            return []
        return [part for part in (clean_item(p) for p in split_numbered(text)) if part]

    def _children(self, raw_item: RawItem) -> tuple[Item, ...]:
        """``raw_item``'s nested items, cleaned like items (an empty one is boilerplate)."""
        children = []
        for child in raw_item.children:
            text = clean_item(child.text)
            if text:
                item = Item(unbold_term(text), self._ref(child.line))
                children.append(replace(item, children=self._children(child)))
            else:
                self.boilerplate.append(
                    Boilerplate(self._ref(child.line), "empty item", child.text)
                )
                children.extend(self._children(child))  # an empty bullet's own are kept
        return tuple(children)

    def _read(self, raw_item: RawItem, written: str) -> list[_Text]:
        """The item's texts (`_texts`), the last with what is nested under it and its cells
        (``1. A2. B``: under B); an empty item's children stand in its place."""
        texts = [_Text(t, raw_item.line) for t in self._texts(raw_item, written)]
        children = self._children(raw_item)
        if not texts:
            return [_Text(c.text, c.source.line, c.children) for c in children]
        last = texts[-1]
        columns = tuple(clean_text(c) for c in raw_item.columns)
        cells = tuple(clean_text(c) for c in raw_item.cells)
        texts[-1] = _Text(last.text, last.line, children, columns, cells)
        return texts

    def _make(self, kind: str | None, text: _Text) -> Item:
        """The item of section ``kind`` (``None``: the text as it is) ``text`` reads as."""
        ref = self._ref(text.line)
        item = make_item(kind, text.text, ref) if kind else Item(text.text, ref)
        if text.children or text.cells:
            item = replace(item, children=text.children, columns=text.columns, cells=text.cells)
        return item

    def _collect(self) -> None:
        preamble: list[_Text] = []
        for section in self.raw.sections:
            marked = section.kind is None or self.raw.format == "editor"
            written = [i.text for i in section.items] if marked else unmarked_texts(section.items)
            texts = [
                t
                for item, text in zip(section.items, written, strict=True)
                for t in self._read(item, text)
            ]
            if section.kind is None:
                preamble.extend(texts)
                continue
            if not texts:
                self.boilerplate.append(
                    Boilerplate(self._ref(section.line), "empty section", section.heading)
                )
                continue
            kind = section.kind
            if (
                self.raw.format != "editor"  # an editor's heading says what the section is
                and kind not in KINDS_KEPT
                and all(looks_like_qualification(t.text) for t in texts)
            ):
                kind = "qualifications"  # a scraped list of qualification names, any heading
            self.heading_kinds[section.line] = kind
            self.headings.setdefault(kind, section.heading)
            bucket = self.items.setdefault(kind, [])
            bucket.extend(self._make(kind, t) for t in texts)
        headed = any(section.kind is not None for section in self.raw.sections)
        if not headed and len(preamble) > 1 and all(split_concept(t.text)[0] for t in preamble):
            # A text of nothing but "Term: definition" lines (a keyword list) is a glossary.
            self.items.setdefault("key_concepts", []).extend(
                self._make("key_concepts", t) for t in preamble
            )
        elif preamble:
            kind = "overview" if self.items.get("synopsis") else "synopsis"
            self.items.setdefault(kind, [])[:0] = [self._make(None, t) for t in preamble]
            if not headed:
                self.diagnostics.append(
                    Diagnostic(
                        self._ref(1),
                        "no recognised section heading (such as 'Topic Synopsis', "
                        "'Key Concepts', 'Exam Tips', 'Examiner Marking Points'); its text is "
                        "kept as the synopsis",
                    )
                )

    def _move_misfiled_repeats(self) -> None:
        concepts = self.items.get("key_concepts", [])
        home = {
            item_key(item.full_text): kind
            for kind, items in self.items.items()
            if kind != "key_concepts"
            for item in items
        }
        kept = []
        for item in concepts:
            target = home.get(item_key(item.text)) if item.term is None else None
            if target is None:
                kept.append(item)
            else:
                moved = make_item(target, item.text, item.source)
                self.items[target].append(
                    replace(moved, children=item.children, columns=item.columns, cells=item.cells)
                )
        if concepts and not kept:
            del self.items["key_concepts"]
        elif concepts:
            self.items["key_concepts"] = kept

    def run(self) -> Document:
        self._collect()
        self._move_misfiled_repeats()
        sections = [
            Section(kind, _heading(kind, self.headings.get(kind, "")), tuple(items))
            for kind, items in self.items.items()
            if items
        ]
        sections.sort(key=lambda s: kind_rank(s.kind))
        level = self.raw.level or shared_level(
            [i.text for s in sections if s.kind == "qualifications" for i in s.items]
        )
        return Document(
            path=self.raw.path,
            format=self.raw.format,
            title=self.raw.title,
            title_line=self.raw.title_line,
            awarding_body=self.raw.awarding_body,
            level=level,
            category=self.raw.category,
            sections=tuple(sections),
            boilerplate=tuple(sorted(self.boilerplate, key=lambda b: b.source)),
            diagnostics=tuple(self.diagnostics),
            lines=tuple(
                replace(use, detail=self.heading_kinds.get(use.source.line, use.detail))
                if use.role == "heading"
                else use
                for use in self.raw.lines
            ),
        )


def _heading(kind: str, written: str) -> str:
    if kind.startswith(OTHER_PREFIX):
        return kind[len(OTHER_PREFIX) :]
    return CANONICAL.get(kind, written)


def normalise(raw: RawDocument) -> Document:
    """Clean and structure every item of ``raw`` (see the module docstring)."""
    return _Normaliser(raw).run()


def synopsis_key(document: Document) -> str:
    """Comparison key of a document's first synopsis paragraph ('' when it has none)."""
    items = document.items("synopsis")
    return item_key(items[0].text) if items else ""
