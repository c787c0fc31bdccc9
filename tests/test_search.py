"""Search finds glossary and model entries first; the glossary carries schema.org JSON-LD."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser


def _first_result(page: Any, site_url: str, query: str) -> str:
    page.goto(site_url)
    page.wait_for_load_state("networkidle")
    search = page.locator(".md-search__input")
    search.click()
    search.press_sequentially(query, delay=40)
    first = page.locator(".md-search-result__item > .md-search-result__link").first
    first.wait_for(timeout=30_000)
    return _without_query(str(first.get_attribute("href")))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("CRM", "glossary/#customer-relationship-management"),
        ("communication styles", "glossary/#communication-styles"),
        ("trust equation", "models/#trust-equation"),
        ("thomas kilmann", "models/#thomas-kilmann-conflict-modes"),
    ],
)
def test_term_acronym_or_model_name_finds_its_entry_first(
    page: Any, site_url: str, query: str, expected: str
) -> None:
    href = _first_result(page, site_url, query)
    assert href.endswith((expected.split("#")[0], expected)), href
    # The page group's first hit is the entry itself (Material lists the page, then sections).
    sections = page.locator(".md-search-result__item").first.locator("a")
    hrefs = [
        _without_query(str(sections.nth(i).get_attribute("href"))) for i in range(sections.count())
    ]
    assert any(h.endswith(expected) for h in hrefs), hrefs


def _without_query(href: str) -> str:
    """Material adds ``?h=<query>`` (highlighting) to result links."""
    parts = urlsplit(href)
    return parts.path + (f"#{parts.fragment}" if parts.fragment else "")


def test_glossary_has_a_defined_term_set(built_site: Path) -> None:
    html = (built_site / "glossary" / "index.html").read_text(encoding="utf-8")
    (raw,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(raw)
    assert data["@type"] == "DefinedTermSet"
    names = {term["name"] for term in data["hasDefinedTerm"]}
    assert "Customer Relationship Management (CRM)" in names
    for term in data["hasDefinedTerm"]:
        assert f'id="{term["@id"][1:]}"' in html
