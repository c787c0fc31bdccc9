"""Practice built from the content: flashcards, self-check quizzes and the data the browser needs.

Pure and deterministic (no randomness at build time): the same guide gives byte-identical pages
and JSON. Every card and question comes from a source item and carries its `SourceRef`::

    key concept "Trust Equation: A formula (...) that explains how trust is built ..."
        -> card t-…  "What does this term mean?"      Trust Equation  ->  A formula (...) ...
        -> card d-…  "Which term is this?"            A formula (...) ...  ->  Trust Equation
    misconception "Conflict is always negative." with its correction "Managed well, ..."
        -> card m-…  "What is wrong with this idea?"  Conflict is ...  ->  Managed well, ...
    a definition a subtopic gives   -> question "Which term matches this definition?"
    a model a subtopic mentions     -> question "Which model is this?" (summary's first sentence)
    a misconception with correction -> question "True or false?": the mistake (false, the
                                       correction says why) or the correction (true), by hash
    a definition with a word of 6+ letters not in its term
                                    -> cloze "Fill the gap": "Trust Equation: A formula that
                                       explains how trust is built and ___." (typed: eroded;
                                       the word fewest definitions use, then the longest)
    a subtopic's marking points     -> exam-style question from its learning outcomes, the
                                       learner marks a written answer against the points

The term or model itself is blanked out of the text it is asked from. Distractors are other
terms (other models), taken from a hash ring at the question id's position (`_Ring`): spread
evenly, never the answer, never a term tied to the same model, and a new term displaces at most
one of a question's distractors.

Pages: ``practice/flashcards.md`` (whole guide), ``practice/flashcards/<slug>.md``,
``practice/quiz/<slug>.md``, ``practice/progress.md``; in a guide of several subjects, a
subject's decks and quizzes are under its folder (``sales/practice/flashcards.md``, its whole
deck; ``sales/practice/quiz/<slug>.md``), while progress, the whole-guide deck and the data
span every subject; every card and question is on its page
as plain Markdown with the answer in a collapsible block (what readers without JavaScript use);
past `GUIDE_DECK_FULL_MAX` subtopics the whole-guide deck links the subtopic decks instead.
``practice/data.js`` (``window.revguidePractice = {...};``, source text escaped for a script)
feeds ``overrides/assets/javascripts/revguide-practice.js``; a script and not JSON, so it loads
from the file system too (the offline edition).
"""

from __future__ import annotations

import bisect
import hashlib
import html
import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, TypedDict

from .glossary import Definition, Entry, split_acronym
from .ids import outcome_id, point_id, qualified_id, stable_id
from .link import Linker, Target
from .model import SourceRef, Subtopic, flattened, in_subject
from .parts import PART_SIZE
from .registry import Model
from .render import Asset, Page, escape, front_matter
from .text import item_key

PROMPTS = {
    "term": "What does this term mean?",
    "definition": "Which term is this?",
    "misconception": "What is wrong with this idea?",
}
"""Card kind -> the question its front asks (kinds in whole-deck order)."""
TERM_QUESTION = "Which term matches this definition?"
MODEL_QUESTION = "Which model is this?"
TRUE_FALSE_QUESTION = "True or false?"
CLOZE_QUESTION = "Fill the gap: type the missing word."
EXAM_QUESTION = "Exam-style question: write your answer, then mark it."
TRUE_FALSE = ("True", "False")
BLANK = "___"
DISTRACTORS = 3

PROGRESS_PATH = "practice/progress.md"
GUIDE_DECK_PATH = "practice/flashcards.md"
DECKS_DIR = "practice/flashcards/"
QUIZZES_DIR = "practice/quiz/"
DATA_PATH = "practice/data.js"
#: The global the data script sets: a script, not JSON to fetch, because browsers refuse
#: ``fetch`` of a local file, and the offline edition is opened from the file system.
DATA_GLOBAL = "revguidePractice"
DATA_VERSION = 2
#: Characters that could end or confuse a <script> (``</script>``, ``<!--``, HTML entities in
#: XHTML) or a pre-2019 JavaScript string (line and paragraph separators), as \u escapes.
SCRIPT_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)
#: Most subtopics a guide may have for its whole-guide deck to list every card in its
#: no-JavaScript fallback; a larger guide's lists links to the subtopic decks (which list their
#: own cards) instead, as every card made the page grow with the guide: 2.2 MB at 1,000
#: subtopics. One nav group's worth (`PART_SIZE`): below it nothing is split either.
GUIDE_DECK_FULL_MAX = PART_SIZE

