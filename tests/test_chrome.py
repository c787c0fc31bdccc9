"""Site chrome: found by wording, position and repetition; a property inserting it anywhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import PLAIN, doc, raw
from hypothesis import given
from hypothesis import strategies as st
from revguide.chrome import (
    find_chrome,
    line_keys,
    repeated_lines,
    split_site_title,
    wording_reason,
)
from revguide.normalise import Document
from revguide.pipeline import build_guide

CORPUS = Path(__file__).resolve().parent / "corpus"

#: Chrome lines as sites write them, one per kind of reason and more: the property's pool.
CHROME = [
    "Skip to content",
    "Skip to main content",
    "Accessibility links",
    "Menu",
    "Search",
    "Log in",
    "Sign in",
    "Back to top",
    "Home › GCSE › Biology › Cell biology",
    "Home / KS4 / Physics / Energy",
    "Home | GCSE Physics | A Level Physics | Past Papers | Contact",
    "Contact us | Accessibility statement | Cookie policy",
    "We use cookies to give you the best experience. By continuing you agree to our use of cookies.",
    "Accept all cookies",
    "Manage settings",
    "Share",
    "Share this page: Facebook | Twitter | Email",
    "Copy link",
    "Facebook",
    "Was this page helpful?",
    "Report a problem with this page",
    "Rate this page",
    "← Previous: Atoms and isotopes",
    "Next: Cell division →",
    "Read more",
    "Page 2 of 5",
    "Advertisement",
    "Sponsored",
    "Continue reading below",
    "© 2025 RevisionHub Ltd. All rights reserved.",
    "Privacy policy",
    "Terms of use",
    "By Priya Shah · Updated 14 January 2025 · 6 min read",
    "Last updated: 5 May 2025",
    "6 min read",
    "Sign up to our newsletter",
    "Follow us on Instagram",
    "Ready to learn?",
    "Related topics",
    "You might also like",
    "Print this page",
    "Download PDF",
    "🔗 Related: Volcanoes, Earthquakes",
    "14 Visit aqa.org.uk/8035 for the most up-to-date specification",
    "Back to Bioenergetics index",
    "More guides on this topic",
    "Next page",
]


@pytest.mark.parametrize("line", CHROME)
def test_each_chrome_line_is_recognised_by_its_wording_or_as_a_label(line: str) -> None:
    assert [c.index for c in find_chrome([line])] == [0]


@pytest.mark.parametrize(
    "line",
    [
        "Share £60 in the ratio 2:3.",
        "Next, heat the solution gently.",
        "By the end of the topic you will know why.",
        "Newsletter – a regular email a business sends to its customers.",
        "Search engines rank pages by relevance.",
        "glucose moves into cells / converted to glycogen (1)",
        "Cookies are small files a website stores in the browser.",
        "Support",
        "Movement",
        "| Force | F = m × a | N |",
        "Home ownership rose after 1945.",
        "Contact tracing – finding the people an infected person met.",
    ],
)
def test_content_that_looks_like_chrome_is_kept(line: str) -> None:
    assert wording_reason(line) is None
    assert find_chrome([line, "", "- An item that follows."]) == []


def test_site_titles() -> None:
    assert split_site_title("Cell Structure and Microscopy | RevisionHub") == (
        "Cell Structure and Microscopy",
        "RevisionHub",
    )
    assert split_site_title("Waves - SciencePrep") == ("Waves", "SciencePrep")
    assert split_site_title("Osmosis – bbc.co.uk") == ("Osmosis", "bbc.co.uk")
    assert split_site_title("OCR GCSE English Literature: Macbeth – Ambition") is None
    assert split_site_title("AQA GCSE Chemistry - Paper 1") is None
    assert split_site_title("Marketing Mix – revision notes (Year 11)") is None


def test_lines_above_a_site_title_and_links_under_a_closing_label_are_chrome() -> None:
    lines = ["StudyHub", "Pricing", "Osmosis | StudyHub", "", "Osmosis moves water.", ""]
    lines += ["Related topics", "Diffusion", "Active transport"]
    found = {c.index: c.reason for c in find_chrome(lines)}
    assert found == {
        0: "site chrome: above the page title",
        1: "site chrome: above the page title",
        6: "site chrome: related links",
        7: "site chrome: related links",
        8: "site chrome: related links",
    }
    # Rows of a table are not a menu, though each looks like one.
    rows = ["0 | Perfectly inelastic | Life-saving drugs", "0 to -1 | Inelastic | Petrol"]
    assert find_chrome(rows) == []
    assert [c.reason for c in find_chrome(rows[:1])] == ["site chrome: menu"]
    # The same label with content after it does not swallow that content.
    assert [c.index for c in find_chrome(["Related topics", "Key Dates", "- 1945: Yalta."])] == [0]


def test_repeated_lines_are_chrome_but_not_bullets_headings_or_qualifications() -> None:
    pages = [
        f"StudyHub\nKey Terms\n- Always show working.\nLevel 2 Diploma in Care\nTopic {n}.\n"
        for n in range(3)
    ]
    repeated = repeated_lines(line_keys(page) for page in pages)
    assert repeated == {
        "studyhub",
        "key terms",
        "- always show working.",
        "level 2 diploma in care",
    }
    lines = pages[0].split("\n")
    assert [(c.index, c.reason) for c in find_chrome(lines, repeated)] == [
        (0, "site chrome: repeated in other files")
    ]
    # Two copies of one page are a subtopic scraped twice, not boilerplate.
    assert repeated_lines(line_keys(page) for page in pages[:2]) == frozenset()


def _model(document: Document) -> list[tuple[str, list[str]]]:
    return [(s.kind, [i.full_text for i in s.items]) for s in document.sections]


def _valid_texts() -> list[str]:
    """Chrome-free texts: the sample layout and the corpus texts without their chrome lines."""
    texts = [PLAIN]
    for path in sorted(CORPUS.glob("*.ann")):
        rows = [row.split("\t", 1) for row in path.read_text("utf-8").splitlines()]
        texts.append("\n".join(text for tag, text in rows if tag not in ("chrome", "meta")))
    return texts


VALID = _valid_texts()


@given(
    st.sampled_from(VALID),
    st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(CHROME), st.booleans()), max_size=8),
)
def test_chrome_inserted_anywhere_never_reaches_a_page_nor_removes_content(
    text: str, insertions: list[tuple[int, str, bool]]
) -> None:
    lines = text.split("\n")
    inserted: list[str] = []
    for position, chrome, own_block in insertions:
        at = position % (len(lines) + 1)
        # A line on its own, or a block of its own where a block ends: a blank line inside a
        # table or a wrapped item would change the text, not only add chrome to it.
        at_boundary = at in (0, len(lines)) or not lines[at - 1].strip()
        lines[at:at] = [chrome, ""] if own_block and at_boundary else [chrome]
        inserted.append(chrome)
    mixed = doc("\n".join(lines))
    clean = doc(text)
    assert _model(mixed) == _model(clean)
    assert (mixed.title, mixed.awarding_body) == (clean.title, clean.awarding_body)
    removed = [b.text for b in mixed.boilerplate]
    for chrome in inserted:
        assert chrome in removed


def test_chrome_is_listed_in_the_report_line_by_line(tmp_path: Path) -> None:
    content = tmp_path / "content_src"
    content.mkdir()
    page = "Skip to content\nOsmosis | StudyHub\n\nOsmosis moves water.\n\nAdvertisement\n"
    (content / "osmosis.txt").write_text(page + "Key Terms\n- Solute: what dissolves.\n")
    guide = build_guide(content, tmp_path)
    (report,) = guide.reports
    assert [(b.source.line, b.reason, b.text) for b in report.boilerplate] == [
        (1, "site chrome: navigation", "Skip to content"),
        (2, "site name in title line", "StudyHub"),
        (6, "site chrome: advertising", "Advertisement"),
    ]
    assert guide.subtopics[0].title == "Osmosis"
    assert raw(page).title == "Osmosis"
