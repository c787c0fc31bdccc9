"""The Anki export in real Anki: each built ``.apkg`` is imported into a fresh collection with the
``anki`` package and the import dialog's default options ("update if newer"), then read back
as a learner meets it: rendered cards, the browser's duplicate check, decks, tags, searches,
and what re-importing a later build does to notes and review history."""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from anki.import_export_pb2 import ImportResponse
from anki.notes import NoteFieldsCheckResult, NoteId
from anki.scheduler.v3 import CardAnswer, Scheduler

# isort: split
from anki.cards import CardId  # after anki.collection: imported first, it is a circular import
from conftest import CONTENT, ROOT
from helpers import write
from revguide.exports import ANKI_FILE
from revguide.paths import export
from revguide.site import build_site

TITLE = "Service Guide"
SITE_URL = "https://centre.example/guide/"
#: Commit times (SOURCE_DATE_EPOCH) and the later time a fresh checkout gives every file.
COMMIT, NEXT_COMMIT, CHECKOUT = 1_800_000_000, 1_800_000_100, 1_900_000_000
#: File times of a local build, and of the edit made after it.
SAVED, EDITED = 1_797_000_000, 1_797_000_060

COMPLAINTS = """\
---
title: "Handling: Complaints :: Recovery"
awarding_body: Example Awarding Body
level: Level 2
---
## Synopsis

How teams turn complaints into loyalty.

## Key concepts

- **Service recovery**: The organisation's plan to fix a failure <b>fast</b> & "well".
- **Net Promoter Score (NPS)**: A measure of how likely customers are to recommend you.

## Misconceptions

- Misconception: Complaints are bad news. Correction: They're free feedback.

## Qualifications

- Level 2 Certificate in Customer Service
"""
LOYALTY = """\
---
title: Loyalty Schemes
---
## Synopsis

How schemes keep customers coming back.

## Key concepts

- **Service recovery**: Winning back a customer after a failure.
- **Churn rate**: The churn rate is the share of customers lost in a period.
"""
REWORDED = LOYALTY.replace("Winning back a customer", "Regaining a customer's trust")

TAG_TEXT = re.compile(r"<\s*/?\s*[a-zA-Z]")
ENTITY_TEXT = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


class _Visible(HTMLParser):
    """The text a card shows: character references decoded, tags and style sheets dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.in_style = self.in_style or tag == "style"
        if tag in {"li", "hr", "div"}:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        self.in_style = self.in_style and tag != "style"

    def handle_data(self, data: str) -> None:
        if not self.in_style:
            self.parts.append(data)


def visible(html: str) -> str:
    parser = _Visible()
    parser.feed(html)
    parser.close()
    return " ".join("".join(parser.parts).split())


def _content(folder: Path, loyalty: str = LOYALTY, mtime: int | None = None) -> Path:
    content = folder / "content_src"
    for name, text in (("complaints.md", COMPLAINTS), ("loyalty.md", loyalty)):
        path = write(content, name, text)
        if mtime is not None:
            os.utime(path, (mtime, mtime))
    return content


def _apkg(content: Path, epoch: int | None = None) -> Path:
    site = build_site(content, content.parent, title=TITLE, site_url=SITE_URL, epoch=epoch)
    (asset,) = [a for a in site.assets if a.path == export(ANKI_FILE)]
    assert isinstance(asset.content, bytes)
    path = content.parent / f"deck-{len(list(content.parent.glob('deck-*')))}.apkg"
    path.write_bytes(asset.content)
    return path


def _import(collection: Collection, package: Path) -> ImportResponse.Log:
    request = ImportAnkiPackageRequest(
        package_path=str(package), options=ImportAnkiPackageOptions()
    )
    return collection.import_anki_package(request).log


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[Collection]:
    (tmp_path / "anki").mkdir()
    col = Collection(str(tmp_path / "anki" / "collection.anki2"))
    yield col
    col.close()


def _note_id(collection: Collection, term: str) -> NoteId:
    (nid,) = collection.find_notes(f'"Term:{term}"')
    return nid


def _review_all(collection: Collection) -> list[CardId]:
    """Answer "Good" to every card the guide's deck offers today; the ids of those cards."""
    deck = collection.decks.id_for_name(TITLE)
    assert deck is not None
    collection.decks.select(deck)
    scheduler = collection.sched
    assert isinstance(scheduler, Scheduler)
    reviewed = []
    while queued := scheduler.get_queued_cards(fetch_limit=1).cards:
        card = collection.get_card(CardId(queued[0].card.id))
        card.start_timer()
        answer = scheduler.build_answer(card=card, states=queued[0].states, rating=CardAnswer.GOOD)
        scheduler.answer_card(answer)
        reviewed.append(card.id)
    return reviewed


