"""Determinism: the same sources give byte-identical sites, whatever the order files are listed
in, the folder the project sits in, or the directory the build is run from.

MkDocs itself stamps two files with the build's date (``SOURCE_DATE_EPOCH`` when set, else
today), so two builds on either side of midnight differ there and nowhere else:

* ``sitemap.xml``: ``<lastmod>`` of every page is the build date;
* ``sitemap.xml.gz``: the same text, gzipped with that date as the archive's timestamp.

They are compared with the date masked (the gzip decompressed first); every other file must be
byte-identical.

Without ``SOURCE_DATE_EPOCH`` the Anki export dates each note by its source files' modification
times, so "the same sources" means the same files with the same times (copies keep them).
"""

from __future__ import annotations

import gzip
import os
import random
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import CONTENT, ROOT
from revguide.report import dumps
from revguide.site import Site, build_site
from revguide.sources import discover

BUILD_DATE = re.compile(rb"<lastmod>\d{4}-\d{2}-\d{2}</lastmod>")


def _undated_sitemap(data: bytes) -> bytes:
    return BUILD_DATE.sub(b"<lastmod>(build date)</lastmod>", data)


#: Files MkDocs stamps with the build date, and how to read them without it.
DATED: dict[str, Callable[[bytes], bytes]] = {
    "sitemap.xml": _undated_sitemap,
    "sitemap.xml.gz": lambda data: _undated_sitemap(gzip.decompress(data)),
}


def _copy_project(target: Path, reverse: bool) -> Path:
    """The project at ``target``, content files created in sorted or reverse order."""
    for folder in ("docs", "overrides", "hooks"):
        shutil.copytree(
            ROOT / folder, target / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    (target / "content_src").mkdir()
    for path in sorted(CONTENT.iterdir(), reverse=reverse):
        # copy2 keeps modification times: they date the Anki notes (`revguide.sourcedates`).
        shutil.copy2(path, target / "content_src" / path.name)
    return target


def _build(config: Path, site_dir: Path, cwd: Path, hash_seed: int) -> None:
    """``mkdocs build --strict -f config`` run from ``cwd``, with no date set.

    ``hash_seed`` sets Python's string hashing: builds with different seeds iterate sets in
    different orders, so an output that depends on set order shows up as a difference.
    """
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env |= {
        "NO_MKDOCS_2_WARNING": "1",
        "PYTHONHASHSEED": str(hash_seed),
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            str(config),
            "-d",
            str(site_dir),
        ],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


@pytest.mark.build
def test_two_builds_of_the_same_sources_are_byte_identical(tmp_path: Path) -> None:
    """Different project folders, content created in opposite orders, run from elsewhere,
    with different string hashing."""
    first = _copy_project(tmp_path / "a" / "project", reverse=False)
    second = _copy_project(tmp_path / "b" / "deeper" / "checkout", reverse=True)
    _build(first / "mkdocs.yml", tmp_path / "site-a", cwd=first, hash_seed=1)
    _build(second / "mkdocs.yml", tmp_path / "site-b", cwd=tmp_path, hash_seed=2)
    a, b = _files(tmp_path / "site-a"), _files(tmp_path / "site-b")
    assert sorted(a) == sorted(b)
    assert set(DATED) <= set(a), "MkDocs no longer writes the dated files: update DATED"
    different = [name for name in a if a[name] != b[name] and name not in DATED]
    assert different == []
    for name, undated in DATED.items():
        assert undated(a[name]) == undated(b[name]), name


def _fingerprint(site: Site) -> tuple[object, ...]:
    """Everything a build writes from the pipeline: pages, assets, report, messages."""
    return (
        [(p.path, p.title, p.content, p.sources) for p in site.pages],
        [(a.path, a.content) for a in site.assets],
        site.home_listing,
        dumps(site.report),
        [str(d) for d in site.diagnostics],
    )


def test_the_pipeline_does_not_depend_on_the_order_files_are_listed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reference = _fingerprint(build_site(CONTENT, ROOT))
    for seed in range(5):

        def shuffled(
            content_dir: Path, seed: int = seed
        ) -> tuple[list[Path], list[tuple[Path, str]]]:
            found, unreadable = discover(content_dir)
            random.Random(seed).shuffle(found)
            return found, unreadable

        monkeypatch.setattr("revguide.pipeline.discover", shuffled)
        assert _fingerprint(build_site(CONTENT, ROOT)) == reference, f"order {seed}"


def test_the_pipeline_does_not_depend_on_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    reference = _fingerprint(build_site(CONTENT, ROOT))
    for cwd in (tmp_path, CONTENT, Path("/")):
        monkeypatch.chdir(cwd)
        assert _fingerprint(build_site(CONTENT, ROOT)) == reference, cwd
    monkeypatch.chdir(ROOT)  # relative paths resolve against it, to the same result
    assert _fingerprint(build_site(Path("content_src"), Path("."))) == reference
