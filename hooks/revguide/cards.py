"""What practice is made of: flashcards and quiz questions, each from a source item.

A card has a front to recall from and the answers on its back; a question asks about a text
and knows its right answer. `practice` makes them from the guide; the practice pages, the data
script and the exports (Anki, CSV, Quizlet, JSON) show them::

    Card(kind="term", front="Trust Equation", back=("A formula (...) that explains ...",), ...)
    Question(kind="choice", prompt="Which model is this?", options=(...), answer=2, ...)
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import SourceRef

PROMPTS = {
    "term": "What does this term mean?",
    "definition": "Which term is this?",
    "misconception": "What is wrong with this idea?",
}
"""Card kind -> the question its front asks (kinds in whole-deck order)."""


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
    """What it asks: `practice.TERM_QUESTION`, `practice.MODEL_QUESTION`, ..."""
    text: str
    """The definition, model description or statement asked about (the answer blanked out)."""
    link: str
    """Docs path of where to read more: ``models.md#trust-equation``."""
    link_text: str
    """Text of that link."""
    source: SourceRef
    """Where the definition (model, misconception, marking point) was read."""
    kind: str = "choice"
    """``choice`` (pick one of `options`), ``truefalse`` (options `practice.TRUE_FALSE`), ``cloze``
    (type the word `practice.BLANK` stands for) or ``exam`` (write, then tick the `checklist`)."""
    options: tuple[str, ...] = ()
    """Choices: the answer and up to `practice.DISTRACTORS` others, in a fixed hash-given order."""
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
