"""A glossary of more than `glossary.SPLIT_AT` terms: an A-Z index and a page per letter.

Built with ``mkdocs build --strict`` from a generated guide of 450 terms in three subtopics
(definitions mention terms of other letters): every link resolves, every term is on its letter's
page and linked there from the subtopic that defines it, the index lists each letter once, and
no glossary page holds the whole glossary.
"""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from conftest import ROOT
from helpers import copy_site
from revguide.glossary import SPLIT_AT, build_glossary, letter_slug
from revguide.nav import NavLink, NavSection, build_nav
from revguide.site import build_site
from sitecheck import HtmlPage, mkdocs_build, mount_path, read_html, resolve

TERMS_PER_SUBTOPIC = 150
SUBTOPICS = 3
WORDS = ["Amber", "Bison", "Cobalt", "Delta", "Ember", "Falcon", "Garnet", "Harbour", "Indigo"]


def _term(n: int) -> str:
    letter = string.ascii_uppercase[n % 26]
    return f"{letter}{WORDS[n % len(WORDS)].lower()} measure {n}"


def _source(index: int) -> str:
    lines = [
        f"Split glossary subtopic {index}",
        "Topic Synopsis",
        f"Subtopic {index} defines many measures, such as {_term(index)}.",
        "Key Concepts & Core Principles",
    ]
    for k in range(TERMS_PER_SUBTOPIC):
        n = index * TERMS_PER_SUBTOPIC + k
        other = _term((n + 7) % (TERMS_PER_SUBTOPIC * SUBTOPICS))
        lines.append(f"- {_term(n)}: A way to track progress that works with {other}.")
    if index == 0:
        lines.append("- 3D printing: Making objects layer by layer from a digital model.")
        lines.append("- Élan vital: A drive that some theories say keeps a business growing.")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_site(tmp_path_factory.mktemp("split"), ROOT)
    (project / "content_src").mkdir()
    for index in range(SUBTOPICS):
        (project / "content_src" / f"{index:03d}.txt").write_text(_source(index), encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def built(project: Path) -> Path:
    result = mkdocs_build(project, project / "site")
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    return project / "site"


def test_a_small_glossary_stays_one_page() -> None:
    site = build_site(ROOT / "content_src", ROOT)
    assert not any(entry.letter for entry in site.glossary)
    assert [p.path for p in site.pages if p.path.startswith("glossary")] == ["glossary.md"]


def test_a_large_glossary_is_split_by_letter(project: Path) -> None:
    site = build_site(project / "content_src", project)
    assert len(site.glossary) > SPLIT_AT
    letters = sorted({letter_slug(e.term) for e in site.glossary})
    assert letters == sorted(["3", *string.ascii_lowercase, "other"])
    glossary_pages = [p.path for p in site.pages if p.path.startswith("glossary")]
    in_order = sorted(letters, key=lambda x: (x == "other", x))  # "other" last
    assert glossary_pages == ["glossary.md", *(f"glossary/{x}.md" for x in in_order)]
    assert all(e.path == f"glossary/{letter_slug(e.term)}.md#{e.anchor}" for e in site.glossary)
    # The split is decided on the whole glossary, so it is the same for a subset's entries.
    assert build_glossary(site.guide.subtopics[:1])[0].letter is None


@pytest.mark.build
def test_every_term_is_on_its_letter_page_and_linked_from_where_it_is_defined(
    project: Path, built: Path
) -> None:
    site = build_site(project / "content_src", project)
    pages: dict[Path, HtmlPage] = {p: read_html(p) for p in built.rglob("*.html")}
    base_path = mount_path(project / "mkdocs.yml")
    for path, page in pages.items():
        for href, _ in page.links:
            target = resolve(built, path, href, base_path)
            if target is None or target[0].suffix != ".html":
                continue
            assert target[0] in pages, f"{path}: {href} leads nowhere"
            if target[1]:
                assert target[1] in pages[target[0]].ids, f"{path}: {href} has no anchor"
    incoming: dict[str, set[Path]] = {}
    for path, page in pages.items():
        for href, key in page.refs:
            target = resolve(built, path, href)
            assert target is not None
            incoming.setdefault(key, set()).add(target[0])
    for entry in site.glossary:
        letter_page = built / "glossary" / letter_slug(entry.term) / "index.html"
        assert entry.anchor in pages[letter_page].ids, entry.term
        assert incoming[f"term:{entry.anchor}"] == {letter_page}, entry.term
    index = pages[built / "glossary" / "index.html"]
    assert index.text.count("3D printing") == 0  # the index lists letters, not terms
    letter_links = [h for h, _ in index.links if h.startswith(("a/", "b/", "other/"))]
    assert sorted(set(letter_links)) == ["a/", "b/", "other/"]


@pytest.mark.build
def test_no_glossary_page_holds_the_whole_glossary(built: Path) -> None:
    sizes = {p: p.stat().st_size for p in (built / "glossary").rglob("index.html")}
    whole = sum(sizes.values())
    assert max(sizes.values()) < whole / 10, sizes


def test_the_nav_holds_the_glossary_index_then_its_letters(project: Path) -> None:
    site = build_site(project / "content_src", project)
    (section,) = [e for e in build_nav(site, []) if getattr(e, "title", None) == "Glossary"]
    assert isinstance(section, NavSection)
    paths = [link.path for link in section.entries if isinstance(link, NavLink)]
    assert paths[0] == "glossary.md"
    assert len(paths) == 1 + len({letter_slug(e.term) for e in site.glossary})
