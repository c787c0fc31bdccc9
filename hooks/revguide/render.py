"""Render the guide as Markdown pages: one per subtopic, the glossary, models, marking points.

Source text is text: every character that Markdown or HTML could read as markup is
backslash-escaped (`escape`, relying on ``pymdownx.escapeall``), so ``<script>`` shows as
``<script>``. Mentions of glossary terms and models become links with the definition as their
entry as a data attribute, the first mention per section only, never inside headings or the
term's own definition::

    "Use CRM data."  ->  'Use [CRM](../glossary.md#crm){ data-rg-ref="term:crm" } data\\.'

No source text goes into link syntax but the escaped link text: the target is a validated
anchor, and the definitions a page links to travel in its front matter (``refs``), which
overrides/main.html writes as JSON for definitions.js to show as text (tooltip and popover).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from .blocks import item_lines
from .cache import Memo
from .diagrams import Diagram, draw
from .editor import editable_first
from .glossary import Entry, split_acronym
from .ids import outcome_id, point_id
from .link import Linker, Target
from .model import Item, Section, Subtopic
from .parts import PART_SIZE, parts
from .registry import Model
from .text import item_key

#: ASCII characters escaped in source text (``pymdownx.escapeall`` makes every one escapable),
#: as the body of a regex character class. ``?`` opens a ``pymdownx.details`` block (``??? tip``).
MARKUP_CHARS = r"\\`*_{}\[\]()#+\-.!?<>&|~^=:$@"
MARKUP = re.compile(f"([{MARKUP_CHARS}])")
BACKTICKS = re.compile(r"`+")
#: Characters YAML rejects in a file or folds as line breaks (JSON has them only inside strings).
YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029]")
#: Search ranking of the glossary and models pages over pages that merely mention a term;
#: models above the glossary, because a model's name is often also a glossary term.
GLOSSARY_BOOST = 4
MODELS_BOOST = 6

#: Admonition type and title for the three callout sections.
CALLOUTS = {
    "exam_tips": ("exam-tip", "How to score"),
    "misconceptions": ("misconception", "Avoid these mistakes"),
    "marking_points": ("marking-point", "Examiners give credit for"),
}
INDENT = "    "


def escape(text: str) -> str:
    """``text`` as literal Markdown: markup characters backslash-escaped, and ``<`` written
    ``&lt;``: Python-Markdown's raw-HTML block reader runs before escapes are read, so a
    source's ``\\<e`` could open a tag there that swallows the page's next HTML block
    (``revguide.literal`` reads ``&lt;`` as an escaped ``<``)."""
    return MARKUP.sub(r"\\\1", text).replace("\\<", "&lt;")


@dataclass(frozen=True)
class Page:
    """A generated Markdown page."""

    path: str
    """Path inside the docs tree: ``subtopics/<slug>.md``."""
    title: str
    """Page title."""
    content: str
    """Markdown, front matter included."""
    sources: tuple[str, ...]
    """Source files behind the page; the first is what "edit this page" opens (`editable_first`)."""


@dataclass(frozen=True)
class Asset:
    """A generated file other than a page, copied into the site as is (practice data, exports)."""

    path: str
    """Path inside the docs tree: ``practice/data.js``."""
    content: str | bytes
    """Its text."""


@dataclass(frozen=True)
class _Link:
    url: str
    """URL from the site root's docs folder (``glossary.md#crm``)."""
    ref: dict[str, object]
    """What the page's ``refs`` hold for it: ``{"name": ..., "text": [definitions]}``."""


