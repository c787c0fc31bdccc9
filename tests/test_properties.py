"""Hypothesis properties of normalisation and deduplication.

``HYPOTHESIS_PROFILE=slow`` runs each with 10,000 cases (see conftest).
"""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st
from revguide.dedupe import dedupe_section
from revguide.model import Item, SourceRef
from revguide.normalise import normalise
from revguide.parse import parse
from revguide.sources import SourceText
from revguide.text import clean_item, clean_text, item_key

WORDS = [
    "Level",
    "4",
    "Diploma",
    "Certificate",
    "not",
    "the",
    "customer",
    "CRM",
    "trust",
    "relationship-building",
    "Award",
    "credit",
    "for",
    "evidence",
    "💡",
    "•",
    "-",
    "’s",
]
word_soup = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join)
any_text = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=80) | word_soup


@given(any_text)
def test_clean_text_and_clean_item_are_idempotent(text: str) -> None:
    assert clean_text(clean_text(text)) == clean_text(text)
    assert clean_item(clean_item(text)) == clean_item(text)


@given(any_text)
def test_item_key_is_idempotent(text: str) -> None:
    assert item_key(item_key(text)) == item_key(text)


section_items = st.lists(st.one_of(word_soup, any_text), max_size=25).map(
    lambda texts: [
        Item(clean_item(t) or "x", SourceRef("content_src/p.txt", n))
        for n, t in enumerate(texts, 1)
    ]
)


def _texts(items: tuple[Item, ...]) -> list[str]:
    return [i.full_text for i in items]


@given(section_items, st.randoms(use_true_random=False))
def test_dedupe_is_independent_of_input_order(items: list[Item], rnd: random.Random) -> None:
    shuffled = list(items)
    rnd.shuffle(shuffled)
    first, second = dedupe_section("t", items), dedupe_section("t", shuffled)
    assert first == second


@given(section_items)
def test_dedupe_is_idempotent_and_accounts_for_every_item(items: list[Item]) -> None:
    result = dedupe_section("t", items)
    assert len(items) == len(result.items) + sum(len(m.merged) for m in result.merges)
    again = dedupe_section("t", result.items)
    assert _texts(again.items) == _texts(result.items)
    assert again.merges == ()


lines = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "Topic Synopsis",
                "Key Concepts",
                "Exam Tips",
                "Common Mistakes",
                "Assessment Criteria",
                "Learning Objectives",
                "Case Study",
                "",
            ]
        ),
        word_soup.map(lambda t: "- " + t),
        word_soup.map(lambda t: "• " + t + "."),
        word_soup,
        any_text,
    ),
    max_size=30,
)


@given(lines)
def test_normalising_a_document_twice_gives_the_same_items(raw_lines: list[str]) -> None:
    """Rendering the normalised items back as a plain source and normalising again is stable."""
    document = normalise(parse(SourceText("content_src/p.txt", "\n".join(raw_lines))))
    for section in document.sections:
        for item in section.items:
            assert clean_item(item.text) == item.text
            assert item.text


@given(st.lists(lines, min_size=1, max_size=3))
def test_accounting_holds_on_generated_source_folders(files: list[list[str]]) -> None:
    import tempfile
    from pathlib import Path

    from revguide.pipeline import build_guide
    from revguide.report import build_report

    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "content_src"
        content.mkdir()
        for n, raw_lines in enumerate(files):
            (content / f"{n}.txt").write_text("\n".join(raw_lines), encoding="utf-8")
        totals = build_report(build_guide(content, Path(folder)))["totals"]  # raises if unbalanced
    assert totals["items_in"] == totals["items_out"] + totals["merged"]
