"""Render a generated page as MkDocs does, without a build, and read the HTML back.

MkDocs splits off the front matter, then converts the Markdown with Python-Markdown and the
``markdown_extensions`` (and their settings) its config loader reads from ``mkdocs.yml``:
`to_html` does the same, in milliseconds instead of a build's seconds. `read` collects what the
tests check: the visible text, and anything in the HTML that could run script or that the
renderer does not write (so must have come from source text).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

import markdown
from conftest import ROOT


@functools.cache
def _markdown() -> markdown.Markdown:
    from mkdocs.config import load_config

    config = load_config(config_file=str(ROOT / "mkdocs.yml"))
    return markdown.Markdown(
        extensions=list(config.markdown_extensions), extension_configs=config.mdx_configs
    )


def to_html(content: str) -> str:
    """A page's Markdown (front matter included) to HTML, as MkDocs renders a page body.

    MkDocs makes a new ``Markdown`` per page; one reset between pages is the same and cheaper.
    """
    from mkdocs.utils.meta import get_data

    body, _ = get_data(content)
    return _markdown().reset().convert(body)


#: Elements and attributes the renderer's Markdown produces (Python-Markdown, admonition,
#: details, def_list, tasklist, toc permalinks, attr_list ids): anything else came from source.
ALLOWED_ELEMENTS = frozenset(
    "p a ul ol li dl dt dd h1 h2 h3 h4 h5 h6 strong em code div span details summary label "
    "input br hr table thead tbody tr th td".split()
)
ALLOWED_ATTRIBUTES = frozenset("class id href type aria-label disabled checked".split())
DATA_ATTRIBUTE = re.compile(r"^data-rg-[a-z-]+$")
#: A mention's target: a glossary entry or a model, by a validated slug.
REF = re.compile(r"^(term|model):[a-z0-9]+(-[a-z0-9]+)*(-[0-9]+)?$")
#: What a browser reads as a URL scheme once it drops tabs, line breaks and leading controls.
URL_SCHEME = re.compile(r"^[a-z][a-z0-9+.\-]*:", re.IGNORECASE)
BLOCKS = frozenset(
    "p li dt dd h1 h2 h3 h4 h5 h6 div summary br hr ul ol dl details table tr th td".split()
)


def browser_url(value: str) -> str:
    """A URL as a browser reads it: tabs and line breaks dropped, leading controls stripped."""
    return re.sub(r"[\t\n\r]", "", value).lstrip("\x00- ")


def spaced(text: str) -> str:
    """White space collapsed as HTML displays it."""
    return " ".join(text.split())


@dataclass
class Html:
    """What the tests need from one HTML fragment."""

    text: str = ""
    """Visible text, white space collapsed as a browser shows it."""
    problems: list[str] = field(default_factory=list)
    """Every element, attribute or link that could run script or is not the renderer's."""


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.html = Html()
        self.chunks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_ELEMENTS:
            self.html.problems.append(f"element <{tag}>")
        for name, value in attrs:
            permalink = name == "title" and value == "Permanent link"  # toc's, the only title
            if name.startswith("on") or not (
                name in ALLOWED_ATTRIBUTES or DATA_ATTRIBUTE.match(name) or permalink
            ):
                self.html.problems.append(f"attribute {name}={value!r} on <{tag}>")
            if name == "href" and value is not None and URL_SCHEME.match(browser_url(value)):
                self.html.problems.append(f"link {value!r}")
            if name == "data-rg-ref" and not REF.match(value or ""):
                self.html.problems.append(f"data-rg-ref {value!r}")
        if tag in BLOCKS:
            self.chunks.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS:
            self.chunks.append(" ")

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)

    def handle_comment(self, data: str) -> None:
        self.html.problems.append(f"comment <!--{data}-->")


def read(html: str) -> Html:
    """Visible text and problems of an HTML fragment."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    reader.html.text = spaced("".join(reader.chunks))
    return reader.html
