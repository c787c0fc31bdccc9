"""Fixtures for real-browser tests: Playwright driving Debian's /usr/bin/chromium.

``site_url`` serves one strict build of the project under ``/revision-guide/`` on 127.0.0.1
(as GitHub Pages serves a project site); ``page`` is a fresh browser context (empty
localStorage) that records every request and console error, for the privacy gates.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from sitecheck import mkdocs_build, mount_path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
MOUNT = mount_path(ROOT / "mkdocs.yml")
#: A 360 px touch phone: ``browser.new_context(**PHONE)``.
PHONE = {
    "viewport": {"width": 360, "height": 740},
    "has_touch": True,
    "is_mobile": True,
    "device_scale_factor": 2,
}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A strict build of the project, placed at <root>/<mount path>."""
    root = tmp_path_factory.mktemp("served")
    site_dir = root / MOUNT.strip("/")
    result = mkdocs_build(ROOT, site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir


@contextlib.contextmanager
def serving(site: Path) -> Iterator[str]:
    """``http://127.0.0.1:<port>/revision-guide/`` serving the site in ``site`` (a folder named
    as the mount path, as `built_site` is), until the block ends."""
    handler = functools.partial(_QuietHandler, directory=str(site.parent))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{MOUNT}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """``http://127.0.0.1:<port>/revision-guide/`` serving ``built_site``."""
    with serving(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One headless Chromium for the session."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@dataclass
class Recorder:
    """What a page did: requested URLs and console errors."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


#: A 360 px touch phone (Playwright's context options).
PHONE = {
    "viewport": {"width": 360, "height": 740},
    "has_touch": True,
    "is_mobile": True,
    "device_scale_factor": 2,
}


def recorded_page(context: Any) -> Any:
    """A new page of ``context`` whose ``recorder`` lists its requests and console errors."""
    new_page = context.new_page()
    recorder = Recorder()
    new_page.on("request", lambda request: recorder.requests.append(request.url))
    new_page.on(
        "console",
        lambda message: recorder.errors.append(message.text) if message.type == "error" else None,
    )
    new_page.on("pageerror", lambda error: recorder.errors.append(str(error)))
    new_page.recorder = recorder
    return new_page


@pytest.fixture
def page(browser):  # type: ignore[no-untyped-def]
    """A fresh desktop context and page; ``page.recorder`` lists requests and console errors."""
    context = browser.new_context()
    yield recorded_page(context)
    context.close()


@pytest.fixture
def phone(browser):  # type: ignore[no-untyped-def]
    """A fresh 360 px touch-phone context and page, recorded like `page`."""
    context = browser.new_context(**PHONE)
    yield recorded_page(context)
    context.close()
