"""Printing: subtopic pages print as clean revision sheets (checked in Chromium's print mode)."""

from __future__ import annotations

import io
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


def test_print_pack_holds_every_subtopic_glossary_and_models_each_on_a_new_page(
    page: Any, site_url: str
) -> None:
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
        "Glossary",
        "Models and frameworks",
    ]
    breaks = [titles.nth(i).evaluate("e => getComputedStyle(e).breakBefore") for i in range(6)]
    assert breaks == ["auto", *["page"] * 5]  # the first follows the pack's title
    assert not nav.is_visible()


def _pdf_pages(page: Any) -> list[str]:
    """The text of each printed A4 page, as Chromium prints ``page``."""
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(io.BytesIO(page.pdf(format="A4")))
    return [" ".join((p.extract_text() or "").split()) for p in reader.pages]


def test_a_printed_subtopic_has_its_content_and_no_controls(page: Any, site_url: str) -> None:
    page.goto(site_url + SUBTOPIC)
    page.wait_for_load_state("networkidle")
    # On screen: self-ratings, practice links and the print action are there to be hidden.
    assert page.locator(".rg-rating").count() > 0
    assert page.locator(".rg-practice-links").is_visible()
    assert page.locator(".rg-print-action").is_visible()
    text = " ".join(_pdf_pages(page))
    assert "Build and Maintain Sales Relationships" in text
    assert "Examiners give credit for" in text
    for control in ("Your confidence", "Not rated", "Amber", "Practise:", "Flashcards (", "Print"):
        assert control not in text, control


def test_the_print_pack_starts_at_once_and_ends_with_glossary_and_drawn_models(
    page: Any, site_url: str
) -> None:
    page.goto(site_url + "print/")
    printed = _pdf_pages(page)
    # No first page of three lines: the first subtopic starts under the pack's title.
    assert "Print pack" in printed[0]
    assert "Build and Maintain Sales Relationships" in printed[0]
    starts = [p[:60] for p in printed]
    (last_subtopic,) = [i for i, s in enumerate(starts) if s.startswith("Communication for")]
    (glossary,) = [i for i, s in enumerate(starts) if s.startswith("Glossary")]
    (models,) = [i for i, s in enumerate(starts) if s.startswith("Models and frameworks")]
    assert last_subtopic < glossary < models
    assert "Trust Equation" in " ".join(printed[-2:])  # the last model ends the pack
    assert "Customer Relationship Management (CRM)" in " ".join(printed[glossary:models])
    text = " ".join(printed)
    drawn = " ".join(printed[models:])
    for label in ("Needs identification", "Keep informed", "Collaborating", "Trust Equation"):
        assert label in drawn, label
    for source in ("flowchart", "quadrantChart", "-->", "quadrant-1"):
        assert source not in text, source  # diagrams print as drawings, never as their source


@pytest.mark.parametrize(
    ("path", "offered"), [(SUBTOPIC, True), ("print/", True), ("glossary/", False)]
)
def test_the_print_action_opens_the_print_dialog(
    page: Any, site_url: str, path: str, offered: bool
) -> None:
    page.goto(site_url + path)
    page.evaluate("() => { window.printed = 0; window.print = () => { window.printed += 1; }; }")
    action = page.get_by_role("button", name="Print")
    assert action.count() == (1 if offered else 0)
    if offered:
        action.click()
        assert page.evaluate("() => window.printed") == 1


def test_the_models_page_prints_its_folded_entries_as_drawings(page: Any, site_url: str) -> None:
    page.goto(site_url + "models/")
    assert page.locator("details.rg-model[open]").count() == 0
    text = " ".join(_pdf_pages(page))
    for shown in ("Needs identification", "Keep informed", "Origin:", "Credibility"):
        assert shown in text, shown  # folded on screen, on paper all of it
    assert "flowchart" not in text