CLOZE_WORD = re.compile(
    r"""
    (?<![^\W\d_])   # not preceded by a letter
    [^\W\d_]{6,}    # six letters or more (where a typo is forgiven: see the script)
    (?![^\W\d_])    # not followed by a letter
    """,
    re.VERBOSE,
)
SENTENCE_END = re.compile(
    r"""
    (?<=[.!?])   # end punctuation
    \s+          # white space
    (?=[A-Z])    # a capital: the next sentence starts
    """,
    re.VERBOSE,
)


def deck_path(slug: str) -> str:
    """Docs path of a subtopic's flashcard deck."""
    return f"{DECKS_DIR}{slug}.md"


def quiz_path(slug: str) -> str:
    """Docs path of a subtopic's quiz."""
    return f"{QUIZZES_DIR}{slug}.md"


@dataclass(frozen=True)
class Card:
    """A flashcard: a front to recall from, a back to check against."""

    id: str
    """Stable id (see `ids.stable_id`): progress is stored under it."""
    kind: str
    """``term``, ``definition`` or ``misconception`` (see `PROMPTS`)."""
    front: str
    """What the card shows first: a term, a definition (term blanked), a mistake."""
    back: tuple[str, ...]
    """The answers: a term's definitions, a definition's term(s), a mistake's correction(s)."""
    link: str
    """Docs path of where to read more: ``glossary.md#crm``, ``subtopics/<slug>.md``."""
    link_text: str
    """Text of that link: ``CRM in the glossary``."""
    source: SourceRef
    """The source item the card comes from."""
    subtopics: tuple[str, ...]
    """Slugs of the subtopics whose deck holds the card."""

    @property
    def prompt(self) -> str:
        """The question the front asks."""
        return PROMPTS[self.kind]


@dataclass(frozen=True)
class Question:
    """A quiz question: multiple choice, true or false, a gap to type, or exam-style."""

    id: str
    """Stable id; also names the question's radio group on the page."""
    prompt: str
    """What it asks: `TERM_QUESTION`, `MODEL_QUESTION`, `TRUE_FALSE_QUESTION`, ..."""
    text: str
    """The definition, model description or statement asked about (the answer blanked out)."""
    link: str
    """Docs path of where to read more: ``models.md#trust-equation``."""
    link_text: str
    """Text of that link."""
    source: SourceRef
    """Where the definition (model, misconception, marking point) was read."""
    kind: str = "choice"
    """``choice`` (pick one of `options`), ``truefalse`` (options `TRUE_FALSE`), ``cloze``
    (type the word `BLANK` stands for) or ``exam`` (write, then tick the `checklist`)."""
    options: tuple[str, ...] = ()
    """Choices: the answer and up to `DISTRACTORS` distractors in a fixed, hash-given order."""
    answer: int = 0
    """Index of the right option."""
    accepted: tuple[str, ...] = ()
    """Cloze only: the answer to type (matched leniently by the script)."""
    explanation: str = ""
    """What the answer shows besides being right: why a statement is true or false."""
    checklist: tuple[str, ...] = ()
    """Exam only: the examiner marking points to mark a written answer against."""

    @property
    def solution(self) -> str:
        """The right answer as text."""
        if self.kind == "cloze":
            return self.accepted[0]
        if self.kind == "exam":
            return "; ".join(self.checklist)
        return self.options[self.answer]


@dataclass(frozen=True)
class SubtopicPractice:
    """What a subtopic offers to practise, and the ids of what a learner can mark in it."""

    slug: str
    """The subtopic's slug."""
    title: str
    """Its title."""
    cards: tuple[str, ...]
    """Ids of the cards in its deck, in deck order."""
    questions: tuple[Question, ...]
    """Its quiz."""
    outcomes: tuple[str, ...]
    """Ids of its learning outcomes (self-rated Red / Amber / Green)."""
    points: tuple[str, ...]
    """Ids of its examiner marking points (ticked)."""
    subject: str = ""
    """Its subject's slug in a guide of several (`subjects`), else ``""``."""

    @property
    def key(self) -> str:
        """Unique across subjects (`Subtopic.key`): what the page's script is told to show."""
        return in_subject(self.subject, self.slug)

    @property
    def prefix(self) -> str:
        """Docs path prefix of its subject's pages: ``sales/`` or ``""``."""
        return in_subject(self.subject, "")

    @property
    def page(self) -> str:
        """Docs path of its page."""
        return f"{self.prefix}subtopics/{self.slug}.md"

    @property
    def deck(self) -> str:
        """Docs path of its flashcards."""
        return self.prefix + deck_path(self.slug)

    @property
    def quiz(self) -> str:
        """Docs path of its quiz."""
        return self.prefix + quiz_path(self.slug)


