"""The installable guide: Chromium finds it installable, and after one visit it works offline
(navigation, search, practice) under the centre's sub-path; a new deployment is picked up with a
polite notice. Plus what `revguide.webapp` keeps on the device, and when."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_fixtures import CHROMIUM, CHROMIUM_ARGS, PHONE, serving
from revguide.webapp import BUDGET, SEARCH_INDEX, fingerprint, web_manifest
from revguide.webapp import precache_script as precache_of_prints

SUBTOPIC = "subtopics/build-and-maintain-sales-relationships/"


def _precache(script: str) -> dict[str, Any]:
    prefix = "self.REVGUIDE_PRECACHE = "
    assert script.startswith(prefix)
    return dict(json.loads(script.removeprefix(prefix).rstrip().removesuffix(";")))


def precache_script(files: dict[str, bytes], index_inputs: str, budget: int = BUDGET) -> str:
    return precache_of_prints({p: fingerprint(d) for p, d in files.items()}, index_inputs, budget)


SITE = {
    "index.html": b"home",
    "404.html": b"missing",
    "glossary/index.html": b"terms",
    "subtopics/a/index.html": b"a" * 100,
    "assets/stylesheets/revguide.css": b"css",
    "practice/data.json": b"{}",
    "practice/exports/revision-guide.apkg": b"anki" * 1000,
    "assets/javascripts/bundle.js.map": b"map",
    "assets/javascripts/lunr/wordcut.js": b"thai",
    "sitemap.xml": b"<urlset/>",
    "build-report.json": b"{}",
    "precache.js": b"old",
}


def test_a_small_guide_is_kept_whole_without_downloads_or_maps() -> None:
    data = _precache(precache_script(SITE, "{}"))
    assert data["whole"] is True
    assert data["files"] == sorted(
        [
            "./",
            "404.html",
            "glossary/",
            "subtopics/a/",
            "assets/stylesheets/revguide.css",
            "practice/data.json",
            SEARCH_INDEX,
        ]
    )


def test_a_large_guide_keeps_its_shell_and_pages_as_opened() -> None:
    data = _precache(precache_script(SITE, "{}", budget=50))
    assert data["whole"] is False
    assert data["files"] == sorted(
        ["./", "404.html", "assets/stylesheets/revguide.css", "practice/data.json", SEARCH_INDEX]
    )
    assert BUDGET == 10_000_000  # stated in README


def test_the_version_changes_with_any_kept_file_or_the_search_settings_only() -> None:
    version = _precache(precache_script(SITE, "{}"))["version"]
    assert _precache(precache_script(dict(SITE), "{}"))["version"] == version
    for path in ("glossary/index.html", "practice/data.json"):
        changed = {**SITE, path: SITE[path] + b"!"}
        assert _precache(precache_script(changed, "{}"))["version"] != version, path
    unkept = {**SITE, "build-report.json": b"[]", "precache.js": b"new"}
    assert _precache(precache_script(unkept, "{}"))["version"] == version
    assert _precache(precache_script(SITE, '{"separator": "x"}'))["version"] != version


def test_the_manifest_names_the_guide_and_stays_in_it() -> None:
    data = json.loads(web_manifest('St Mary\'s "Sales" Guide', "d", "#4051b5", "assets/i.svg"))
    assert data["name"] == data["short_name"] == 'St Mary\'s "Sales" Guide'
    assert (data["start_url"], data["scope"], data["display"]) == ("./", "./", "standalone")
    assert data["icons"] == [
        {"src": "assets/i.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any"}
    ]


@pytest.fixture
def deployed(built_site: Path, tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A copy of the built site served on its own, so a test can deploy a change to it."""
    site = tmp_path / built_site.name
    shutil.copytree(built_site, site)
    with serving(site) as url:
        yield site, url


def _visit_once(context: Any, url: str) -> Any:
    page = context.new_page()
    page.goto(url)
    scope = page.evaluate(
        "() => navigator.serviceWorker.ready.then((registration) => registration.scope)"
    )
    assert scope == url  # the worker covers the whole guide under its sub-path
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    return page


@pytest.mark.browser
def test_after_one_visit_a_phone_reads_searches_and_practises_offline(
    browser: Any, deployed: tuple[Path, str]
) -> None:
    _, url = deployed
    context = browser.new_context(**PHONE)
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = _visit_once(context, url)
    context.set_offline(True)
    page.goto(url + "glossary/")
    assert page.locator("article h1").inner_text().startswith("Glossary")
    page.goto(url + SUBTOPIC + "?h=crm")  # as a search result links it
    assert "Build and Maintain" in page.locator("article h1").inner_text()
    search = page.locator(".md-search__input")
    page.locator("label[for=__search]").first.click()
    search.press_sequentially("apprenticeship", delay=40)
    first = page.locator(".md-search-result__item > .md-search-result__link").first
    first.wait_for(timeout=30_000)
    page.goto(url + "practice/flashcards/")
    card = page.locator(".rg-card").first
    card.wait_for(timeout=30_000)
    assert card.is_visible()
    page.goto(url + "no-such-page/")
    assert "offline" in page.locator("body").inner_text().lower()
    context.set_offline(False)
    context.close()
    assert [r for r in requests if not r.startswith(url)] == []


@pytest.mark.browser
def test_a_new_deployment_is_picked_up_with_a_polite_notice(
    browser: Any, deployed: tuple[Path, str]
) -> None:
    site, url = deployed
    context = browser.new_context()
    page = _visit_once(context, url)
    page.goto(url + "glossary/")
    assert page.locator(".rg-updated").count() == 0  # the first visit is no update
    glossary = site / "glossary" / "index.html"
    glossary.write_text(
        glossary.read_text(encoding="utf-8").replace(">Glossary<a", ">Glossary, updated<a"),
        encoding="utf-8",
    )
    precache = site / "precache.js"
    files = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    precache.write_text(precache_script(files, "{}"), encoding="utf-8")
    page.reload()
    notice = page.locator(".rg-updated[role=status]")
    notice.wait_for(timeout=30_000)
    assert "updated" in notice.inner_text()
    page.get_by_role("button", name="OK").click()
    assert notice.count() == 0
    page.goto(url + "glossary/")
    assert "Glossary, updated" in page.locator("article h1").inner_text()
    context.close()


@pytest.mark.browser
def test_chromium_reports_the_guide_installable(
    browser: Any, site_url: str, tmp_path: Path
) -> None:
    # Installability is not judged in an incognito context: a profile on disk is needed.
    context = browser.browser_type.launch_persistent_context(
        tmp_path / "profile", executable_path=CHROMIUM, args=CHROMIUM_ARGS
    )
    page = context.new_page()
    page.goto(site_url)
    page.wait_for_load_state("networkidle")
    session = context.new_cdp_session(page)
    errors = session.send("Page.getInstallabilityErrors")["installabilityErrors"]
    manifest = session.send("Page.getAppManifest")
    context.close()
    assert errors == []
    assert manifest["errors"] == []
    assert manifest["url"] == site_url + "manifest.webmanifest"
