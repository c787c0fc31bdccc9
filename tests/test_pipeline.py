"""The pipeline on the seeds and on bad input: accounting, merging, clear messages."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from conftest import CONTENT, ROOT
from helpers import PLAIN, write
from revguide.cli import main
from revguide.ids import pair_id
from revguide.model import Guide
from revguide.pipeline import build_guide
from revguide.report import build_report
from revguide.text import item_key


@pytest.fixture(scope="module")
def seeds() -> Guide:
    return build_guide(CONTENT, ROOT)


def test_five_seed_files_make_four_subtopics_with_the_invariant(seeds: Guide) -> None:
    report = build_report(seeds)
    assert len(report["subtopics"]) == 4
    totals = report["totals"]
    assert totals["items_in"] == totals["items_out"] + totals["merged"]
    assert sorted(s for t in report["subtopics"] for s in t["sources"]) == sorted(
        f"content_src/{p.name}" for p in CONTENT.glob("*.txt")
    )
    assert report["warnings"] == []
    assert report["errors"] == []


def test_001_and_002_are_one_subtopic_and_001_adds_no_new_item(seeds: Guide) -> None:
    (merged,) = [s for s in seeds.subtopics if len(s.sources) == 2]
    assert merged.title == "Build and Maintain Sales Relationships"
    assert merged.awarding_body == "Institute of Sales Professionals"
    assert merged.level == "Level 4"
    assert [Path(p).name[:3] for p in merged.sources] == ["002", "001"]
    survivors = [i for s in merged.sections for i in s.items]
    assert all(i.source.path.endswith("002_4dff09ba1cfe9f18.txt") for i in survivors)


def test_repeated_outcomes_collapse_to_three(seeds: Guide) -> None:
    (merged,) = [s for s in seeds.subtopics if len(s.sources) == 2]
    assert [i.text for i in merged.items("learning_outcomes")] == [
        "Understand how to establish, develop and maintain sales relationships",
        "Understand internal organisational dynamics and external influences and their impacts",
        "Be able to deliver a positive customer experience during the sales process",
    ]


def test_every_seed_item_is_kept_or_merged_into_a_named_survivor(seeds: Guide) -> None:
    """Nothing lost: each bullet/paragraph line of every seed is on a page, merged or boilerplate."""
    placed: set[tuple[str, int]] = set()
    for subtopic, report in zip(seeds.subtopics, seeds.reports, strict=True):
        for section in subtopic.sections:
            for item in section.items:
                placed.add((item.source.path, item.source.line))
                placed.update((r.path, r.line) for r in item.merged_from)
        for merge in report.merges:
            assert any(
                item_key(i.full_text) == item_key(merge.kept)
                for s in subtopic.sections
                for i in s.items
            )
        placed.update((b.source.path, b.source.line) for b in report.boilerplate)
    for path in sorted(CONTENT.glob("*.txt")):
        display = f"content_src/{path.name}"
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            if line.strip() and not _is_heading(line):
                assert (display, number) in placed, f"{display}:{number} lost: {line[:60]}"


def _is_heading(line: str) -> bool:
    from revguide.headings import match_heading

    return match_heading(line.strip()) is not None


def test_metadata_sets_titles_and_order(seeds: Guide) -> None:
    assert [s.title for s in seeds.subtopics] == [
        "Build and Maintain Sales Relationships",
        "Investing in and Retaining Sales Relationships",
        "Customer Needs and Relationship Management",
        "Communication for Lasting Customer Relationships",
    ]
    assert [s.title_origin for s in seeds.subtopics] == [
        "source",
        "metadata",
        "metadata",
        "metadata",
    ]


def test_title_derived_from_synopsis_without_metadata(tmp_path: Path) -> None:
    write(tmp_path, "c/x.txt", PLAIN)
    guide = build_guide(tmp_path / "c", tmp_path)
    (subtopic,) = guide.subtopics
    assert subtopic.title == "How teams handle customer complaints and turn them into loyalty"
    assert subtopic.title_origin == "synopsis"
    assert subtopic.slug == "how-teams-handle-customer-complaints-and-turn-them-into"  # <= 60


# -- bad input: a clear file:line message, the other files still processed ------------------


@pytest.mark.parametrize(
    ("content", "line", "message"),
    [
        (b"", 1, "empty file"),
        (b"  \n\t\n", 1, "empty file"),
        (b"Topic Synopsis\nok\n\x00\x01binary", 3, "binary data"),
        (b"Topic Synopsis\nbad \x81 byte\n", 2, "not valid UTF-8 (byte 0x81 at column 5)"),
    ],
)
def test_unusable_file_is_skipped_with_a_message(
    tmp_path: Path, content: bytes, line: int, message: str
) -> None:
    write(tmp_path, "c/bad.txt", content)
    write(tmp_path, "c/good.txt", PLAIN)
    guide = build_guide(tmp_path / "c", tmp_path)
    assert len(guide.subtopics) == 1
    (diagnostic,) = guide.diagnostics
    assert str(diagnostic).startswith(f"c/bad.txt:{line}: ")
    assert message in diagnostic.message


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: codecs.BOM_UTF8 + t.encode(),
        lambda t: t.encode("utf-16"),
        lambda t: t.replace("\n", "\r\n").encode(),
        lambda t: t.replace("\n", "\r").encode(),
        lambda t: t.replace("\n", "\r\n", 3).encode(),
    ],
    ids=["utf8-bom", "utf16-bom", "crlf", "cr", "mixed"],
)
def test_encodings_and_line_endings_give_the_same_model(tmp_path: Path, encode) -> None:  # type: ignore[no-untyped-def]
    write(tmp_path, "a/x.txt", PLAIN)
    write(tmp_path, "b/x.txt", encode(PLAIN))
    reference = build_report(build_guide(tmp_path / "a", tmp_path / "a"))
    other = build_report(build_guide(tmp_path / "b", tmp_path / "b"))
    assert json.dumps(other) == json.dumps(reference)


def test_unknown_file_type_is_reported_not_silently_ignored(tmp_path: Path) -> None:
    write(tmp_path, "c/x.txt", PLAIN)
    write(tmp_path, "c/notes.docx", b"PK")
    guide = build_guide(tmp_path / "c", tmp_path)
    assert [str(d) for d in guide.diagnostics] == [
        "c/notes.docx:1: not a subtopic source (.txt, .md) or a registry "
        "(dedupe.yml, lint.yml, metadata.yml, models.yml); ignored"
    ]


def test_metadata_problems_name_the_line(tmp_path: Path) -> None:
    write(tmp_path, "c/x.txt", PLAIN)
    write(
        tmp_path,
        "c/metadata.yml",
        "x.txt:\n  title: Fine\n  colour: red\nmissing.txt:\n  order: 2\n",
    )
    messages = [str(d) for d in build_guide(tmp_path / "c", tmp_path).diagnostics]
    assert messages == [
        "c/metadata.yml:3: unknown field 'colour' (allowed: title, slug, awarding_body, level, "
        "category, order, qualifications, tags); ignored",
        "c/metadata.yml:4: no source file content_src/missing.txt; check the file name (entry ignored)",
    ]


def test_broken_yaml_is_an_error_with_its_line(tmp_path: Path) -> None:
    write(tmp_path, "c/x.txt", PLAIN)
    write(tmp_path, "c/metadata.yml", "x.txt:\n  title: [unclosed\n")
    guide = build_guide(tmp_path / "c", tmp_path)
    (error,) = guide.errors
    assert (error.source.path, error.source.line) == ("c/metadata.yml", 3)
    assert error.message.startswith("invalid YAML")
    assert len(guide.subtopics) == 1


def test_dedupe_overrides_file(tmp_path: Path) -> None:
    write(tmp_path, "c/x.txt", PLAIN + "- Award credit for a full recovery plan.\n")
    write(
        tmp_path,
        "c/dedupe.yml",
        'merge:\n  - ["Award credit for a complete recovery plan.", "award credit for a full recovery plan"]\n'
        'keep_apart:\n  - ["No such item", "Nor this one"]\n',
    )
    guide = build_guide(tmp_path / "c", tmp_path)
    (subtopic,) = guide.subtopics
    assert [i.text for i in subtopic.items("marking_points")] == [
        "Award credit for a complete recovery plan."
    ]
    assert [m.reason for m in guide.reports[0].merges] == ["override"]
    assert [str(d) for d in guide.diagnostics] == [
        f"c/dedupe.yml:4: stale keep_apart decision {pair_id('No such item', 'Nor this one')}: "
        "no section has both items any more; delete it, or correct the texts (copy them from the page)"
    ]


def test_same_title_in_two_files_merges_and_duplicate_slugs_get_a_suffix(tmp_path: Path) -> None:
    other = PLAIN.replace("complaints and turn them into loy", "refunds and").replace(
        "customer complaints and turn them into loyalty", "refunds"
    )
    write(tmp_path, "c/a.txt", PLAIN)
    write(tmp_path, "c/b.txt", other)
    write(tmp_path, "c/metadata.yml", "a.txt:\n  title: Same\nb.txt:\n  title: Same\n")
    guide = build_guide(tmp_path / "c", tmp_path)
    assert len(guide.subtopics) == 1  # same title: one subtopic, two sources
    write(tmp_path, "c/metadata.yml", "a.txt:\n  slug: same\nb.txt:\n  title: Same\n")
    guide = build_guide(tmp_path / "c", tmp_path)
    assert [s.slug for s in guide.subtopics] == ["same", "same-2"]
    assert "already used by another subtopic" in guide.diagnostics[0].message


def test_cli_report_and_check(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    assert main(["report", "content_src"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["version"], len(report["subtopics"])) == (1, 4)
    assert main(["check", "content_src"]) == 0
    out = capsys.readouterr().out
    assert "4 subtopics; 178 items in, 128 out, 50 merged" in out
    assert main(["check", "no-such-folder"]) == 2
