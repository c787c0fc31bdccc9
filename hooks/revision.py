"""MkDocs adapter for revguide: the only module that imports mkdocs.

Runs the pipeline once per build, adds every generated page as a virtual file (never written
into docs/), points each page's edit link at its source in content_src/, turns pipeline errors
into PluginError and warnings into MkDocs warnings (so ``--strict`` fails on them), and writes
``site/build-report.json``.

Under ``mkdocs serve`` errors are logged instead of raised: MkDocs would print a traceback and
stop reloading, while an editor needs the ``file:line`` message and a server that keeps going.

``mkdocs serve --dirty`` (``make serve``) rebuilds only what an edit changed, with output equal to
a full build: the pipeline reuses unchanged sources (`revguide.cache`), MkDocs rebuilds only
changed pages (`revision_rebuilds`).
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import urllib.parse
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import material  # type: ignore[import-untyped]
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from revguide.cache import Memo
from revguide.nav import build_nav, nav_config
from revguide.palette import header_colour, palette_problems
from revguide.progress import Phases, RenderCount
from revguide.report import dumps
from revguide.site import Site, SiteMemos, build_site
from revguide.sourcedates import epoch_from
from revguide.webapp import MANIFEST, PRECACHE, fingerprint, precache_script, web_manifest
from revision_rebuilds import Rebuilds

log = logging.getLogger("mkdocs.plugins.revision")

CONTENT_DIR = "content_src"
REPORT_FILE = "build-report.json"
PRIMARY_NAV = '<nav class="md-nav md-nav--primary"'
NAV_TAG = re.compile(r"<nav\b|</nav>")
NEWLINE_INDENT = re.compile(r"\n\s+")

#: ``config.extra`` key of the diagnostics the preview shows on every page (overrides/main.html).
DIAGNOSTICS = "revguide_diagnostics"
MAX_SHOWN = 20


@dataclass
class HookState:
    """What the hook keeps between its events, and between the builds of one ``mkdocs serve``
    (MkDocs loads a hook once, as a module, and never reloads it: one instance, `STATE`)."""

    serving: bool = False
    """Whether this process runs ``mkdocs serve``: errors are then logged, not raised."""
    own_nav: bool = False
    """Whether mkdocs.yml has a ``nav:`` of its own (then the hook sets none)."""
    site: Site | None = None
    """The guide of the current build (from ``on_files`` on)."""
    rendering: RenderCount | None = None
    """The pages MkDocs has rendered in the current build (``on_env`` to ``on_post_build``)."""
    memos: SiteMemos = field(default_factory=SiteMemos)
    """The pipeline's results, reused by the next build of unchanged sources."""
    rebuilds: Rebuilds = field(default_factory=Rebuilds)
    """What the next dirty build must redo (`revision_rebuilds`)."""
    fingerprints: Memo[tuple[str, int, int], tuple[int, bytes]] = field(default_factory=Memo)
    """Fingerprints of the site's files for ``precache.js``, by path, mtime and size."""

    def built(self) -> Site:
        """The guide of the current build; only after ``on_files``."""
        assert self.site is not None, "on_files builds the guide before any page is read"
        return self.site


STATE = HookState()


def on_startup(command: str, dirty: bool) -> None:
    STATE.serving = command == "serve"
    STATE.rebuilds.dirty = dirty


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    STATE.own_nav = config.nav is not None
    for problem in _palette_problems(config):
        log.warning(f"{Path(config.config_file_path).name}: {problem}")
    return config


def _palette(config: MkDocsConfig) -> tuple[list[dict[str, Any]], str]:
    """The theme's palette entries and Material's palette stylesheet (``""`` if not found)."""
    palette = config.theme.get("palette") or []
    entries = [palette] if isinstance(palette, dict) else list(palette)
    sheets = sorted(
        Path(material.__file__).parent.glob("templates/assets/stylesheets/palette.*.min.css")
    )
    return entries, sheets[-1].read_text(encoding="utf-8") if sheets else ""


def _palette_problems(config: MkDocsConfig) -> list[str]:
    """Contrast problems of the theme's palette, judged by Material's own palette stylesheet."""
    entries, css = _palette(config)
    return palette_problems(entries, css) if entries and css else []


