"""A page per subtopic, and the home page's listing of them.

Each section as the reader meets it: the synopsis as paragraphs, key concepts as a definition
list (the term linked to its glossary entry), exam tips, misconceptions and marking points as
callouts, learning outcomes numbered; every mention of a term or model linked the first time
in a section (`Linking.inline`), never inside a heading or the term's own definition::

    key concept "CRM: Use CRM data."  ->  [CRM](../glossary.md#crm){ data-rg-ref="term:crm" }
                                          :   Use CRM data\\.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from . import paths
from .blocks import item_lines
from .cache import Memo
from .dialect import Page, admonition, code, data_line, escape, front_matter, link
from .glossary import Entry, split_acronym
from .ids import outcome_id, point_id
from .linking import Linking, term_key
from .model import Item, Section, Subtopic
from .parts import parts
from .sources import editable_first
from .text import item_key

#: Admonition type and title for the three callout sections.
CALLOUTS = {
    "exam_tips": ("exam-tip", "How to score"),
    "misconceptions": ("misconception", "Avoid these mistakes"),
    "marking_points": ("marking-point", "Examiners give credit for"),
}


@dataclass(frozen=True)
class RenderedSubtopic:
    """A subtopic's sections as linked Markdown: its page, and its part of the print pack."""

    subtopic: Subtopic
    """The subtopic."""
    sections: tuple[tuple[str | None, tuple[str, ...]], ...]
    """Each section's escaped heading (``None``: the synopsis has none) and Markdown lines,
    links relative to its page (the print pack's pages are as deep, so they reuse them)."""
    practice: tuple[tuple[str, str], ...]
    """(Link text, docs path) of its flashcards and quiz."""
    mentioned: frozenset[str]
    """Keys of the glossary terms and models its text mentions (for "Used in")."""
    refs: dict[str, dict[str, object]]
    """Every target it links, by key: its front matter ``refs`` (see `Linking.refs`)."""

    @property
    def path(self) -> str:
        """Its page: ``subtopics/<slug>.md``."""
        return paths.subtopic(self.subtopic.slug)

    def page(self) -> Page:
        s = self.subtopic
        tags = [t for t in (s.awarding_body, s.level, *s.qualifications, *s.tags) if t]
        meta = front_matter(
            s.title, tags=[html.escape(t) for t in tags], refs=self.refs, print=True
        )
        lines = meta + self.body(1)
        return Page(self.path, s.title, "\n".join(lines), editable_first(s.sources))

    def body(self, level: int, title_attributes: str = "") -> list[str]:
        """The page without front matter, its title a heading of ``level``; ``title_attributes``
        (attr_list) go on the title. Below level 1 (the print pack) it has no practice links."""
        s = self.subtopic
        section_mark = "#" * (level + 1)
        lines = [f"{'#' * level} {escape(s.title)}{title_attributes}", ""]
        facts = [
            f"**{label}:** {escape(value)}"
            for label, value in (("Awarding body", s.awarding_body), ("Level", s.level))
            if value
        ]
        if facts:
            lines += [" · ".join(facts), ""]
        if self.practice and level == 1:
            links = (link(text, paths.relative(self.path, path)) for text, path in self.practice)
            lines += ["**Practise:** " + " · ".join(links), "{: .rg-practice-links }", ""]
        for heading, section in self.sections:
            lines += [f"{section_mark} {heading}", "", *section] if heading else section
        lines += [f"{section_mark} Sources", ""]
        lines += [f"- {code(source)}" for source in s.sources]
        lines.append("")
        return lines


#: (subtopic, `Linking.digest`, practice links) -> its rendering, kept between builds.
RenderMemo = Memo[tuple[Subtopic, str, tuple[tuple[str, str], ...]], RenderedSubtopic]


