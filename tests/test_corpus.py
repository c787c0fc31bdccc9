"""The pipeline scored against the hand-annotated raw texts of ``tests/corpus/`` (see its README).

Every non-blank line of every text has an expected use: title, heading of a kind, item of a
section kind, part of the item above, a nested item of a named item, a table's header, rule or
body row, or removed (site chrome, metadata, lead-in). The whole corpus is built as one guide
(chrome repeated across a site's pages is part of the test), each line is compared with the
build report's line accounting and the guide's items (their children, their cells), the scores
are printed, and any misfiled item, leaked chrome line, heading taken as an item, lost line or
flattened structure fails the test.
"""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from revguide.model import OTHER_PREFIX, Item
from revguide.pipeline import build_guide
from revguide.report import build_report
from revguide.sources import read_source

CORPUS = Path(__file__).resolve().parent / "corpus"
NAMES = sorted(p.stem for p in CORPUS.glob("*.ann"))
REMOVED_TAGS = frozenset({"chrome", "meta", "lead"})


@dataclass(frozen=True)
class Expected:
    """One annotated line."""

    line: int
    tag: str
    """``title``, ``head``, ``item``, ``part``, ``sub``, ``row``, ``header``, ``rule``,
    ``chrome``, ``meta``, ``lead`` or ``-`` (blank)."""
    kind: str
    """Section kind for ``head``, ``item`` and ``row`` (``other`` for a section under its own
    name)."""
    text: str
    of: int = 0
    """``sub``: the line of its parent item; ``row``: the line of its table's header row (of its
    first row when it has none)."""


def annotated(name: str) -> list[Expected]:
    rows = []
    for number, row in enumerate((CORPUS / f"{name}.ann").read_text("utf-8").splitlines(), 1):
        tag, text = row.split("\t", 1)
        head, *rest = tag.split(" ")
        if head == "sub":
            rows.append(Expected(number, head, "", text, int(rest[0])))
        elif head == "row":
            rows.append(Expected(number, head, rest[0], text, int(rest[1])))
        else:
            rows.append(Expected(number, head, rest[0] if rest else "", text))
    return rows


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("corpus")
    content = root / "content_src"
    content.mkdir()
    for name in NAMES:
        shutil.copy(CORPUS / f"{name}.txt", content / f"{name}.txt")
    guide = build_guide(content, root)
    return guide, build_report(guide)


def test_corpus_is_large_and_varied() -> None:
    """At least 30 texts; the annotation's text column is the decoded source, line for line."""
    assert len(NAMES) >= 30
    for name in NAMES:
        source, _ = read_source(CORPUS / f"{name}.txt", f"{name}.txt")
        assert source is not None, name
        lines = source.text.rstrip("\n").split("\n")
        assert [e.text for e in annotated(name)] == lines, name


def _uses(report: dict) -> dict[tuple[str, int], set[tuple[str, str]]]:  # type: ignore[type-arg]
    """(file, line) -> {(role, detail)} from the report's line accounting and section kinds."""
    uses: dict[tuple[str, int], set[tuple[str, str]]] = {}
    for subtopic in report["subtopics"]:
        for path, lines in subtopic["lines"].items():
            name = Path(path).stem
            for line in lines["title"]:
                uses.setdefault((name, line), set()).add(("title", ""))
            for line, kind in lines["heading"].items():
                uses.setdefault((name, int(line)), set()).add(("heading", kind))
            for line in lines["part"]:
                uses.setdefault((name, int(line)), set()).add(("part", ""))
            for line, parent in lines["child"].items():
                uses.setdefault((name, int(line)), set()).add(("child", str(parent)))
            for line, role in lines["table"].items():
                uses.setdefault((name, int(line)), set()).add((role, ""))
            for line in lines["removed"]:
                uses.setdefault((name, line), set()).add(("removed", ""))
    return uses


@dataclass(frozen=True)
class Found:
    """What the guide made of one source line that is an item's first line."""

    kinds: set[str]
    """Section kinds it is an item of, on a page or merged."""
    parents: set[int]
    """Lines of the items it is nested under on a page (none: a top-level item or merged)."""
    rows: set[tuple[tuple[str, ...], tuple[str, ...]]]
    """(columns, cells) of each table row it is on a page."""