@dataclass(frozen=True)
class Linking:
    """Targets for cross-links."""

    linker: Linker
    """The mention finder."""
    links: dict[str, _Link]
    """Target key -> where it points."""
    digest: str
    """Stands for every target's phrases, URL and tooltip: equal digests link text alike."""

    def inline(self, text: str, up: str, seen: set[str], exclude: str | None = None) -> str:
        """Escaped Markdown for ``text`` with the first mention of each target linked, its URL
        prefixed with ``up`` (``../`` from a page one folder deep). Every target mentioned,
        other than ``exclude``, is added to ``seen``."""
        out: list[str] = []
        position = 0
        for span in self.linker.find(text):
            if span.key == exclude or span.key in seen:
                continue
            seen.add(span.key)
            out.append(escape(text[position : span.start]))
            out.append(self.link(text[span.start : span.end], span.key, up))
            position = span.end
        out.append(escape(text[position:]))
        return "".join(out)

    def link(self, text: str, key: str, up: str) -> str:
        """``text`` (source text) linked to target ``key``: escaped text, a validated anchor,
        and the key for definitions.js; nothing a source wrote can end the link."""
        return f'[{escape(text)}]({up}{self.links[key].url}){{ data-rg-ref="{key}" }}'

    def refs(self, keys: Iterable[str]) -> dict[str, dict[str, object]]:
        """Front matter ``refs`` of a page linking ``keys``: what definitions.js shows."""
        return {key: self.links[key].ref for key in sorted(keys)}


def term_key(entry: Entry) -> str:
    """Link key of a glossary entry."""
    return "term:" + entry.anchor


def model_key(model: Model) -> str:
    """Link key of a model."""
    return "model:" + model.slug


def make_linking(entries: Sequence[Entry], models: Sequence[Model]) -> Linking:
    """Models first: a phrase that names a model links to the model."""
    targets = [Target(model_key(m), (m.name, *m.aliases)) for m in models]
    targets += [Target(term_key(e), e.phrases) for e in entries]
    links = {
        model_key(m): _Link(f"models.md#{m.slug}", {"name": m.name, "text": [m.summary]})
        for m in models
    }
    links |= {
        term_key(e): _Link(f"glossary.md#{e.anchor}", {"name": e.term, "text": _definitions(e)})
        for e in entries
    }
    described = [(t.key, t.phrases, links[t.key].url, links[t.key].ref) for t in targets]
    digest = hashlib.sha256(json.dumps(described, ensure_ascii=False).encode()).hexdigest()
    return Linking(Linker(targets), links, digest)


def _definitions(entry: Entry) -> list[str]:
    """An entry's definitions, each attributed when it has several."""
    if len(entry.definitions) == 1:
        return [entry.summary]
    return [f"{d.text} ({d.title})" for d in entry.definitions]


def _term_set(entries: Sequence[Entry]) -> dict[str, object]:
    """schema.org ``DefinedTermSet`` of the glossary (JSON-LD, see overrides/main.html)."""
    return {
        "@context": "https://schema.org",
        "@type": "DefinedTermSet",
        "name": "Glossary",
        "hasDefinedTerm": [
            {
                "@type": "DefinedTerm",
                "@id": f"#{entry.anchor}",
                "name": entry.term,
                "description": entry.summary,
                **({"alternateName": list(entry.phrases[1:])} if len(entry.phrases) > 1 else {}),
            }
            for entry in entries
        ],
    }


def front_matter(title: str, **extra: object) -> list[str]:
    """YAML front matter lines: the title, then each non-empty ``extra`` value, as JSON.

    MkDocs and the theme treat a page's title (and its tags) as HTML, as the titles MkDocs takes
    from a page's ``#`` heading are, so the title is HTML-escaped: ``<b>`` stays text in the nav.
    """
    lines = ["---", f"title: {_yaml_json(html.escape(title))}"]
    for key, value in extra.items():
        if value:
            lines.append(f"{key}: {_yaml_json(value)}")
    return [*lines, "---", ""]


def _yaml_json(value: object) -> str:
    """``value`` as JSON that YAML reads back unchanged: characters YAML cannot hold as they
    are (C1 controls, DEL) or reads as line breaks are written as ``\\u`` escapes."""
    return YAML_UNSAFE.sub(
        lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False)
    )


def _indent(lines: Iterable[str]) -> list[str]:
    return [INDENT + line if line else "" for line in lines]


def _item_id(attribute: str, value: str) -> str:
    """An ``attr_list`` line giving the list item it follows a ``data-rg-*`` id (for progress)."""
    return f'{INDENT}{{: data-rg-{attribute}="{value}" }}'


