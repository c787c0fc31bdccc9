"""Parsing both layouts: headings, bullets, captions, stats, titles, footers, hero blocks."""

from __future__ import annotations

from helpers import PLAIN, doc, raw, texts
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


# -- the raw texts centres have: any heading style, tables, nesting, pairs ---------------------


def _sections(text: str) -> list[tuple[str, list[str]]]:
    return [
        (s.kind, texts(document, s.kind)) for document in [doc(text)] for s in document.sections
    ]


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


def test_headings_by_their_form() -> None:
    text = """\
PRICE ELASTICITY
Price elasticity measures responsiveness.

KEY TERMS:
PED: % change in quantity ÷ % change in price.

PED VALUES:
Below -1: elastic demand.

## Maths Skills
- Percentage change

**Evaluation**
- The model assumes ceteris paribus.
"""
    assert _sections(text) == [
        ("synopsis", ["Price elasticity measures responsiveness."]),
        ("key_concepts", ["PED: % change in quantity ÷ % change in price."]),
        ("other:PED VALUES", ["Below -1: elastic demand."]),
        ("other:Maths Skills", ["Percentage change"]),
        ("other:Evaluation", ["The model assumes ceteris paribus."]),
    ]
    # A colon line is a heading only where the file's headings are written that way.
    assert _sections("Key terms:\n- Barter: swapping goods.\nFunctions of money:\n- Store") == [
        ("key_concepts", ["Barter: swapping goods."]),
        ("other:Functions of money", ["Store"]),
    ]
    assert _sections("## Worked example\nConvert 156 to binary:\n1. 156 = 128 + 28\n") == [
        ("other:Worked example", ["Convert 156 to binary:", "156 = 128 + 28"])
    ]


def test_tables_nested_bullets_and_two_line_pairs() -> None:
    text = """\
Key Terms
| Term | Meaning |
|------|---------|
| Ratio 3:1 | three parts to one |
| Unit ratio | 1:n |

Maths Skills
| Quantity | Equation | Units |
|---|---|---|
| Force | F = m × a | N |

Factors
- Temperature
  - rate rises
  - above the optimum it denatures
- pH

Myths
Myth: Enzymes are killed by heat.
Fact: They are denatured.
"""
    document = raw(text)
    assert [(u.source.line, u.role, u.detail) for u in document.lines] == [
        (1, "heading", "key_concepts"),
        (2, "table", "header"),
        (3, "table", "rule"),
        (7, "heading", "other:Maths Skills"),
        (8, "table", "header"),
        (9, "table", "rule"),
        (12, "heading", "other:Factors"),
        (14, "child", "content_src/t.txt:13"),
        (15, "child", "content_src/t.txt:13"),
        (18, "heading", "misconceptions"),
        (20, "part", "content_src/t.txt:19"),
    ]
    normalised = doc(text)
    assert [(i.term, i.text) for i in normalised.items("key_concepts")] == [
        ("Ratio 3:1", "three parts to one"),
        ("Unit ratio", "1:n"),
    ]
    assert texts(normalised, "other:Maths Skills") == ["Force: F = m × a (Units: N)"]
    assert [i.flat_text for i in normalised.items("other:Factors")] == [
        "Temperature: rate rises; above the optimum it denatures",
        "pH",
    ]
    (myth,) = normalised.items("misconceptions")
    assert (myth.text, myth.correction) == ("Enzymes are killed by heat.", "They are denatured.")


def test_list_markers_go_and_references_stay() -> None:
    text = """\
Learning aims
In this unit you will:
A Explore the features of businesses
B Investigate how businesses are organised
Assessment criteria
1.1 Identify the sources of water
A.P1 Explain the features of two businesses.
LO2 Be able to install systems
Exam tips
1) Check the total.
2) Keep the order.
a) Show working.
- 1. stays as written after a bullet
"""
    document = doc(text)
    assert texts(document, "learning_outcomes") == [
        "Explore the features of businesses",
        "Investigate how businesses are organised",
    ]
    assert texts(document, "marking_points") == [
        "1.1 Identify the sources of water",
        "A.P1 Explain the features of two businesses.",
        "LO2 Be able to install systems",
    ]
    assert texts(document, "exam_tips") == [
        "Check the total.",
        "Keep the order.",
        "Show working.",
        "1. stays as written after a bullet",
    ]
    assert _reasons(raw(text)) == [(2, "lead-in")]


