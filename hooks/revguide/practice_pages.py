"""Practice pages and the data their script reads: progress, the whole-guide deck (and a
subject's), a deck and a quiz per subtopic, and ``practice/data.js``.

Every card and question is on its page as plain Markdown with the answer folded (what readers
without JavaScript use); the script (overrides/assets/javascripts/revguide-practice.js) mounts
on the page's ``rg-app`` element and hides that fallback::

    <div class="rg-app" data-rg-deck="crm-basics">
    <p class="rg-app__waiting">The interactive deck needs JavaScript; ...</p>
    </div>

``practice/data.js`` is ``window.revguidePractice = {...};``: a script and not JSON, so it
loads from the file system too (the offline edition); source text in it is escaped for a
script (`script_json`).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from . import paths
from .cards import Card, Question
from .dialect import Asset, Page, escape, folded, front_matter, link
from .model import in_subject
from .practice import GUIDE_DECK_FULL_MAX, Practice, SubtopicPractice

#: The global the data script sets: a script, not JSON to fetch, because browsers refuse
#: ``fetch`` of a local file, and the offline edition is opened from the file system.
DATA_GLOBAL = "revguidePractice"
DATA_VERSION = 2
#: Characters that could end or confuse a <script> (``</script>``, ``<!--``, HTML entities in
#: XHTML) or a pre-2019 JavaScript string (line and paragraph separators), as \u escapes.
SCRIPT_UNSAFE = re.compile("[<>&\u2028\u2029]")


class _Markdown:
    """Markdown of one practice page: links relative to it, all source text escaped."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.lines: list[str] = []

    def link(self, text: str, target: str) -> str:
        """A link to docs path ``target``."""
        return link(text, paths.relative(self.path, target))

    def mount(self, attribute: str, value: str, waiting: str) -> None:
        """The element the script fills in, holding what shows until it does (or if not)."""
        self.lines += [
            f'<div class="rg-app" {attribute}="{html.escape(value)}">',
            f'<p class="rg-app__waiting">{html.escape(waiting)}</p>',
            "</div>",
            "",
        ]

    def fallback(self, heading: str, body: list[str]) -> None:
        """Content the script hides once it runs."""
        self.lines += ['<div class="rg-fallback" markdown>', "", f"## {heading}", "", *body]
        self.lines += ["</div>", ""]

    def item(self, number: int, prompt: str, text: str) -> list[str]:
        """A numbered card or question: its prompt in bold, then the text it asks about."""
        return [f"**{escape(f'{number}. {prompt}')}**", "", escape(text), ""]

    def answer(self, answers: Sequence[str], target: str, link_text: str) -> list[str]:
        """The answers in a folded block, with where to read more."""
        body = [f"- {escape(a)}" for a in answers] if len(answers) > 1 else [escape(answers[0])]
        body += ["", f"See {self.link(link_text, target)}."]
        return folded("Answer", body)

    def page(self, title: str) -> Page:
        # Out of search: every card restates a glossary entry or a subtopic's own text.
        lines = front_matter(title, search={"exclude": True})
        content = [*lines, f"# {escape(title)}", "", *self.lines]
        return Page(self.path, title, "\n".join(content), ())


NEEDS_SCRIPT = "The interactive {} needs JavaScript; without it, use the list below."


@dataclass(frozen=True)
class DeckScope:
    """A deck of many subtopics: the whole guide's, or one subject's."""

    path: str
    """Its docs path: ``practice/flashcards.md``, ``sales/practice/flashcards.md``."""
    title: str
    """Its page title: ``Flashcards: whole guide``."""
    of: str
    """What it covers, in "All 12 cards of <of>": ``the guide``, ``Sales``."""
    mount: str
    """What the script is told to show: ``""`` every card, ``sales/`` a subject's."""


