"""Flashcards and quizzes from the content: deterministic, sourced, fair distractors, stable ids."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from itertools import count

from conftest import CONTENT, ROOT
from helpers import practice_data
from hypothesis import given
from hypothesis import strategies as st
from revguide.cards import Question
from revguide.glossary import build_glossary
from revguide.ids import outcome_id, point_id
from revguide.model import Item, Section, SourceRef, Subtopic
from revguide.paths import GUIDE_DECK as GUIDE_DECK_PATH
from revguide.paths import PRACTICE_DATA as DATA_PATH
from revguide.paths import page_url
from revguide.practice import (
    BLANK,
    CLOZE_QUESTION,
    EXAM_QUESTION,
    GUIDE_DECK_FULL_MAX,
    MODEL_QUESTION,
    TERM_QUESTION,
    Practice,
    SubtopicPractice,
    build_practice,
)
from revguide.practice_pages import render_practice
from revguide.registry import Component, Model, Origin
from revguide.site import build_site
from revguide.text import item_key


def subtopic(
    slug: str,
    concepts: Sequence[tuple[str, str]] = (),
    misconceptions: Sequence[tuple[str, str | None]] = (),
    outcomes: Sequence[str] = (),
    points: Sequence[str] = (),
) -> Subtopic:
    """A subtopic with these (term, definition) concepts, (mistake, correction) pairs, ..."""
    path = f"content_src/{slug}.txt"
    lines = count(1)

    def item(text: str, term: str | None = None, correction: str | None = None) -> Item:
        return Item(text, SourceRef(path, next(lines)), term=term, correction=correction)

    sections = (
        Section("learning_outcomes", "Learning outcomes", tuple(item(o) for o in outcomes)),
        Section("key_concepts", "Key concepts", tuple(item(d, term=t) for t, d in concepts)),
        Section(
            "misconceptions",
            "Common misconceptions",
            tuple(item(m, correction=c) for m, c in misconceptions),
        ),
        Section("marking_points", "Examiner marking points", tuple(item(p) for p in points)),
    )
    return Subtopic(slug, slug.title(), "source", (path,), tuple(s for s in sections if s.items))


def model(name: str, summary: str, *aliases: str) -> Model:
    return Model(
        name=name,
        slug=name.lower().replace(" ", "-"),
        aliases=aliases,
        summary=summary,
        components=(Component("Part", "A part."),),
        origin=Origin("Someone", "2000", None),
        source=SourceRef("content_src/models.yml", 1),
    )


def choices(entry: SubtopicPractice) -> list[Question]:
    """The multiple-choice questions of a subtopic's quiz."""
    return [q for q in entry.questions if q.kind == "choice"]


def practise(subtopics: list[Subtopic], models: tuple[Model, ...] = ()) -> Practice:
    return build_practice(subtopics, build_glossary(subtopics), models)


SALES = subtopic(
    "sales",
    concepts=[
        ("Trust Equation", "A formula that explains how trust is built and eroded."),
        ("Stakeholder Mapping", "Prioritising stakeholders by their influence and interest."),
        ("Net Promoter Score (NPS)", "How likely customers are to recommend you, as NPS."),
        ("Key account", "A customer that matters most to the business."),
    ],
    misconceptions=[
        ("Conflict is always negative.", "Managed well, conflict strengthens relationships."),
        ("Relationships need no upkeep.", None),
    ],
    outcomes=["Understand how to build relationships"],
    points=["Award credit for a clear plan."],
)
SERVICE = subtopic(
    "service",
    concepts=[
        ("Service recovery", "Fixing a failure so well that the customer ends up more loyal."),
        ("Customer journey", "Every step a customer takes with an organisation."),
    ],
)
MODELS = (
    model("Trust Equation", "Trust grows with credibility. Self-orientation erodes it."),
    model("Kano model", "A model of the Kano kind: features by satisfaction.", "Kano"),
    model("SWOT analysis", "An audit of strengths and weaknesses.", "SWOT"),
)


def test_the_same_guide_gives_byte_identical_pages_and_data() -> None:
    first, second = build_site(CONTENT, ROOT), build_site(CONTENT, ROOT)
    assert [(p.path, p.content) for p in first.pages] == [(p.path, p.content) for p in second.pages]
    assert first.assets == second.assets
    assert first.assets[0].path == DATA_PATH  # then the exports (test_exports.py)