@dataclass(frozen=True)
class RenderedSubtopic:
    """A subtopic's sections as linked Markdown: its page, and its part of the print pack."""

    subtopic: Subtopic
    """The subtopic."""
    sections: tuple[tuple[str | None, tuple[str, ...]], ...]
    """Each section's escaped heading (``None``: the synopsis has none) and Markdown lines,
    links relative to a page one folder deep (``subtopics/``, ``print/``)."""
    practice: tuple[tuple[str, str], ...]
    """(Link text, docs path) of its flashcards and quiz."""
    mentioned: frozenset[str]
    """Keys of the glossary terms and models its text mentions (for "Used in")."""
    refs: dict[str, dict[str, object]]
    """Every target it links, by key: its front matter ``refs`` (see `Linking.refs`)."""

    @property
    def path(self) -> str:
        """Its page: ``subtopics/<slug>.md``."""
        return f"{SUBTOPICS_DIR}/{self.subtopic.slug}.md"

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
            links = (f"[{escape(text)}](../{path})" for text, path in self.practice)
            lines += ["**Practise:** " + " · ".join(links), "{: .rg-practice-links }", ""]
        for heading, section in self.sections:
            lines += [f"{section_mark} {heading}", "", *section] if heading else section
        lines += [f"{section_mark} Sources", ""]
        lines += [f"- {_code(source)}" for source in s.sources]
        lines.append("")
        return lines


#: Subtopic pages' folder; the print pack's is as deep, so it reuses their links.
SUBTOPICS_DIR = "subtopics"
PRINT_DIR = "print"
#: (subtopic, `Linking.digest`, practice links) -> its rendering, kept between builds.
RenderMemo = Memo[tuple[Subtopic, str, tuple[tuple[str, str], ...]], RenderedSubtopic]


class _SectionWriter:
    """Links a subtopic's item text, noting what it mentions."""

    def __init__(self, subtopic: Subtopic, linking: Linking, entries: dict[str, Entry]) -> None:
        self.subtopic = subtopic
        self.linking = linking
        self.entries = entries
        self.mentioned: set[str] = set()
        self.linked: set[str] = set()
        """`mentioned`, and the glossary entries of the terms it defines."""

    def text(self, item_text: str, seen: set[str], exclude: str | None = None) -> str:
        linked = self.linking.inline(item_text, "../", seen, exclude)
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
                term = self.linking.link(item.term, own, "../")
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
                    _item_id("point", point_id(self.subtopic.key, item.text)),
                ]
            return [f"- {self.text(item.text, seen)}"]

        # Marking points stay a checklist, a row each: every one is ticked on its own.
        body = self._items(section.items, seen, entry, tables=section.kind != "marking_points")
        return [f'!!! {kind} "{title}"', "", *_indent(body), ""]

    def section(self, section: Section) -> tuple[str | None, tuple[str, ...]]:
        """The section's heading (``None``: the synopsis has none) and its Markdown."""
        seen: set[str] = set()
        if section.kind in ("synopsis", "overview"):
            paragraphs = self._items(
                section.items, seen, lambda item: [self.text(item.text, seen), ""], depth=0
            )
            return (None if section.kind == "synopsis" else escape(section.heading)), tuple(
                paragraphs
            )
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
                    _item_id("outcome", outcome_id(self.subtopic.key, item.text)),
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


#: attr_list of a heading that starts a printed page (see revguide.css).
NEW_SHEET = " { .rg-print-subtopic }"
REFERENCE_TITLE = "Glossary and models"


