"""The build report (``site/build-report.json``, ``python -m revguide report``) and model JSON.

Report shape (version 1)::

    {"version": 1,
     "subtopics": [{"slug", "title", "sources": [...], "counts": {"<kind>": n},
                    "items_in": n, "merges": [...], "candidates": [...], "boilerplate": [...],
                    "lines": {"<file>": {"title": [1], "heading": {"3": "key_concepts"},
                                         "item": [4, 5, 8], "part": {"6": 5}, "child": {"8": 5},
                                         "table": {"9": "header", "10": "rule"},
                                         "removed": [2], "comment": [7]}}}],
     "totals": {"items_in", "items_out", "merged", "boilerplate"},
     "warnings": [{"file", "line", "message"}], "errors": [...], "notes": [...]}

Invariant: ``items_in == items_out + merged`` in totals and per subtopic (boilerplate apart).
``lines`` accounts for every non-blank line of each raw text: the title, headings (with the
section kind they open), the first line of each item (on the page or merged; a nested item
too, and under ``child`` with the line its parent starts on), parts of items (with the line
their item starts on), a table's header and rule rows (``table``: structure, never an item),
removed lines (listed in ``boilerplate`` with why) and an editor source's ``<!-- -->`` comment
lines.

A candidate is ``{"id", "section", "a", "b", "a_marked", "b_marked", "score", "why_not", "a_at",
"b_at"}``; ``a_marked`` and ``b_marked`` mark what differs as ``git diff --word-diff`` does
(``after [-mitosis-]`` / ``after {+meiosis+}``). A subtopic lists at most
`MAX_REPORT_CANDIDATES`, the most similar; ``candidates_left_out`` counts the others.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .model import (
    Candidate,
    Diagnostic,
    Guide,
    Item,
    SourceRef,
    Subtopic,
    SubtopicReport,
    walk,
)
from .text import shorten
from .wording import marked_pair

REPORT_VERSION = 1
#: Candidates listed per subtopic, so that a section of thousands of near-identical lines
#: cannot grow the report without bound (dedupe keeps at most three per item).
MAX_REPORT_CANDIDATES = 200


def _candidates(candidates: Sequence[Candidate]) -> list[dict[str, Any]]:
    """The most similar `MAX_REPORT_CANDIDATES` candidates, in their own order."""
    if len(candidates) > MAX_REPORT_CANDIDATES:
        best = sorted(range(len(candidates)), key=lambda n: (-candidates[n].score, n))
        candidates = [candidates[n] for n in sorted(best[:MAX_REPORT_CANDIDATES])]
    listed = []
    for c in candidates:
        a_marked, b_marked = marked_pair(c.a, c.b)
        listed.append(
            {
                "id": c.id,
                "section": c.section,
                "a": c.a,
                "b": c.b,
                "a_marked": a_marked,
                "b_marked": b_marked,
                "score": c.score,
                "why_not": c.why_not,
                "a_at": _place(c.a_source),
                "b_at": _place(c.b_source),
            }
        )
    return listed


def _place(ref: SourceRef) -> str:
    return str(ref)


def _diagnostic(diagnostic: Diagnostic) -> dict[str, Any]:
    return {
        "file": diagnostic.source.path,
        "line": diagnostic.source.line,
        "message": diagnostic.message,
    }


def build_report(guide: Guide, diagnostics: Sequence[Diagnostic] | None = None) -> dict[str, Any]:
    """The report as plain data (see the module docstring); warnings and errors are
    ``diagnostics`` (default: the guide's own; a site adds registries' and lint's)."""
    found = guide.diagnostics if diagnostics is None else diagnostics
    subtopics = []
    totals = {"items_in": 0, "items_out": 0, "merged": 0, "boilerplate": 0}
    for subtopic, report in zip(guide.subtopics, guide.reports, strict=True):
        counts = {section.kind: len(section.items) for section in subtopic.sections}
        merged = sum(len(m.merged) for m in report.merges)
        totals["items_in"] += report.items_in
        totals["items_out"] += sum(len(walk(section.items)) for section in subtopic.sections)
        totals["merged"] += merged
        totals["boilerplate"] += len(report.boilerplate)
        subtopics.append(
            {
                "slug": subtopic.key,
                "title": subtopic.title,
                "sources": list(subtopic.sources),
                "counts": counts,
                "items_in": report.items_in,
                "merges": [
                    {
                        "section": m.section,
                        "kept": m.kept,
                        "kept_at": _place(m.kept_source),
                        "merged": [text for text, _ in m.merged],
                        "merged_at": [_place(ref) for _, ref in m.merged],
                        "reason": m.reason,
                        "score": m.score,
                    }
                    for m in report.merges
                ],
                "candidates": _candidates(report.candidates),
                "candidates_left_out": max(0, len(report.candidates) - MAX_REPORT_CANDIDATES),
                "boilerplate": [
                    {"at": _place(b.source), "reason": b.reason, "text": shorten(b.text, 80)}
                    for b in report.boilerplate
                ],
                "lines": line_accounting(subtopic, report),
            }
        )
    return {
        "version": REPORT_VERSION,
        "subtopics": subtopics,
        "totals": totals,
        "warnings": [_diagnostic(d) for d in found if d.severity == "warning"],
        "errors": [_diagnostic(d) for d in found if d.severity == "error"],
        "notes": [_diagnostic(d) for d in found if d.severity == "note"],
    }


def line_accounting(subtopic: Subtopic, report: SubtopicReport) -> dict[str, Any]:
    """Per source file, what each non-blank line became (see the module docstring)."""
    files: dict[str, dict[str, Any]] = {
        path: {
            "title": [],
            "heading": {},
            "item": set(),
            "part": {},
            "child": {},
            "table": {},
            "removed": set(),
            "comment": [],
        }
        for path in subtopic.sources
    }

    def entry(ref: SourceRef) -> dict[str, Any] | None:
        return files.get(ref.path)

    for use in report.lines:
        if (lines := entry(use.source)) is None:
            continue
        if use.role == "title":
            lines["title"].append(use.source.line)
        elif use.role == "heading":
            lines["heading"][str(use.source.line)] = use.detail
        elif use.role == "comment":
            lines["comment"].append(use.source.line)
        elif use.role == "table":
            lines["table"][str(use.source.line)] = use.detail
        elif use.role == "child":
            lines["child"][str(use.source.line)] = int(use.detail.rsplit(":", 1)[1])
        else:
            lines["part"][str(use.source.line)] = int(use.detail.rsplit(":", 1)[1])
    items = [i.source for s in subtopic.sections for i in walk(s.items)]
    items += [ref for merge in report.merges for _, ref in merge.merged]
    for ref in items:
        if (lines := entry(ref)) is not None:
            lines["item"].add(ref.line)
    for boilerplate in report.boilerplate:
        if (lines := entry(boilerplate.source)) is not None:
            lines["removed"].add(boilerplate.source.line)
    return {
        path: {
            "title": lines["title"],
            "heading": lines["heading"],
            "item": sorted(lines["item"]),
            "part": lines["part"],
            "child": lines["child"],
            "table": lines["table"],
            "removed": sorted(lines["removed"]),
            "comment": lines["comment"],
        }
        for path, lines in files.items()
    }


def _item(item: Item) -> dict[str, Any]:
    data: dict[str, Any] = {"text": item.text, "at": _place(item.source)}
    if item.term is not None:
        data["term"] = item.term
    if item.correction is not None:
        data["correction"] = item.correction
    if item.merged_from:
        data["merged_from"] = [_place(ref) for ref in item.merged_from]
    if item.cells:
        data["columns"] = list(item.columns)
        data["cells"] = list(item.cells)
    if item.children:
        data["children"] = [_item(child) for child in item.children]
    return data


def subtopic_data(subtopic: Subtopic) -> dict[str, Any]:
    """One subtopic as plain data: the model JSON used by golden tests and ``export``."""
    return {
        "slug": subtopic.key,
        "title": subtopic.title,
        "title_origin": subtopic.title_origin,
        "order": subtopic.order,
        "awarding_body": subtopic.awarding_body,
        "level": subtopic.level,
        "category": subtopic.category,
        "tags": list(subtopic.tags),
        "sources": list(subtopic.sources),
        "sections": [
            {"kind": s.kind, "heading": s.heading, "items": [_item(i) for i in s.items]}
            for s in subtopic.sections
        ],
    }


def model_data(guide: Guide) -> dict[str, Any]:
    """The whole guide as plain data."""
    return {"subtopics": [subtopic_data(s) for s in guide.subtopics]}


def dumps(data: Any) -> str:
    """Canonical JSON: two-space indent, UTF-8 text kept, trailing newline (byte-stable)."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
