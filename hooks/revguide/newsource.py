"""``python -m revguide new "Photosynthesis"``: start a subtopic as an editor source.

Writes ``content_src/photosynthesis.md`` with the title, the optional front-matter fields as
YAML comments, and every known section heading with a ``<!-- -->`` comment saying what goes
there::

    ---
    title: "Photosynthesis"
    # order: 10                   position in the guide (lower first)
    ...
    ---

    ## Synopsis

    <!-- One short paragraph: what this subtopic is about and why it matters. ... -->

    ## Key concepts

    <!-- One line per term: - **Term**: definition. ... -->

Comments are never shown, and a subtopic with no text yet is a draft (a note, no page), so the
file builds as it is; its page appears with the first line of text. Empty sections are left out
of the page: delete the ones you do not need or leave them.
"""

from __future__ import annotations

from pathlib import Path

from .editor import FRONT_MATTER_FENCE, yaml_text
from .errors import RevguideError
from .headings import CANONICAL
from .model import SECTION_KINDS, SourceRef
from .names import slugify
from .sources import EDITOR_SUFFIX, display_path
from .text import clean_text

#: What each section holds, as the comment under its heading (every kind has one).
SECTION_NOTES: dict[str, str] = {
    "synopsis": "One short paragraph: what this subtopic is about and why it matters. "
    "Learners read it first; the glossary and quiz use it too.",
    "overview": "Optional: a longer introduction, in paragraphs. Delete this section if the "
    "synopsis is enough.",
    "learning_outcomes": "A numbered list of what learners can do afterwards: "
    "1. Explain how light intensity affects the rate",
    "prior_knowledge": "What learners should know first, one '- ' line each.",
    "key_concepts": "One line per term: - **Term**: definition. Terms make the glossary, the "
    "flashcards and the links from other pages.",
    "exam_tips": "One '- ' line per tip.",
    "misconceptions": "One line per mistake: - Misconception: what learners think. "
    "Correction: what is true.",
    "marking_points": "What examiners give credit for, one '- ' line each: - Award credit for ...",
    "qualifications": "The qualifications this subtopic belongs to, one '- ' line each.",
}

#: Optional front-matter fields, written as YAML comments to uncomment.
OPTIONAL_FIELDS = (
    "# order: 10                   position in the guide (lower first)",
    "# awarding_body: Example Awarding Body",
    "# level: Level 2",
    "# tags: [biology]             extra tags",
)


def template(title: str) -> str:
    """The new editor source for ``title``."""
    lines = [FRONT_MATTER_FENCE, f"title: {yaml_text(title)}", *OPTIONAL_FIELDS, FRONT_MATTER_FENCE]
    for kind in SECTION_KINDS:
        lines += ["", f"## {CANONICAL[kind]}", "", f"<!-- {SECTION_NOTES[kind]} -->"]
    return "\n".join(lines) + "\n"


def new_source(title: str, content_dir: Path, root: Path) -> Path:
    """Write ``content_dir/<slug>.md`` for ``title``; `RevguideError` if it exists."""
    title = clean_text(title)
    if not title:
        raise RevguideError(SourceRef("title", 1), "a new subtopic needs a title with some text")
    target = content_dir / (slugify(title) + EDITOR_SUFFIX)
    if target.exists():
        raise RevguideError(
            SourceRef(display_path(target.resolve(), root), 1),
            "already exists; edit it, or choose another title",
        )
    content_dir.mkdir(parents=True, exist_ok=True)
    target.write_text(template(title), encoding="utf-8")
    return target
