"""Where every generated page lives: one function per kind of page, and `relative` between two.

Paths are docs paths (``subtopics/crm-basics.md``), from the docs folder of the guide or, in a
guide of several subjects, of the subject (the site puts a subject's pages under its folder,
``sales/``; links between them stay relative, so they survive the move)::

    subtopic("crm-basics")                  -> "subtopics/crm-basics.md"
    glossary_entry("crm", "c")              -> "glossary/c.md#crm"     (a glossary split by letter)
    glossary_entry("crm")                   -> "glossary.md#crm"
    relative("subtopics/a.md", "glossary.md#crm")  -> "../glossary.md#crm"
    page_url("glossary.md#crm", True)       -> "glossary/#crm"
"""

from __future__ import annotations

SUBTOPICS_DIR = "subtopics/"
GLOSSARY = "glossary.md"
GLOSSARY_DIR = "glossary/"
MODELS = "models.md"
MARKING_POINTS_DIR = "marking-points/"
PRINT_DIR = "print/"
PRACTICE_DIR = "practice/"
DECKS_DIR = "practice/flashcards/"
QUIZZES_DIR = "practice/quiz/"
GUIDE_DECK = "practice/flashcards.md"
PROGRESS = "practice/progress.md"
PRACTICE_DATA = "practice/data.js"
EXPORTS_DIR = "practice/exports/"


def subtopic(slug: str) -> str:
    """A subtopic's page."""
    return f"{SUBTOPICS_DIR}{slug}.md"


def glossary_letter(letter: str) -> str:
    """The page of the glossary's entries under ``letter`` (a `glossary.letter_slug`)."""
    return f"{GLOSSARY_DIR}{letter}.md"


def glossary_entry(anchor: str, letter: str | None = None) -> str:
    """A glossary entry: on the glossary page, or on its ``letter``'s page when split."""
    return f"{glossary_letter(letter) if letter else GLOSSARY}#{anchor}"


def model(slug: str) -> str:
    """A model on the models page."""
    return f"{MODELS}#{slug}"


def marking_points(part: str | None = None) -> str:
    """The marking points: their index (a guide of one part: every point), or a part's page."""
    return f"{MARKING_POINTS_DIR}{part or 'index'}.md"


def print_pack(part: str | None = None) -> str:
    """The print pack: its index (a guide of one part: the whole pack), or a part's page."""
    return f"{PRINT_DIR}{part or 'index'}.md"


def deck(slug: str) -> str:
    """A subtopic's flashcards."""
    return f"{DECKS_DIR}{slug}.md"


def quiz(slug: str) -> str:
    """A subtopic's quiz."""
    return f"{QUIZZES_DIR}{slug}.md"


def export(name: str) -> str:
    """An export file of the flashcards (``revision-guide.apkg``)."""
    return f"{EXPORTS_DIR}{name}"


def relative(source: str, target: str) -> str:
    """``target`` as a link from the page ``source`` (both docs paths; ``target`` may carry a
    ``#fragment``): up to the folders they share, then down."""
    here = source.split("/")[:-1]
    there = target.split("/")
    shared = 0
    while shared < len(here) and shared < len(there) - 1 and here[shared] == there[shared]:
        shared += 1
    return "../" * (len(here) - shared) + "/".join(there[shared:])


def page_url(path: str, directory_urls: bool) -> str:
    """The URL of docs path ``path`` from the site root, as MkDocs builds it.

    ``glossary.md#crm`` -> ``glossary/#crm`` (or ``glossary.html#crm``); ``index.md`` -> ``./``.
    """
    page, hash_, fragment = path.partition("#")
    stem = page.removesuffix(".md")
    if not directory_urls:
        url = stem + ".html"
    elif stem == "index" or stem.endswith("/index"):
        url = stem.removesuffix("index") or "./"
    else:
        url = stem + "/"
    return url + hash_ + fragment