@dataclass(frozen=True)
class Practice:
    """All practice material of a guide."""

    cards: tuple[Card, ...]
    """Every card once, in whole-guide deck order: terms, definitions, misconceptions."""
    subtopics: tuple[SubtopicPractice, ...]
    """One per subtopic, guide order."""


def _point(text: str) -> int:
    """A stable 64-bit hash of ``text``: a position on the ring, an order among options."""
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


class _Ring:
    """Possible distractors on a hash ring (consistent hashing).

    A question takes the first suitable ones clockwise from its own id's position: chosen in
    O(log n), spread evenly over questions, and a new term or model can displace at most one
    distractor of any question.
    """

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.keys = [item_key(text) for text in texts]
        self.points = sorted((_point(key), index) for index, key in enumerate(self.keys))

    def options(
        self, seed: str, answer: int, unsuitable: Callable[[int], bool]
    ) -> tuple[tuple[str, ...], int] | None:
        """Answer ``texts[answer]`` and up to `DISTRACTORS` others in a seed-given order."""
        start = bisect.bisect(self.points, (_point(seed), -1))
        taken = {self.keys[answer]}
        chosen = [answer]
        for offset in range(len(self.points)):
            index = self.points[(start + offset) % len(self.points)][1]
            if self.keys[index] in taken or unsuitable(index):
                continue
            taken.add(self.keys[index])
            chosen.append(index)
            if len(chosen) > DISTRACTORS:
                break
        if len(chosen) == 1:
            return None
        chosen.sort(key=lambda index: _point(f"{seed}\x1f{self.keys[index]}"))
        return tuple(self.texts[i] for i in chosen), chosen.index(answer)


def _blank(linker: Linker, text: str) -> str:
    """``text`` with every mention ``linker`` finds replaced by `BLANK`."""
    out, position = [], 0
    for span in linker.find(text):
        out += [text[position : span.start], BLANK]
        position = span.end
    return "".join([*out, text[position:]])


def _blanked_definitions(entries: Sequence[Entry]) -> list[tuple[str, ...]]:
    """Each entry's definitions with the entry's own phrases blanked out.

    One `Linker` per entry, built once: a definition is asked from twice (its card's front,
    its question's text), and building a linker costs more than searching a definition.
    """
    blanked = []
    for entry in entries:
        linker = Linker([Target("self", entry.phrases)])
        blanked.append(tuple(_blank(linker, d.text) for d in entry.definitions))
    return blanked


def _mentions(linker: Linker, texts: Sequence[str]) -> set[str]:
    return {span.key for text in texts for span in linker.find(text)}


class _Cards:
    """Cards by id in first-seen order; a card met again gains answers and subtopics."""

    def __init__(self) -> None:
        self.by_id: dict[str, Card] = {}

    def add(self, card: Card) -> None:
        old = self.by_id.get(card.id)
        if old is None:
            self.by_id[card.id] = card
            return
        answers = {item_key(a): a for a in (*old.back, *card.back)}
        subtopics = tuple(dict.fromkeys((*old.subtopics, *card.subtopics)))
        self.by_id[card.id] = replace(old, back=tuple(answers.values()), subtopics=subtopics)


class _Link(TypedDict):
    link: str
    link_text: str


def _entry_link(entry: Entry) -> _Link:
    """Where a card or question about ``entry`` sends the reader."""
    return {"link": f"glossary.md#{entry.anchor}", "link_text": f"{entry.term} in the glossary"}


def _glossary_cards(
    entries: Sequence[Entry], blanked: Sequence[tuple[str, ...]], cards: _Cards
) -> None:
    for entry in entries:
        cards.add(
            Card(
                id=stable_id("term", split_acronym(entry.term)[0]),
                kind="term",
                front=entry.term,
                back=tuple(d.text for d in entry.definitions),
                **_entry_link(entry),
                source=entry.definitions[0].source,
                subtopics=tuple(dict.fromkeys(d.subtopic for d in entry.definitions)),
            )
        )
    for entry, fronts in zip(entries, blanked, strict=True):
        for definition, front in zip(entry.definitions, fronts, strict=True):
            cards.add(
                Card(
                    id=stable_id("definition", definition.text),
                    kind="definition",
                    front=front,
                    back=(entry.term,),
                    **_entry_link(entry),
                    source=definition.source,
                    subtopics=(definition.subtopic,),
                )
            )


