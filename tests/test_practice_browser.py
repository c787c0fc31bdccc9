"""Practice in a real browser: flashcards, quizzes, self-ratings, ticks, progress export/import.

Each test starts from an empty localStorage (a fresh context) and ends by checking the page made
no request outside the site and logged no error.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from helpers import practice_data
from revguide.paths import PRACTICE_DATA as DATA_PATH

sync_api = pytest.importorskip("playwright.sync_api")
expect = sync_api.expect

pytestmark = pytest.mark.browser

SLUG = "build-and-maintain-sales-relationships"
DECK = f"practice/flashcards/{SLUG}/"
QUIZ = f"practice/quiz/{SLUG}/"
SUBTOPIC = f"subtopics/{SLUG}/"
PROGRESS = "practice/progress/"
KEY = "revguide:Sales Relationships Revision Guide"  # the site_name of mkdocs.yml
NOW = datetime(2026, 3, 2, 9, 0).astimezone()  # a Monday morning, the browser's time zone


def millis(moment: datetime) -> int:
    return round(moment.timestamp() * 1000)


@pytest.fixture(scope="module")
def data(built_site: Path) -> dict[str, Any]:
    """The practice data the site serves."""
    data: dict[str, Any] = practice_data((built_site / DATA_PATH).read_text("utf-8"))
    return data


def subtopic_data(data: dict[str, Any]) -> dict[str, Any]:
    return next(s for s in data["subtopics"] if s["slug"] == SLUG)


def stored(page: Any) -> Any:
    """The saved progress as the page's script wrote it (``None`` when nothing is saved)."""
    text = page.evaluate("(key) => localStorage.getItem(key)", KEY)
    return json.loads(text) if text else None


def assert_quiet(page: Any, site_url: str) -> None:
    own = urlsplit(site_url).netloc
    assert [u for u in page.recorder.requests if urlsplit(u).netloc not in (own, "")] == []
    assert page.recorder.errors == []


def grade_button(page: Any, label: str) -> Any:
    """The grade button ``label`` ("Again", "Hard", "Good", "Easy"), which shows an interval."""
    return page.locator(".rg-grade").filter(has_text=re.compile(f"^{label} "))


def test_flip_and_grade_a_card_and_the_queue_survives_a_reload(
    page: Any, site_url: str, data: dict[str, Any]
) -> None:
    deck = subtopic_data(data)["cards"]
    page.clock.set_fixed_time(NOW)
    page.goto(site_url + DECK)
    summary = page.locator(".rg-deck__summary")
    expect(summary).to_contain_text(f"{len(deck)} due today")
    expect(page.locator(".rg-card__front")).to_have_text(data["cards"][deck[0]]["front"])
    expect(page.locator(".rg-fallback")).to_be_hidden()

    page.get_by_role("button", name="Show answer").click()
    back = page.locator(".rg-card__back")
    expect(back).to_be_visible()
    expect(back).to_contain_text(data["cards"][deck[0]]["back"][0])
    # A new card's grades: FSRS-6 learning steps, then its first interval.
    labels = page.locator(".rg-grade").all_inner_texts()
    assert [" ".join(label.split()) for label in labels] == [
        "Again 1 min",
        "Hard 6 min",
        "Good 10 min",
        "Easy 8 d",
    ]
    grade_button(page, "Easy").click()
    due = NOW + timedelta(days=8)
    expect(page.get_by_role("status").first).to_contain_text(
        f"Easy: you will see it again on {due.date().isoformat()}"
    )

    page.reload()
    expect(summary).to_contain_text(f"{len(deck) - 1} due today")
    expect(page.locator(".rg-card__front")).to_have_text(data["cards"][deck[1]]["front"])
    card = stored(page)["cards"][deck[0]]
    assert (card["state"], card["step"], card["due"]) == (2, None, millis(due))
    assert card["log"] == [[millis(NOW), 4]]
    assert_quiet(page, site_url)


