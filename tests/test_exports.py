"""Flashcard exports: open each file and check its cards against the guide's cards."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import zipfile
from pathlib import Path

import genanki
import pytest
from conftest import CONTENT, ROOT
from helpers import write
from hypothesis import given
from hypothesis import strategies as st
from revguide.ankideck import FORMAT_DATE
from revguide.cards import Card
from revguide.cli import main
from revguide.exportguide import ExportGuide, ExportSubtopic
from revguide.exports import (
    ANKI_FILE,
    CSV_COLUMNS,
    CSV_FILE,
    JSON_FILE,
    QUIZLET_FILE,
    build_exports,
)
from revguide.model import SourceRef
from revguide.paths import EXPORTS_DIR, export
from revguide.site import Site, build_site

SITE_URL = "https://centre.example/guide/"


@pytest.fixture(scope="module")
def site() -> Site:
    return build_site(CONTENT, ROOT, title="Sales Guide", site_url=SITE_URL, epoch=1_800_000_000)


def _file(site: Site, name: str) -> bytes:
    (asset,) = [a for a in site.assets if a.path == export(name)]
    return asset.content if isinstance(asset.content, bytes) else asset.content.encode("utf-8")


def test_cards_cover_every_glossary_term_both_ways(site: Site) -> None:
    cards = json.loads(_file(site, JSON_FILE))["cards"]
    fronts = {(c["kind"], c["front"]) for c in cards}
    for entry in site.glossary:
        assert ("term", entry.term) in fronts
    assert {c["kind"] for c in cards} == {"term", "definition", "misconception"}


def _notes(package: bytes, folder: Path) -> list[tuple[str, str, int, str]]:
    """guid, fields, modification time and tags of each note in an ``.apkg``."""
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        assert sorted(archive.namelist()) == ["collection.anki2", "media"]
        (folder / "c.anki2").write_bytes(archive.read("collection.anki2"))
    with sqlite3.connect(folder / "c.anki2") as db:
        return db.execute("select guid, flds, mod, tags from notes order by guid").fetchall()


def test_anki_notes_are_one_per_term_and_misconception_with_guids_from_identity(
    site: Site, tmp_path: Path
) -> None:
    cards = json.loads(_file(site, JSON_FILE))["cards"]
    notes = _notes(_file(site, ANKI_FILE), tmp_path)
    kept = [c for c in cards if c["kind"] != "definition"]
    assert len(notes) == len(kept) == len(site.glossary) + 3
    assert {guid for guid, *_ in notes} == {genanki.guid_for("Sales Guide", c["id"]) for c in kept}
    firsts = {flds.split("\x1f")[0] for _, flds, _, _ in notes}
    assert "Customer Relationship Management (CRM)" in firsts
    # Dated by their files, capped by SOURCE_DATE_EPOCH, never before the note layout's date.
    assert all(FORMAT_DATE <= mod <= 1_800_000_000 for _, _, mod, _ in notes)


def test_anki_note_dates_follow_their_own_subtopics_files(tmp_path: Path) -> None:
    content = tmp_path / "content_src"
    for name, term, mtime in (("a.md", "Alpha", 1_797_000_000), ("b.md", "Beta", 1_797_500_000)):
        path = write(
            content, name, f"---\ntitle: {name}\n---\n## Key concepts\n\n- **{term}**: Text.\n"
        )
        os.utime(path, (mtime, mtime))
    dates = {
        flds.split("\x1f")[0]: mod
        for _, flds, mod, _ in _notes(_file(build_site(content, tmp_path), ANKI_FILE), tmp_path)
    }
    assert dates == {"Alpha": 1_797_000_000, "Beta": 1_797_500_000}
    # SOURCE_DATE_EPOCH caps them; the layout's date is the floor.
    capped = build_site(content, tmp_path, epoch=1_797_200_000)
    dates = {
        flds.split("\x1f")[0]: mod for _, flds, mod, _ in _notes(_file(capped, ANKI_FILE), tmp_path)
    }
    assert dates == {"Alpha": 1_797_000_000, "Beta": 1_797_200_000}
    old = build_site(content, tmp_path, epoch=1_700_000_000)
    assert {mod for _, _, mod, _ in _notes(_file(old, ANKI_FILE), tmp_path)} == {FORMAT_DATE}


def test_quizlet_text_is_one_line_per_term_and_misconception(site: Site) -> None:
    text = _file(site, QUIZLET_FILE).decode("utf-8")
    lines = text.splitlines()
    cards = json.loads(_file(site, JSON_FILE))["cards"]
    assert len(lines) == len([c for c in cards if c["kind"] != "definition"])
    assert all(line.count("\t") == 1 for line in lines)
    assert "Customer Relationship Management (CRM)\t(1) The strategic approach" in text
    assert "\n(2) " not in text
    assert " (2) " in text


HOSTILE = (
    '=HYPERLINK("https://evil.example","Click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A2)",
    "\tTabbed",
    "\rReturned",
    'Says "hello", then\nbreaks\r\nlines',
    "Plain, with a comma",
)


def _card(text: str, number: int) -> Card:
    return Card(
        id=f"t-{number}",
        kind="term",
        front=text,
        back=(text, "second"),
        link="glossary.md#x",
        link_text="x",
        source=SourceRef("content_src/x.md", number),
        subtopics=("x",),
    )


def test_csv_cells_parse_back_and_never_start_a_formula() -> None:
    guide = ExportGuide("G", SITE_URL, True, (ExportSubtopic("x", "X", None, (), 0),))
    assets = {
        a.path: a.content
        for a in build_exports([_card(t, n) for n, t in enumerate(HOSTILE)], guide)
    }
    data = assets[export(CSV_FILE)]
    assert isinstance(data, str)
    header, *rows = list(csv.reader(io.StringIO(data.removeprefix("\ufeff"), newline="")))
    assert tuple(header) == CSV_COLUMNS
    for text, row in zip(HOSTILE, rows, strict=True):
        front, back, *_ = row
        inert = "'" + text if text[0] in "=+-@\t\r" else text
        assert front == inert
        assert back == f"(1) {text} (2) second"  # starts with "(": nothing to make inert
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)
    assert rows[0][4] == f"{SITE_URL}glossary/#x"


def test_a_formula_in_a_definition_reaches_every_file_as_text(tmp_path: Path) -> None:
    content = tmp_path / "content_src"
    write(
        content,
        "x.md",
        "---\ntitle: X\n---\n## Key concepts\n\n"
        '- **Payload**: =HYPERLINK("https://evil.example","Click me")\n'
        "- **@Mention**: -1 is the answer.\n",
    )
    site = build_site(content, tmp_path)
    rows = list(csv.DictReader(io.StringIO(_file(site, CSV_FILE).decode("utf-8-sig"))))
    by_front = {r["front"]: r for r in rows if r["kind"] == "term"}
    assert by_front["Payload"]["back"] == '\'=HYPERLINK("https://evil.example","Click me")'
    assert by_front["'@Mention"]["back"] == "'-1 is the answer."
    # Relative addresses without site_url (a site opened from files).
    assert by_front["Payload"]["link"] == "glossary/#payload"
    # Quizlet gets the text as written: it is pasted into Quizlet, not opened as a spreadsheet.
    quizlet = _file(site, QUIZLET_FILE).decode("utf-8")
    assert 'Payload\t=HYPERLINK("https://evil.example","Click me")\n' in quizlet


def test_json_and_csv_links_are_page_addresses(site: Site) -> None:
    cards = json.loads(_file(site, JSON_FILE))["cards"]
    assert all(c["link"].startswith(SITE_URL) for c in cards)
    crm = next(c for c in cards if c["front"] == "Customer Relationship Management (CRM)")
    assert crm["link"] == f"{SITE_URL}glossary/#customer-relationship-management"
    rows = list(csv.DictReader(io.StringIO(_file(site, CSV_FILE).decode("utf-8-sig"))))
    assert [(r["id"], r["front"], r["link"]) for r in rows] == [
        (c["id"], c["front"], c["link"]) for c in cards
    ]


def test_csv_has_a_bom(site: Site) -> None:
    assert _file(site, CSV_FILE).startswith("\ufeff".encode())


def test_exports_are_deterministic_and_escape_text(tmp_path: Path) -> None:
    content = tmp_path / "content_src"
    write(
        content,
        "x.md",
        '---\ntitle: X\n---\n## Key concepts\n\n- **Tab\tand <b>tag</b>**: Line one, "quoted", <i>x</i>.\n',
    )
    first, second = (build_site(content, tmp_path) for _ in range(2))
    assert [a.content for a in first.assets] == [a.content for a in second.assets]
    quizlet = _file(first, QUIZLET_FILE).decode("utf-8")
    assert "Tab and <b>tag</b>\tLine one" in quizlet
    fields = " ".join(flds for _, flds, _, _ in _notes(_file(first, ANKI_FILE), tmp_path))
    assert "&lt;b&gt;tag&lt;/b&gt;" in fields
    assert 'Line one, "quoted", &lt;i&gt;x&lt;/i&gt;.' in fields
    assert "<b>" not in fields


def test_no_cards_no_exports(tmp_path: Path) -> None:
    content = tmp_path / "content_src"
    content.mkdir()
    (content / "x.md").write_text(
        "---\ntitle: X\n---\n## Synopsis\n\nOnly a synopsis.\n", encoding="utf-8"
    )
    assert not [a for a in build_site(content, tmp_path).assets if a.path.startswith(EXPORTS_DIR)]


@pytest.mark.build
def test_a_mkdocs_build_links_its_exports_to_its_own_pages(built_site: Path) -> None:
    """The hook passes ``site_url`` and ``site_name``: every link leads to a built page."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    site_url = os.environ.get("SITE_URL") or re.findall(r'SITE_URL, "([^"]+)"', config)[0]
    exports = built_site / EXPORTS_DIR
    cards = json.loads((exports / JSON_FILE).read_text(encoding="utf-8"))
    assert cards["title"] == re.findall(r"^site_name: (.+)$", config, re.MULTILINE)[0]
    for card in cards["cards"]:
        assert card["link"].startswith(site_url), card["link"]
        page, _, anchor = card["link"].removeprefix(site_url).partition("#")
        html = (built_site / page / "index.html").read_text(encoding="utf-8")
        assert f'id="{anchor}"' in html or not anchor, card["link"]


def test_emit_takes_the_site_name_and_address(tmp_path: Path) -> None:
    content = tmp_path / "content_src"
    write(content, "x.md", "---\ntitle: X\n---\n## Key concepts\n\n- **Term**: Text.\n")
    out = tmp_path / "out"
    args = ["emit", "--out", str(out), "--site-name", "My Guide", "--site-url", SITE_URL]
    assert main([*args, str(content)]) == 0
    cards = json.loads((out / EXPORTS_DIR / JSON_FILE).read_text(encoding="utf-8"))
    assert cards["title"] == "My Guide"
    assert cards["cards"][0]["link"] == f"{SITE_URL}glossary/#term"


@given(
    st.lists(
        st.text(st.characters(codec="utf-8", exclude_characters="\0")),
        min_size=1,
        max_size=4,
    )
)
def test_any_text_parses_back_from_the_csv_and_never_starts_a_formula(texts: list[str]) -> None:
    guide = ExportGuide("G", "", False, (ExportSubtopic("x", "X", None, (), 0),))
    cards = [_card(text, number) for number, text in enumerate(texts) if text]
    assets = {a.path: a.content for a in build_exports(cards, guide)}
    data = assets.get(export(CSV_FILE), "")
    assert isinstance(data, str)
    rows = list(csv.reader(io.StringIO(data.removeprefix("\ufeff"), newline="")))[1:]
    assert [row[0] for row in rows] == [
        "'" + c.front if c.front.startswith(("=", "+", "-", "@", "\t", "\r")) else c.front
        for c in cards
    ]
    assert not any(
        cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row
    )
