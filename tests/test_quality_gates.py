"""Publishing gates: workflow lint, sub-path crawl, accessibility (axe) and privacy per page type."""

from __future__ import annotations

import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from conftest import ROOT

pytestmark = pytest.mark.browser

PAGE_TYPES = {
    "home": "",
    "subtopic": "subtopics/build-and-maintain-sales-relationships/",
    "glossary": "glossary/",
    "models": "models/",
    "marking points": "marking-points/",
    "how to use": "how-to-use/",
    "accessibility": "accessibility/",
    "flashcards": "practice/flashcards/",
    "subtopic deck": "practice/flashcards/build-and-maintain-sales-relationships/",
    "quiz": "practice/quiz/build-and-maintain-sales-relationships/",
    "progress": "practice/progress/",
    "print pack": "print/",
    "tags": "tags/",
}
SERIOUS = ("serious", "critical")


def test_workflow_passes_actionlint() -> None:
    actionlint = shutil.which("actionlint", path=str(Path(sys.executable).parent))
    assert actionlint, "actionlint is installed by requirements-test.txt"
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    assert workflows
    result = subprocess.run(
        [actionlint, *map(str, workflows)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("href", "src"):
            if values.get(name) and not (tag == "a" and name == "src"):
                self.refs.append(values[name] or "")


def _fetch(url: str) -> tuple[int, bytes, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read(), response.headers.get_content_type()
    except urllib.error.HTTPError as error:
        return error.code, b"", ""


def test_whole_site_crawl_under_the_sub_path_finds_no_broken_link(site_url: str) -> None:
    own = urlsplit(site_url).netloc
    seen: set[str] = set()
    queue = [site_url]
    broken: list[str] = []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        status, body, kind = _fetch(url)
        if status != 200:
            broken.append(f"{url} -> {status}")
            continue
        if kind != "text/html":
            continue
        parser = _Refs()
        parser.feed(body.decode("utf-8"))
        for ref in parser.refs:
            target = urljoin(url, ref).split("#")[0]
            if urlsplit(target).netloc == own and urlsplit(target).scheme in ("http", "https"):
                assert target.startswith(site_url), f"{url} links outside the sub-path: {ref}"
                queue.append(target)
    assert broken == []
    assert (
        any(u.endswith("search/search_index.json") for u in seen)
        or _fetch(site_url + "search/search_index.json")[0] == 200
    )
    assert len([u for u in seen if u.endswith("/")]) >= 9


def test_404_page_loads_its_assets_under_the_sub_path(page: Any, site_url: str) -> None:
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.on(
        "response", lambda response: failed.append(response.url) if response.status >= 400 else None
    )
    page.goto(site_url + "404.html")
    page.wait_for_load_state("networkidle")
    assert "404" in page.inner_text("article")
    assert failed == []


def _axe(page: Any) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['impact']} {v['id']}: {v['nodes'][0]['target']}"
        for v in results.response["violations"]
        if v["impact"] in SERIOUS
    ]


def _outside(requests: list[str], site_url: str) -> list[str]:
    own = urlsplit(site_url).netloc
    return [
        u for u in requests if urlsplit(u).scheme in ("http", "https") and urlsplit(u).netloc != own
    ]


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_page_type_has_no_serious_accessibility_violation_and_no_outside_request(
    page: Any,
    site_url: str,
    kind: str,
) -> None:
    page.goto(site_url + PAGE_TYPES[kind])
    page.wait_for_load_state("networkidle")
    assert _axe(page) == []
    assert _outside(page.recorder.requests, site_url) == []
    assert page.recorder.errors == []


def test_search_open_is_accessible_and_finds_a_term(page: Any, site_url: str) -> None:
    page.goto(site_url)
    page.wait_for_load_state("networkidle")
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").press_sequentially("trust equation", delay=50)
    page.locator(".md-search-result__item").first.wait_for(timeout=30_000)
    assert _axe(page) == []
    assert _outside(page.recorder.requests, site_url) == []


def test_dark_mode_is_accessible(browser: Any, site_url: str) -> None:
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    for path in (PAGE_TYPES["subtopic"], PAGE_TYPES["glossary"]):
        page.goto(site_url + path)
        assert page.get_attribute("body", "data-md-color-scheme") == "slate"
        assert _axe(page) == []
    context.close()


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_page_fits_a_360_px_phone_without_sideways_scrolling(
    browser: Any, site_url: str, kind: str
) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(site_url + PAGE_TYPES[kind])
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    context.close()
    assert overflow <= 0


def test_theme_follows_the_system_and_can_be_toggled(browser: Any, site_url: str) -> None:
    context = browser.new_context(color_scheme="light")
    page = context.new_page()
    page.goto(site_url)
    assert page.get_attribute("body", "data-md-color-scheme") == "default"
    page.locator("label[for=__palette_1]").click()  # the visible toggle for the input
    assert page.get_attribute("body", "data-md-color-scheme") == "slate"
    context.close()