def _items(guide) -> dict[tuple[str, int], Found]:  # type: ignore[no-untyped-def]
    found: dict[tuple[str, int], Found] = {}

    def add(item: Item, kind: str, parent: Item | None) -> None:
        key = (Path(item.source.path).stem, item.source.line)
        entry = found.setdefault(key, Found(set(), set(), set()))
        entry.kinds.add(kind)
        if parent is not None:
            entry.parents.add(parent.source.line)
        if item.cells:
            entry.rows.add((item.columns, item.cells))
        for child in item.children:
            add(child, kind, item)

    for subtopic in guide.subtopics:
        for section in subtopic.sections:
            for item in section.items:
                add(item, section.kind, None)
    return found


def _item_kinds(guide) -> dict[tuple[str, int], set[str]]:  # type: ignore[no-untyped-def]
    kinds = {key: found.kinds for key, found in _items(guide).items()}
    for report in guide.reports:
        for merge in report.merges:
            for _, ref in merge.merged:
                kinds.setdefault((Path(ref.path).stem, ref.line), set()).add(merge.section)
    return kinds


def _general(kind: str) -> str:
    return "other" if kind.startswith(OTHER_PREFIX) else kind


def score(guide, report) -> tuple[Counter[str], list[str]]:  # type: ignore[no-untyped-def]
    """Counts per outcome, and a line per error."""
    uses = _uses(report)
    items = _item_kinds(guide)
    structure = _items(guide)
    counts: Counter[str] = Counter()
    errors: list[str] = []
    pages = {Path(p).stem for s in guide.subtopics for p in s.sources}
    for name in NAMES:
        if name not in pages:
            continue  # checked by test_title_only_file_makes_no_page
        rows = annotated(name)
        for e in rows:
            if e.tag == "-":
                continue
            got = uses.get((name, e.line), set())
            item = {_general(k) for k in items.get((name, e.line), set())}
            roles = {role for role, _ in got}
            place = f"{name}.txt:{e.line}: {e.text.strip()[:60]!r}"
            if e.tag in ("sub", "row"):
                outcome = _structure(e, rows, item, got, structure.get((name, e.line)))
                if outcome != "ok" and not item:
                    outcome = "lost line" if not roles else "item glued"
            elif e.tag in ("header", "rule"):
                outcome = (
                    "ok"
                    if roles == {e.tag} and not item
                    else ("table row as item" if item else "lost line" if not roles else "misread")
                )
            elif e.tag == "item":
                if not item:
                    outcome = (
                        "content removed"
                        if "removed" in roles
                        else (
                            "item glued"
                            if "part" in roles
                            else "item as heading"
                            if "heading" in roles
                            else "lost line"
                        )
                    )
                elif item != {e.kind}:
                    outcome = "misfiled item"
                    place += f" in {sorted(item)}, expected {e.kind}"
                else:
                    outcome = "ok"
            elif e.tag == "part":
                outcome = (
                    "ok"
                    if roles == {"part"} and not item
                    else ("part as item" if item else "lost line" if not roles else "misread part")
                )
            elif e.tag == "head":
                kinds = {_general(d) for r, d in got if r == "heading"}
                outcome = (
                    "heading as item"
                    if item
                    else "ok"
                    if kinds == {e.kind}
                    else "wrong heading kind"
                    if kinds
                    else "lost line"
                    if not roles
                    else "heading removed"
                )
                if kinds and kinds != {e.kind}:
                    place += f" as {sorted(kinds)}, expected {e.kind}"
            elif e.tag == "title":
                outcome = (
                    "ok"
                    if "title" in roles and not item
                    else (
                        "title as item" if item else "lost line" if not roles else "title misread"
                    )
                )
            else:  # removed: chrome, metadata, lead-in
                outcome = (
                    "ok"
                    if roles == {"removed"} and not item
                    else ("leaked chrome" if item or roles - {"removed"} else "lost line")
                )
            counts[outcome] += 1
            counts[f"{e.tag} lines"] += 1
            if outcome != "ok":
                errors.append(f"{place}: {outcome}")
    return counts, errors


def _cells(row: str) -> tuple[str, ...]:
    return tuple(cell.strip() for cell in row.strip().strip("|").split("|"))


