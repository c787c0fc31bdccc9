"""Merge duplicate items within one section, precision first.

* **Exact**: items with the same `item_key` (case, white space, quotes, hyphen vs space and end
  punctuation folded) merge; the earliest survives.
* **Near**: items whose word sets have a Jaccard similarity of at least `MERGE_AT` merge, unless
  the words that differ include a *meaningful token* (a number, a negation, a qualification or
  level word, a modal or a contrast word such as internal/external): "ISP Level 4 Diploma in
  Sales" never merges with "ISP Level 4 Certificate in Sales"; nor when the words they share
  come in another order ("linking price to value" / "linking value to price"). Pairs from
  `CANDIDATE_AT` up, and blocked pairs, are reported as candidates for an editor instead.
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

import bisect
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from .model import Candidate, Item, Merge, SourceRef
from .text import item_key, split_words

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
    # No letter is a digit, so most words skip the scan for one.
    return token in MEANINGFUL_WORDS or (
        not token.isalpha() and any(char.isdigit() for char in token)
    )


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


def jaccard(a: frozenset[str], b: Collection[str]) -> float:
    """Jaccard similarity of two word sets (1.0 for two empty sets); ``b``'s words distinct."""
    if not a and not b:
        return 1.0
    shared = len(a.intersection(b))
    return shared / (len(a) + len(b) - shared)  # the union's size, without building it


def blocking_difference(a: frozenset[str], b: Iterable[str]) -> str | None:
    """The first (in sorted order) meaningful token on one side only, if any."""
    return min(filter(is_meaningful, a.symmetric_difference(b)), default=None)