def test_cards_come_from_glossary_terms_both_ways_and_from_corrected_misconceptions() -> None:
    practice = practise([SALES])
    fronts = {(c.kind, c.front): c.back for c in practice.cards}
    assert fronts[("term", "Trust Equation")] == (
        "A formula that explains how trust is built and eroded.",
    )
    assert fronts[("definition", "A formula that explains how trust is built and eroded.")] == (
        "Trust Equation",
    )
    assert fronts[("misconception", "Conflict is always negative.")] == (
        "Managed well, conflict strengthens relationships.",
    )
    assert not any("upkeep" in c.front for c in practice.cards)  # no correction, no card
    assert len(practice.cards) == 4 + 4 + 1


def test_no_card_or_question_without_a_source_item() -> None:
    site = build_site(CONTENT, ROOT)
    practice = build_practice(site.guide.subtopics, site.glossary, site.models)
    items = {
        item.source: item
        for s in site.guide.subtopics
        for section in s.sections
        for item in section.items
    }
    assert practice.cards
    for card in practice.cards:
        item = items[card.source]
        if card.kind == "term":
            assert item.term
            assert item.text in card.back
        elif card.kind == "definition":
            assert item.term
            assert all(part in item.text for part in card.front.split(BLANK))
        else:
            assert (item.text, item.correction) == (card.front, card.back[0])
    model_sources = {m.source for m in site.models}
    for entry in practice.subtopics:
        assert entry.questions
        for question in entry.questions:
            assert question.source in items or question.source in model_sources


def test_nothing_to_practise_gives_no_cards_no_questions_and_no_empty_pages() -> None:
    bare = subtopic("bare", misconceptions=[("A mistake.", None)], outcomes=["Know things"])
    practice = practise([bare], MODELS)
    assert practice.cards == ()
    assert practice.subtopics[0].questions == ()
    pages, _ = render_practice(practice)
    assert [p.path for p in pages] == ["practice/progress.md"]


def test_the_term_is_blanked_out_of_the_text_it_is_asked_from() -> None:
    practice = practise([SALES], MODELS)
    (nps,) = [c for c in practice.cards if c.kind == "definition" and "recommend" in c.front]
    assert nps.front == f"How likely customers are to recommend you, as {BLANK}."
    questions = {q.text: q for q in practice.subtopics[0].questions}
    kano = [
        q for q in questions.values() if q.prompt == MODEL_QUESTION and "Kano" in str(q.options)
    ]
    assert all("Kano" not in q.text for q in kano)
    # A model's question uses the first sentence of its summary.
    assert "Trust grows with credibility." in questions


def test_quiz_asks_each_definition_and_each_model_the_subtopic_mentions() -> None:
    practice = practise([SALES, SERVICE], MODELS)
    sales, service = practice.subtopics
    prompts = [q.prompt for q in sales.questions]
    assert prompts.count(TERM_QUESTION) == 4
    assert [q.options[q.answer] for q in sales.questions if q.prompt == MODEL_QUESTION] == [
        "Trust Equation"
    ]
    assert [q.prompt for q in service.questions] == [TERM_QUESTION, TERM_QUESTION] + [
        CLOZE_QUESTION
    ] * 2
    choices = [q for q in sales.questions if q.kind == "choice"]
    links = {q.options[q.answer]: q.link for q in choices}
    assert links["Stakeholder Mapping"] == "glossary.md#stakeholder-mapping"
    assert choices[-1].link == "models.md#trust-equation"
    assert [q.kind for q in sales.questions] == ["choice"] * 5 + ["truefalse"] + ["cloze"] * 4 + [
        "exam"
    ]


def test_a_misconception_is_asked_as_true_or_false_with_the_correction_as_the_reason() -> None:
    mistakes = [(f"Mistake number {n}.", f"Correction number {n}.") for n in range(12)]
    (sales,) = practise([subtopic("s", misconceptions=mistakes)]).subtopics
    questions = [q for q in sales.questions if q.kind == "truefalse"]
    assert len(questions) == len(mistakes)
    for question, (mistake, correction) in zip(questions, mistakes, strict=True):
        assert question.options == ("True", "False")
        if question.solution == "False":
            assert (question.text, question.explanation) == (mistake, correction)
        else:
            assert question.text == correction
            assert question.explanation == f"The mistake to avoid: {mistake}"
    assert {q.solution for q in questions} == {"True", "False"}  # not always the same answer


