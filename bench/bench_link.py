"""Benchmark `revguide.link.Linker` against one compiled regex per phrase.

Run from the repository root (not collected by pytest)::

    .venv/bin/python bench/bench_link.py

Everything is synthetic and seeded: 2,000 targets (one to four pseudo-words, about 40% with an
acronym too) and 1,000 texts of about 600 words, drawn Zipf-like from the same vocabulary with
target phrases mixed in (varied case, hyphens, plurals). Times are medians of 5 runs of
`time.perf_counter`; memory is the tracemalloc peak of one build plus one pass, measured apart
from the timed runs. The baseline runs on a 50-text subset and is scaled to 1,000 texts; its
spans are checked against the linker's on that subset.
"""

from __future__ import annotations

import os
import random
import re
import statistics
import time
import tracemalloc
from collections.abc import Callable, Sequence

from revguide.link import _ASCII_SPLIT, Linker, Span, Target, _splitter

SEED = 20240601
TARGETS = 2_000
TEXTS = 1_000
WORDS_PER_TEXT = 600
BASELINE_TEXTS = 50
RUNS = 5

SYLLABLES = ("ka", "lo", "mi", "nu", "ra", "te", "si", "vo", "pa", "de", "ba", "gu", "fe", "ti")
FUNCTION_WORDS = re.findall(
    r"\w+",
    "the of and to a in is that for it as with on be by this are or an at from which not but "
    "can their more will have has they its also should when how what your than them these",
)


def vocabulary(rng: random.Random, size: int) -> list[str]:
    """``size`` distinct pseudo-words of one to four syllables."""
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choices(SYLLABLES, k=rng.choice((1, 2, 2, 3, 3, 4)))))
    return sorted(words)


def make_targets(rng: random.Random, content: list[str]) -> list[Target]:
    """Multi-word title-case terms; some with an acronym, some with a hyphenated spelling."""
    targets = []
    for index in range(TARGETS):
        words = rng.sample(content, rng.choice((1, 2, 2, 2, 3, 3, 4)))
        phrases = [" ".join(word.title() for word in words)]
        if len(words) > 1 and rng.random() < 0.4:
            phrases.append("".join(word[0] for word in words).upper() + "X")
        if len(words) > 1 and rng.random() < 0.1:
            phrases.append("-".join(words))
        targets.append(Target(f"term-{index}", tuple(phrases)))
    return targets


def make_texts(rng: random.Random, vocab: list[str], targets: list[Target]) -> list[str]:
    """~600-word texts, Zipf-distributed words, a target phrase every ~40 words."""
    weights = list(accumulate_weights(len(vocab)))
    texts = []
    for _ in range(TEXTS):
        out: list[str] = []
        count = 0
        capital = True
        while count < WORDS_PER_TEXT:
            if rng.random() < 0.025:
                phrase = rng.choice(rng.choice(targets).phrases)
                phrase = rng.choice((phrase, phrase.lower(), phrase.replace(" ", "-")))
                if rng.random() < 0.2:
                    phrase += "s"
                count += phrase.count(" ") + 1
                word = phrase
            else:
                word = rng.choices(vocab, cum_weights=weights)[0]
                count += 1
            if capital:
                word = word[:1].upper() + word[1:]
            punctuation = rng.random()
            capital = punctuation < 0.06
            out.append(word + ("." if capital else "," if punctuation < 0.12 else ""))
        texts.append(" ".join(out))
    return texts


def accumulate_weights(size: int) -> list[float]:
    """Cumulative Zipf weights 1/(rank+1)."""
    total = 0.0
    cumulative = []
    for rank in range(size):
        total += 1.0 / (rank + 1)
        cumulative.append(total)
    return cumulative


