"""Printing: subtopic pages print as clean revision sheets (checked in Chromium's print mode)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser
SUBTOPIC = "subtopics/build-and-maintain-sales-relationships/"


def test_print_hides_navigation_and_keeps_callout_labels(page: Any, site_url: str) -> None:
    page.goto(site_url + SUBTOPIC)
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer"):
        assert not page.locator(chrome).first.is_visible(), chrome
    for kind, label in (("exam-tip", "How to score"), ("misconception", "Avoid these mistakes")):
        title = page.locator(f".admonition.{kind} > .admonition-title").first
        assert title.is_visible()
        assert title.inner_text().strip() == label
        border = title.evaluate("e => getComputedStyle(e.parentElement).borderTopColor")
        assert border == "rgb(0, 0, 0)"  # black and white, not colour


def test_collapsed_blocks_open_before_printing(page: Any, site_url: str) -> None:
    page.goto(site_url + SUBTOPIC)
    page.evaluate(
        """() => {
            const block = document.createElement("details");
            block.innerHTML = "<summary>Q</summary><p>A</p>";
            document.querySelector("article").append(block);
        }"""
    )
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    assert page.evaluate("() => [...document.querySelectorAll('details')].every(d => d.open)")
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    assert page.evaluate("() => [...document.querySelectorAll('details')].every(d => !d.open)")


def test_a_pdf_is_produced(page: Any, site_url: str, tmp_path: Any) -> None:
    page.goto(site_url + SUBTOPIC)
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    assert len(pdf) > 20_000


def test_print_pack_holds_every_subtopic_each_on_a_new_page(page: Any, site_url: str) -> None:
    page.goto(site_url + "print/")
    page.emulate_media(media="print")
    titles = page.locator("h2.rg-print-subtopic")
    nav = page.locator(".md-nav__link", has_text="Subtopics").first
    texts = [titles.nth(i).inner_text().strip() for i in range(titles.count())]
    assert texts == [
        "Build and Maintain Sales Relationships",
        "Investing in and Retaining Sales Relationships",
        "Customer Needs and Relationship Management",
        "Communication for Lasting Customer Relationships",
    ]
    assert titles.first.evaluate("e => getComputedStyle(e).breakBefore") == "page"
    assert not nav.is_visible()
