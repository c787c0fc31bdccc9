"""The first screen of a subtopic on a 360 px touch phone: its title and the start of its text."""

from __future__ import annotations

from typing import Any

import pytest
from browser_fixtures import PHONE
from conftest import ROOT

pytestmark = pytest.mark.browser
SCREEN = PHONE["viewport"]["height"]  # type: ignore[index]
WIDTH = PHONE["viewport"]["width"]  # type: ignore[index]


def _subtopics(built_site: Any) -> list[str]:
    folder = built_site / "subtopics"
    return sorted(p.name for p in folder.iterdir() if (p / "index.html").exists())


def test_every_subtopic_opens_with_its_title_and_text(
    browser: Any, site_url: str, built_site: Any
) -> None:
    context = browser.new_context(**PHONE)
    page = context.new_page()
    slugs = _subtopics(built_site)
    assert len(slugs) == len(list((ROOT / "content_src").glob("*.txt"))) - 1  # two files are one
    chipped = 0
    for slug in slugs:
        page.goto(f"{site_url}subtopics/{slug}/")
        title = page.locator("article h1").bounding_box()
        text = page.locator("article h1 ~ p").first.bounding_box()
        assert title["y"] < SCREEN * 0.25, (slug, title)  # was 44 % down, under six chips
        assert text["y"] + 40 < SCREEN, (slug, text)  # at least two lines of text show
        chips = page.locator("article .md-tag")
        if not chips.count():
            continue
        chipped += 1
        tags = page.locator("article .md-tags").bounding_box()
        assert tags["height"] < 40, (slug, tags)  # one row
        # Every tag can still be reached: the row scrolls as Tab moves along it, and a focused
        # chip is never hidden (WCAG 2.4.11); each is a 24 px target narrower than the screen.
        chips.first.focus()
        for i in range(chips.count()):
            box = chips.nth(i).bounding_box()
            assert page.evaluate("() => document.activeElement.classList.contains('md-tag')")
            assert box["height"] >= 24
            assert box["width"] <= WIDTH * 0.8
            assert box["x"] < WIDTH - 24
            assert box["x"] + box["width"] > 24
            page.keyboard.press("Tab")
    assert chipped >= 1
    context.close()
