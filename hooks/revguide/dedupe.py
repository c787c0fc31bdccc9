"""Merge duplicate items within one section: only what says the same thing.

* **Merges.** Two items merge when they are equal once meaning-preserving differences are
  folded (`wording`: case, spacing, punctuation and quotes, list markers, invisible characters,
  hyphenated compounds, British/American spelling, plurals, articles, number words). The merge is
  ``exact`` when their `item_key` is equal too (case, spacing, quotes, hyphens and end
  punctuation only), else ``equivalent``. The earliest item survives. Any other difference in any
  token keeps them apart: "after mitosis" / "after meiosis", "PED > 1" / "PED < 1", "four
  marks" / "three marks" are never merged, whatever else they share.
* **Structure.** A table row merges only with a row of the same cells (compared as `item_key`s).
  When items merge, their nested items (children) are united: the survivor keeps its own, in
  order, then each merged item's that says something else; a child that says the same thing
  as one kept (the same folds) merges into it, is reported like any merge, and brings its own
  children to be united in turn.
* **Candidates.** Survivors that share most of their content words (`CANDIDATE_AT` of the
  smaller one's, and at least `MIN_SHARED` of them) are reported for an editor to decide, with
  the words that differ: a changed word, a reordering ("price to value" / "value to price") or a
  rewording of the same point. At most `MAX_CANDIDATES_PER_ITEM` per item, the most similar.
* **Overrides** (``content_src/dedupe.yml``, decided with ``python -m revguide review``) keep a
  pair apart or merge it regardless.

Merging costs one dictionary look-up per key of an item, at any section size, so recall is
exact. Candidates are searched among all pairs in a section of at most `ALL_PAIRS_UP_TO`
survivors, and in a bigger one among the items that share an uncommon word (in at most
`COMMON_WORD_ITEMS` items) among their rarest, or that differ in one word only (see
`_pairs_to_compare`). That is best effort: a rewording that shares only common words, or two
items of very different lengths, can go unreported (and then stay two items, as without
dedupe). Time and memory are linear in the section: every list is bounded, and so are the
candidates per item (and the build report's list, see `report`).

Items are processed in a canonical order (source rank, then line), so the result does not depend
on the order they are given in, and deduplicating a result again changes nothing.
"""

from __future__ import annotations

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
#: Words in more items than this are not used to look for candidates in a big section.
COMMON_WORD_ITEMS = 32
#: A section of at most this many survivors is searched for candidates among all its pairs
#: (2,016 at most: cheaper than indexing it, and exact).
ALL_PAIRS_UP_TO = 64

#: Joins a table row's wording key to its cells' keys (a control character: never in a text).
CELLS = "\x1f"

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
class DedupedSection:
    """Deduplication of one section."""

    items: tuple[Item, ...]
    """Survivors, in canonical order, each with ``merged_from`` filled in."""
    merges: tuple[Merge, ...]
    """What was merged into what."""
    candidates: tuple[Candidate, ...]
    """Similar pairs kept apart."""


