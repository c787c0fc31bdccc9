"""The guide's flashcards as an Anki package (``.apkg``) to re-import whenever the guide changes.

One note per term, with the term first (Anki's sort and duplicate-check field) and two cards
that Anki buries as siblings; one note per misconception::

    key concept "Customer Relationship Management (CRM): The strategic approach ..."
      -> note type "Sales Guide (term)", guid from ("Sales Guide", term card id)
           Term        Customer Relationship Management (CRM)
           Definition  The strategic approach ...       (several definitions: a numbered list)
           Clue        the definitions with the term blanked: ___ is the strategic ...
           Source      <a href=".../subtopics/crm/">CRM basics</a> · <a ...>CRM in the glossary</a>
         cards "Term -> definition" and "Definition -> term"
         deck "Sales Guide::CRM basics" (its first subtopic)
         tags Sales_Guide::subtopic::crm  Sales_Guide::qualification::ISP_Level_4_Diploma
              Sales_Guide::awarding_body::Institute_of_Sales_Professionals
    misconception "Conflict is always negative." / correction "Managed well, ..."
      -> note type "Sales Guide (misconception)": Misconception, Correction, Source; one card

Re-importing a newer build updates notes in place, keeping their cards and review history:
a note's guid comes from what identifies it (the guide's title, the kind, the term or the
mistake's text up to case, spacing and end punctuation: `ids.stable_id`), never from a definition
or correction an editor may reword; its modification time, which Anki's "update if newer"
compares, is the newest date of the subtopics it comes from (`sourcedates`), and never older
than `FORMAT_DATE`.

Fields are HTML: each piece of source text is escaped (only ``&``, ``<`` and ``>``: an
apostrophe stays an apostrophe, so Anki's search finds "organisation's"), then joined by markup.
"""

from __future__ import annotations

import hashlib
import html
import io
import itertools
import json
import re
import sqlite3
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass

import genanki

from .cards import PROMPTS, Card
from .exportguide import ExportGuide, ExportSubtopic

#: The date of the current note layout (note types, fields, templates, CSS), 2026-12-01. Raise
#: it to the day of a change to the layout: every note is then newer than the last import's.
FORMAT_DATE = 1_796_083_200
#: Entry date inside the zip (the notes carry their own dates).
ZIP_DATE = (2024, 1, 1, 0, 0, 0)
DECK_SEPARATOR = "::"
SOURCE_SEPARATOR = " · "

TAG_UNSAFE = re.compile(
    r"""
    [^\w-]+     # anything but letters, digits, _ and -: spaces separate Anki tags and
                # "::" nests them, so neither may come from a name
    """,
    re.VERBOSE,
)

NOTE_CSS = """\
.card {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  font-size: 20px;
  line-height: 1.5;
  text-align: left;
  max-width: 36em;
  margin: 0 auto;
  padding: 0 12px;
  color: #1f2328;
  background-color: #ffffff;
  overflow-wrap: break-word;
}
.card.nightMode { color: #e8e8e8; background-color: #1e1e1e; }
.prompt { font-size: 0.8em; color: #57606a; margin-bottom: 0.5em; }
.nightMode .prompt { color: #a8b0b8; }
.term { font-size: 1.3em; font-weight: 600; }
ol { padding-left: 1.4em; margin: 0.25em 0; }
li { margin-bottom: 0.4em; }
.source { margin-top: 1.5em; font-size: 0.75em; color: #57606a; }
.nightMode .source { color: #a8b0b8; }
a { color: #3949ab; }
.nightMode a { color: #9fa8da; }
"""


def _template(name: str, prompt: str, front: str, back: str) -> dict[str, str]:
    question = f'<div class="prompt">{html.escape(prompt)}</div>{front}'
    answer = '{{FrontSide}}<hr id="answer">' + back + '<div class="source">{{Source}}</div>'
    return {"name": name, "qfmt": question, "afmt": answer}


