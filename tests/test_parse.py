"""Parsing: headings by their words and form, the layout, truncated copies.

What parsing makes of whole source texts (both layouts, titles, captions, stats, tables,
nesting) is in the golden cases, ``tests/cases/parse/`` (run by tests/test_cases.py).
"""

from __future__ import annotations

import yaml
from helpers import raw
from hypothesis import given
from hypothesis import strategies as st
from revguide.headings import looks_like_heading, match_heading
from revguide.parse import detect_format
from test_cases import CASES


def _reasons(document) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    return [(b.source.line, b.reason) for b in document.boilerplate]


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


def test_format_detection() -> None:
    for name, layout in (("plain-layout", "plain"), ("scraped-layout", "scraped")):
        case = yaml.safe_load((CASES / "parse" / f"{name}.yml").read_text(encoding="utf-8"))
        assert detect_format(case["input"].split("\n")) == layout
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


# -- the raw texts centres have: any heading style, tables, nesting, pairs ---------------------


def test_headings_by_their_words() -> None:
    cases = {
        "What You Need To Know": "learning_outcomes",
        "**Mark Scheme Points**": "marking_points",
        "Marking Criteria": "marking_points",
        "What examiners reward": "marking_points",
        "Learning Aims": "learning_outcomes",
        "Specification content": "learning_outcomes",
        "KEY WORDS:": "key_concepts",
        "### Key vocabulary": "key_concepts",
        "EXAM TECHNIQUE:": "exam_tips",
        "Examiner tips": "exam_tips",
        "Common Errors": "misconceptions",
        "Common pitfalls": "misconceptions",
        "Myths and Misconceptions": "misconceptions",
        "Topic summary": "synopsis",
        "WORKED EXAMPLE:": "other:Worked example",
        "Required Practical": "other:Required Practical",
    }
    assert {line: match_heading(line) for line in cases} == cases
    for sentence in (
        "Common errors to avoid in your coursework",  # a caption: three words of its own
        "Unit 1 Overview",  # a unit's title
        "Avoid errors.",  # a sentence
        "Key Concepts are vital",
    ):
        assert match_heading(sentence) is None, sentence
