"""The offline zip works from file:// with navigation and search, with the network blocked."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def offline_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("offline")
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            "mkdocs.offline.yml",
            "-d",
            str(work / "site"),
        ],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stderr
    archive = work / "guide.zip"
    subprocess.run(
        [sys.executable, "scripts/offline_zip.py", str(work / "site"), str(archive)],
        cwd=ROOT,
        check=True,
    )
    with zipfile.ZipFile(archive) as opened:
        opened.extractall(work / "unzipped")
    return work / "unzipped" / "revision-guide" / "index.html"


def test_offline_zip_is_deterministic(offline_index: Path, tmp_path: Path) -> None:
    site = offline_index.parent.parent.parent / "site"
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    for target in (first, second):
        subprocess.run(
            [sys.executable, "scripts/offline_zip.py", str(site), str(target)], cwd=ROOT, check=True
        )
    assert first.read_bytes() == second.read_bytes()


def test_offline_site_navigates_and_searches_with_the_network_blocked(
    browser: Any, offline_index: Path
) -> None:
    context = browser.new_context()
    blocked: list[str] = []

    def block(route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    context.route("**/*", block)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(offline_index.as_uri())
    page.get_by_role("link", name="Glossary").first.click()
    page.wait_for_url("**/glossary.html")
    assert "Customer Relationship Management" in page.inner_text("article")
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").press_sequentially("trust equation", delay=50)
    first = page.locator(".md-search-result__item").first
    first.wait_for(timeout=30_000)
    assert "Trust" in first.inner_text()
    assert blocked == []
    assert errors == []
    context.close()


def test_offline_models_page_has_its_diagrams_drawn(browser: Any, offline_index: Path) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto((offline_index.parent / "models.html").as_uri())
    page.locator("details.rg-model > summary").first.click()
    drawing = page.locator("figure.rg-diagram svg").first
    assert drawing.is_visible()
    assert "Pre-relationship" in drawing.locator("text").all_text_contents()
    assert page.locator("figure.rg-diagram svg").count() == 9
    context.close()