def _deck_page(
    cards: Sequence[Card],
    scope: SubtopicPractice | DeckScope,
    downloads: Sequence[tuple[str, str]] = (),
    decks: Sequence[SubtopicPractice] = (),
) -> Page:
    """A subtopic's deck, or a `DeckScope`'s; its no-JavaScript fallback lists ``cards``, or
    links to the subtopic ``decks`` when they are given."""
    if isinstance(scope, DeckScope):
        md = _Markdown(scope.path)
        title = scope.title
        intro = f"All {len(cards)} cards of {scope.of}, from every subtopic."
        if downloads:
            links = " · ".join(md.link(label, path) for label, path in downloads)
            intro += f"\n\nTake them to another app: {links}."
        mount = scope.mount
    else:
        md = _Markdown(scope.deck)
        title = f"Flashcards: {scope.title}"
        page = md.link(scope.title, scope.page)
        mount = scope.key
        kinds = {card.kind for card in cards}
        topics = [
            label
            for label, present in (
                ("key terms", kinds & {"term", "definition"}),
                ("misconceptions", "misconception" in kinds),
            )
            if present
        ]
        intro = f"{len(cards)} cards on {page}: its {' and '.join(topics)}."
    md.lines += [
        intro,
        "",
        "Say or write your answer before you turn a card over, then grade yourself: cards you "
        "find hard come back sooner, easy ones later.",
        "",
    ]
    md.mount("data-rg-deck", mount, NEEDS_SCRIPT.format("deck"))
    body = []
    if decks:
        for deck in decks:
            count = len(deck.cards)
            link = md.link(deck.title, deck.deck)
            body.append(f"- {link} ({count} card{'s' * (count != 1)})")
        md.fallback("Cards by subtopic", [*body, ""])
    else:
        for number, card in enumerate(cards, 1):
            body += md.item(number, card.prompt, card.front)
            body += md.answer(card.back, card.link, card.link_text)
        md.fallback("All cards", body)
    return md.page(title)


def _quiz_page(subtopic: SubtopicPractice) -> Page:
    md = _Markdown(subtopic.quiz)
    count = len(subtopic.questions)
    md.lines += [
        f"{count} question{'s' * (count != 1)} on "
        f"{md.link(subtopic.title, subtopic.page)}: choose, type or write "
        "your answer and check it; each answer links to where you can read more. The questions "
        "come in a new order each time, you can retry the ones you got wrong, and your last "
        "score is kept on this device.",
        "",
    ]
    md.mount("data-rg-quiz", subtopic.key, NEEDS_SCRIPT.format("quiz"))
    body = []
    for number, question in enumerate(subtopic.questions, 1):
        body += md.item(number, question.prompt, question.text)
        if question.kind == "exam":
            # The points are on the subtopic page: repeating them here cost 1.5 MB of Markdown
            # at 1,000 subtopics.
            body += [f"Then mark it: see {md.link(question.link_text, question.link)}.", ""]
            continue
        if question.options:
            body += [f"- {escape(option)}" for option in question.options] + [""]
        answer = question.solution
        if question.explanation:
            answer = f"{question.solution}. {question.explanation}"
        body += md.answer((answer,), question.link, question.link_text)
    md.fallback("Questions", body)
    return md.page(f"Quiz: {subtopic.title}")


def _progress_page(practice: Practice) -> Page:
    md = _Markdown(paths.PROGRESS)
    md.lines += [
        "Your outcome ratings, ticked marking points, flashcard reviews and quiz scores are "
        "kept in this browser, on this device only: nothing is sent anywhere. To carry on "
        "elsewhere, export your progress to a file and import it on the other device.",
        "",
    ]
    md.mount("data-rg-progress", "", "Your progress needs JavaScript to show.")
    body = []
    for subtopic in practice.subtopics:
        parts = [md.link(subtopic.title, subtopic.page)]
        if subtopic.cards:
            parts.append(md.link("flashcards", subtopic.deck))
        if subtopic.questions:
            parts.append(md.link("quiz", subtopic.quiz))
        body.append("- " + " · ".join(parts))
    md.fallback("Practise by subtopic", [*body, ""])
    return md.page("Your progress")


