"""Definitions of linked terms in a real browser: a learner's steps on a 360 px touch phone
(tap, read, close, tap again to go), and on a desktop with a mouse and with the keyboard.

definitions.js shows the page's ``rg-refs`` data as text: tap opens a dialog at the foot of the
screen, hover and focus show it beside the link (WCAG 1.4.13: dismissible with Escape,
hoverable, persistent), and the whole definition is shown, not the first 160 characters.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sitecheck import HtmlPage, read_html
from test_quality_gates import _axe

sync_api = pytest.importorskip("playwright.sync_api")
expect = sync_api.expect

pytestmark = pytest.mark.browser

PAGE = "subtopics/customer-needs-and-relationship-management/"
CRM = 'a[data-rg-ref="term:customer-relationship-management"]'
PHONE = {
    "viewport": {"width": 360, "height": 740},
    "has_touch": True,
    "is_mobile": True,
    "device_scale_factor": 2,
}


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    context = browser.new_context(**PHONE)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors
    yield page
    context.close()


@pytest.fixture
def served(built_site: Any) -> HtmlPage:
    return read_html(built_site / PAGE / "index.html")


def expected_text(served: HtmlPage) -> list[str]:
    texts: list[str] = served.definitions["term:customer-relationship-management"]["text"]
    return texts


def test_tap_shows_the_whole_definition_without_leaving(
    phone: Any, site_url: str, served: HtmlPage
) -> None:
    phone.goto(site_url + PAGE)
    link = phone.locator(f"article {CRM}").first
    link.scroll_into_view_if_needed()
    link.tap()
    dialog = phone.get_by_role("dialog", name="Customer Relationship Management (CRM)")
    expect(dialog).to_be_visible()
    assert phone.url == site_url + PAGE  # still on the page
    for text in expected_text(served):
        expect(dialog).to_contain_text(text)  # whole, with its subtopic
    assert max(len(t) for t in expected_text(served)) > 160
    # On screen, inside the 360 px width, and focused so a screen reader reads it.
    box = dialog.bounding_box()
    assert box
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= 360
    assert box["y"] + box["height"] <= 740
    assert phone.evaluate("document.activeElement.id") == "rg-def"
    # Its controls are finger-sized (WCAG 2.5.8 asks 24 px).
    for name in ("Open in glossary", "Close"):
        control = dialog.get_by_role("link" if name.startswith("Open") else "button", name=name)
        size = control.bounding_box()
        assert size, name
        assert size["height"] >= 44, name
    assert _axe(phone) == []

    dialog.get_by_role("button", name="Close").tap()
    expect(dialog).to_be_hidden()
    assert (
        phone.evaluate("document.activeElement.dataset.rgRef")
        == "term:customer-relationship-management"
    )

    # A tap outside closes it too; a second tap on the same link follows it.
    link.tap()
    expect(dialog).to_be_visible()
    phone.locator("h1").tap()
    expect(dialog).to_be_hidden()
    link.evaluate("e => window.scrollBy(0, e.getBoundingClientRect().top - 120)")  # above it
    link.tap()
    expect(dialog).to_be_visible()
    link.tap()
    phone.wait_for_url("**/glossary/#customer-relationship-management")
    assert phone.errors == []


def test_open_in_glossary_leads_to_the_entry(phone: Any, site_url: str) -> None:
    phone.goto(site_url + PAGE)
    phone.locator(f"article {CRM}").first.tap()
    phone.get_by_role("link", name="Open in glossary").tap()
    phone.wait_for_url("**/glossary/#customer-relationship-management")


def test_escape_closes_the_dialog_and_returns_focus(phone: Any, site_url: str) -> None:
    phone.goto(site_url + PAGE)
    phone.locator(f"article {CRM}").first.tap()
    dialog = phone.locator("#rg-def")
    expect(dialog).to_have_attribute("role", "dialog")
    expect(dialog).to_be_visible()
    phone.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    assert phone.evaluate("document.activeElement.dataset.rgRef") == (
        "term:customer-relationship-management"
    )


def test_hover_shows_the_definition_and_it_can_be_hovered(
    page: Any, site_url: str, served: HtmlPage
) -> None:
    page.goto(site_url + PAGE)
    link = page.locator(f"article {CRM}").first
    link.hover()
    tooltip = page.get_by_role("tooltip")
    expect(tooltip).to_be_visible()
    for text in expected_text(served):
        expect(tooltip).to_contain_text(text)
    # Hoverable: moving onto it keeps it; dismissible: Escape hides it.
    tooltip.hover()
    page.wait_for_timeout(500)
    expect(tooltip).to_be_visible()
    page.keyboard.press("Escape")
    expect(tooltip).to_be_hidden()
    # Leaving both hides it.
    link.hover()
    expect(tooltip).to_be_visible()
    page.locator("h1").hover()
    expect(tooltip).to_be_hidden()
    assert page.recorder.errors == []


def test_keyboard_focus_describes_the_link(page: Any, site_url: str, served: HtmlPage) -> None:
    page.goto(site_url + PAGE)
    link = page.locator(f"article {CRM}").first
    link.focus()
    tooltip = page.get_by_role("tooltip")
    expect(tooltip).to_be_visible()
    expect(link).to_have_attribute("aria-describedby", "rg-def")
    expect(tooltip).to_contain_text(expected_text(served)[0])
    assert _axe(page) == []
    page.keyboard.press("Escape")
    expect(tooltip).to_be_hidden()
    page.keyboard.press("Tab")
    expect(link).not_to_have_attribute("aria-describedby", "rg-def")


def test_models_show_their_summary(page: Any, site_url: str, served: HtmlPage) -> None:
    page.goto(site_url + PAGE)
    link = page.locator('article a[data-rg-ref^="model:"]').first
    key = link.get_attribute("data-rg-ref")
    link.hover()
    expect(page.get_by_role("tooltip")).to_contain_text(served.definitions[key]["text"][0])
