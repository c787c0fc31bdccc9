"""Normalisation's rules on one line of text (revguide.normalise, revguide.qualifications).

What normalising makes of whole source texts is in the golden cases,
``tests/cases/normalise/`` (run by tests/test_cases.py).
"""

from __future__ import annotations

import pytest
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


def test_a_term_needs_a_definition_that_is_text() -> None:
    """Found by Hypothesis: a definition of nothing but a pictograph is no definition."""
    assert split_concept("0 - \ue000") == (None, "0 - \ue000")
    assert split_concept("Ion - 💡 an atom with a charge.") == ("Ion", "an atom with a charge.")
