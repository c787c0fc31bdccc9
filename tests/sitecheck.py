"""Read a built site: visible text, ids and links of each HTML page (stdlib parser only)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

SKIP_TEXT = {"script", "style", "svg"}
BLOCKS = {"p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "div", "br", "td", "th", "tr"}


@dataclass
class HtmlPage:
    """What a test needs from one HTML file."""

    text: str = ""
    ids: set[str] = field(default_factory=set)
    links: list[tuple[str, str]] = field(default_factory=list)  # (href, title)
    refs: list[tuple[str, str]] = field(default_factory=list)  # (href, data-rg-ref) of mentions
    definitions: dict[str, dict[str, Any]] = field(default_factory=dict)  # the page's rg-refs


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = HtmlPage()
        self.skipping = 0
        self.chunks: list[str] = []
        self.refs_json: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in SKIP_TEXT:
            self.skipping += 1
        if tag in BLOCKS:
            self.chunks.append(" ")
        if values.get("id"):
            self.page.ids.add(values["id"] or "")
        if tag == "a" and values.get("href") is not None:
            self.page.links.append((values["href"] or "", values.get("title") or ""))
            if values.get("data-rg-ref"):
                self.page.refs.append((values["href"] or "", values["data-rg-ref"] or ""))
        if tag == "script" and values.get("id") == "rg-refs":
            self.refs_json = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.refs_json is not None:
            self.page.definitions = json.loads("".join(self.refs_json))
            self.refs_json = None
        if tag in SKIP_TEXT and self.skipping:
            self.skipping -= 1
        if tag in BLOCKS:
            self.chunks.append(" ")

    def handle_data(self, data: str) -> None:
        if self.refs_json is not None:
            self.refs_json.append(data)
        if not self.skipping:
            self.chunks.append(data)


def read_html(path: Path) -> HtmlPage:
    reader = _Reader()
    reader.feed(path.read_text(encoding="utf-8"))
    reader.page.text = " ".join("".join(reader.chunks).split())
    return reader.page


def mount_path(config: Path) -> str:
    """Path part of ``site_url`` in ``config`` (MkDocs' loader, so ``!ENV`` works)."""
    from mkdocs.utils.yaml import yaml_load

    with config.open(encoding="utf-8") as stream:
        site_url = yaml_load(stream)["site_url"]
    return urlsplit(site_url).path or "/"


def mkdocs_build(
    project: Path, site_dir: Path, strict: bool = True
) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` (or without ``--strict``) of ``project`` into ``site_dir``,
    output captured.

    Never ``-q``: it drops warnings before ``--strict`` can count them.
    """
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    flags = ["--strict"] if strict else []
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *flags, "-d", str(site_dir)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def resolve(site: Path, page: Path, href: str, base_path: str = "/") -> tuple[Path, str] | None:
    """The file and fragment an internal link points to; ``None`` for external links.

    ``base_path`` is the path of ``site_url`` (the 404 page links absolutely from it).
    """
    if href.startswith(("http://", "https://", "mailto:", "javascript:")):
        return None
    target, _, fragment = href.partition("#")
    if target.startswith("/"):
        assert target.startswith(base_path), f"absolute link outside the site: {href}"
        page, target = site / "index.html", target[len(base_path) :] or "."
    if not target:
        return page, fragment
    path = (page.parent / target).resolve()
    if path.is_dir() or target.endswith("/"):
        path = path / "index.html"
    return path, fragment
