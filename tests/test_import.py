"""``revguide import``: the editor source it writes builds the same page as the raw text, for
every raw text of ``tests/corpus/`` and for terms written the ways editors write them; ``--replace``
retires the raw file (metadata, lint acceptances); the seeds still build with ``--strict``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import CONTENT, ROOT
from helpers import write
from rendering import read, to_html
from revguide.cli import main
from revguide.model import Item
from revguide.site import Site, build_site
from sitecheck import mkdocs_build
from test_corpus import CORPUS, NAMES

#: A file whose only line is a title: nothing to import (the build makes no page of it either).
TITLE_ONLY = "title_only_photosynthesis"

#: Terms as editors and sites write them: bold with a dash, underscores, single stars, a colon
#: inside a bold term, a colon without a space, a star inside (a grade), a term of a star, "#",
#: list-like and comment-like text (a comment in an editor source, text in a raw one).
TERMS = """\
Forces and motion
Synopsis
How forces change motion, and why.
Key Concepts
- **Momentum** - mass times velocity, a vector.
- __Impulse__: force times the time it acts.
- **Act 1: Scene 2**: the opening of the play.
- *Weight*: the force of gravity on a mass.
- Ratio 3:1: three parts to one.
- **A***: the top grade.
- Newton's second law: F = ma: force is mass times acceleration.
- *: the wildcard.
Exam Tips
- Use **bold** words: they stay as typed.
- # this is not a heading
- 1. this is not a numbered list
- <!-- in a raw text, this is text --> and stays on the page
- \\<!-- so is this
"""


def _visible(site: Site, raw: str, md: str) -> dict[str, str]:
    """Visible text of each subtopic page and the glossary, the source's name made the .md's."""
    return {
        page.path: read(to_html(page.content)).text.replace(raw, md)
        for page in site.pages
        if page.path.startswith("subtopics/") or page.path == "glossary.md"
    }


def _shape(site: Site) -> list[tuple[str, list[tuple[str, str]], list[str]]]:
    """Each subtopic's title and sections, and the glossary's terms."""
    subtopics = [(s.title, [(x.kind, x.heading) for x in s.sections]) for s in site.guide.subtopics]
    terms = [e.term for e in site.glossary]
    return [(title, sections, terms) for title, sections in subtopics]


def _tree(item: Item) -> tuple[object, ...]:
    """An item's text, table cells and nested items (any depth)."""
    return (item.term, item.text, item.columns, item.cells, [_tree(c) for c in item.children])


def _structure(site: Site) -> list[list[tuple[str, list[tuple[object, ...]]]]]:
    """Each subtopic's items with their nesting and table cells."""
    return [
        [(x.kind, [_tree(i) for i in x.items]) for x in s.sections] for s in site.guide.subtopics
    ]