def render_print_pack(
    subtopics: SubtopicPages, entries: Sequence[Entry], models: Sequence[Model], linking: Linking
) -> list[Page]:
    """The whole guide for printing, each subtopic starting a printed page, then the glossary
    and the models: one page, or an index, a page per part of the guide and one for the
    glossary and models."""
    intro = (
        "Every subtopic of the guide in order, then the glossary and the models, for printing "
        "or saving as a PDF. Each subtopic starts on a new page."
    )
    linked: set[str] = set()
    reference = _reference(entries, models, linking, subtopics.used_in, linked)
    reference_refs = linking.refs(linked)
    guide_parts = parts(subtopics.rendered)
    if len(guide_parts) <= 1:  # an empty guide too: its print pack is the empty page
        lines = [line for r in subtopics.rendered for line in r.body(2, NEW_SHEET)]
        refs = _refs(subtopics.rendered, reference_refs)
        return [_print_part(f"{PRINT_DIR}/index.md", "Print pack", intro, lines + reference, refs)]
    index = [*front_matter("Print pack", search={"exclude": True}), "# Print pack", ""]
    index += [
        f"{intro} The guide is printed in parts of {PART_SIZE} subtopics, to keep each page "
        "quick to open:",
        "",
    ]
    printed = []
    for part in guide_parts:
        path = f"{PRINT_DIR}/{part.slug}.md"
        first, last = part.entries[0].subtopic.title, part.entries[-1].subtopic.title
        index.append(
            f"- [Subtopics {part.label}]({part.slug}.md): {escape(first)} to {escape(last)}"
        )
        lines = [line for r in part.entries for line in r.body(2, NEW_SHEET)]
        title = f"Print pack: subtopics {part.label}"
        printed.append(_print_part(path, title, intro, lines, _refs(part.entries, {})))
    if reference:
        slug = "glossary-and-models"
        index.append(f"- [{REFERENCE_TITLE}]({slug}.md)")
        title = f"Print pack: {REFERENCE_TITLE.lower()}"
        printed.append(
            _print_part(f"{PRINT_DIR}/{slug}.md", title, intro, reference, reference_refs)
        )
    index.append("")
    return [Page(f"{PRINT_DIR}/index.md", "Print pack", "\n".join(index), ()), *printed]


def _refs(
    pages: Sequence[RenderedSubtopic], more: dict[str, dict[str, object]]
) -> dict[str, dict[str, object]]:
    """The ``refs`` of a page printing ``pages`` and holding ``more``."""
    refs = {key: ref for page in pages for key, ref in page.refs.items()} | more
    return dict(sorted(refs.items()))


def _print_part(
    path: str, title: str, intro: str, body: list[str], refs: dict[str, dict[str, object]]
) -> Page:
    meta = front_matter(title, search={"exclude": True}, print=True, refs=refs)
    lines = [*meta, f"# {escape(title)}", "", intro, "", *body]
    return Page(path, title, "\n".join(lines), ())


def _reference(
    entries: Sequence[Entry],
    models: Sequence[Model],
    linking: Linking,
    used_in: Mapping[str, Sequence[tuple[str, str]]],
    linked: set[str],
) -> list[str]:
    """The glossary and the models for the print pack, each starting a printed page: headings
    a level down, links from a page one folder deep, no anchors (a term and a model may share
    one); the targets they link are added to ``linked``."""
    lines = []
    if entries:
        lines += [f"## Glossary{NEW_SHEET}", ""]
        lines += _glossary_lines(entries, linking, models, used_in, 3, "../", False, linked)
    if models:
        lines += [f"## Models and frameworks{NEW_SHEET}", ""]
        lines += _models_lines(models, linking, used_in, 3, "../", False, linked)
    return lines


def _used_in(pages: Sequence[tuple[str, str]], up: str) -> list[str]:
    """Links to the subtopic ``pages`` (path, title), prefixed with ``up``."""
    if not pages:
        return []
    links = ", ".join(f"[{escape(title)}]({up}{path})" for path, title in pages)
    return [f"**Used in:** {links}", ""]


def render_glossary(
    entries: Sequence[Entry], linking: Linking, models: Sequence[Model], subtopics: SubtopicPages
) -> Page:
    """The glossary: A-Z, one anchored entry per term, definitions attributed, "Used in"."""
    path = "glossary.md"
    linked: set[str] = set()
    letters = sorted({e.term[:1].upper() for e in entries})
    lines = [" · ".join(f"[{escape(c)}](#letter-{c.lower()})" for c in letters), ""]
    lines += _glossary_lines(
        entries, linking, models, subtopics.used_in, 2, "", anchors=True, linked=linked
    )
    # Boosted so a term or acronym finds its entry first; JSON-LD for search engines.
    meta = front_matter(
        "Glossary",
        search={"boost": GLOSSARY_BOOST},
        jsonld=_term_set(entries),
        refs=linking.refs(linked),
    )
    return Page(path, "Glossary", "\n".join([*meta, "# Glossary", "", *lines]), ())


