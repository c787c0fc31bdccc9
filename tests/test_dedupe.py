"""Deduplication (revguide.dedupe) where a case needs more than a section's items: a ranking of
sources, caps, thousands of items, the build report.

Each rule's example (exact, equivalent, candidate, overrides) is a golden case in
``tests/cases/dedupe/`` (run by tests/test_cases.py); the table of pairs from many subjects is
tests/test_dedupe_pairs.py."""

from __future__ import annotations

from revguide.dedupe import (
    MAX_CANDIDATES_PER_ITEM,
    dedupe_section,
)
from revguide.model import Item, SourceRef


def items(*texts: str) -> list[Item]:
    return [Item(text, SourceRef("content_src/t.txt", n)) for n, text in enumerate(texts, 1)]


def test_rank_prefers_a_source() -> None:
    later = Item("Shared tip.", SourceRef("content_src/b.txt", 1))
    earlier = Item("shared tip", SourceRef("content_src/a.txt", 1))
    result = dedupe_section(
        "t", [earlier, later], rank=lambda ref: (0 if ref.path.endswith("b.txt") else 1,)
    )
    assert [i.text for i in result.items] == ["Shared tip."]


def test_candidates_per_item_are_capped_at_the_most_similar() -> None:
    texts = [f"Award one mark for each correct entry in ledger {n}" for n in range(10)]
    texts.append("Award one mark for each correct entry in ledger")
    result = dedupe_section("t", items(*texts))
    assert len(result.items) == 11
    last = [c for c in result.candidates if c.b == texts[-1]]
    assert len(last) == MAX_CANDIDATES_PER_ITEM
    assert [c.a for c in last] == texts[:MAX_CANDIDATES_PER_ITEM]  # ties: the earliest


def test_many_items_merge_exactly_and_find_candidates_through_rare_words() -> None:
    many = [f"Tip number {n} about topic {n * 7919 % 10007}" for n in range(3000)]
    many += [many[5].upper() + "!", many[7] + " today"]
    result = dedupe_section("t", items(*many))
    assert len(result.items) == 3001  # numbers differ: only the exact repeat merges
    assert [m.merged[0][0] for m in result.merges] == [many[5].upper() + "!"]
    assert any(c.b.endswith("today") and c.a == many[7] for c in result.candidates)


def test_the_report_lists_at_most_its_cap_of_candidates_the_most_similar() -> None:
    from revguide.model import Guide, Section, Subtopic, SubtopicReport
    from revguide.report import MAX_REPORT_CANDIDATES, build_report

    texts = [f"Award one mark for each correct entry in ledger {n}" for n in range(150)]
    result = dedupe_section("marking_points", items(*texts))
    assert len(result.candidates) == 3 * 150 - 6  # three per item but the first three
    subtopic = Subtopic("s", "S", "source", (), (Section("marking_points", "M", result.items),))
    report = SubtopicReport("s", result.merges, result.candidates, items_in=150)
    (entry,) = build_report(Guide((subtopic,), (report,)))["subtopics"]
    assert len(entry["candidates"]) == MAX_REPORT_CANDIDATES
    assert entry["candidates_left_out"] == len(result.candidates) - MAX_REPORT_CANDIDATES
    listed = [c["score"] for c in entry["candidates"]]
    assert min(listed) >= max(
        c.score for c in result.candidates if c.id not in {e["id"] for e in entry["candidates"]}
    )
    first = entry["candidates"][0]
    assert first["a_marked"].endswith("ledger [-0-]")
    assert first["b_marked"].endswith("ledger {+1+}")
