"""Full ``mkdocs build --strict`` of the seeds: pages, glossary, links, report, escaping."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import CONTENT, ROOT
from helpers import PLAIN, write
from revguide.model import Item
from revguide.site import Site, build_site
from sitecheck import HtmlPage, mkdocs_build, mount_path, read_html, resolve

pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site_dir = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, site_dir)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    return site_dir


@pytest.fixture(scope="module")
def site() -> Site:
    return build_site(CONTENT, ROOT)


@pytest.fixture(scope="module")
def pages(built: Path) -> dict[Path, HtmlPage]:
    return {path: read_html(path) for path in built.rglob("*.html")}


def _html(built: Path, page_path: str) -> Path:
    return built / page_path.removesuffix(".md") / "index.html"


def _visible(item: Item) -> list[str]:
    return [t for t in (item.term, item.text, item.correction) if t]


def test_every_subtopic_page_shows_every_kept_item(site: Site, built: Path) -> None:
    for subtopic in site.guide.subtopics:
        text = read_html(_html(built, f"subtopics/{subtopic.slug}.md")).text
        assert subtopic.title in text
        for section in subtopic.sections:
            for item in section.items:
                for part in _visible(item):
                    assert " ".join(part.split()) in text, f"{subtopic.slug}: missing {part[:60]}"


def test_every_internal_link_and_anchor_resolves(built: Path, pages: dict[Path, HtmlPage]) -> None:
    base_path = mount_path(ROOT / "mkdocs.yml")
    broken = []
    for path, page in pages.items():
        for href, _ in page.links:
            target = resolve(built, path, href, base_path)
            if target is None:
                continue
            file, fragment = target
            if not file.exists():
                broken.append(f"{path.relative_to(built)} -> {href}")
            elif fragment and fragment not in pages[file].ids:
                broken.append(f"{path.relative_to(built)} -> {href} (no anchor)")
    assert broken == []


def test_every_glossary_term_has_an_anchor_and_an_incoming_link(
    site: Site, built: Path, pages: dict[Path, HtmlPage]
) -> None:
    glossary = built / "glossary" / "index.html"
    incoming = {
        fragment
        for path, page in pages.items()
        if path != glossary
        for href, _ in page.links
        if (target := resolve(built, path, href)) and target[0] == glossary
        for fragment in [target[1]]
    }
    assert site.glossary
    for entry in site.glossary:
        assert entry.anchor in pages[glossary].ids
        assert entry.anchor in incoming, f"no link to {entry.term}"


def test_acronyms_resolve_both_ways(site: Site) -> None:
    (crm,) = [e for e in site.glossary if "CRM" in e.phrases]
    assert "Customer Relationship Management" in crm.phrases
    assert len({d.subtopic for d in crm.definitions}) == 2  # 000 and 003 define it differently


def test_links_carry_their_whole_definition_as_data(
    site: Site, built: Path, pages: dict[Path, HtmlPage]
) -> None:
    """Each mention names its entry; the page's rg-refs give every definition in full (text
    for definitions.js), and no link has a title for the theme to turn into markup."""
    page = pages[built / "subtopics" / "customer-needs-and-relationship-management" / "index.html"]
    refs = {href.split("#")[1]: key for href, key in page.refs if "glossary/#" in href}
    assert refs["customer-relationship-management"] == "term:customer-relationship-management"
    (crm,) = [e for e in site.glossary if e.anchor == "customer-relationship-management"]
    shown = page.definitions["term:customer-relationship-management"]
    assert shown["name"] == crm.term
    assert shown["text"] == [f"{d.text} ({d.title})" for d in crm.definitions]  # two, attributed
    assert max(map(len, shown["text"])) > 160  # no longer cut at 160 characters
    assert set(page.definitions) == {key for _, key in page.refs}
    assert all(title == "" for href, title in page.links if "glossary/#" in href)


def test_trust_equation_is_bracketed(built: Path) -> None:
    assert "T = (C + R + I) / S" in read_html(built / "models" / "index.html").text


def test_models_used_in_backlinks(built: Path, pages: dict[Path, HtmlPage]) -> None:
    models = built / "models" / "index.html"
    hrefs = [href for href, _ in pages[models].links]
    assert "../subtopics/build-and-maintain-sales-relationships/" in hrefs


def test_marking_points_index_is_a_checklist_linking_back(site: Site, built: Path) -> None:
    html = (built / "marking-points" / "index.html").read_text(encoding="utf-8")
    count = sum(len(s.items("marking_points")) for s in site.guide.subtopics)
    assert html.count('class="task-list-item"') == count
    for subtopic in site.guide.subtopics:
        assert f'href="../subtopics/{subtopic.slug}/"' in html


def test_edit_link_opens_the_source_file(built: Path) -> None:
    html = (
        built / "subtopics" / "build-and-maintain-sales-relationships" / "index.html"
    ).read_text()
    assert "/edit/main/content_src/002_4dff09ba1cfe9f18.txt" in html


def test_build_report_matches_the_cli_report(built: Path, site: Site) -> None:
    written = json.loads((built / "build-report.json").read_text(encoding="utf-8"))
    assert written == site.report
    totals = written["totals"]
    assert totals["items_in"] == totals["items_out"] + totals["merged"]


def test_home_lists_every_subtopic(site: Site, built: Path) -> None:
    text = read_html(built / "index.html").text
    for subtopic in site.guide.subtopics:
        assert subtopic.title in text
        assert subtopic.synopsis[:80] in text


def test_source_text_is_shown_as_text_never_as_markup(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(ROOT / "overrides", project / "overrides")
    shutil.copytree(ROOT / "hooks", project / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    nasty = [
        "<script>alert(1)</script> and <b onmouseover=alert(2)>bold</b>",
        "Stars *a* _b_ `code` [x](javascript:alert(3)) | pipe & {{ jinja }} {% raw %}",
        "# not a heading",
        "1. not a list",
    ]
    write(project, "content_src/x.txt", PLAIN + "".join(f"- {line}\n" for line in nasty))
    write(project, "content_src/lint.yml", "accept:\n- {code: RG001, file: x.txt, reason: test}\n")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    page = tmp_path / "site" / "subtopics"
    (html_path,) = page.glob("*/index.html")
    html = html_path.read_text(encoding="utf-8")
    text = read_html(html_path).text
    for line in nasty:
        assert line in text
    assert "<script>alert" not in html
    assert "onmouseover=" not in html.replace("&lt;b onmouseover=", "")
    assert 'href="javascript:' not in html


def test_a_build_shows_no_preview_banner(built: Path) -> None:
    """The problem banner is for `mkdocs serve` only (tests/test_serve.py)."""
    for page in built.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "rg-problems" not in html
        assert "md-banner" not in html, f"{page}: an empty banner (a dismiss button) shows"
