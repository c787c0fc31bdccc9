"""Section headings: which source headings mean which section kind.

Matching ignores case, ``&`` vs ``and`` and punctuation, and needs the whole line::

    "Common Misconceptions & Mistakes to Avoid"  -> misconceptions
    "COMMON MISTAKES"                            -> misconceptions
    "Assessment Guidance"                        -> exam_tips

Headings not listed here may still start a section (see `looks_like_heading`); they are kept
as ``other:<Heading>``.
"""

from __future__ import annotations

import re

from .model import OTHER_PREFIX
from .text import collapse_whitespace, ends_sentence

#: Canonical heading shown on pages for each kind.
CANONICAL: dict[str, str] = {
    "synopsis": "Synopsis",
    "overview": "Overview",
    "learning_outcomes": "Learning outcomes",
    "prior_knowledge": "Before you start",
    "key_concepts": "Key concepts",
    "exam_tips": "Exam tips",
    "misconceptions": "Common misconceptions",
    "marking_points": "Examiner marking points",
    "qualifications": "Qualifications",
}

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "synopsis": ("Topic Synopsis", "Synopsis", "Summary", "Topic Summary"),
    "overview": ("Topic Overview", "Overview", "Introduction"),
    "learning_outcomes": (
        "Learning Outcomes",
        "Learning Objectives",
        "Learning Aims",
        "Objectives",
        "Outcomes",
    ),
    "prior_knowledge": ("Before You Start", "Prior Knowledge", "Prerequisites", "Pre-requisites"),
    "key_concepts": (
        "Key Concepts & Core Principles",
        "Key Concepts",
        "Core Principles",
        "Key Terminology",
        "Key Terms",
        "Glossary",
        "Definitions",
    ),
    "exam_tips": (
        "Exam Tips & Revision Strategies",
        "Exam Tips",
        "Revision Strategies",
        "Revision Tips",
        "Assessment Guidance",
        "Assessment Tips",
    ),
    "misconceptions": (
        "Common Misconceptions & Mistakes to Avoid",
        "Common Misconceptions",
        "Misconceptions",
        "Common Mistakes",
        "Mistakes to Avoid",
        "Common Errors",
    ),
    "marking_points": (
        "Examiner Marking Points",
        "Marking Points",
        "Assessment Criteria",
        "Mark Scheme",
        "Marking Criteria",
    ),
    "qualifications": ("Qualifications", "Qualification"),
}

#: Headings recognised as headings but kept as ``other:`` sections under their own name.
_KNOWN_OTHER = ("Frequently Asked Questions", "FAQs", "FAQ", "Case Study", "Further Reading")

_PUNCTUATION = re.compile(r"[^\w\s]")
_NUMBERING = re.compile(r"^\s*(?:\#+\s*)?\d+(?:\.\d+)*[.)]?\s+")  # "2. ", "## 3.1 "


def heading_key(line: str) -> str:
    """Matching key of a heading: ``## 2. Exam Tips & Revision:`` -> ``exam tips and revision``."""
    key = _NUMBERING.sub("", line).casefold().replace("&", " and ")
    return collapse_whitespace(_PUNCTUATION.sub(" ", key))


_BY_KEY: dict[str, str] = {
    heading_key(name): kind for kind, names in _SYNONYMS.items() for name in names
} | {heading_key(name): OTHER_PREFIX + name for name in _KNOWN_OTHER}


def match_heading(line: str) -> str | None:
    """The section kind a heading line names, or ``None`` if it is not a known heading."""
    return _BY_KEY.get(heading_key(line))


MAX_HEADING_WORDS = 8


def looks_like_heading(line: str) -> bool:
    """A short line starting with a capital, with no sentence punctuation at its end."""
    words = line.split()
    return (
        0 < len(words) <= MAX_HEADING_WORDS
        and line[:1].isupper()
        and not ends_sentence(line)
        and not line.rstrip().endswith(",")
    )
