"""Take the README screenshots from a real browser (Debian's chromium via Playwright).

    make screenshots      # builds the site, then writes screenshots/*.png

Desktop (1280x800) and phone (360x740) views of the home page and a subtopic page.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.utils.yaml import yaml_load
from playwright.sync_api import ViewportSize, sync_playwright
from served import serve

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "screenshots"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
]
VIEWS: dict[str, ViewportSize] = {
    "desktop": {"width": 1280, "height": 800},
    "phone": {"width": 360, "height": 740},
}
PAGES = {"home": "", "subtopic": "subtopics/build-and-maintain-sales-relationships/"}


def main() -> None:
    with (ROOT / "mkdocs.yml").open(encoding="utf-8") as stream:
        mount = urlsplit(yaml_load(stream)["site_url"]).path
    OUT.mkdir(exist_ok=True)
    with serve(ROOT / "site", mount) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for view, size in VIEWS.items():
            context = browser.new_context(viewport=size, device_scale_factor=1)
            page = context.new_page()
            for name, path in PAGES.items():
                page.goto(base + path)
                page.wait_for_load_state("networkidle")
                target = OUT / f"{name}-{view}.png"
                page.screenshot(path=str(target))
                print(f"wrote {target.relative_to(ROOT)}")
            context.close()
        browser.close()


if __name__ == "__main__":
    main()
