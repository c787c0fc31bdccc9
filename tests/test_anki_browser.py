"""Anki cards as a phone shows them: every side of every card of the sample guide, rendered by
real Anki (the ``anki`` package, after importing the built ``.apkg``), shown in Chromium at
360 px in Anki's light and dark ("nightMode") modes: the card is light or dark with the mode,
nothing scrolls sideways, every piece of text is at least 12 px and has WCAG AA contrast (4.5:1)
against the card."""

from __future__ import annotations

from typing import Any

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from conftest import CONTENT, ROOT
from revguide.exports import ANKI_FILE
from revguide.paths import export
from revguide.site import build_site

pytestmark = pytest.mark.browser

#: Text elements of the note types' templates, and what each side's check returns.
MEASURE = """
() => {
  const rgb = (text) => text.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const luminance = ([r, g, b]) => {
    const linear = (c) => (c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const background = rgb(getComputedStyle(document.body).backgroundColor);
  const texts = [...document.querySelectorAll(".prompt, .term, .clue, .answer, .misconception, li, .source, a")]
    .map((element) => {
      const style = getComputedStyle(element);
      const [a, b] = [luminance(rgb(style.color)), luminance(background)].sort((x, y) => y - x);
      return { text: element.textContent.slice(0, 40), size: parseFloat(style.fontSize),
               contrast: (a + 0.05) / (b + 0.05) };
    });
  return { overflow: document.documentElement.scrollWidth - window.innerWidth, texts,
           background: luminance(background) };
}
"""


@pytest.fixture(scope="module")
def sides(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The question and answer HTML of every card, as Anki renders them."""
    folder = tmp_path_factory.mktemp("anki-phone")
    site = build_site(CONTENT, ROOT, title="Guide", site_url="https://centre.example/guide/")
    (package,) = [a.content for a in site.assets if a.path == export(ANKI_FILE)]
    assert isinstance(package, bytes)
    (folder / "guide.apkg").write_bytes(package)
    collection = Collection(str(folder / "collection.anki2"))
    try:
        request = ImportAnkiPackageRequest(
            package_path=str(folder / "guide.apkg"), options=ImportAnkiPackageOptions()
        )
        collection.import_anki_package(request)
        cards = [collection.get_card(card_id) for card_id in collection.find_cards("")]
        return [side for card in cards for side in (card.question(), card.answer())]
    finally:
        collection.close()


@pytest.mark.parametrize("mode", ["", "nightMode night_mode"], ids=["light", "dark"])
def test_cards_read_well_on_a_phone(browser: Any, sides: list[str], mode: str) -> None:
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    try:
        assert len(sides) > 40
        for side in sides:
            page.set_content(f'<!doctype html><html><body class="card {mode}">{side}</body></html>')
            measured = page.evaluate(MEASURE)
            assert measured["overflow"] <= 0, side
            assert measured["texts"], side
            # Anki's dark mode gets a dark card, its light mode a light one.
            assert (measured["background"] < 0.05) if mode else (measured["background"] > 0.9)
            for text in measured["texts"]:
                assert text["size"] >= 12, text
                assert text["contrast"] >= 4.5, text
    finally:
        context.close()