def test_a_cloze_blanks_the_rarest_longest_word_that_the_term_does_not_give_away() -> None:
    concepts = [
        ("Trust Equation", "A formula that explains how trust is built and eroded."),
        ("Customer service", "Helping customers before and after a purchase."),  # not "customers"
        ("Rapport", "A bond."),  # no word of six letters: no cloze
        ("Kano", "Features are delightful, expected or basic."),  # first of the longest
        ("Pricing", "A method that explains what a formula charges."),  # "explains", "formula"
    ]
    (entry,) = practise([subtopic("s", concepts=concepts)]).subtopics
    clozes = {q.text: q.solution for q in entry.questions if q.kind == "cloze"}
    assert clozes == {
        "Trust Equation: A formula that explains how trust is built and ___.": "eroded",
        "Customer service: Helping customers before and after a ___.": "purchase",
        "Kano: Features are ___, expected or basic.": "delightful",
        "Pricing: A method that explains what a formula ___.": "charges",
    }


def test_exam_question_comes_from_the_outcomes_and_is_marked_against_the_points() -> None:
    (sales,) = practise([SALES]).subtopics
    (exam,) = [q for q in sales.questions if q.kind == "exam"]
    assert exam.prompt == EXAM_QUESTION
    assert exam.text == (
        "Write an exam answer on Sales. Show that you can: Understand how to build relationships."
    )
    assert exam.checklist == ("Award credit for a clear plan.",)
    assert practise([SERVICE]).subtopics[0].questions[-1].kind != "exam"  # no marking points


def test_distractors_never_equal_the_answer_and_never_name_the_same_model() -> None:
    same_model = subtopic(
        "cycle",
        concepts=[
            ("The sales process", "Stages from prospecting to follow-up."),
            ("The Sales Cycle & Process", "How a sale moves from lead to close."),
            ("Rapport", "A friendly understanding between people."),
        ],
    )
    cycle = model("The sales cycle", "Stages of selling.", "sales process", "sales cycle")
    practice = practise([same_model], (cycle,))
    for question in choices(practice.subtopics[0]):
        answer = question.options[question.answer]
        others = [o for i, o in enumerate(question.options) if i != question.answer]
        assert others, question
        assert item_key(answer) not in {item_key(o) for o in others}
        if "Sales" in answer or "sales" in answer:
            assert not any("ales" in o for o in others), question


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["CRM", "crm", "Rapport", "Trust", "Trust.", "Value", "Key Account"]),
            st.sampled_from(["A.", "B is it.", "a.", "C", "Trust is earned."]),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_every_question_has_distinct_options_and_its_answer(
    concepts: list[tuple[str, str]],
) -> None:
    practice = practise([subtopic("s", concepts=concepts)], MODELS)
    for question in choices(practice.subtopics[0]):
        keys = [item_key(o) for o in question.options]
        assert len(set(keys)) == len(keys) >= 2
        assert 0 <= question.answer < len(question.options)
    assert len({c.id for c in practice.cards}) == len(practice.cards)


def test_generation_is_deterministic_and_options_are_not_always_first() -> None:
    site = build_site(CONTENT, ROOT)
    runs = [build_practice(site.guide.subtopics, site.glossary, site.models) for _ in range(2)]
    assert runs[0] == runs[1]
    positions = {q.answer for s in runs[0].subtopics for q in choices(s)}
    assert len(positions) > 1


def test_ids_survive_unrelated_changes() -> None:
    before = practise([SALES, SERVICE], MODELS)
    changed_service = subtopic(
        "service",
        concepts=[
            (
                "Service recovery",
                "Fixing a failure so the customer ends up more loyal than before.",
            ),
            ("Complaint", "A customer telling you something went wrong."),
        ],
    )
    after = practise([changed_service, replace(SALES, title="Renamed")], MODELS)
    sales_before = before.subtopics[0]
    sales_after = after.subtopics[1]
    assert sales_before.cards == sales_after.cards
    assert [q.id for q in sales_before.questions] == [q.id for q in sales_after.questions]
    assert sales_before.outcomes == sales_after.outcomes
    assert sales_before.points == sales_after.points
    # Case, spacing and end punctuation are not changes; new wording is.
    assert point_id("sales", "Award credit for a clear plan.") == point_id(
        "sales", "award  credit for a clear plan"
    )
    assert outcome_id("sales", "Know it") != outcome_id("sales", "Know it well")
    assert outcome_id("sales", "Know it") != outcome_id("service", "Know it")