def dedupe_section(
    kind: str,
    items: Iterable[Item],
    rank: Callable[[SourceRef], tuple[int, ...]] = lambda ref: (),
    overrides: Overrides | None = None,
) -> DedupedSection:
    """Merge duplicates among ``items`` of section ``kind`` (see the module docstring)."""
    overrides = overrides or Overrides()
    # Stable sort: parts split from one line keep their order. (Path and line as plain values:
    # comparing SourceRef objects runs Python code, a third of the time at 100,000 items.)
    ordered = sorted(items, key=lambda i: (rank(i.source), i.source.path, i.source.line))
    partners: dict[str, set[str]] = defaultdict(set)
    for pair in overrides.merge:
        for key in pair:
            partners[key].update(pair - {key})
    decided = bool(overrides.merge or overrides.keep_apart)

    owner: dict[str, int] = {}  # a wording key -> the first survivor with it
    survivor_with: dict[str, int] = {}  # an item_key -> its survivor (with decisions only)
    # Survivors as parallel lists (cheaper than an object each, at 100,000 items).
    kept: list[Item] = []
    contents: list[frozenset[str]] = []
    merged: defaultdict[int, list[tuple[Item, str]]] = defaultdict(list)
    for item in ordered:
        text = item.full_text
        keys, tokens = wording(text)
        if item.cells:  # a row merges only with a row of the same cells
            keys = tuple(f"{key}{CELLS}{CELLS.join(map(item_key, item.cells))}" for key in keys)
        if len(keys) == 1:  # no compound: nearly every item
            same = owner.get(keys[0])
        else:
            same = min((owner[k] for k in keys if k in owner), default=None)
        if decided:
            key = item_key(text)
            forced = min(
                (survivor_with[k] for k in partners[key] if k in survivor_with), default=None
            )
            if forced is not None:
                merged[forced].append((item, "override"))
                continue
            if same is not None and (
                frozenset((key, item_key(kept[same].full_text))) in overrides.keep_apart
            ):
                same = survivor_with.get(key)  # kept apart, but a repeat of this very text
            survivor_with.setdefault(key, len(kept) if same is None else same)
        if same is not None:
            exact = item_key(text) == item_key(kept[same].full_text)
            merged[same].append((item, "exact" if exact else "equivalent"))
            continue
        for wording_key in keys:
            owner.setdefault(wording_key, len(kept))
        kept.append(item)
        contents.append(frozenset(tokens).difference(FUNCTION_WORDS))

    merges: list[Merge] = []
    for at, merged_items in sorted(merged.items()):
        survivor = kept[at]
        children = _unite(kind, survivor.children, [i.children for i, _ in merged_items], merges)
        kept[at] = replace(
            survivor,
            merged_from=tuple(sorted({i.source for i, _ in merged_items})),
            children=children,
        )
        merges += _records(kind, survivor, merged_items)
    candidates = _candidates(kind, kept, contents, overrides)
    return DedupedSection(tuple(kept), tuple(merges), candidates)


def _unite(
    kind: str, own: tuple[Item, ...], others: Sequence[tuple[Item, ...]], merges: list[Merge]
) -> tuple[Item, ...]:
    """``own`` children, then those of ``others`` that say something else; one that says the
    same as a kept child (the same `wording` keys) merges into it, recorded in ``merges``."""
    if not any(others):
        return own
    kept = list(own)
    owner = {key: n for n, child in enumerate(own) for key in wording(child.full_text)[0]}
    into: defaultdict[int, list[Item]] = defaultdict(list)
    for child in itertools.chain.from_iterable(others):
        keys = wording(child.full_text)[0]
        same = min((owner[k] for k in keys if k in owner), default=None)
        if same is None:
            for key in keys:
                owner.setdefault(key, len(kept))
            kept.append(child)
        else:
            into[same].append(child)
    for at, merged in sorted(into.items()):
        survivor = kept[at]
        exact = item_key(survivor.full_text)
        reasons = [(c, "exact" if item_key(c.full_text) == exact else "equivalent") for c in merged]
        merges += _records(kind, survivor, reasons)
        kept[at] = replace(
            survivor,
            merged_from=tuple(sorted({*survivor.merged_from, *(c.source for c in merged)})),
            children=_unite(kind, survivor.children, [c.children for c in merged], merges),
        )
    return tuple(kept)


def _records(kind: str, survivor: Item, merged: Sequence[tuple[Item, str]]) -> list[Merge]:
    """The report's records of ``merged`` (item, reason) into ``survivor``: one per reason."""
    return [
        Merge(
            section=kind,
            kept=survivor.full_text,
            kept_source=survivor.source,
            merged=tuple((item.full_text, item.source) for item, _ in of_reason),
            reason=reason,
            score=1.0,
        )
        for reason in ("exact", "equivalent", "override")
        if (of_reason := [(item, r) for item, r in merged if r == reason])
    ]


def _candidates(
    kind: str, kept: Sequence[Item], contents: Sequence[frozenset[str]], overrides: Overrides
) -> tuple[Candidate, ...]:
    """Similar pairs of survivors, at most `MAX_CANDIDATES_PER_ITEM` per later item."""
    found: list[Candidate] = []
    for later, scored in _similar(contents):
        for score, negative in heapq.nlargest(MAX_CANDIDATES_PER_ITEM, scored):
            a, b = kept[-negative], kept[later]
            if frozenset((item_key(a.full_text), item_key(b.full_text))) in overrides.keep_apart:
                why = KEPT_APART
            elif score == 1.0 and contents[-negative] == contents[later]:
                why = "the same content words with other small words or in another order"
            elif score == 1.0:
                why = "one says all the other does and more"
            else:
                why = f"{score:.0%} of content words shared: a changed word or a rewording"
            found.append(
                Candidate(
                    kind,
                    a.full_text,
                    b.full_text,
                    round(score, 3),
                    why,
                    a.source,
                    b.source,
                    pair_id(a.full_text, b.full_text),
                )
            )
    return tuple(found)