def _glossary_lines(
    entries: Sequence[Entry],
    linking: Linking,
    models: Sequence[Model],
    used_in: Mapping[str, Sequence[tuple[str, str]]],
    level: int,
    up: str,
    anchors: bool,
    linked: set[str],
) -> list[str]:
    """The entries under a heading per letter of ``level``; links prefixed with ``up``; the
    targets they link are added to ``linked``."""
    model_for = {phrase.casefold(): m for m in models for phrase in (m.name, *m.aliases)}
    letter = None
    lines: list[str] = []
    for entry in entries:
        if entry.term[:1].upper() != letter:
            letter = entry.term[:1].upper()
            anchor = f" {{#letter-{letter.lower()}}}" if anchors else ""
            lines += [f"{'#' * level} {escape(letter)}{anchor}", ""]
        anchor = f" {{#{entry.anchor}}}" if anchors else ""
        lines += [f"{'#' * (level + 1)} {escape(entry.term)}{anchor}", ""]
        others = [p for p in entry.phrases if p != entry.term]
        if others:
            lines += ["*Also:* " + ", ".join(escape(p) for p in others), ""]
        key = term_key(entry)
        for definition in entry.definitions:
            seen: set[str] = set()
            text = linking.inline(definition.text, up, seen, exclude=key)
            linked |= seen
            where = f"[{escape(definition.title)}]({up}subtopics/{definition.subtopic}.md)"
            lines += [f"{text} *({where})*", ""]
        model = next(
            (model_for[p.casefold()] for p in entry.phrases if p.casefold() in model_for), None
        )
        if model:
            lines += [f"**Model:** [{escape(model.name)}]({up}models.md#{model.slug})", ""]
        lines += _used_in(used_in.get(key, []), up)
    return lines


def _code(text: str) -> str:
    """``text`` as a code span whose fence is longer than any run of backticks in it."""
    longest = max((len(run) for run in BACKTICKS.findall(text)), default=0)
    fence = "`" * (longest + 1)
    return f"{fence} {text} {fence}" if longest else f"{fence}{text}{fence}"


def _figure(diagram: Diagram, label: str) -> str:
    """A raw HTML block holding the drawn diagram (no blank line, which would end the block)."""
    return f'<figure class="rg-diagram">{draw(diagram, label)}</figure>'


def render_models(
    models: Sequence[Model],
    linking: Linking,
    subtopics: SubtopicPages,
    source: str = "content_src/models.yml",
) -> Page:
    """Models and frameworks: summary, formula, diagram, components, origin, backlinks;
    ``source`` is the registry's display path (where "edit this page" goes)."""
    path = "models.md"
    linked: set[str] = set()
    lines = _models_lines(models, linking, subtopics.used_in, 2, "", True, linked, fold=True)
    meta = front_matter(
        "Models and frameworks", search={"boost": MODELS_BOOST}, refs=linking.refs(linked)
    )
    lines = [*meta, "# Models and frameworks", "", *lines]
    return Page(path, "Models and frameworks", "\n".join(lines), (source,))


def _models_lines(
    models: Sequence[Model],
    linking: Linking,
    used_in: Mapping[str, Sequence[tuple[str, str]]],
    level: int,
    up: str,
    anchors: bool,
    linked: set[str],
    fold: bool = False,
) -> list[str]:
    """Each model under a heading of ``level``, its summary, then the rest (``fold``: in a
    closed block, so a phone scrolls past a model in a screen); links prefixed with ``up``; the
    targets they link are added to ``linked``."""
    lines: list[str] = []
    for model in models:
        key = model_key(model)
        seen: set[str] = set()
        anchor = f" {{#{model.slug}}}" if anchors else ""
        lines += [f"{'#' * level} {escape(model.name)}{anchor}", ""]
        if model.aliases:
            # Spelling variants kept for linking (’ vs ') read as repeats: show each name once.
            shown = {
                item_key(a): a
                for a in reversed(model.aliases)
                if item_key(a) != item_key(model.name)
            }
            names = sorted(shown.values(), key=model.aliases.index)
            if names:
                lines += ["*Also called:* " + ", ".join(escape(a) for a in names), ""]
        lines += [linking.inline(model.summary, up, seen, exclude=key), ""]
        details: list[str] = []
        if model.formula:
            details += [f"**Formula:** {_code(model.formula)}", ""]
        if model.diagram:
            details += [_figure(model.diagram, f"Diagram: {model.name}"), ""]
        for component in model.components:
            details += [
                f"{escape(component.name)}",
                f":   {linking.inline(component.description, up, seen, exclude=key)}",
                "",
            ]
        origin = f"{escape(model.origin.author)} ({escape(model.origin.year)})"
        if model.origin.work:
            origin += f", *{escape(model.origin.work)}*"
        details += [f"**Origin:** {origin}", ""]
        details += _used_in(used_in.get(key, []), up)
        lines += _folded(model, details) if fold else details
        linked |= seen
    return lines


