"""Cross-links: where each glossary term and model lives, and where the guide mentions them.

`make_linking` decides every link target once (a term's entry, a model's place on the models
page); `Mentions` finds the mentions in a text once (`Linker.find`), for the pages, lint and
practice alike. A mention on a page is escaped link text, a validated target and the target's
key for definitions.js, nothing a source wrote::

    "Use CRM data."  ->  'Use [CRM](../glossary.md#crm){ data-rg-ref="term:crm" } data\\.'

The definitions a page links travel in its front matter (``refs``), which overrides/main.html
writes as JSON for definitions.js to show as text (tooltip and popover).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import paths
from .dialect import escape
from .glossary import Entry
from .link import Linker, Span, Target
from .registry import Model


class Mentions:
    """Where texts mention a target: each distinct text searched once, however many pages,
    lint rules and practice questions read it."""

    __slots__ = ("_found", "linker")

    def __init__(self, linker: Linker) -> None:
        self.linker = linker
        """The mention finder."""
        self._found: dict[str, list[Span]] = {}

    def spans(self, text: str) -> list[Span]:
        """The mentions in ``text``, left to right, none overlapping (do not change the list)."""
        found = self._found.get(text)
        if found is None:
            found = self._found[text] = self.linker.find(text)
        return found

    def keys(self, texts: Iterable[str]) -> set[str]:
        """Keys of every target ``texts`` mention."""
        return {span.key for text in texts for span in self.spans(text)}


@dataclass(frozen=True)
class LinkTarget:
    """Where a link key points, and what a page shows of it."""

    path: str
    """Docs path with its anchor: ``glossary.md#crm``."""
    ref: dict[str, object]
    """What the page's ``refs`` hold for it: ``{"name": ..., "text": [definitions]}``."""


@dataclass(frozen=True)
class Linking:
    """The link targets of a guide (its glossary and models) and their mentions."""

    mentions: Mentions
    """Where texts mention the targets."""
    targets: dict[str, LinkTarget]
    """Key (`term_key`, `model_key`) -> where it points."""
    digest: str
    """Stands for every target's phrases, place and definitions: equal digests link alike."""

    def inline(self, text: str, page: str, seen: set[str], exclude: str | None = None) -> str:
        """Escaped Markdown for ``text`` on docs page ``page`` with the first mention of each
        target linked. Every target mentioned, other than ``exclude``, is added to ``seen``."""
        out: list[str] = []
        position = 0
        for span in self.mentions.spans(text):
            if span.key == exclude or span.key in seen:
                continue
            seen.add(span.key)
            out.append(escape(text[position : span.start]))
            out.append(self.link(text[span.start : span.end], span.key, page))
            position = span.end
        out.append(escape(text[position:]))
        return "".join(out)

    def link(self, text: str, key: str, page: str) -> str:
        """``text`` (source text) linked from ``page`` to target ``key``: escaped text, a
        validated target, and the key for definitions.js; nothing a source wrote can end it."""
        target = paths.relative(page, self.targets[key].path)
        return f'[{escape(text)}]({target}){{ data-rg-ref="{key}" }}'

    def refs(self, keys: Iterable[str]) -> dict[str, dict[str, object]]:
        """Front matter ``refs`` of a page linking ``keys``: what definitions.js shows."""
        return {key: self.targets[key].ref for key in sorted(keys)}


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
    places = {
        model_key(m): LinkTarget(paths.model(m.slug), {"name": m.name, "text": [m.summary]})
        for m in models
    }
    places |= {
        term_key(e): LinkTarget(e.path, {"name": e.term, "text": definitions(e)}) for e in entries
    }
    described = [(t.key, t.phrases, places[t.key].path, places[t.key].ref) for t in targets]
    digest = hashlib.sha256(json.dumps(described, ensure_ascii=False).encode()).hexdigest()
    return Linking(Mentions(Linker(targets)), places, digest)


def definitions(entry: Entry) -> list[str]:
    """An entry's definitions, each attributed when it has several."""
    if len(entry.definitions) == 1:
        return [entry.summary]
    return [f"{d.text} ({d.title})" for d in entry.definitions]