def _misconception_cards(subtopics: Sequence[Subtopic], cards: _Cards) -> None:
    for subtopic in subtopics:
        for item in subtopic.items("misconceptions"):
            if item.correction:
                cards.add(
                    Card(
                        id=stable_id("misconception", item.text),
                        kind="misconception",
                        front=item.text,
                        back=(flattened(item.correction, item.children),),
                        link=f"subtopics/{subtopic.slug}.md",
                        link_text=f"Misconceptions in {subtopic.title}",
                        source=item.source,
                        subtopics=(subtopic.slug,),
                    )
                )


class _Quiz:
    """Question makers sharing the guide-wide distractor rings."""

    def __init__(
        self, entries: Sequence[Entry], blanked: Sequence[tuple[str, ...]], models: Sequence[Model]
    ) -> None:
        self.entries = entries
        self.models = models
        self.terms = _Ring([e.term for e in entries])
        self.names = _Ring([m.name for m in models])
        self.definitions = [{item_key(d.text) for d in e.definitions} for e in entries]
        self.model_linker = Linker([Target(m.slug, (m.name, *m.aliases)) for m in models])
        # Terms naming the same model ("The sales process", "The Sales Cycle & Process") are
        # both right answers, so neither may be the other's distractor (see `_also_right`).
        self.entry_models = [_mentions(self.model_linker, e.phrases) for e in entries]
        # In how many definitions each word of cloze length appears (see `_cloze`).
        self.word_counts = Counter(
            key
            for entry in entries
            for definition in entry.definitions
            for key in {item_key(m.group()) for m in CLOZE_WORD.finditer(definition.text)}
        )
        self.by_subtopic: dict[str, list[tuple[int, Definition, str]]] = {}
        for index, (entry, texts) in enumerate(zip(entries, blanked, strict=True)):
            for definition, text in zip(entry.definitions, texts, strict=True):
                self.by_subtopic.setdefault(definition.subtopic, []).append(
                    (index, definition, text)
                )
        # A model's question is the same in every subtopic that mentions it: made once.
        self.by_model = [self._model_question(index) for index in range(len(models))]

    def _also_right(self, answer: int, definition: str, other: int) -> bool:
        """Whether term ``other`` would also answer: it names the same model or has the same
        definition (key ``definition``) as term ``answer``."""
        shared_model = self.entry_models[other] & self.entry_models[answer]
        return bool(shared_model) or definition in self.definitions[other]

    def term_questions(self, slug: str) -> list[Question]:
        questions = []
        for index, definition, text in self.by_subtopic.get(slug, []):
            key = item_key(definition.text)
            qid = stable_id("question", "term", definition.text)
            choice = self.terms.options(qid, index, partial(self._also_right, index, key))
            if choice is None:
                continue
            questions.append(
                Question(
                    id=qid,
                    kind="choice",
                    prompt=TERM_QUESTION,
                    text=text,
                    options=choice[0],
                    answer=choice[1],
                    source=definition.source,
                    **_entry_link(self.entries[index]),
                )
            )
        return questions

    def cloze_questions(self, slug: str) -> list[Question]:
        """A gap to fill in each definition subtopic ``slug`` gives (see `_cloze`)."""
        questions = []
        for index, definition, _ in self.by_subtopic.get(slug, []):
            entry = self.entries[index]
            cloze = _cloze(entry.term, definition.text, self.word_counts)
            if cloze is not None:
                questions.append(
                    Question(
                        id=stable_id("question", "cloze", definition.text),
                        kind="cloze",
                        prompt=CLOZE_QUESTION,
                        text=f"{entry.term}: {cloze[0]}",
                        accepted=(cloze[1],),
                        source=definition.source,
                        **_entry_link(entry),
                    )
                )
        return questions

    def _model_question(self, index: int) -> Question | None:
        model = self.models[index]
        qid = stable_id("question", "model", model.slug)
        choice = self.names.options(qid, index, lambda i: False)
        if choice is None:
            return None
        summary = _blank(Linker([Target("self", (model.name, *model.aliases))]), model.summary)
        return Question(
            id=qid,
            prompt=MODEL_QUESTION,
            text=SENTENCE_END.split(summary, maxsplit=1)[0],
            options=choice[0],
            answer=choice[1],
            link=f"models.md#{model.slug}",
            link_text=f"{model.name} in models and frameworks",
            source=model.source,
        )

    def model_questions(self, subtopic: Subtopic) -> list[Question]:
        texts = [
            text
            for section in subtopic.sections
            for item in section.items
            for text in (item.term, item.text, item.correction)
            if text
        ]
        mentioned = _mentions(self.model_linker, texts)
        return [
            question
            for model, question in zip(self.models, self.by_model, strict=True)
            if question is not None and model.slug in mentioned
        ]


