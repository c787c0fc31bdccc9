"""Merge duplicate items within one section: only what says the same thing.

* **Merges.** Two items merge when they are equal once meaning-preserving differences are
  folded (`wording`: case, spacing, punctuation and quotes, list markers, invisible characters,
  hyphenated compounds, British/American spelling, plurals, articles, number words). The merge is
  ``exact`` when their `item_key` is equal too (case, spacing, quotes, hyphens and end
  punctuation only), else ``equivalent``. The earliest item survives. Any other difference in any
  token keeps them apart: "after mitosis" / "after meiosis", "PED > 1" / "PED < 1", "four
  marks" / "three marks" are never merged, whatever else they share.
* **Candidates.** Survivors that share most of their content words (`CANDIDATE_AT` of the
  smaller one's, and at least `MIN_SHARED` of them) are reported for an editor to decide, with
  the words that differ: a changed word, a reordering ("price to value" / "value to price") or a
  rewording of the same point. At most `MAX_CANDIDATES_PER_ITEM` per item, the most similar.
* **Overrides** (``content_src/dedupe.yml``, decided with ``python -m revguide review``) keep a
  pair apart or merge it regardless.

Merging costs one dictionary look-up per key of an item, at any section size, so recall is
exact. Candidates are searched among all pairs in a section of at most `COMMON_WORD_ITEMS`
survivors, and in a bigger one among the items that share an uncommon word (in at most
`COMMON_WORD_ITEMS` items) among their rarest (see `_indexed_pairs`). That is best effort: a
similar pair sharing only common words, or two items of very different lengths, can go
unreported (and then stay two items, as without dedupe). Time and memory are linear in the
section: each word's list is bounded, and so are the candidates per item.

Items are processed in a canonical order (source rank, then line), so the result does not depend
on the order they are given in, and deduplicating a result again changes nothing.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from .ids import pair_id
from .model import Candidate, Item, Merge, SourceRef
from .text import item_key
from .wording import fold_word, wording

#: Share of the smaller item's content words two items must share to be a candidate.
CANDIDATE_AT = 0.6
#: Fewest content words two items must share to be a candidate.
MIN_SHARED = 2
#: The most similar earlier items reported as candidates for one item.
MAX_CANDIDATES_PER_ITEM = 3
#: Words in more items than this are not used to look for candidates in a big section; a
#: section of at most this many survivors compares every pair.
COMMON_WORD_ITEMS = 32

#: Why a candidate decided in ``dedupe.yml`` was not merged (it is no longer open for review).
KEPT_APART = "kept apart by dedupe.yml"

FUNCTION_WORDS = frozenset(
    fold_word(word)
    for word in (
        "and or but if then so as of in on at to for from by with into onto about over under "
        "than that this these those it its is are was were be been being has have had do does "
        "did will would shall can could may might must should which who whom whose what when "
        "where why how there their they them he she his her we our you your i me my also such "
        "other each every all some any more most very just only both either"
    ).split()
)
"""Words that carry no subject matter: not counted when measuring how alike two items are
(they still count for merging: "should" / "should not" never merge)."""


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


@dataclass(frozen=True)
class _Survivor:
    """An item that stayed, with what it is compared by."""

    item: Item
    """The item."""
    key: str
    """Its `item_key`."""
    content: frozenset[str]
    """Its content words (folded tokens that are not `FUNCTION_WORDS`)."""


def containment(a: frozenset[str], b: frozenset[str]) -> tuple[float, int]:
    """Share of the smaller set found in the other, and the number of shared words."""
    shared = len(a & b)
    return (shared / min(len(a), len(b)) if shared else 0.0), shared


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
    partners: dict[str, set[str]] = defaultdict(set)
    for pair in overrides.merge:
        for key in pair:
            partners[key].update(pair - {key})

    owner: dict[str, int] = {}  # a wording key -> the first survivor with it
    survivor_with: dict[str, int] = {}  # an item_key -> its survivor
    survivors: list[_Survivor] = []
    merged: defaultdict[int, list[tuple[Item, str]]] = defaultdict(list)
    for item in ordered:
        key = item_key(item.full_text)
        words = wording(item.full_text)
        forced = min(
            (survivor_with[k] for k in partners.get(key, ()) if k in survivor_with), default=None
        )
        same = min((owner[k] for k in words.keys if k in owner), default=None)
        if same is not None and frozenset((key, survivors[same].key)) in overrides.keep_apart:
            same = None
        if forced is not None:
            merged[forced].append((item, "override"))
        elif same is not None:
            reason = "exact" if key == survivors[same].key else "equivalent"
            merged[same].append((item, reason))
            survivor_with.setdefault(key, same)
        else:
            at = len(survivors)
            for wording_key in words.keys:
                owner.setdefault(wording_key, at)
            survivor_with[key] = at
            content = frozenset(words.tokens) - FUNCTION_WORDS
            survivors.append(_Survivor(item, key, content))

    merges: list[Merge] = []
    kept: list[Item] = []
    for at, survivor in enumerate(survivors):
        merged_items = merged.get(at, [])
        if not merged_items:
            kept.append(survivor.item)  # the common case, and nothing to replace
            continue
        kept.append(
            replace(survivor.item, merged_from=tuple(sorted({i.source for i, _ in merged_items})))
        )
        for reason in ("exact", "equivalent", "override"):
            of_reason = [i for i, r in merged_items if r == reason]
            if of_reason:
                merges.append(
                    Merge(
                        section=kind,
                        kept=survivor.item.full_text,
                        kept_source=survivor.item.source,
                        merged=tuple((i.full_text, i.source) for i in of_reason),
                        reason=reason,
                        score=1.0,
                    )
                )
    candidates = _candidates(kind, survivors, overrides)
    return SectionResult(tuple(kept), tuple(merges), candidates)


def _candidates(
    kind: str, survivors: Sequence[_Survivor], overrides: Overrides
) -> tuple[Candidate, ...]:
    """Similar pairs of survivors, at most `MAX_CANDIDATES_PER_ITEM` per later item."""
    found: list[Candidate] = []
    for later, earlier_ones in _pairs_to_compare(survivors):
        b = survivors[later]
        scored = []
        for earlier in earlier_ones:
            score, shared = containment(survivors[earlier].content, b.content)
            if shared >= MIN_SHARED and score >= CANDIDATE_AT:
                scored.append((score, -earlier))
        for score, negative in heapq.nlargest(MAX_CANDIDATES_PER_ITEM, scored):
            a = survivors[-negative]
            if frozenset((a.key, b.key)) in overrides.keep_apart:
                why = KEPT_APART
            elif score == 1.0 and a.content == b.content:
                why = "the same content words with other small words or in another order"
            elif score == 1.0:
                why = "one says all the other does and more"
            else:
                why = f"{score:.0%} of content words shared: a changed word or a rewording"
            found.append(
                Candidate(
                    kind,
                    a.item.full_text,
                    b.item.full_text,
                    round(score, 3),
                    why,
                    a.item.source,
                    b.item.source,
                    pair_id(a.item.full_text, b.item.full_text),
                )
            )
    return tuple(found)


def _pairs_to_compare(survivors: Sequence[_Survivor]) -> Iterable[tuple[int, Iterable[int]]]:
    """Each survivor with the earlier survivors it could be a candidate with.

    In a big section: those sharing an uncommon word (in at most `COMMON_WORD_ITEMS` items)
    among the rarest words of each (prefix filtering, Chaudhuri et al. 2006: two sets sharing
    `CANDIDATE_AT` of both share one of the first ``|x| - ceil(CANDIDATE_AT |x|) + 1`` words of
    each, rarest first). Each word's list is bounded, so the search is linear in the section.
    """
    if len(survivors) <= COMMON_WORD_ITEMS:
        return ((later, range(later)) for later in range(len(survivors)))
    frequency = Counter(itertools.chain.from_iterable(s.content for s in survivors))
    # Words numbered rarest first: an item's numbers sort rarest first, uncommon ones are low.
    rank = {word: n for n, word in enumerate(sorted(frequency, key=lambda w: (frequency[w], w)))}
    uncommon = sum(1 for count in frequency.values() if count <= COMMON_WORD_ITEMS)
    return _indexed_pairs([sorted(map(rank.__getitem__, s.content)) for s in survivors], uncommon)


def _indexed_pairs(ranked: list[list[int]], uncommon: int) -> Iterable[tuple[int, list[int]]]:
    """Pairs sharing a word below ``uncommon`` in both prefixes (see `_pairs_to_compare`)."""
    filed: defaultdict[int, list[int]] = defaultdict(list)
    for later, words in enumerate(ranked):
        prefix = len(words) - math.ceil(CANDIDATE_AT * len(words) - 1e-9) + 1
        earlier: set[int] = set()
        for word in words[: min(prefix, bisect.bisect_left(words, uncommon))]:
            earlier.update(filed[word])
            filed[word].append(later)
        if earlier:
            yield later, sorted(earlier)