def _history(collection: Collection, card_ids: list[CardId]) -> list[tuple[int, ...]]:
    """Review log and schedule of the cards: what a re-import must keep."""
    assert collection.db is not None
    revlog = collection.db.all(
        f"select cid, id, ease, ivl from revlog where cid in ({','.join(map(str, card_ids))})"
    )
    cards = collection.db.all(
        f"select id, type, queue, due, ivl, reps from cards where id in "
        f"({','.join(map(str, card_ids))})"
    )
    return sorted(map(tuple, revlog + cards))


def test_the_sample_guide_renders_as_text_with_no_duplicates(
    tmp_path: Path, collection: Collection
) -> None:
    site = build_site(CONTENT, ROOT, title=TITLE, site_url=SITE_URL)
    (asset,) = [a for a in site.assets if a.path == export(ANKI_FILE)]
    package = tmp_path / "sample.apkg"
    package.write_bytes(asset.content if isinstance(asset.content, bytes) else b"")
    log = _import(collection, package)
    terms = len(site.glossary)
    misconceptions = sum(
        1 for s in site.guide.subtopics for i in s.items("misconceptions") if i.correction
    )
    assert len(log.new) == collection.note_count() == terms + misconceptions
    assert collection.card_count() == 2 * terms + misconceptions
    for nid in collection.find_notes(""):
        note = collection.get_note(nid)
        assert note.fields_check() == NoteFieldsCheckResult.NORMAL, note.fields[0]
        for card in note.cards():
            for side in (card.question(), card.answer()):
                text = visible(side)
                assert not TAG_TEXT.search(text), text
                assert not ENTITY_TEXT.search(text), text
    # Every term once, as the first (sort) field.
    firsts = {
        html.unescape(collection.get_note(n).fields[0])
        for n in collection.find_notes("note:*term*")
    }
    assert firsts == {entry.term for entry in site.glossary}
    decks = {d.name for d in collection.decks.all_names_and_ids()}
    assert {f"{TITLE}::{s.title}" for s in site.guide.subtopics} <= decks


def test_cards_show_the_source_text_exactly(tmp_path: Path, collection: Collection) -> None:
    log = _import(collection, _apkg(_content(tmp_path)))
    assert len(log.new) == 4  # three terms and a misconception
    note = collection.get_note(_note_id(collection, "Service recovery"))
    forward, backward = sorted(note.cards(), key=lambda c: c.ord)
    assert visible(forward.question()) == "What does this term mean? Service recovery"
    answer = visible(forward.answer())
    assert 'The organisation\'s plan to fix a failure <b>fast</b> & "well".' in answer
    assert "Winning back a customer after a failure." in answer
    assert "Service recovery" not in visible(backward.question())
    churn = collection.get_note(_note_id(collection, "Churn rate")).cards()
    assert visible(max(churn, key=lambda c: c.ord).question()) == (
        "Which term is this? The ___ is the share of customers lost in a period."
    )
    # The Source field links the subtopics' pages on the published site.
    assert f'href="{SITE_URL}subtopics/loyalty-schemes/"' in forward.answer()
    assert "Loyalty Schemes" in answer
    # An apostrophe is stored as itself: Anki's search finds it.
    assert collection.find_notes("organisation's") == [note.id]
    assert collection.find_notes("They're") != []
    # Two definitions: a list, not "<br>" text.
    assert "<br>" not in answer
    assert "<ol><li>The organisation's plan" in forward.answer()


