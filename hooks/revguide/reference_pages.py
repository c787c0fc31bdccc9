"""The glossary and the models page: every term and model once, with where the guide uses it.

A glossary entry is the term (anchored), its other names, each definition attributed to its
subtopic, the model it names and "Used in"; a model is its name, summary, then in a folded block
its formula, diagram, components, origin and "Used in"::

    ### Customer Relationship Management (CRM) {#customer-relationship-management}
    *Also:* CRM
    Managing a company's interactions with customers\\. *([CRM basics](subtopics/crm.md))*

A glossary of more than `glossary.SPLIT_AT` entries is an A-Z index (``glossary.md``) and a
page per letter (``glossary/c.md``), each small enough for a phone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from . import paths
from .diagrams import Diagram, draw
from .dialect import Page, code, details, escape, front_matter, link
from .glossary import Entry, heading_letter
from .linking import Linking, model_key, term_key
from .registry import Model
from .text import item_key

#: Search ranking of the glossary and models pages over pages that merely mention a term;
#: models above the glossary, because a model's name is often also a glossary term.
GLOSSARY_BOOST = 4
MODELS_BOOST = 6
GLOSSARY_TITLE = "Glossary"
MODELS_TITLE = "Models and frameworks"

#: Target key -> (path, title) of the subtopic pages that mention it (`SubtopicPages.used_in`).
UsedIn = Mapping[str, Sequence[tuple[str, str]]]


def used_in(pages: Sequence[tuple[str, str]], page: str) -> list[str]:
    """Links from ``page`` to the subtopic ``pages`` (path, title) using a term or model."""
    if not pages:
        return []
    links = ", ".join(link(title, paths.relative(page, path)) for path, title in pages)
    return [f"**Used in:** {links}", ""]


def render_glossary(
    entries: Sequence[Entry], linking: Linking, models: Sequence[Model], used: UsedIn
) -> list[Page]:
    """The glossary: A-Z, one anchored entry per term; one page, or an index and a page per
    letter when the entries say so (`Entry.letter`)."""
    if not any(e.letter for e in entries):
        return [_glossary_page(paths.GLOSSARY, GLOSSARY_TITLE, entries, linking, models, used)]
    index = [*front_matter(GLOSSARY_TITLE), f"# {GLOSSARY_TITLE}", ""]
    index += [f"{len(entries)} terms, a page per letter:", ""]
    pages = []
    by_letter: dict[str, list[Entry]] = {}
    for entry in entries:  # not `groupby`: "Élan" sorts among the e's, yet is on "other"
        by_letter.setdefault(entry.letter or "", []).append(entry)
    for letter, members in sorted(by_letter.items(), key=lambda x: (x[0] == "other", x[0])):
        path = paths.glossary_letter(letter)
        shown = ", ".join(dict.fromkeys(heading_letter(e.term) for e in members))
        title = f"{GLOSSARY_TITLE}: {shown}"
        pages.append(_glossary_page(path, title, members, linking, models, used, False))
        count = f"{len(members)} term{'s' * (len(members) != 1)}"
        index.append(f"- {link(shown, paths.relative(paths.GLOSSARY, path))} ({count})")
    index.append("")
    return [Page(paths.GLOSSARY, GLOSSARY_TITLE, "\n".join(index), ()), *pages]


def _glossary_page(
    path: str,
    title: str,
    entries: Sequence[Entry],
    linking: Linking,
    models: Sequence[Model],
    used: UsedIn,
    letters: bool = True,
) -> Page:
    """A glossary page of ``entries``; ``letters``: under a heading per letter, with an A-Z
    line of links to them."""
    linked: set[str] = set()
    lines: list[str] = []
    if letters:
        shown = sorted({heading_letter(e.term) for e in entries})
        lines += [" · ".join(f"[{escape(c)}](#letter-{c.lower()})" for c in shown), ""]
    lines += glossary_lines(entries, linking, models, used, path, 2, True, linked, letters)
    # Boosted so a term or acronym finds its entry first; JSON-LD for search engines.
    meta = front_matter(
        title,
        search={"boost": GLOSSARY_BOOST},
        jsonld=_term_set(entries),
        refs=linking.refs(linked),
    )
    return Page(path, title, "\n".join([*meta, f"# {escape(title)}", "", *lines]), ())


def _term_set(entries: Sequence[Entry]) -> dict[str, object]:
    """schema.org ``DefinedTermSet`` of the glossary (JSON-LD, see overrides/main.html)."""
    return {
        "@context": "https://schema.org",
        "@type": "DefinedTermSet",
        "name": GLOSSARY_TITLE,
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


def glossary_lines(
    entries: Sequence[Entry],
    linking: Linking,
    models: Sequence[Model],
    used: UsedIn,
    page: str,
    level: int,
    anchors: bool,
    linked: set[str],
    letters: bool = True,
) -> list[str]:
    """The entries as they are on ``page``: under a heading per letter of ``level`` (unless
    ``letters`` is false: then the entries' headings are of ``level``); the targets they link
    are added to ``linked``."""
    model_for = {phrase.casefold(): m for m in models for phrase in (m.name, *m.aliases)}
    letter = None
    lines: list[str] = []
    term_level = level + 1 if letters else level
    for entry in entries:
        if letters and heading_letter(entry.term) != letter:
            letter = heading_letter(entry.term)
            anchor = f" {{#letter-{letter.lower()}}}" if anchors else ""
            lines += [f"{'#' * level} {escape(letter)}{anchor}", ""]
        anchor = f" {{#{entry.anchor}}}" if anchors else ""
        lines += [f"{'#' * term_level} {escape(entry.term)}{anchor}", ""]
        others = [p for p in entry.phrases if p != entry.term]
        if others:
            lines += ["*Also:* " + ", ".join(escape(p) for p in others), ""]
        key = term_key(entry)
        for definition in entry.definitions:
            seen: set[str] = set()
            text = linking.inline(definition.text, page, seen, exclude=key)
            linked |= seen
            where = link(
                definition.title, paths.relative(page, paths.subtopic(definition.subtopic))
            )
            lines += [f"{text} *({where})*", ""]
        model = next(
            (model_for[p.casefold()] for p in entry.phrases if p.casefold() in model_for), None
        )
        if model:
            lines += [
                f"**Model:** {link(model.name, paths.relative(page, paths.model(model.slug)))}",
                "",
            ]
        lines += used_in(used.get(key, []), page)
    return lines


def _figure(diagram: Diagram, label: str) -> str:
    """A raw HTML block holding the drawn diagram (no blank line, which would end the block)."""
    return f'<figure class="rg-diagram">{draw(diagram, label)}</figure>'


def render_models(
    models: Sequence[Model],
    linking: Linking,
    used: UsedIn,
    source: str = "content_src/models.yml",
) -> Page:
    """Models and frameworks: summary, formula, diagram, components, origin, backlinks;
    ``source`` is the registry's display path (where "edit this page" goes)."""
    linked: set[str] = set()
    lines = models_lines(models, linking, used, paths.MODELS, 2, True, linked, fold=True)
    meta = front_matter(MODELS_TITLE, search={"boost": MODELS_BOOST}, refs=linking.refs(linked))
    lines = [*meta, f"# {MODELS_TITLE}", "", *lines]
    return Page(paths.MODELS, MODELS_TITLE, "\n".join(lines), (source,))


def models_lines(
    models: Sequence[Model],
    linking: Linking,
    used: UsedIn,
    page: str,
    level: int,
    anchors: bool,
    linked: set[str],
    fold: bool = False,
) -> list[str]:
    """Each model as it is on ``page``, under a heading of ``level``, its summary, then the rest
    (``fold``: in a closed block, so a phone scrolls past a model in a screen); the targets
    they link are added to ``linked``."""
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
        lines += [linking.inline(model.summary, page, seen, exclude=key), ""]
        parts: list[str] = []
        if model.formula:
            parts += [f"**Formula:** {code(model.formula)}", ""]
        if model.diagram:
            parts += [_figure(model.diagram, f"Diagram: {model.name}"), ""]
        for component in model.components:
            parts += [
                f"{escape(component.name)}",
                f":   {linking.inline(component.description, page, seen, exclude=key)}",
                "",
            ]
        origin = f"{escape(model.origin.author)} ({escape(model.origin.year)})"
        if model.origin.work:
            origin += f", *{escape(model.origin.work)}*"
        parts += [f"**Origin:** {origin}", ""]
        parts += used_in(used.get(key, []), page)
        lines += details("rg-model", _fold_summary(model), parts) if fold else parts
        linked |= seen
    return lines


def _fold_summary(model: Model) -> str:
    """What a model's folded block holds: ``Trust Equation: formula, 4 parts and origin``."""
    held = [
        *(["formula"] if model.formula else []),
        *(["diagram"] if model.diagram else []),
        *([f"{len(model.components)} parts"] if model.components else []),
        "origin",
    ]
    listed = f"{', '.join(held[:-1])} and {held[-1]}" if len(held) > 1 else held[0]
    return f"{model.name}: {listed}"
