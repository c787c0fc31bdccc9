"""The models page as a learner meets it on a 360 px touch phone: entries folded under their
summaries, diagrams readable in the light and the dark scheme (measured in Chromium), and the
cost of a first visit."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from typing import Any

import pytest
from browser_fixtures import PHONE

pytestmark = pytest.mark.browser
#: Every label's size on screen (font size times the drawing's scale), its colour's contrast
#: against the page background, and whether it lies inside its drawing.
MEASURE = """() => {
  const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const contrast = (a, b) => {
    const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const background = getComputedStyle(document.body).backgroundColor;
  return [...document.querySelectorAll("figure.rg-diagram svg")].flatMap((svg) => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const box = svg.getBoundingClientRect();
    return [...svg.querySelectorAll("text")].map((text) => {
      const r = text.getBoundingClientRect();
      return {
        text: text.textContent,
        px: Number(text.getAttribute("font-size")) * scale,
        contrast: contrast(getComputedStyle(text).fill, background),
        inside: r.left >= box.left - 1 && r.right <= box.right + 1 &&
                r.top >= box.top - 1 && r.bottom <= box.bottom + 1,
      };
    });
  });
}"""


@pytest.fixture(params=["light", "dark"])
def phone(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    context = browser.new_context(**PHONE, color_scheme=request.param)
    page = context.new_page()
    yield page
    context.close()


def test_each_model_shows_its_summary_and_folds_the_rest(browser: Any, site_url: str) -> None:
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(site_url + "models/")
    headings = page.locator("article h2")
    assert headings.count() == 15
    for i in range(headings.count()):
        summary = headings.nth(i).locator("xpath=following-sibling::p[not(em)][1]")
        assert summary.is_visible()
        assert len(summary.inner_text()) > 80  # the model's summary, not its "Also called"
        folded = headings.nth(i).locator("xpath=following-sibling::details[1]")
        assert folded.get_attribute("open") is None
        name = headings.nth(i).inner_text().strip().removesuffix("¶")
        assert folded.locator("summary").inner_text().startswith(f"{name}: ")
    screens = page.evaluate("() => document.documentElement.scrollHeight / innerHeight")
    context.close()
    assert screens < 14, screens  # was about 27 phone screens with everything open


def _open_every_entry(page: Any) -> None:
    summaries = page.locator("details.rg-model > summary")
    for i in range(summaries.count()):
        summaries.nth(i).tap()
    assert page.locator("details.rg-model[open]").count() == summaries.count()


def test_every_label_is_readable_on_a_phone_in_both_schemes(phone: Any, site_url: str) -> None:
    phone.goto(site_url + "models/")
    _open_every_entry(phone)
    labels = phone.evaluate(MEASURE)
    assert len(labels) >= 60  # 9 drawings: every box, quadrant, axis and point label
    assert {label["text"] for label in labels} >= {"Needs identification", "Keep informed"}
    too_small = [(label["text"], label["px"]) for label in labels if label["px"] < 12]
    assert too_small == []
    faint = [(label["text"], label["contrast"]) for label in labels if label["contrast"] < 4.5]
    assert faint == []
    cut = [label["text"] for label in labels if not label["inside"]]
    assert cut == []
    overflow = phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0


def test_the_models_page_loads_under_300_kb_with_nothing_from_elsewhere(
    browser: Any, site_url: str
) -> None:
    """Bytes as a static host serving gzip (GitHub Pages) sends them: every response of a first
    visit on a phone, compressed, summed."""
    context = browser.new_context(**PHONE)
    page = context.new_page()
    responses: list[Any] = []
    page.on("response", lambda response: responses.append(response))
    page.goto(site_url + "models/")
    page.wait_for_load_state("networkidle")
    page.mouse.wheel(0, 100_000)  # scroll to the end: nothing waits for a diagram to come into view
    page.wait_for_load_state("networkidle")
    urls = [r.url for r in responses]
    assert all(url.startswith(site_url) for url in urls), urls
    drawn = page.locator("figure.rg-diagram svg").count()
    sent = sum(len(gzip.compress(r.body())) for r in responses if r.status == 200)
    context.close()
    assert drawn == 9
    assert sent < 300_000, sent
