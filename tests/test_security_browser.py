"""Attacks through every input channel, in Chromium: no script runs, no request leaves the site.

One guide is built (``mkdocs build``, not strict: some payloads are also warnings) with script
payloads in a raw text, an editor source (front matter and body), ``metadata.yml``,
``models.yml`` (names, summary, slug, components) and a file name. With ``alert``, ``confirm``
and ``prompt`` hooked and every request recorded, each page is opened and scrolled, every
glossary and model link is hovered (desktop) and tapped (360 px touch phone), and the shown
definitions are checked to be the source text, as text.
"""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from browser_fixtures import MOUNT, _QuietHandler
from conftest import ROOT
from helpers import write
from sitecheck import mkdocs_build

sync_api = pytest.importorskip("playwright.sync_api")
expect = sync_api.expect

pytestmark = pytest.mark.browser

IMG = "<img src=x onerror=alert(1)>"
BREAKOUT = "'lost') <span id='churn-rate &quot;'></span><img src=x onerror=alert(2)> customers"
PAYLOADS = [
    IMG,
    BREAKOUT,
    "<script>alert(3)</script>",
    '<a href="javascript:alert(4)">x</a>',
    "[x](javascript:alert(5))",
    '" onmouseover="alert(6)',
    "{: onclick=alert(7) }",
    "<svg onload=alert(8)>",
    "<img src='https://tracker.example/t1.png'>",
    "(often called 'attrition').",
]
LINE = " ".join(PAYLOADS)
CHURN_DEFINITION = f"{BREAKOUT} in a period."

RAW = f"""\
Churn and trust {IMG}
Topic Synopsis
Churn rate and trust in sales: {LINE}
Key Concepts & Core Principles
- Churn Rate: {CHURN_DEFINITION}
- Attrition: Customers who stop buying (often called 'attrition').
- Trust <b onmouseover=alert(9)>Term</b>: Belief that a seller keeps promises. {LINE}
Exam Tips & Revision Strategies
{chr(10).join(f"- Mention churn rate and trust: {p}" for p in PAYLOADS)}
Common Misconceptions & Mistakes to Avoid
- Misconception: Churn rate is always bad {IMG}. Correction: Some attrition is healthy {IMG}.
Examiner Marking Points
- Award credit for linking churn rate to the Trust Equation {LINE}.
"""
EDITOR = f"""\
---
title: {json.dumps("Refunds " + IMG)}
tags: [{json.dumps("<b onmouseover=alert(10)>tag</b>")}]
---

## Synopsis

Refunds, churn rate and attrition: {LINE}

## Key concepts

- **Refund {IMG}**: Money returned to a customer. {LINE}

## Exam tips

- Link churn rate to refunds. {LINE}
"""
METADATA = f"""\
{json.dumps('raw " onmouseover="alert(11).txt')}:
  title: {json.dumps("Churn " + LINE)}
  tags: [{json.dumps(IMG)}]
  qualifications: [{json.dumps("Level 3 Diploma " + IMG)}]
"""
MODELS = f"""\
- name: {json.dumps("Trust Equation " + "<i>")}
  slug: {json.dumps("zz onfocus=alert(12) autofocus")}
  aliases: [Trust Equation]
  summary: {json.dumps("Trust grows with credibility. " + LINE)}
  formula: "T = (C + R + I) / S <img src=x onerror=alert(13)>"
  components:
    - name: {json.dumps("Credibility " + IMG)}
      description: {json.dumps("Whether your words can be believed. " + LINE)}
  origin: {{author: {json.dumps("Maister " + IMG)}, year: 2000}}
"""
HOOK = """
window.__hooked = [];
for (const name of ["alert", "confirm", "prompt", "print"]) {
  window[name] = (...args) => { window.__hooked.push(name + ":" + args.join(",")); };
}
"""


@pytest.fixture(scope="module")
def attacked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[str]]]:
    """The attacked guide, served under the site's sub-path: its URL and every page's URL."""
    tmp = tmp_path_factory.mktemp("attacked")
    project = tmp / "project"
    for folder in ("docs", "overrides", "hooks"):
        shutil.copytree(
            ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    write(project, 'content_src/raw " onmouseover="alert(11).txt', RAW)
    write(project, "content_src/refunds.md", EDITOR)
    write(project, "content_src/metadata.yml", METADATA)
    write(project, "content_src/models.yml", MODELS)
    root = tmp / "served"
    site = root / MOUNT.strip("/")
    result = mkdocs_build(project, site, strict=False)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}{MOUNT}"
        yield base, _pages(base, site)
    finally:
        server.shutdown()
        server.server_close()


def _pages(base: str, site: Path) -> list[str]:
    return sorted(
        base + p.relative_to(site).as_posix().removesuffix("index.html")
        for p in site.rglob("*.html")
    )


def _visit(page: Any, url: str, tap: bool) -> list[str]:
    """Open ``url``, scroll to the end, hover or tap every definition link; what was hooked."""
    page.goto(url)
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    links = page.locator("article a[data-rg-ref]")
    for index in range(links.count()):
        link = links.nth(index)
        link.evaluate("e => window.scrollBy(0, e.getBoundingClientRect().top - 120)")
        if tap:
            link.tap()
            page.keyboard.press("Escape")
        else:
            link.hover()
            page.keyboard.press("Escape")  # the definition may cover the next link
    handlers = page.evaluate(
        """[...document.querySelectorAll('*')].flatMap(e => [...e.attributes]
            .filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))"""
    )
    hooked: list[str] = page.evaluate("window.__hooked")
    return [*hooked, *handlers]


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_no_payload_runs_or_calls_out(
    browser: Any, attacked: tuple[str, list[str]], device: str
) -> None:
    phone = device == "phone"
    options: dict[str, Any] = (
        {"viewport": {"width": 360, "height": 740}, "has_touch": True, "is_mobile": True}
        if phone
        else {}
    )
    context = browser.new_context(**options)
    context.add_init_script(HOOK)
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    base, urls = attacked
    for url in urls:
        assert _visit(page, url, tap=phone) == [], url
    own = urlsplit(base).netloc
    assert [u for u in requests if urlsplit(u).netloc not in (own, "")] == []
    assert len(urls) >= 10
    context.close()


def test_a_broken_out_definition_is_shown_as_text(
    browser: Any, attacked: tuple[str, list[str]]
) -> None:
    _, urls = attacked
    context = browser.new_context(viewport={"width": 360, "height": 740}, has_touch=True)
    context.add_init_script(HOOK)
    page = context.new_page()
    (churn,) = [u for u in urls if "/subtopics/churn" in u]
    page.goto(churn)
    mention = page.locator('article a[data-rg-ref="term:churn-rate"]').first
    mention.evaluate("e => window.scrollBy(0, e.getBoundingClientRect().top - 120)")
    mention.tap()
    dialog = page.locator("#rg-def")
    expect(dialog).to_be_visible()
    expect(dialog.locator(".rg-def__text")).to_have_text(CHURN_DEFINITION)
    assert dialog.locator("img, span[id]").count() == 0
    assert page.evaluate("window.__hooked") == []
    context.close()
