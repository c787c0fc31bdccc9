"""Text-level normalisation: one function per rule, each idempotent.

Input as scraped, output as stored in the model::

    "  •  💡When  providing evidence…"   ->  "When providing evidence…"     (clean_item)
    "Relationship-Building."             ->  "relationship building"        (item_key)

Smart punctuation (’ “ — …) is kept as written in the text shown to readers; only the
comparison key (`item_key`) folds it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

BULLET_MARKER = re.compile(
    r"""
    ^(?:
        [•·‣◦▪▫●○■□►▶➤✓✔]\s*     # symbol bullets: the space after them is optional
      | [-*+–—](?=\s)\s*          # ASCII and dash bullets: need a space, so "-5%" stays
    )
    """,
    re.VERBOSE,
)

# Characters that decorate the start of an item: emoji, pictographs, their variation
# selectors, joiners and skin-tone modifiers. Letters, digits and punctuation stop the strip.
_DECORATION_CATEGORIES = frozenset({"So", "Sk", "Cs", "Co"})
_DECORATION_CHARS = frozenset("\ufe0e\ufe0f\u200d\u20e3")

TERMINAL_PUNCTUATION = ".!?:;…"

_CURLY_QUOTES = "‘’‚“”„"
_QUOTE_FOLD = str.maketrans(_CURLY_QUOTES, "'''\"\"\"")
_KEY_DASHES = re.compile(r"[-‐‑‒–—―−/]+")
#: End punctuation folded by `item_key` (white space is a single space by then).
_KEY_TRAILING = " .,;:!?…"
WORD = re.compile(r"[^\W_]+")
_ASCII_WORD_BYTES = bytes(byte if chr(byte).isalnum() else ord(" ") for byte in range(256))
#: Control characters that are not white space: invisible in a page, and STX/ETX are
#: Python-Markdown's own placeholder marks, which it deletes from the text.
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so line numbers match what editors see."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def collapse_whitespace(text: str) -> str:
    """Runs of any white space (tabs, NBSP, line separators) become one space; ends stripped."""
    # str.split() splits on exactly the characters regex \s matches, about 4x faster.
    return " ".join(text.split())


def strip_bullet(text: str) -> tuple[str, bool]:
    """Remove one leading bullet marker; report whether there was one."""
    stripped = BULLET_MARKER.sub("", text, count=1)
    return stripped, stripped != text


def strip_decoration(text: str) -> str:
    """Remove emoji and pictographs used as markers at the start of an item."""
    start = 0
    while start < len(text):
        char = text[start]
        if (
            char.isspace()
            or char in _DECORATION_CHARS
            or unicodedata.category(char) in _DECORATION_CATEGORIES
        ):
            start += 1
        else:
            break
    return text[start:]


def clean_text(text: str) -> str:
    """NFC, control characters dropped, collapsed white space: the form every stored text has."""
    text = unicodedata.normalize("NFC", text)
    if not text.isprintable():  # nearly every line is: skip the regex
        text = CONTROL.sub("", text)
    return collapse_whitespace(text)


def clean_item(text: str) -> str:
    """`clean_text` plus bullet and leading-emoji removal, repeated until nothing changes."""
    text = clean_text(text)
    while (stripped := strip_decoration(strip_bullet(text)[0])) != text:
        text = clean_text(stripped)  # clean_text is idempotent: only stripped text needs it
    return text


# Several stages (normalise, dedupe, assemble, glossary, render) key the same texts: at 1,000
# subtopics that is 176,000 calls for 32,000 distinct texts.
@lru_cache(maxsize=1 << 16)
def item_key(text: str) -> str:
    """Comparison key: case, white space, quotes, hyphen-vs-space and end punctuation folded."""
    key = unicodedata.normalize("NFKC", text).casefold()
    ascii_only = key.isascii()
    if not ascii_only and any(quote in key for quote in _CURLY_QUOTES):  # translate is slow
        key = key.translate(_QUOTE_FOLD)
    # ASCII has two of the dashes: looking for them is far cheaper than the regex engine's
    # walk over every character.
    if not ascii_only or "-" in key or "/" in key:
        key = _KEY_DASHES.sub(" ", key)
    # rstrip, not a regex ending in "$": the engine would try that at every space.
    return collapse_whitespace(key).rstrip(_KEY_TRAILING)


def split_words(text: str) -> list[str]:
    """The runs of letters and digits (`WORD`) in ``text``, any script."""
    if text.isascii():
        # The same runs, several times faster than the regex engine: every byte but letters
        # and digits to a space, then split.
        return text.encode().translate(_ASCII_WORD_BYTES).decode().split()
    return WORD.findall(text)


def words(text: str) -> list[str]:
    """Lower-case word tokens of ``text`` (letters and digits, any script)."""
    return split_words(item_key(text))


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence punctuation (possibly before a closing bracket)."""
    stripped = text.rstrip(" )]\"'’”")
    return bool(stripped) and stripped[-1] in TERMINAL_PUNCTUATION


def shorten(text: str, limit: int = 120) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "in",
        "nor",
        "of",
        "on",
        "or",
        "the",
        "to",
        "via",
        "with",
    ]
)


def smart_title(text: str) -> str:
    """Title case for ALL-CAPS labels: ``INSTITUTE OF SALES`` -> ``Institute of Sales``."""
    out = []
    for index, word in enumerate(text.lower().split()):
        out.append(word if index and word in _SMALL_WORDS else word[:1].upper() + word[1:])
    return " ".join(out)
