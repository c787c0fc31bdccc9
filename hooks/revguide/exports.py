"""The guide's flashcards as files for other apps, written at build time under practice/exports/.

    revision-guide.apkg          Anki package: a note per term (two cards) and per misconception,
                                 in a subdeck per subtopic, tagged; importing a newer build
                                 updates notes in place and keeps their review history (`ankideck`)
    revision-guide-quizlet.txt   text to paste into Quizlet's import box: ``term<TAB>definition``,
                                 one line per term (Quizlet makes the reverse cards itself) and per
                                 misconception; tabs and line breaks inside become spaces
                                 (Quizlet has no escape). Not a spreadsheet file: nothing in it
                                 is made inert for one (use the CSV)
    revision-guide.csv           spreadsheet: UTF-8 with a byte-order mark (Excel reads it right);
                                 a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a
                                 carriage return gets a leading ``'`` (OWASP's advice against
                                 CSV injection: a spreadsheet would run it as a formula)
    revision-guide-cards.json    every card with its kind, subtopics and page address

Links are page addresses built from ``site_url`` (paths from the site's root without it: see
`exportguide`). Everything is deterministic: the same sources, dated alike, give the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from . import paths
from .ankideck import build_apkg
from .cards import Card
from .dialect import Asset
from .exportguide import ExportGuide

ANKI_FILE = "revision-guide.apkg"
QUIZLET_FILE = "revision-guide-quizlet.txt"
CSV_FILE = "revision-guide.csv"
JSON_FILE = "revision-guide-cards.json"
#: Label and docs path of each export, for the flashcards page.
DOWNLOADS = (
    ("Anki (.apkg)", paths.export(ANKI_FILE)),
    ("Quizlet (text to paste)", paths.export(QUIZLET_FILE)),
    ("spreadsheet (CSV)", paths.export(CSV_FILE)),
    ("JSON", paths.export(JSON_FILE)),
)
CSV_COLUMNS = ("front", "back", "kind", "subtopics", "link", "id")
#: First characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
INERT_PREFIX = "'"


def _answer(card: Card) -> str:
    """A card's answers as one line of text: "(1) first (2) second" when there are several."""
    if len(card.back) == 1:
        return card.back[0]
    return " ".join(f"({number}) {text}" for number, text in enumerate(card.back, 1))


def _one_line(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def _quizlet(cards: Sequence[Card]) -> str:
    return "".join(
        f"{_one_line(card.front)}\t{_one_line(_answer(card))}\n"
        for card in cards
        if card.kind != "definition"  # Quizlet asks each term both ways itself
    )


def _cell(text: str) -> str:
    """``text`` as a spreadsheet shows it, never as a formula (see the module docstring)."""
    return INERT_PREFIX + text if text.startswith(FORMULA_STARTS) else text


def _csv(cards: Sequence[Card], guide: ExportGuide) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for card in cards:
        row = [
            card.front,
            _answer(card),
            card.kind,
            " ".join(card.subtopics),
            guide.url(card.link),
            card.id,
        ]
        writer.writerow([_cell(text) for text in row])
    return "\ufeff" + out.getvalue()


def _json(cards: Sequence[Card], guide: ExportGuide) -> str:
    data = {
        "title": guide.title,
        "cards": [
            {
                "id": card.id,
                "kind": card.kind,
                "prompt": card.prompt,
                "front": card.front,
                "back": list(card.back),
                "subtopics": list(card.subtopics),
                "link": guide.url(card.link),
            }
            for card in cards
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def build_exports(cards: Sequence[Card], guide: ExportGuide) -> tuple[Asset, ...]:
    """The four export files (see the module docstring); none when there is no card."""
    if not cards:
        return ()
    return (
        Asset(paths.export(ANKI_FILE), build_apkg(cards, guide)),
        Asset(paths.export(QUIZLET_FILE), _quizlet(cards)),
        Asset(paths.export(CSV_FILE), _csv(cards, guide)),
        Asset(paths.export(JSON_FILE), _json(cards, guide)),
    )