def reordered(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether the words two items share come in another order in one of them (``a`` and
    ``b``: each item's distinct words in text order). "Linking price to value" and "linking
    value to price" say different things."""
    shared = set(a).intersection(b)
    return [w for w in a if w in shared] != [w for w in b if w in shared]


def _min_overlap(size: int, threshold: float) -> int:
    """Fewest words a set of ``size`` words shares with any set it has Jaccard >= threshold with.

    ``|x & y| >= threshold * |x | y| >= threshold * |x|``; the epsilon keeps ``0.85 * 100``
    (85.00000000000001 in floating point) from rounding up to 86.
    """
    return math.ceil(threshold * size - 1e-9)


#: Items of this many words or more may merge with a long item (see `_merge_keys`).
_NEAR_LONG_ITEM_WORDS = _min_overlap(LONG_ITEM_WORDS, MERGE_AT)


@cache
def _prefix_length(size: int, threshold: float, extra: int = 1) -> int:
    """``|x| - min_overlap + extra``: the first that many words hold ``extra`` of any shared words.

    Cached, as each item asks for two or three, of a few dozen sizes.
    """
    return size - _min_overlap(size, threshold) + extra


@cache
def _sizes_in_reach(size: int) -> range:
    """Sizes of the sets a set of ``size`` words can have Jaccard >= `CANDIDATE_AT` with.

    Jaccard is at most the smaller size over the larger. The bounds are found with the same
    floating-point comparison as a pair's score, so a rounding error cannot move them.
    """
    low = math.ceil(CANDIDATE_AT * size)
    high = size
    while size >= CANDIDATE_AT * (high + 1):
        high += 1
    return range(low, high + 1)


def _merge_keys(ranked: Sequence[int]) -> list[tuple[int, ...]]:
    """Index keys under which any two word sets with Jaccard >= `MERGE_AT` meet (see module doc).

    ``ranked`` is the set as word ranks, rarest first.
    """
    size = len(ranked)
    keys: list[tuple[int, ...]]
    if size < 2:
        keys = [tuple(ranked)]  # only the same set reaches MERGE_AT
    elif size < LONG_ITEM_WORDS:
        keys = list(itertools.combinations(ranked[: _prefix_length(size, MERGE_AT, 2)], 2))
    else:
        keys = []
    if size >= _NEAR_LONG_ITEM_WORDS:
        keys.extend((token,) for token in ranked[: _prefix_length(size, MERGE_AT)])
    return keys


#: Items with the same `item_key`: the position of the first (the survivor) in canonical order,
#: the key, and its distinct words in text order. A plain tuple of atoms, which the garbage
#: collector stops tracking (see `_Index`); not a class, whose instances it tracks for good.
_Group = tuple[int, str, tuple[str, ...]]


#: A merge key (a tuple of word ranks) or an uncommon word (its rank).
_Key = tuple[int, ...] | int


class _Index:
    """Survivors filed under merge keys and uncommon prefix words (see the module docstring).

    Words are numbered by rank in the section, rarest first: an item's ranks sort rarest first
    without a key function, and the uncommon words are the ranks below `uncommon`.

    At 100,000 items the garbage collector's full passes, which walk every container it
    tracks, were a third of the time. So what is kept per item is a tuple of atoms where
    possible (untracked once the collector has seen it), and a key that files one survivor
    (most do) holds a bare int, not a list.
    """

    def __init__(self, groups: Sequence[_Group]) -> None:
        frequency = Counter(itertools.chain.from_iterable(words for _, _, words in groups))
        rarest_first = sorted(frequency, key=lambda t: (frequency[t], t))
        self.rank = {token: n for n, token in enumerate(rarest_first)}
        self.uncommon = sum(1 for count in frequency.values() if count <= COMMON_WORD_ITEMS)
        self.filed: dict[_Key, int | list[int]] = {}

    def keys(self, tokens: Iterable[str]) -> list[_Key]:
        """Where an item is looked up and filed: its merge keys and uncommon prefix words."""
        ranked = sorted(map(self.rank.__getitem__, tokens))
        uncommon = min(
            _prefix_length(len(ranked), CANDIDATE_AT), bisect.bisect_left(ranked, self.uncommon)
        )
        return [*_merge_keys(ranked), *ranked[:uncommon]]

    def near(self, keys: list[_Key]) -> list[int]:
        """Survivors filed under any of ``keys``, in survivor order."""
        hits = [filed for filed in map(self.filed.get, keys) if filed is not None]
        if not hits:
            return []  # most items
        found: set[int] = set()
        for filed in hits:
            if isinstance(filed, int):
                found.add(filed)
            else:
                found.update(filed)
        return sorted(found)

    def add(self, keys: list[_Key], survivor: int) -> None:
        """File ``survivor`` (its position among the survivors) under ``keys``."""
        for key in keys:
            filed = self.filed.setdefault(key, survivor)
            if filed != survivor:
                if isinstance(filed, int):
                    self.filed[key] = [filed, survivor]
                else:
                    filed.append(survivor)


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

    # Exact duplicates: same key. `merged` holds what each group's survivor absorbs, by key.
    groups: list[_Group] = []
    merged: defaultdict[str, list[tuple[Item, str, float]]] = defaultdict(list)
    keys_seen: set[str] = set()
    for at, item in enumerate(ordered):
        key = item_key(item.full_text)
        if key in keys_seen:
            merged[key].append((item, "exact", 1.0))
        else:
            keys_seen.add(key)
            groups.append((at, key, tuple(dict.fromkeys(split_words(key)))))

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
        first, key, words = group
        item, tokens = ordered[first], frozenset(words)
        best: tuple[float, int] | None = None
        forced = min(
            (survivor_at[k] for k in partners.get(key, ()) if k in survivor_at), default=None
        )
        keys = index.keys(words) if index else []
        mine: list[Candidate] = []
        in_reach = _sizes_in_reach(len(words))
        for n in index.near(keys) if index else range(len(survivors)):
            other_first, other_key, other_words = survivors[n]
            if len(other_words) not in in_reach:
                continue  # Jaccard is at most the smaller size over the larger
            score = jaccard(tokens, other_words)
            if score < CANDIDATE_AT:
                continue
            blocker = blocking_difference(tokens, other_words)
            if frozenset((key, other_key)) in overrides.keep_apart:
                why = "kept apart by dedupe.yml"
            elif score >= MERGE_AT and blocker is None:
                if best is not None and score <= best[0]:
                    continue  # merges into a closer item: its candidates are not reported
                if not reordered(words, other_words):
                    best = (score, n)
                    continue
                why = "the words they share come in another order"
            elif blocker is not None:
                why = f"differs in a meaningful word: {blocker!r}"
            else:
                why = f"similarity {score:.2f} is below the merge threshold {MERGE_AT}"
            other = ordered[other_first]
            mine.append(
                Candidate(
                    kind,
                    other.full_text,
                    item.full_text,
                    round(score, 3),
                    why,
                    other.source,
                    item.source,
                )
            )
        if forced is not None:
            _, target_key, target_words = survivors[forced]
            score = round(jaccard(tokens, target_words), 3)
            merged[target_key].extend([(item, "override", score), *merged.pop(key, ())])
            continue
        if best is not None:
            score, n = best
            merged[survivors[n][1]].extend([(item, "near", round(score, 3)), *merged.pop(key, ())])
            continue
        survivor_at[key] = len(survivors)
        if index:
            index.add(keys, len(survivors))
        survivors.append(group)
        candidates.extend(mine)

    merges: list[Merge] = []
    kept: list[Item] = []
    for first, key, _ in survivors:
        survivor = ordered[first]
        merged_items = merged.get(key, [])
        if not merged_items and not survivor.merged_from:
            kept.append(survivor)  # the common case, and nothing to replace
            continue
        kept.append(
            replace(survivor, merged_from=tuple(sorted({i.source for i, _, _ in merged_items})))
        )
        for reason in ("exact", "near", "override"):
            of_reason = [(i, s) for i, r, s in merged_items if r == reason]
            if of_reason:
                merges.append(
                    Merge(
                        section=kind,
                        kept=survivor.full_text,
                        kept_source=survivor.source,
                        merged=tuple((i.full_text, i.source) for i, _ in of_reason),
                        reason=reason,
                        score=min(s for _, s in of_reason),
                    )
                )
    return SectionResult(tuple(kept), tuple(merges), tuple(candidates))
