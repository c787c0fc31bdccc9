"""Several subjects in a real browser, on a 360 px touch phone: a tapped term shows its own
subject's definition, and each subject's deck holds and schedules its own cards."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_fixtures import MOUNT, serving
from helpers import practice_data
from sitecheck import mkdocs_build
from test_subjects import MEANINGS, NAMES, ROOT, _content

sync_api = pytest.importorskip("playwright.sync_api")
expect = sync_api.expect

pytestmark = pytest.mark.browser

KEY = "revguide:Sales Relationships Revision Guide"  # the site_name of mkdocs.yml


@pytest.fixture(scope="module")
def subjects_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("subjects-browser")
    for name in ("docs", "overrides", "hooks"):
        ignore = shutil.ignore_patterns("__pycache__")
        shutil.copytree(ROOT / name, project / name, ignore=ignore)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    _content(project / "content_src")
    site = project / "served" / MOUNT.strip("/")
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="module")
def url(subjects_site: Path) -> Iterator[str]:
    with serving(subjects_site) as address:
        yield address


@pytest.mark.parametrize("subject", ["sales", "geography"])
def test_a_tapped_term_shows_its_own_subjects_definition(
    phone: Any, url: str, subject: str
) -> None:
    phone.goto(url + f"{subject}/subtopics/unit-1-overview/")
    link = phone.locator('article a[data-rg-ref="term:solution"]').first
    link.scroll_into_view_if_needed()
    link.tap()
    dialog = phone.get_by_role("dialog", name="Solution")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text(MEANINGS[subject]["Solution"])
    for other in NAMES:
        if other != subject:
            expect(dialog).not_to_contain_text(MEANINGS[other]["Solution"])
    dialog.get_by_role("link", name="Open in glossary").tap()
    phone.wait_for_url(f"**/{subject}/glossary/#solution")
    assert phone.recorder.errors == []


def test_each_subject_deck_schedules_its_own_cards(
    phone: Any, url: str, subjects_site: Path
) -> None:
    data = practice_data((subjects_site / "practice" / "data.js").read_text("utf-8"))
    own = {
        slug: {c for s in data["subtopics"] if s["slug"].startswith(f"{slug}/") for c in s["cards"]}
        for slug in NAMES
    }
    phone.goto(url + "geography/practice/flashcards/")
    summary = phone.locator(".rg-deck__summary")
    expect(summary).to_contain_text(f"{len(own['geography'])} due today")
    front = phone.locator(".rg-card__front").inner_text()
    phone.get_by_role("button", name="Show answer").tap()
    phone.locator(".rg-grade").filter(has_text="Easy").tap()
    text = phone.evaluate("(key) => localStorage.getItem(key)", KEY)
    graded = set(json.loads(text)["cards"])
    assert len(graded) == 1
    assert graded <= own["geography"]
    assert data["cards"][next(iter(graded))]["front"] == front
    # Sales' deck is untouched: its "Solution" card is another card, with its own schedule.
    phone.goto(url + "sales/practice/flashcards/")
    expect(phone.locator(".rg-deck__summary")).to_contain_text(f"{len(own['sales'])} due today")
    # The whole guide's deck holds every subject's cards.
    phone.goto(url + "practice/flashcards/")
    total = len(data["cards"]) - 1
    expect(phone.locator(".rg-deck__summary")).to_contain_text(f"{total} due today")
    assert phone.recorder.errors == []
