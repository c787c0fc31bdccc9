"""Golden cases as files: one YAML file per case under ``tests/cases/<stage>/``, one runner per
stage, the case's file name as its test id (as mkdocs-literate-nav's tests do).

A parse or normalise case is a source file and what the stage makes of it::

    # Why the case exists (comments above ``expected`` survive --update-goldens).
    input: |
      Key Terms
      - Osmosis: the diffusion of water.
    expected:           # the model's fields, readable (see `_document`)
      format: plain
      ...
    diagnostics: []     # ``file:line: severity: message``

``input`` is the file's text, read as the pipeline reads a file (UTF-8 bytes through
`sources.decode`: byte-order mark dropped, line endings to LF, NFC). A literal block scalar
keeps tabs and trailing spaces; a double-quoted scalar spells anything else (``"\\r\\n"``,
``"\\ufeff"``). ``input_bytes`` instead gives bytes that are not UTF-8, one character per byte
(``"caf\\xE9"``). The file is read as ``content_src/<case name>.txt``.

A dedupe case is one section's items (``input``: texts, or ``{term, text}``, on lines 1, 2, ...),
its ``section`` kind and optional ``overrides`` (``keep_apart`` / ``merge``: pairs of texts, as
``dedupe.yml`` gives them).

``pytest tests/test_cases.py --update-goldens`` rewrites ``expected`` and ``diagnostics`` (the
file's last keys) from the current output: review the diff by eye. A case file with an unknown
key fails, and so does any file under ``tests/cases/`` that no stage runs.
"""

from __future__ import annotations

import difflib
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml
from revguide.dedupe import Overrides, dedupe_section
from revguide.ids import pair_id
from revguide.model import Diagnostic, Item, LineUse, SourceRef
from revguide.normalise import Document, normalise
from revguide.parse import RawDocument, RawItem, parse
from revguide.sources import SourceText, decode
from revguide.text import item_key

CASES = Path(__file__).resolve().parent / "cases"
#: One folder of cases per stage, one runner per folder.
STAGES = ("parse", "normalise", "dedupe")
#: Keys the runner writes; they come last in a case file.
WRITTEN = ("expected", "diagnostics")
SOURCE_KEYS = frozenset({"input", "input_bytes", *WRITTEN})
DEDUPE_KEYS = frozenset({"section", "input", "overrides", "expected"})
#: Unicode categories of characters ``expected`` spells out (`_Dumper`).
INVISIBLE = frozenset({"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"})


def _cases(stage: str) -> list[Any]:
    assert stage in STAGES
    return [
        pytest.param(path, id=f"{stage}/{path.stem}")
        for path in sorted((CASES / stage).glob("*.yml"))
    ]


def _name(case: Path) -> str:
    """``tests/cases/parse/x.yml``: the case file as a failure names it."""
    root = CASES.parent.parent
    return case.relative_to(root).as_posix() if case.is_relative_to(root) else str(case)


def _source_path(case: Path) -> str:
    return f"content_src/{case.stem}.txt"


def _line(ref: SourceRef, case: Path) -> int:
    assert ref.path == _source_path(case), f"{_name(case)}: {ref} is outside the case's file"
    return ref.line


# -- what a stage's output looks like in a case file -------------------------------------------


def _item(item: Item, case: Path) -> str | dict[str, Any]:
    """``"<line>: <text>"``, or a mapping when the item has more than a text (a term, a
    correction, merged items, nested items, a table row's columns and cells)."""
    line = _line(item.source, case)
    plain = item.term is None and item.correction is None and not item.merged_from
    if plain and not item.children and not item.cells:
        return f"{line}: {item.text}"
    fields: dict[str, Any] = {"line": line}
    if item.term is not None:
        fields["term"] = item.term
    fields["text"] = item.text
    if item.correction is not None:
        fields["correction"] = item.correction
    if item.merged_from:
        fields["merged_from"] = [_line(ref, case) for ref in item.merged_from]
    if item.cells:
        fields["columns"] = list(item.columns)
        fields["cells"] = list(item.cells)
    if item.children:
        fields["children"] = [_item(child, case) for child in item.children]
    return fields


def _raw_item(item: RawItem) -> str | dict[str, Any]:
    """A parsed item as `_item` shows a normalised one (its line, text, nesting, cells)."""
    if not item.children and not item.cells:
        return f"{item.line}: {item.text}"
    fields: dict[str, Any] = {"line": item.line, "text": item.text}
    if item.cells:
        fields["columns"] = list(item.columns)
        fields["cells"] = list(item.cells)
    if item.children:
        fields["children"] = [_raw_item(child) for child in item.children]
    return fields


def _use(use: LineUse, case: Path) -> str:
    """``"<line>: heading <kind>"``, ``"<line>: part of <line>"``, ``"<line>: child of <line>"``,
    ``"<line>: title"``."""
    detail = use.detail
    if use.role in ("part", "child"):
        path, _, line = detail.rpartition(":")
        assert path == _source_path(case), f"{_name(case)}: {detail} is outside the case's file"
        detail = f"of {line}"
    return f"{_line(use.source, case)}: {use.role} {detail}".rstrip()


