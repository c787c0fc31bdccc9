"""The offline zip works from file:// with navigation and search, with the network blocked."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from browser_fixtures import PHONE
from conftest import ROOT

sync_api = pytest.importorskip("playwright.sync_api")
expect = sync_api.expect
SLUG = "build-and-maintain-sales-relationships"
#: Our keys in localStorage (Material keeps its own, such as the palette, under the folder path).
OUR_KEYS = "() => Object.keys(localStorage).filter(key => key.startsWith('revguide:'))"
DECK_SIZE = "(slug) => window.revguidePractice.subtopics.find(s => s.slug === slug).cards.length"

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
    context, _, blocked = _offline_context(browser, phone=False)
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


def test_offline_exports_link_pages_inside_the_edition(offline_index: Path) -> None:
    """No site address in the edition opened from files: paths from its root, to its files."""
    site = offline_index.parent
    cards = json.loads((site / "practice/exports/revision-guide-cards.json").read_text("utf-8"))
    for card in cards["cards"]:
        page, _, anchor = card["link"].partition("#")
        assert "://" not in page
        assert page.endswith(".html")
        html = (site / page).read_text(encoding="utf-8")
        assert not anchor or f'id="{anchor}"' in html, card["link"]


def _offline_context(browser: Any, phone: bool = True) -> tuple[Any, list[str], list[str]]:
    """A context (a phone's, or a desktop's) that records every request and blocks any not to
    the file system."""
    context = browser.new_context(**(PHONE if phone else {}))
    requests: list[str] = []
    blocked: list[str] = []

    def route(route: Any) -> None:
        requests.append(route.request.url)
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    return context, requests, blocked


def test_offline_practice_works_from_the_file_system_and_survives_moving_the_folder(
    browser: Any, offline_index: Path, tmp_path: Path
) -> None:
    context, requests, blocked = _offline_context(browser)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    deck = offline_index.parent / "practice" / "flashcards" / (SLUG + ".html")
    page.goto(deck.as_uri())
    expect(page.locator(".rg-card__front")).not_to_be_empty()
    expect(page.locator(".rg-app__waiting")).to_have_count(0)  # the data loaded
    count = page.evaluate(DECK_SIZE, SLUG)
    page.get_by_role("button", name="Show answer").tap()
    page.locator(".rg-grade").last.tap()  # Easy: into review, due in days
    expect(page.locator(".rg-deck__summary")).to_contain_text(f"{count - 1} not yet studied")
    saved = page.evaluate(OUR_KEYS)
    assert saved == ["revguide:Sales Relationships Revision Guide"]  # no folder path in it

    # The learner moves (or re-unzips) the guide elsewhere: progress is still there.
    moved = tmp_path / "somewhere else" / "revision-guide"
    shutil.copytree(offline_index.parent, moved)
    page.goto((moved / "practice" / "progress.html").as_uri())
    row = page.locator(f'[data-rg-subtopic="{SLUG}"]')
    expect(row).to_contain_text("Flashcards due today")
    cards = int(row.locator("a").nth(1).inner_text().split(" of ")[1])
    expect(row.locator("a").nth(1)).to_have_text(f"{cards - 1} of {cards}")
    # Quizzes and ratings work there too.
    page.goto((moved / "practice" / "quiz" / (SLUG + ".html")).as_uri())
    expect(page.locator(".rg-question").first).to_be_visible()
    page.goto((moved / "subtopics" / (SLUG + ".html")).as_uri())
    page.locator("li[data-rg-outcome]").first.get_by_label("Green").check()
    page.reload()
    expect(page.locator("li[data-rg-outcome]").first.get_by_label("Green")).to_be_checked()
    assert all(url.startswith("file://") for url in requests), requests
    assert blocked == []
    assert errors == []
    context.close()


def test_offline_progress_under_the_old_folder_key_is_migrated(
    browser: Any, offline_index: Path
) -> None:
    """Before, progress was stored under the folder's path, in Leitner boxes: it is kept."""
    context, _, blocked = _offline_context(browser)
    page = context.new_page()
    deck = offline_index.parent / "practice" / "flashcards" / (SLUG + ".html")
    page.goto(deck.as_uri())
    card = page.evaluate("() => Object.keys(window.revguidePractice.cards)[0]")
    old_key = "revguide:" + offline_index.parent.as_uri().removeprefix("file://") + "/"
    old = {"version": 1, "cards": {card: {"box": 3, "due": "2099-01-31"}}, "outcomes": {}}
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [old_key, json.dumps(old)])
    page.reload()
    count = page.evaluate(DECK_SIZE, SLUG)
    summary = page.locator(".rg-deck__summary")
    expect(summary).to_contain_text(f"{count - 1} due today, {count - 1} not yet studied")
    assert page.evaluate(OUR_KEYS) == ["revguide:Sales Relationships Revision Guide"]
    stored = page.evaluate("() => ({...localStorage})")
    migrated = json.loads(stored["revguide:Sales Relationships Revision Guide"])["cards"][card]
    assert migrated["state"] == 2  # review
    assert migrated["stability"] == 7  # box 3's interval
    due = page.evaluate("(due) => new Date(due).toDateString()", migrated["due"])
    assert due == "Sat Jan 31 2099"
    assert blocked == []
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
