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

Any other source, as centres find them: headings in any of the forms and words of `headings`
(``## Key terms``, ``**Evaluation**``, ``PED VALUES:``, ``What You Need To Know``), site chrome
anywhere (`chrome`), a first line ``# Title`` or ``Title | Site``, a qualification named above
the title, a PDF's running header (its first line, repeated at page breaks: removed, and the
title is the line under it), Markdown tables, nested bullets, wrapped lines and two-line
myth/fact pairs::

    ## Key terms
    - **Momentum (p)**: mass multiplied by velocity.
    | Quantity | Equation | Units |          (a header row: the table's columns)
    |---|---|---|
    | Force | F = m × a | N |                -> a row: cells "Force", "F = m × a", "N", read
                                               as "Force: F = m × a (Units: N)"
    - Temperature
      - Above the optimum it denatures      -> a child of "Temperature" (any depth; also
        o Rate falls                           "o", "a)", "1." or "iv." markers when indented)
    Myth: Enzymes are killed by heat.
    Fact: They are denatured.               -> part of the myth above

Items keep their line number. Text is only split and stripped of indentation and bullet
markers here; cleaning and restructuring happen in `normalise`. Every non-blank line is
accounted for: an item's first line, a `LineUse` (title, heading, part of an item, a nested
bullet's parent, a table's header or rule row) or a `Boilerplate` line with its reason.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from .chrome import find_chrome, split_site_title
from .headings import (
    MARKDOWN_HEADING,
    MAX_HEADING_WORDS,
    heading_name,
    heading_style,
    looks_like_heading,
    match_heading,
)
from .model import OTHER_PREFIX, Boilerplate, LineUse, SourceRef
from .qualifications import looks_like_qualification
from .sources import SourceText
from .text import (
    clean_text,
    ends_sentence,
    item_key,
    smart_title,
    strip_bullet,
    strip_decoration,
)

STAT_NUMBER = re.compile(r"^\d[\d,.]*\s*[%+]?$")
LEVEL_LINE = re.compile(r"^(?:level|lvl)\s*\d+[a-z]?$", re.IGNORECASE)

# Where a title runs into the next words with no space: "RelationshipsInstitute".
GLUED_JUNCTION = re.compile(r"(?<=[a-z)\]])(?=[A-Z][a-z])")

TABLE_ROW = re.compile(r"^\|.*\|$")
#: A cell boundary: a pipe not escaped as ``\|`` (a pipe inside a cell).
CELL_BOUNDARY = re.compile(r"(?<!\\)\|")
TABLE_RULE = re.compile(r"^\|[\s:|-]*-[\s:|-]*\|$")  # "|---|:---:|"
PIPE_CELL = re.compile(r"\s\|\s")  # "Term | Definition": a table without its outer pipes
MAX_LABEL_WORDS = 2

# "In this unit you will:", "By the end of this topic you should be able to:".
LEAD_IN = re.compile(
    r"""^(?: in\ this\ (?:unit|topic|section|module|chapter|lesson)
           | by\ the\ end\ of\b
           | (?:you|students|learners|candidates)\ (?:will|should|must|need\ to)\b ).*:$""",
    re.VERBOSE | re.IGNORECASE,
)
LIST_MARKER = re.compile(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s")  # "b) ", "(2) ", "iv. "
# A line that stops mid-phrase: a comma, a dash, or a word that needs the next one.
OPEN_END = re.compile(
    r"(?:[,;–—-]|\b(?:and|or|but|of|to|the|a|an|in|on|for|with|by|from|as|that|which|is|are))$",
    re.IGNORECASE,
)
#: What marks a nested item besides a bullet, when indented under a list item: Word's "o",
#: a number, a letter or a roman numeral ("a) ", "(2) ", "iv. ").
SUB_MARKER = re.compile(r"^(?:o\s+|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+)(?=\S)")
MYTH_LABEL = re.compile(r"^(?:misconception|myth|mistake)\s*:", re.IGNORECASE)
FACT_LABEL = re.compile(r"^(?:correction|reality|fact|truth)\s*:", re.IGNORECASE)

