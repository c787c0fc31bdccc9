"""Benchmark `revguide.dedupe.dedupe_section` at 100,000 items.

Run from the repository root (not collected by pytest)::

    .venv/bin/python bench/bench_dedupe.py [--items 100000] [--runs 3]

Items are synthetic and seeded: sentences of 8 to 30 words drawn Zipf-like from a 5,000-word
vocabulary (so a few words are in almost every item, as "the" and "customer" are), with the
duplication real sources have: 10 % exact repeats in other case and punctuation (they merge),
10 % near duplicates (one word added or swapped: since the rule merges only what says the same
thing, these are candidates, not merges), 2 % meaningful variants that must not merge (Diploma
vs Certificate, a number changed, "not" inserted). Two layouts of the same items:

* ``one section``: all of them in one section, the worst case for candidate generation;
* ``guide``: sections of 35 items, as 3,000 subtopics of about five sections give.

Times are medians of ``--runs`` calls, wall (`time.perf_counter`, spread = min..max) and CPU
(`time.process_time`: less disturbed by other work on a shared machine); memory is the
tracemalloc peak of one further call, measured apart from the timed ones.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import random
import statistics
import time
import tracemalloc
from collections.abc import Callable
from functools import partial

from revguide.dedupe import DedupedSection, dedupe_section
from revguide.model import Item, SourceRef

SEED = 20241123
VOCABULARY = 5_000
SECTION_ITEMS = 35
SYLLABLES = "ka lo mi nu ra te si vo pa de ba gu fe ti mar sel ven dor tal rin".split()
VARIANTS = (
    ("Diploma", "Certificate"),
    ("3", "5"),
    ("should", "should not"),
    ("internal", "external"),
)


def vocabulary(rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < VOCABULARY:
        words.add("".join(rng.choices(SYLLABLES, k=rng.choice((1, 2, 2, 3, 3, 4)))))
    return sorted(words)


def make_items(count: int, seed: int = SEED) -> list[Item]:
    """``count`` items with the duplication described in the module docstring."""
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    cumulative = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(vocab))))
    texts: list[str] = []
    while len(texts) < count:
        roll = rng.random()
        if texts and roll < 0.10:
            texts.append(rng.choice(texts).upper().rstrip(".") + "!")
        elif texts and roll < 0.20:
            words = rng.choice(texts).split()
            at = rng.randrange(len(words))
            if rng.random() < 0.5:
                words.insert(at, "clearly")
            else:
                words[at] = "fully"
            texts.append(" ".join(words))
        elif texts and roll < 0.22:
            plain, variant = rng.choice(VARIANTS)
            words = rng.choice(texts).split()
            words.insert(rng.randrange(len(words)), plain)
            texts.append(" ".join(words))
            texts.append(" ".join(words).replace(plain, variant, 1))
        else:
            words = [
                vocab[bisect.bisect(cumulative, rng.random() * cumulative[-1])]
                for _ in range(rng.randint(8, 30))
            ]
            texts.append(" ".join(words).capitalize() + ".")
    return [Item(text, SourceRef("content_src/bench.txt", n)) for n, text in enumerate(texts, 1)]


def one_section(items: list[Item]) -> list[DedupedSection]:
    return [dedupe_section("exam_tips", items)]


def guide(items: list[Item]) -> list[DedupedSection]:
    return [
        dedupe_section("exam_tips", items[start : start + SECTION_ITEMS])
        for start in range(0, len(items), SECTION_ITEMS)
    ]


def measure(action: Callable[[], list[DedupedSection]], runs: int) -> dict[str, float]:
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = action()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    tracemalloc.start()
    action()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {
        "median": statistics.median(times),
        "min": min(times),
        "max": max(times),
        "cpu": statistics.median(cpu),
        "peak_mib": peak / 2**20,
        "kept": sum(len(r.items) for r in result),
        "merges": sum(len(m.merged) for r in result for m in r.merges),
        "candidates": sum(len(r.candidates) for r in result),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    items = make_items(args.items)
    print(
        f"| layout ({len(items):,} items) | wall s, median | spread | CPU s, median | peak MiB |"
        " kept | merged | candidates |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, layout in (("one section", one_section), ("guide", guide)):
        m = measure(partial(layout, items), args.runs)
        print(
            f"| {name} | **{m['median']:.2f}** | {m['min']:.2f}..{m['max']:.2f} | "
            f"{m['cpu']:.2f} | {m['peak_mib']:.0f} | {m['kept']:,.0f} | {m['merges']:,.0f} | "
            f"{m['candidates']:,.0f} |"
        )


if __name__ == "__main__":
    main()
