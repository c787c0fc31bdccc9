"""When each subtopic's inputs last changed: the dates Anki compares to update imported notes.

Anki's import updates a note only when the package's copy is newer ("update if newer"), so a
note's modification time must grow when its content changes, and should stay put when it does
not (a learner's own edit in Anki then survives re-imports). A subtopic's date is the newest
modification time, in whole seconds, of its source files and of the editor files that can change
any subtopic::

    content_src/crm.md           modified 2026-11-30 10:00:00 UTC   subtopic crm -> 1796032800
    content_src/metadata.yml     modified 2026-11-29 09:00:00       (older: does not count)
    content_src/dedupe.yml       absent

With ``SOURCE_DATE_EPOCH`` set (the reproducible-builds convention; the Pages workflow sets the
commit time) every date is clamped to it: a fresh checkout, whose files are all "modified" at
checkout time, dates every subtopic at the commit, which is newer than the previous commit's.
The workflow first dates each file by its last commit (``scripts/restore_mtimes.py``), so a
commit re-dates only the subtopics whose files it changed.

Why modification times and not a build date or a content digest: one date for the whole build
would date every note anew whenever any file changes, and a digest has no order (a changed
note's digest is not "newer"). A file's modification time only grows when the file is written,
needs no state between builds, and the same files on disk give the same dates. The limit of a
stateless date: a note is dated by the subtopics it comes from now, so when an edit removes one
of its subtopics (a term dropped from one of two subtopics defining it), nothing dates the
change until a remaining subtopic's file is saved.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from .model import Subtopic
from .settings import DEDUPE_FILE, METADATA_FILE

EPOCH_VARIABLE = "SOURCE_DATE_EPOCH"
#: Editor files that can change any subtopic's titles, qualifications or merged items.
SHARED_FILES = (METADATA_FILE, DEDUPE_FILE)


def epoch_from(environ: Mapping[str, str]) -> int | None:
    """``SOURCE_DATE_EPOCH`` from ``environ`` as an integer, or None when unset or not a number."""
    value = environ.get(EPOCH_VARIABLE, "").strip()
    return int(value) if value.isdigit() else None


def _modified(path: Path) -> int | None:
    try:
        return int(path.stat().st_mtime)
    except OSError:  # removed or unreadable since it was read: it dates nothing
        return None


def subtopic_dates(
    subtopics: Sequence[Subtopic], content_dir: Path, root: Path, epoch: int | None
) -> dict[str, int]:
    """Slug -> date (seconds since 1970) of each subtopic, as the module docstring describes."""
    shared = [_modified(content_dir / name) for name in SHARED_FILES]
    dates = {}
    for subtopic in subtopics:
        # Source paths are relative to the project root (`model.Subtopic.sources`).
        own = [_modified(root / source) for source in subtopic.sources]
        date = max((d for d in (*own, *shared) if d is not None), default=0)
        dates[subtopic.slug] = date if epoch is None else min(date, epoch)
    return dates
