"""The Markdown dialect generated pages are written in: source text as literal text, and the few
constructs the pages use (front matter, links, attribute lines, code spans, folded blocks).

Every character Markdown or HTML could read as markup is backslash-escaped (``pymdownx.escapeall``
makes every ASCII punctuation character escapable), ``<`` is written ``&lt;``::

    escape("Use <b>CRM</b> [data](x).")  ->  'Use &lt;b\\>CRM&lt;/b\\> \\[data\\]\\(x\\)\\.'
    front_matter("CRM", search={"exclude": True})  ->  ['---', 'title: "CRM"',
                                                        'search: {"exclude": true}', '---', '']
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

#: ASCII characters escaped in source text (``pymdownx.escapeall`` makes every one escapable),
#: as the body of a regex character class. ``?`` opens a ``pymdownx.details`` block (``??? tip``).
MARKUP_CHARS = r"\\`*_{}\[\]()#+\-.!?<>&|~^=:$@"
MARKUP = re.compile(f"[{MARKUP_CHARS}]")
#: What each markup character is written as. ``<`` becomes ``&lt;``: Python-Markdown's raw-HTML
#: block reader runs before escapes are read, so a source's ``\\<e`` could open a tag there that
#: swallows the page's next HTML block (``revguide.literal`` reads ``&lt;`` as an escaped ``<``).
_WRITTEN = {
    char: "\\" + char
    for char in re.sub(r"\\(.)", r"\1", MARKUP_CHARS)  # the class body without its own escapes
} | {"<": "&lt;"}
BACKTICKS = re.compile(r"`+")
#: Characters YAML rejects in a file or folds as line breaks (JSON has them only inside strings).
YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029]")
INDENT = "    "


def escape(text: str) -> str:
    """``text`` as literal Markdown: markup characters backslash-escaped, ``<`` as ``&lt;``."""
    # A function replacement: faster than a template or `str.translate` on the texts of a guide.
    return MARKUP.sub(_written, text)


def _written(match: re.Match[str]) -> str:
    return _WRITTEN[match.group()]


@dataclass(frozen=True)
class Page:
    """A generated Markdown page."""

    path: str
    """Path inside the docs tree: ``subtopics/<slug>.md``."""
    title: str
    """Page title."""
    content: str
    """Markdown, front matter included."""
    sources: tuple[str, ...]
    """Source files behind the page; the first is what "edit this page" opens (`editable_first`)."""


@dataclass(frozen=True)
class Asset:
    """A generated file other than a page, copied into the site as is (practice data, exports)."""

    path: str
    """Path inside the docs tree: ``practice/data.js``."""
    content: str | bytes
    """Its text."""


def front_matter(title: str, **extra: object) -> list[str]:
    """YAML front matter lines: the title, then each non-empty ``extra`` value, as JSON.

    MkDocs and the theme treat a page's title (and its tags) as HTML, as the titles MkDocs takes
    from a page's ``#`` heading are, so the title is HTML-escaped: ``<b>`` stays text in the nav.
    """
    lines = ["---", f"title: {yaml_json(html.escape(title))}"]
    for key, value in extra.items():
        if value:
            lines.append(f"{key}: {yaml_json(value)}")
    return [*lines, "---", ""]


def yaml_json(value: object) -> str:
    """``value`` as JSON that YAML reads back unchanged: characters YAML cannot hold as they
    are (C1 controls, DEL) or reads as line breaks are written as ``\\u`` escapes."""
    return YAML_UNSAFE.sub(
        lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False)
    )


def link(text: str, target: str) -> str:
    """A link to ``target`` (a relative docs path the pipeline made) with source ``text``."""
    return f"[{escape(text)}]({target})"


def indent(lines: Iterable[str]) -> list[str]:
    """``lines`` one block deeper (inside a list item or an admonition); blank lines stay blank."""
    return [INDENT + line if line else "" for line in lines]


def data_line(attribute: str, value: str) -> str:
    """An ``attr_list`` line giving the list item it follows a ``data-rg-*`` attribute (the
    ids progress is stored under)."""
    return f'{INDENT}{{: data-rg-{attribute}="{value}" }}'


def code(text: str) -> str:
    """``text`` as a code span whose fence is longer than any run of backticks in it."""
    longest = max((len(run) for run in BACKTICKS.findall(text)), default=0)
    fence = "`" * (longest + 1)
    return f"{fence} {text} {fence}" if longest else f"{fence}{text}{fence}"


def admonition(kind: str, title: str, body: Iterable[str]) -> list[str]:
    """An admonition (``!!! kind "title"``) holding the Markdown lines ``body``."""
    return [f'!!! {kind} "{title}"', "", *indent(body), ""]


def folded(title: str, body: Iterable[str], kind: str = "question") -> list[str]:
    """A closed ``pymdownx.details`` block (``??? kind "title"``) holding ``body``."""
    return [f'??? {kind} "{title}"', "", *indent(body), ""]


def details(css_class: str, summary: str, body: Iterable[str]) -> list[str]:
    """``body`` in a closed HTML ``<details>`` (md_in_html) with a plain-text ``summary``."""
    return [
        f'<details class="{css_class}" markdown="1">',
        f"<summary>{html.escape(summary)}</summary>",
        "",
        *body,
        "</details>",
        "",
    ]