def test_the_deck_works_from_the_keyboard(page: Any, site_url: str, data: dict[str, Any]) -> None:
    deck = subtopic_data(data)["cards"]
    page.goto(site_url + DECK)
    card = page.locator(".rg-card")
    where = page.locator(".rg-card__where")
    card.focus()
    page.keyboard.press("ArrowRight")
    expect(where).to_contain_text(f"Card 2 of {len(deck)}")
    page.keyboard.press("ArrowLeft")
    expect(where).to_contain_text(f"Card 1 of {len(deck)}")
    page.keyboard.press("Space")
    expect(page.locator(".rg-card__back")).to_be_visible()
    flip = page.get_by_role("button", name="Hide answer")
    expect(flip).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("1")  # Again: a learning step of 1 minute, to the end of the queue
    expect(page.locator(".rg-card__back")).to_be_hidden()
    expect(card).to_be_focused()
    saved = stored(page)["cards"][deck[0]]
    assert (saved["state"], saved["step"], saved["due"] - saved["last"]) == (1, 0, 60_000)
    expect(where).to_contain_text(f"Card 1 of {len(deck)}")  # the next one; the lapse is last
    expect(page.locator(".rg-card__front")).to_have_text(data["cards"][deck[1]]["front"])
    # Tab reaches the controls, and the focused one shows a visible ring.
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => [document.activeElement.textContent, getComputedStyle(document.activeElement).outlineStyle]"
    )
    assert focused == ["Show answer", "solid"]
    assert_quiet(page, site_url)


def test_turning_a_card_respects_reduced_motion(page: Any, site_url: str) -> None:
    animation = "() => getComputedStyle(document.querySelector('.rg-card')).animationName"
    page.goto(site_url + DECK)
    page.get_by_role("button", name="Show answer").click()
    assert page.evaluate(animation) == "rg-turn"
    page.emulate_media(reduced_motion="reduce")
    page.get_by_role("button", name="Hide answer").click()
    assert page.evaluate(animation) == "none"


def question_box(page: Any, question: dict[str, Any]) -> Any:
    return page.locator(f'.rg-question[data-rg-question="{question["id"]}"]')


def answer_question(page: Any, question: dict[str, Any], right: bool = True) -> None:
    """Answer ``question`` on the quiz ``page`` as a learner would, rightly or not."""
    box = question_box(page, question)
    if question["kind"] == "exam":
        box.get_by_label("Your answer").fill("Trust is built in stages.")
        box.get_by_role("button", name="Mark my answer").click()
        return
    if question["kind"] == "cloze":
        box.get_by_label("Your answer").fill(question["accepted"][0] if right else "xyz")
    else:
        solution = question["options"][question["answer"]]
        choice = solution if right else next(o for o in question["options"] if o != solution)
        box.get_by_label(choice, exact=True).check()
    box.get_by_role("button", name="Check answer").click()


def answer_quiz(page: Any, questions: list[dict[str, Any]], wrong: int = 0) -> None:
    """Answer every question of the quiz on ``page``, the first ``wrong`` scored ones wrongly."""
    scored = [q for q in questions if q["kind"] != "exam"]
    for question in questions:
        answer_question(page, question, right=question not in scored[:wrong])


def test_a_quiz_answer_shows_feedback_a_link_and_the_score_is_kept(
    page: Any, site_url: str, data: dict[str, Any]
) -> None:
    questions = subtopic_data(data)["questions"]
    page.goto(site_url + QUIZ)
    expect(page.locator(".rg-question")).to_have_count(len(questions))
    first = questions[0]
    right = first["options"][first["answer"]]
    answer_question(page, first, right=False)
    box = question_box(page, first)
    feedback = box.locator(".rg-feedback")
    expect(feedback).to_contain_text("Not quite.")
    expect(feedback).to_contain_text(f"The answer is {right}.")
    link = feedback.get_by_role("link", name=first["linkText"])
    expect(link).to_have_attribute("href", site_url + first["link"])
    expect(box.locator(".rg-option--right")).to_contain_text("correct answer")
    expect(box.locator(".rg-option--wrong")).to_contain_text("your answer")

    for question in questions[1:]:
        answer_question(page, question)
        if question["kind"] != "exam":
            expect(question_box(page, question).locator(".rg-feedback")).to_contain_text("Right.")
    total = len([q for q in questions if q["kind"] != "exam"])
    expect(page.locator(".rg-quiz > .rg-status")).to_contain_text(f"{total - 1} of {total} right")

    page.reload()
    expect(page.locator(".rg-quiz__summary")).to_contain_text(
        f"Last score: {total - 1} of {total} ({date.today().isoformat()})"
    )
    page.goto(site_url + first["link"])  # the link leads to the glossary entry
    expect(page.locator("#" + first["link"].split("#")[1])).to_have_count(1)
    assert_quiet(page, site_url)