def _cloze(term: str, definition: str, counts: Counter[str]) -> tuple[str, str] | None:
    """The definition with one word replaced by `BLANK`, and that word; None when none fits.

    The word has six letters or more and is not a word of the term (nor its plural): of those,
    the one fewest definitions of the guide use (``counts``), as the most telling; then the
    longest, then the first.
    """
    own = {form for word in term.split() for form in _forms(word)}
    words = [m for m in CLOZE_WORD.finditer(definition) if item_key(m.group()) not in own]
    if not words:
        return None
    # min keeps the first of equals
    word = min(words, key=lambda m: (counts[item_key(m.group())], -len(m.group())))
    return definition[: word.start()] + BLANK + definition[word.end() :], word.group()


def _forms(word: str) -> tuple[str, ...]:
    """Keys of ``word`` and of its regular plurals."""
    key = item_key(word)
    return key, key + "s", key + "es"


def true_false_questions(subtopic: Subtopic) -> list[Question]:
    """A statement per corrected misconception: the mistake (false) or its correction (true),
    chosen by the question id's hash so that "False" is not always the answer."""
    questions = []
    for item in subtopic.items("misconceptions"):
        if not item.correction:
            continue
        qid = stable_id("question", "misconception", item.text)
        true = _point(qid) % 2 == 1
        questions.append(
            Question(
                id=qid,
                kind="truefalse",
                prompt=TRUE_FALSE_QUESTION,
                text=flattened(item.correction, item.children) if true else item.text,
                options=TRUE_FALSE,
                answer=0 if true else 1,
                explanation=f"The mistake to avoid: {item.text}"
                if true
                else flattened(item.correction, item.children),
                link=f"subtopics/{subtopic.slug}.md",
                link_text=f"Misconceptions in {subtopic.title}",
                source=item.source,
            )
        )
    return questions


def exam_question(subtopic: Subtopic) -> Question | None:
    """An exam-style question from the subtopic's learning outcomes, marked against its
    examiner marking points; None without marking points."""
    points = subtopic.items("marking_points")
    if not points:
        return None
    outcomes = [item.flat_text.rstrip(".") for item in subtopic.items("learning_outcomes")]
    task = f"Write an exam answer on {subtopic.title}."
    if outcomes:
        task += f" Show that you can: {'; '.join(outcomes)}."
    return Question(
        id=stable_id("question", "exam", subtopic.slug),
        kind="exam",
        prompt=EXAM_QUESTION,
        text=task,
        checklist=tuple(item.flat_text for item in points),
        link=f"subtopics/{subtopic.slug}.md",
        link_text=f"Examiner marking points in {subtopic.title}",
        source=points[0].source,
    )


def _questions(quiz: _Quiz, subtopic: Subtopic) -> tuple[Question, ...]:
    exam = exam_question(subtopic)
    return (
        *quiz.term_questions(subtopic.slug),
        *quiz.model_questions(subtopic),
        *true_false_questions(subtopic),
        *quiz.cloze_questions(subtopic.slug),
        *([exam] if exam else []),
    )