def median_seconds(action: Callable[[], object], runs: int = RUNS) -> float:
    """Median wall time of ``runs`` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


class RegexBaseline:
    """The naive way: one compiled regex per phrase, matches merged leftmost-longest."""

    def __init__(self, targets: Sequence[Target]) -> None:
        self.patterns: list[tuple[re.Pattern[str], int, str]] = []
        for index, target in enumerate(targets):
            for phrase in target.phrases:
                words = re.findall(r"[^\W_]+", phrase)
                acronym = phrase.upper() == phrase and sum(c.isalpha() for c in phrase) >= 2
                *head, last = (re.escape(word) for word in words)
                tail = last + ("s?" if acronym else "(?:s|es)?")
                if not acronym and words[-1].lower().endswith("y"):
                    tail = f"(?:{tail}|{re.escape(words[-1][:-1])}ies)"
                body = r"(?:\s+|[-\u2010\u2011\u2013])".join([*head, tail])
                flags = 0 if acronym else re.IGNORECASE
                pattern = re.compile(rf"(?<![^\W_]){body}(?![^\W_])", flags)
                self.patterns.append((pattern, index, target.key))

    def find(self, text: str) -> list[Span]:
        """Every pattern over the whole text, then leftmost, longest, first target."""
        found = [
            (match.start(), -match.end(), index, key)
            for pattern, index, key in self.patterns
            for match in pattern.finditer(text)
        ]
        spans: list[Span] = []
        free = 0
        for start, negative_end, _, key in sorted(found):
            if start >= free:
                spans.append(Span(start, -negative_end, key))
                free = -negative_end
        return spans


def main() -> None:
    load = os.getloadavg()[0]  # other processes on the machine skew every figure below
    rng = random.Random(SEED)
    vocab = FUNCTION_WORDS + vocabulary(rng, 6_000)
    targets = make_targets(rng, vocab[len(FUNCTION_WORDS) :])
    texts = make_texts(rng, vocab, targets)
    phrases = sum(len(target.phrases) for target in targets)
    words = sum(len(text.split()) for text in texts)

    start = time.perf_counter()
    _splitter()
    pattern_build = time.perf_counter() - start

    build = median_seconds(lambda: Linker(targets))
    linker = Linker(targets)
    results: list[list[Span]] = []
    find = median_seconds(lambda: results.__setitem__(slice(None), map(linker.find, texts)))
    assert all(text.isascii() for text in texts)  # so find() takes the ASCII tokeniser
    split_only = median_seconds(lambda: [_ASCII_SPLIT(text) for text in texts])
    fold_only = median_seconds(
        lambda: [list(map(str.casefold, _ASCII_SPLIT(text)[1::2])) for text in texts]
    )
    # Real items have curly quotes and dashes: one non-ASCII character takes the Unicode path.
    unicode_texts = [text + " \u2014" for text in texts]
    unicode_find = median_seconds(lambda: [linker.find(text) for text in unicode_texts])
    spans = sum(map(len, results))

    tracemalloc.start()
    kept = Linker(targets)
    retained = tracemalloc.get_traced_memory()[0]
    for text in texts:
        kept.find(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()

    subset = texts[:BASELINE_TEXTS]
    start = time.perf_counter()
    baseline = RegexBaseline(targets)
    compile_time = time.perf_counter() - start
    baseline_results: list[list[Span]] = []
    baseline_subset = median_seconds(
        lambda: baseline_results.__setitem__(slice(None), map(baseline.find, subset)), runs=3
    )
    baseline_scaled = baseline_subset * len(texts) / len(subset)
    agree = sum(a == b for a, b in zip(baseline_results, results, strict=False))

    rows = [
        ("CPUs / load average (1 min) at start", f"{os.cpu_count()} / {load:.1f}"),
        ("targets / phrases", f"{TARGETS:,} / {phrases:,}"),
        ("texts / words", f"{len(texts):,} / {words:,}"),
        ("word pattern build (once per process)", f"{pattern_build * 1e3:.1f} ms"),
        ("`Linker(targets)` (median of 5)", f"{build * 1e3:.1f} ms"),
        ("`find()` over all texts (median of 5)", f"**{find * 1e3:.0f} ms**"),
        ("… of which tokenising (`re.split`)", f"{split_only * 1e3:.0f} ms"),
        ("… of which tokenising + casefold", f"{fold_only * 1e3:.0f} ms"),
        ("per word", f"{find / words * 1e9:.0f} ns"),
        (
            "`find()`, texts with a non-ASCII char (Unicode tokeniser)",
            f"{unicode_find * 1e3:.0f} ms",
        ),
        ("spans found", f"{spans:,}"),
        ("Linker retained memory (tracemalloc)", f"{retained / 2**20:.1f} MiB"),
        ("peak memory, build + one pass (tracemalloc)", f"{peak / 2**20:.1f} MiB"),
        ("baseline: compile one regex per phrase", f"{compile_time * 1e3:.0f} ms"),
        (
            f"baseline: {len(subset)} texts (median of 3), scaled to {len(texts):,}",
            f"{baseline_scaled:.1f} s",
        ),
        ("baseline / `find()` time", f"**{baseline_scaled / find:.0f}x**"),
        (f"same spans as baseline on {len(subset)} texts", f"{agree} / {len(subset)}"),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"| {'measure':<{width}} | value |")
    print(f"| {'-' * width} | ----- |")
    for name, value in rows:
        print(f"| {name:<{width}} | {value} |")


if __name__ == "__main__":
    main()