class _SectionWriter:
    """Links a subtopic's item text, noting what it mentions."""

    def __init__(self, subtopic: Subtopic, linking: Linking, entries: dict[str, Entry]) -> None:
        self.subtopic = subtopic
        self.page = paths.subtopic(subtopic.slug)
        self.linking = linking
        self.entries = entries
        self.mentioned: set[str] = set()
        self.linked: set[str] = set()
        """`mentioned`, and the glossary entries of the terms it defines."""

    def text(self, item_text: str, seen: set[str], exclude: str | None = None) -> str:
        linked = self.linking.inline(item_text, self.page, seen, exclude)
        self.mentioned |= seen
        return linked

    def _items(
        self,
        items: Sequence[Item],
        seen: set[str],
        entry: Callable[[Item], list[str]],
        tables: bool = True,
        depth: int = 1,
    ) -> list[str]:
        """`blocks.item_lines` with this writer's linking: children nested, tables drawn."""
        return item_lines(
            items, entry, lambda text: self.text(text, seen), escape, tables=tables, depth=depth
        )

    def _concepts(self, items: Sequence[Item]) -> list[str]:
        seen: set[str] = set()

        def entry(item: Item) -> list[str]:
            if item.term is None:
                return [f"- {self.text(item.text, seen)}", ""]
            entry = self.entries.get(item_key(split_acronym(item.term)[0]))
            own = term_key(entry) if entry else None
            term = escape(item.term)
            if own is not None:
                term = self.linking.link(item.term, own, self.page)
                self.linked.add(own)
            return [term, f":   {self.text(item.text, seen, exclude=own)}", ""]

        # A table of terms is a glossary: each row a term and its definition, as above.
        return self._items(items, seen, entry, tables=False)

    def _callout(self, section: Section) -> list[str]:
        kind, title = CALLOUTS[section.kind]
        seen: set[str] = set()

        def entry(item: Item) -> list[str]:
            if section.kind == "misconceptions" and item.correction:
                return [
                    f"- **Misconception:** {self.text(item.text, seen)}",
                    "",
                    f"    **Correction:** {self.text(item.correction, seen)}",
                    "",
                ]
            if section.kind == "marking_points":
                return [
                    f"- [ ] {self.text(item.text, seen)}",
                    data_line("point", point_id(self.subtopic.key, item.text)),
                ]
            return [f"- {self.text(item.text, seen)}"]

        # Marking points stay a checklist, a row each: every one is ticked on its own.
        body = self._items(section.items, seen, entry, tables=section.kind != "marking_points")
        return admonition(kind, title, body)

    def section(self, section: Section) -> tuple[str | None, tuple[str, ...]]:
        """The section's heading (``None``: the synopsis has none) and its Markdown."""
        seen: set[str] = set()
        if section.kind in ("synopsis", "overview"):
            paragraphs = self._items(
                section.items, seen, lambda item: [self.text(item.text, seen), ""], depth=0
            )
            heading = None if section.kind == "synopsis" else escape(section.heading)
            return heading, tuple(paragraphs)
        heading = escape(section.heading)
        if section.kind in CALLOUTS:
            return heading, tuple(self._callout(section))
        if section.kind == "key_concepts":
            return heading, tuple(self._concepts(section.items))
        if section.kind == "learning_outcomes":
            # A list of outcomes, a row each: every one is rated on its own.
            lines = self._items(
                section.items,
                seen,
                lambda item: [
                    f"1. {self.text(item.text, seen)}",
                    data_line("outcome", outcome_id(self.subtopic.key, item.text)),
                ],
                tables=False,
            )
            return heading, (*lines, "")
        lines = self._items(section.items, seen, lambda item: [f"- {self.text(item.text, seen)}"])
        return heading, (*lines, "")


def _render(
    subtopic: Subtopic,
    linking: Linking,
    entries: dict[str, Entry],
    practice: tuple[tuple[str, str], ...],
) -> RenderedSubtopic:
    writer = _SectionWriter(subtopic, linking, entries)
    sections = tuple(writer.section(section) for section in subtopic.sections)
    refs = linking.refs(writer.mentioned | writer.linked)
    return RenderedSubtopic(subtopic, sections, practice, frozenset(writer.mentioned), refs)


@dataclass(frozen=True)
class SubtopicPages:
    """What `render_subtopics` makes."""

    pages: list[Page]
    """One per subtopic."""
    rendered: list[RenderedSubtopic]
    """Their renderings, for the print pack (`render_print_pack`)."""
    used_in: dict[str, list[tuple[str, str]]]
    """Target key -> (path, title) of the subtopic pages that mention it, in guide order."""


def render_subtopics(
    subtopics: Sequence[Subtopic],
    linking: Linking,
    entries: Sequence[Entry],
    practice: Mapping[str, Sequence[tuple[str, str]]] | None = None,
    memo: RenderMemo | None = None,
) -> SubtopicPages:
    """One page per subtopic, the print pack, and which pages mention each target.

    ``practice``: slug -> (link text, docs path) of the subtopic's flashcards and quiz.
    ``memo`` keeps each subtopic's rendering for the next build (``mkdocs serve``): it is
    reused while the subtopic, its practice links and every link target are unchanged.
    """
    by_phrase = {item_key(p): e for e in entries for p in e.phrases}
    links = practice or {}
    memo = memo or Memo()
    rendered = []
    for s in subtopics:
        own = tuple(links.get(s.slug, ()))
        key = (s, linking.digest, own)
        rendered.append(memo.get(key, partial(_render, s, linking, by_phrase, own)))
    used_in: dict[str, list[tuple[str, str]]] = {}
    for r in rendered:
        for target in sorted(r.mentioned):
            used_in.setdefault(target, []).append((r.path, r.subtopic.title))
    return SubtopicPages([r.page() for r in rendered], rendered, used_in)


def render_home_listing(
    subtopics: Sequence[Subtopic], prefix: str = "", level: int = 3, titles: bool = False
) -> str:
    """Markdown listing the subtopics, for the hand-written home page: each with its synopsis,
    or in a guide of several parts, their titles under a heading per part (a page, and its
    table of contents, that do not grow with every synopsis of a large guide). Headings are of
    ``level``; ``prefix`` is the docs path prefix of the subtopics' subject (``sales/``);
    ``titles``: titles only (a subject of a large guide of several)."""
    lines: list[str] = []
    mark = "#" * level
    guide_parts = parts(subtopics)
    if len(guide_parts) > 1 or titles:
        for part in guide_parts:
            if len(guide_parts) > 1:
                lines += [f"{mark} Subtopics {part.label}", ""]
            lines += [f"- {link(s.title, prefix + paths.subtopic(s.slug))}" for s in part.entries]
            lines.append("")
        return "\n".join(lines)
    for subtopic in subtopics:
        lines += [f"{mark} {link(subtopic.title, prefix + paths.subtopic(subtopic.slug))}", ""]
        if subtopic.synopsis:
            lines += [escape(subtopic.synopsis), ""]
        if subtopic.qualifications:
            lines += [
                "*Qualifications:* " + "; ".join(escape(q) for q in subtopic.qualifications),
                "",
            ]
    return "\n".join(lines)
