"""The installable guide: its web app manifest, and the list the service worker (overrides/sw.js)
keeps on the device, written as ``precache.js``::

    self.REVGUIDE_PRECACHE = {"version": "3f2a…", "whole": true,
                              "files": ["./", "glossary/", "assets/stylesheets/revguide.css", …]};

A guide whose pages and assets come to at most `BUDGET` bytes is kept whole at the first visit;
a larger one keeps its shell (every file but the pages, plus the home and 404 pages) and each
page as it is opened. ``version`` is a digest of every file listed and of what the search index
is made from, so a new deployment installs a new worker and an unchanged one does not.
Downloads, source maps, search languages other than English and the build report are never
kept (`SKIPPED`).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping

from . import paths

#: Bytes of pages and assets up to which the whole guide is kept at the first visit.
BUDGET = 10_000_000
MANIFEST = "manifest.webmanifest"
PRECACHE = "precache.js"
WORKER = "sw.js"
#: Files never kept on the device: downloads (Anki, CSV; a subject's too), source maps, lunr's
#: languages (an English guide loads none), the sitemap, the build report, the worker's files.
SKIPPED = re.compile(
    rf"""
    (?:^|/){re.escape(paths.EXPORTS_DIR)}
  | \.map$
  | ^assets/javascripts/lunr/
  | ^sitemap\.xml(\.gz)?$
  | ^build-report\.json$
  | ^(precache\.js|sw\.js)$
    """,
    re.VERBOSE,
)
#: The search index: written after this list, so listed by name and versioned by its inputs.
SEARCH_INDEX = "search/search_index.json"


def web_manifest(name: str, description: str, theme_colour: str, icon: str) -> str:
    """The web app manifest (``manifest.webmanifest`` at the guide's root), as JSON."""
    data = {
        "name": name,
        "short_name": name,  # a launcher shortens it as it needs
        "description": description,
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": theme_colour,
        "icons": [{"src": icon, "sizes": "any", "type": _icon_type(icon), "purpose": "any"}],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _icon_type(path: str) -> str:
    suffix = path.rsplit(".", 1)[-1].lower()
    return {"svg": "image/svg+xml", "png": "image/png", "webp": "image/webp"}.get(
        suffix, "image/x-icon"
    )


def _url(path: str) -> str:
    """The URL a file is served at, relative to the guide's root (``glossary/index.html`` ->
    ``glossary/``): a navigation asks for the folder."""
    if path == "index.html":
        return "./"
    return path.removesuffix("index.html")


def fingerprint(data: bytes) -> tuple[int, bytes]:
    """A file's size and SHA-256 digest: all `precache_script` needs of it."""
    return len(data), hashlib.sha256(data).digest()


def precache_script(
    files: Mapping[str, tuple[int, bytes]], index_inputs: str, budget: int = BUDGET
) -> str:
    """``precache.js`` for the site's ``files`` (path from the site root -> `fingerprint`).

    ``index_inputs`` is what the search index is built from besides the pages (the search
    plugin's settings): part of the version, as the index itself is written later.
    """
    kept = {path: seen for path, seen in sorted(files.items()) if not SKIPPED.search(path)}
    whole = sum(size for size, _ in kept.values()) <= budget
    listed = [
        path
        for path in kept
        if whole or not path.endswith(".html") or path in ("index.html", "404.html")
    ]
    digest = hashlib.sha256(index_inputs.encode())
    for path in listed:
        digest.update(path.encode() + b"\0" + kept[path][1])
    urls = [_url(path) for path in listed] + [SEARCH_INDEX]
    data = {"version": digest.hexdigest()[:16], "whole": whole, "files": sorted(set(urls))}
    return f"self.REVGUIDE_PRECACHE = {json.dumps(data, ensure_ascii=False)};\n"
