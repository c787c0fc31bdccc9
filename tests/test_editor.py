"""Editor Markdown sources and ``revguide import``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import CONTENT
from helpers import write
from revguide.cli import main
from revguide.pipeline import build_guide
from revguide.site import build_site

EDITOR = """\
---
title: Handling Complaints
order: 5
level: Level 2
tags: [customer service]
---

## Synopsis

How teams turn complaints into loyalty through service recovery. A paragraph may
run over several lines.

## Key concepts

- **Service recovery**: Fixing a failure so well that the customer ends up more loyal.
- **Net Promoter Score (NPS)**: A measure of how likely customers are to recommend you.

## Exam tips

- Quote a real complaint you handled and the service recovery you used. Use *stars* as text.

## Misconceptions

- Misconception: Complaints are bad news. Correction: They are free feedback.

## Learning outcomes

1. Explain how complaints can build loyalty
2. Use the NPS to measure loyalty

## Worked examples

- A hotel that rebooked a guest.
"""


def test_editor_source_is_read_into_the_same_model(tmp_path: Path) -> None:
    write(tmp_path, "content_src/complaints.md", EDITOR)
    (subtopic,) = build_guide(tmp_path / "content_src", tmp_path).subtopics
    assert (subtopic.title, subtopic.level, subtopic.tags) == (
        "Handling Complaints",
        "Level 2",
        ("customer service",),
    )
    assert [i.text for i in subtopic.items("synopsis")] == [
        "How teams turn complaints into loyalty through service recovery. "
        "A paragraph may run over several lines."
    ]
    assert [(i.term, i.source.line) for i in subtopic.items("key_concepts")] == [
        ("Service recovery", 15),
        ("Net Promoter Score (NPS)", 16),
    ]
    (mistake,) = subtopic.items("misconceptions")
    assert mistake.correction == "They are free feedback."
    assert [i.text for i in subtopic.items("learning_outcomes")] == [
        "Explain how complaints can build loyalty",
        "Use the NPS to measure loyalty",
    ]
    assert subtopic.items("exam_tips")[0].text.endswith("Use *stars* as text.")
    assert subtopic.section("other:Worked examples") is not None


def test_hand_written_subtopic_appears_with_its_terms_linked(tmp_path: Path) -> None:
    write(tmp_path, "content_src/complaints.md", EDITOR)
    site = build_site(tmp_path / "content_src", tmp_path)
    page = next(p for p in site.pages if p.path == "subtopics/handling-complaints.md")
    assert "[service recovery](../glossary.md#service-recovery" in page.content
    assert "[NPS](../glossary.md#net-promoter-score" in page.content
    assert page.sources == ("content_src/complaints.md",)


def test_front_matter_problems_name_the_line(tmp_path: Path) -> None:
    write(tmp_path, "content_src/a.md", "---\ntitle: A\ncolour: red\n---\n## Synopsis\nText.\n")
    write(tmp_path, "content_src/b.md", "---\ntitle: [broken\n---\n## Synopsis\nText.\n")
    guide = build_guide(tmp_path / "content_src", tmp_path)
    messages = [str(d) for d in guide.diagnostics]
    assert messages[0].startswith("content_src/a.md:3: unknown field 'colour'")
    assert messages[1].startswith("content_src/b.md:")
    assert messages[1].endswith("; file skipped")
    assert [s.title for s in guide.subtopics] == ["A"]


def _page(content: Path, root: Path) -> str:
    site = build_site(content, root)
    (page,) = [p for p in site.pages if p.path.startswith("subtopics/")]
    return page.content


@pytest.mark.parametrize("seed", sorted(p.name for p in CONTENT.glob("*.txt")))
def test_import_builds_the_same_page_as_the_raw_text(
    seed: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw_dir = tmp_path / "raw" / "content_src"
    raw_dir.mkdir(parents=True)
    shutil.copy(CONTENT / seed, raw_dir / seed)
    shutil.copy(CONTENT / "metadata.yml", raw_dir / "metadata.yml")
    expected = _page(raw_dir, tmp_path / "raw")

    monkeypatch.chdir(tmp_path / "raw")
    original = (raw_dir / seed).read_bytes()
    assert main(["import", f"content_src/{seed}"]) == 0
    assert (raw_dir / seed).read_bytes() == original  # never modified without --replace
    assert main(["import", f"content_src/{seed}"]) == 1  # refuses to overwrite

    md_dir = tmp_path / "md" / "content_src"
    md_dir.mkdir(parents=True)
    md = seed.replace(".txt", ".md")
    shutil.move(raw_dir / md, md_dir / md)
    assert _page(md_dir, tmp_path / "md") == expected.replace(seed, md)


def test_import_replace_removes_the_raw_file_and_its_metadata_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = tmp_path / "content_src"
    shutil.copytree(CONTENT, content)
    monkeypatch.chdir(tmp_path)
    assert main(["import", "--replace", "content_src/000_6c7d8dc6d3842ee7.txt"]) == 0
    assert not (content / "000_6c7d8dc6d3842ee7.txt").exists()
    assert "000_6c7d8dc6d3842ee7" not in (content / "metadata.yml").read_text()
    guide = build_guide(content, tmp_path)
    assert guide.diagnostics == ()
    assert [s.title for s in guide.subtopics] == [
        s.title for s in build_guide(CONTENT, CONTENT.parent).subtopics
    ]
