"""The guide's navigation as plain data, for any engine: `build_nav`, then `nav_config`.

The built guide (`Site`) and the paths of the hand-written pages in docs/ give a tree of
`NavLink` and `NavSection`; `nav_config` writes it in the form of mkdocs.yml's ``nav:``, which
the MkDocs adapter sets as ``config.nav`` and the Zensical build writes into its mkdocs.yml::

    - Sales Relationships Revision Guide: index.md
    - Subtopics:
      - 1–50:                       # long lists in numbered parts (`revguide.parts`)
        - Build and maintain sales relationships: subtopics/build-and-maintain-sales-....md
      - 51–100: [...]
    - Glossary: glossary.md
    - Models and frameworks: models.md
    - Examiner marking points: [marking-points/index.md, 1–50: marking-points/1-50.md, ...]
    - Print pack: print/index.md
    - Practice: [Flashcards: whole guide: practice/flashcards.md, ...]
    - accessibility.md              # hand-written pages, titled by their own heading

A guide of several subjects has a section per subject (each laid out as above), then
"Practice" (the pages spanning them all) and "All subjects" (the root pages linking each
subject's own). A centre's own ``nav:`` in mkdocs.yml wins: the adapters then use none of this.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TypeAlias

from . import paths
from .parts import parts
from .site import SUBJECT_INDEXES, Site

#: The home page: always first, titled by the guide's name.
HOME = "index.md"


@dataclass(frozen=True)
class NavLink:
    """A link to one page."""

    path: str
    """The page's docs path: ``subtopics/x.md``."""
    title: str | None
    """Its title as source text (not HTML); ``None``: the engine takes the page's heading."""


@dataclass(frozen=True)
class NavSection:
    """A titled group of entries."""

    title: str
    """Its title as source text (not HTML)."""
    entries: tuple[NavEntry, ...]
    """What it holds, in order."""


NavEntry: TypeAlias = NavLink | NavSection
"""One entry of the navigation."""


def build_nav(site: Site, documents: Iterable[str]) -> tuple[NavEntry, ...]:
    """The navigation of ``site``; ``documents`` are the docs paths of every page the engine
    found (hand-written and generated, in any order): the hand-written ones other than the
    home page come last, by path."""
    generated = {page.path for page in site.pages}
    others = sorted(set(documents) - generated - {HOME})
    whole = _links(site, paths.PROGRESS, paths.GUIDE_DECK)
    if site.subjects:
        # A section per subject, each laid out as a guide of one subject's own.
        subjects = [
            NavSection(
                s.name,
                _subject_nav(site, s.prefix, _links(site, s.prefix + paths.GUIDE_DECK)),
            )
            for s in site.subjects
        ]
        # The root pages linking each subject's own (`revguide.site.SUBJECT_INDEXES`).
        indexes = tuple(NavLink(path, title) for path, title, _ in SUBJECT_INDEXES)
        sections: tuple[NavEntry, ...] = (
            *subjects,
            NavSection("Practice", whole),
            NavSection("All subjects", indexes),
        )
    else:
        sections = _subject_nav(site, "", whole)
    return (
        # Named here, not from the page's heading: a dirty rebuild that does not render the
        # home page would read its heading's marker (`revguide.site.NAME_MARKER`) as its title.
        NavLink(HOME, site.name),
        *sections,
        *(NavLink(path, None) for path in others),
    )


def _subject_nav(site: Site, prefix: str, decks: tuple[NavLink, ...]) -> tuple[NavEntry, ...]:
    """The navigation of the pages under ``prefix`` (a subject's folder, or ``""``); its
    practice section starts with ``decks``."""
    folders = {"Flashcards by subtopic": paths.DECKS_DIR, "Quizzes": paths.QUIZZES_DIR}
    practice = tuple(
        NavSection(name, _grouped(links))
        for name, folder in folders.items()
        if (links := _links(site, prefix + folder))
    )
    return (
        NavSection("Subtopics", _grouped(_links(site, prefix + paths.SUBTOPICS_DIR))),
        _in_parts(site, "Glossary", prefix + paths.GLOSSARY, prefix + paths.GLOSSARY_DIR),
        NavLink(prefix + paths.MODELS, "Models and frameworks"),
        _in_parts(site, "Examiner marking points", prefix + paths.MARKING_POINTS_DIR),
        _in_parts(site, "Print pack", prefix + paths.PRINT_DIR),
        NavSection("Practice", (*decks, *practice)),
    )


def _grouped(links: tuple[NavLink, ...]) -> tuple[NavEntry, ...]:
    """``links``, or when there are several `parts` of them, numbered sections: "1–50"...

    With Material's ``navigation.prune`` a page holds only the links of its own section, so
    page size stays flat as a guide grows.
    """
    groups = parts(links)
    if len(groups) <= 1:
        return links
    return tuple(NavSection(group.label, tuple(group.entries)) for group in groups)


def _in_parts(site: Site, title: str, *prefixes: str) -> NavEntry:
    """A page split into parts (`revguide.parts`, the glossary's letters): a section of its
    index (untitled, named by the section), then the parts; or, when it is one page, a link to
    it. The pages are those whose paths start with one of ``prefixes``, the index first."""
    index, *others = _links(site, *prefixes)
    if not others:
        return NavLink(index.path, title)
    return NavSection(title, (NavLink(index.path, None), *others))


def _links(site: Site, *prefixes: str) -> tuple[NavLink, ...]:
    """Generated pages whose paths start with one of ``prefixes``, in site order."""
    return tuple(NavLink(p.path, p.title) for p in site.pages if p.path.startswith(prefixes))


def nav_config(nav: Iterable[NavEntry]) -> list[Any]:
    """``nav`` in the form of mkdocs.yml's ``nav:``: ``{title: path}``, ``{title: [...]}``, or
    a bare path for a page titled by its heading. Titles are escaped: Material (and Zensical)
    print them as HTML, and they are source text."""
    return [_config_entry(entry) for entry in nav]


def _config_entry(entry: NavEntry) -> Any:
    if isinstance(entry, NavSection):
        return {html.escape(entry.title): nav_config(entry.entries)}
    if entry.title is None:
        return entry.path
    return {html.escape(entry.title): entry.path}
