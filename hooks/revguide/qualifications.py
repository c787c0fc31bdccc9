"""Recognise qualification names, wherever a scrape put them::

"ISP Level 4 Diploma in Professional Sales"      -> a qualification (level 4)
"Award credit for a complete recovery plan."     -> not one (a sentence)
"""

from __future__ import annotations

import re

from .text import ends_sentence

QUALIFICATION = re.compile(
    r"""
    \b(?:award|certificate|diploma|nvq|svq|btec|gcse|a[\s-]level|t[\s-]level|hnc|hnd
        |degree|apprenticeship|qualification)s?\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
QUALIFICATION_SHAPE = re.compile(
    r"""
    \blevel\s+\d                                  # "Level 4 Diploma ..."
    | \b(?:award|certificate|diploma|degree)\s+(?:in|of)\b   # "Diploma in Sales"
    """,
    re.VERBOSE | re.IGNORECASE,
)
LEVEL = re.compile(r"\blevel\s+(\d+)", re.IGNORECASE)
MAX_QUALIFICATION_WORDS = 20


def looks_like_qualification(text: str) -> bool:
    """A short, unpunctuated name such as ``ISP Level 4 Diploma in Professional Sales``."""
    return (
        bool(QUALIFICATION.search(text))
        and bool(QUALIFICATION_SHAPE.search(text))
        and len(text.split()) <= MAX_QUALIFICATION_WORDS
        and not ends_sentence(text)
    )


def shared_level(names: list[str]) -> str | None:
    """``Level N`` when every qualification name states the same level N."""
    levels = {match.group(1) for name in names if (match := LEVEL.search(name))}
    if len(levels) == 1 and all(LEVEL.search(name) for name in names):
        return f"Level {levels.pop()}"
    return None
