"""Build the glossary from every subtopic's key concepts.

Terms are grouped by their name without an acronym in brackets, so acronyms resolve both
ways::

    "Customer Relationship Management (CRM)"   (000)  \
    "Customer relationship management (CRM)"   (003)   }-> one entry, linked from
    "CRM"                                     (other) /    "Customer Relationship Management", "CRM"

Identical definitions (by `item_key`) are listed once; different ones are each shown and
attributed to their subtopic. A glossary of more than `SPLIT_AT` entries is a page per letter
(`Entry.letter`, `letter_slug`): ``glossary/c.md#crm``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from . import paths
from .model import SourceRef, Subtopic
from .names import slugify
from .text import item_key

ACRONYM_TERM = re.compile(
    r"""
    ^(?P<base>.+?)\s*
    \((?P<acronym>[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*)\)$   # "(CRM)", "(KPIs)", "(B2B)"
    """,
    re.VERBOSE,
)
BRACKETED = re.compile(r"\s*\([^()]*\)")
#: Past this many entries the glossary is a page per letter: one page of the 2,300 terms of a
#: 1,000-subtopic guide was 2.6 MB of HTML.
SPLIT_AT = 400


@dataclass(frozen=True)
class Definition:
    """One subtopic's definition of a term."""

    text: str
    """The definition."""
    subtopic: str
    """Slug of the subtopic that gives it."""
    title: str
    """Title of that subtopic."""
    source: SourceRef
    """Where it was read."""


@dataclass(frozen=True)
class Entry:
    """A glossary entry."""

    term: str
    """The term as first written: ``Customer Relationship Management (CRM)``."""
    anchor: str
    """Stable anchor on the glossary page."""
    phrases: tuple[str, ...]
    """Every phrase that links here: the term, its name without brackets, its acronym."""
    definitions: tuple[Definition, ...]
    """Distinct definitions, in guide order."""
    letter: str | None = None
    """Its letter's page (`letter_slug`) in a glossary split by letter, else None."""

    @property
    def path(self) -> str:
        """Docs path of the entry, with its anchor: ``glossary.md#crm``."""
        return paths.glossary_entry(self.anchor, self.letter)

    @property
    def summary(self) -> str:
        """The first definition (used for tooltips and flashcards)."""
        return self.definitions[0].text


def heading_letter(term: str) -> str:
    """The letter a term is listed under."""
    return term[:1].upper()


def letter_slug(term: str) -> str:
    """The page of a glossary split by letter that lists ``term``: its first letter or digit
    (``c``), or ``other`` for any other first character (safe in a file name and a URL)."""
    first = term[:1].lower()
    return first if first.isascii() and first.isalnum() else "other"


def split_acronym(term: str) -> tuple[str, str | None]:
    """``Net Promoter Score (NPS)`` -> ``("Net Promoter Score", "NPS")``."""
    match = ACRONYM_TERM.match(term)
    if not match:
        return term, None
    return match["base"], match["acronym"]


def build_glossary(subtopics: Sequence[Subtopic]) -> tuple[Entry, ...]:
    """One entry per distinct term, sorted A-Z, anchors unique."""
    groups: dict[str, list[tuple[str, str | None, Definition]]] = {}
    acronym_home: dict[str, str] = {}
    for subtopic in subtopics:
        for item in subtopic.items("key_concepts"):
            if not item.term:
                continue
            base, acronym = split_acronym(item.term)
            key = item_key(base)
            if acronym and key not in groups and acronym in acronym_home:
                key = acronym_home[acronym]
            if acronym:
                acronym_home.setdefault(acronym, key)
            # A definition's nested points are part of it: "Enzyme: a catalyst: made of protein".
            definition = Definition(item.flat_text, subtopic.slug, subtopic.title, item.source)
            groups.setdefault(key, []).append((item.term, acronym, definition))
    # A term that is only an acronym ("CRM") joins the entry that spells it out.
    for key in list(groups):
        term = groups[key][0][0]
        home = acronym_home.get(term)
        if home and home != key and home in groups:
            groups[home].extend(groups.pop(key))
    entries = []
    anchors: set[str] = set()
    for members in groups.values():
        term = members[0][0]
        base, _ = split_acronym(term)
        acronyms = sorted({a for _, a, _ in members if a})
        plain = BRACKETED.sub("", base).strip()
        phrases = tuple(dict.fromkeys(p for p in (term, base, plain, *acronyms) if p))
        seen: set[str] = set()
        definitions = []
        for _, _, definition in members:
            if item_key(definition.text) not in seen:
                seen.add(item_key(definition.text))
                definitions.append(definition)
        anchor = slugify(plain or base)
        suffix = 2
        while anchor in anchors:
            anchor = f"{slugify(plain or base)}-{suffix}"
            suffix += 1
        anchors.add(anchor)
        entries.append(Entry(term, anchor, phrases, tuple(definitions)))
    entries.sort(key=lambda e: (item_key(e.term), e.anchor))
    if len(entries) > SPLIT_AT:
        entries = [replace(e, letter=letter_slug(e.term)) for e in entries]
    return tuple(entries)