def test_an_outcome_rating_is_kept_after_a_reload(
    page: Any, site_url: str, data: dict[str, Any]
) -> None:
    outcome = subtopic_data(data)["outcomes"][0]
    page.goto(site_url + SUBTOPIC)
    item = page.locator(f'li[data-rg-outcome="{outcome}"]')
    expect(item.get_by_label("Not rated")).to_be_checked()
    item.get_by_label("Amber").check()
    page.reload()
    expect(item.get_by_label("Amber")).to_be_checked()
    expect(item.locator("legend")).to_contain_text("Amber = partly")
    assert [(k, v["rating"]) for k, v in stored(page)["outcomes"].items()] == [(outcome, "amber")]
    assert_quiet(page, site_url)


def _click_tick(page: Any, item: Any) -> None:
    """Click the middle of the visible tick box (a pseudo-element of the label's indicator)."""
    x, y = item.locator(".task-list-indicator").evaluate(
        """span => {
            const box = span.getBoundingClientRect(), tick = getComputedStyle(span, '::before');
            return [box.left + parseFloat(tick.left) + parseFloat(tick.width) / 2,
                    box.top + parseFloat(tick.top) + parseFloat(tick.height) / 2];
        }"""
    )
    page.mouse.click(x, y)


def test_a_ticked_marking_point_stays_ticked_here_and_on_the_index(
    page: Any, site_url: str, data: dict[str, Any]
) -> None:
    point = subtopic_data(data)["points"][0]
    page.goto(site_url + SUBTOPIC)
    item = page.locator(f'li[data-rg-point="{point}"]')
    item.scroll_into_view_if_needed()
    _click_tick(page, item)
    expect(item.locator("input")).to_be_checked()
    page.reload()
    expect(item.locator("input")).to_be_checked()
    page.goto(site_url + "marking-points/")
    expect(page.locator(f'li[data-rg-point="{point}"] input')).to_be_checked()
    expect(page.locator("li[data-rg-point] input:checked")).to_have_count(1)
    # Keyboard: Space on the focused checkbox unticks it.
    page.locator(f'li[data-rg-point="{point}"] input').focus()
    page.keyboard.press("Space")
    page.reload()
    expect(page.locator("li[data-rg-point] input:checked")).to_have_count(0)
    assert_quiet(page, site_url)


def test_progress_export_then_import_round_trips(
    page: Any, site_url: str, data: dict[str, Any], tmp_path: Path
) -> None:
    entry = subtopic_data(data)
    page.goto(site_url + SUBTOPIC)
    page.locator(f'li[data-rg-outcome="{entry["outcomes"][1]}"]').get_by_label("Green").check()
    page.goto(site_url + DECK)
    page.get_by_role("button", name="Show answer").click()
    grade_button(page, "Easy").click()
    page.goto(site_url + QUIZ)
    answer_question(page, entry["questions"][0])  # a quiz half done: no score yet
    attempt = f"{KEY}:quiz:{SLUG}"  # kept beside the progress, not exported
    assert page.evaluate("(key) => localStorage.getItem(key) !== null", attempt)
    saved = stored(page)
    assert "quizzes" in saved
    assert saved["quizzes"] == {}
    assert saved is not None

    page.goto(site_url + PROGRESS)
    row = page.locator(f'[data-rg-subtopic="{SLUG}"]')
    expect(row).to_contain_text("Green 1 · Amber 0 · Red 0")
    expect(row).to_contain_text(f"{len(entry['cards']) - 1} of {len(entry['cards'])}")
    with page.expect_download() as download:
        page.get_by_role("button", name="Export progress").click()
    exported = tmp_path / "progress.json"
    download.value.save_as(exported)
    content = json.loads(exported.read_text(encoding="utf-8"))
    assert content["format"] == "revguide-progress"
    assert content["progress"] == saved

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Clear my data").click()
    expect(row).to_contain_text("Green 0 · Amber 0 · Red 0")
    assert stored(page) is None
    assert (
        page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('revguide:'))")
        == []
    )

    not_progress = tmp_path / "other.json"
    not_progress.write_text('{"cards": {}}', encoding="utf-8")
    for file in (not_progress, exported):
        with page.expect_file_chooser() as chooser:
            page.get_by_role("button", name="Import progress…").click()
        chooser.value.set_files(str(file))
        expect(page.locator(".rg-progress > .rg-status")).to_contain_text(file.name)
        if file is not_progress:
            expect(page.locator(".rg-progress > .rg-status")).to_contain_text("Could not import")
            assert stored(page) is None
    expect(row).to_contain_text("Green 1 · Amber 0 · Red 0")
    assert stored(page) == saved
    page.goto(site_url + SUBTOPIC)
    expect(
        page.locator(f'li[data-rg-outcome="{entry["outcomes"][1]}"]').get_by_label("Green")
    ).to_be_checked()
    assert_quiet(page, site_url)


