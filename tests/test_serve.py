"""Live preview: a real ``mkdocs serve --livereload`` on 127.0.0.1 follows edits in content_src/."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import ROOT
from serving import free_port, get, until
from sitecheck import mkdocs_build, mount_path

pytestmark = pytest.mark.build
TIMEOUT = 90.0


def _until(check: Callable[[], bool], what: str) -> None:
    until(check, what, TIMEOUT, interval=0.5)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path, Path]]:
    project = tmp_path / "project"
    for folder in ("docs", "overrides", "hooks", "content_src"):
        shutil.copytree(
            ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}"],
            cwd=project,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    mount = mount_path(ROOT / "mkdocs.yml")
    base = f"http://127.0.0.1:{port}{mount}"  # serve mounts the site at site_url's path
    try:
        _until(lambda: get(base)[0] == 200, "the server to start")
        yield base, project, log
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_serve_follows_added_changed_broken_and_deleted_sources(
    server: tuple[str, Path, Path],
) -> None:
    base, project, log = server
    page = base + "subtopics/customer-needs-and-relationship-management/"
    status, html = get(page)
    assert status == 200
    assert "livereload" in html  # the page reloads itself in the browser

    source = project / "content_src" / "003_ac908e8e85ca6e0e.txt"
    source.write_text(
        source.read_text() + "\n- Award credit for a brand-new marking point.", encoding="utf-8"
    )
    _until(lambda: "brand-new marking point" in get(page)[1], "the changed page")

    (project / "content_src" / "extra.md").write_text(
        "---\ntitle: Added While Serving\n---\n## Synopsis\n\nWritten during preview.\n",
        encoding="utf-8",
    )
    _until(lambda: get(base + "subtopics/added-while-serving/")[0] == 200, "the added page")

    models = project / "content_src" / "models.yml"
    good = models.read_text(encoding="utf-8")
    models.write_text(good + "- name: [broken\n", encoding="utf-8")
    _until(lambda: "content_src/models.yml:" in log.read_text(), "the error message")
    assert "Traceback" not in log.read_text()
    assert get(page)[0] == 200  # still serving

    models.write_text(good, encoding="utf-8")
    (project / "content_src" / "extra.md").unlink()
    _until(lambda: get(base + "subtopics/added-while-serving/")[0] == 404, "the deleted page to go")
    assert "brand-new marking point" in get(page)[1]


@pytest.mark.browser
def test_preview_shows_problems_on_the_page_and_keeps_the_last_good_state(
    server: tuple[str, Path, Path], browser: object
) -> None:
    """An editor breaks metadata.yml while previewing: the open page keeps its address and
    content (the last good metadata), every page shows the problem as an alert, and the alert
    goes when the file is fixed. (A build never shows it: tests/test_site.py.)"""
    base, project, _ = server
    page_url = base + "subtopics/customer-needs-and-relationship-management/"
    metadata = project / "content_src" / "metadata.yml"
    good = metadata.read_text(encoding="utf-8")
    metadata.write_text(good + "\n  title: [unclosed\n", encoding="utf-8")
    _until(lambda: "rg-problems" in get(page_url)[1], "the problem banner")
    _settle(base)
    context = browser.new_context(viewport={"width": 360, "height": 740})  # type: ignore[attr-defined]
    tab = context.new_page()
    response = tab.goto(page_url)
    assert response.status == 200
    alert = tab.get_by_role("alert")
    expect = pytest.importorskip("playwright.sync_api").expect
    expect(alert).to_contain_text("content_src/metadata.yml:")
    expect(alert).to_contain_text("invalid YAML")
    expect(alert).to_contain_text("last good version")
    expect(tab.locator("h1")).to_contain_text("Customer Needs and Relationship Management")
    tab.goto(base + "glossary/")
    expect(tab.get_by_role("alert")).to_contain_text("content_src/metadata.yml:")
    # Dismissed, it stays away on the next page until the problems change.
    tab.locator(".md-banner__button").click()
    expect(tab.get_by_role("alert")).to_be_hidden()
    tab.goto(page_url)
    expect(tab.get_by_role("alert")).to_be_hidden()

    metadata.write_text(good, encoding="utf-8")
    _until(lambda: "rg-problems" not in get(page_url)[1], "the banner to go")
    _settle(base)
    tab.goto(page_url)
    assert tab.get_by_role("alert").count() == 0
    context.close()


def _settle(base: str) -> None:
    """Past the watcher's interval, with no rebuild running: a page load is not cut short by
    a reload."""
    time.sleep(1.5)
    _until(lambda: get(base)[0] == 200, "the server")


def test_build_logs_each_phase(tmp_path: Path) -> None:
    """A normal build says what the hook is doing, phase by phase, with counts and seconds."""
    result = mkdocs_build(ROOT, tmp_path / "site", strict=False)
    assert result.returncode == 0, result.stderr
    phases = [
        line.split("revision: ", 1)[1]
        for line in result.stderr.splitlines()
        if line.startswith("INFO") and "revision: " in line
    ]
    names = [line.split(":", 1)[0] for line in phases]
    assert names == [
        "read and parse",
        "deduplicate",
        "glossary and lint",
        "practice",
        "render",
        "exports",
        "render pages",
    ]
    assert phases[0].startswith("read and parse: 5 sources (")
    assert phases[1].startswith("deduplicate: 4 subtopics, ")
    assert all(line.endswith(" s)") for line in phases)
