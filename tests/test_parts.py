"""A large guide is split into parts of 50: nav groups, print pack and marking points pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import write
from hypothesis import given
from hypothesis import strategies as st
from revguide.dialect import escape
from revguide.nav import build_nav, nav_config
from revguide.parts import PART_SIZE, parts
from revguide.site import Site, build_site

SUBTOPICS = 120
NO_POINTS = range(50, 100)  # the second part has no marking points
LINK = re.compile(r"\]\(([^)\s]+)")


@given(st.lists(st.integers(), max_size=400))
def test_parts_cover_the_list_in_order_and_name_their_positions(entries: list[int]) -> None:
    found = parts(entries)
    assert [e for part in found for e in part.entries] == entries
    assert all(0 < len(part.entries) <= PART_SIZE for part in found)
    assert len(found) == -(-len(entries) // PART_SIZE)
    for number, part in enumerate(found):
        first = number * PART_SIZE + 1
        last = first + len(part.entries) - 1
        assert (part.label, part.slug) == (f"{first}–{last}", f"{first}-{last}")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    content = tmp_path_factory.mktemp("content_src")
    for n in range(SUBTOPICS):
        points = "" if n in NO_POINTS else f"Examiner Marking Points\n- Credit route {n}.\n"
        concepts = f"Key Concepts\n- Route {n}: A way to loyalty number {n}.\n" if n % 40 else ""
        text = (
            f"Topic Synopsis\nComplaint route {n} turns an unhappy customer loyal.\n"
            f"{points}{concepts}"
        )
        write(content, f"{n:03}.txt", text)
    return build_site(content, content.parent)


def _pages(site: Site, folder: str) -> dict[str, str]:
    return {p.path: p.content for p in site.pages if p.path.startswith(folder + "/")}


def test_print_pack_is_an_index_and_a_page_per_part(site: Site) -> None:
    pages = _pages(site, "print")
    parts_and_reference = ["1-50.md", "51-100.md", "101-120.md", "glossary-and-models.md"]
    assert list(pages) == ["print/index.md", *(f"print/{p}" for p in parts_and_reference)]
    assert LINK.findall(pages["print/index.md"]) == parts_and_reference
    subtopics = site.guide.subtopics
    for part, chunk in zip(
        list(pages)[1:4], (subtopics[:50], subtopics[50:100], subtopics[100:]), strict=True
    ):
        titles = re.findall(r"^## (.+) \{ \.rg-print-subtopic \}$", pages[part], re.MULTILINE)
        assert titles == [escape(s.title) for s in chunk]


def test_print_pack_ends_with_one_page_of_glossary_and_models(site: Site) -> None:
    reference = _pages(site, "print")["print/glossary-and-models.md"]
    assert "## Glossary { .rg-print-subtopic }" in reference
    terms = re.findall(r"^#### (.+)$", reference, re.MULTILINE)
    assert terms == [escape(entry.term) for entry in site.glossary]
    assert "{#" not in reference  # no anchor: a term and a model may share one
    for part in ("1-50.md", "51-100.md", "101-120.md"):
        assert "## Glossary" not in _pages(site, "print")[f"print/{part}"]


def test_print_pack_reuses_each_subtopic_page_one_heading_level_down(site: Site) -> None:
    printed = _pages(site, "print")["print/1-50.md"]
    page = next(p for p in site.pages if p.path.startswith("subtopics/")).content
    body = page.split("---\n", 2)[2].lstrip("\n")
    body = re.sub(r"^\*\*Practise:\*\* .*\n.*\n\n", "", body, flags=re.MULTILINE)  # pages only
    lower = re.sub(r"^(#+) ", r"#\1 ", body, flags=re.MULTILINE)
    title, rest = lower.split("\n", 1)
    assert f"{title} {{ .rg-print-subtopic }}\n{rest}" in printed


def test_marking_points_index_links_only_the_parts_that_have_points(site: Site) -> None:
    pages = _pages(site, "marking-points")
    assert list(pages) == [
        "marking-points/index.md",
        "marking-points/1-50.md",
        "marking-points/101-120.md",
    ]
    index = pages["marking-points/index.md"]
    assert LINK.findall(index) == ["1-50.md", "101-120.md"]
    assert "- [Subtopics 1–50](1-50.md): 50 marking points" in index
    for n in range(SUBTOPICS):
        holding = [path for path, text in pages.items() if f"Credit route {n}\\." in text]
        assert holding == (
            [] if n in NO_POINTS else [f"marking-points/{'1-50' if n < 50 else '101-120'}.md"]
        )
    assert "](../subtopics/" in pages["marking-points/1-50.md"]


def test_home_lists_every_title_under_a_heading_per_part(site: Site) -> None:
    listing = site.home_listing
    assert re.findall(r"^### (.+)$", listing, re.MULTILINE) == [
        "Subtopics 1–50",
        "Subtopics 51–100",
        "Subtopics 101–120",
    ]
    links = LINK.findall(listing)
    assert links == [f"subtopics/{s.slug}.md" for s in site.guide.subtopics]
    assert "turns an unhappy customer loyal\\." not in listing  # titles only, no synopses


def test_navigation_groups_subtopics_and_lists_the_parts(site: Site) -> None:
    nav = nav_config(build_nav(site, ()))
    sections = {next(iter(entry)): entry[next(iter(entry))] for entry in nav[1:]}
    groups = sections["Subtopics"]
    assert [next(iter(group)) for group in groups] == ["1–50", "51–100", "101–120"]
    assert [len(next(iter(group.values()))) for group in groups] == [50, 50, 20]
    assert sections["Print pack"][0] == "print/index.md"
    assert [next(iter(p.values())) for p in sections["Print pack"][1:]] == [
        "print/1-50.md",
        "print/51-100.md",
        "print/101-120.md",
        "print/glossary-and-models.md",
    ]
    assert sections["Examiner marking points"][0] == "marking-points/index.md"


def test_a_small_guide_keeps_single_pages(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Topic Synopsis\nOne route.\nExaminer Marking Points\n- Credit it.\n")
    small = build_site(tmp_path, tmp_path)
    paths = [p.path for p in small.pages]
    assert {"print/index.md", "marking-points/index.md"} <= set(paths)
    assert not [p for p in paths if re.match(r"(print|marking-points)/\d", p)]
    nav = nav_config(build_nav(small, ()))
    assert {"Print pack": "print/index.md"} in nav
    assert {"Examiner marking points": "marking-points/index.md"} in nav
    assert small.home_listing.startswith("### [One route](subtopics/")
    assert "One route\\." in small.home_listing  # with its synopsis


def test_an_empty_guide_has_single_aggregate_pages(tmp_path: Path) -> None:
    empty = build_site(tmp_path, tmp_path)
    aggregates = [p for p in empty.pages if p.path.startswith(("print/", "marking-points/"))]
    assert [p.path for p in aggregates] == ["marking-points/index.md", "print/index.md"]
    assert all("in parts of" not in p.content for p in aggregates)
