"""The guide's flashcards as files for other apps, written at build time under practice/exports/.

    revision-guide.apkg          Anki package: one note per card; the note's guid comes from the
                                 card's stable id, so importing a newer build updates notes
                                 instead of duplicating them
    revision-guide-quizlet.txt   Quizlet import: ``front<TAB>back`` per line (tabs and line
                                 breaks inside a field become spaces: Quizlet has no escape)
    revision-guide.csv           spreadsheet: UTF-8 with a byte-order mark (Excel reads it right)
    revision-guide-cards.json    every card with its kind, subtopics and link

Everything is deterministic: the Anki notes carry ``timestamp`` (the build passes
``SOURCE_DATE_EPOCH``, which the Pages workflow sets to the commit time, so a later build's notes
are newer and Anki updates them) and the zip entries a fixed date.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import itertools
import json
import sqlite3
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

import genanki

from .practice import Card
from .render import Asset

EXPORT_DIR = "practice/exports"
ANKI_FILE = "revision-guide.apkg"
QUIZLET_FILE = "revision-guide-quizlet.txt"
CSV_FILE = "revision-guide.csv"
JSON_FILE = "revision-guide-cards.json"
#: Used when the build gives no SOURCE_DATE_EPOCH: 2024-01-01T00:00:00Z.
DEFAULT_TIMESTAMP = 1_704_067_200
ZIP_DATE = (2024, 1, 1, 0, 0, 0)
#: Label and docs path of each export, for the flashcards page.
DOWNLOADS = (
    ("Anki (.apkg)", f"{EXPORT_DIR}/{ANKI_FILE}"),
    ("Quizlet (text)", f"{EXPORT_DIR}/{QUIZLET_FILE}"),
    ("spreadsheet (CSV)", f"{EXPORT_DIR}/{CSV_FILE}"),
    ("JSON", f"{EXPORT_DIR}/{JSON_FILE}"),
)
ANSWER_SEPARATOR = " / "
CSV_COLUMNS = ("front", "back", "kind", "subtopics", "link", "id")
ANKI_TEMPLATE = {
    "name": "Card",
    "qfmt": '<div class="prompt">{{Prompt}}</div>{{Front}}',
    "afmt": '{{FrontSide}}<hr id="answer">{{Back}}<div class="source">{{Source}}</div>',
}


def _stable_int(text: str) -> int:
    """A 31-bit id Anki accepts for decks and note types, fixed for a given name."""
    return (1 << 30) + int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:7], 16)


def _answer(card: Card) -> str:
    return ANSWER_SEPARATOR.join(card.back)


def _anki(cards: Sequence[Card], title: str, timestamp: int) -> bytes:
    model = genanki.Model(
        _stable_int(f"{title} note type"),
        "revguide card",
        fields=[{"name": "Prompt"}, {"name": "Front"}, {"name": "Back"}, {"name": "Source"}],
        templates=[ANKI_TEMPLATE],
    )
    deck = genanki.Deck(_stable_int(f"{title} deck"), title)
    for card in cards:
        fields = [card.prompt, card.front, "<br>".join(card.back), card.link_text]
        deck.add_note(
            genanki.Note(
                model=model,
                fields=[html.escape(field) for field in fields],
                guid=genanki.guid_for(card.id),
            )
        )
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "collection.anki2"
        connection = sqlite3.connect(database)
        id_numbers = itertools.count(timestamp * 1000)
        genanki.Package(deck).write_to_db(connection.cursor(), timestamp, id_numbers)
        connection.commit()
        connection.close()
        collection = database.read_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (("collection.anki2", collection), ("media", b"{}")):
            archive.writestr(zipfile.ZipInfo(name, ZIP_DATE), data)
    return buffer.getvalue()


def _one_line(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def _quizlet(cards: Sequence[Card]) -> str:
    return "".join(f"{_one_line(card.front)}\t{_one_line(_answer(card))}\n" for card in cards)


def _csv(cards: Sequence[Card]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for card in cards:
        writer.writerow(
            [card.front, _answer(card), card.kind, " ".join(card.subtopics), card.link, card.id]
        )
    return "\ufeff" + out.getvalue()


def _json(cards: Sequence[Card], title: str) -> str:
    data = {
        "title": title,
        "cards": [
            {
                "id": card.id,
                "kind": card.kind,
                "prompt": card.prompt,
                "front": card.front,
                "back": list(card.back),
                "subtopics": list(card.subtopics),
                "link": card.link,
            }
            for card in cards
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def build_exports(
    cards: Sequence[Card], title: str, timestamp: int = DEFAULT_TIMESTAMP
) -> tuple[Asset, ...]:
    """The four export files (see the module docstring); none when there is no card."""
    if not cards:
        return ()
    return (
        Asset(f"{EXPORT_DIR}/{ANKI_FILE}", _anki(cards, title, timestamp)),
        Asset(f"{EXPORT_DIR}/{QUIZLET_FILE}", _quizlet(cards)),
        Asset(f"{EXPORT_DIR}/{CSV_FILE}", _csv(cards)),
        Asset(f"{EXPORT_DIR}/{JSON_FILE}", _json(cards, title)),
    )
