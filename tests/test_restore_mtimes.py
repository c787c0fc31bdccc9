"""scripts/restore_mtimes.py: a fresh checkout's files dated by their last commits, so the
published Anki deck dates a note anew only when a commit changed its subtopic's files."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import ROOT
from helpers import write
from revguide.exports import ANKI_FILE
from revguide.paths import export
from revguide.site import build_site

FIRST, SECOND, CHECKOUT = 1_800_000_000, 1_800_000_500, 1_900_000_000


def _git(repo: Path, *args: str, when: int | None = None) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    if when is not None:
        env |= {"GIT_AUTHOR_DATE": f"@{when} +0000", "GIT_COMMITTER_DATE": f"@{when} +0000"}
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


def _subtopic(term: str) -> str:
    return f"---\ntitle: {term} page\n---\n## Key concepts\n\n- **{term}**: About {term}.\n"


def test_files_get_their_last_commit_times_and_notes_keep_their_dates(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    content = repo / "content_src"
    write(content, "alpha.md", _subtopic("Alpha"))
    write(content, "beta gamma.md", _subtopic("Beta"))
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "first", when=FIRST)
    write(content, "beta gamma.md", _subtopic("Beta") + "- **Gamma**: About gamma.\n")
    _git(repo, "commit", "-qam", "second", when=SECOND)
    write(content, "draft.md", _subtopic("Draft"))  # not committed: keeps its own time
    for path in content.iterdir():
        os.utime(path, (CHECKOUT, CHECKOUT))  # as a fresh checkout dates them

    script = ROOT / "scripts" / "restore_mtimes.py"
    result = subprocess.run(
        [sys.executable, str(script), "content_src"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "2 files dated" in result.stdout
    times = {p.name: int(p.stat().st_mtime) for p in content.iterdir()}
    assert times == {"alpha.md": FIRST, "beta gamma.md": SECOND, "draft.md": CHECKOUT}

    site = build_site(content, repo, epoch=SECOND)  # as the Pages workflow builds
    (package,) = [a.content for a in site.assets if a.path == export(ANKI_FILE)]
    assert isinstance(package, bytes)
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        (tmp_path / "c.anki2").write_bytes(archive.read("collection.anki2"))
    with sqlite3.connect(tmp_path / "c.anki2") as db:
        rows = db.execute("select flds, mod from notes").fetchall()
    dates = {fields.split("\x1f")[0]: mod for fields, mod in rows}
    assert dates == {"Alpha": FIRST, "Beta": SECOND, "Gamma": SECOND, "Draft": SECOND}
