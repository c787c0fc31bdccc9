"""Merge duplicate items within one section, precision first.

* **Exact**: items with the same `item_key` (case, white space, quotes, hyphen vs space and end
  punctuation folded) merge; the earliest survives.
* **Near**: items whose word sets have a Jaccard similarity of at least `MERGE_AT` merge, unless
  the words that differ include a *meaningful token* (a number, a negation, a qualification or
  level word, a modal or a contrast word such as internal/external): "ISP Level 4 Diploma in
  Sales" never merges with "ISP Level 4 Certificate in Sales". Pairs from `CANDIDATE_AT` up, and
  blocked pairs, are reported as candidates for an editor instead.
* **Overrides** (``content_src/dedupe.yml``) keep a pair apart or merge it regardless.

Pairs are found without comparing all pairs, by prefix filtering (Chaudhuri et al., 2006):
with each item's words ordered rarest first (by frequency in the section), two sets with
Jaccard >= t share at least ``o = ceil(t|x|)`` words, so the first ``|x| - o + k`` words of each
hold the ``k`` rarest words they share.

* Merges, exact recall: every *pair* of words among the first ``|x| - o + 2`` is an index key
  (k = 2; `MERGE_AT` > 1/2 makes ``o`` >= 2), so two items meet under the pair of the two
  rarest words they share. A pair's list holds only the items with both words, so it stays
  short where a single word's list would hold much of the section (a 100,000-item section of
  a 5,000-word vocabulary was hours with single words). Items of one word only meet the same
  word set; items of
  `LONG_ITEM_WORDS` or more words (few, and pairs would grow with the square of their prefix)
  use single words instead (k = 1), and so do the items near that size that could merge with
  them.
* Candidates, best effort: items sharing a word among the first ``|x| - ceil(0.6|x|) + 1``
  that is in at most `COMMON_WORD_ITEMS` items, so lists stay short. In bigger sections a
  similar pair that shares only common words can go unreported (and then stays two items, as
  without dedupe). A section of at most `COMMON_WORD_ITEMS` distinct items (nearly all of them)
  compares every pair instead: at most 496 comparisons, cheaper than indexing, and exact.

Items are processed in a canonical order (source
rank, then line), so the result does not depend on the order they are given in, and
deduplicating a result again changes nothing.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, replace

from .model import Candidate, Item, Merge, SourceRef
from .text import WORD, item_key

MERGE_AT = 0.85
CANDIDATE_AT = 0.6
#: Words in more items than this are not used to look for candidates (only for merges).
COMMON_WORD_ITEMS = 32
#: Items of at least this many distinct words are indexed for merges by single rare words, not
#: pairs of them: pairs grow with the square of the prefix, and long items are few.
LONG_ITEM_WORDS = 64

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
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)  # the union's size, without building it


def blocking_difference(a: frozenset[str], b: frozenset[str]) -> str | None:
    """The first meaningful token on one side only, if any."""
    return next((t for t in sorted(a ^ b) if is_meaningful(t)), None)


def _min_overlap(size: int, threshold: float) -> int:
    """Fewest words a set of ``size`` words shares with any set it has Jaccard >= threshold with.

    ``|x & y| >= threshold * |x | y| >= threshold * |x|``; the epsilon keeps ``0.85 * 100``
    (85.00000000000001 in floating point) from rounding up to 86.
    """
    return math.ceil(threshold * size - 1e-9)


def _prefix(ranked: Sequence[str], threshold: float, extra: int = 1) -> Sequence[str]:
    """The first ``|x| - min_overlap + extra`` words: they hold ``extra`` of any shared words."""
    return ranked[: len(ranked) - _min_overlap(len(ranked), threshold) + extra]


def _merge_keys(ranked: Sequence[str]) -> list[tuple[str, ...]]:
    """Index keys under which any two word sets with Jaccard >= `MERGE_AT` meet (see module doc).

    ``ranked`` is the set, rarest word first.
    """
    size = len(ranked)
    keys: list[tuple[str, ...]] = []
    if size < 2:
        keys.append(tuple(ranked))  # only the same set reaches MERGE_AT
    elif size < LONG_ITEM_WORDS:
        keys.extend(itertools.combinations(_prefix(ranked, MERGE_AT, extra=2), 2))
    if size >= _min_overlap(LONG_ITEM_WORDS, MERGE_AT):  # may merge with a long item
        keys.extend((token,) for token in _prefix(ranked, MERGE_AT))
    return keys


@dataclass
class _Group:
    survivor: Item
    key: str
    tokens: frozenset[str]
    merged: list[tuple[Item, str, float]]


class _Index:
    """Survivors filed under merge keys and uncommon prefix words (see the module docstring)."""

    def __init__(self, groups: Sequence[_Group]) -> None:
        self.frequency = Counter(itertools.chain.from_iterable(group.tokens for group in groups))
        rarest_first = sorted(self.frequency, key=lambda t: (self.frequency[t], t))
        self.order = {token: n for n, token in enumerate(rarest_first)}
        self.filed: dict[Hashable, list[int]] = defaultdict(list)

    def keys(self, group: _Group) -> list[Hashable]:
        """Where ``group`` is looked up and filed: its merge keys and uncommon prefix words."""
        ranked = sorted(group.tokens, key=self.order.__getitem__)
        wide = _prefix(ranked, CANDIDATE_AT)
        return [*_merge_keys(ranked), *(t for t in wide if self.frequency[t] <= COMMON_WORD_ITEMS)]

    def near(self, keys: list[Hashable]) -> list[int]:
        """Survivors filed under any of ``keys``, in survivor order."""
        seen: set[int] = set()
        for key in keys:
            seen.update(self.filed.get(key, ()))
        return sorted(seen)

    def add(self, keys: list[Hashable], survivor: int) -> None:
        """File ``survivor`` (its position among the survivors) under ``keys``."""
        for key in keys:
            self.filed[key].append(survivor)


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
            group = _Group(item, key, frozenset(WORD.findall(key)), [])
            by_key[key] = group
            groups.append(group)
        else:
            group.merged.append((item, "exact", 1.0))

    # Near duplicates: greedy over exact survivors in canonical order. A small section compares
    # every pair: as exact as its index would be (every word is uncommon), and cheaper.
    index = _Index(groups) if len(groups) > COMMON_WORD_ITEMS else None
    partners: dict[str, list[str]] = defaultdict(list)
    for pair in overrides.merge:
        for key in pair:
            partners[key].extend(pair - {key})

    survivor_at: dict[str, int] = {}
    survivors: list[_Group] = []
    candidates: list[Candidate] = []
    for group in groups:
        best: tuple[float, int] | None = None
        forced = min(
            (survivor_at[k] for k in partners.get(group.key, ()) if k in survivor_at), default=None
        )
        keys = index.keys(group) if index else []
        mine: list[Candidate] = []
        size = len(group.tokens)
        for n in index.near(keys) if index else range(len(survivors)):
            other = survivors[n]
            other_size = len(other.tokens)
            if min(size, other_size) < CANDIDATE_AT * max(size, other_size):
                continue  # Jaccard is at most the smaller size over the larger
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
        survivor_at[group.key] = len(survivors)
        if index:
            index.add(keys, len(survivors))
        survivors.append(group)
        candidates.extend(mine)

    merges: list[Merge] = []
    kept: list[Item] = []
    for group in survivors:
        merged_items = group.merged
        if not merged_items and not group.survivor.merged_from:
            kept.append(group.survivor)  # the common case, and nothing to replace
            continue
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
