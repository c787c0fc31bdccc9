"""Benchmark practice generation (`revguide.practice`): cards, quizzes, pages and data.

Run from the repository root (not collected by pytest)::

    PYTHONPATH=hooks python bench/bench_practice.py

Guides of 250, 500 and 1,000 synthetic subtopics come from ``bench/generate.py`` (seeded) and go
through the pipeline once; only `build_practice` and `render_practice` are timed, as medians of
3 runs of `time.perf_counter`. Work grows with the number of questions (a glossary definition or
a mentioned model each), and each question picks its distractors from a hash ring in
O(log terms), so the time per question should stay flat as the guide grows: the ratios printed
compare each size with the smallest.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from revguide.glossary import build_glossary
from revguide.pipeline import build_guide
from revguide.practice import build_practice, render_practice
from revguide.registry import load_models

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # the generator lives next to this script

SIZES = (250, 500, 1_000)
RUNS = 3


def measure(subtopics: int, folder: Path) -> tuple[int, int, int, float]:
    """Entries, cards, questions and the median seconds to build and render practice."""
    content = folder / f"content-{subtopics}"
    generate(content, subtopics)
    guide = build_guide(content, folder)
    entries = build_glossary(guide.subtopics)
    models = load_models(content / "models.yml", "models.yml")
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        practice = build_practice(guide.subtopics, entries, models)
        render_practice(practice)
        times.append(time.perf_counter() - start)
    questions = sum(len(s.questions) for s in practice.subtopics)
    return len(entries), len(practice.cards), questions, statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        rows = [(size, *measure(size, Path(folder))) for size in SIZES]
    base = rows[0][4] / rows[0][3]
    print("subtopics  entries  cards  questions  seconds  ms/question  vs smallest")
    for size, entries, cards, questions, seconds in rows:
        per_question = seconds / questions
        print(
            f"{size:9}  {entries:7}  {cards:5}  {questions:9}  {seconds:7.2f}"
            f"  {per_question * 1000:11.3f}  {per_question / base:10.2f}x"
        )


if __name__ == "__main__":
    main()