def _document(
    document: RawDocument | Document, sections: list[dict[str, Any]], case: Path
) -> dict[str, Any]:
    """Every field of a parsed or normalised document but its path (the case's); a field
    left unset (``None``, no title line, no boilerplate) is left out."""
    assert document.path == _source_path(case)
    fields = {
        "format": document.format,
        "title": document.title,
        "title_line": document.title_line or None,
        "awarding_body": document.awarding_body,
        "level": document.level,
        "category": document.category,
        "sections": sections,
        "boilerplate": [
            f"{_line(b.source, case)}: [{b.reason}] {b.text}" for b in document.boilerplate
        ],
        "lines": [_use(use, case) for use in document.lines],
    }
    return {key: value for key, value in fields.items() if value not in (None, [])}


def _diagnostics(diagnostics: list[Diagnostic]) -> list[str]:
    return [f"{d.source}: {d.severity}: {d.message}" for d in diagnostics]


# -- running a case ----------------------------------------------------------------------------


def _load(case: Path, allowed: frozenset[str]) -> dict[str, Any]:
    data = yaml.safe_load(case.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{_name(case)}: a case is a mapping of keys"
    unknown = sorted(set(data) - allowed)
    assert not unknown, f"{_name(case)}: unknown keys {unknown}; a case may have {sorted(allowed)}"
    keys = list(data)
    written = [k for k in keys if k in WRITTEN]
    assert keys[len(keys) - len(written) :] == written, (
        f"{_name(case)}: {' and '.join(WRITTEN)} come last (--update-goldens rewrites them)"
    )
    return data


def _source(case: Path, data: dict[str, Any]) -> tuple[SourceText, list[Diagnostic]]:
    """The case's input read as the pipeline reads a file."""
    assert ("input" in data) != ("input_bytes" in data), (
        f"{_name(case)}: input or input_bytes, not both"
    )
    raw = (
        data["input"].encode("utf-8") if "input" in data else data["input_bytes"].encode("latin-1")
    )
    text, problem = decode(raw, _source_path(case), fallback=True)
    assert text is not None, f"{_name(case)}: the input is not usable text: {problem}"
    return SourceText(_source_path(case), text), [problem] if problem else []


def _check(case: Path, data: dict[str, Any], actual: dict[str, Any], update: bool) -> None:
    """Compare the written keys with ``actual``, or rewrite them under --update-goldens."""
    if update:
        lines = case.read_text(encoding="utf-8").splitlines(keepends=True)
        starts = tuple(f"{key}:" for key in WRITTEN)
        first = next((n for n, line in enumerate(lines) if line.startswith(starts)), len(lines))
        head = "".join(lines[:first])
        case.write_text(head + ("\n" if head and not head.endswith("\n") else "") + _dump(actual))
        return
    expected = {key: data[key] for key in WRITTEN if key in data}
    if expected != yaml.safe_load(_dump(actual)):
        diff = difflib.unified_diff(
            _dump(expected).splitlines(keepends=True),
            _dump(actual).splitlines(keepends=True),
            f"{_name(case)} (expected)",
            "actual output",
        )
        pytest.fail(
            "".join(diff) + "\nreview, then pytest tests/test_cases.py --update-goldens",
            pytrace=False,
        )


class _Dumper(yaml.SafeDumper):
    """Writes a character that cannot be seen (a soft hyphen, a zero-width or no-break space,
    a control character) as ``<U+00AD>``, so that a reviewer sees it in ``expected``."""


def _shown(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    shown = "".join(
        f"<U+{ord(ch):04X}>"
        if unicodedata.category(ch) in INVISIBLE or (ch.isspace() and ch != " ")
        else ch
        for ch in text
    )
    return dumper.represent_str(shown)


_Dumper.add_representer(str, _shown)


def _dump(data: dict[str, Any]) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


@pytest.mark.parametrize("case", _cases("parse"))
def test_parse_case(case: Path, request: pytest.FixtureRequest) -> None:
    data = _load(case, SOURCE_KEYS)
    source, diagnostics = _source(case, data)
    document = parse(source)
    sections = [
        {
            "kind": section.kind,
            "heading": section.heading,
            "line": section.line,
            "items": [_raw_item(item) for item in section.items],
        }
        for section in document.sections
    ]
    actual = {
        "expected": _document(document, sections, case),
        "diagnostics": _diagnostics(diagnostics),
    }
    _check(case, data, actual, request.config.getoption("--update-goldens"))


@pytest.mark.parametrize("case", _cases("normalise"))
def test_normalise_case(case: Path, request: pytest.FixtureRequest) -> None:
    data = _load(case, SOURCE_KEYS)
    source, diagnostics = _source(case, data)
    document = normalise(parse(source))
    sections = [
        {
            "kind": section.kind,
            "heading": section.heading,
            "items": [_item(item, case) for item in section.items],
        }
        for section in document.sections
    ]
    actual = {
        "expected": _document(document, sections, case),
        "diagnostics": _diagnostics([*diagnostics, *document.diagnostics]),
    }
    _check(case, data, actual, request.config.getoption("--update-goldens"))


def _pairs(texts: list[list[str]]) -> frozenset[frozenset[str]]:
    return frozenset(frozenset(item_key(text) for text in pair) for pair in texts)


@pytest.mark.parametrize("case", _cases("dedupe"))
def test_dedupe_case(case: Path, request: pytest.FixtureRequest) -> None:
    data = _load(case, DEDUPE_KEYS)
    path = _source_path(case)
    items = []
    for n, entry in enumerate(data["input"], 1):
        if isinstance(entry, str):
            entry = {"text": entry}
        if not (isinstance(entry, dict) and "text" in entry and set(entry) <= {"term", "text"}):
            pytest.fail(f"{_name(case)}: item {n} is a text or {{term, text}}: {entry!r}")
        items.append(Item(entry["text"], SourceRef(path, n), term=entry.get("term")))
    given = data.get("overrides", {})
    unknown = set(given) - {"keep_apart", "merge"}
    assert not unknown, f"{_name(case)}: unknown overrides {sorted(unknown)}"
    overrides = Overrides(
        keep_apart=_pairs(given.get("keep_apart", [])), merge=_pairs(given.get("merge", []))
    )
    result = dedupe_section(data["section"], items, overrides=overrides)
    for candidate in result.candidates:  # how dedupe.yml and `revguide review` name a pair
        assert candidate.id == pair_id(candidate.a, candidate.b)
    assert {m.section for m in result.merges} | {c.section for c in result.candidates} <= {
        data["section"]
    }
    actual = {
        "items": [_item(item, case) for item in result.items],
        "merges": [
            {
                "reason": merge.reason,
                "kept": f"{_line(merge.kept_source, case)}: {merge.kept}",
                "merged": [f"{_line(ref, case)}: {text}" for text, ref in merge.merged],
            }
            for merge in result.merges
        ],
        "candidates": [
            {
                "a": f"{_line(c.a_source, case)}: {c.a}",
                "b": f"{_line(c.b_source, case)}: {c.b}",
                "score": round(c.score, 4),
                "why_not": c.why_not,
            }
            for c in result.candidates
        ],
    }
    _check(case, data, {"expected": actual}, request.config.getoption("--update-goldens"))


def _orphans(folder: Path) -> list[str]:
    """Files under ``folder`` that no runner reads: not ``<stage>/<name>.yml``."""
    return [
        path.relative_to(folder).as_posix()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
        and not (
            path.suffix == ".yml" and path.parent.parent == folder and path.parent.name in STAGES
        )
    ]


def test_every_case_file_is_run_by_a_stage() -> None:
    """A case file no runner reads (a misspelt folder, a ``.yaml``) would pass unseen."""
    orphans = _orphans(CASES)
    assert not orphans, f"case files no stage runs: {orphans}"


# -- the runner can fail -----------------------------------------------------------------------


def test_a_file_no_stage_runs_is_an_orphan(tmp_path: Path) -> None:
    for name in ("parse/a.yml", "parse/b.yaml", "parsing/c.yml", "d.yml", "dedupe/e/f.yml"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("input: x\n")
    assert _orphans(tmp_path) == ["d.yml", "dedupe/e/f.yml", "parse/b.yaml", "parsing/c.yml"]


def test_a_case_with_an_unknown_key_or_a_key_after_expected_fails(tmp_path: Path) -> None:
    case = tmp_path / "x.yml"
    case.write_text("input: a\nexpcted: {}\n")
    with pytest.raises(AssertionError, match=r"x.yml: unknown keys \['expcted'\]"):
        _load(case, SOURCE_KEYS)
    case.write_text("expected: {}\ninput: a\n")
    with pytest.raises(AssertionError, match="expected and diagnostics come last"):
        _load(case, SOURCE_KEYS)


def test_a_case_whose_output_differs_fails_with_a_diff_naming_its_file(tmp_path: Path) -> None:
    case = tmp_path / "x.yml"
    case.write_text(
        'input: "Key Concepts\\n- T: d."\nexpected:\n  format: scraped\ndiagnostics: []\n'
    )
    data = _load(case, SOURCE_KEYS)
    with pytest.raises(pytest.fail.Exception) as failure:
        _check(case, data, {"expected": {"format": "plain"}, "diagnostics": []}, update=False)
    message = str(failure.value)
    assert f"--- {case} (expected)" in message
    assert "-  format: scraped\n+  format: plain\n" in message
    _check(case, data, {"expected": {"format": "scraped"}, "diagnostics": []}, update=False)