def script_json(value: Any) -> str:
    """``value`` as JSON that no source text can break out of inside a <script>."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # Not `str.translate`: it takes every character through a dict, these are rare.
    return SCRIPT_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _question_data(question: Question, url: Callable[[str], str]) -> dict[str, Any]:
    """What the script needs of a question: only the fields its kind uses."""
    data: dict[str, Any] = {
        "id": question.id,
        "kind": question.kind,
        "prompt": question.prompt,
        "text": question.text,
    }
    if question.options:
        data |= {"options": list(question.options), "answer": question.answer}
    if question.accepted:
        data["accepted"] = list(question.accepted)
    if question.explanation:
        data["explanation"] = question.explanation
    if question.checklist:
        data["checklist"] = list(question.checklist)
    return data | {"link": url(question.link), "linkText": question.link_text}


def _data(practice: Practice, url: Callable[[str], str]) -> dict[str, Any]:
    return {
        "version": DATA_VERSION,
        "deck": url(paths.GUIDE_DECK),
        "cards": {
            c.id: {
                "kind": c.kind,
                "prompt": c.prompt,
                "front": c.front,
                "back": list(c.back),
                "link": url(c.link),
                "linkText": c.link_text,
            }
            for c in practice.cards
        },
        "subtopics": [
            {
                "slug": s.key,
                "title": s.title,
                "url": url(s.page),
                "deck": url(s.deck) if s.cards else None,
                "quiz": url(s.quiz) if s.questions else None,
                "cards": list(s.cards),
                "outcomes": list(s.outcomes),
                "points": list(s.points),
                "questions": [_question_data(q, url) for q in s.questions],
            }
            for s in practice.subtopics
        ],
    }


def render_practice(
    practice: Practice,
    directory_urls: bool = True,
    downloads: Sequence[tuple[str, str]] = (),
    subjects: Sequence[tuple[str, str]] = (),
) -> tuple[list[Page], Asset]:
    """Practice pages (progress, whole-guide deck, a deck and a quiz per subtopic) and data.

    ``directory_urls`` is MkDocs' ``use_directory_urls``: the data file holds built URLs.
    ``downloads`` (label, docs path) are linked from the whole-guide deck: the export files.
    With ``subjects`` (slug, name: a guide of several, `combine`), each subject has a deck of
    its own too, under its folder, linking its own export files (``<slug>/<path>``).
    """
    by_id = {card.id: card for card in practice.cards}
    decks = [s for s in practice.subtopics if s.cards]
    pages = [_progress_page(practice)]
    whole = DeckScope(paths.GUIDE_DECK, "Flashcards: whole guide", "the guide", "")
    if practice.cards:
        linked = decks if len(practice.subtopics) > GUIDE_DECK_FULL_MAX else ()
        pages.append(_deck_page(practice.cards, whole, () if subjects else downloads, linked))
    for slug, name in subjects:
        own = [s for s in decks if s.subject == slug]
        ids = {i for s in own for i in s.cards}
        cards = [c for c in practice.cards if c.id in ids]
        if not cards:
            continue
        path = in_subject(slug, paths.GUIDE_DECK)
        scope = DeckScope(path, f"Flashcards: {name}", name, in_subject(slug, ""))
        mine = [(label, in_subject(slug, file)) for label, file in downloads]
        linked = own if len(own) > GUIDE_DECK_FULL_MAX else ()
        pages.append(_deck_page(cards, scope, mine, linked))
    pages += [_deck_page([by_id[i] for i in s.cards], s) for s in decks]
    pages += [_quiz_page(s) for s in practice.subtopics if s.questions]
    data = _data(practice, lambda path: paths.page_url(path, directory_urls))
    content = f"window.{DATA_GLOBAL} = {script_json(data)};\n"
    return pages, Asset(paths.PRACTICE_DATA, content)
