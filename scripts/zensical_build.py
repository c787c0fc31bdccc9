"""Build the guide with Zensical from the same sources: ``make zensical``.

Zensical reads mkdocs.yml but silently ignores ``hooks:``, so the generated pages would be
missing. This writes a complete docs folder with ``revguide emit`` (the code path the MkDocs
hook uses), derives a config without hooks, with the navigation the hook gives MkDocs
(`revguide.nav`) unless mkdocs.yml has a ``nav:`` of its own, and runs ``zensical build``::

    build/zensical/mkdocs.yml      mkdocs.yml with hooks/watch removed, paths adjusted, nav added
    build/zensical/docs/           docs/ + generated pages + build-report.json
    build/zensical/site/           the built site

Usage: ``python scripts/zensical_build.py [ZENSICAL] [BUILD_DIR]``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from revguide.emit import emit
from revguide.nav import build_nav, nav_config
from revguide.site import Site, build_site
from revguide.sourcedates import epoch_from

ROOT = Path(__file__).resolve().parent.parent

BUILD = ROOT / "build" / "zensical"
DROPPED = ("hooks", "watch", "INHERIT")
#: What MkDocs reads as a page (`mkdocs.utils.markdown_extensions`).
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkdn", ".mkd"})


class _EnvLoader(yaml.SafeLoader):
    """mkdocs.yml's ``!ENV [NAME, default]``: the variable when set, else the default."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> object:
    values = (
        loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [node.value]
    )
    name, *default = values
    return os.environ.get(str(name), default[0] if default else None)


_EnvLoader.add_constructor("!ENV", _env)


def config(project: Path = ROOT) -> dict[str, Any]:
    """The project's mkdocs.yml for Zensical: no hooks, theme overrides referenced from it."""
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.load(text, Loader=_EnvLoader)
    for key in DROPPED:
        data.pop(key, None)
    data["docs_dir"] = "docs"
    data["site_dir"] = "site"
    data["theme"]["custom_dir"] = str(project / "overrides")
    return data


def documents(docs: Path) -> list[str]:
    """Docs paths of the hand-written pages in ``docs``, as MkDocs finds them: Markdown files,
    none in a hidden file or folder (MkDocs' default ``exclude_docs``) or in ``templates/``."""
    found = (path.relative_to(docs) for path in docs.rglob("*") if path.is_file())
    return sorted(
        path.as_posix()
        for path in found
        if path.suffix.lower() in MARKDOWN_SUFFIXES
        and not any(part.startswith(".") for part in path.parts)
        and path.parts[0] != "templates"
    )


def with_nav(settings: dict[str, Any], site: Site, docs: Path) -> dict[str, Any]:
    """``settings`` with the navigation the MkDocs hook sets, unless they have their own."""
    if settings.get("nav") is not None:
        return settings
    pages = [*documents(docs), *(page.path for page in site.pages)]
    return {**settings, "nav": nav_config(build_nav(site, pages))}


def main() -> int:
    # Zensical runs in the build folder, so a path given relative to here must be resolved.
    given = sys.argv[1] if len(sys.argv) > 1 else "zensical"
    zensical = Path(given).resolve() if "/" in given else Path(shutil.which(given) or given)
    build = Path(sys.argv[2]).resolve() if len(sys.argv) > 2 else BUILD
    settings = config()
    # The same deck name, addresses and dates as the MkDocs build: Anki matches notes by them.
    site = build_site(
        ROOT / "content_src",
        ROOT,
        title=str(settings["site_name"]),
        site_url=str(settings.get("site_url") or ""),
        epoch=epoch_from(os.environ),
    )
    errors = [str(d) for d in site.diagnostics if d.severity == "error"]
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    build.mkdir(parents=True, exist_ok=True)
    done = emit(site, build / "docs", ROOT / "docs")
    report = json.dumps(site.report, indent=2, ensure_ascii=False) + "\n"
    (build / "docs" / "build-report.json").write_text(report, encoding="utf-8")
    settings = with_nav(settings, site, ROOT / "docs")
    (build / "mkdocs.yml").write_text(
        yaml.safe_dump(settings, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    shutil.rmtree(build / "site", ignore_errors=True)
    print(f"emitted {len(done.written)} changed files into {build / 'docs'}")
    return subprocess.run([str(zensical), "build"], cwd=build, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