def _manifest(config: MkDocsConfig) -> str:
    """The web app manifest: the guide's name, its header colour, its favicon as the icon."""
    entries, css = _palette(config)
    colour = header_colour(entries, css) or "#ffffff"
    icon = config.theme.get("favicon") or "assets/images/favicon.png"
    return web_manifest(config.site_name, config.site_description or "", colour, icon)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    root = Path(config.config_file_path).resolve().parent
    site = build_site(
        root / CONTENT_DIR,
        root,
        config.use_directory_urls,
        config.site_name,
        _published_url(config),
        epoch_from(os.environ),  # caps the Anki notes' dates (reproducible-builds convention)
        STATE.memos,
        Phases(lambda line: log.info(f"revision: {line}")),
    )
    STATE.memos.sweep()
    for diagnostic in site.diagnostics:
        if diagnostic.severity == "warning":
            log.warning(str(diagnostic))
        elif diagnostic.severity == "note":
            log.info(f"revision: {diagnostic}")  # a draft: for the editor, never fails --strict
    errors = [str(d) for d in site.diagnostics if d.severity == "error"]
    if errors and not STATE.serving:
        raise PluginError("revguide: cannot build the guide:\n" + "\n".join(errors))
    for error in errors:
        log.error(error)
    if STATE.serving:
        # overrides/main.html shows them on every page while previewing, most severe first.
        # A note (a draft subtopic) is not a problem: the terminal shows it, the banner does not.
        problems = [d for d in site.diagnostics if d.severity != "note"]
        shown = sorted(problems, key=lambda d: d.severity != "error")
        config.extra[DIAGNOSTICS] = [
            {"severity": d.severity, "text": str(d)} for d in shown[:MAX_SHOWN]
        ]
        config.extra[DIAGNOSTICS + "_more"] = max(0, len(shown) - MAX_SHOWN)
    STATE.site = site
    docs_dir = Path(config.docs_dir).resolve()
    for page in site.pages:
        file = STATE.rebuilds.file(config, page.path, page.content)
        if page.sources:
            source = Path(os.path.relpath(root / page.sources[0], docs_dir)).as_posix()
            file.edit_uri = urllib.parse.quote(source)  # a '"' in a file name would end the href
        files.append(file)
    for asset in site.assets:
        files.append(STATE.rebuilds.file(config, asset.path, asset.content))
    files.append(STATE.rebuilds.file(config, MANIFEST, _manifest(config)))
    if not STATE.own_nav:
        documents = (f.src_uri for f in files.documentation_pages())
        config.nav = nav_config(build_nav(site, documents))
    STATE.rebuilds.plan(files, config, sys.modules[__name__], _hook_markdown)
    return files


def _published_url(config: MkDocsConfig) -> str | None:
    """``site_url``, or None for an edition opened from files (Material's offline plugin): its
    exports then link pages by paths from the site's root, as the pages themselves do."""
    offline = config.plugins.get("material/offline")
    if offline is not None and getattr(offline, "config", {}).get("enabled", True):
        return None
    return config.site_url


def on_page_markdown(markdown: str, page: Page, **_: Any) -> str:
    return _hook_markdown(page.file.src_uri, markdown)


def _hook_markdown(src_uri: str, markdown: str) -> str:
    """What this hook makes of a hand-written page: the home page gets the subtopic listing."""
    if src_uri == "index.md":
        return STATE.built().fill_home(markdown)
    return markdown


@event_priority(110)  # before the tags plugin exports (100)
def on_env(env: Any, config: MkDocsConfig, files: Files) -> Any:
    STATE.rebuilds.complete_tags(config, files)
    # MkDocs renders the pages next, with nothing to say: count them (on_post_page).
    STATE.rendering = RenderCount(lambda line: log.info(f"revision: {line}"))
    return env


def on_post_page(output: str, **_: Any) -> str:
    """The page with the indentation of Material's primary navigation removed.

    The nav templates indent every line: at 1,000 subtopics that is 15 KB of a 60 KB page.
    A newline is as much white space to HTML as a newline and spaces, so nothing else changes.
    Every few seconds, the number of pages rendered so far is logged (`RenderCount`).
    """
    if STATE.rendering is not None:
        STATE.rendering.page()
    start = output.find(PRIMARY_NAV)
    if start < 0:
        return output
    depth = 0
    for tag in NAV_TAG.finditer(output, start):
        depth += -1 if tag.group() == "</nav>" else 1
        if depth == 0:
            end = tag.end()
            return output[:start] + NEWLINE_INDENT.sub("\n", output[start:end]) + output[end:]
    return output


@event_priority(50)  # before the search plugin writes its index (0)
def on_post_build(config: MkDocsConfig) -> None:
    if STATE.rendering is not None:
        STATE.rendering.done()
        STATE.rendering = None
    STATE.rebuilds.finish(config)
    report = dumps(STATE.built().report)
    Path(config.site_dir, REPORT_FILE).write_text(report, encoding="utf-8")
    _write_precache(config)


def _fingerprint(path: Path) -> tuple[int, bytes]:
    return fingerprint(path.read_bytes())


def _write_precache(config: MkDocsConfig) -> None:
    """``precache.js`` for the service worker (`revguide.webapp`): every file of the site as
    written so far; the search index, written next, versioned by the search settings."""
    site_dir = Path(config.site_dir)
    files = {}
    for path in sorted(site_dir.rglob("*")):
        if not path.is_file() or path.is_relative_to(site_dir / "search"):
            continue
        stat = path.stat()
        # A file unchanged since the last build of this process is not read again: a dirty
        # rebuild under `mkdocs serve` reads only what it wrote.
        files[path.relative_to(site_dir).as_posix()] = STATE.fingerprints.get(
            (str(path), stat.st_mtime_ns, stat.st_size), partial(_fingerprint, path)
        )
    STATE.fingerprints.sweep()
    search = config.plugins.get("material/search") or config.plugins.get("search")
    settings = json.dumps(dict(search.config) if search else {}, sort_keys=True, default=str)
    script = precache_script(files, settings)
    (site_dir / PRECACHE).write_text(script, encoding="utf-8")