def test_term_forms() -> None:
    text = """\
Key terms
- **Momentum (p)**: mass multiplied by velocity.
- **Inertia:** the tendency to keep moving.
- Total revenue (TR): price × quantity.
- Ion - an atom that has gained or lost electrons.
- Evil — the opposite of good.
- Franchise – the right to trade under another name.
eSafety – keeping children safe online.
"""
    assert [(i.term, i.text) for i in doc(text).items("key_concepts")] == [
        ("Momentum (p)", "mass multiplied by velocity."),
        ("Inertia", "the tendency to keep moving."),
        ("Total revenue (TR)", "price × quantity."),
        ("Ion", "an atom that has gained or lost electrons."),
        ("Evil", "the opposite of good."),
        ("Franchise", "the right to trade under another name."),
        ("eSafety", "keeping children safe online."),
    ]


def test_wrapped_lines_join_only_mid_phrase() -> None:
    text = """\
Mark scheme
pancreas detects a rise in glucose (1)
insulin released into the blood (1)
Key terms
Osmosis: the diffusion of water through a partially permeable membrane, from a dilute
solution to a concentrated one.
"""
    document = doc(text)
    assert texts(document, "marking_points") == [
        "pancreas detects a rise in glucose (1)",
        "insulin released into the blood (1)",
    ]
    (osmosis,) = document.items("key_concepts")
    assert osmosis.text.endswith("from a dilute solution to a concentrated one.")


def test_titles_as_pages_write_them() -> None:
    assert raw("# Forces and Motion\n\n## Key terms\n- Force: a push.").title == "Forces and Motion"
    assert raw("Osmosis | RevisionHub\n\nKey terms\n- Solute: what dissolves.").title == "Osmosis"
    top = raw(
        "NCFE CACHE Level 3 Diploma for the Early Years Workforce\n"
        "Unit 3.10: Support children through play\n\nSynopsis\nPlay is learning.\n"
    )
    assert top.title == "Unit 3.10: Support children through play"
    assert top.sections[1].kind == "qualifications"
    subtitle = raw("TOPIC 2: BONDING\nAQA GCSE Chemistry - Paper 1\n\nOVERVIEW:\nAtoms bond.")
    assert subtitle.title == "TOPIC 2: BONDING"
    assert _reasons(subtitle) == [(2, "subtitle (metadata)")]


def test_numbered_headings_tables_without_outer_pipes_and_running_headers() -> None:
    text = """\
🌍 Cell Division
1 Overview
Mitosis makes identical cells.
1.1 Key terms
Term | Definition
Chromatid | One of two identical copies of a chromosome.
Centromere | Where the two chromatids are joined.
1.2 Specification content
• Mitosis and its stages.
🌍 Cell Division
• Meiosis and gametes.
"""
    document = doc(text)
    assert document.title == "Cell Division"
    assert [(i.term, i.text) for i in document.items("key_concepts")] == [
        ("Chromatid", "One of two identical copies of a chromosome."),
        ("Centromere", "Where the two chromatids are joined."),
    ]
    assert texts(document, "overview") == ["Mitosis makes identical cells."]
    # The title again in the middle of a list: a running header, and the list goes on.
    assert texts(document, "learning_outcomes") == [
        "Mitosis and its stages.",
        "Meiosis and gametes.",
    ]
    assert _reasons(raw(text)) == [(10, "repeated title")]


def test_a_one_row_table_of_labels_is_an_item() -> None:
    """Found by Hypothesis: a lone ``|a|b|`` row (no rule, no second row) crashed the table
    reader; it is an item like any other row."""
    document = raw("x\nTopic Synopsis\ny\nLearning Outcomes\n1. z\n|a|b|\n- w\n")
    (outcomes,) = [s for s in document.sections if s.kind == "learning_outcomes"]
    assert [i.text for i in outcomes.items] == ["1. z", "a: b", "w"]