def test_practice_controls_are_at_least_24_px(page: Any, site_url: str) -> None:
    small = []
    for path, selector in (
        (DECK, ".rg-app button:visible"),
        (QUIZ, ".rg-app button:visible, .rg-option"),
        # Links inside the Today sentences are inline (WCAG 2.5.8 exempts them); its button is not.
        (PROGRESS, ".rg-app button:visible, .rg-app a:not(.rg-today li > a:not(.rg-button))"),
        (SUBTOPIC, ".rg-rating__choice"),
    ):
        page.goto(site_url + path)
        if path == DECK:
            page.get_by_role("button", name="Show answer").click()
        controls = page.locator(selector)
        assert controls.count() > 0, path
        for index in range(controls.count()):
            box = controls.nth(index).bounding_box()
            if box["width"] < 24 or box["height"] < 24:
                small.append((path, controls.nth(index).inner_text(), box))
    ticks = page.locator("li[data-rg-point] .task-list-indicator").evaluate_all(
        "spans => spans.map(s => [getComputedStyle(s, '::before').width,"
        " getComputedStyle(s, '::before').height])"
    )
    assert ticks
    small += [t for t in ticks if min(float(v.removesuffix("px")) for v in t) < 24]
    assert small == []


def test_without_javascript_cards_are_question_and_answer_pairs(
    browser: Any, site_url: str, data: dict[str, Any]
) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + DECK)
        cards = subtopic_data(data)["cards"]
        answers = page.locator(".rg-fallback details")
        expect(answers).to_have_count(len(cards))
        expect(page.locator(".rg-app__waiting")).to_contain_text("needs JavaScript")
        first = data["cards"][cards[0]]
        expect(page.locator(".rg-fallback")).to_contain_text(first["front"])
        expect(answers.first.locator("p").first).to_be_hidden()
        answers.first.locator("summary").click()
        expect(answers.first).to_contain_text(first["back"][0])
    finally:
        context.close()


def assert_on_screen(page: Any, *locators: Any) -> None:
    """Each of ``locators`` lies wholly in the viewport, below Material's sticky header."""
    header = page.locator(".md-header").bounding_box()
    height = page.viewport_size["height"]
    for locator in locators:
        box = locator.bounding_box()
        assert box is not None
        assert header["y"] + header["height"] <= box["y"], locator
        assert box["y"] + box["height"] <= height, locator