TERM_FIELDS = ("Term", "Definition", "Clue", "Source")
TERM_TEMPLATES = (
    _template(
        "Term -> definition",
        PROMPTS["term"],
        '<div class="term">{{Term}}</div>',
        '<div class="answer">{{Definition}}</div>',
    ),
    _template(
        "Definition -> term",
        PROMPTS["definition"],
        '<div class="clue">{{Clue}}</div>',
        '<div class="term">{{Term}}</div>',
    ),
)
MISCONCEPTION_FIELDS = ("Misconception", "Correction", "Source")
MISCONCEPTION_TEMPLATES = (
    _template(
        "Misconception -> correction",
        PROMPTS["misconception"],
        '<div class="misconception">{{Misconception}}</div>',
        '<div class="answer">{{Correction}}</div>',
    ),
)


def _stable_int(text: str) -> int:
    """A 31-bit id Anki accepts for decks and note types, fixed for a given name."""
    return (1 << 30) + int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:7], 16)


def _text(text: str) -> str:
    """Source text as HTML text: ``&``, ``<``, ``>`` escaped, quotes left as they are."""
    return html.escape(text, quote=False)


def _texts(texts: Sequence[str]) -> str:
    """One text as is; several as a numbered list; none as nothing."""
    if len(texts) <= 1:
        return "".join(map(_text, texts))
    return "<ol>" + "".join(f"<li>{_text(t)}</li>" for t in texts) + "</ol>"


def _tag(text: str) -> str:
    return TAG_UNSAFE.sub("_", text).strip("_")


def _deck_name(text: str) -> str:
    """One level of a deck name: "::" would open another level."""
    return " ".join(text.replace(DECK_SEPARATOR, ":").split())


class _Notes:
    """Note types, decks and the note-building helpers of one guide."""

    def __init__(self, guide: ExportGuide) -> None:
        self.guide = guide
        self.subtopics = {s.slug: s for s in guide.subtopics}
        self.root_tag = _tag(guide.title) or "revguide"
        self.root_deck = _deck_name(guide.title) or "Revision guide"
        self.term_type = self._note_type("term", TERM_FIELDS, TERM_TEMPLATES)
        self.misconception_type = self._note_type(
            "misconception", MISCONCEPTION_FIELDS, MISCONCEPTION_TEMPLATES
        )
        self.decks = {"": genanki.Deck(_stable_int(f"{guide.title} deck"), self.root_deck)}

    def _note_type(
        self, kind: str, fields: Sequence[str], templates: Sequence[dict[str, str]]
    ) -> genanki.Model:
        return genanki.Model(
            _stable_int(f"{self.guide.title}\x1fnote type\x1f{kind}"),
            f"{self.root_deck} ({kind})",
            fields=[{"name": name} for name in fields],
            templates=[dict(t) for t in templates],
            css=NOTE_CSS,
        )

    def deck(self, slug: str) -> genanki.Deck:
        """The subdeck of subtopic ``slug``."""
        if slug not in self.decks:
            name = _deck_name(self.subtopics[slug].title) or slug
            self.decks[slug] = genanki.Deck(
                _stable_int(f"{self.guide.title}\x1fdeck\x1f{slug}"),
                f"{self.root_deck}{DECK_SEPARATOR}{name}",
            )
        return self.decks[slug]

    def tags(self, subtopics: Sequence[ExportSubtopic]) -> list[str]:
        """Tags by subtopic, qualification and awarding body, sorted, each once."""
        tags = set()
        for subtopic in subtopics:
            tags.add(f"subtopic::{_tag(subtopic.slug)}")
            tags |= {f"qualification::{_tag(q)}" for q in subtopic.qualifications if _tag(q)}
            if subtopic.awarding_body and _tag(subtopic.awarding_body):
                tags.add(f"awarding_body::{_tag(subtopic.awarding_body)}")
        return sorted(f"{self.root_tag}{DECK_SEPARATOR}{tag}" for tag in tags)

    def source(self, card: Card) -> str:
        """Where the card comes from: its subtopics' pages and its own link, as links when the
        site has an address (a relative one would lead nowhere from inside Anki)."""
        links = {self.guide.page(slug): self.subtopics[slug].title for slug in card.subtopics}
        links.setdefault(card.link, card.link_text)
        if not self.guide.site_url:
            return SOURCE_SEPARATOR.join(_text(text) for text in links.values())
        return SOURCE_SEPARATOR.join(
            f'<a href="{html.escape(self.guide.url(path))}">{_text(text)}</a>'
            for path, text in links.items()
        )

    def add(self, card: Card, note_type: genanki.Model, fields: Sequence[str]) -> _Placed:
        """Add ``card``'s note (to the root deck, for genanki to write)."""
        subtopics = [self.subtopics[slug] for slug in card.subtopics]
        note = genanki.Note(
            model=note_type,
            fields=list(fields),
            tags=self.tags(subtopics),
            guid=genanki.guid_for(self.guide.title, card.id),
        )
        self.decks[""].add_note(note)
        date = max((FORMAT_DATE, *(s.date for s in subtopics)))
        return _Placed(note.guid, self.deck(card.subtopics[0]).deck_id, date)