RUNNING_HEADER = "site chrome: running header (the first line, repeated at page breaks)"
MAX_TITLE_WORDS = 20
#: A line may have been wrapped when it is nearly as long as the file's longest line.
WRAP_SHARE = 0.85
MIN_WRAP_WIDTH = 40
MAX_CAPTION_WORDS = 12
MAX_STAT_LABEL_WORDS = 5
MAX_CATEGORY_WORDS = 3
TAB_WIDTH = 4


@dataclass
class RawItem:
    """One item as read: indentation and bullet removed, text otherwise as written."""

    text: str
    """The text."""
    line: int
    """Its line."""
    bulleted: bool
    """Whether the source marked it with a bullet (or a table row)."""
    indent: int = 0
    """Indentation of its first line, in columns."""
    children: list[RawItem] = field(default_factory=list)
    """Bullets nested under it, in source order."""
    columns: tuple[str, ...] = ()
    """A table row: the header's cells (``""`` each when the table has no header row)."""
    cells: tuple[str, ...] = ()
    """A table row: its cells, as many as ``columns``."""
    last_line: str = ""
    """Its last source line so far, when it is not its whole text (a wrapped item)."""


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
    lines: tuple[LineUse, ...] = ()
    """Title, heading and item-part lines (see `LineUse`)."""


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
    indent: int
    """Columns of indentation (a tab counts four)."""


def _blank_runs_collapsed(lines: list[str]) -> list[str]:
    """``lines`` without blank lines at either end or after another blank line: the blocks
    as they are once chrome lines (which bring their own blank lines) are gone."""
    kept = [line for i, line in enumerate(lines) if line.strip() or (i and lines[i - 1].strip())]
    while kept and not kept[-1].strip():
        kept.pop()
    while kept and not kept[0].strip():
        kept.pop(0)
    return kept


def indent_of(line: str) -> int:
    """Columns of ``line``'s indentation (a tab counts `TAB_WIDTH`)."""
    prefix = line[: len(line) - len(line.lstrip())]
    return len(prefix.replace("\t", " " * TAB_WIDTH))


def _labels_only(cells: list[str]) -> bool:
    """Cells that read as column labels: one or two words each, no digits."""
    return all(
        0 < len(cell.split()) <= MAX_LABEL_WORDS and not any(c.isdigit() for c in cell)
        for cell in cells
    )


def is_rule(row: str) -> bool:
    """``|---|:---:|`` or ``--- | ---``: a table's rule row, with or without outer pipes."""
    return bool(TABLE_RULE.match("|" + row.strip().strip("|") + "|"))


def table_cells(row: str) -> list[str]:
    """``| a | b \\| c |`` -> ``["a", "b | c"]``: outer pipes optional, ``\\|`` a pipe in a cell."""
    inner = row.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [cell.strip().replace("\\|", "|") for cell in CELL_BOUNDARY.split(inner)]


def table_row_text(cells: Sequence[str], header: Sequence[str] | None) -> str:
    """One table row as an item: ``Force: F = m × a (Units: N)``.

    The first cell leads (a term, a date, a value), the second follows a colon (a space after
    a sentence: ``Explain X. It stops erosion.``) and the others come in brackets, labelled by
    the header row when there is one. Empty cells are left out.
    """
    labels = list(header) if header and len(header) == len(cells) else [""] * len(cells)
    lead, second = (*cells[:2], "", "")[:2]
    joiner = " " if ends_sentence(lead) else ": "
    text = joiner.join(cell for cell in (lead, second) if cell)
    rest = [(h, c) for h, c in zip(labels[2:], cells[2:], strict=True) if c]
    if rest:
        text += " (" + "; ".join(f"{h}: {c}" if h else c for h, c in rest) + ")"
    return text


