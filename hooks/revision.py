"""MkDocs adapter for revguide: the only module that imports mkdocs.

Runs the pipeline once per build, adds every generated page as a virtual file (never written
into docs/), points each page's edit link at its source in content_src/, turns pipeline errors
into PluginError and warnings into MkDocs warnings (so ``--strict`` fails on them), and writes
``site/build-report.json``.

Under ``mkdocs serve`` errors are logged instead of raised: MkDocs would print a traceback and
stop reloading, while an editor needs the ``file:line`` message and a server that keeps going.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from revguide.site import Site, build_site

log = logging.getLogger("mkdocs.plugins.revision")

CONTENT_DIR = "content_src"
HOME_MARKER = "<!-- revguide:subtopics -->"
REPORT_FILE = "build-report.json"

_state: dict[str, Any] = {}


def on_startup(command: str, dirty: bool) -> None:
    _state["serving"] = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _state["own_nav"] = config.nav is not None
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    root = Path(config.config_file_path).resolve().parent
    site = build_site(root / CONTENT_DIR, root)
    for diagnostic in site.diagnostics:
        if diagnostic.severity != "error":
            log.warning(str(diagnostic))
    errors = [str(d) for d in site.diagnostics if d.severity == "error"]
    if errors and not _state.get("serving"):
        raise PluginError("revguide: cannot build the guide:\n" + "\n".join(errors))
    for error in errors:
        log.error(error)
    _state["site"] = site
    docs_dir = Path(config.docs_dir).resolve()
    for page in site.pages:
        file = File.generated(config, page.path, content=page.content)
        if page.sources:
            file.edit_uri = Path(os.path.relpath(root / page.sources[0], docs_dir)).as_posix()
        files.append(file)
    if not _state["own_nav"]:
        config.nav = _navigation(site, files)
    return files


def _navigation(site: Site, files: Files) -> list[Any]:
    generated = {page.path for page in site.pages}
    subtopics = [{p.title: p.path} for p in site.pages if p.path.startswith("subtopics/")]
    others = sorted(
        f.src_uri
        for f in files.documentation_pages()
        if f.src_uri not in generated and f.src_uri != "index.md"
    )
    return [
        "index.md",
        {"Subtopics": subtopics},
        {"Glossary": "glossary.md"},
        {"Models and frameworks": "models.md"},
        {"Examiner marking points": "marking-points.md"},
        *others,
    ]


def on_page_markdown(markdown: str, page: Page, **_: Any) -> str:
    if page.file.src_uri == "index.md" and HOME_MARKER in markdown:
        site: Site = _state["site"]
        return markdown.replace(HOME_MARKER, site.home_listing)
    return markdown


def on_post_build(config: MkDocsConfig) -> None:
    site: Site = _state["site"]
    report = json.dumps(site.report, indent=2, ensure_ascii=False) + "\n"
    Path(config.site_dir, REPORT_FILE).write_text(report, encoding="utf-8")