def test_on_a_phone_a_card_cannot_be_graded_unseen_and_reveal_shows_answer_and_grades(
    phone: Any, site_url: str, data: dict[str, Any]
) -> None:
    deck = subtopic_data(data)["cards"]
    phone.goto(site_url + DECK)
    grades = phone.locator(".rg-deck__grades")
    expect(phone.locator(".rg-card__front")).to_have_text(data["cards"][deck[0]]["front"])
    expect(grades).to_be_hidden()
    expect(phone.locator(".rg-grade:visible")).to_have_count(0)
    phone.locator(".rg-card").focus()
    phone.keyboard.press("2")  # a grade key before the answer is shown does nothing
    assert stored(phone) is None

    phone.get_by_role("button", name="Show answer").tap()
    back = phone.locator(".rg-card__back")
    expect(back).to_contain_text(data["cards"][deck[0]]["back"][0])
    expect(grades).to_be_visible()
    phone.wait_for_timeout(400)  # the card's turning animation
    assert_on_screen(phone, back, grades)
    grades.locator(".rg-grade").last.tap()
    # The next card starts unrevealed again.
    expect(phone.locator(".rg-card__front")).to_have_text(data["cards"][deck[1]]["front"])
    expect(grades).to_be_hidden()
    expect(back).to_be_hidden()
    assert_quiet(phone, site_url)


def import_file(page: Any, file: Path) -> Any:
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Import progress…").click()
    chooser.value.set_files(str(file))
    status = page.locator(".rg-progress > .rg-status")
    expect(status).to_contain_text(file.name)
    return status


def test_importing_an_older_export_keeps_newer_progress_and_another_guides_file_is_refused(
    page: Any, site_url: str, data: dict[str, Any], tmp_path: Path
) -> None:
    questions = subtopic_data(data)["questions"]
    total = len([q for q in questions if q["kind"] != "exam"])  # exam answers are self-marked
    page.clock.set_fixed_time(NOW)
    page.goto(site_url + QUIZ)
    answer_quiz(page, questions)
    page.goto(site_url + PROGRESS)
    with page.expect_download() as download:
        page.get_by_role("button", name="Export progress").click()
    older = tmp_path / "older.json"
    download.value.save_as(older)

    page.clock.set_fixed_time(NOW + timedelta(days=2))  # later, a worse score
    page.goto(site_url + QUIZ)
    page.get_by_role("button", name="Start again").click()  # the finished attempt is shown
    answer_quiz(page, questions, wrong=1)
    page.goto(site_url + PROGRESS)
    row = page.locator(f'[data-rg-subtopic="{SLUG}"]')
    latest = f"{total - 1} of {total}"
    expect(row).to_contain_text(latest)
    status = import_file(page, older)
    expect(status).to_contain_text("nothing was newer than what is here")
    expect(row).to_contain_text(latest)  # the older export did not overwrite it

    # A file with a newer rating and a review from another device: merged in, and said so.
    content = json.loads(older.read_text(encoding="utf-8"))
    deck = subtopic_data(data)["cards"]
    outcome, card = subtopic_data(data)["outcomes"][0], deck[0]
    later = millis(NOW + timedelta(days=3))
    content["progress"]["outcomes"] = {outcome: {"rating": "green", "at": later}}
    content["progress"]["cards"] = {
        card: {
            "state": 2,
            "step": None,
            "stability": 8.2956,
            "difficulty": 1.0,
            "due": later + 8 * 86_400_000,
            "last": later,
            "log": [[later, 4]],
        }
    }
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(content), encoding="utf-8")
    status = import_file(page, newer)
    expect(status).to_contain_text("updated 1 flashcard (1 new review), 1 outcome rating")
    expect(row).to_contain_text("Green 1")
    expect(row).to_contain_text(latest)

    before = stored(page)
    content["guide"] = "Another Revision Guide"
    other = tmp_path / "other-guide.json"
    other.write_text(json.dumps(content), encoding="utf-8")
    status = import_file(page, other)  # Playwright dismisses the dialog: "Cancel"
    expect(status).to_contain_text("“Another Revision Guide”, not in this guide")
    expect(status).to_contain_text("Nothing was changed.")
    assert stored(page) == before

    # A version 1 file (no guide named, Leitner boxes): asked, confirmed, migrated and merged.
    v1 = {"format": "revguide-progress", "version": 1, "site": "/revision-guide/"}
    v1["progress"] = {"cards": {deck[2]: {"box": 2, "due": "2099-01-01"}}, "outcomes": {}}
    old = tmp_path / "version-1.json"
    old.write_text(json.dumps(v1), encoding="utf-8")
    page.once("dialog", lambda dialog: dialog.accept())
    status = import_file(page, old)
    expect(status).to_contain_text("updated 1 flashcard (0 new reviews)")
    assert stored(page)["cards"][deck[2]]["stability"] == 3
    assert_quiet(page, site_url)


