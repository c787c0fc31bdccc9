"""Items as Markdown blocks: nested lists, and runs of table rows as tables (`subtopic_pages`).

An item's children are a list nested under it, four spaces a level (Python-Markdown needs four),
in any list, callout or definition; a run of table rows with the same columns is one table::

    Item("Temperature", children=(Item("rate rises"),))   ->  - Temperature
                                                                 - rate rises
    Item(columns=("Quantity", "Equation"), cells=("Force", "F = m × a"))
                                                         ->  | Quantity | Equation |
                                                             |---|---|
                                                             | Force | F = m × a |

Every text goes through the caller's ``text`` function (`dialect.escape`, or escaping and
linking), which must escape ``|``: a cell's own pipes stay text. A table with no header row
(its columns all empty) is written with an empty header row, which revguide.css hides.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from .dialect import INDENT
from .model import Item


def nested(children: Sequence[Item], text: Callable[[str], str], depth: int = 1) -> list[str]:
    """``children`` (and theirs) as list items indented ``depth`` levels, in order."""
    lines = []
    for child in children:
        lines.append(f"{INDENT * depth}- {text(child.text)}")
        lines += nested(child.children, text, depth + 1)
    return lines


def runs(items: Sequence[Item]) -> Iterator[tuple[Item, ...]]:
    """``items`` in order, grouped: each run of table rows with the same columns is one group,
    any other item a group of its own."""
    for columns, group in itertools.groupby(items, key=lambda i: i.columns if i.cells else None):
        if columns is None:
            yield from ((item,) for item in group)
        else:
            yield tuple(group)


def table(
    rows: Sequence[Item], text: Callable[[str], str], header: Callable[[str], str]
) -> list[str]:
    """``rows`` (of the same columns) as one Markdown table: header cells through ``header``,
    body cells through ``text``."""

    def row(cells: Sequence[str], write: Callable[[str], str]) -> str:
        return "| " + " | ".join(write(cell) for cell in cells) + " |"

    columns = rows[0].columns
    return [
        row(columns, header),
        "|" + "|".join("---" for _ in columns) + "|",
        *(row(item.cells, text) for item in rows),
    ]


def item_lines(
    items: Sequence[Item],
    entry: Callable[[Item], list[str]],
    text: Callable[[str], str],
    header: Callable[[str], str],
    tables: bool = True,
    depth: int = 1,
) -> list[str]:
    """Markdown for ``items``: each item's ``entry`` lines followed by its children nested
    ``depth`` levels down (after the entry's closing blank line, with one of their own, when it
    has one: a definition or a paragraph); with ``tables``, each run of table rows as a table
    (a block apart: blank lines around it)."""
    lines: list[str] = []
    for run in runs(items) if tables else ((item,) for item in items):
        if run[0].cells and tables:
            if lines and lines[-1]:
                lines.append("")
            lines += [*table(run, text, header), ""]
            continue
        (item,) = run
        written = entry(item)
        children = nested(item.children, text, depth)
        lines += written + children + ([""] if children and not written[-1] else [])
    return lines
