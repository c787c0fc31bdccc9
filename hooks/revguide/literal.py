"""Python-Markdown extension: read a run of escaped source text in one step, not per character.

`dialect.escape` backslash-escapes every markup character of source text, and the ``escape``
inline pattern (``pymdownx.escapeall``) turns each escape into a placeholder; Python-Markdown
copies the whole paragraph for every placeholder, so a paragraph with ``k`` escapes costs
``k * length``: one 100,000-character line of punctuation (a minified script in a scrape, a
divider) took 109 s to build. This pattern takes a whole run, the escapes and the plain
characters between them, as one match::

    \\*\\*not bold\\*\\* and \\<b\\>   ->   one text node: **not bold** and <b>

Each escape in the run is still converted by the registered ``escape`` pattern, so the HTML is
the same as without this extension. A run starts at an escape and stops before an unescaped
markup character (in generated pages that is render's own markup: links, emphasis, attribute
lists), a line break, two spaces, or one of Python-Markdown's placeholders; it never ends with a
space, so patterns that look at the character before their match see what they saw before.
Enable it in mkdocs.yml after ``pymdownx.escapeall``: ``- revguide.literal``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from markdown import Extension, Markdown
from markdown.inlinepatterns import InlineProcessor

from .dialect import MARKUP_CHARS

#: After ``backtick`` (190, which must see escaped backticks), before ``escape`` (180).
PRIORITY = 185
_PLAIN = rf"[^{MARKUP_CHARS}\s\x02\x03]"  # a character that is never markup
_ESCAPE = r"(?:\\[^\n]|&lt;)"  # `dialect.escape` writes "<" as "&lt;"
ESCAPED_RUN = rf"{_ESCAPE}(?:{_PLAIN}|{_ESCAPE}| (?={_PLAIN}|{_ESCAPE}))*"
#: An escape (its character in group 1), "&lt;", or plain text.
PART = re.compile(r"\\([^\n])|&lt;|[^\\&]+")
#: "&lt;" is converted as the escape of "<" is.
LESS_THAN = re.compile(r"\\(<)").match("\\<")


class EscapedRunProcessor(InlineProcessor):
    """One match per run of escaped text; each escape converted by the ``escape`` pattern."""

    def handleMatch(  # type: ignore[override]  # noqa: N802 (Python-Markdown's API name)
        self, m: re.Match[str], data: str
    ) -> tuple[str | ET.Element | None, int, int]:
        escape = self.md.inlinePatterns["escape"]
        assert isinstance(escape, InlineProcessor)
        out = []
        for found in PART.finditer(m.group(0)):
            part = LESS_THAN if found.group(0) == "&lt;" else found
            assert part is not None
            if part.group(1) is None:
                out.append(part.group(0))
                continue
            converted, start, _ = escape.handleMatch(part, data)
            out.append(part.group(0) if start is None else str(converted))
        return "".join(out), m.start(0), m.end(0)


class LiteralExtension(Extension):
    """Register `EscapedRunProcessor`."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's API name)
        md.inlinePatterns.register(EscapedRunProcessor(ESCAPED_RUN, md), "escaped-run", PRIORITY)


def makeExtension(**kwargs: object) -> LiteralExtension:  # noqa: N802 (Python-Markdown's API name)
    """Entry point Python-Markdown calls for ``revguide.literal``."""
    return LiteralExtension(**kwargs)
