"""Engine independence: the same sources build with Zensical (which ignores hooks) via emit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CONTENT, ROOT
from helpers import write
from revguide.emit import MANIFEST, emit
from revguide.site import build_site
from sitecheck import mount_path, read_html, resolve

pytestmark = pytest.mark.build


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
