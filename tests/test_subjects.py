"""Several subjects in one guide (`revguide.subjects`): subject.yml errors, and a real build of
three subjects that share term names with different meanings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import copy_site, practice_data, write
from revguide.model import Item, Section, SourceRef, Subtopic
from revguide.site import build_site
from revguide.subjects import discover_subjects
from revguide.subtopic_pages import render_home_listing
from sitecheck import HtmlPage, mkdocs_build, read_html, resolve

ROOT = Path(__file__).resolve().parent.parent

#: Each subject's meaning of the shared terms (and one term only sales defines).
MEANINGS = {
    "sales": {
        "Solution": "A bundle of products and services that answers a customer's need.",
        "Stakeholder": "Anyone in the buying organisation who influences the purchase.",
        "Pipeline": "The deals a salesperson is working on, stage by stage.",
    },
    "geography": {
        "Solution": "Limestone dissolving in rainwater that holds carbon dioxide.",
        "Stakeholder": "A group affected by a planning decision, such as residents.",
    },
    "science": {
        "Solution": "A mixture in which a solute is dissolved evenly in a solvent.",
        "Stakeholder": "A person or body with an interest in a scientific project's outcome.",
    },
}
NAMES = {"sales": "Sales", "geography": "Geography", "science": "Applied Science"}


def _source(subject: str, title: str, topic: str) -> str:
    concepts = "".join(f"- {term}: {text}\n" for term, text in MEANINGS[subject].items())
    return (
        f"{title}\n"
        "Topic Synopsis\n"
        f"This subtopic explores {topic}, every solution and each stakeholder involved, and "
        "the pipeline of work.\n"
        "Key Concepts & Core Principles\n"
        f"{concepts}"
        "Exam Tips & Revision Strategies\n"
        f"- Name the stakeholder and the solution in every {subject} answer.\n"
        "Common Misconceptions & Mistakes to Avoid\n"
        f"- Misconception: In {subject}, a solution is always simple. Correction: It rarely "
        "is.\n"
        "Examiner Marking Points\n"
        f"- Award credit for a {subject} example of a solution.\n"
    )


def _content(folder: Path) -> None:
    for order, (slug, name) in enumerate(NAMES.items(), 1):
        write(folder, f"{slug}/subject.yml", f"name: {name}\nlevel: Level 3\norder: {order}\n")
        # The same title in every subject: distinct pages by construction.
        write(folder, f"{slug}/overview.txt", _source(slug, "Unit 1 Overview", f"{slug} basics"))
        write(folder, f"{slug}/second.txt", _source(slug, f"{name} in practice", f"{slug} work"))
        # Made-up texts: their synopses share few words with their definitions.
        accept = "".join(
            f"- {{code: RG006, file: {name}, reason: test text}}\n"
            for name in ("overview.txt", "second.txt")
        )
        write(folder, f"{slug}/lint.yml", f"accept:\n{accept}")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_site(tmp_path_factory.mktemp("subjects"), ROOT)
    _content(project / "content_src")
    return project


@pytest.fixture(scope="module")
def built(project: Path) -> Path:
    result = mkdocs_build(project, project / "site")
    assert result.returncode == 0, result.stderr
    return project / "site"


def _pages(built: Path, subject: str) -> dict[Path, HtmlPage]:
    return {path: read_html(path) for path in sorted((built / subject).rglob("*.html"))}


@pytest.mark.build
@pytest.mark.parametrize("subject", list(NAMES))
def test_every_mention_links_into_its_own_subjects_glossary(built: Path, subject: str) -> None:
    pages = _pages(built, subject)
    glossary = built / subject / "glossary" / "index.html"
    linked: set[str] = set()
    for path, page in pages.items():
        for href, key in page.refs:
            target = resolve(built, path, href)
            assert target is not None
            assert target[0] == glossary, (path, href)
            assert target[1] in read_html(glossary).ids
            linked.add(key)
            definition = page.definitions[key]["text"]
            term = page.definitions[key]["name"]
            # What the popover shows is this subject's definition, and only it.
            assert definition == [MEANINGS[subject][term]], (path, key)
    assert linked == {f"term:{t.lower()}" for t in MEANINGS[subject]}


@pytest.mark.build
def test_a_term_only_another_subject_defines_is_not_linked(built: Path) -> None:
    page = read_html(built / "geography" / "subtopics" / "unit-1-overview" / "index.html")
    assert "pipeline of work" in page.text
    assert "term:pipeline" not in {key for _, key in page.refs}
    assert "term:pipeline" not in page.definitions


@pytest.mark.build
def test_same_titled_subtopics_of_two_subjects_have_their_own_pages(built: Path) -> None:
    for subject in NAMES:
        page = read_html(built / subject / "subtopics" / "unit-1-overview" / "index.html")
        assert f"{subject} basics" in page.text
        others = [s for s in NAMES if s != subject]
        assert all(f"{other} basics" not in page.text for other in others)
        # The subject's level stands for the subtopic's, which the sources do not give.
        assert "Level: Level 3" in page.text


@pytest.mark.build
def test_home_nav_and_practice_are_per_subject(built: Path, project: Path) -> None:
    home = read_html(built / "index.html")
    for slug, name in NAMES.items():
        assert name in home.text
        assert f"{slug}/subtopics/unit-1-overview/" in {href for href, _ in home.links}
        assert f"{slug}/glossary/" in {href for href, _ in home.links}
        # The navigation has a section per subject: its pages show under its name.
        page = read_html(built / slug / "subtopics" / "unit-1-overview" / "index.html")
        assert f"{name} Subtopics" in page.text
    # Tags span the subjects: "Level 3" (each subject's level) lists every subject's pages.
    tags = {href for href, _ in read_html(built / "tags" / "index.html").links}
    assert {f"../{s}/subtopics/unit-1-overview/" for s in NAMES} <= tags
    root_glossary = read_html(built / "glossary" / "index.html")
    assert {f"../{s}/glossary/" for s in NAMES} <= {href for href, _ in root_glossary.links}
    data = practice_data((built / "practice" / "data.js").read_text(encoding="utf-8"))
    keys = [s["slug"] for s in data["subtopics"]]
    second = {slug: name.lower().replace(" ", "-") + "-in-practice" for slug, name in NAMES.items()}
    expected = [f"{s}/{slug}" for s in NAMES for slug in ("unit-1-overview", second[s])]
    assert sorted(keys) == sorted(expected)
    # One card per subject for "Solution": three schedules, never one.
    solution_cards = [c for c in data["cards"].values() if c["front"] == "Solution"]
    assert len(solution_cards) == 3
    assert {c["link"].split("/")[0] for c in solution_cards} == set(NAMES)
    for slug in NAMES:
        deck = (built / slug / "practice" / "flashcards" / "index.html").read_text("utf-8")
        assert f'data-rg-deck="{slug}/"' in deck
        assert (built / slug / "practice" / "exports" / "revision-guide.apkg").is_file()


def test_conflicting_definitions_across_subjects_are_no_lint_finding(tmp_path: Path) -> None:
    _content(tmp_path / "content_src")
    site = build_site(tmp_path / "content_src", tmp_path)
    assert [f for f in site.findings if f.code == "RG004"] == []
    assert [str(d) for d in site.diagnostics if "RG004" in d.message] == []
    # Within a subject they still are.
    write(tmp_path, "content_src/sales/third.txt", _source("geography", "Third", "more sales"))
    site = build_site(tmp_path / "content_src", tmp_path)
    assert {f.source.path for f in site.findings if f.code == "RG004"} <= {
        "content_src/sales/third.txt",
        "content_src/sales/overview.txt",
        "content_src/sales/second.txt",
    }
    assert [f for f in site.findings if f.code == "RG004"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("level: Level 2\n", "content_src/bio/subject.yml:1: no 'name': give the subject's name"),
        ("", "content_src/bio/subject.yml:1: empty: give at least 'name: <subject name>'"),
        (
            "name: Biology\ncolour: green\n",
            "content_src/bio/subject.yml:2: unknown field 'colour' (known: name, awarding_body, "
            "level, order)",
        ),
        (
            "name: Biology\norder: first\n",
            "content_src/bio/subject.yml:2: 'order' must be a whole number",
        ),
        ("name: [a, b]\n", "content_src/bio/subject.yml:1: 'name' must be non-empty text"),
        (
            "name: Biology\nname: Bio\n",
            "content_src/bio/subject.yml:2: 'name' is given twice (first on line 1); keep one",
        ),
    ],
)
def test_a_bad_subject_yml_names_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    write(tmp_path, "content_src/bio/subject.yml", text)
    write(tmp_path, "content_src/chem/subject.yml", "name: Chemistry\n")
    subjects, problems = discover_subjects(tmp_path / "content_src", tmp_path)
    assert [s.slug for s in subjects] == ["chem"]
    assert [str(p) for p in problems] == [f"{message}; subject skipped (none of bio/ is read)"]
    assert all(p.severity == "error" for p in problems)


def test_a_folder_name_that_is_no_address_and_a_stray_file_are_reported(tmp_path: Path) -> None:
    write(tmp_path, "content_src/Biology 1/subject.yml", "name: Biology\n")
    write(tmp_path, "content_src/practice/subject.yml", "name: Practice\n")
    write(tmp_path, "content_src/chem/subject.yml", "name: Chemistry\n")
    write(tmp_path, "content_src/stray.txt", "text")
    subjects, problems = discover_subjects(tmp_path / "content_src", tmp_path)
    assert [s.slug for s in subjects] == ["chem"]
    messages = [str(p) for p in problems]
    assert messages[0].startswith(
        "content_src/Biology 1/subject.yml:1: the folder name 'Biology 1'"
    )
    assert messages[1].startswith("content_src/practice/subject.yml:1: the folder name 'practice'")
    assert messages[2].startswith("content_src/stray.txt:1: outside every subject folder")
    # The build fails on them with the message, never a traceback.
    site = build_site(tmp_path / "content_src", tmp_path)
    assert {str(d) for d in problems} <= {str(d) for d in site.diagnostics}


def test_a_flat_guide_is_one_subject_and_a_subject_yml_there_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "content_src/a.txt", _source("sales", "Only", "sales"))
    subjects, problems = discover_subjects(tmp_path / "content_src", tmp_path)
    assert [(s.slug, s.prefix) for s in subjects] == [("", "")]
    assert problems == []
    write(tmp_path, "content_src/subject.yml", "name: Sales\n")
    _, problems = discover_subjects(tmp_path / "content_src", tmp_path)
    assert [str(p).split(": ", 1)[0] for p in problems] == ["content_src/subject.yml:1"]


def test_subjects_are_ordered_by_their_order_then_name(tmp_path: Path) -> None:
    write(tmp_path, "content_src/a/subject.yml", "name: Zoology\norder: 2\n")
    write(tmp_path, "content_src/b/subject.yml", "name: Botany\norder: 2\n")
    write(tmp_path, "content_src/c/subject.yml", "name: Chemistry\norder: 1\n")
    subjects, _ = discover_subjects(tmp_path / "content_src", tmp_path)
    assert [s.name for s in subjects] == ["Chemistry", "Botany", "Zoology"]


def test_page_urls_never_collide_across_subjects(tmp_path: Path) -> None:
    _content(tmp_path / "content_src")
    site = build_site(tmp_path / "content_src", tmp_path)
    paths = [p.path for p in site.pages]
    assert len(paths) == len(set(paths))
    assert not [d for d in site.diagnostics if d.severity == "error"]
    for slug in NAMES:
        assert f"{slug}/subtopics/unit-1-overview.md" in paths
        assert f"{slug}/glossary.md" in paths
    assert re.search(r"sales/", site.home_listing)


def test_a_subjects_home_listing_links_under_its_folder_and_can_list_titles_only() -> None:
    synopsis = Section("synopsis", "Synopsis", (Item("Why cells divide.", SourceRef("x", 1)),))
    cells = Subtopic("cells", "Cells", "source", ("content_src/biology/c.txt",), (synopsis,))
    full = render_home_listing([cells], "biology/", 4)
    assert full.startswith("#### [Cells](biology/subtopics/cells.md)")
    assert "Why cells divide" in full
    brief = render_home_listing([cells], "biology/", 4, titles=True)
    assert brief == "- [Cells](biology/subtopics/cells.md)\n"


def test_a_guide_of_several_subjects_builds_byte_identically(tmp_path: Path) -> None:
    _content(tmp_path / "content_src")
    first, second = (build_site(tmp_path / "content_src", tmp_path, epoch=1) for _ in range(2))
    assert [(p.path, p.content) for p in first.pages] == [(p.path, p.content) for p in second.pages]
    assert [(a.path, a.content) for a in first.assets] == [
        (a.path, a.content) for a in second.assets
    ]


def test_a_guide_whose_every_subject_yml_is_broken_reports_each(tmp_path: Path) -> None:
    write(tmp_path, "content_src/bio/subject.yml", "level: 2\n")
    write(tmp_path, "content_src/bio/cells.txt", _source("science", "Cells", "cells"))
    site = build_site(tmp_path / "content_src", tmp_path)
    errors = [str(d) for d in site.diagnostics if d.severity == "error"]
    assert errors == [
        "content_src/bio/subject.yml:1: no 'name': give the subject's name; subject skipped "
        "(none of bio/ is read)"
    ]
    assert site.guide.subtopics == ()
