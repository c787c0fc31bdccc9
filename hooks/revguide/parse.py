"""Parse a decoded source into raw sections of raw items, recording boilerplate as it goes.

Two layouts occur, detected per file (`detect_format`); both share one line-by-line parser.

Plain sectioned text: a truncated copy of the synopsis, then headings with ``-`` bullets::

    This subtopic explores the strategic value of cultiv
    Topic Synopsis
    This subtopic explores the strategic value of cultivating ...
    Key Concepts & Core Principles
    - Customer Relationship Management (CRM): The strategic approach ...

Scraped web page: a title run together with the awarding body and site name, indented lines in
blank-separated blocks, ``•`` bullets, a table of contents of empty headings, a "hero" block
repeating the title, a stats block, captions under headings and a call-to-action footer::

    Build and Maintain Sales RelationshipsInstitute of Sales Professionals End-Point ...

        Build and Maintain Sales Relationships
        INSTITUTE OF SALES PROFESSIONALS
        vocational

        4
        Learning Outcomes
        ...
        Key Concepts

        Core ideas you must understand for this topic

        • Relationship Marketing Ladder: A model showing ...

Items keep their line number. Text is only split and stripped of indentation and bullet
markers here; cleaning and restructuring happen in `normalise`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .headings import looks_like_heading, match_heading
from .model import Boilerplate, SourceRef
from .qualifications import looks_like_qualification
from .sources import SourceText
from .text import clean_text, ends_sentence, item_key, smart_title, strip_bullet

STAT_NUMBER = re.compile(r"^\d[\d,.]*\s*[%+]?$")

FOOTER = re.compile(
    r"""
    ^(?:
        ready\ to\ (?:learn|start|revise|begin)\b.*     # call to action
      | .*\bai[-\s]powered\b.*                          # product pitch
      | (?:sign\ up|log\ in|subscribe|start\ learning|start\ your\ free)\b.*
      | .*\bcookies?\b.*\b(?:accept|policy|settings)\b.*
      | (?:©|copyright\b).*
    )$
    """,
    re.VERBOSE | re.IGNORECASE,
)

LEVEL_LINE = re.compile(r"^(?:level|lvl)\s*\d+[a-z]?$", re.IGNORECASE)

# Where a title runs into the next words with no space: "RelationshipsInstitute".
GLUED_JUNCTION = re.compile(r"(?<=[a-z)\]])(?=[A-Z][a-z])")

MAX_TITLE_WORDS = 20
MAX_CAPTION_WORDS = 12
MAX_STAT_LABEL_WORDS = 5
MAX_CATEGORY_WORDS = 3


@dataclass
class RawItem:
    """One item as read: indentation and bullet removed, text otherwise as written."""

    text: str
    """The text."""
    line: int
    """Its line."""
    bulleted: bool
    """Whether the source marked it with a bullet."""


@dataclass
class RawSection:
    """A run of items under one heading (kind ``None``: before the first heading)."""

    kind: str | None
    """Section kind, ``other:<Heading>``, or ``None`` for the preamble."""
    heading: str
    """The heading as written."""
    line: int
    """Line of the heading (of the first item for the preamble)."""
    items: list[RawItem] = field(default_factory=list)
    """Its items."""


@dataclass(frozen=True)
class RawDocument:
    """A parsed source file, before text normalisation."""

    path: str
    """Display path of the source."""
    format: str
    """``plain`` or ``scraped`` (raw text), or ``editor`` (a Markdown source)."""
    title: str | None
    """Title found in the source, if any."""
    title_line: int
    """Line of the title (0 when there is none)."""
    awarding_body: str | None
    """Awarding body named by the source, if any."""
    level: str | None
    """Level named by the source, if any."""
    category: str | None
    """Category label (e.g. ``vocational``), if any."""
    sections: tuple[RawSection, ...]
    """Sections in source order; the first has kind ``None`` and may be empty."""
    boilerplate: tuple[Boilerplate, ...]
    """Lines recognised as boilerplate."""


def detect_format(lines: list[str]) -> str:
    """``scraped`` when the text is laid out in indented or blank-separated blocks."""
    nonblank = [line for line in lines if line.strip()]
    if not nonblank:
        return "plain"
    indented = sum(1 for line in nonblank if line[:1] in " \t")
    blanks = len(lines) - len(nonblank)
    return "scraped" if indented * 2 >= len(nonblank) or blanks * 4 >= len(nonblank) else "plain"


@dataclass(frozen=True)
class _Line:
    number: int
    text: str
    """Stripped text; empty for a blank line."""


class _Parser:
    def __init__(self, source: SourceText) -> None:
        self.path = source.path
        raw_lines = source.lines
        self.format = detect_format(raw_lines)
        self.lines = [_Line(n, line.strip()) for n, line in enumerate(raw_lines, 1)]
        self.boilerplate: list[Boilerplate] = []
        self.sections: list[RawSection] = [RawSection(None, "", 1)]
        self.title: str | None = None
        self.title_line = 0
        self.awarding_body: str | None = None
        self.level: str | None = None
        self.category: str | None = None
        self._title_rest = ""
        self._last_at: dict[str, int] = {}
        self._sorted_keys: list[str] = []

    # -- helpers -------------------------------------------------------------------------

    def _drop(self, line: _Line, reason: str) -> None:
        self.boilerplate.append(Boilerplate(SourceRef(self.path, line.number), reason, line.text))

    def _next_nonblank(self, index: int) -> int | None:
        for j in range(index + 1, len(self.lines)):
            if self.lines[j].text:
                return j
        return None

    def _alone_in_block(self, index: int) -> bool:
        before = index == 0 or not self.lines[index - 1].text
        after = index + 1 >= len(self.lines) or not self.lines[index + 1].text
        return before and after

    # -- document structure --------------------------------------------------------------

    def _footer_start(self) -> int:
        """Index where a trailing run of call-to-action lines starts."""
        end = len(self.lines)
        index = end - 1
        while index >= 0:
            text = self.lines[index].text
            if text and not FOOTER.match(text):
                break
            if text:
                end = index
            index -= 1
        for line in self.lines[end:]:
            if line.text:
                self._drop(line, "site footer")
        return end

    def _index_lines(self, end: int) -> None:
        """Sort the comparison keys of the lines before ``end``, for `_is_truncated_copy`."""
        for index, line in enumerate(self.lines[:end]):
            if line.text:
                self._last_at[clean_text(line.text).casefold()] = index
        self._sorted_keys = sorted(self._last_at)

    def _is_truncated_copy(self, index: int) -> bool:
        """A line that is the start of a longer later line: a teaser cut off mid-text.

        The keys that extend this line's key follow it in sorted order, so only they are
        visited, not every later line: a file with no headings stays linear, not quadratic.
        """
        key = clean_text(self.lines[index].text).casefold()
        if len(key) < 20:
            return False
        keys = self._sorted_keys
        position = bisect_right(keys, key)
        while position < len(keys) and keys[position].startswith(key):
            if self._last_at[keys[position]] > index:
                return True
            position += 1
        return False

    def _read_title(self, index: int, end: int) -> None:
        """Take a title line, splitting off what a scrape ran into it."""
        line = self.lines[index]
        text = clean_text(line.text)
        later = [clean_text(x.text) for x in self.lines[index + 1 : end] if x.text]
        prefixes = [x for x in later if len(x) < len(text) and text.startswith(x)]
        title, rest = text, ""
        if prefixes:
            title = max(prefixes, key=len)
            rest = text[len(title) :].strip()
        elif self.format == "scraped":
            for match in GLUED_JUNCTION.finditer(text):
                if len(text[: match.start()].split()) >= 3:
                    title, rest = text[: match.start()], text[match.start() :]
                    break
        self.title, self.title_line, self._title_rest = title, line.number, rest
        if rest:
            for other in later:
                if other.isupper() and rest.casefold().startswith(other.casefold()):
                    self.awarding_body = rest[: len(other)]
                    rest = rest[len(other) :].strip()
                    break
        if rest:
            self.boilerplate.append(
                Boilerplate(SourceRef(self.path, line.number), "site name in title line", rest)
            )

    def _looks_like_title(self, index: int) -> bool:
        text = self.lines[index].text
        _, bulleted = strip_bullet(text)
        return (
            not bulleted
            and match_heading(text) is None
            and len(text.split()) <= MAX_TITLE_WORDS
            and not ends_sentence(text)
            and not self._is_truncated_copy(index)
        )

    def _stats_block_end(self, index: int) -> int | None:
        """End (exclusive) of a block of number/label pairs starting at ``index``, if any."""
        pairs, j = 0, index
        while (
            j + 1 < len(self.lines)
            and STAT_NUMBER.match(self.lines[j].text)
            and self.lines[j + 1].text
            and not STAT_NUMBER.match(self.lines[j + 1].text)
            and len(self.lines[j + 1].text.split()) <= MAX_STAT_LABEL_WORDS
        ):
            pairs += 1
            j += 2
        return j if pairs >= 2 else None

    def _hero_line(self, line: _Line) -> bool:
        """Metadata lines under a repeated title; ``False`` when the line is content."""
        text = clean_text(line.text)
        if self.awarding_body and item_key(text) == item_key(self.awarding_body):
            self._drop(line, "awarding body (metadata)")
        elif not self.awarding_body and text.isupper() and len(text.split()) > 1:
            rest = self._title_rest
            at = rest.casefold().find(text.casefold())
            self.awarding_body = rest[at : at + len(text)] if at >= 0 else smart_title(text)
            self._drop(line, "awarding body (metadata)")
        elif LEVEL_LINE.match(text):
            self.level = smart_title(text)
            self._drop(line, "level (metadata)")
        elif len(text.split()) <= MAX_CATEGORY_WORDS and not ends_sentence(text):
            self.category = text
            self._drop(line, "category (metadata)")
        else:
            return False
        return True

    def _is_caption(self, index: int) -> bool:
        """A short line right under a heading, introducing a bullet list (or nothing)."""
        section = self.sections[-1]
        text = self.lines[index].text
        if section.kind is None or section.items or strip_bullet(text)[1]:
            return False
        if len(text.split()) > MAX_CAPTION_WORDS or ends_sentence(text):
            return False
        if looks_like_qualification(text):
            return False
        following = self._next_nonblank(index)
        if following is None:
            return True
        after = self.lines[following].text
        return strip_bullet(after)[1] or match_heading(after) is not None

    def _is_unknown_heading(self, index: int, end: int) -> bool:
        text = self.lines[index].text
        if not looks_like_heading(text) or looks_like_qualification(text):
            return False
        following = self._next_nonblank(index)
        if following is None or following >= end:
            return False
        if self._alone_in_block(index):
            return True
        return strip_bullet(self.lines[following].text)[1]

    # -- main loop -----------------------------------------------------------------------

    def parse(self) -> RawDocument:
        end = self._footer_start()
        self._index_lines(end)
        start = next((i for i in range(end) if self.lines[i].text), end)
        if start < end and self._looks_like_title(start):
            self._read_title(start, end)
            start += 1
        in_hero = False
        index = start
        previous_item: RawItem | None = None
        while index < end:
            line = self.lines[index]
            text = line.text
            if not text:
                previous_item = None
                index += 1
                continue
            body, bulleted = strip_bullet(text)
            if in_hero:
                # Metadata lines follow a repeated title until the first line that is content.
                in_hero = not bulleted and self._hero_line(line)
                if in_hero:
                    index += 1
                    continue
            stats_end = None if bulleted else self._stats_block_end(index)
            if stats_end is not None:
                for stat in self.lines[index:stats_end]:
                    self._drop(stat, "stats block")
                index = stats_end
                continue
            if self.title and not bulleted and item_key(text) == item_key(self.title):
                self._drop(line, "repeated title")
                self.sections.append(RawSection("synopsis", text, line.number))
                in_hero = True
                index += 1
                continue
            if not bulleted:
                kind = match_heading(text)
                if kind is not None:
                    self.sections.append(RawSection(kind, text, line.number))
                    previous_item = None
                    index += 1
                    continue
                if self._is_caption(index):
                    self._drop(line, "caption")
                    index += 1
                    continue
                if self._is_unknown_heading(index, end):
                    self.sections.append(RawSection("other:" + clean_text(text), text, line.number))
                    previous_item = None
                    index += 1
                    continue
                if previous_item is not None and text[:1].islower():
                    previous_item.text += " " + text  # a wrapped line continues the item above
                    index += 1
                    continue
                if self.sections[-1].kind is None and self._is_truncated_copy(index):
                    self._drop(line, "truncated copy of a later line")
                    index += 1
                    continue
            previous_item = RawItem(body if bulleted else text, line.number, bulleted)
            self.sections[-1].items.append(previous_item)
            index += 1
        return RawDocument(
            path=self.path,
            format=self.format,
            title=self.title,
            title_line=self.title_line,
            awarding_body=self.awarding_body,
            level=self.level,
            category=self.category,
            sections=tuple(self.sections),
            boilerplate=tuple(sorted(self.boilerplate, key=lambda b: b.source)),
        )


def parse(source: SourceText) -> RawDocument:
    """Split ``source`` into raw sections and items (see the module docstring)."""
    return _Parser(source).parse()
