"""``python -m revguide lint``: problems an editor should look at, each as ``file:line: message``.

Codes (warnings appear as build warnings too, so ``mkdocs build --strict`` fails on them)::

    RG001 warning  a text ends mid-sentence (probably truncated by the scrape)
    RG002 note     an empty section was removed (e.g. a scraped "Frequently Asked Questions")
    RG003 note     an unknown section is kept under its own heading
    RG004 warning  the same term is defined differently in two subtopics
    RG005 warning  a model is named in the text but missing from models.yml
    RG006 warning  the synopsis does not match the subtopic's key concepts
    RG007 warning  a formula's operator precedence contradicts its prose (A + B / C)
    RG008 note     two items are similar but were not merged (decide with revguide review)

A finding an editor has checked and accepted goes in ``content_src/lint.yml``; it is then shown
as accepted and no longer warns::

    accept:
      - code: RG006
        file: 004_01533831aca397b5.txt
        reason: Synopsis as published by the awarding body; concepts checked by the editor.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .dedupe import KEPT_APART
from .glossary import Entry
from .linking import Mentions, make_linking
from .model import OTHER_PREFIX, SourceRef, Subtopic, SubtopicReport, walk
from .registry import Model
from .settings import Acceptance
from .text import ends_sentence, shorten

TRUNCATION_MIN_WORDS = 8
UNPUNCTUATED_KINDS = frozenset({"learning_outcomes", "qualifications"})

#: Words that name a kind of model, after its name: "Kano model", "SWOT matrix".
MODEL_KINDS = "model framework matrix grid technique theory ladder equation cycle hierarchy".split()
MODEL_MENTION = re.compile(
    rf"""
    (?P<name>(?:[A-Z][\w'’&/-]*\s+){{0,3}}[A-Z][\w'’&/-]*)   # up to four capitalised words
    \s+(?i:{"|".join(MODEL_KINDS)})s?\b
    """,
    re.VERBOSE,
)
UNBRACKETED_FORMULA = re.compile(
    r"""
    (?P<formula>[A-Z][\w-]*\s*=\s*          # "Trust ="
      [^()=,;]*?\+[^()=,;]*?                # a sum with no brackets...
      /\s*[\w-]+)                           # ...then a division
    """,
    re.VERBOSE,
)
CONTENT_WORD = re.compile(r"[A-Za-z]{4,}")
STEM_LENGTH = 6
STOP_WORDS = frozenset(
    """this that with from into their they them such these those which while about across
    using used also will have been being other than then more most each both between within
    upon your what when where there here some many much very just only like make makes learners
    learner students subtopic topic element unit module explores focuses covers including
    include ensure understand understanding""".split()
)
#: Capitalised words that start sentences, not model names ("Use models ...").
NOT_NAMES = frozenset(
    "a an the use using apply applying such this that these each any our your like e.g "
    "models frameworks other different relevant key".split()
)
#: IDF-weighted share of synopsis words found in the key concepts below which RG006 warns.
#: Calibrated on the seeds (004: 0.03; the others 0.13 to 0.30): a heuristic, hence a warning.
SYNOPSIS_MATCH_MIN = 0.08


@dataclass(frozen=True)
class Finding:
    """One lint finding."""

    code: str
    """``RG001`` ... ``RG008``."""
    source: SourceRef
    """Where."""
    message: str
    """What and how to fix it."""
    severity: str
    """``warning`` or ``note``."""
    accepted: str | None = None
    """The editor's reason, when ``lint.yml`` accepts it."""

    def __str__(self) -> str:
        state = "accepted" if self.accepted else self.severity
        return f"{self.source}: {self.code} {state}: {self.message}"


def _words(value: str) -> set[str]:
    # Each distinct word stemmed once: a subtopic's text repeats most of its words.
    words = set(map(str.lower, CONTENT_WORD.findall(value)))
    return {word[:STEM_LENGTH] for word in words - STOP_WORDS}


def _truncated(subtopic: Subtopic) -> list[Finding]:
    return [
        Finding(
            "RG001",
            item.source,
            f"ends mid-sentence, probably cut off: '…{item.text[-40:]}'; complete it in an "
            "editor source or accept it in lint.yml",
            "warning",
        )
        for section in subtopic.sections
        if section.kind not in UNPUNCTUATED_KINDS
        for item in section.items
        if not item.cells  # a table's cells are not sentences
        and len((item.correction or item.text).split()) >= TRUNCATION_MIN_WORDS
        and not ends_sentence(item.correction or item.text)
    ]


def _synopsis_mismatch(subtopics: Sequence[Subtopic]) -> list[Finding]:
    # Document frequency counted once: asking every document per word is quadratic. A
    # subtopic's texts are joined: a space ends a word, so its words are those of each text.
    frequency = Counter(
        word
        for sub in subtopics
        for word in _words(" ".join(i.full_text for s in sub.sections for i in s.items))
    )

    def idf(word: str) -> float:
        # A word in every subtopic weighs nothing, so one subtopic alone is never judged.
        return math.log((len(subtopics) + 1) / (frequency[word] + 1))

    findings = []
    for subtopic in subtopics:
        synopsis = subtopic.items("synopsis")
        concepts = subtopic.items("key_concepts")
        if not synopsis or not concepts:
            continue
        said = _words(synopsis[0].text)
        defined = _words(" ".join(f"{i.term or ''} {i.text}" for i in concepts))
        total = sum(idf(w) for w in said)
        score = sum(idf(w) for w in said & defined) / total if total else 1.0
        if score < SYNOPSIS_MATCH_MIN:
            findings.append(
                Finding(
                    "RG006",
                    synopsis[0].source,
                    f"the synopsis shares almost nothing with the key concepts (match "
                    f"{score:.2f}, expected at least {SYNOPSIS_MATCH_MIN}): one of them may belong "
                    "to another subtopic",
                    "warning",
                )
            )
    return findings


def lint(
    subtopics: Sequence[Subtopic],
    reports: Sequence[SubtopicReport],
    glossary: Sequence[Entry],
    models: Sequence[Model],
    acceptances: Sequence[Acceptance] = (),
    mentions: Mentions | None = None,
) -> list[Finding]:
    """Every finding, sorted by place; accepted ones carry their reason. ``mentions``: the
    guide's (`linking.make_linking`), made here when not given."""
    findings: list[Finding] = []
    mentions = mentions or make_linking(glossary, models).mentions
    for subtopic, report in zip(subtopics, reports, strict=True):
        findings += _truncated(subtopic)
        findings += [
            Finding("RG002", b.source, f"empty section '{b.text}' removed", "note")
            for b in report.boilerplate
            if b.reason == "empty section"
        ]
        for section in subtopic.sections:
            if section.kind.startswith(OTHER_PREFIX):
                findings.append(
                    Finding(
                        "RG003",
                        section.items[0].source,
                        f"unknown section '{section.heading}' kept under its own heading",
                        "note",
                    )
                )
            for item in walk(section.items):  # nested items are content too
                findings += _item_findings(item.full_text, item.source, mentions)
        findings += [
            Finding(
                "RG008",
                c.b_source,
                f"similar to {c.a_source} ({c.score:.2f}), not merged: {c.why_not}; "
                f"decide with: revguide review --merge {c.id} (or --keep {c.id})",
                "note",
            )
            for c in report.candidates
            if c.why_not != KEPT_APART
        ]
    for entry in glossary:
        first, *others = entry.definitions
        findings += [
            Finding(
                "RG004",
                other.source,
                f"'{entry.term}' is defined differently in '{first.title}' ({first.source}); "
                "both definitions are shown in the glossary",
                "warning",
            )
            for other in others
        ]
    findings += _synopsis_mismatch(subtopics)
    return sorted(
        (_accept(f, acceptances) for f in findings), key=lambda f: (f.source, f.code, f.message)
    )


def _item_findings(value: str, source: SourceRef, mentions: Mentions) -> list[Finding]:
    findings = []
    known: list[tuple[int, int]] | None = None  # found on first need: few items name a model
    named = MODEL_MENTION.finditer(value) if _may_name_model(value) else ()
    for match in named:
        start, end = match.span()
        name_words = match["name"].split()
        while name_words and name_words[0].casefold() in NOT_NAMES:
            name_words.pop(0)
        if not name_words:
            continue
        if known is None:
            known = [(s.start, s.end) for s in mentions.spans(value)]
        if not any(a < end and start < b for a, b in known):
            findings.append(
                Finding(
                    "RG005",
                    source,
                    f"names '{match.group(0)}', which is not in content_src/models.yml: add it "
                    "(or an alias) so it links",
                    "warning",
                )
            )
    formulas = UNBRACKETED_FORMULA.finditer(value) if "=" in value else ()  # rare: skip the scan
    for match in formulas:
        formula = match["formula"]
        findings.append(
            Finding(
                "RG007",
                source,
                f"'{shorten(formula, 70)}' reads as only the last term divided; write the sum "
                "in brackets if the whole sum is divided",
                "warning",
            )
        )
    return findings


def _may_name_model(value: str) -> bool:
    """False when `MODEL_MENTION` cannot match: a quick test that spares most items the regex.

    Exact on ASCII text only: the regex's case-insensitive match also takes non-ASCII letters
    (``ı`` for ``i``), which `str.lower` does not fold.
    """
    if not value.isascii():
        return True
    lowered = value.lower()
    return any(kind in lowered for kind in MODEL_KINDS)


def _accept(finding: Finding, acceptances: Sequence[Acceptance]) -> Finding:
    name = finding.source.path.split("/", 1)[-1]
    for acceptance in acceptances:
        if acceptance.code == finding.code and acceptance.file in (
            name,
            f"{name}:{finding.source.line}",
        ):
            return Finding(
                finding.code, finding.source, finding.message, finding.severity, acceptance.reason
            )
    return finding
