"""Subjects: a guide of one subject (the flat ``content_src/``) or of several.

A sub-folder of ``content_src/`` holding a ``subject.yml`` is a subject: its own sources and
registries (``models.yml``, ``metadata.yml``, ``dedupe.yml``, ``lint.yml``), built as a guide of
its own and published under ``/<folder>/``::

    content_src/
      sales/subject.yml        name: Sales
                               awarding_body: Institute of Sales Professionals   (optional)
                               level: Level 4                                    (optional)
                               order: 1                                          (optional)
      sales/001_relationships.txt
      biology/subject.yml      name: Biology
      biology/cells.txt

A guide without any ``subject.yml`` is one subject, laid out as before (no folder prefix). In a
guide of several subjects, a file outside every subject folder is reported and not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from .editorfiles import read_editor_file
from .errors import RevguideError
from .model import Diagnostic, SourceRef, in_subject
from .sources import display_path, outside
from .yamlfile import integer, load, mapping, ref, text

SUBJECT_FILE = "subject.yml"
#: A subject folder's name is its URL segment: what `names.slugify` makes, so it needs no
#: escaping in a URL, an ``id`` or a CSS selector.
SUBJECT_FOLDER = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
#: Top-level names a subject folder cannot take: they are the site's own folders and pages.
RESERVED_FOLDERS = frozenset({"assets", "practice", "search", "subtopics", "print", "index"})
_TEXT_FIELDS = ("name", "awarding_body", "level")
MISPLACED = (
    f"a {SUBJECT_FILE} describes the subject of its folder: put it in a sub-folder of "
    "content_src/ with that subject's sources; not read"
)


@dataclass(frozen=True)
class Subject:
    """One subject of the guide."""

    slug: str
    """Its folder's name, its URL segment: ``sales``; ``""`` in a guide of one subject."""
    name: str
    """Display name: ``Sales``."""
    folder: Path
    """Where its sources are (``content_src/`` itself in a guide of one subject)."""
    awarding_body: str | None = None
    """Awarding body, if the subject states one."""
    level: str | None = None
    """Qualification level, if stated."""
    order: int = 0
    """Position among the subjects (then the name, then the folder)."""

    @property
    def prefix(self) -> str:
        """Docs path prefix of its pages: ``sales/``, or ``""`` in a guide of one subject."""
        return in_subject(self.slug, "")


def load_subject(path: Path, display: str, slug: str) -> Subject:
    """The subject described by ``subject.yml`` at ``path``; bad fields raise `RevguideError`
    naming ``file:line``."""
    root = load(path, display)
    if root is None:
        raise RevguideError(SourceRef(display, 1), "empty: give at least 'name: <subject name>'")
    fields: dict[str, object] = {}
    for key, value in mapping(root, display, SUBJECT_FILE):
        name = str(key.value)
        if name in _TEXT_FIELDS:
            fields[name] = text(value, display, f"'{name}'")
        elif name == "order":
            fields[name] = integer(value, display, "'order'")
        else:
            known = ", ".join((*_TEXT_FIELDS, "order"))
            raise RevguideError(ref(display, key), f"unknown field '{name}' (known: {known})")
    if "name" not in fields:
        raise RevguideError(ref(display, root), "no 'name': give the subject's name")

    def optional(name: str) -> str | None:
        value = fields.get(name)
        return str(value) if value is not None else None

    order = fields.get("order", 0)
    assert isinstance(order, int)
    return Subject(
        slug=slug,
        name=str(fields["name"]),
        folder=path.parent,
        awarding_body=optional("awarding_body"),
        level=optional("level"),
        order=order,
    )


def discover_subjects(content_dir: Path, root: Path) -> tuple[list[Subject], list[Diagnostic]]:
    """The guide's subjects in order, and problems: one unnamed subject for a flat
    ``content_src/`` (or one that does not exist: the pipeline reports it), else one per
    sub-folder with a ``subject.yml``."""
    if not content_dir.is_dir():
        return [Subject("", "", content_dir)], []
    top = content_dir / SUBJECT_FILE
    misplaced = (
        [Diagnostic(SourceRef(display_path(top, root), 1), MISPLACED)] if top.exists() else []
    )
    folders = sorted(
        p
        for p in content_dir.iterdir()
        if p.is_dir() and not p.name.startswith(".") and (p / SUBJECT_FILE).exists()
    )
    if not folders:
        return [Subject("", "", content_dir)], misplaced
    subjects: list[Subject] = []
    diagnostics: list[Diagnostic] = []
    for folder in folders:
        display = display_path(folder / SUBJECT_FILE, root)
        try:
            problem = outside(folder, content_dir)
            if problem:
                raise RevguideError(SourceRef(display, 1), problem)
            if not SUBJECT_FOLDER.fullmatch(folder.name) or folder.name in RESERVED_FOLDERS:
                raise RevguideError(
                    SourceRef(display, 1),
                    f"the folder name '{folder.name}' is the subject's web address: rename it "
                    "to lower-case letters, digits and single hyphens (not "
                    f"{', '.join(sorted(RESERVED_FOLDERS))})",
                )
            load = partial(load_subject, slug=folder.name)
            subject = read_editor_file(folder, SUBJECT_FILE, root, load)
            if subject is not None:  # None: deleted since the folder was listed
                subjects.append(subject)
        except RevguideError as exc:
            # Nothing of the folder is read: the error says so, so nothing is lost silently.
            skipped = f"{exc.message}; subject skipped (none of {folder.name}/ is read)"
            diagnostics.append(Diagnostic(exc.source, skipped, "error"))
    taken = {s.folder for s in subjects} | set(folders)
    for entry in sorted(content_dir.iterdir()):
        if entry.name.startswith(".") or entry in taken:
            continue
        where = SourceRef(display_path(entry, root), 1)
        diagnostics.append(
            Diagnostic(
                where,
                f"outside every subject folder (a folder with a {SUBJECT_FILE}); not read: "
                "move it into its subject's folder",
            )
        )
    subjects.sort(key=lambda s: (s.order, s.name.casefold(), s.slug))
    return subjects, diagnostics