@dataclass(frozen=True)
class _Placed:
    """Where a note's cards go and how old the note is."""

    guid: str
    """The note's guid."""
    deck: int
    """Id of its first subtopic's deck."""
    date: int
    """Its modification time."""


def _collection(guide: ExportGuide, cards: Sequence[Card]) -> tuple[_Notes, list[_Placed]]:
    """The notes of ``cards`` and where each goes."""
    notes = _Notes(guide)
    clues: dict[str, list[str]] = {}
    for card in cards:
        if card.kind == "definition":  # its back is the term(s) it defines
            for term in card.back:
                clues.setdefault(term, []).append(card.front)
    placed = []
    for card in cards:
        if card.kind == "term":
            fields = [_text(card.front), _texts(card.back), _texts(clues.get(card.front, []))]
            note_type = notes.term_type
        elif card.kind == "misconception":
            fields = [_text(card.front), _texts(card.back)]
            note_type = notes.misconception_type
        else:
            continue
        placed.append(notes.add(card, note_type, [*fields, notes.source(card)]))
    return notes, placed


def _collection_file(notes: _Notes, placed: Sequence[_Placed]) -> bytes:
    """The collection file, built in memory. genanki writes a deck's notes with one date, and
    rewrites every deck and note type each time it writes a deck (quadratic in decks): so it
    writes all notes into the root deck, then the subdecks are added at once and each note
    dated and moved."""
    connection = sqlite3.connect(":memory:")
    try:
        root = notes.decks[""]
        ids = itertools.count(FORMAT_DATE * 1000)
        genanki.Package(root).write_to_db(connection.cursor(), FORMAT_DATE, ids)
        (text,) = connection.execute("select decks from col").fetchone()
        decks = json.loads(text) | {str(d.deck_id): d.to_json() for d in notes.decks.values()}
        connection.execute("update col set decks = ?", (json.dumps(decks, sort_keys=True),))
        note_ids = dict(connection.execute("select guid, id from notes").fetchall())
        connection.executemany(
            "update notes set mod = ? where id = ?", [(p.date, note_ids[p.guid]) for p in placed]
        )
        connection.executemany(
            "update cards set did = ?, mod = ? where nid = ?",
            [(p.deck, p.date, note_ids[p.guid]) for p in placed],
        )
        connection.commit()
        return connection.serialize()
    finally:
        connection.close()


def build_apkg(cards: Sequence[Card], guide: ExportGuide) -> bytes:
    """The ``.apkg`` file of ``cards`` (see the module docstring)."""
    collection = _collection_file(*_collection(guide, cards))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (("collection.anki2", collection), ("media", b"{}")):
            archive.writestr(zipfile.ZipInfo(name, ZIP_DATE), data)
    return buffer.getvalue()
