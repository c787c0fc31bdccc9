"""Flashcard exports: open each file and check its cards against the guide's cards."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import genanki
import pytest
from conftest import CONTENT, ROOT
from revguide.exports import ANKI_FILE, CSV_FILE, EXPORT_DIR, JSON_FILE, QUIZLET_FILE
from revguide.site import Site, build_site


@pytest.fixture(scope="module")
def site() -> Site:
    return build_site(CONTENT, ROOT, title="Sales Guide", timestamp=1_750_000_000)


def _file(site: Site, name: str) -> bytes:
    (asset,) = [a for a in site.assets if a.path == f"{EXPORT_DIR}/{name}"]
    return asset.content if isinstance(asset.content, bytes) else asset.content.encode("utf-8")


def test_cards_cover_every_glossary_term_both_ways(site: Site) -> None:
    cards = json.loads(_file(site, JSON_FILE))["cards"]
    fronts = {(c["kind"], c["front"]) for c in cards}
    for entry in site.glossary:
        assert ("term", entry.term) in fronts
    assert {c["kind"] for c in cards} == {"term", "definition", "misconception"}


def test_anki_package_has_one_note_per_card_with_stable_guids(site: Site, tmp_path: Path) -> None:
    cards = json.loads(_file(site, JSON_FILE))["cards"]
    with zipfile.ZipFile(io.BytesIO(_file(site, ANKI_FILE))) as package:
        assert sorted(package.namelist()) == ["collection.anki2", "media"]
        (tmp_path / "c.anki2").write_bytes(package.read("collection.anki2"))
    with sqlite3.connect(tmp_path / "c.anki2") as db:
        notes = db.execute("select guid, flds, mod from notes").fetchall()
        decks = db.execute("select decks from col").fetchone()[0]
    assert len(notes) == len(cards)
    assert {guid for guid, _, _ in notes} == {genanki.guid_for(c["id"]) for c in cards}
    assert {mod for _, _, mod in notes} == {1_750_000_000}
    fields = {flds.split("\x1f")[1] for _, flds, _ in notes}
    assert "Customer Relationship Management (CRM)" in fields
    assert "Sales Guide" in decks


def test_quizlet_text_is_one_card_per_line_with_one_tab(site: Site) -> None:
    text = _file(site, QUIZLET_FILE).decode("utf-8")
    lines = text.splitlines()
    assert len(lines) == len(json.loads(_file(site, JSON_FILE))["cards"])
    assert all(line.count("\t") == 1 for line in lines)
    assert "Customer Relationship Management (CRM)\tThe strategic approach" in text


def test_csv_has_a_bom_and_round_trips(site: Site) -> None:
    data = _file(site, CSV_FILE)
    assert data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    cards = json.loads(_file(site, JSON_FILE))["cards"]
    assert [(r["id"], r["front"]) for r in rows] == [(c["id"], c["front"]) for c in cards]


def test_exports_are_deterministic_and_escape_text(tmp_path: Path) -> None:
    content = tmp_path / "content_src"
    content.mkdir()
    (content / "x.md").write_text(
        '---\ntitle: X\n---\n## Key concepts\n\n- **Tab\tand <b>tag</b>**: Line one, "quoted", <i>x</i>.\n',
        encoding="utf-8",
    )
    first, second = (build_site(content, tmp_path) for _ in range(2))
    assert [a.content for a in first.assets] == [a.content for a in second.assets]
    quizlet = _file(first, QUIZLET_FILE).decode("utf-8")
    assert "Tab and <b>tag</b>\tLine one" in quizlet
    with zipfile.ZipFile(io.BytesIO(_file(first, ANKI_FILE))) as package:
        (tmp_path / "c.anki2").write_bytes(package.read("collection.anki2"))
    with sqlite3.connect(tmp_path / "c.anki2") as db:
        fields = " ".join(row[0] for row in db.execute("select flds from notes"))
    assert "&lt;b&gt;tag&lt;/b&gt;" in fields
    assert "<b>" not in fields


def test_no_cards_no_exports(tmp_path: Path) -> None:
    content = tmp_path / "content_src"
    content.mkdir()
    (content / "x.md").write_text(
        "---\ntitle: X\n---\n## Synopsis\n\nOnly a synopsis.\n", encoding="utf-8"
    )
    assert not [a for a in build_site(content, tmp_path).assets if a.path.startswith(EXPORT_DIR)]