def test_notes_have_subdecks_tags_and_sibling_cards(tmp_path: Path, collection: Collection) -> None:
    _import(collection, _apkg(_content(tmp_path)))
    decks = {d.name for d in collection.decks.all_names_and_ids()}
    assert {
        TITLE,
        f"{TITLE}::Handling: Complaints : Recovery",
        f"{TITLE}::Loyalty Schemes",
    } <= decks
    nps = collection.get_note(_note_id(collection, "Net Promoter Score (NPS)"))
    slug = "handling-complaints-recovery"
    assert set(nps.tags) == {
        f"Service_Guide::subtopic::{slug}",
        "Service_Guide::qualification::Level_2_Certificate_in_Customer_Service",
        "Service_Guide::awarding_body::Example_Awarding_Body",
    }
    cards = nps.cards()
    assert sorted(c.ord for c in cards) == [0, 1]  # one note, two cards: siblings
    note_type = collection.models.get(nps.mid)
    assert note_type is not None
    assert note_type["css"].count("nightMode") >= 3  # text, prompts and links in dark mode
    assert {collection.decks.name(c.did) for c in cards} == {
        f"{TITLE}::Handling: Complaints : Recovery"
    }
    churn = collection.get_note(_note_id(collection, "Churn rate"))
    assert "Service_Guide::subtopic::loyalty-schemes" in churn.tags
    assert collection.find_notes(f"tag:Service_Guide::subtopic::{slug}") != []
    (mistake,) = collection.find_notes('"Misconception:Complaints are bad news."')
    assert len(collection.get_note(mistake).cards()) == 1
    assert collection.find_notes("tag:Service_Guide::subtopic::loyalty-schemes") == sorted(
        [churn.id, _note_id(collection, "Service recovery")]
    )


def test_reimporting_an_unchanged_build_changes_nothing(
    tmp_path: Path, collection: Collection
) -> None:
    content = _content(tmp_path)
    first = _import(collection, _apkg(content))
    again = _import(collection, _apkg(content))
    assert len(first.new) == 4
    assert (len(again.new), len(again.updated)) == (0, 0)
    assert collection.note_count() == 4


@pytest.mark.parametrize("published", [True, False], ids=["SOURCE_DATE_EPOCH", "local build"])
def test_a_reworded_definition_updates_its_note_and_keeps_review_history(
    tmp_path: Path, collection: Collection, published: bool
) -> None:
    """Published: every file is "modified" at checkout, each build dated by its commit time.
    Local: no SOURCE_DATE_EPOCH; the editor saves one file after the first build."""
    if published:
        content = _content(tmp_path, mtime=CHECKOUT)
        first = _apkg(content, epoch=COMMIT)
    else:
        content = _content(tmp_path, mtime=SAVED)
        first = _apkg(content)
    _import(collection, first)
    recovery = _note_id(collection, "Service recovery")
    reviewed = _review_all(collection)
    assert {c.id for c in collection.get_note(recovery).cards()} & set(reviewed)
    history = _history(collection, reviewed)
    assert len([row for row in history if len(row) == 4]) >= len(reviewed)  # reviews logged

    loyalty = write(content, "loyalty.md", REWORDED)
    if published:
        os.utime(loyalty, (CHECKOUT, CHECKOUT))
        second = _apkg(content, epoch=NEXT_COMMIT)
    else:
        os.utime(loyalty, (EDITED, EDITED))
        second = _apkg(content)
    log = _import(collection, second)

    assert list(log.new) == []
    assert collection.note_count() == 4
    updated = {n.id.nid for n in log.updated}
    assert recovery in updated
    if not published:  # only notes from the edited file changed date
        assert updated == set(collection.find_notes("tag:Service_Guide::subtopic::loyalty-schemes"))
    definition = collection.get_note(recovery)["Definition"]
    assert "Regaining a customer's trust after a failure." in definition
    assert "Winning back" not in definition
    assert _history(collection, reviewed) == history
    assert collection.find_notes("Winning") == []


def test_a_reworded_correction_updates_the_misconception_note(
    tmp_path: Path, collection: Collection
) -> None:
    content = _content(tmp_path, mtime=SAVED)
    _import(collection, _apkg(content))
    (mistake,) = collection.find_notes('"Misconception:Complaints are bad news."')
    reworded = COMPLAINTS.replace("They're free feedback.", "They show what to fix first.")
    os.utime(write(content, "complaints.md", reworded), (EDITED, EDITED))
    log = _import(collection, _apkg(content))
    assert list(log.new) == []
    assert mistake in {n.id.nid for n in log.updated}
    assert collection.get_note(mistake)["Correction"] == "They show what to fix first."
