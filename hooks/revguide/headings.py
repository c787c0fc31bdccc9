"""Section headings: which source headings mean which section kind, and what a heading looks like.

A heading's *kind* comes from its words, in two steps. First the synonym table (`_SYNONYMS`),
matched on the whole line, ignoring case, ``&`` vs ``and``, punctuation, numbering and Markdown
or bold markers. Then a keyword classifier over the usual vocabulary of awarding bodies
(`_VOCABULARY`): the line's words must name exactly one kind and add at most one word beyond
common fillers ("key", "common", "your", ...), so a sentence that merely mentions a keyword is
not a heading::

    "## 3. Key Concepts:"                        -> key_concepts      (synonym)
    "**Mark Scheme Points**"                     -> marking_points    (vocabulary)
    "What You Need To Know"                      -> learning_outcomes (vocabulary)
    "Myths and Misconceptions"                   -> misconceptions    (vocabulary)
    "WORKED EXAMPLE:"                            -> other:Worked example (a known other)
    "Common errors to avoid in your coursework"  -> None (three words beyond the keyword)
    "Unit 1 Overview"                            -> None (a number names one unit: a title)

A heading's *form* (`heading_style`) is what it looks like: Markdown ``#``, a bold-only line,
ALL CAPS, a trailing colon. A line of unknown words is still a heading when it has the form
the file's recognised headings have (see `parse`); it keeps its own section, ``other:<Heading>``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .model import OTHER_PREFIX
from .text import clean_text, collapse_whitespace, ends_sentence

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

#: The words awarding bodies and revision sites head each kind with (phrases before words).
#: ``other`` marks headings recognised as headings but kept under their own name.
_VOCABULARY: dict[str, tuple[str, ...]] = {
    "synopsis": (
        "synopsis",
        "summary",
        "in brief",
        "at a glance",
        "in a nutshell",
        "(?:key )?takeaways?",
        "key points",
    ),
    "overview": ("overview", "introduction", "intro", "background", "about this topic"),
    "learning_outcomes": (
        "learning outcomes?",
        "learning objectives?",
        "learning aims?",
        "learning goals?",
        "learning intentions?",
        "objectives?",
        "outcomes?",
        "aims?",
        "what you need to know",
        "what you should know",
        "you should be able to",
        "by the end of",
        "specification",
        "spec points?",
        "syllabus",
        "success criteria",
    ),
    "prior_knowledge": (
        "prior knowledge",
        "previous knowledge",
        "before you (?:start|begin)",
        "pre ?requisites?",
        "you should already know",
        "what you already know",
        "recap",
    ),
    "key_concepts": (
        "concepts?",
        "core principles",
        "terms",
        "terminology",
        "key words?",
        "keywords?",
        "vocabulary",
        "glossary",
        "definitions?",
        "key ideas",
        "words to know",
    ),
    "exam_tips": (
        "exam(?:ination)? (?:tips?|technique|advice|hints?|focus|skills)",
        "examiners? s? (?:tips?|advice|hints?)",
        "tips?",
        "hints?",
        "revision (?:tips?|strategies|advice)",
        "assessment (?:guidance|tips?|advice)",
        "how to answer",
        "answering questions",
        "guidance",
    ),
    "misconceptions": (
        "misconceptions?",
        "misunderstandings?",
        "mistakes?",
        "errors?",
        "pitfalls?",
        "myths?",
        "myth bust(?:ers?|ing)",
        "traps?",
        "watch out",
    ),
    "marking_points": (
        "mark(?:ing)? scheme",
        "marking (?:points?|criteria|guidance)",
        "(?:assessment|grading|pass merit distinction) criteria",
        "criteria",
        "what (?:the )?examiners? (?:look for|want|reward|expect)",
        "examiners? look for",
        "indicative content",
        "how marks are awarded",
    ),
    "qualifications": ("qualifications?", "courses?"),
    "other": (
        "worked examples?",
        "practice questions?",
        "test yourself",
        "check your (?:understanding|knowledge)",
        "(?:quick )?quiz",
        "self test",
        "questions",
        "exam questions?",
        "past paper questions?",
        "required practicals?",
        "practical skills",
        "maths skills",
        "case stud(?:y|ies)",
        "frequently asked questions",
        "faqs?",
        "further reading",
        "key dates",
        "timeline",
        "key (?:quotations|quotes)",
        "key studies",
        "evaluation",
    ),
}

#: Words a heading may add to its keyword without becoming something else.
_FILLER = frozenset(
    """a an and the of to for in on at with your you this these our topic topics unit
    key common main important top essential useful quick core general points section list
    s content students""".split()
)
_MAX_EXTRA_WORDS = 1

_PUNCTUATION = re.compile(r"[^\w\s]")
_MARKUP = re.compile(r"^\s*(?:\#+\s*|\*\*|__)|(?:\*\*|__)\s*:?\s*$")  # "## ", "**...**"
# "2. ", "1.2 ", "3) ", "iv. ", "b) ": the number of a numbered heading.
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]?|(?:[ivx]+|[a-z])[.)])\s+", re.IGNORECASE)


def heading_key(line: str) -> str:
    """Matching key of a heading: ``## 2. Exam Tips & Revision:`` -> ``exam tips and revision``."""
    key = _NUMBERING.sub("", _MARKUP.sub("", line)).casefold().replace("&", " and ")
    return collapse_whitespace(_PUNCTUATION.sub(" ", key))


