"""`python -m revguide review`: candidates one by one, decisions in dedupe.yml, applied by the
next build; stale decisions reported (revguide.cli, revguide.settings)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from helpers import PLAIN, write
from revguide.cli import main
from revguide.errors import RevguideError
from revguide.ids import pair_id
from revguide.pipeline import build_guide
from revguide.settings import load_overrides, record_decision

MITOSIS = "Award credit for saying that mitosis gives two identical daughter cells."
MEIOSIS = "Award credit for saying that meiosis gives two identical daughter cells."
PAIR = pair_id(MITOSIS, MEIOSIS)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    write(tmp_path, "content_src/x.txt", PLAIN + f"- {MITOSIS}\n- {MEIOSIS}\n")
    return tmp_path / "content_src"


def review(content: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command as an editor runs it (from the project root)."""
    return subprocess.run(
        [sys.executable, "-m", "revguide", "review", str(content), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=content.parent,
    )


def marking_points(content: Path) -> list[str]:
    (subtopic,) = build_guide(content, content.parent).subtopics
    return [i.text for i in subtopic.items("marking_points")]


def test_list_shows_each_open_candidate_with_places_and_the_difference(content: Path) -> None:
    done = review(content, "--list")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"{PAIR}  marking_points of ")
    assert lines[1] == f"  content_src/x.txt:13: {MITOSIS.replace('mitosis', '[-mitosis-]')}"
    assert lines[2] == f"  content_src/x.txt:14: {MEIOSIS.replace('meiosis', '{+meiosis+}')}"
    assert lines[-1] == "1 open candidates"


def test_merge_round_trips_through_dedupe_yml_into_the_next_build(content: Path) -> None:
    assert len(marking_points(content)) == 3
    done = review(content, "--merge", PAIR)
    assert done.returncode == 0, done.stderr
    saved = yaml.safe_load((content / "dedupe.yml").read_text(encoding="utf-8"))
    assert saved == {"merge": [{"id": PAIR, "texts": [MITOSIS, MEIOSIS]}]}
    guide = build_guide(content, content.parent)
    assert [i.text for i in guide.subtopics[0].items("marking_points")][1:] == [MITOSIS]
    assert [m.reason for m in guide.reports[0].merges] == ["override"]
    assert guide.diagnostics == ()
    assert review(content, "--list").stdout.splitlines() == ["0 open candidates"]


def test_keep_apart_is_recorded_and_closes_the_candidate(content: Path) -> None:
    assert main(["review", str(content), "--keep", PAIR]) == 0
    assert [p.action for p in load_overrides(content / "dedupe.yml", "dedupe.yml")] == [
        "keep_apart"
    ]
    assert len(marking_points(content)) == 3
    assert review(content, "--list").stdout.splitlines() == ["0 open candidates"]


def test_an_unknown_id_is_an_error_and_writes_nothing(content: Path) -> None:
    done = review(content, "--merge", "d-000000000000")
    assert done.returncode == 2  # a wrong command line (revguide.cli's exit codes)
    assert "no open candidate d-000000000000" in done.stderr
    assert not (content / "dedupe.yml").exists()


def test_interactive_review_asks_for_each_candidate(
    content: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter(["?", "k"])
    monkeypatch.setattr("builtins.input", lambda prompt: next(answers))
    assert main(["review", str(content)]) == 0
    out = capsys.readouterr().out
    assert "[1/1]" in out
    assert "[-mitosis-]" in out
    assert "{+meiosis+}" in out
    assert f"keep_apart {PAIR}" in out
    assert [p.id for p in load_overrides(content / "dedupe.yml", "dedupe.yml")] == [PAIR]


def test_interactive_review_stops_at_end_of_input(
    content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_more(prompt: str) -> str:
        raise EOFError

    monkeypatch.setattr("builtins.input", no_more)
    assert main(["review", str(content)]) == 0
    assert not (content / "dedupe.yml").exists()


def test_a_decision_whose_items_are_gone_is_reported_as_stale(content: Path) -> None:
    assert main(["review", str(content), "--merge", PAIR]) == 0
    write(content.parent, "content_src/x.txt", PLAIN)
    guide = build_guide(content, content.parent)
    (warning,) = guide.diagnostics
    assert str(warning).startswith(f"content_src/dedupe.yml:2: stale merge decision {PAIR}: ")


def test_recording_keeps_comments_and_other_decisions(tmp_path: Path) -> None:
    path = tmp_path / "dedupe.yml"
    path.write_text(
        "# Decisions of the sales team\n"
        "merge:\n"
        '  - ["Failing to record feedback.", "Not recording customer feedback."]\n'
        "  # keep this one\n"
        "\n"
        "keep_apart:\n",
        encoding="utf-8",
    )
    record_decision(path, "merge", "Use a CRM.", "Use a CRM system.")
    record_decision(path, "keep_apart", "Level 2 Award", "Level 2 Certificate")
    record_decision(path, "keep_apart", "Pay £5 a month.", "Pay “£5” a week: 🙂")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Decisions of the sales team\nmerge:\n")
    assert "  # keep this one\n" in text
    pairs = load_overrides(path, "dedupe.yml")
    assert [(p.action, p.texts) for p in pairs] == [
        ("merge", ("Failing to record feedback.", "Not recording customer feedback.")),
        ("merge", ("Use a CRM.", "Use a CRM system.")),
        ("keep_apart", ("Level 2 Award", "Level 2 Certificate")),
        ("keep_apart", ("Pay £5 a month.", "Pay “£5” a week: 🙂")),
    ]


def test_a_flow_style_list_is_not_edited(tmp_path: Path) -> None:
    path = tmp_path / "dedupe.yml"
    path.write_text("merge: []\n", encoding="utf-8")
    with pytest.raises(RevguideError, match="must be a list of '- ' lines"):
        record_decision(path, "merge", "Use a CRM.", "Use a CRM system.")
    assert path.read_text(encoding="utf-8") == "merge: []\n"


def test_a_decision_entry_must_name_two_texts(tmp_path: Path) -> None:
    path = tmp_path / "dedupe.yml"
    path.write_text("merge:\n  - id: d-1\n    text: [a, b]\n", encoding="utf-8")
    with pytest.raises(RevguideError, match=r"dedupe\.yml:3: unknown field 'text'"):
        load_overrides(path, "dedupe.yml")


def test_in_a_guide_of_several_subjects_a_decision_goes_to_its_subjects_file(
    tmp_path: Path,
) -> None:
    content = tmp_path / "content_src"
    write(content, "biology/subject.yml", "name: Biology\n")
    write(content, "biology/x.txt", PLAIN + f"- {MITOSIS}\n- {MEIOSIS}\n")
    write(content, "sales/subject.yml", "name: Sales\n")
    write(content, "sales/y.txt", PLAIN)
    done = review(content, "--merge", PAIR)
    assert done.returncode == 0, done.stderr
    assert not (content / "dedupe.yml").exists()
    assert not (content / "sales" / "dedupe.yml").exists()
    saved = yaml.safe_load((content / "biology" / "dedupe.yml").read_text(encoding="utf-8"))
    assert saved == {"merge": [{"id": PAIR, "texts": [MITOSIS, MEIOSIS]}]}
    assert review(content, "--list").stdout.splitlines() == ["0 open candidates"]
