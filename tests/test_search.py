"""Search finds glossary and model entries first; the glossary carries schema.org JSON-LD."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from conftest import ROOT

pytestmark = pytest.mark.browser


def _first_result(page: Any, site_url: str, query: str) -> str:
    page.goto(site_url)
    page.wait_for_load_state("networkidle")
    search = page.locator(".md-search__input")
    search.click()
    search.press_sequentially(query, delay=40)
    return _without_query(_settled(page, ".md-search-result__item > .md-search-result__link")[0])


def _settled(page: Any, selector: str) -> list[str]:
    """The hrefs ``selector`` finds once search stops re-rendering: results are redrawn after
    every key, so a list read while they change can point at links that are gone. Read in one
    step, twice in a row the same."""
    previous: list[str] | None = None
    for _ in range(120):
        hrefs: list[str] = page.eval_on_selector_all(
            selector, "links => links.map(link => link.getAttribute('href'))"
        )
        if hrefs and hrefs == previous:
            return hrefs
        previous = hrefs
        page.wait_for_timeout(250)
    raise AssertionError(f"search results never settled: {previous}")


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
    hrefs = [_without_query(h) for h in _settled(page, ".md-search-result__item:first-child a")]
    assert any(h.endswith(expected) for h in hrefs), hrefs


def _results(page: Any, site_url: str, query: str) -> list[str]:
    """Hrefs of every result (pages and their sections) for ``query`` typed into the search box."""
    page.goto(site_url)
    page.wait_for_load_state("networkidle")
    search = page.locator(".md-search__input")
    search.click()
    search.press_sequentially(query, delay=40)
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function(
        "() => /matching document/.test(document.querySelector('.md-search-result__meta')"
        ".textContent)",
        timeout=30_000,
    )
    assert "matching document" in meta.inner_text()
    links = page.locator(".md-search-result__item a")
    return [str(links.nth(i).get_attribute("href")) for i in range(links.count())]


@pytest.mark.parametrize("word", ["apprenticeship", "GDPR", "CRM", "retention", "assertive"])
def test_a_word_next_to_punctuation_finds_every_page_holding_it(
    page: Any, site_url: str, built_site: Path, word: str
) -> None:
    """Every indexed page whose text has the word, after "(", before "/", in quotes..., is a
    result (Material's default separator splits at spaces and hyphens only)."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    whole_word = re.compile(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", re.IGNORECASE)
    holding = {
        doc["location"].split("#")[0]
        for doc in index["docs"]
        if whole_word.search(doc["text"]) or whole_word.search(doc["title"])
    }
    assert len(holding) >= 2, holding
    found = {
        _without_query(h).removeprefix(urlsplit(site_url).path)
        for h in _results(page, site_url, word)
    }
    assert holding <= found, holding - found


def test_every_result_link_highlights_the_query_on_its_page(page: Any, site_url: str) -> None:
    hrefs = _results(page, site_url, "GDPR")
    queries = {urlsplit(h).query for h in hrefs}
    assert "h=" not in queries  # never an empty highlight
    first = page.locator(".md-search-result__item > .md-search-result__link").first
    first.click()
    page.wait_for_load_state("load")
    marks = page.locator("article mark")
    marks.first.wait_for()
    assert {marks.nth(i).inner_text().upper() for i in range(marks.count())} == {"GDPR"}


def _acronyms() -> list[tuple[str, str]]:
    """Every all-capitals name of a glossary entry or a model, with where it should lead."""
    from revguide.site import build_site

    site = build_site(ROOT / "content_src", ROOT)
    found = [
        (phrase, f"glossary/#{entry.anchor}")
        for entry in site.glossary
        for phrase in entry.phrases
        if phrase.isupper() and len(phrase) > 1
    ]
    found += [
        (name, f"models/#{model.slug}")
        for model in site.models
        for name in (model.name, *model.aliases)
        if name.isupper() and len(name) > 1
    ]
    return sorted(found)


@pytest.mark.parametrize(("acronym", "entry"), _acronyms())
def test_every_acronym_finds_its_entry_first(
    page: Any, site_url: str, acronym: str, entry: str
) -> None:
    hrefs = [_without_query(h) for h in _results(page, site_url, acronym)]
    mount = urlsplit(site_url).path
    # Material lists the page, then its sections: the entry is among the first page's links.
    first_page = [h for h in hrefs if h.split("#")[0] == hrefs[0]]
    assert mount + entry in first_page, hrefs[:4]


def _without_query(href: str) -> str:
    """Material adds ``?h=<query>`` (highlighting) to result links."""
    parts = urlsplit(href)
    return parts.path + (f"#{parts.fragment}" if parts.fragment else "")


def test_the_offline_edition_searches_like_the_site() -> None:
    from mkdocs.utils.yaml import yaml_load

    def search(name: str) -> object:
        with (ROOT / name).open(encoding="utf-8") as stream:
            plugins = yaml_load(stream)["plugins"]
        return next(p for p in plugins if isinstance(p, dict) and "search" in p)

    assert search("mkdocs.offline.yml") == search("mkdocs.yml")


def test_glossary_has_a_defined_term_set(built_site: Path) -> None:
    html = (built_site / "glossary" / "index.html").read_text(encoding="utf-8")
    (raw,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(raw)
    assert data["@type"] == "DefinedTermSet"
    names = {term["name"] for term in data["hasDefinedTerm"]}
    assert "Customer Relationship Management (CRM)" in names
    for term in data["hasDefinedTerm"]:
        assert f'id="{term["@id"][1:]}"' in html
