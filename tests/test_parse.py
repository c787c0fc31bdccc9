"""Parsing both layouts: headings, bullets, captions, stats, titles, footers, hero blocks."""

from __future__ import annotations

from helpers import PLAIN, raw
from hypothesis import given
from hypothesis import strategies as st
from revguide.headings import looks_like_heading, match_heading
from revguide.parse import detect_format


def _reasons(document) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    return [(b.source.line, b.reason) for b in document.boilerplate]


def test_plain_layout_sections_and_items_keep_line_numbers() -> None:
    document = raw(PLAIN)
    assert document.format == "plain"
    kinds = [(s.kind, [i.line for i in s.items]) for s in document.sections]
    assert kinds == [
        (None, []),
        ("synopsis", [3]),
        ("key_concepts", [5, 6]),
        ("exam_tips", [8]),
        ("misconceptions", [10]),
        ("marking_points", [12]),
    ]
    assert _reasons(document) == [(1, "truncated copy of a later line")]


def test_heading_synonyms_map_to_one_kind() -> None:
    assert match_heading("Assessment Guidance") == "exam_tips"
    assert match_heading("Exam Tips & Revision Strategies") == "exam_tips"
    assert match_heading("COMMON MISTAKES") == "misconceptions"
    assert match_heading("Examiner Marking Points") == "marking_points"
    assert match_heading("Assessment Criteria") == "marking_points"
    assert match_heading("Learning Objectives") == "learning_outcomes"
    assert match_heading("## 2. Key Concepts:") == "key_concepts"
    assert match_heading("Key Concepts are vital") is None


def test_heading_shape() -> None:
    assert looks_like_heading("Case Studies")
    assert not looks_like_heading("A sentence that ends.")
    assert not looks_like_heading("lower case start")


SCRAPED = """\
Handling ComplaintsAwarding Org Ltd Revision Site

    Topic Synopsis

    How teams turn complaints into loyalty.

    Key Concepts

    Handling Complaints

    AWARDING ORG LTD
    vocational

    How teams turn complaints into loyalty.

    3
    Learning Outcomes
    5
    Key Terms

    Qualifications

    Level 2 Certificate in Customer Service

    Key Concepts

    Core ideas you must understand

    • Service Recovery: Fixing a failure well.
    • 💡Empathy: Seeing it their way.

    Case Study

    • A hotel that rebooked a guest.

    Ready to learn?

    AI-powered learning tailored to this unit"""


def test_scraped_layout() -> None:
    document = raw(SCRAPED)
    assert document.format == "scraped"
    assert document.title == "Handling Complaints"
    assert document.awarding_body == "Awarding Org Ltd"
    assert document.category == "vocational"
    sections = [(s.kind, [i.text for i in s.items]) for s in document.sections]
    assert sections == [
        (None, []),
        ("synopsis", ["How teams turn complaints into loyalty."]),
        ("key_concepts", []),
        ("synopsis", ["How teams turn complaints into loyalty."]),
        ("qualifications", ["Level 2 Certificate in Customer Service"]),
        (
            "key_concepts",
            ["Service Recovery: Fixing a failure well.", "💡Empathy: Seeing it their way."],
        ),
        ("other:Case Study", ["A hotel that rebooked a guest."]),
    ]
    assert _reasons(document) == [
        (1, "site name in title line"),
        (9, "repeated title"),
        (11, "awarding body (metadata)"),
        (12, "category (metadata)"),
        (16, "stats block"),
        (17, "stats block"),
        (18, "stats block"),
        (19, "stats block"),
        (27, "caption"),
        (36, "site chrome: call to action"),
        (38, "site chrome: call to action"),
    ]


def test_title_glued_to_awarding_body_is_split_without_a_repeat() -> None:
    document = raw(
        "Managing Retail OperationsCity Institute Revision\n\n    Topic Synopsis\n\n    Text."
    )
    assert document.title == "Managing Retail Operations"
    assert document.boilerplate[0].text == "City Institute Revision"


def test_short_title_words_are_not_split_at_inner_capitals() -> None:
    document = raw("McDonald's Service\n\n    Topic Synopsis\n\n    Text.")
    assert document.title == "McDonald's Service"


def test_wrapped_lines_continue_the_item_above() -> None:
    document = raw("Key Concepts\n- Term: a definition that\n  carries on here.\n- Next: item.")
    items = document.sections[1].items
    assert [i.text for i in items] == ["Term: a definition that carries on here.", "Next: item."]


def test_unknown_heading_followed_by_bullets_is_kept() -> None:
    document = raw("Topic Synopsis\nText here.\nWorked Examples\n- One example.")
    assert [s.kind for s in document.sections] == [None, "synopsis", "other:Worked Examples"]


def test_format_detection() -> None:
    assert detect_format(PLAIN.split("\n")) == "plain"
    assert detect_format(SCRAPED.split("\n")) == "scraped"
    assert detect_format([]) == "plain"


TEASER_SENTENCES = [
    "Loyal customers cost less to serve.",
    "Loyal customers cost less.",
    "They recommend you to others.",
    "They recommend you.",
]
teaser_lines = st.lists(
    st.lists(st.sampled_from(TEASER_SENTENCES), min_size=1, max_size=3).map(" ".join)
    | st.sampled_from(TEASER_SENTENCES).map(lambda s: s.upper()[:1] + s[1:].replace(" ", "  ")),
    max_size=12,
)


@given(teaser_lines)
def test_a_truncated_copy_is_a_line_that_a_longer_later_line_starts_with(lines: list[str]) -> None:
    """The indexed search finds exactly what comparing every later line would."""
    keys = [" ".join(line.split()).casefold() for line in lines]
    expected = {
        n + 1
        for n, key in enumerate(keys)
        if len(key) >= 20 and any(k.startswith(key) and len(k) > len(key) for k in keys[n + 1 :])
    }
    document = raw("\n".join(lines))
    truncated = {line for line, reason in _reasons(document) if reason.startswith("truncated")}
    assert truncated == expected
