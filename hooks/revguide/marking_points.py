"""Every examiner marking point of the guide, grouped by subtopic, as a checklist.

One page (``marking-points/index.md``), or in a guide of several parts an index and a page per
part that has marking points (``marking-points/1-50.md``). Each point carries the same id as on
its subtopic's page, so a tick on either is one tick::

    ## [CRM basics](../subtopics/crm-basics.md)
    - [ ] Explains how CRM data informs a sales plan\\.
        { data-rg-point="p-…" }
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from . import paths
from .blocks import item_lines
from .dialect import Page, data_line, escape, front_matter, link
from .ids import point_id
from .model import Item, Subtopic
from .parts import PART_SIZE, parts

TITLE = "Examiner marking points"


def render_marking_points(subtopics: Sequence[Subtopic]) -> list[Page]:
    """The marking points' pages (see the module docstring); parts without any left out."""
    guide_parts = [p for p in parts(subtopics) if any(s.items("marking_points") for s in p.entries)]
    index = paths.marking_points()
    if len(guide_parts) <= 1:
        return [_part(index, TITLE, subtopics)]
    lines = [*front_matter(TITLE), f"# {TITLE}", ""]
    lines += [f"What examiners give credit for, in parts of {PART_SIZE} subtopics:", ""]
    pages = []
    for part in guide_parts:
        path = paths.marking_points(part.slug)
        count = sum(len(s.items("marking_points")) for s in part.entries)
        target = paths.relative(index, path)
        lines.append(f"- [Subtopics {part.label}]({target}): {count} marking points")
        pages.append(_part(path, f"{TITLE}: subtopics {part.label}", part.entries))
    lines.append("")
    return [Page(index, TITLE, "\n".join(lines), ()), *pages]


def _point(key: str, item: Item) -> list[str]:
    """A marking point of subtopic ``key`` as a checklist entry (its nested items follow)."""
    return [f"- [ ] {escape(item.text)}", data_line("point", point_id(key, item.text))]


def _part(path: str, title: str, subtopics: Sequence[Subtopic]) -> Page:
    lines = [*front_matter(title), f"# {escape(title)}", ""]
    for subtopic in subtopics:
        items = subtopic.items("marking_points")
        if not items:
            continue
        target = paths.relative(path, paths.subtopic(subtopic.slug))
        lines += [f"## {link(subtopic.title, target)}", ""]
        lines += item_lines(items, partial(_point, subtopic.key), escape, escape, tables=False)
        lines.append("")
    return Page(path, title, "\n".join(lines), ())
