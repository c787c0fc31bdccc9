"""``python -m revguide``: help on every command and argument, ``--version``, the exit codes
its help documents, ``--format json``, and ``new`` (a template that builds as it is)."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from conftest import CONTENT, ROOT
from helpers import write
from rendering import read, to_html
from revguide.cli import EXIT_CODES, main, parser
from revguide.headings import CANONICAL
from revguide.newsource import SECTION_NOTES
from revguide.pipeline import build_guide
from revguide.report import build_report
from revguide.site import build_site
from sitecheck import mkdocs_build


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "revguide", *args], cwd=cwd, capture_output=True, text=True
    )


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    (group,) = [a for a in parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(group.choices)


def test_every_command_and_argument_has_help_and_an_example() -> None:
    commands = _subcommands()
    assert set(commands) >= {"new", "check", "lint", "import", "report", "model", "emit"}
    for name, command in commands.items():
        for action in command._actions:
            assert action.help, f"{name} {action.dest}: no help"
        assert f"python -m revguide {name}" in (command.epilog or ""), name
        assert "exit codes:" in (command.epilog or ""), name
    top = _run("--help")
    assert top.returncode == 0
    for name in commands:
        assert f"    {name} " in top.stdout, name
    assert EXIT_CODES in top.stdout


def test_version_is_the_package_version() -> None:
    done = _run("--version")
    assert (done.returncode, done.stdout) == (0, f"python -m revguide {version('revguide')}\n")


def test_exit_codes_are_those_documented(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run("no-such-command").returncode == 2
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    assert main(["check", "empty"]) == 2  # no subtopics: nothing to publish
    assert "nothing to publish" in capsys.readouterr().err
    assert main(["check", "missing"]) == 2
    write(tmp_path, "warned/a.md", "---\ntitle: A\ncolour: red\n---\n## Synopsis\nText here.\n")
    assert main(["check", "warned"]) == 0  # a warning: the plain build works
    assert main(["check", "--strict", "warned"]) == 1  # ... --strict fails
    assert main(["lint", "warned"]) == 1
    write(tmp_path, "broken/a.md", "## Synopsis\nText here.\n")
    write(tmp_path, "broken/lint.yml", "accept: [\n")
    assert main(["lint", "broken"]) == 2
    assert main(["check", "broken"]) == 2


def test_check_and_lint_as_json(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    assert main(["check", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    report = build_report(build_guide(CONTENT, ROOT))
    assert data["status"] == 0
    assert [s["slug"] for s in data["subtopics"]] == [s["slug"] for s in report["subtopics"]]
    assert data["subtopics"][0]["sources"] == report["subtopics"][0]["sources"]
    assert data["totals"] == report["totals"]
    assert data["diagnostics"] == []

    assert main(["lint", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["status"] == 0
    accepted = [f for f in data["findings"] if f["accepted"]]
    assert {(f["code"], f["file"]) for f in accepted} >= {
        ("RG006", "content_src/004_01533831aca397b5.txt")
    }
    assert main(["lint"]) == 0
    text = capsys.readouterr().out.splitlines()
    assert len(text) == len(data["findings"])
    for line, finding in zip(text, data["findings"], strict=True):
        assert line.startswith(f"{finding['file']}:{finding['line']}: {finding['code']} ")


def test_new_writes_every_section_with_a_comment_and_builds_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "project"
    for folder in ("docs", "overrides", "hooks", "content_src"):
        shutil.copytree(
            ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    monkeypatch.chdir(project)
    assert main(["new", 'Photosynthesis: "light" & <dark>']) == 0
    path = project / "content_src" / "photosynthesis-light-dark.md"
    assert f"wrote {path.relative_to(project)}" in capsys.readouterr().out
    assert main(["new", 'Photosynthesis: "light" & <dark>']) == 1  # never overwrites
    assert "already exists" in capsys.readouterr().err
    template = path.read_text("utf-8")
    for kind, heading in CANONICAL.items():
        assert f"## {heading}\n\n<!-- {SECTION_NOTES[kind]} -->\n" in template

    # As it is: a draft, a note and no page; --strict passes.
    site = build_site(project / "content_src", project)
    assert [(d.severity, d.source.path) for d in site.diagnostics] == [
        ("note", "content_src/photosynthesis-light-dark.md")
    ]
    built = mkdocs_build(project, tmp_path / "site")
    assert built.returncode == 0, built.stderr

    # One line of text under the synopsis's comment: the page, with no comment text.
    synopsis = "<!-- " + SECTION_NOTES["synopsis"] + " -->\n"
    path.write_text(template.replace(synopsis, synopsis + "Plants make glucose.\n"), "utf-8")
    site = build_site(project / "content_src", project)
    (page,) = [p for p in site.pages if p.path == "subtopics/photosynthesis-light-dark.md"]
    shown = read(to_html(page.content)).text
    assert 'Photosynthesis: "light" & <dark>' in shown
    assert "Plants make glucose." in shown
    assert not [note for note in SECTION_NOTES.values() if note[:30] in page.content]
    report = build_report(site.guide)
    (entry,) = [s for s in report["subtopics"] if s["slug"] == "photosynthesis-light-dark"]
    lines = template.replace(synopsis, synopsis + "Plants make glucose.\n").split("\n")
    comments = [n for n, line in enumerate(lines, 1) if line.startswith("<!--")]
    accounting = entry["lines"]["content_src/photosynthesis-light-dark.md"]
    assert accounting["comment"] == comments
    assert len(comments) == len(CANONICAL)
    built = mkdocs_build(project, tmp_path / "site2")
    assert built.returncode == 0, built.stderr
    html = tmp_path / "site2" / "subtopics" / "photosynthesis-light-dark" / "index.html"
    assert "Plants make glucose." in html.read_text("utf-8")
    assert "<!--" not in html.read_text("utf-8").split("<article", 1)[1].split("</article>")[0]


def test_comments_in_editor_sources(tmp_path: Path) -> None:
    """A comment may share a line or span several; one never closed is text, with a warning;
    ``\\<!--`` is the text ``<!--``."""
    write(
        tmp_path,
        "content_src/a.md",
        "# Forces\n\n## Exam tips\n\n- Draw <!-- hidden --> diagrams.\n<!-- a note\nover lines -->\n"
        "- Label axes.\n- Type \\<!-- to show it.\n\n## Synopsis\n\nForces <!-- never closed\n",
    )
    guide = build_guide(tmp_path / "content_src", tmp_path)
    (subtopic,) = guide.subtopics
    assert [i.text for i in subtopic.items("exam_tips")] == [
        "Draw diagrams.",
        "Label axes.",
        "Type <!-- to show it.",
    ]
    assert [i.text for i in subtopic.items("synopsis")] == ["Forces <!-- never closed"]
    assert [str(d) for d in guide.diagnostics] == [
        "content_src/a.md:13: '<!--' opens a comment never closed with '-->'; shown as text"
    ]
    lines = build_report(guide)["subtopics"][0]["lines"]["content_src/a.md"]
    assert lines["comment"] == [6, 7]