_BY_KEY: dict[str, str] = {
    heading_key(name): kind for kind, names in _SYNONYMS.items() for name in names
}

_VOCABULARY_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"\b(?:{'|'.join(phrases)})\b")) for kind, phrases in _VOCABULARY.items()
)


def _vocabulary_kind(key: str) -> str | None:
    """The one kind ``key``'s words name, if they add at most one word of their own."""
    kinds: set[str] = set()
    rest = key
    for kind, pattern in _VOCABULARY_PATTERNS:
        if pattern.search(rest):
            kinds.add(kind)
            rest = pattern.sub(" ", rest)
    extra = [word for word in rest.split() if word not in _FILLER]
    if len(kinds) != 1 or len(extra) > _MAX_EXTRA_WORDS:
        return None
    if any(char.isdigit() for char in "".join(extra)):
        return None
    return kinds.pop()


def heading_name(line: str) -> str:
    """The heading's words without Markdown, bold, numbering or a final colon."""
    name = _NUMBERING.sub("", _MARKUP.sub("", clean_text(line)))
    return name.rstrip(" :").strip()


# Every stage asks about the same lines (chrome, title, heading forms, the parse itself).
@lru_cache(maxsize=1 << 16)
def match_heading(line: str) -> str | None:
    """The section kind a heading line names (``other:<Heading>`` for a known other heading),
    or ``None`` when its words are not a heading's."""
    if len(line.split(None, _MAX_LINE_WORDS)) > _MAX_LINE_WORDS:
        return None  # most lines: far too many words, whatever markup and numbering they have
    key = heading_key(line)
    if not key or len(key.split()) > MAX_HEADING_WORDS:
        return None
    kind = _BY_KEY.get(key)
    if kind is None and not (ends_sentence(line) and not line.rstrip().endswith(":")):
        kind = _vocabulary_kind(key)  # "Avoid errors." is a sentence, not a heading
    if kind == "other":
        name = heading_name(line)
        return OTHER_PREFIX + (name if not name.isupper() else name.capitalize())
    return kind


MAX_HEADING_WORDS = 8
_MAX_LINE_WORDS = MAX_HEADING_WORDS + 4  # room for "## 3." and a bold marker

#: A Markdown heading: ``## Key terms`` (level = number of ``#``).
MARKDOWN_HEADING = re.compile(r"^(?P<level>\#{1,6})\s+(?P<text>\S.*?)(?:\s+\#+)?\s*$")
#: A line that is all bold: ``**Evaluation**``, ``__Exam tips:__``.
BOLD_LINE = re.compile(r"^(?:\*\*(?P<a>[^*]+)\*\*|__(?P<b>[^_]+)__)\s*:?\s*$")


def heading_style(line: str) -> str:
    """The form of a heading line: ``markdown``, ``bold``, ``caps``, ``colon`` or ``plain``."""
    if MARKDOWN_HEADING.match(line):
        return "markdown"
    if BOLD_LINE.match(line):
        return "bold"
    if line.isupper() and sum(char.isalpha() for char in line) >= 2:
        return "caps"
    if line.rstrip().endswith(":"):
        return "colon"
    return "plain"


def looks_like_heading(line: str) -> bool:
    """A short line starting with a capital, with no sentence punctuation at its end."""
    words = line.split()
    return (
        0 < len(words) <= MAX_HEADING_WORDS
        and line[:1].isupper()
        and not ends_sentence(line)
        and not line.rstrip().endswith(",")
    )