def shown_order(page: Any) -> list[str]:
    ids: list[str] = page.locator(".rg-question").evaluate_all(
        "boxes => boxes.map(b => b.dataset.rgQuestion)"
    )
    return ids


def test_on_a_phone_a_quiz_is_shuffled_survives_a_reload_and_retries_the_wrong_ones(
    phone: Any, site_url: str, data: dict[str, Any]
) -> None:
    questions = subtopic_data(data)["questions"]
    by_kind = {q["kind"]: q for q in questions}
    assert set(by_kind) == {"choice", "truefalse", "cloze", "exam"}
    phone.goto(site_url + QUIZ)
    order = shown_order(phone)
    assert sorted(order) == sorted(q["id"] for q in questions)

    # A typed answer is marked leniently: case, punctuation, one typo in a long word.
    cloze = by_kind["cloze"]
    word = cloze["accepted"][0]
    assert len(word) >= 6
    typo = word[0].swapcase() + word[1:-2] + word[-1] + word[-2] + "."  # last two letters swapped
    question_box(phone, cloze).get_by_label("Your answer").fill(typo)
    question_box(phone, cloze).get_by_role("button", name="Check answer").tap()
    expect(question_box(phone, cloze).locator(".rg-feedback")).to_contain_text("Right.")
    answer_question(phone, by_kind["truefalse"], right=False)
    exam = question_box(phone, by_kind["exam"])
    exam.get_by_label("Your answer").fill("Relationships are built in stages.")

    phone.reload()  # mid-quiz: same order, same answers, the written answer kept
    assert shown_order(phone) == order
    expect(question_box(phone, cloze).locator(".rg-feedback")).to_contain_text("Right.")
    expect(question_box(phone, by_kind["truefalse"]).locator(".rg-feedback")).to_contain_text(
        "Not quite."
    )
    expect(exam.get_by_label("Your answer")).to_have_value("Relationships are built in stages.")
    exam.get_by_role("button", name="Mark my answer").tap()
    points = exam.locator(".rg-checklist input")
    expect(points).to_have_count(len(by_kind["exam"]["checklist"]))
    points.nth(0).check()
    expect(exam.locator(".rg-feedback")).to_contain_text(
        f"Your answer covers 1 of {len(by_kind['exam']['checklist'])} marking points"
    )
    for question in questions:
        if question["kind"] != "exam" and question["id"] not in (
            cloze["id"],
            by_kind["truefalse"]["id"],
        ):
            answer_question(phone, question)
    total = len([q for q in questions if q["kind"] != "exam"])
    expect(phone.locator(".rg-quiz > .rg-status")).to_contain_text(
        f"Quiz finished: {total - 1} of {total} right"
    )

    phone.get_by_role("button", name="Retry the 1 question I got wrong").tap()
    assert shown_order(phone) == [by_kind["truefalse"]["id"]]
    answer_question(phone, by_kind["truefalse"])
    expect(phone.locator(".rg-quiz > .rg-status")).to_contain_text("Retry finished: 1 of 1 right")
    expect(phone.locator(".rg-quiz__summary")).to_contain_text(
        f"Last score: {total - 1} of {total}"
    )

    phone.get_by_role("button", name="Start again").tap()
    again = shown_order(phone)
    assert sorted(again) == sorted(order)
    assert again != order  # a new order each attempt (24 questions: never the same by chance)
    expect(phone.locator(".rg-feedback:not(:empty)")).to_have_count(0)
    assert_quiet(phone, site_url)


