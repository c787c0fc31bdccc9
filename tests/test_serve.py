"""Live preview: a real ``mkdocs serve --livereload`` on 127.0.0.1 follows edits in content_src/."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import ROOT
from sitecheck import mount_path

pytestmark = pytest.mark.build
TIMEOUT = 90.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, ""
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""


def _until(check: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path, Path]]:
    project = tmp_path / "project"
    for folder in ("docs", "overrides", "hooks", "content_src"):
        shutil.copytree(
            ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    port = _free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}"],
            cwd=project,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    mount = mount_path(ROOT / "mkdocs.yml")
    base = f"http://127.0.0.1:{port}{mount}"  # serve mounts the site at site_url's path
    try:
        _until(lambda: _get(base)[0] == 200, "the server to start")
        yield base, project, log
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_serve_follows_added_changed_broken_and_deleted_sources(
    server: tuple[str, Path, Path],
) -> None:
    base, project, log = server
    page = base + "subtopics/customer-needs-and-relationship-management/"
    status, html = _get(page)
    assert status == 200
    assert "livereload" in html  # the page reloads itself in the browser

    source = project / "content_src" / "003_ac908e8e85ca6e0e.txt"
    source.write_text(
        source.read_text() + "\n- Award credit for a brand-new marking point.", encoding="utf-8"
    )
    _until(lambda: "brand-new marking point" in _get(page)[1], "the changed page")

    (project / "content_src" / "extra.md").write_text(
        "---\ntitle: Added While Serving\n---\n## Synopsis\n\nWritten during preview.\n",
        encoding="utf-8",
    )
    _until(lambda: _get(base + "subtopics/added-while-serving/")[0] == 200, "the added page")

    models = project / "content_src" / "models.yml"
    good = models.read_text(encoding="utf-8")
    models.write_text(good + "- name: [broken\n", encoding="utf-8")
    _until(lambda: "content_src/models.yml:" in log.read_text(), "the error message")
    assert "Traceback" not in log.read_text()
    assert _get(page)[0] == 200  # still serving

    models.write_text(good, encoding="utf-8")
    (project / "content_src" / "extra.md").unlink()
    _until(
        lambda: _get(base + "subtopics/added-while-serving/")[0] == 404, "the deleted page to go"
    )
    assert "brand-new marking point" in _get(page)[1]
