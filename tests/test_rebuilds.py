"""``mkdocs serve --dirty`` rebuilds only what changed, and serves what a clean build writes.

After each edit (a source changed, a subtopic added, a hand-written page changed, a subtopic
deleted) the served folder must equal, byte for byte and file for file, a clean ``mkdocs build``
of the same project: pages, nav, search index, tags export, sitemap and build report.
"""

from __future__ import annotations

import filecmp
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import ROOT
from helpers import PLAIN
from serving import free_port, get, until

pytestmark = pytest.mark.build
TIMEOUT = 180.0


def _until(check: Callable[[], bool], what: str) -> None:
    until(check, what, TIMEOUT)


class Served:
    """A running ``mkdocs serve --dirty`` of a copy of this project."""

    def __init__(self, project: Path, site: Path, url: str) -> None:
        self.project, self.site, self.url = project, site, url

    def edit(self, change: Callable[[], object], page: str, shows: str | None) -> None:
        """Make ``change``; wait until ``page`` shows ``shows`` (``None``: until it is gone)."""
        change()

        def done() -> bool:
            status, text = get(self.url + page)
            return status == 404 if shows is None else shows in text

        _until(done, f"{page} to change")
        time.sleep(1.5)  # past the watcher's interval: no further rebuild is due
        _until(lambda: get(self.url)[0] == 200, "the server")  # waits out a rebuild

    def assert_same_as_clean_build(self, clean: Path) -> None:
        shutil.rmtree(clean, ignore_errors=True)
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": self.url}
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "-d", str(clean)],
            cwd=self.project,
            env=env,
            check=True,
            capture_output=True,
        )
        served = sorted(p.relative_to(self.site) for p in self.site.rglob("*") if p.is_file())
        built = sorted(p.relative_to(clean) for p in clean.rglob("*") if p.is_file())
        assert served == built
        _, mismatch, errors = filecmp.cmpfiles(self.site, clean, served, shallow=False)
        assert errors == []
        # The preview alone shows the guide's problems in a banner (tests/test_serve.py).
        differ = [
            path
            for path in mismatch
            if _without_banner(self.site / path) != _without_banner(clean / path)
        ]
        # The service worker's list is versioned by the pages' digests, banner included.
        if any(str(path).endswith(".html") for path in mismatch):
            differ = [path for path in differ if str(path) != "precache.js"]
        assert differ == []


BANNER = re.compile(
    r'(<div data-md-component="announce">)\s*(?:<aside class="md-banner">.*?</aside>\s*)?(</div>)',
    re.DOTALL,
)


def _without_banner(path: Path) -> bytes:
    data = path.read_bytes()
    if path.suffix != ".html":
        return data
    return BANNER.sub(r"\1\2", data.decode("utf-8")).encode("utf-8")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    project = tmp_path / "project"
    for folder in ("docs", "overrides", "hooks", "content_src"):
        shutil.copytree(
            ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    temp = tmp_path / "tmp"  # serve builds into a new folder here: the only one
    temp.mkdir()
    port = free_port()
    url = f"http://127.0.0.1:{port}/revision-guide/"
    log = tmp_path / "serve.log"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "TMPDIR": str(temp), "SITE_URL": url}
    command = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--livereload"]
    with log.open("w") as out:
        process = subprocess.Popen(
            [*command, "-a", f"127.0.0.1:{port}"],
            cwd=project,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        _until(lambda: get(url)[0] == 200, "the server to start")
        (site,) = temp.glob("mkdocs_*")
        yield Served(project, site, url)
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_dirty_serve_matches_a_clean_build_after_each_kind_of_edit(
    served: Served, tmp_path: Path
) -> None:
    clean = tmp_path / "clean"
    content = served.project / "content_src"
    served.assert_same_as_clean_build(clean)

    source = content / "003_ac908e8e85ca6e0e.txt"
    point = "Award credit for a point added while serving."
    other = served.site / "subtopics" / "communication-for-lasting-customer-relationships"
    written = (other / "index.html").stat().st_mtime_ns
    served.edit(
        lambda: source.write_text(f"{source.read_text()}\n- {point}", "utf-8"),
        "subtopics/customer-needs-and-relationship-management/",
        point,
    )
    assert (other / "index.html").stat().st_mtime_ns == written  # not rebuilt: unchanged
    served.assert_same_as_clean_build(clean)

    added = content / "added.txt"
    added_page = "subtopics/how-teams-handle-customer-complaints-and-turn-them-into/"
    served.edit(lambda: added.write_text(PLAIN, "utf-8"), "", "turn them into loyalty")
    assert get(served.url + added_page)[0] == 200
    served.assert_same_as_clean_build(clean)

    howto = served.project / "docs" / "how-to-use.md"
    tip = "One more tip, added while serving."
    served.edit(
        lambda: howto.write_text(f"{howto.read_text()}\n{tip}\n", "utf-8"), "how-to-use/", tip
    )
    served.assert_same_as_clean_build(clean)

    served.edit(added.unlink, added_page, None)
    served.assert_same_as_clean_build(clean)
