"""One test per normalisation rule (revguide.normalise)."""

from __future__ import annotations

import pytest
from helpers import PLAIN, doc, texts
from revguide.normalise import split_concept, split_misconception, split_numbered
from revguide.qualifications import looks_like_qualification, shared_level


def test_concatenated_numbered_outcomes_split() -> None:
    line = "1. Understand how to build relationships2. Understand dynamics3. Be able to deliver"
    assert split_numbered(line) == [
        "Understand how to build relationships",
        "Understand dynamics",
        "Be able to deliver",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Meet the Consumer Rights Act 2015. Then check 2. Then 3.",  # does not start with 1.
        "1. Only one outcome here",
        "1. Use version 12. Release notes",  # 12 is not 2
    ],
)
def test_numbered_split_needs_a_sequence_from_one(line: str) -> None:
    assert len(split_numbered(line)) == 1


def test_concept_term_and_definition() -> None:
    assert split_concept("Marketing mix (the 4 Ps): Product, Price – how") == (
        "Marketing mix (the 4 Ps)",
        "Product, Price – how",
    )
    assert split_concept("Team Leadership – Styles and when to use them.") == (
        "Team Leadership",
        "Styles and when to use them.",
    )
    assert split_concept("A sentence with no term at all.") == (
        None,
        "A sentence with no term at all.",
    )
    assert split_concept("Ratio 3:1 is fine") == (None, "Ratio 3:1 is fine")


def test_misconception_pairs() -> None:
    assert split_misconception("Misconception: Conflict is bad. Correction: It can help.") == (
        "Conflict is bad.",
        "It can help.",
    )
    assert split_misconception("Myth: X. Reality: Y.") == ("X.", "Y.")
    assert split_misconception("Ignoring feedback.") == ("Ignoring feedback.", None)


def test_qualification_names() -> None:
    assert looks_like_qualification("ISP Level 4 Diploma in Professional Sales")
    assert looks_like_qualification("BTEC Certificate in Retail")
    assert not looks_like_qualification("Award credit for a complete recovery plan.")
    assert not looks_like_qualification("Award credit for evidence")
    assert shared_level(["Level 4 Award in X", "ISP Level 4 Diploma in Y"]) == "Level 4"
    assert shared_level(["Level 4 Award in X", "Level 3 Diploma in Y"]) is None


def test_plain_document_is_structured() -> None:
    document = doc(PLAIN)
    concepts = document.items("key_concepts")
    assert [(c.term, c.text) for c in concepts] == [
        ("Service Recovery", "Fixing a failure so well that the customer ends up more loyal."),
        ("Net Promoter Score (NPS)", "A measure of how likely customers are to recommend you."),
    ]
    (mistake,) = document.items("misconceptions")
    assert (mistake.text, mistake.correction) == (
        "Complaints are bad news.",
        "They are free feedback.",
    )
    assert [b.reason for b in document.boilerplate] == ["truncated copy of a later line"]


def test_section_of_qualification_names_becomes_qualifications_whatever_its_heading() -> None:
    document = doc(
        "Assessment criteria\nLevel 2 Award in Retail\nLevel 2 Certificate in Retail\n"
        "Assessment Criteria\n- Award credit for a clear plan."
    )
    assert texts(document, "qualifications") == [
        "Level 2 Award in Retail",
        "Level 2 Certificate in Retail",
    ]
    assert texts(document, "marking_points") == ["Award credit for a clear plan."]
    assert document.level == "Level 2"


def test_key_terminology_repeating_outcomes_joins_the_outcomes() -> None:
    document = doc(
        "Learning Objectives\n- 1. Know A2. Know B\nKey Terminology\n- 1. Know A2. Know B\n"
        "- Real Term: its definition."
    )
    assert texts(document, "learning_outcomes") == ["Know A", "Know B", "Know A", "Know B"]
    assert texts(document, "key_concepts") == ["Real Term: its definition."]


def test_text_before_the_first_heading_becomes_synopsis_or_overview() -> None:
    assert texts(doc("An opening paragraph.\nKey Concepts\n- T: d."), "synopsis") == [
        "An opening paragraph."
    ]
    with_synopsis = doc(
        "An opening paragraph.\nTopic Synopsis\nThe synopsis.\nKey Concepts\n- T: d."
    )
    assert texts(with_synopsis, "overview") == ["An opening paragraph."]


def test_empty_sections_and_emoji_only_items_are_counted_as_boilerplate() -> None:
    document = doc("Topic Synopsis\nText.\nExam Tips\nCommon Mistakes\n- 💡\n- Real one.")
    reasons = [(b.source.line, b.reason) for b in document.boilerplate]
    assert reasons == [(3, "empty section"), (5, "empty item")]
    assert texts(document, "misconceptions") == ["Real one."]


def test_no_recognised_section_warns_and_keeps_the_text() -> None:
    document = doc("Just a paragraph of notes.\nAnother paragraph.")
    assert texts(document, "synopsis") == ["Just a paragraph of notes.", "Another paragraph."]
    (warning,) = document.diagnostics
    assert warning.source.line == 1
    assert "no recognised section heading" in warning.message


def test_unknown_section_is_kept_under_its_heading() -> None:
    document = doc("Topic Synopsis\nText.\nWorked Examples\n- Example one.")
    section = document.sections[-1]
    assert (section.kind, section.heading, [i.text for i in section.items]) == (
        "other:Worked Examples",
        "Worked Examples",
        ["Example one."],
    )


def test_repeated_heading_sections_concatenate() -> None:
    document = doc("Exam Tips\n- One.\nKey Concepts\n- T: d.\nExam Tips\n- Two.")
    assert texts(document, "exam_tips") == ["One.", "Two."]


def test_a_term_needs_a_definition_that_is_text() -> None:
    """Found by Hypothesis: a definition of nothing but a pictograph is no definition."""
    assert split_concept("0 - \ue000") == (None, "0 - \ue000")
    assert split_concept("Ion - 💡 an atom with a charge.") == ("Ion", "an atom with a charge.")
