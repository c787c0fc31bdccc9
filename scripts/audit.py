"""Lighthouse audit of each page type, mobile, from Debian's chromium (not run in CI: ~15 s a page).

    make audit            # installs lighthouse with npm into .audit/, builds, prints a table

Scores are recorded in BENCHMARKS.md (targets: accessibility, best practices and SEO 100,
performance >= 95).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.utils.yaml import yaml_load
from served import serve

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / ".audit" / "node_modules" / ".bin" / "lighthouse"
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PAGES = {
    "home": "",
    "subtopic": "subtopics/build-and-maintain-sales-relationships/",
    "glossary": "glossary/",
    "models": "models/",
    "marking points": "marking-points/",
    "flashcards": "practice/flashcards/",
    "progress": "practice/progress/",
}


def audit(url: str, report: Path) -> dict[str, float]:
    """Lighthouse category scores (0-100) for ``url``, mobile emulation."""
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--chrome-flags={CHROME_FLAGS}",
            f"--only-categories={','.join(CATEGORIES)}",
        ],
        check=True,
        env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"},
    )
    data = json.loads(report.read_text(encoding="utf-8"))
    return {c: round(100 * (data["categories"][c]["score"] or 0)) for c in CATEGORIES}


def main() -> None:
    if not LIGHTHOUSE.exists():
        sys.exit("lighthouse is missing: run `make audit` (it installs it into .audit/)")
    with (ROOT / "mkdocs.yml").open(encoding="utf-8") as stream:
        mount = urlsplit(yaml_load(stream)["site_url"]).path
    print("| page | " + " | ".join(CATEGORIES) + " |")
    print("|---|" + "---|" * len(CATEGORIES))
    reports = ROOT / ".audit" / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    with serve(ROOT / "site", mount) as base:
        for name, path in PAGES.items():
            scores = audit(base + path, reports / f"{name.replace(' ', '-')}.json")
            print(f"| {name} | " + " | ".join(str(scores[c]) for c in CATEGORIES) + " |")


if __name__ == "__main__":
    main()
