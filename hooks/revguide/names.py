"""Titles and terms are names: they head pages, fill the navigation, browser tabs and link text.

Two rules keep a name honest and small, whatever a source holds; a name becomes a slug (its
page's address, an anchor) by one rule, `slugify`::

    "Pricing\u202e gnitekram"   ->  "Pricing gnitekram"   (bidi controls removed)
    "A title of 5,000 words..."  ->  "A title of ... words…" (cut at a word, with a warning)
    "Trust Equation (Maister)"  ->  "trust-equation-maister"  (slugify)

Bidirectional control characters (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C) can make
a reader see text in another order than it is stored ("Trojan Source"); no title or term needs
them. A title longer than `MAX_TITLE` characters is cut at a word boundary; a term is already
at most 80 characters (the ``Term: definition`` patterns in `normalise`).
"""

from __future__ import annotations

import re
import unicodedata

BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: Longest title kept whole: a heading that still fits a phone's first screen.
MAX_TITLE = 150


def without_bidi(text: str) -> str:
    """``text`` without bidirectional control characters."""
    return BIDI_CONTROLS.sub("", text) if not text.isascii() else text


def short_title(title: str) -> tuple[str, bool]:
    """``title`` without bidi controls, cut at a word to `MAX_TITLE` characters (plus an
    ellipsis); and whether it was cut."""
    title = without_bidi(title)
    if len(title) <= MAX_TITLE:
        return title, False
    cut = title[:MAX_TITLE].rsplit(" ", 1)[0] or title[:MAX_TITLE]
    return cut.rstrip(" ,;:-") + "…", True


SLUG_UNSAFE = re.compile(r"[^a-z0-9]+")
#: What `slugify` makes: safe in a URL, an ``id`` and a CSS selector.
SAFE_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_SLUG_LENGTH = 60
#: Slugs a subtopic cannot have: ``x/index.md`` and ``x.md`` are one URL, so a subtopic ``index``
#: would take the place of a folder's own page (its deck would replace the whole-guide deck).
RESERVED_SLUGS = frozenset({"index"})


def slugify(text: str) -> str:
    """ASCII, lower case, hyphen-separated, at most 60 characters cut at a hyphen."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = SLUG_UNSAFE.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_SLUG_LENGTH:
        slug = slug[:MAX_SLUG_LENGTH].rsplit("-", 1)[0]
    return slug or "subtopic"
