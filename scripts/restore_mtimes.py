"""Give each file under a folder the time of the last commit that changed it.

A fresh checkout dates every file at checkout time, so the Anki export (which dates each note
by its subtopic's files: `revguide.sourcedates`) would date every note anew on every published
commit, and Anki would rewrite them all on import. With each file dated by its last commit, a
note's date changes only with a commit that changed its files. Needs the history
(``actions/checkout`` with ``fetch-depth: 0``); files with uncommitted changes keep their time.

Usage: ``python scripts/restore_mtimes.py [content_src]`` from the repository, e.g. in the Pages
workflow before the build.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

#: Each commit as a line "@<commit time>", then the paths it changed, one per line.
LOG_FORMAT = "--format=@%ct"


def last_commit_times(folder: str, cwd: Path) -> dict[str, int]:
    """Repository path -> time of the last commit that changed it, for files under ``folder``."""
    log = subprocess.run(
        ["git", "log", LOG_FORMAT, "--name-only", "--no-renames", "-z", "--", folder],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    times: dict[str, int] = {}
    when = 0
    for field in log.replace("\n", "\0").split("\0"):
        if field.startswith("@") and field[1:].isdigit():
            when = int(field[1:])
        elif field:
            times.setdefault(field, when)  # newest commit first: keep the first seen
    return times


def _dirty(folder: str, cwd: Path) -> set[str]:
    status = subprocess.run(
        ["git", "status", "--porcelain", "-z", "--no-renames", "--", folder],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {entry[3:] for entry in status.split("\0") if entry}


def restore(folder: str, cwd: Path) -> int:
    """Date the committed, unchanged files under ``folder``; returns how many were dated."""
    top = subprocess.run(
        ["git", "rev-parse", "--show-toplevel"], cwd=cwd, capture_output=True, text=True, check=True
    ).stdout.strip()
    root = Path(top)
    dirty = _dirty(folder, cwd)
    done = 0
    for path, when in last_commit_times(folder, cwd).items():
        file = root / path
        if path in dirty or not file.is_file():
            continue
        os.utime(file, (when, when), follow_symlinks=False)
        done += 1
    return done


def main() -> int:
    folder = sys.argv[1] if len(sys.argv) > 1 else "content_src"
    print(f"{folder}: {restore(folder, Path.cwd())} files dated by their last commit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
