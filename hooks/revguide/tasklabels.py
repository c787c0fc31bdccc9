"""Python-Markdown extension: give each task-list checkbox its item's text as accessible name.

``pymdownx.tasklist`` renders ``- [ ] Award credit for X`` as a checkbox inside an empty label,
so screen readers announce only "checkbox" (axe: label, critical). This adds the item text::

    <li class="task-list-item"><label ...><input type="checkbox" disabled/>...</label> Award ...
    ->                                    <input aria-label="Award credit for X" type="checkbox" ...

The checkbox is stored as raw HTML in the stash; the item text is plain only after
Python-Markdown's unescape step (priority 0), so this runs after it and edits the stashed HTML.
Enable it after ``pymdownx.tasklist`` in mkdocs.yml: ``- revguide.tasklabels``.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from typing import Any

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE

from .text import collapse_whitespace

#: After Python-Markdown's "unescape" treeprocessor (priority 0).
PRIORITY = -5
CHECKBOX = re.compile(r'<input type="checkbox"')
NESTED_LISTS = frozenset({"ul", "ol"})


class TaskLabelTreeprocessor(Treeprocessor):
    """Set ``aria-label`` on task checkboxes from the rest of the list item's text."""

    def run(self, root: ET.Element) -> None:
        for item in root.iter("li"):
            if "task-list-item" not in (item.get("class") or "").split():
                continue
            holder = item if HTML_PLACEHOLDER_RE.match(item.text or "") else item.find("p")
            match = HTML_PLACEHOLDER_RE.match(holder.text or "") if holder is not None else None
            if holder is None or match is None:
                continue
            index = int(match.group(1))
            stored = str(self.md.htmlStash.rawHtmlBlocks[index])
            rest = (holder.text or "")[match.end() :]
            # The item's own text: a list nested under it is not part of its name.
            own = (c for c in holder if c.tag not in NESTED_LISTS)
            text = collapse_whitespace(
                rest + "".join("".join(c.itertext()) + (c.tail or "") for c in own)
            )
            label = html.escape(text, quote=True)
            # A replacement template: the text's own backslashes ("\1", "\w") must stay text.
            tag = f'<input aria-label="{label}" type="checkbox"'.replace("\\", "\\\\")
            self.md.htmlStash.rawHtmlBlocks[index] = CHECKBOX.sub(tag, stored, count=1)


class TaskLabelExtension(Extension):
    """Register `TaskLabelTreeprocessor`."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's API name)
        md.treeprocessors.register(TaskLabelTreeprocessor(md), "revguide-task-labels", PRIORITY)


def makeExtension(**kwargs: Any) -> TaskLabelExtension:  # noqa: N802 (Python-Markdown's API name)
    """Entry point Python-Markdown looks for."""
    return TaskLabelExtension(**kwargs)