#: 1, 2, 4, 8...: the bits of words, extended as sections need more.
_POWERS = [1 << n for n in range(1024)]


def _similar(contents: Sequence[frozenset[str]]) -> Iterable[tuple[int, list[tuple[float, int]]]]:
    """Each survivor with its (score, -position) for each earlier one similar enough."""
    if len(contents) <= ALL_PAIRS_UP_TO:
        # Every pair: each item's words as bits of an int, so a pair's shared words are one
        # AND and a bit count (five times cheaper than intersecting sets).
        every = sorted(set().union(*contents))
        while len(_POWERS) < len(every):
            _POWERS.extend(1 << n for n in range(len(_POWERS), 2 * len(_POWERS)))
        bit = dict(zip(every, _POWERS, strict=False))
        masks = [sum(map(bit.__getitem__, words)) for words in contents]
        sizes = list(map(len, contents))
        for later in range(1, len(contents)):
            mask, size = masks[later], sizes[later]
            scored = [
                (shared / least, -earlier)
                for earlier in range(later)
                if (shared := (mask & masks[earlier]).bit_count()) >= MIN_SHARED
                and shared >= CANDIDATE_AT * (least := min(size, sizes[earlier]))
            ]
            if scored:
                yield later, scored
        return
    for later, earlier_ones in _pairs_to_compare(contents):
        words, size = contents[later], len(contents[later])
        scored = []
        for earlier in earlier_ones:
            shared = len(words.intersection(contents[earlier]))
            least = min(size, len(contents[earlier]))
            # shared >= CANDIDATE_AT of the smaller: no division for the many that fail
            if shared >= MIN_SHARED and shared >= CANDIDATE_AT * least:
                scored.append((shared / least, -earlier))
        if scored:
            yield later, scored


def _pairs_to_compare(contents: Sequence[frozenset[str]]) -> Iterable[tuple[int, list[int]]]:
    """Each survivor of a big section with the earlier ones it could be a candidate with,
    found two ways:

    * those sharing an uncommon word (in at most `COMMON_WORD_ITEMS` items) among the rarest
      words of each (prefix filtering, Chaudhuri et al. 2006: two sets sharing `CANDIDATE_AT` of
      both share one of the first ``|x| - ceil(CANDIDATE_AT |x|) + 1`` words of each, rarest
      first);
    * those with the same content words but for the rarest word of one or each: one word
      changed ("... ledger 3" / "... ledger 4", "after mitosis" / "after meiosis") or added,
      however common the other words are. Only the latest `COMMON_WORD_ITEMS` of such items
      are kept for each shape.

    Every list is bounded, so the search is linear in the section.
    """
    frequency = Counter(itertools.chain.from_iterable(contents))
    # Words numbered rarest first, so that an item's rarest words are its lowest numbers.
    rank = {word: n for n, word in enumerate(sorted(frequency, key=lambda w: (frequency[w], w)))}
    uncommon = frozenset(w for w, count in frequency.items() if count <= COMMON_WORD_ITEMS)
    filed: defaultdict[str, list[int]] = defaultdict(list)
    # A shape is the sum of its words' hashes (order-free; a clash only adds a pair to compare).
    # Items of one shape are chained, latest first: `latest` holds the last node of each shape
    # and `before[node]` the one before it; node 2n is item n's whole shape, 2n + 1 the rest.
    latest: dict[int, int] = {}
    before: list[int] = []
    for later, words in enumerate(contents):
        earlier: set[int] = set()
        prefix = len(words) - math.ceil(CANDIDATE_AT * len(words) - 1e-9) + 1
        rare = words & uncommon  # the rarest of its words, if any (nearly always few)
        for word in sorted(rare, key=rank.__getitem__)[:prefix] if len(rare) > prefix else rare:
            earlier.update(filed[word])
            filed[word].append(later)
        whole = sum(map(hash, words))
        rest = whole - hash(min(words, key=rank.__getitem__)) if len(words) > MIN_SHARED else None
        for node, shape in enumerate((whole, rest), 2 * later):
            found = latest.get(shape, -1) if shape is not None else -1
            for _ in range(COMMON_WORD_ITEMS):
                if found < 0:
                    break
                if found // 2 != later:
                    earlier.add(found // 2)
                found = before[found]
            before.append(latest.get(shape, -1) if shape is not None else -1)
            if shape is not None:
                latest[shape] = node
        if earlier:
            yield later, list(earlier)
