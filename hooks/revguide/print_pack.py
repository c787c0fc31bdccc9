"""The print pack: the whole guide to print or save as a PDF, then the glossary and the models.

Each subtopic starts a printed page (``{ .rg-print-subtopic }`` on its heading, see
revguide.css). A guide of one part is one page (``print/index.md``); a larger one is an index,
a page per part (``print/1-50.md``) and one for the glossary and models. The subtopics'
Markdown is the one rendered for their pages: ``print/`` is as deep as ``subtopics/``, so its
links hold.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import paths
from .dialect import Page, escape, front_matter, link
from .glossary import Entry
from .linking import Linking
from .parts import PART_SIZE, parts
from .reference_pages import GLOSSARY_TITLE, MODELS_TITLE, glossary_lines, models_lines
from .registry import Model
from .subtopic_pages import RenderedSubtopic, SubtopicPages

#: attr_list of a heading that starts a printed page (see revguide.css).
NEW_SHEET = " { .rg-print-subtopic }"
TITLE = "Print pack"
REFERENCE_TITLE = "Glossary and models"
REFERENCE_SLUG = "glossary-and-models"
INTRO = (
    "Every subtopic of the guide in order, then the glossary and the models, for printing "
    "or saving as a PDF. Each subtopic starts on a new page."
)


def render_print_pack(
    subtopics: SubtopicPages, entries: Sequence[Entry], models: Sequence[Model], linking: Linking
) -> list[Page]:
    """The whole guide for printing: one page, or an index, a page per part of the guide and
    one for the glossary and models."""
    index_path = paths.print_pack()
    guide_parts = parts(subtopics.rendered)
    reference_path = index_path if len(guide_parts) <= 1 else paths.print_pack(REFERENCE_SLUG)
    linked: set[str] = set()
    reference = _reference(entries, models, linking, subtopics, reference_path, linked)
    reference_refs = linking.refs(linked)
    if len(guide_parts) <= 1:  # an empty guide too: its print pack is the empty page
        lines = [line for r in subtopics.rendered for line in r.body(2, NEW_SHEET)]
        refs = _refs(subtopics.rendered, reference_refs)
        return [_print_part(index_path, TITLE, lines + reference, refs)]
    index = [*front_matter(TITLE, search={"exclude": True}), f"# {TITLE}", ""]
    index += [
        f"{INTRO} The guide is printed in parts of {PART_SIZE} subtopics, to keep each page "
        "quick to open:",
        "",
    ]
    printed = []
    for part in guide_parts:
        path = paths.print_pack(part.slug)
        first, last = part.entries[0].subtopic.title, part.entries[-1].subtopic.title
        target = paths.relative(index_path, path)
        index.append(f"- [Subtopics {part.label}]({target}): {escape(first)} to {escape(last)}")
        lines = [line for r in part.entries for line in r.body(2, NEW_SHEET)]
        title = f"{TITLE}: subtopics {part.label}"
        printed.append(_print_part(path, title, lines, _refs(part.entries, {})))
    if reference:
        index.append(f"- {link(REFERENCE_TITLE, paths.relative(index_path, reference_path))}")
        title = f"{TITLE}: {REFERENCE_TITLE.lower()}"
        printed.append(_print_part(reference_path, title, reference, reference_refs))
    index.append("")
    return [Page(index_path, TITLE, "\n".join(index), ()), *printed]


def _refs(
    pages: Sequence[RenderedSubtopic], more: dict[str, dict[str, object]]
) -> dict[str, dict[str, object]]:
    """The ``refs`` of a page printing ``pages`` and holding ``more``."""
    refs = {key: ref for page in pages for key, ref in page.refs.items()} | more
    return dict(sorted(refs.items()))


def _print_part(path: str, title: str, body: list[str], refs: dict[str, dict[str, object]]) -> Page:
    meta = front_matter(title, search={"exclude": True}, print=True, refs=refs)
    lines = [*meta, f"# {escape(title)}", "", INTRO, "", *body]
    return Page(path, title, "\n".join(lines), ())


def _reference(
    entries: Sequence[Entry],
    models: Sequence[Model],
    linking: Linking,
    subtopics: SubtopicPages,
    page: str,
    linked: set[str],
) -> list[str]:
    """The glossary and the models as printed on ``page``, each starting a printed page:
    headings a level down, no anchors (a term and a model may share one); the targets they
    link are added to ``linked``."""
    lines = []
    used = subtopics.used_in
    if entries:
        lines += [f"## {GLOSSARY_TITLE}{NEW_SHEET}", ""]
        lines += glossary_lines(entries, linking, models, used, page, 3, False, linked)
    if models:
        lines += [f"## {MODELS_TITLE}{NEW_SHEET}", ""]
        lines += models_lines(models, linking, used, page, 3, False, linked)
    return lines