class _Parser:
    def __init__(self, source: SourceText, repeated: frozenset[str]) -> None:
        self.path = source.path
        raw_lines = source.lines
        every = [_Line(n, line.strip(), indent_of(line)) for n, line in enumerate(raw_lines, 1)]
        self.boilerplate: list[Boilerplate] = []
        self.uses: list[LineUse] = []
        chrome = {c.index: c.reason for c in find_chrome([x.text for x in every], repeated)}
        for index, reason in chrome.items():
            self._drop(every[index], reason)
        # Chrome lines are gone before anything else looks: a banner inside a block of content
        # neither splits the block nor becomes its heading.
        self.lines = [line for index, line in enumerate(every) if index not in chrome]
        self.format = detect_format(
            _blank_runs_collapsed([raw_lines[x.number - 1] for x in self.lines])
        )
        self.sections: list[RawSection] = [RawSection(None, "", 1)]
        self.title: str | None = None
        self.title_line = 0
        self.awarding_body: str | None = None
        self.level: str | None = None
        self.category: str | None = None
        self._title_rest = ""
        self._width = max((len(line.text) for line in self.lines), default=0)
        """Length of the longest line: a file wrapped by an editor has no longer one."""
        self._running = ""
        """`item_key` of the file's running header, when its first line is one."""
        self._open: list[RawItem] = []
        """The list item being read and its open nested items, outermost first."""
        self._last_at: dict[str, int] = {}
        self._sorted_keys: list[str] = []
        known = [
            index
            for index, line in enumerate(self.lines)
            if line.text and not strip_bullet(line.text)[1] and match_heading(line.text)
        ]
        self.heading_styles = {heading_style(self.lines[i].text) for i in known}
        """Forms of the file's recognised headings; ``plain`` only when they open blocks."""
        if not all(i == 0 or not self.lines[i - 1].text for i in known):
            self.heading_styles.discard("plain")

    # -- helpers -------------------------------------------------------------------------

    def _drop(self, line: _Line, reason: str) -> None:
        self.boilerplate.append(Boilerplate(SourceRef(self.path, line.number), reason, line.text))

    def _use(self, line: _Line, role: str, detail: str = "") -> None:
        self.uses.append(LineUse(SourceRef(self.path, line.number), role, detail))

    def _part_of(self, line: _Line, item: RawItem) -> None:
        self._use(line, "part", str(SourceRef(self.path, item.line)))

    def _next_nonblank(self, index: int) -> int | None:
        for j in range(index + 1, len(self.lines)):
            if self.lines[j].text:
                return j
        return None

    def _alone_in_block(self, index: int) -> bool:
        before = index == 0 or not self.lines[index - 1].text
        after = index + 1 >= len(self.lines) or not self.lines[index + 1].text
        return before and after

    def _heading(self, line: _Line, kind: str) -> None:
        self.sections.append(RawSection(kind, line.text, line.number))
        self._use(line, "heading", kind)

    # -- document structure --------------------------------------------------------------

    def _index_lines(self) -> None:
        """Sort the comparison keys of the lines, for `_is_truncated_copy`."""
        for index, line in enumerate(self.lines):
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

    def _read_title(self, index: int) -> None:
        """Take a title line, splitting off what a scrape ran into it."""
        line = self.lines[index]
        text = strip_decoration(clean_text(line.text))  # "🌍 Tectonic Hazards"
        markdown = MARKDOWN_HEADING.match(text)
        if markdown:
            text = markdown["text"]
        later = [clean_text(x.text) for x in self.lines[index + 1 :] if x.text]
        prefixes = [x for x in later if len(x) < len(text) and text.startswith(x)]
        title, rest = text, ""
        site = split_site_title(text)
        if site:
            title, rest = site
        elif prefixes:
            title = max(prefixes, key=len)
            rest = text[len(title) :].strip()
        elif self.format == "scraped":
            for match in GLUED_JUNCTION.finditer(text):
                if len(text[: match.start()].split()) >= 3:
                    title, rest = text[: match.start()], text[match.start() :]
                    break
        self.title, self.title_line, self._title_rest = title, line.number, rest
        self._use(line, "title")
        if rest and not site:
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
            and not TABLE_ROW.match(text)
            and match_heading(text) is None
            and len(text.split()) <= MAX_TITLE_WORDS
            and not ends_sentence(text)
            and not OPEN_END.search(text)  # "..., river landscapes and": a wrapped sentence
            and not self._is_truncated_copy(index)
        )

    def _read_top(self, start: int) -> int:
        """Read the title block at ``start``; return the index where the content starts.

        A block of several title-like lines names the qualification (kept as one), the title
        (the first other line) and subtitles (metadata)::

            NCFE CACHE Level 3 Diploma for the Early Years Workforce   -> qualification
            Unit 3.10: Support the development of children through play -> title
        """
        markdown = MARKDOWN_HEADING.match(self.lines[start].text)
        if markdown and len(markdown["level"]) == 1:
            self._read_title(start)
            return start + 1
        if not self._looks_like_title(start):
            return start
        top = [start]
        j = start + 1
        while j < len(self.lines) and self.lines[j].text and self._looks_like_title(j):
            following = self._next_nonblank(j)
            if following is not None and strip_bullet(self.lines[following].text)[1]:
                break  # a line heading a list
            top.append(j)
            j += 1
        names = (
            [i for i in top if looks_like_qualification(self.lines[i].text)] if len(top) > 1 else []
        )
        others = [i for i in top if i not in names]
        if names:
            section = RawSection("qualifications", "", self.lines[names[0]].number)
            section.items.extend(
                RawItem(self.lines[i].text, self.lines[i].number, False) for i in names
            )
            self.sections.append(section)
        if len(others) > 1 and self._repeats_after(others[0], top[-1]):
            # The first line comes back at each page break of a PDF or a printed booklet: a
            # running header ("St Anne's Academy – Year 11 Revision Booklet"), not the title.
            self._running = item_key(self.lines[others[0]].text)
            self._drop(self.lines[others.pop(0)], RUNNING_HEADER)
        if others:
            self._read_title(others[0])
            for i in others[1:]:
                self._drop(self.lines[i], "subtitle (metadata)")
        return top[-1] + 1

    def _repeats_after(self, index: int, after: int) -> bool:
        """Whether the line at ``index`` is found again after line index ``after``."""
        key = item_key(self.lines[index].text)
        return any(item_key(line.text) == key for line in self.lines[after + 1 :] if line.text)

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
            return False  # the last line: an item, however short
        after = self.lines[following].text
        return strip_bullet(after)[1] or match_heading(after) is not None

    def _followed_by_content(self, index: int) -> bool:
        following = self._next_nonblank(index)
        return following is not None and match_heading(self.lines[following].text) is None

    def _unknown_heading(self, index: int) -> bool:
        """A heading of unknown words, by its form and by what follows it."""
        text = self.lines[index].text
        if looks_like_qualification(text):
            return False
        style = heading_style(text)
        if style == "markdown":
            return True
        short = len(heading_name(text).split()) <= MAX_HEADING_WORDS
        if style == "bold" or (style == "caps" and len(heading_name(text).split()) > 1):
            return short and self._followed_by_content(index)
        if style != "plain":  # a trailing colon (or one capital word) heads a section when
            # the file's own headings are written that way: "Functions of the skeleton:"
            return style in self.heading_styles and short and self._followed_by_content(index)
        if not looks_like_heading(text):
            return False
        following = self._next_nonblank(index)
        if following is None:
            return False
        if self._alone_in_block(index):
            return True
        opens_block = index == 0 or not self.lines[index - 1].text
        if opens_block and "plain" in self.heading_styles and self._followed_by_content(index):
            return True  # written like the file's own headings: first line of a block
        # A line heading a list or a table.
        return strip_bullet(self.lines[following].text)[1] or (
            following == index + 1 and self._table_end(following) is not None
        )

    def _continues(self, line: _Line, item: RawItem | None) -> bool:
        """Whether an unbulleted ``line`` is more of ``item``: a wrapped line or a fact."""
        if item is None:
            return False
        text = line.text
        if MYTH_LABEL.match(item.text) and FACT_LABEL.match(text):
            return not FACT_LABEL.search(item.text)
        if item.bulleted and line.indent > item.indent and not TABLE_ROW.match(text):
            return True  # an indented line under a bullet
        if not text[:1].islower() or ends_sentence(item.text) or LIST_MARKER.match(text):
            return False
        # Unbulleted items are one a line: only a line cut mid-phrase ("..., and") or at the
        # width the file is wrapped at (its longest lines) goes on.
        last = item.last_line or item.text
        wrapped = len(last) >= max(MIN_WRAP_WIDTH, WRAP_SHARE * self._width)
        return item.bulleted or wrapped or bool(OPEN_END.search(last))

    def _nest(self, line: _Line) -> RawItem | None:
        """A nested item: a bullet (or an `SUB_MARKER` marker) indented under the open list
        item, made a child of the nearest open item indented less; ``None`` when ``line`` is
        not one. A blank line between them does not end the list."""
        if not self._open:
            return None
        root = self._open[0]
        listed = root.bulleted or LIST_MARKER.match(root.text)
        if not listed or line.indent <= root.indent:
            return None
        body, bulleted = strip_bullet(line.text)
        if not bulleted:
            marker = SUB_MARKER.match(line.text)
            if marker is None:
                return None
            body = line.text[marker.end() :]
        while self._open[-1].indent >= line.indent:
            self._open.pop()
        parent = self._open[-1]
        child = RawItem(body, line.number, True, line.indent)
        parent.children.append(child)
        self._open.append(child)
        self._use(line, "child", str(SourceRef(self.path, parent.line)))
        return child

    def _table_end(self, index: int) -> int | None:
        """End of the table starting at ``index``: ``| a | b |`` rows, or two or more
        consecutive ``a | b`` rows of two cells or more and no more than the first row has
        (an empty last cell may be left out: ``Abrasion | Rocks wear the cliff |``); ``None``
        when there is none."""
        end = index
        while end < len(self.lines) and TABLE_ROW.match(self.lines[end].text):
            end += 1
        if end > index:
            return end
        if not PIPE_CELL.search(self.lines[index].text):
            return None
        width = len(table_cells(self.lines[index].text))
        while end < len(self.lines):
            row = self.lines[end].text
            rule = is_rule(row) and end == index + 1
            cells = PIPE_CELL.search(row) and 2 <= len(table_cells(row)) <= width
            if row.startswith("|") or not (rule or cells):
                break
            end += 1
        return end if end - index > 1 else None

    def _table(self, index: int, end: int) -> int:
        """Read the table from ``index`` to ``end``: one item per body row, with its cells and
        the header's (padded with empty cells to the widest row). Returns ``end``."""
        rows = self.lines[index:end]
        header: list[str] = []
        structure: list[tuple[_Line, str]] = []
        first = table_cells(rows[0].text)
        if len(rows) > 1 and is_rule(rows[1].text):
            header = first
            structure, rows = [(rows[0], "header"), (rows[1], "rule")], rows[2:]
        elif len(rows) > 1 and _labels_only(first) and not _labels_only(table_cells(rows[1].text)):
            header = first  # "Term | Definition" above longer rows: a header without a rule
            structure, rows = [(rows[0], "header")], rows[1:]
        structure += [(row, "rule") for row in rows if is_rule(row.text)]
        body = [(row, table_cells(row.text)) for row in rows if not is_rule(row.text)]
        width = max([len(header), *(len(cells) for _, cells in body)])
        columns = tuple(header + [""] * (width - len(header)))
        items = []
        for row, cells in body:
            padded = tuple(cells + [""] * (width - len(cells)))
            text = table_row_text(padded, columns if header else None)
            items.append(RawItem(text, row.number, True, columns=columns, cells=padded))
        self.sections[-1].items.extend(items)
        for row, role in sorted(structure, key=lambda pair: pair[0].number):
            if items:
                self._use(row, "table", role)
            else:
                self._drop(row, "table with no rows")
        return end

    # -- main loop -----------------------------------------------------------------------

    def parse(self) -> RawDocument:
        self._index_lines()
        end = len(self.lines)
        start = next((i for i in range(end) if self.lines[i].text), end)
        if start < end:
            start = self._read_top(start)
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
            child = self._nest(line)
            if child is not None:
                previous_item = child
                index += 1
                continue
            table_end = self._table_end(index)
            if table_end is not None:
                index = self._table(index, table_end)
                previous_item = None
                self._open = []
                continue
            cells = [cell.strip() for cell in text.split("\t") if cell.strip()]
            if len(cells) > 1:  # "LAN<tab>A network that ...": a row copied from a sheet
                previous_item = RawItem(table_row_text(cells, None), line.number, True)
                self.sections[-1].items.append(previous_item)
                self._open = []
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
            if self._running and not bulleted and item_key(text) == self._running:
                self._drop(line, RUNNING_HEADER)
                index += 1
                continue
            if (
                self.title
                and not bulleted
                and item_key(strip_decoration(text)) == item_key(self.title)
            ):
                self._drop(line, "repeated title")
                following = self._next_nonblank(index)
                goes_on = following is not None and strip_bullet(self.lines[following].text)[1]
                if not (self.sections[-1].items and goes_on):
                    # A page's hero: its title again, metadata lines, then the synopsis. (In
                    # the middle of a list, the title again is a running header: the list goes on.)
                    self.sections.append(RawSection("synopsis", text, line.number))
                    in_hero = True
                index += 1
                continue
            if not bulleted:
                if self._continues(line, previous_item):
                    assert previous_item is not None
                    previous_item.text += " " + text
                    previous_item.last_line = text
                    self._part_of(line, previous_item)
                    index += 1
                    continue
                section = self.sections[-1]
                kind = match_heading(text)
                if kind is not None and kind == section.kind and not section.items:
                    self._drop(line, "caption")  # says again what the heading above says
                    index += 1
                    continue
                if kind is not None:
                    self._heading(line, kind)
                    previous_item = None
                    self._open = []
                    index += 1
                    continue
                if section.kind is not None and not section.items and LEAD_IN.match(text):
                    self._drop(line, "lead-in")
                    index += 1
                    continue
                if self.format == "scraped" and self._is_caption(index):
                    self._drop(line, "caption")
                    index += 1
                    continue
                if self._unknown_heading(index):
                    self._heading(line, OTHER_PREFIX + heading_name(text))
                    previous_item = None
                    self._open = []
                    index += 1
                    continue
                if self.sections[-1].kind is None and self._is_truncated_copy(index):
                    self._drop(line, "truncated copy of a later line")
                    index += 1
                    continue
            previous_item = RawItem(body if bulleted else text, line.number, bulleted, line.indent)
            self.sections[-1].items.append(previous_item)
            self._open = [previous_item]
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
            lines=tuple(sorted(self.uses)),
        )


def parse(source: SourceText, repeated: frozenset[str] = frozenset()) -> RawDocument:
    """Split ``source`` into raw sections and items (see the module docstring).

    ``repeated`` holds the keys of lines found in several source files (`chrome.repeated_lines`).
    """
    return _Parser(source, repeated).parse()