def test_subtopic_pages_carry_the_ids_the_data_lists() -> None:
    site = build_site(CONTENT, ROOT)
    data = practice_data(site.assets[0].content)
    pages = {p.path: p.content for p in site.pages}
    for entry in data["subtopics"]:
        page = pages[f"subtopics/{entry['slug']}.md"]
        for outcome in entry["outcomes"]:
            assert f'data-rg-outcome="{outcome}"' in page
        for point in entry["points"]:
            assert f'data-rg-point="{point}"' in page
            assert f'data-rg-point="{point}"' in pages["marking-points/index.md"]
        if entry["deck"]:
            assert f"(../practice/flashcards/{entry['slug']}.md)" in page


def test_source_text_is_escaped_in_pages_and_kept_exact_in_the_data() -> None:
    nasty = "<script>alert(1)</script> *bold* [x](javascript:alert(2)) <!-- & \u2028\u2029"
    evil = subtopic("evil", concepts=[("Term <b>", nasty), ("Other", "Plain.")])
    pages, asset = render_practice(practise([evil]))
    for page in pages:
        assert "<script>" not in page.content
        assert "<b>" not in page.content
        assert "](javascript" not in page.content
    deck = next(p for p in pages if p.path == "practice/flashcards/evil.md")
    assert r"&lt;script\>alert\(1\)&lt;/script\>" in deck.content
    data = practice_data(asset.content)
    assert nasty in {card["front"] for card in data["cards"].values()}
    # The data is a script: nothing in it can end the script element or the string.
    assert not set("<>&\u2028\u2029") & set(asset.content)
    assert "\\u003c/script\\u003e" in asset.content


def test_whole_guide_deck_lists_every_card_only_up_to_the_limit_then_links_the_decks() -> None:
    def decks(subtopics: int) -> dict[str, str]:
        """Deck pages of a guide of ``subtopics`` subtopics, the first with nothing to practise."""
        guide = [subtopic("empty", outcomes=["Know it"])] + [
            subtopic(f"s{n}", concepts=[(f"Term {n}", f"Meaning number {n}.")])
            for n in range(1, subtopics)
        ]
        pages, _ = render_practice(practise(guide))
        return {p.path: p.content for p in pages}

    small = decks(GUIDE_DECK_FULL_MAX)[GUIDE_DECK_PATH]
    assert "Meaning number 1\\." in small
    assert "](flashcards/" not in small
    large = decks(GUIDE_DECK_FULL_MAX + 1)
    assert "Meaning number 1" not in large[GUIDE_DECK_PATH]
    assert "- [S1](flashcards/s1.md) (2 cards)" in large[GUIDE_DECK_PATH]
    links = large[GUIDE_DECK_PATH].count("](flashcards/")
    assert links == GUIDE_DECK_FULL_MAX  # every subtopic but "empty", which has no deck
    assert "Meaning number 1\\." in large["practice/flashcards/s1.md"]


def test_data_holds_built_urls() -> None:
    assert page_url("glossary.md#crm", True) == "glossary/#crm"
    assert page_url("practice/flashcards.md", True) == "practice/flashcards/"
    assert page_url("glossary.md#crm", False) == "glossary.html#crm"
    assert page_url("index.md", True) == "./"
    _, asset = render_practice(practise([SALES], MODELS), directory_urls=False)
    data = practice_data(asset.content)
    assert data["subtopics"][0]["quiz"] == "practice/quiz/sales.html"


def test_practice_data_golden(golden) -> None:  # type: ignore[no-untyped-def]
    site = build_site(CONTENT, ROOT)
    data = practice_data(site.assets[0].content)  # compact in the site; indented for review
    golden(f"pages/{DATA_PATH}", json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def test_the_new_question_kinds_add_no_page() -> None:
    """MkDocs' cost is per page: every kind lives on the subtopic's one quiz page."""
    pages, _ = render_practice(practise([SALES, SERVICE], MODELS))
    assert [p.path for p in pages] == [
        "practice/progress.md",
        GUIDE_DECK_PATH,
        "practice/flashcards/sales.md",
        "practice/flashcards/service.md",
        "practice/quiz/sales.md",
        "practice/quiz/service.md",
    ]
    quiz = next(p.content for p in pages if p.path == "practice/quiz/sales.md")
    for prompt in ("True or false", "Fill the gap", "Exam\\-style question"):
        assert prompt in quiz
