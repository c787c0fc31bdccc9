"""Benchmark the flashcard exports (`revguide.exports`: Anki package, Quizlet, CSV, JSON).

Run from the repository root (not collected by pytest)::

    .venv/bin/python bench/bench_exports.py              # 250, 500, 1,000 subtopics
    .venv/bin/python bench/bench_exports.py --sizes 1000 --runs 5

Guides of synthetic subtopics come from ``bench/generate.py`` (seeded) and go through the
pipeline once; then `build_exports` is timed in CPU time, median of the runs. Since every save
under ``make serve`` re-dates the edited subtopic's Anki notes, the exports are built again at
each save: their time is part of the editor loop. The ratios compare time per card with the
smallest size: flat means linear.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from bench_practice import cpu_median  # the timing loop the other benchmarks use
from generate import generate  # the generator lives next to this script
from revguide.exportguide import export_guide
from revguide.exports import build_exports
from revguide.glossary import build_glossary
from revguide.pipeline import build_guide
from revguide.practice import build_practice
from revguide.registry import load_models
from revguide.sourcedates import subtopic_dates


def measure(subtopics: int, folder: Path, runs: int) -> tuple[int, int, float]:
    """Cards, bytes of the Anki package, and median CPU seconds of `build_exports`."""
    content = folder / f"content-{subtopics}"
    generate(content, subtopics)
    guide = build_guide(content, folder)
    models, _ = load_models(content / "models.yml", "models.yml")
    practice = build_practice(guide.subtopics, build_glossary(guide.subtopics), models)
    dates = subtopic_dates(guide.subtopics, content, folder, None)
    exported = export_guide("Bench", "https://example.org/", True, guide.subtopics, dates)
    files = build_exports(practice.cards, exported)
    seconds = cpu_median(lambda: build_exports(practice.cards, exported), runs)
    return len(practice.cards), len(files[0].content), seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1_000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print("CPU seconds, median of", args.runs, "runs")
    print("subtopics  cards  apkg KB  exports  ms/card  vs smallest  load")
    base = None
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            cards, apkg, seconds = measure(size, Path(folder), args.runs)
            per_card = seconds / cards
            base = base or per_card
            print(
                f"{size:9}  {cards:5}  {apkg // 1024:7}  {seconds:7.2f}  {per_card * 1000:7.3f}  "
                f"{per_card / base:10.2f}x  {os.getloadavg()[0]:4.1f}"
            )


if __name__ == "__main__":
    main()
