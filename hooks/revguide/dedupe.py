"""Merge duplicate items within one section, precision first.

* **Exact**: items with the same `item_key` (case, white space, quotes, hyphen vs space and end
  punctuation folded) merge; the earliest survives.
* **Near**: items whose word sets have a Jaccard similarity of at least `MERGE_AT` merge, unless
  the words that differ include a *meaningful token* (a number, a negation, a qualification or
  level word, a modal or a contrast word such as internal/external): "ISP Level 4 Diploma in
  Sales" never merges with "ISP Level 4 Certificate in Sales". Pairs from `CANDIDATE_AT` up, and
  blocked pairs, are reported as candidates for an editor instead.
* **Overrides** (``content_src/dedupe.yml``) keep a pair apart or merge it regardless.

Pairs are found with prefix filtering (Chaudhuri et al., 2006): with words ordered rarest first,
two sets with Jaccard >= t must share a word among the first ``|x| - ceil(t|x|) + 1`` of each, so
no all-pairs comparison is made. Probing with the `MERGE_AT` prefix finds every pair that could
merge; the wider `CANDIDATE_AT` prefix is probed only through words in at most
`COMMON_WORD_ITEMS` items, so candidates are best effort on pathological inputs where every
item shares the same words, and the cost stays near-linear.

Items are processed in a canonical order (source
rank, then line), so the result does not depend on the order they are given in, and
deduplicating a result again changes nothing.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from .model import Candidate, Item, Merge, SourceRef
from .text import item_key, words

MERGE_AT = 0.85
CANDIDATE_AT = 0.6
#: Words in more items than this are not used to look for candidates (only for merges).
COMMON_WORD_ITEMS = 32

NEGATIONS = frozenset(
    {
        "not",
        "no",
        "never",
        "without",
        "none",
        "nor",
        "neither",
        "cannot",
        "t",
        "unless",
        "except",
        "lack",
        "lacks",
        "lacking",
    }
)
"""Negations ("n't" splits into "t")."""
QUALIFICATION_WORDS = frozenset(
    {
        "award",
        "certificate",
        "diploma",
        "degree",
        "level",
        "nvq",
        "svq",
        "btec",
        "gcse",
        "extended",
        "foundation",
        "higher",
        "national",
        "subsidiary",
        "apprenticeship",
        "introductory",
        "advanced",
        "entry",
    }
)
"""Qualification and level words: Diploma vs Certificate."""
MODAL_WORDS = frozenset(
    {
        "must",
        "should",
        "may",
        "might",
        "can",
        "could",
        "always",
        "only",
        "all",
        "some",
        "any",
        "every",
        "each",
        "most",
        "few",
        "many",
        "required",
        "optional",
    }
)
"""Modality and quantity."""
CONTRAST_WORDS = frozenset(
    {
        "internal",
        "external",
        "before",
        "after",
        "increase",
        "decrease",
        "increases",
        "decreases",
        "more",
        "less",
        "higher",
        "lower",
        "positive",
        "negative",
        "direct",
        "indirect",
        "proactive",
        "reactive",
        "maximum",
        "minimum",
        "first",
        "last",
        "same",
        "different",
        "explicit",
        "implicit",
        "formal",
        "informal",
        "written",
        "verbal",
    }
)
"""One side of a contrast pair."""
#: Words whose presence on one side only changes what an item means.
MEANINGFUL_WORDS = NEGATIONS | QUALIFICATION_WORDS | MODAL_WORDS | CONTRAST_WORDS


def is_meaningful(token: str) -> bool:
    """A token whose difference changes meaning: listed above, or containing a digit."""
    return token in MEANINGFUL_WORDS or any(char.isdigit() for char in token)


@dataclass(frozen=True)
class Overrides:
    """Editor decisions that beat the automatic rules, as unordered pairs of `item_key` values."""

    keep_apart: frozenset[frozenset[str]] = frozenset()
    """Pairs never merged."""
    merge: frozenset[frozenset[str]] = frozenset()
    """Pairs always merged when in the same section; the earlier item survives."""


@dataclass(frozen=True)
class SectionResult:
    """Deduplication of one section."""

    items: tuple[Item, ...]
    """Survivors, in canonical order, each with ``merged_from`` filled in."""
    merges: tuple[Merge, ...]
    """What was merged into what."""
    candidates: tuple[Candidate, ...]
    """Similar pairs kept apart."""


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity of two word sets (1.0 for two empty sets)."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def blocking_difference(a: frozenset[str], b: frozenset[str]) -> str | None:
    """The first meaningful token on one side only, if any."""
    return next((t for t in sorted(a ^ b) if is_meaningful(t)), None)


@dataclass
class _Group:
    survivor: Item
    key: str
    tokens: frozenset[str]
    merged: list[tuple[Item, str, float]]


def dedupe_section(
    kind: str,
    items: Iterable[Item],
    rank: Callable[[SourceRef], tuple[int, ...]] = lambda ref: (),
    overrides: Overrides | None = None,
) -> SectionResult:
    """Merge duplicates among ``items`` of section ``kind`` (see the module docstring)."""
    overrides = overrides or Overrides()
    # Stable sort: parts split from one line keep their order.
    ordered = sorted(items, key=lambda i: (rank(i.source), i.source))

    # Exact duplicates: same key.
    groups: list[_Group] = []
    by_key: dict[str, _Group] = {}
    for item in ordered:
        key = item_key(item.full_text)
        group = by_key.get(key)
        if group is None:
            group = _Group(item, key, frozenset(words(item.full_text)), [])
            by_key[key] = group
            groups.append(group)
        else:
            group.merged.append((item, "exact", 1.0))

    # Near duplicates: greedy over exact survivors in canonical order.
    frequency = Counter(token for group in groups for token in group.tokens)

    def prefix(tokens: frozenset[str], threshold: float) -> list[str]:
        ordered_tokens = sorted(tokens, key=lambda t: (frequency[t], t))
        size = len(ordered_tokens) - math.ceil(threshold * len(ordered_tokens)) + 1
        return ordered_tokens[:size]

    def probes(tokens: frozenset[str]) -> set[str]:
        wide = {t for t in prefix(tokens, CANDIDATE_AT) if frequency[t] <= COMMON_WORD_ITEMS}
        return wide | set(prefix(tokens, MERGE_AT))

    index: dict[str, list[int]] = defaultdict(list)
    survivors: list[_Group] = []
    candidates: list[Candidate] = []
    for group in groups:
        best: tuple[float, int] | None = None
        forced = next(
            (
                n
                for n, s in enumerate(survivors)
                if frozenset((group.key, s.key)) in overrides.merge
            ),
            None,
        )
        mine: list[Candidate] = []
        seen: set[int] = set()
        for token in probes(group.tokens):
            seen.update(index[token])
        for n in sorted(seen):
            other = survivors[n]
            score = jaccard(group.tokens, other.tokens)
            if score < CANDIDATE_AT:
                continue
            blocker = blocking_difference(group.tokens, other.tokens)
            if frozenset((group.key, other.key)) in overrides.keep_apart:
                why = "kept apart by dedupe.yml"
            elif score >= MERGE_AT and blocker is None:
                if best is None or score > best[0]:
                    best = (score, n)
                continue
            elif blocker is not None:
                why = f"differs in a meaningful word: {blocker!r}"
            else:
                why = f"similarity {score:.2f} is below the merge threshold {MERGE_AT}"
            mine.append(
                Candidate(
                    kind,
                    other.survivor.full_text,
                    group.survivor.full_text,
                    round(score, 3),
                    why,
                    other.survivor.source,
                    group.survivor.source,
                )
            )
        if forced is not None:
            target = survivors[forced]
            score = round(jaccard(group.tokens, target.tokens), 3)
            target.merged.extend([(group.survivor, "override", score), *group.merged])
            continue
        if best is not None:
            score, n = best
            survivors[n].merged.extend([(group.survivor, "near", round(score, 3)), *group.merged])
            continue
        for token in prefix(group.tokens, CANDIDATE_AT):
            index[token].append(len(survivors))
        survivors.append(group)
        candidates.extend(mine)

    merges: list[Merge] = []
    kept: list[Item] = []
    for group in survivors:
        merged_items = group.merged
        kept.append(
            replace(
                group.survivor,
                merged_from=tuple(sorted({i.source for i, _, _ in merged_items})),
            )
        )
        for reason in ("exact", "near", "override"):
            of_reason = [(i, s) for i, r, s in merged_items if r == reason]
            if of_reason:
                merges.append(
                    Merge(
                        section=kind,
                        kept=group.survivor.full_text,
                        kept_source=group.survivor.source,
                        merged=tuple((i.full_text, i.source) for i, _ in of_reason),
                        reason=reason,
                        score=min(s for _, s in of_reason),
                    )
                )
    return SectionResult(tuple(kept), tuple(merges), tuple(candidates))