def test_on_a_phone_the_home_page_says_what_to_do_today_and_starts_the_review_in_one_tap(
    phone: Any, site_url: str, data: dict[str, Any]
) -> None:
    entry = subtopic_data(data)
    deck = entry["cards"]
    phone.clock.set_fixed_time(NOW)
    phone.goto(site_url)  # nothing practised yet: no Today box, the data is not even loaded
    expect(phone.locator("article")).to_contain_text(entry["title"])
    expect(phone.locator(".rg-today")).to_have_count(0)
    assert not [url for url in phone.recorder.requests if url.endswith(DATA_PATH)]
    phone.goto(site_url + DECK)
    for label in ("Easy", "Good"):  # the first card into review (8 days), the second learning
        phone.get_by_role("button", name="Show answer").tap()
        grade_button(phone, label).tap()
    phone.goto(site_url + SUBTOPIC)
    phone.locator(f'li[data-rg-outcome="{entry["outcomes"][0]}"]').get_by_label("Red").check()

    phone.goto(site_url)
    today = phone.locator(".rg-today")
    expect(today).to_contain_text("1 card to review today.")
    expect(today.locator(".rg-today__red")).to_have_text(
        f"Outcomes you rated Red: {entry['title']} (1)."
    )
    expect(today.locator(".rg-today__last")).to_contain_text(
        f"Last studied: {entry['title']} on {NOW.date().isoformat()} (flashcards · quiz)."
    )
    phone.get_by_role("link", name="Start reviewing").tap()
    phone.wait_for_url(site_url + "practice/flashcards/")
    expect(phone.locator(".rg-card__front")).to_have_text(data["cards"][deck[1]]["front"])

    phone.clock.set_fixed_time(NOW + timedelta(days=9))  # back after the first card's 8 days
    phone.goto(site_url + PROGRESS)
    expect(phone.locator(".rg-today")).to_contain_text("2 cards to review today.")
    assert_quiet(phone, site_url)


def test_without_javascript_the_home_page_lists_the_subtopics_and_no_today_box(
    browser: Any, site_url: str, data: dict[str, Any]
) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url)
        expect(page.locator("article")).to_contain_text(subtopic_data(data)["title"])
        expect(page.locator(".rg-today")).to_have_count(0)
        expect(page.locator(".rg-app")).to_have_text("")
    finally:
        context.close()


UNIT_DAYS = {"min": 1 / 1440, "h": 1 / 24, "d": 1, "mo": 30.4, "y": 365}


def in_days(label: str) -> float:
    """A grade button's interval ("Good 3 d", "Good 1.4 mo") in days."""
    _, amount, unit = label.split()
    return float(amount) * UNIT_DAYS[unit]


def test_on_a_phone_a_lapsed_card_comes_back_in_the_session_and_sooner_after(
    phone: Any, site_url: str, data: dict[str, Any]
) -> None:
    deck = subtopic_data(data)["cards"]
    phone.clock.set_fixed_time(NOW)
    phone.goto(site_url + DECK)
    phone.get_by_role("button", name="Show answer").tap()
    grade_button(phone, "Easy").tap()  # known at once: 8 days

    back = NOW + timedelta(days=9)  # the learner comes back a day late
    phone.clock.set_fixed_time(back)
    phone.goto(site_url + DECK)
    front = phone.locator(".rg-card__front")
    expect(front).to_have_text(data["cards"][deck[0]]["front"])  # due cards come first
    expect(phone.locator(".rg-card__where")).to_contain_text("review")
    phone.get_by_role("button", name="Show answer").tap()
    good_before = " ".join(grade_button(phone, "Good").inner_text().split())
    grade_button(phone, "Again").tap()  # forgotten: a lapse
    expect(phone.get_by_role("status").first).to_contain_text(
        "Again: you will see it again in 10 min"
    )
    # It comes back in this session, after the others.
    for _ in deck[1:]:
        expect(front).not_to_have_text(data["cards"][deck[0]]["front"])
        phone.get_by_role("button", name="Show answer").tap()
        grade_button(phone, "Easy").tap()
    expect(front).to_have_text(data["cards"][deck[0]]["front"])
    phone.get_by_role("button", name="Show answer").tap()
    good_after = " ".join(grade_button(phone, "Good").inner_text().split())
    grade_button(phone, "Good").tap()
    card = stored(phone)["cards"][deck[0]]
    assert [rating for _, rating in card["log"]] == [4, 1, 3]
    assert card["state"] == 2  # back in review
    # After the lapse, Good gives a shorter interval than it would have before it.
    assert in_days(good_after) < in_days(good_before)
    assert card["due"] == millis(back) + round(in_days(good_after)) * 86_400_000
    assert_quiet(phone, site_url)