def _folded(model: Model, lines: list[str]) -> list[str]:
    """``lines`` in a closed ``<details>`` (md_in_html) whose summary says what it holds."""
    held = [
        *(["formula"] if model.formula else []),
        *(["diagram"] if model.diagram else []),
        *([f"{len(model.components)} parts"] if model.components else []),
        "origin",
    ]
    listed = f"{', '.join(held[:-1])} and {held[-1]}" if len(held) > 1 else held[0]
    summary = f"{model.name}: {listed}"
    return [
        '<details class="rg-model" markdown="1">',
        f"<summary>{html.escape(summary)}</summary>",
        "",
        *lines,
        "</details>",
        "",
    ]


#: The marking points' folder: their index page, and a page per part of a large guide.
MARKING_POINTS_DIR = "marking-points"
MARKING_POINTS_TITLE = "Examiner marking points"


def render_marking_points(subtopics: Sequence[Subtopic]) -> list[Page]:
    """Every examiner marking point, grouped by subtopic, as a checklist: one page, or an
    index and one page per part of the guide (the parts without marking points left out)."""
    guide_parts = [p for p in parts(subtopics) if any(s.items("marking_points") for s in p.entries)]
    index = f"{MARKING_POINTS_DIR}/index.md"
    if len(guide_parts) <= 1:
        return [_marking_points_part(index, MARKING_POINTS_TITLE, subtopics)]
    lines = [*front_matter(MARKING_POINTS_TITLE), f"# {MARKING_POINTS_TITLE}", ""]
    lines += [f"What examiners give credit for, in parts of {PART_SIZE} subtopics:", ""]
    pages = []
    for part in guide_parts:
        title = f"{MARKING_POINTS_TITLE}: subtopics {part.label}"
        count = sum(len(s.items("marking_points")) for s in part.entries)
        lines.append(f"- [Subtopics {part.label}]({part.slug}.md): {count} marking points")
        pages.append(
            _marking_points_part(f"{MARKING_POINTS_DIR}/{part.slug}.md", title, part.entries)
        )
    lines.append("")
    return [Page(index, MARKING_POINTS_TITLE, "\n".join(lines), ()), *pages]


def _point(key: str, item: Item) -> list[str]:
    """A marking point of subtopic ``key`` as a checklist entry (its nested items follow)."""
    return [f"- [ ] {escape(item.text)}", _item_id("point", point_id(key, item.text))]


def _marking_points_part(path: str, title: str, subtopics: Sequence[Subtopic]) -> Page:
    lines = [*front_matter(title), f"# {escape(title)}", ""]
    up = "../" * path.count("/")
    for subtopic in subtopics:
        items = subtopic.items("marking_points")
        if not items:
            continue
        lines += [f"## [{escape(subtopic.title)}]({up}subtopics/{subtopic.slug}.md)", ""]
        lines += item_lines(
            items,
            partial(_point, subtopic.key),
            escape,
            escape,
            tables=False,
        )
        lines.append("")
    return Page(path, title, "\n".join(lines), ())


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
            lines += [f"- [{escape(s.title)}]({prefix}subtopics/{s.slug}.md)" for s in part.entries]
            lines.append("")
        return "\n".join(lines)
    for subtopic in subtopics:
        lines += [f"{mark} [{escape(subtopic.title)}]({prefix}subtopics/{subtopic.slug}.md)", ""]
        if subtopic.synopsis:
            lines += [escape(subtopic.synopsis), ""]
        if subtopic.qualifications:
            lines += [
                "*Qualifications:* " + "; ".join(escape(q) for q in subtopic.qualifications),
                "",
            ]
    return "\n".join(lines)
