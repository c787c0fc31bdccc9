"""Engine independence: the same sources build with Zensical (which ignores hooks) via emit,
with the navigation the MkDocs hook gives MkDocs (`revguide.nav`)."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from conftest import CONTENT, ROOT
from helpers import write
from revguide.emit import MANIFEST, emit
from revguide.site import build_site
from sitecheck import mount_path, read_html, resolve

pytestmark = pytest.mark.build

#: The nav MkDocs builds with, printed as JSON: the hook's events as a build runs them.
MKDOCS_NAV = """
import json
from mkdocs.config import load_config
from mkdocs.structure.files import get_files
config = load_config("mkdocs.yml")
config.plugins.on_startup(command="build", dirty=False)
config = config.plugins.on_config(config)
files = config.plugins.on_files(get_files(config), config=config)
print("NAV " + json.dumps(config.nav))
"""


#: A link from Zensical's navigation to a page of the site.
NAV_HREF = re.compile(r'href="(\./[^"#]+)"')


def _script(path: Path) -> ModuleType:
    """A script (not a package module) imported from its file."""
    name = f"script_{path.stem}"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # its dataclasses look their module up
        spec.loader.exec_module(module)
    return sys.modules[name]


def _mkdocs_nav(project: Path) -> Any:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-c", MKDOCS_NAV],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.rsplit("NAV ", 1)[1])


def _project(folder: Path, nav: str = "") -> Path:
    """A copy of this project's site (no sources yet) in ``folder``; ``nav``: a ``nav:``
    block added to its mkdocs.yml."""
    for name in ("docs", "overrides", "hooks"):
        shutil.copytree(ROOT / name, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (folder / "mkdocs.yml").write_text(text + nav, encoding="utf-8")
    return folder


def test_emit_writes_every_generated_file_and_only_changes(tmp_path: Path) -> None:
    content = tmp_path / "content_src"
    write(content, "x.md", "---\ntitle: One\n---\n## Synopsis\n\nText one.\n")
    write(content, "y.md", "---\ntitle: Two\n---\n## Synopsis\n\nText two.\n")
    out = tmp_path / "out"
    first = emit(build_site(content, tmp_path), out)
    assert "subtopics/one.md" in first.written
    assert first.unchanged == ()
    again = emit(build_site(content, tmp_path), out)
    assert again.written == ()
    (content / "y.md").unlink()
    write(content, "x.md", "---\ntitle: One\n---\n## Synopsis\n\nText one, changed.\n")
    third = emit(build_site(content, tmp_path), out)
    assert "subtopics/one.md" in third.written
    assert third.removed == ("subtopics/two.md",)
    assert not (out / "subtopics" / "two.md").exists()
    assert "subtopics/two.md" not in (out / MANIFEST).read_text()


def test_emitted_pages_are_the_pages_the_hook_adds() -> None:
    site = build_site(CONTENT, ROOT)
    assert {p.path for p in site.pages} >= {"glossary.md", "models.md", "marking-points/index.md"}


def _pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("index.html")} | {"404.html"}


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    zensical = os.environ.get("REVGUIDE_ZENSICAL") or str(
        ROOT / ".venv-zensical" / "bin" / "zensical"
    )
    assert Path(zensical).exists(), "make test installs Zensical into .venv-zensical"
    build = tmp_path_factory.mktemp("zensical")
    result = subprocess.run(
        [sys.executable, "scripts/zensical_build.py", zensical, str(build)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return build / "site"


def test_zensical_builds_the_same_pages_as_mkdocs(zensical_site: Path, built_site: Path) -> None:
    assert _pages(zensical_site) == _pages(built_site)


def test_zensical_glossary_links_resolve(zensical_site: Path) -> None:
    pages = {p: read_html(p) for p in zensical_site.rglob("*.html")}
    checked = 0
    for path, page in pages.items():
        for href, _ in page.links:
            target = resolve(zensical_site, path, href, mount_path(ROOT / "mkdocs.yml"))
            if target is None or "glossary" not in href:
                continue
            file, fragment = target
            assert file.exists(), f"{path} -> {href}"
            assert not fragment or fragment in pages[file].ids, f"{path} -> {href}"
            checked += 1
    assert checked > 20


def _titles(nav: list[Any]) -> list[str]:
    return [next(iter(entry)) if isinstance(entry, dict) else entry for entry in nav]


def test_zensical_gets_the_nav_mkdocs_builds_with(zensical_site: Path) -> None:
    derived = yaml.safe_load((zensical_site.parent / "mkdocs.yml").read_text(encoding="utf-8"))
    assert derived["nav"] == _mkdocs_nav(ROOT)
    assert _titles(derived["nav"]) == [
        "Sales Relationships Revision Guide",
        "Subtopics",
        "Glossary",
        "Models and frameworks",
        "Examiner marking points",
        "Print pack",
        "Practice",
        "accessibility.md",  # hand-written pages: titled by their heading, by path
        "how-to-use.md",
        "tags.md",
    ]
    # Zensical draws it, in its order (its own would be by file name: glossary after
    # accessibility); a section links its first page.
    home = (zensical_site / "index.html").read_text(encoding="utf-8")
    primary = home[home.index("md-nav--primary") : home.index("md-sidebar--secondary")]
    linked = [href.split("/")[1] for href in NAV_HREF.findall(primary)]
    assert linked == [
        "subtopics",
        "glossary",
        "models",
        "marking-points",
        "print",
        "practice",
        "accessibility",
        "how-to-use",
        "tags",
    ]


def test_a_large_guide_has_the_same_parts_in_both_navs(tmp_path: Path) -> None:
    project = _project(tmp_path / "project")
    generate = _script(ROOT / "bench" / "generate.py")
    generate.generate(project / "content_src", 120)
    zensical_build = _script(ROOT / "scripts" / "zensical_build.py")
    settings = zensical_build.config(project)
    site = build_site(project / "content_src", project, title=settings["site_name"])
    derived = zensical_build.with_nav(settings, site, project / "docs")["nav"]
    assert derived == _mkdocs_nav(project)
    sections = {next(iter(e)): next(iter(e.values())) for e in derived if isinstance(e, dict)}
    subtopics = sections["Subtopics"]
    assert [next(iter(group)) for group in subtopics] == ["1–50", "51–100", "101–120"]
    links = [path for group in subtopics for title in group.values() for path in title]
    assert [next(iter(link.values())) for link in links] == [
        p.path for p in site.pages if p.path.startswith("subtopics/")
    ]


def test_a_centres_own_nav_is_kept_by_both(tmp_path: Path) -> None:
    own = "\nnav:\n  - Home: index.md\n  - Help: how-to-use.md\n"
    project = _project(tmp_path / "project", own)
    write(project / "content_src", "a.txt", "Topic Synopsis\nOne route.\n")
    expected = [{"Home": "index.md"}, {"Help": "how-to-use.md"}]
    assert _mkdocs_nav(project) == expected
    zensical_build = _script(ROOT / "scripts" / "zensical_build.py")
    settings = zensical_build.config(project)
    site = build_site(project / "content_src", project)
    assert zensical_build.with_nav(settings, site, project / "docs")["nav"] == expected
