"""Benchmark practice generation and lint (`revguide.practice`, `revguide.lint`).

Run from the repository root (not collected by pytest)::

    .venv/bin/python bench/bench_practice.py              # 250, 500, 1,000 subtopics
    .venv/bin/python bench/bench_practice.py --sizes 1000 --runs 5

Guides of synthetic subtopics come from ``bench/generate.py`` (seeded) and go through the
pipeline once; then `build_practice`, `render_practice` and `lint` are each timed in CPU time
(`time.process_time`: less disturbed than wall time on a shared machine), median of the runs.
The load average is printed with each row: read figures taken at different loads with care.
Practice work grows with the number of questions (a glossary definition or a mentioned model
each), and each question picks its distractors from a hash ring in O(log terms), so the time
per question should stay flat as the guide grows: the ratios compare each size with the
smallest.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from generate import generate  # the generator lives next to this script
from revguide.glossary import build_glossary
from revguide.lint import lint
from revguide.pipeline import build_guide
from revguide.practice import build_practice
from revguide.practice_pages import render_practice
from revguide.registry import load_models


def cpu_median(work: Callable[[], object], runs: int) -> float:
    """Median CPU seconds of ``runs`` calls of ``work``."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return statistics.median(times)


def measure(subtopics: int, folder: Path, runs: int) -> tuple[int, int, float, float, float]:
    """Questions, findings, and median CPU seconds of build_practice, render_practice, lint."""
    content = folder / f"content-{subtopics}"
    generate(content, subtopics)
    guide = build_guide(content, folder)
    entries = build_glossary(guide.subtopics)
    models, _ = load_models(content / "models.yml", "models.yml")
    practice = build_practice(guide.subtopics, entries, models)
    questions = sum(len(s.questions) for s in practice.subtopics)
    findings = len(lint(guide.subtopics, guide.reports, entries, models))
    return (
        questions,
        findings,
        cpu_median(lambda: build_practice(guide.subtopics, entries, models), runs),
        cpu_median(lambda: render_practice(practice), runs),
        cpu_median(lambda: lint(guide.subtopics, guide.reports, entries, models), runs),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1_000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print("CPU seconds, median of", args.runs, "runs; ms/question: build + render")
    print("subtopics  questions  findings  build  render   lint  ms/question  vs smallest  load")
    base = None
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            questions, findings, build, render, linted = measure(size, Path(folder), args.runs)
            per_question = (build + render) / questions
            base = base or per_question
            print(
                f"{size:9}  {questions:9}  {findings:8}  {build:5.2f}  {render:6.2f}  "
                f"{linted:5.2f}  {per_question * 1000:11.3f}  {per_question / base:10.2f}x  "
                f"{os.getloadavg()[0]:4.1f}"
            )


if __name__ == "__main__":
    main()
