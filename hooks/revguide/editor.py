"""Editor sources: Markdown with YAML front matter, read into the same raw model as raw texts.

    ---
    title: Handling complaints
    order: 5
    awarding_body: Example Awarding Body
    level: Level 2
    tags: [customer service]
    ---

    ## Synopsis

    How teams turn complaints into loyalty. A paragraph may
    run over several lines.

    ## Key concepts

    - **Service recovery**: Fixing a failure so well that the customer ends up more loyal.

    ## Exam tips

    - Quote a real complaint you handled.

    ## Misconceptions

    - Misconception: Complaints are bad news. Correction: They are free feedback.

    ## Learning outcomes

    1. Explain how complaints can build loyalty

    ## Worked examples          <- any other heading is kept under its own name

    - Temperature
        - Rate rises to the optimum   <- nested under the item above (indented)

    | Quantity | Equation |       <- a table: a header row, a rule row, a row per item
    |---|---|                     (``\\|`` is a pipe inside a cell)
    | Force | F = m × a |

    <!-- A note to other editors: never shown; it may run
         over several lines. -->

Headings are matched like raw headings (``Exam tips``, ``Assessment guidance``, ...). Only the
structure is read as Markdown (front matter, ``#``/``##`` headings, list markers and their
indentation, tables with a rule row, ``**Term**:``, ``<!-- comments -->``); all other text is
shown exactly as written, so ``*`` or ``<b>`` appear as typed. A comment never closed with
``-->`` is text (and a warning says so); ``\\<!--`` is the text ``<!--``.

`to_markdown` writes a subtopic in this format (``python -m revguide import``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from yaml.nodes import MappingNode

from .blocks import runs
from .dialect import INDENT
from .errors import RevguideError
from .headings import CANONICAL, MARKDOWN_HEADING, match_heading
from .model import OTHER_PREFIX, Diagnostic, Item, LineUse, SourceRef, Subtopic
from .normalise import split_concept
from .parse import (
    RawDocument,
    RawItem,
    RawSection,
    indent_of,
    is_rule,
    table_cells,
    table_row_text,
)
from .settings import FileMetadata, metadata_entry
from .sources import SourceText
from .text import clean_text
from .yamlfile import compose, text

LIST_MARKER = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+")
FRONT_MATTER_FENCE = "---"
#: An editor's note: never shown, may span lines (`python -m revguide new` writes one per section).
#: ``\<!--`` is the text ``<!--`` (the backslash goes), as in Markdown.
COMMENT = re.compile(r"(?<!\\)<!--.*?-->", re.DOTALL)
COMMENT_OPEN = "<!--"
ESCAPED_OPEN = "\\<!--"
UNESCAPED_OPEN = re.compile(r"(?<!\\)<!--")


def _front_matter(
    source: SourceText,
) -> tuple[int, FileMetadata | None, list[Diagnostic], str | None]:
    """Index of the first body line, the metadata, its warnings, and its title."""
    lines = source.lines
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        return 0, None, [], None
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == FRONT_MATTER_FENCE), None)
    if end is None:
        raise RevguideError(
            SourceRef(source.path, 1), "front matter opened with '---' is never closed"
        )
    # Blank lines in place of the fence keep YAML line numbers equal to file line numbers.
    node = compose("\n" + "\n".join(lines[1:end]), source.path)
    if node is None:
        return end + 1, None, [], None
    if not isinstance(node, MappingNode):
        raise RevguideError(SourceRef(source.path, 2), "front matter must be 'key: value' lines")
    title_node = next((v for k, v in node.value if k.value == "title"), None)
    node.value = [(k, v) for k, v in node.value if k.value != "title"]
    entry, warnings = metadata_entry(node, source.path, source.path, SourceRef(source.path, 1))
    title = None
    if title_node is not None and str(title_node.value).strip():  # no title: the "#" heading
        title = clean_text(text(title_node, source.path, "title"))
    return end + 1, entry, warnings, title or None


def parse_editor(
    source: SourceText,
) -> tuple[RawDocument, FileMetadata | None, list[Diagnostic]]:
    """Read an editor source; returns the raw document, its metadata and warnings."""
    start, metadata, warnings, title = _front_matter(source)
    title_line = 1 if title else 0
    sections = [RawSection(None, "", start + 1)]
    uses: list[LineUse] = []
    current: RawItem | None = None
    opened: list[RawItem] = []  # the list item being read and its open nested items
    table: tuple[str, ...] | None = None  # the header of the table being read
    body, unclosed = _without_comments(source.lines[start:])
    if unclosed is not None:
        warnings.append(
            Diagnostic(
                SourceRef(source.path, start + 1 + unclosed),
                "'<!--' opens a comment never closed with '-->'; shown as text",
            )
        )
    for number, (line, written) in enumerate(
        zip(body, source.lines[start:], strict=True), start + 1
    ):
        text = clean_text(line)  # control characters dropped: a heading of none is text
        where = SourceRef(source.path, number)
        if not text:
            if clean_text(written):  # only a comment: an editor's note
                uses.append(LineUse(where, "comment"))
            current, table = None, None
            continue
        following = body[number - start] if number - start < len(body) else ""
        if table is None and text.startswith("|") and is_rule(following):
            table = tuple(table_cells(text))  # a header row, then the rule row
            uses.append(LineUse(where, "table", "header"))
            continue
        if table is not None and text.startswith("|"):
            if is_rule(text):
                uses.append(LineUse(where, "table", "rule"))
                continue
            cells = table_cells(text)
            width = max(len(table), len(cells))
            padded = tuple(cells + [""] * (width - len(cells)))
            columns = table + ("",) * (width - len(table))
            header = columns if any(columns) else None
            sections[-1].items.append(
                RawItem(
                    table_row_text(padded, header),
                    number,
                    True,
                    columns=columns,
                    cells=padded,
                )
            )
            current, opened = None, []
            continue
        table = None
        heading = MARKDOWN_HEADING.match(text)
        if heading:
            current, opened = None, []
            if len(heading["level"]) == 1:
                if title is None:
                    title, title_line = heading["text"], number
                    uses.append(LineUse(SourceRef(source.path, number), "title"))
                continue
            name = heading["text"]
            kind = match_heading(name) or OTHER_PREFIX + name
            sections.append(RawSection(kind, name, number))
            uses.append(LineUse(SourceRef(source.path, number), "heading", kind))
            continue
        marker = LIST_MARKER.match(text)
        indent = indent_of(line)
        if marker and opened and indent > opened[0].indent:
            while opened[-1].indent >= indent:
                opened.pop()
            current = RawItem(text[marker.end() :], number, True, indent)
            opened[-1].children.append(current)
            uses.append(LineUse(where, "child", str(SourceRef(source.path, opened[-1].line))))
            opened.append(current)
        elif marker:
            current = RawItem(text[marker.end() :], number, True, indent)  # "**Term**:": normalise
            sections[-1].items.append(current)
            opened = [current]
        elif current is not None:
            current.text += " " + text  # a wrapped line continues its item or paragraph
            part_of = str(SourceRef(source.path, current.line))
            uses.append(LineUse(SourceRef(source.path, number), "part", part_of))
        else:
            current = RawItem(text, number, False)
            sections[-1].items.append(current)
            opened = []
    document = RawDocument(
        path=source.path,
        format="editor",
        title=title,
        title_line=title_line,
        awarding_body=None,
        level=None,
        category=None,
        sections=tuple(sections),
        boilerplate=(),
        lines=tuple(uses),
    )
    return document, metadata, warnings


def _concept(term: str, definition: str) -> str:
    """``**Term**: definition``, or ``Term: definition`` for a term that bold would not keep
    (a term of stars, ``*``): whichever reads back to the same term, checked by reading it."""
    bold = f"**{term}**: {definition}"
    return bold if split_concept(bold) == (term, definition) else f"{term}: {definition}"


def _without_comments(lines: list[str]) -> tuple[list[str], int | None]:
    """``lines`` with each ``<!-- -->`` comment cut out (line breaks kept, so line numbers hold),
    and the index of the line where a comment opens and never closes (left as text)."""
    if not lines:  # front matter and nothing after it
        return [], None
    body = "\n".join(lines)
    cut = COMMENT.sub(lambda match: "\n" * match.group().count("\n"), body)
    opened = UNESCAPED_OPEN.search(cut)
    unclosed = cut.count("\n", 0, opened.start()) if opened else None
    return cut.replace(ESCAPED_OPEN, COMMENT_OPEN).split("\n"), unclosed


def _row(cells: Sequence[str]) -> str:
    """A table row, each cell's own pipes escaped (``\\|``)."""
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def _moved(moved: dict[int, int], item: Item, at: int) -> None:
    """Note that ``item`` (read from its source and merged lines) is written after ``at``
    lines."""
    for ref in (item.source, *item.merged_from):
        moved.setdefault(ref.line, at + 1)


