"""One test per deduplication rule (revguide.dedupe); the table of pairs from many subjects is
tests/test_dedupe_pairs.py."""

from __future__ import annotations

import pytest
from revguide.dedupe import (
    KEPT_APART,
    MAX_CANDIDATES_PER_ITEM,
    Overrides,
    dedupe_section,
)
from revguide.ids import pair_id
from revguide.model import Item, SourceRef
from revguide.text import item_key


def items(*texts: str) -> list[Item]:
    return [Item(text, SourceRef("content_src/t.txt", n)) for n, text in enumerate(texts, 1)]


def kept(*texts: str, overrides: Overrides | None = None) -> list[str]:
    return [i.text for i in dedupe_section("exam_tips", items(*texts), overrides=overrides).items]


@pytest.mark.parametrize(
    "variant",
    [
        "use the crm to record every call",  # case
        "Use  the CRM to record   every call",  # white space
        "Use the CRM to record every call.",  # trailing punctuation
        "Use the CRM to record every call!",
    ],
)
def test_exact_duplicates_after_normalisation_merge(variant: str) -> None:
    result = dedupe_section("t", items("Use the CRM to record every call", variant))
    assert [i.text for i in result.items] == ["Use the CRM to record every call"]
    assert [m.reason for m in result.merges] == ["exact"]


def test_hyphen_vs_space_is_exact() -> None:
    result = dedupe_section(
        "t", items("Build relationship-building plans.", "Build relationship building plans")
    )
    assert [m.reason for m in result.merges] == ["exact"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Use a CRM to record calls.", "Use the CRM to record calls"),  # articles
        ("Record customer feedback.", "Record customers' feedback"),  # plural, quote
        ("Check the colour, then the flavour.", "Check the color then the flavor"),  # spelling
        ("Give two examples.", "Give 2 examples."),  # number word
        ("Send a follow-up e-mail.", "Send a followup email."),  # closed compounds
        ("Use the CRM\u00ad system.", "Use the CRM system."),  # soft hyphen
        ("Use the \u200bCRM system.", "Use the CRM system."),  # zero-width space
        ("1. Use the CRM.", "(a) Use the CRM."),  # list markers
    ],
)
def test_meaning_preserving_differences_merge_as_equivalent(a: str, b: str) -> None:
    result = dedupe_section("t", items(a, b))
    assert [i.text for i in result.items] == [a]
    assert [m.reason for m in result.merges] == ["equivalent"]
    assert result.candidates == ()


def test_a_word_added_or_changed_is_a_candidate_never_a_merge() -> None:
    a = "Award credit for a clear cost benefit analysis of planned relationship investments"
    b = "Award credit for a clear cost benefit analysis of risky relationship investments"
    result = dedupe_section("t", items(a, b))
    assert [i.text for i in result.items] == [a, b]
    (candidate,) = result.candidates
    assert (candidate.a, candidate.b, candidate.id) == (a, b, pair_id(a, b))
    assert 0.6 <= candidate.score < 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Award credit for linking price to value.", "Award credit for linking value to price."),
        ("The seller persuades the buyer to commit.", "The buyer persuades the seller to commit."),
        ("Candidates should record feedback.", "Candidates should not record feedback."),
    ],
)
def test_same_content_words_in_another_order_or_with_not_are_candidates(a: str, b: str) -> None:
    result = dedupe_section("t", items(a, b))
    assert [i.text for i in result.items] == [a, b]
    (candidate,) = result.candidates
    assert candidate.score == 1.0


def test_rewording_is_a_candidate() -> None:
    a = (
        "Confusing transactional selling with relationship building; focusing too much on "
        "immediate sale rather than long-term value and trust."
    )
    b = "Focusing solely on transactional selling without investing in long-term relationship strategies."
    (candidate,) = dedupe_section("t", items(a, b)).candidates
    assert candidate.score >= 0.6


def test_unrelated_items_are_neither_merged_nor_candidates() -> None:
    result = dedupe_section(
        "t", items("Use a SWOT analysis.", "Quote the Consumer Rights Act 2015.")
    )
    assert (len(result.items), result.merges, result.candidates) == (2, (), ())


def test_survivor_is_the_earliest_and_lists_merged_sources() -> None:
    result = dedupe_section("t", items("One tip.", "Another tip.", "one tip"))
    assert [i.text for i in result.items] == ["One tip.", "Another tip."]
    assert result.items[0].merged_from == (SourceRef("content_src/t.txt", 3),)


def test_rank_prefers_a_source() -> None:
    later = Item("Shared tip.", SourceRef("content_src/b.txt", 1))
    earlier = Item("shared tip", SourceRef("content_src/a.txt", 1))
    result = dedupe_section(
        "t", [earlier, later], rank=lambda ref: (0 if ref.path.endswith("b.txt") else 1,)
    )
    assert [i.text for i in result.items] == ["Shared tip."]


def test_overrides_keep_apart_and_merge() -> None:
    a = "Give two examples of relationship investments."
    b = "Give 2 examples of relationship investments."
    apart = Overrides(keep_apart=frozenset({frozenset({item_key(a), item_key(b)})}))
    result = dedupe_section("t", items(a, b), overrides=apart)
    assert [i.text for i in result.items] == [a, b]
    assert [c.why_not for c in result.candidates] == [KEPT_APART]
    c, d = "Failing to record feedback.", "Not writing down what customers tell you."
    together = Overrides(merge=frozenset({frozenset({item_key(c), item_key(d)})}))
    result = dedupe_section("t", items(d, c), overrides=together)
    assert [i.text for i in result.items] == [d]
    assert [m.reason for m in result.merges] == ["override"]


def test_key_concepts_compare_term_and_definition() -> None:
    same_definition = [
        Item("A measure of loyalty.", SourceRef("s", 1), term="NPS"),
        Item("A measure of loyalty.", SourceRef("s", 2), term="CSAT"),
    ]
    assert len(dedupe_section("key_concepts", same_definition).items) == 2


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


def test_a_repeat_of_an_item_kept_apart_merges_with_it_not_with_the_other() -> None:
    a, b = "Give two examples.", "Give 2 examples."
    apart = Overrides(keep_apart=frozenset({frozenset({item_key(a), item_key(b)})}))
    result = dedupe_section(
        "t", items(a, b, "give 2 examples", "GIVE TWO EXAMPLES"), overrides=apart
    )
    assert [i.text for i in result.items] == [a, b]
    assert [(m.kept, m.merged[0][0]) for m in result.merges] == [
        (a, "GIVE TWO EXAMPLES"),
        (b, "give 2 examples"),
    ]