def _round_trip(raw_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Build ``raw_file`` alone, import it, build the .md alone: the same page."""
    name = raw_file.name
    raw_dir = tmp_path / "raw" / "content_src"
    raw_dir.mkdir(parents=True)
    shutil.copy(raw_file, raw_dir / name)
    before = build_site(raw_dir, tmp_path / "raw")
    monkeypatch.chdir(tmp_path / "raw")
    assert main(["import", f"content_src/{name}"]) == 0
    md = name.removesuffix(".txt") + ".md"
    md_dir = tmp_path / "md" / "content_src"
    md_dir.mkdir(parents=True)
    shutil.move(raw_dir / md, md_dir / md)
    after = build_site(md_dir, tmp_path / "md")
    assert _visible(after, name, md) == _visible(before, name, md)
    assert _shape(after) == _shape(before)
    assert _structure(after) == _structure(before)  # nested lists and tables stay so
    # The editor source's own problems would be new warnings: there are none but lint's.
    assert [str(d) for d in after.diagnostics if " RG0" not in str(d)] == []


@pytest.mark.parametrize("name", [n for n in NAMES if n != TITLE_ONLY])
def test_import_round_trip_over_the_corpus(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _round_trip(CORPUS / f"{name}.txt", tmp_path, monkeypatch)


def test_import_round_trip_keeps_terms_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw_file = write(tmp_path, "forces.txt", TERMS)
    _round_trip(raw_file, tmp_path, monkeypatch)
    site = build_site(tmp_path / "md" / "content_src", tmp_path / "md")
    terms = {e.term for e in site.glossary}
    assert {"Momentum", "Impulse", "Act 1: Scene 2", "Weight", "Ratio 3:1", "A*"} <= terms
    assert "Newton's second law" in terms
    text = (tmp_path / "md" / "content_src" / "forces.md").read_text("utf-8")
    assert "- **Act 1: Scene 2**: the opening of the play." in text
    assert "****" not in text
    page = _visible(site, "forces.txt", "forces.md")["subtopics/forces-and-motion.md"]
    assert "<!-- in a raw text, this is text --> and stays on the page" in page
    assert "\\<!-- so is this" in page
    assert "*" in terms


def test_import_of_a_file_with_nothing_to_import_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(CORPUS / f"{TITLE_ONLY}.txt", write(tmp_path, "content_src/x", "").parent / "t.txt")
    monkeypatch.chdir(tmp_path)
    assert main(["import", "content_src/t.txt"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("content_src/t.txt:1: nothing to import (only a title")
    assert not (tmp_path / "content_src" / "t.md").exists()


def test_import_replace_moves_lint_acceptances_to_the_editor_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    raw_file = write(tmp_path, "content_src/forces.txt", TERMS)
    lines = TERMS.splitlines()
    weight = lines.index("- *Weight*: the force of gravity on a mass.") + 1
    write(
        tmp_path,
        "content_src/lint.yml",
        "# my notes stay\naccept:\n"
        "  - code: RG004\n    file: forces.txt\n    reason: whole file\n"
        f"  - code: RG001\n    file: forces.txt:{weight}  # this line\n    reason: one line\n"
        "  - code: RG004\n    file: other.txt\n    reason: another file\n",
    )
    monkeypatch.chdir(tmp_path)
    assert main(["import", "--replace", "content_src/forces.txt"]) == 0
    assert "2 lint.yml acceptance(s) now name forces.md" in capsys.readouterr().out
    assert not raw_file.exists()
    md_lines = (tmp_path / "content_src" / "forces.md").read_text("utf-8").splitlines()
    moved = md_lines.index("- **Weight**: the force of gravity on a mass.") + 1
    assert (tmp_path / "content_src" / "lint.yml").read_text("utf-8") == (
        "# my notes stay\naccept:\n"
        "  - code: RG004\n    file: forces.md\n    reason: whole file\n"
        f"  - code: RG001\n    file: forces.md:{moved}  # this line\n    reason: one line\n"
        "  - code: RG004\n    file: other.txt\n    reason: another file\n"
    )


def test_import_replace_carries_every_metadata_field_into_front_matter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = tmp_path / "content_src"
    write(tmp_path, "content_src/forces.txt", TERMS)
    write(tmp_path, "content_src/other.txt", NEAR_REPEATS)
    write(
        tmp_path,
        "content_src/metadata.yml",
        "# kept\nforces.txt:\n  title: 'Forces: \"motion\"'\n  slug: forces\n  order: 7\n"
        "  awarding_body: AQA\n  level: GCSE\n  category: Physics\n"
        "  qualifications: [GCSE Physics, GCSE Combined Science]\n  tags: [mechanics, year 10]\n"
        "other.txt:\n  order: 1\n",
    )
    before = build_site(content, tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["import", "--replace", "content_src/forces.txt"]) == 0
    assert (content / "metadata.yml").read_text("utf-8") == "# kept\nother.txt:\n  order: 1\n"
    after = build_site(content, tmp_path)
    assert [d.message for d in after.diagnostics] == [d.message for d in before.diagnostics]
    assert _visible(after, "forces.txt", "forces.md") == _visible(before, "forces.txt", "forces.md")
    fields = ("slug", "title", "awarding_body", "level", "category", "tags", "qualifications")
    assert [[getattr(s, f) for f in fields] for s in after.guide.subtopics] == [
        [getattr(s, f) for f in fields] for s in before.guide.subtopics
    ]


def test_import_without_replace_says_how_to_retire_the_raw_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Both files stay and are read: the raw file's acceptances are copied to the .md, since a
    finding of their one subtopic may now be reported in either."""
    write(tmp_path, "content_src/forces.txt", TERMS)
    entry = "  - code: RG006\n    file: {}\n    reason: kept as\n      received\n"
    write(tmp_path, "content_src/lint.yml", "accept:\n" + entry.format("forces.txt"))
    monkeypatch.chdir(tmp_path)
    assert main(["import", "content_src/forces.txt"]) == 0
    out = capsys.readouterr().out
    assert "kept content_src/forces.txt: it is still read" in out
    assert "1 lint.yml acceptance(s) copied to forces.md" in out
    assert "python -m revguide import --replace content_src/forces.txt" in out
    assert (tmp_path / "content_src" / "lint.yml").read_text("utf-8") == (
        "accept:\n" + entry.format("forces.txt") + entry.format("forces.md")
    )


NEAR_REPEATS = """\
Inflation
Synopsis
How prices rise over time in an economy.
Exam Tips
- Award credit for a clear explanation of the causes of inflation in the UK economy.
- Award credit for a clear explanation of the causes of inflation in the UK economy today.
- Explain the effect of interest rates on spending.
"""


def test_import_applies_dedupe_decisions_as_the_build_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two near repeats merge by default; kept apart in dedupe.yml, both stay in the .md and
    on its page, and the decision goes on applying with the raw file retired."""
    content = tmp_path / "content_src"
    write(tmp_path, "content_src/inflation.txt", NEAR_REPEATS)
    tips = NEAR_REPEATS.splitlines()[4:6]
    decision = f'keep_apart:\n  - ["{tips[0][2:]}", "{tips[1][2:]}"]\n'
    write(tmp_path, "content_src/dedupe.yml", decision)
    before = build_site(content, tmp_path)
    assert len(before.guide.subtopics[0].items("exam_tips")) == 3
    monkeypatch.chdir(tmp_path)
    assert main(["import", "--replace", "content_src/inflation.txt"]) == 0
    written = (content / "inflation.md").read_text("utf-8")
    assert all(tip in written for tip in tips)
    assert (content / "dedupe.yml").read_text("utf-8") == decision
    after = build_site(content, tmp_path)
    assert _visible(after, "inflation.txt", "inflation.md") == _visible(
        before, "inflation.txt", "inflation.md"
    )
    assert after.diagnostics == ()


def test_import_replace_removes_the_merge_decisions_it_carries_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A merge decision on two of the file's items is done by the .md (it holds the kept text
    only): removed, or it would warn as stale. Other decisions stay as written."""
    content = tmp_path / "content_src"
    mitosis = "Award credit for saying that mitosis gives two identical daughter cells."
    meiosis = "Award credit for saying that meiosis gives two identical daughter cells."
    write(tmp_path, "content_src/cells.txt", NEAR_REPEATS + f"- {mitosis}\n- {meiosis}\n")
    decisions = (
        "# why: the awarding body uses both wordings\n"
        "merge:\n"
        "  - id: d-anything\n"
        f"    texts: [{mitosis}, {meiosis}]\n"
        '  - ["An old text no file has.", "An older text no file has."]\n'
    )
    write(tmp_path, "content_src/dedupe.yml", decisions)
    before = build_site(content, tmp_path)
    (stale,) = [str(d) for d in before.diagnostics if "stale" in d.message]
    assert stale.startswith("content_src/dedupe.yml:5: stale merge")  # the old one, not ours
    monkeypatch.chdir(tmp_path)
    assert main(["import", "--replace", "content_src/cells.txt"]) == 0
    assert "1 dedupe.yml merge decision(s) it now carries out removed" in capsys.readouterr().out
    assert (content / "dedupe.yml").read_text("utf-8") == (
        "# why: the awarding body uses both wordings\nmerge:\n"
        '  - ["An old text no file has.", "An older text no file has."]\n'
    )
    after = build_site(content, tmp_path)
    assert [d.message for d in after.diagnostics] == [d.message for d in before.diagnostics]
    assert _visible(after, "cells.txt", "cells.md") == _visible(before, "cells.txt", "cells.md")


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    for folder in ("docs", "overrides", "hooks", "content_src"):
        shutil.copytree(
            ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    return project


SEED = "004_01533831aca397b5"
SLUG = "communication-for-lasting-customer-relationships"


@pytest.mark.parametrize("replace", [False, True], ids=["kept", "replaced"])
def test_seed_still_builds_strict_after_import_and_edit_links_follow_the_rule(
    replace: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An imported seed builds with --strict; its page's edit link opens the .md (with or
    without the raw file beside it); a page built from raw text only opens its .txt."""
    project = _project(tmp_path)
    monkeypatch.chdir(project)
    assert main(["import", *(["--replace"] if replace else []), f"content_src/{SEED}.txt"]) == 0
    assert (project / "content_src" / f"{SEED}.txt").exists() is not replace
    meta = (project / "content_src" / "metadata.yml").read_text("utf-8")
    assert (SEED in meta) is not replace
    front = (project / "content_src" / f"{SEED}.md").read_text("utf-8")
    assert 'title: "Communication for Lasting Customer Relationships"\n' in front
    assert "order: 4\n" in front
    built = mkdocs_build(project, tmp_path / "site")
    assert built.returncode == 0, built.stderr
    page = (tmp_path / "site" / "subtopics" / SLUG / "index.html").read_text("utf-8")
    assert f"/edit/main/content_src/{SEED}.md" in page
    assert f"/edit/main/content_src/{SEED}.txt" not in page
    raw_only = tmp_path / "site" / "subtopics" / "build-and-maintain-sales-relationships"
    assert "/edit/main/content_src/002_4dff09ba1cfe9f18.txt" in (raw_only / "index.html").read_text(
        "utf-8"
    )
    assert CONTENT.is_dir()