def _children(
    children: Sequence[Item], moved: dict[int, int], lines: list[str], depth: int = 1
) -> list[str]:
    """``children`` (and theirs) as list items indented ``depth`` levels, written after
    ``lines``; where each lands is noted in ``moved``."""
    written: list[str] = []
    for child in children:
        _moved(moved, child, len(lines) + len(written))
        written.append(f"{INDENT * depth}- {child.text}")
        written += _children(child.children, moved, [*lines, *written], depth + 1)
    return written


def yaml_text(value: str) -> str:
    """``value`` as a YAML double-quoted string (any text reads back as itself)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def to_markdown(subtopic: Subtopic, order: int | None = None) -> str:
    """``subtopic`` as an editor source that reads back to the same items."""
    return markdown_lines(subtopic, order)[0]


def markdown_lines(subtopic: Subtopic, order: int | None = None) -> tuple[str, dict[int, int]]:
    """`to_markdown`'s text, and the line each item lands on, by the line it came from (so
    ``lint.yml``'s ``file:line`` acceptances can follow an imported item)."""
    lines = [FRONT_MATTER_FENCE, f"title: {yaml_text(subtopic.title)}", f"slug: {subtopic.slug}"]
    if order is not None:
        lines.append(f"order: {order}")
    for field in ("awarding_body", "level", "category"):
        value = getattr(subtopic, field)
        if value:
            lines.append(f"{field}: {yaml_text(value)}")
    if subtopic.tags:
        lines.append("tags: [" + ", ".join(yaml_text(t) for t in subtopic.tags) + "]")
    lines += [FRONT_MATTER_FENCE, ""]
    body_start = len(lines)
    moved: dict[int, int] = {}
    for section in subtopic.sections:
        heading = CANONICAL.get(section.kind, section.heading)
        closing = " #" if heading.endswith("#") else ""  # keeps the heading's own "#" ("C#")
        lines += [f"## {heading}{closing}", ""]
        prose = section.kind in ("synopsis", "overview")
        number = 0
        for run in runs(section.items):
            if run[0].cells:
                columns = run[0].columns
                if lines[-1]:
                    lines.append("")
                lines += [_row(columns), "|" + "|".join("---" for _ in columns) + "|"]
                for item in run:
                    _moved(moved, item, len(lines))
                    lines.append(_row(item.cells))
                lines.append("")
                continue
            (item,) = run
            number += 1
            _moved(moved, item, len(lines))
            if prose and not item.children:
                # A paragraph that would read as a heading, a list item or a table row is
                # written as an item.
                structure = bool(
                    MARKDOWN_HEADING.match(item.text)
                    or LIST_MARKER.match(item.text)
                    or item.text.startswith("|")
                )
                lines += [f"- {item.text}" if structure else item.text, ""]
                continue
            marker = f"{number}." if section.kind == "learning_outcomes" else "-"
            if item.term:
                lines.append(f"{marker} {_concept(item.term, item.text)}")
            elif item.correction:
                lines.append(f"{marker} Misconception: {item.text} Correction: {item.correction}")
            else:
                lines.append(f"{marker} {item.text}")
            lines += _children(item.children, moved, lines)
            if prose:
                lines.append("")
        if lines[-1]:
            lines.append("")
    # Source text that reads as a comment opener is text: escaped, so it is shown, not hidden.
    lines[body_start:] = [line.replace(COMMENT_OPEN, ESCAPED_OPEN) for line in lines[body_start:]]
    return "\n".join(lines).rstrip("\n") + "\n", moved