def build_practice(
    subtopics: Sequence[Subtopic],
    entries: Sequence[Entry],
    models: Sequence[Model],
    subject: str = "",
) -> Practice:
    """Cards, decks and quizzes of the guide (see the module docstring), or of its ``subject``
    (`subjects`): then card ids are the subject's own and links are docs paths from the site's
    root (``sales/glossary.md#crm``), so subjects' practice can be put together (`combine`)."""
    collected = _Cards()
    blanked = _blanked_definitions(entries)
    _glossary_cards(entries, blanked, collected)
    _misconception_cards(subtopics, collected)
    cards = sorted(collected.by_id.values(), key=lambda c: list(PROMPTS).index(c.kind))
    prefix = in_subject(subject, "")
    if subject:
        cards = [replace(c, id=qualified_id(subject, c.id), link=prefix + c.link) for c in cards]
    decks: dict[str, list[str]] = {}
    for card in cards:
        for slug in card.subtopics:
            decks.setdefault(slug, []).append(card.id)
    quiz = _Quiz(entries, blanked, models)
    return Practice(
        cards=tuple(cards),
        subtopics=tuple(
            SubtopicPractice(
                slug=s.slug,
                title=s.title,
                cards=tuple(decks.get(s.slug, ())),
                questions=tuple(replace(q, link=prefix + q.link) for q in _questions(quiz, s)),
                outcomes=tuple(outcome_id(s.key, i.text) for i in s.items("learning_outcomes")),
                points=tuple(point_id(s.key, i.text) for i in s.items("marking_points")),
                subject=subject,
            )
            for s in subtopics
        ),
    )


def combine(practices: Sequence[Practice]) -> Practice:
    """The practice of several subjects (each built with its ``subject``) as one guide's."""
    return Practice(
        cards=tuple(c for p in practices for c in p.cards),
        subtopics=tuple(s for p in practices for s in p.subtopics),
    )


def practice_links(practice: Practice) -> dict[str, list[tuple[str, str]]]:
    """Slug -> (link text, docs path within its subject) of each subtopic's deck and quiz, for
    its page."""
    links: dict[str, list[tuple[str, str]]] = {}
    for s in practice.subtopics:
        if s.cards:
            text = f"Flashcards ({len(s.cards)} cards)"
            links.setdefault(s.slug, []).append((text, deck_path(s.slug)))
        if s.questions:
            text = f"Quiz ({len(s.questions)} questions)"
            links.setdefault(s.slug, []).append((text, quiz_path(s.slug)))
    return links


def page_url(path: str, directory_urls: bool) -> str:
    """The URL of docs path ``path`` from the site root, as MkDocs builds it.

    ``glossary.md#crm`` -> ``glossary/#crm`` (or ``glossary.html#crm``); ``index.md`` -> ``./``.
    """
    page, hash_, fragment = path.partition("#")
    stem = page.removesuffix(".md")
    if not directory_urls:
        url = stem + ".html"
    elif stem == "index" or stem.endswith("/index"):
        url = stem.removesuffix("index") or "./"
    else:
        url = stem + "/"
    return url + hash_ + fragment


class _Markdown:
    """Markdown of one practice page: links relative to it, all source text escaped."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.lines: list[str] = []

    def link(self, text: str, target: str) -> str:
        """A link to docs path ``target``."""
        return f"[{escape(text)}]({'../' * self.path.count('/')}{target})"

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

    def answer(self, answers: Sequence[str], link: str, link_text: str) -> list[str]:
        """The answers in a folded block, with where to read more."""
        body = [f"- {escape(a)}" for a in answers] if len(answers) > 1 else [escape(answers[0])]
        body += ["", f"See {self.link(link_text, link)}."]
        return ['??? question "Answer"', "", *(f"    {line}" if line else "" for line in body), ""]

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
    md = _Markdown(PROGRESS_PATH)
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
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).translate(SCRIPT_ESCAPES)


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
        "deck": url(GUIDE_DECK_PATH),
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
    whole = DeckScope(GUIDE_DECK_PATH, "Flashcards: whole guide", "the guide", "")
    if practice.cards:
        linked = decks if len(practice.subtopics) > GUIDE_DECK_FULL_MAX else ()
        pages.append(_deck_page(practice.cards, whole, () if subjects else downloads, linked))
    for slug, name in subjects:
        own = [s for s in decks if s.subject == slug]
        ids = {i for s in own for i in s.cards}
        cards = [c for c in practice.cards if c.id in ids]
        if not cards:
            continue
        path = in_subject(slug, GUIDE_DECK_PATH)
        scope = DeckScope(path, f"Flashcards: {name}", name, in_subject(slug, ""))
        mine = [(label, in_subject(slug, file)) for label, file in downloads]
        linked = own if len(own) > GUIDE_DECK_FULL_MAX else ()
        pages.append(_deck_page(cards, scope, mine, linked))
    pages += [_deck_page([by_id[i] for i in s.cards], s) for s in decks]
    pages += [_quiz_page(s) for s in practice.subtopics if s.questions]
    data = _data(practice, lambda path: page_url(path, directory_urls))
    content = f"window.{DATA_GLOBAL} = {script_json(data)};\n"
    return pages, Asset(DATA_PATH, content)
