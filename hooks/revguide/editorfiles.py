"""The editor files of a guide's folder, all read by one loader, `read_editor_file`::

    content_src/metadata.yml   what raw sources lack (title, order...)   settings.load_metadata
    content_src/dedupe.yml     decisions on deduplication candidates      settings.load_overrides
    content_src/models.yml     the models and frameworks                  registry.load_models
    content_src/lint.yml       lint findings an editor accepted           settings.load_acceptances
    content_src/sales/subject.yml   a subject folder's name, order...    subjects.load_subject

(A subject folder holds its own metadata, dedupe, models and lint files.) A build reads the
first four of a folder in one call, `load_editor_files`; ``revguide import`` and the subjects'
discovery read single files with `read_editor_file`.

A file that is absent says nothing (no entries). One that cannot be used (a folder, a link out
of its folder, bad YAML, a bad field) is an error naming ``file:line``: `read_editor_file`
raises it; a build records it and goes on without the file (`load_editor_file`), or, between
the builds of ``mkdocs serve``, with what the file last gave (`Memos.last_good`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from .errors import RevguideError
from .model import Diagnostic, SourceRef
from .registry import MODELS_FILE, Model, load_models
from .settings import (
    DEDUPE_FILE,
    LINT_FILE,
    METADATA_FILE,
    Acceptance,
    FileMetadata,
    OverridePair,
    load_acceptances,
    load_metadata,
    load_overrides,
)
from .sources import display_path, outside

T = TypeVar("T")

#: Said of a file whose last good version stands in while it is broken (``mkdocs serve``).
LAST_GOOD = "the pages show this file's last good version until the problem is fixed"


def last_good_note(display: str) -> Diagnostic:
    """The error saying that the file shown as ``display`` is broken and its last good
    version is in use."""
    return Diagnostic(SourceRef(display, 1), LAST_GOOD, "error")


def read_editor_file(
    folder: Path, name: str, root: Path, load: Callable[[Path, str], T]
) -> T | None:
    """The editor file ``name`` of ``folder`` read with ``load(path, display path)``; ``None``
    when there is none. `RevguideError` (``file:line``, the path relative to ``root``) when it
    cannot be used: not a file, a symbolic link out of ``folder``, or what ``load`` raises."""
    path = folder / name
    display = display_path(path, root)
    if not path.exists() and not path.is_symlink():
        return None
    reason = outside(path, folder)
    if reason is None and not path.is_file():
        reason = "not a file (a folder, a pipe or a device); not read"
    if reason:
        raise RevguideError(SourceRef(display, 1), reason)
    return load(path, display)


def load_editor_file(
    folder: Path,
    name: str,
    root: Path,
    load: Callable[[Path, str], T],
    absent: T,
    diagnostics: list[Diagnostic],
    last_good: dict[str, Any] | None = None,
) -> T:
    """`read_editor_file` for a build: ``absent`` when there is no file, and when it cannot be
    used: then its error goes to ``diagnostics``, so nothing an editor wrote is ignored
    silently. With ``last_good`` (`Memos.last_good`), a broken file gives what it last loaded,
    if it ever did."""
    display = display_path(folder / name, root)
    try:
        loaded = read_editor_file(folder, name, root, load)
    except RevguideError as exc:
        diagnostics.append(exc.diagnostic())
        if last_good is None or display not in last_good:
            return absent
        diagnostics.append(last_good_note(display))
        kept: T = last_good[display]
        return kept
    if loaded is None:
        return absent
    if last_good is not None:
        last_good[display] = loaded
    return loaded


@dataclass(frozen=True)
class EditorFiles:
    """What the editor files of one folder (``content_src/`` or a subject's) say."""

    metadata: Mapping[str, FileMetadata]
    """``metadata.yml``: each raw source's metadata, by the source's display path."""
    overrides: tuple[OverridePair, ...]
    """``dedupe.yml``: the editors' decisions on deduplication candidates."""
    models: tuple[Model, ...]
    """``models.yml``: the models and frameworks, by name."""
    acceptances: tuple[Acceptance, ...]
    """``lint.yml``: the findings editors accepted (files named from the folder)."""
    diagnostics: tuple[Diagnostic, ...]
    """Their problems: errors (a file not used) and warnings (an entry not used)."""


def load_editor_files(
    folder: Path, root: Path, sources: set[str], last_good: dict[str, Any] | None = None
) -> EditorFiles:
    """The editor files of ``folder`` (paths in messages relative to ``root``); ``sources``
    are the names, from ``folder``, of the sources found in it (``metadata.yml`` may describe
    only those); ``last_good``: see `load_editor_file`."""
    diagnostics: list[Diagnostic] = []

    def read(name: str, load: Callable[[Path, str], T], absent: T) -> T:
        return load_editor_file(folder, name, root, load, absent, diagnostics, last_good)

    no_metadata: tuple[dict[str, FileMetadata], list[Diagnostic]] = ({}, [])
    by_name, metadata_warnings = read(
        METADATA_FILE, partial(load_metadata, known=sources), no_metadata
    )
    no_overrides: list[OverridePair] = []
    overrides = read(DEDUPE_FILE, load_overrides, no_overrides)
    no_models: tuple[tuple[Model, ...], tuple[Diagnostic, ...]] = ((), ())
    models, model_warnings = read(MODELS_FILE, load_models, no_models)
    no_acceptances: list[Acceptance] = []
    acceptances = read(LINT_FILE, load_acceptances, no_acceptances)
    prefix = display_path(folder, root)
    return EditorFiles(
        metadata={f"{prefix}/{name}": entry for name, entry in by_name.items()},
        overrides=tuple(overrides),
        models=models,
        acceptances=tuple(acceptances),
        diagnostics=(*diagnostics, *metadata_warnings, *model_warnings),
    )
