"""The built site in a real browser: pages load, tooltips show definitions, no outside requests."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser


def test_subtopic_page_loads_and_the_tooltip_shows_the_definition(page, site_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(site_url + "subtopics/customer-needs-and-relationship-management/")
    assert page.title().startswith("Customer Needs and Relationship Management")
    link = page.locator("article dt a[href*='glossary/#']").first
    link.hover()
    tooltip = page.get_by_role("tooltip")  # definitions.js (tests/test_definitions_browser.py)
    tooltip.wait_for(timeout=5000)
    assert len(tooltip.inner_text()) > 20
    own = urlsplit(site_url).netloc
    assert [u for u in page.recorder.requests if urlsplit(u).netloc not in (own, "")] == []
    assert page.recorder.errors == []
