"""Practice built from the content: flashcards, self-check quizzes, what each subtopic offers.

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

The pages and the data script that show them are `practice_pages`; the exports, `exports`.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import TypedDict

from . import paths
from .cards import PROMPTS, Card, Question
from .glossary import Definition, Entry, split_acronym
from .ids import outcome_id, point_id, qualified_id, stable_id
from .link import Linker, Target
from .linking import Mentions, make_linking, model_key, term_key
from .model import Subtopic, flattened, in_subject, walk
from .parts import PART_SIZE
from .registry import Model
from .text import item_key

TERM_QUESTION = "Which term matches this definition?"
MODEL_QUESTION = "Which model is this?"
TRUE_FALSE_QUESTION = "True or false?"
CLOZE_QUESTION = "Fill the gap: type the missing word."
EXAM_QUESTION = "Exam-style question: write your answer, then mark it."
TRUE_FALSE = ("True", "False")
BLANK = "___"
DISTRACTORS = 3

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
        return self.prefix + paths.subtopic(self.slug)

    @property
    def deck(self) -> str:
        """Docs path of its flashcards."""
        return self.prefix + paths.deck(self.slug)

    @property
    def quiz(self) -> str:
        """Docs path of its quiz."""
        return self.prefix + paths.quiz(self.slug)


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
    return {"link": entry.path, "link_text": f"{entry.term} in the glossary"}


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
                        link=paths.subtopic(subtopic.slug),
                        link_text=f"Misconceptions in {subtopic.title}",
                        source=item.source,
                        subtopics=(subtopic.slug,),
                    )
                )


class _Quiz:
    """Question makers sharing the guide-wide distractor rings."""

    def __init__(
        self,
        entries: Sequence[Entry],
        blanked: Sequence[tuple[str, ...]],
        models: Sequence[Model],
        mentions: Mentions,
    ) -> None:
        self.entries = entries
        self.models = models
        self.mentions = mentions
        self.terms = _Ring([e.term for e in entries])
        self.names = _Ring([m.name for m in models])
        self.definitions = [{item_key(d.text) for d in e.definitions} for e in entries]
        # Terms naming the same model ("The sales process", "The Sales Cycle & Process") are
        # both right answers, so neither may be the other's distractor (see `_also_right`).
        # Models only: in `mentions` a term's own name mentions the term.
        models_only = Linker([Target(m.slug, (m.name, *m.aliases)) for m in models])
        self.entry_models = [
            {span.key for phrase in e.phrases for span in models_only.find(phrase)} for e in entries
        ]
        # A subtopic mentions a model by its name, or inside a term's name that holds it
        # ("the marketing mix strategy" links the term, and names the model).
        self.named_by = {model_key(m): {m.slug} for m in models}
        self.named_by |= {
            term_key(e): named for e, named in zip(entries, self.entry_models, strict=True)
        }
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
            link=paths.model(model.slug),
            link_text=f"{model.name} in models and frameworks",
            source=model.source,
        )

    def model_questions(self, subtopic: Subtopic) -> list[Question]:
        texts = [
            text
            for section in subtopic.sections
            for item in walk(section.items)  # a nested point names models too
            for text in (item.term, item.text, item.correction)
            if text
        ]
        mentioned = {
            slug for key in self.mentions.keys(texts) for slug in self.named_by.get(key, ())
        }
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
                link=paths.subtopic(subtopic.slug),
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
        link=paths.subtopic(subtopic.slug),
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
    mentions: Mentions | None = None,
) -> Practice:
    """Cards, decks and quizzes of the guide (see the module docstring), or of its ``subject``
    (`subjects`): then card ids are the subject's own and links are docs paths from the site's
    root (``sales/glossary.md#crm``), so subjects' practice can be put together (`combine`).
    ``mentions``: the guide's (`linking.make_linking`), so that texts the pages searched for
    models are not searched again; made here when not given."""
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
    mentions = mentions or make_linking(entries, models).mentions
    quiz = _Quiz(entries, blanked, models, mentions)
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
            links.setdefault(s.slug, []).append((text, paths.deck(s.slug)))
        if s.questions:
            text = f"Quiz ({len(s.questions)} questions)"
            links.setdefault(s.slug, []).append((text, paths.quiz(s.slug)))
    return links
