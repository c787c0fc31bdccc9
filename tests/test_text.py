"""One test per text normalisation rule (revguide.text)."""

from __future__ import annotations

import pytest
from revguide.text import (
    clean_item,
    clean_text,
    ends_sentence,
    item_key,
    normalise_newlines,
    smart_title,
    strip_bullet,
    strip_decoration,
)


def test_line_endings_crlf_cr_and_mixed_become_lf() -> None:
    assert normalise_newlines("a\r\nb\rc\nd") == "a\nb\nc\nd"


def test_nfc_composes_decomposed_characters() -> None:
    assert clean_text("cafe\u0301") == "café"


def test_whitespace_tabs_nbsp_and_runs_collapse() -> None:
    assert clean_text("  a\t\u00a0 b \u2028 c  ") == "a b c"


@pytest.mark.parametrize(
    ("raw", "text", "bulleted"),
    [
        ("- item", "item", True),
        ("• item", "item", True),
        ("•item", "item", True),
        ("* item", "item", True),
        ("– item", "item", True),
        ("-5% margin", "-5% margin", False),
        ("plain", "plain", False),
    ],
)
def test_bullet_markers(raw: str, text: str, bulleted: bool) -> None:
    assert strip_bullet(raw) == (text, bulleted)


def test_leading_emoji_markers_are_removed_but_not_inner_ones() -> None:
    assert strip_decoration("💡When providing 💡 evidence") == "When providing 💡 evidence"
    assert strip_decoration("👍🏽 ok") == "ok"  # skin-tone modifier
    assert strip_decoration("✔️ done") == "done"  # variation selector


def test_clean_item_removes_bullet_then_emoji_and_keeps_smart_punctuation() -> None:
    assert clean_item("  •  💡When  ‘value’ — matters…") == "When ‘value’ — matters…"


def test_clean_item_is_idempotent_on_the_seeds_shapes() -> None:
    once = clean_item("• 💡 - nested bullet")
    assert clean_item(once) == once


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Relationship-building matters.", "relationship building matters"),
        ("Use  the   CRM;", "use the crm"),
        ("Customer’s view", "customer's view"),
        ("Ends with!", "ends with"),
    ],
)
def test_item_key_folds_case_space_hyphen_quotes_and_end_punctuation(a: str, b: str) -> None:
    assert item_key(a) == item_key(b)


def test_item_key_keeps_words_that_differ() -> None:
    assert item_key("Level 4 Diploma") != item_key("Level 4 Certificate")


def test_ends_sentence() -> None:
    assert ends_sentence("Done.")
    assert ends_sentence("(see above.)")
    assert not ends_sentence("Key Concepts")


def test_smart_title_keeps_small_words_lower() -> None:
    assert smart_title("INSTITUTE OF SALES PROFESSIONALS") == "Institute of Sales Professionals"
