"""One test per deduplication rule (revguide.dedupe)."""

from __future__ import annotations

import pytest
from revguide.dedupe import Overrides, dedupe_section
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
    assert kept("Use the CRM to record every call", variant) == ["Use the CRM to record every call"]


def test_hyphen_vs_space_is_exact() -> None:
    result = dedupe_section(
        "t", items("Build relationship-building plans.", "Build relationship building plans")
    )
    assert [m.reason for m in result.merges] == ["exact"]


def test_near_duplicate_differing_by_one_filler_word_merges() -> None:
    result = dedupe_section(
        "t",
        items(
            "Award credit for a clear cost benefit analysis of planned relationship investments and risks",
            "Award credit for a clear cost benefit analysis of the planned relationship investments and risks",
        ),
    )
    assert len(result.items) == 1
    (merge,) = result.merges
    assert merge.reason == "near"
    assert merge.score >= 0.85
    assert merge.kept.startswith("Award credit for a clear cost benefit analysis of planned")


@pytest.mark.parametrize(
    ("a", "b", "word"),
    [
        (
            "ISP Level 4 Diploma in Professional Sales and Account Management Practice",
            "ISP Level 4 Certificate in Professional Sales and Account Management Practice",
            "certificate",
        ),
        (
            "Provide at least 3 examples of customer feedback used to improve the service",
            "Provide at least 5 examples of customer feedback used to improve the service",
            "3",
        ),
        (
            "Candidates should record customer feedback after every single sales meeting held",
            "Candidates should not record customer feedback after every single sales meeting held",
            "not",
        ),
        (
            "Analyse internal factors that affect the relationship strategy in your organisation now",
            "Analyse external factors that affect the relationship strategy in your organisation now",
            "external",
        ),
    ],
)
def test_meaningful_difference_never_merges_but_is_a_candidate(a: str, b: str, word: str) -> None:
    result = dedupe_section("t", items(a, b))
    assert [i.text for i in result.items] == [a, b]
    (candidate,) = result.candidates
    assert word in candidate.why_not
    assert (candidate.a, candidate.b) == (a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Award credit for linking price to value.", "Award credit for linking value to price."),
        ("The seller persuades the buyer to commit.", "The buyer persuades the seller to commit."),
    ],
)
def test_the_same_words_in_another_order_never_merge_but_are_a_candidate(a: str, b: str) -> None:
    result = dedupe_section("t", items(a, b))
    assert [i.text for i in result.items] == [a, b]
    (candidate,) = result.candidates
    assert candidate.score == 1.0
    assert "order" in candidate.why_not


def test_a_word_added_keeps_the_order_and_merges() -> None:
    a = "Award credit for linking the price of the offer to its value for the customer"
    b = "Award credit for clearly linking the price of the offer to its value for the customer"
    assert len(dedupe_section("t", items(a, b)).items) == 1


def test_similar_but_uncertain_pair_is_a_candidate_not_a_merge() -> None:
    a = "Treating relationship building as a one-off activity rather than an ongoing process of engagement and adaptation."
    b = "Treating relationship-building as a one-off activity rather than an ongoing process requiring consistent effort and adaptation."
    result = dedupe_section("t", items(a, b))
    assert len(result.items) == 2
    (candidate,) = result.candidates
    assert 0.6 <= candidate.score < 0.85
    assert "below the merge threshold" in candidate.why_not


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
    a = "Award credit for a clear cost benefit analysis of planned relationship investments and risks"
    b = "Award credit for a clear cost benefit analysis of the planned relationship investments and risks"
    apart = Overrides(keep_apart=frozenset({frozenset({item_key(a), item_key(b)})}))
    assert kept(a, b, overrides=apart) == [a, b]
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


def test_many_items_use_blocking_not_all_pairs() -> None:
    many = items(*(f"Tip number {n} about topic {n * 7919 % 10007}" for n in range(3000)))
    result = dedupe_section("t", many)
    assert len(result.items) == 3000  # numbers differ: nothing merges