def _structure(
    e: Expected,
    rows: list[Expected],
    kinds: set[str],
    got: set[tuple[str, str]],
    found: Found | None,
) -> str:
    """The score of a nested item (``sub``) or a table row (``row``)."""
    if e.tag == "sub":
        # a child, named as such in the report, nested under its parent on the page (or merged)
        if ("child", str(e.of)) not in got:
            return "nesting lost"
        if found is not None and found.parents and found.parents != {e.of}:
            return "nested under another item"
        return "ok"
    if kinds != {e.kind}:
        return "misfiled row"
    header = rows[e.of - 1]
    cells = _cells(e.text)
    columns = _cells(header.text) if header.tag == "header" else ("",) * len(cells)
    cells += ("",) * (len(columns) - len(cells))  # an empty last cell left out
    if found is None or found.rows != {(columns, cells)}:
        return "table flattened"
    return "ok"


def test_corpus_scores(built, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    guide, report = built
    counts, errors = score(guide, report)
    with capsys.disabled():
        print(
            "\ncorpus:",
            len(NAMES),
            "texts;",
            ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())),
        )
        for error in errors:
            print("  ", error)
    assert not errors, f"{len(errors)} lines wrong (listed above)"


def test_title_only_file_makes_no_page(built) -> None:  # type: ignore[no-untyped-def]
    guide, _ = built
    assert not any("title_only" in p for s in guide.subtopics for p in s.sources)
    assert any(
        d.source.path.endswith("title_only_photosynthesis.txt") and "no page" in d.message
        for d in guide.diagnostics
    )


def test_same_title_different_subjects_stay_apart(built) -> None:  # type: ignore[no-untyped-def]
    guide, _ = built
    units = [s for s in guide.subtopics if s.title == "Unit 1 Overview"]
    assert sorted(s.slug for s in units) == [
        "unit-1-overview-btec-applied-science-unit1",
        "unit-1-overview-btec-business-unit1",
    ]
    business = next(s for s in units if "business" in s.slug)
    assert business.sources == ("content_src/btec_business_unit1.txt",)
    warned = [d for d in guide.diagnostics if "same title as" in d.message]
    assert {d.source.path for d in warned} == {
        "content_src/btec_business_unit1.txt",
        "content_src/btec_applied_science_unit1.txt",
    }


def test_two_scrapes_of_one_subtopic_join(built) -> None:  # type: ignore[no-untyped-def]
    """Same subtopic from two sites, titles differing only by the site name: one page."""
    guide, _ = built
    (cells,) = [s for s in guide.subtopics if s.title == "Cell Structure and Microscopy"]
    assert sorted(cells.sources) == [
        "content_src/revisionhub_biology_cells.txt",
        "content_src/scienceprep_biology_cells.txt",
    ]


def test_windows_1252_is_read_with_a_warning(built) -> None:  # type: ignore[no-untyped-def]
    guide, _ = built
    warned = {d.source.path for d in guide.diagnostics if "read as Windows-1252" in d.message}
    assert warned == {
        "content_src/edexcel_economics_ped.txt",
        "content_src/teacher_notes_business_marketing.txt",
    }
    (marketing,) = [s for s in guide.subtopics if "teacher_notes" in s.sources[0]]
    assert any("don’t write generic points" in i.text for i in marketing.items("exam_tips"))


def _accounted(report: dict) -> dict[str, set[int]]:  # type: ignore[type-arg]
    lines: dict[str, set[int]] = {}
    for subtopic in report["subtopics"]:
        for path, uses in subtopic["lines"].items():
            found = lines.setdefault(path, set())
            found.update(uses["title"], uses["item"], uses["removed"])
            found.update(int(n) for n in (*uses["heading"], *uses["part"], *uses["table"]))
    return lines


@pytest.mark.parametrize("folder", ["corpus", "content_src"])
def test_every_non_blank_line_is_accounted_for(folder: str, tmp_path: Path) -> None:
    """The build report accounts for every non-blank line of every raw text, the samples'
    and the corpus' (the title-only file apart: it makes no page, and a warning says so)."""
    source = CORPUS if folder == "corpus" else CORPUS.parent.parent / "content_src"
    content = tmp_path / "content_src"
    content.mkdir()
    for path in source.glob("*.txt"):
        shutil.copy(path, content / path.name)
    guide = build_guide(content, tmp_path)
    accounted = _accounted(build_report(guide))
    for path in sorted(content.glob("*.txt")):
        if path.stem == "title_only_photosynthesis":
            continue
        text, _ = read_source(path, path.name)
        assert text is not None
        nonblank = {n for n, line in enumerate(text.lines, 1) if line.strip()}
        assert accounted[f"content_src/{path.name}"] == nonblank, path.name
