"""The build report (``site/build-report.json``, ``python -m revguide report``) and model JSON.

Report shape (version 1)::

    {"version": 1,
     "subtopics": [{"slug", "title", "sources": [...], "counts": {"<kind>": n},
                    "items_in": n, "merges": [...], "candidates": [...], "boilerplate": [...]}],
     "totals": {"items_in", "items_out", "merged", "boilerplate"},
     "warnings": [{"file", "line", "message"}], "errors": [...]}

Invariant: ``items_in == items_out + merged`` in totals and per subtopic (boilerplate apart).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .model import Diagnostic, Guide, Item, SourceRef, Subtopic
from .text import shorten

REPORT_VERSION = 1


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
        totals["items_out"] += sum(counts.values())
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
                "candidates": [
                    {
                        "section": c.section,
                        "a": c.a,
                        "b": c.b,
                        "score": c.score,
                        "why_not": c.why_not,
                        "a_at": _place(c.a_source),
                        "b_at": _place(c.b_source),
                    }
                    for c in report.candidates
                ],
                "boilerplate": [
                    {"at": _place(b.source), "reason": b.reason, "text": shorten(b.text, 80)}
                    for b in report.boilerplate
                ],
            }
        )
    return {
        "version": REPORT_VERSION,
        "subtopics": subtopics,
        "totals": totals,
        "warnings": [_diagnostic(d) for d in found if d.severity != "error"],
        "errors": [_diagnostic(d) for d in found if d.severity == "error"],
    }


def _item(item: Item) -> dict[str, Any]:
    data: dict[str, Any] = {"text": item.text, "at": _place(item.source)}
    if item.term is not None:
        data["term"] = item.term
    if item.correction is not None:
        data["correction"] = item.correction
    if item.merged_from:
        data["merged_from"] = [_place(ref) for ref in item.merged_from]
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
