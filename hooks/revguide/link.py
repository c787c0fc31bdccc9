"""Find mentions of glossary terms and model names in plain text.

Pure and Markdown-free: `Linker.find` takes the raw, unescaped text of an item and returns
character spans; the caller escapes the text between spans and builds the links::

    >>> linker = Linker([
    ...     Target("customer-relationship-management-crm",
    ...            ("Customer Relationship Management", "CRM")),
    ...     Target("swot-analysis", ("SWOT analysis", "SWOT")),
    ...     Target("thomas-kilmann", ("Thomas-Kilmann model",)),
    ... ])
    >>> text = ("CRMs and customer relationship management; swot up on SWOT and "
    ...         "Thomas Kilmann models.")
    >>> for span in linker.find(text):
    ...     print(span.start, span.end, repr(text[span.start : span.end]), span.key)
    0 4 'CRMs' customer-relationship-management-crm
    9 41 'customer relationship management' customer-relationship-management-crm
    54 58 'SWOT' swot-analysis
    63 84 'Thomas Kilmann models' thomas-kilmann

Rules (each one is a test in ``tests/test_link.py``):

* Case-insensitive (``str.casefold``), except an *acronym* phrase -- one word of at least two
  letters, all of them upper case, e.g. ``CRM``, ``B2B`` -- which matches only as written
  ("swot up" is not SWOT). ``KEY ACCOUNT MANAGEMENT`` (several words) is not an acronym.
* Whole words: a word is a run of letters and digits (with combining marks, so Hindi, Thai and
  decomposed accents stay whole). A mention starts and ends at word edges, so ``SCRM`` holds
  no ``CRM``; punctuation is an edge, so ``CRM's`` and ``(CRM)`` hold one, and so does the
  ``commerce`` in ``e-commerce``.
* Plurals of the last word: ``+s``, ``+es``, ``y -> ies``; an acronym takes only a lower-case
  ``s`` (``CRMs``). The suffix is added blindly, so a phrase ``plan`` also matches ``planes``.
* Between two words, one hyphen (``-``, U+2010, U+2011) or en dash (U+2013) equals any run of
  white space; curly apostrophes (U+2019, U+2018) equal ``'``; other characters between words
  must be the same, with white-space runs folded to one space and dashes folded to ``-``. So
  ``Thomas - Kilmann`` (a spaced dash: a parenthesis in British typography) matches only a
  phrase written with a spaced dash, not ``Thomas Kilmann``; an em dash is never a hyphen.
* Leftmost, then longest (in words), never overlapping. At equal length an exact phrase beats a
  plural form, then the target given first wins.

Characters before a phrase's first word or after its last (``"C++"`` -> ``C``) are ignored; a
phrase with no word at all never matches.

How: the text is split once into words and the gaps between them (one C-level `re.split`), the
words are case-folded, and every word that starts some phrase is walked through a trie of
folded words built in `Linker.__init__`. Cost is O(words x longest phrase), independent of the
number of targets.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate, chain, compress
from operator import or_

__all__ = ["Linker", "Span", "Target"]


@dataclass(frozen=True, slots=True)
class Target:
    """Something mentions can link to: a glossary entry, a model."""

    key: str
    """Identifier of the entry, returned in every `Span` (e.g. a glossary anchor)."""
    phrases: tuple[str, ...]
    """Every phrase that links to the entry: ``("Customer Relationship Management", "CRM")``."""

    def __post_init__(self) -> None:
        if isinstance(self.phrases, str):
            raise TypeError(f"Target {self.key!r}: phrases must be a sequence of str, not a str")
        object.__setattr__(self, "phrases", tuple(self.phrases))


@dataclass(frozen=True, slots=True)
class Span:
    """One mention: ``text[start:end]`` is the mention exactly as written."""

    start: int
    """Index of the mention's first character in the text given to `Linker.find`."""
    end: int
    """Index one past the mention's last character (``text[start:end]``)."""
    key: str
    """`Target.key` of the target mentioned."""


_GAP_FOLD = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-"}
)
_WHITESPACE = re.compile(r"\s+")
_ASCII_SPLIT = re.compile(r"([A-Za-z0-9]++)").split  # `_splitter` on ASCII text, 30% faster


@cache
def _splitter() -> re.Pattern[str]:
    """``re.split`` pattern giving ``[gap, word, gap, word, ..., gap]``.

    A word is letters and digits (``[^\\W_]``) plus any combining marks after them; Python's
    ``\\w`` has no marks, which would cut ``हिन्दी`` into three words. Built on first use
    (scanning the ~130k code points that can hold marks takes ~15 ms).
    """
    planes = chain(range(0x20000), range(0xE0100, 0xE01F0))  # every mark lives in these
    marks = [cp for cp in planes if unicodedata.category(chr(cp))[0] == "M"]
    assert marks[0] >= 0x300, "the guard below assumes no mark before U+0300"
    basic = _char_class(cp for cp in marks if cp <= 0xFFFF)  # compiles to a bitmap: fast
    astral = _char_class(cp for cp in marks if cp > 0xFFFF)  # compiles to a list of ranges
    # The lookahead rejects the usual next character (space, ASCII punctuation) in one test.
    mark = rf"(?=[^\x00-\u02ff])(?:{basic}|{astral})"
    return re.compile(rf"([^\W_]++(?:{mark}++[^\W_]*+)*+)")


def _char_class(code_points: Iterable[int]) -> str:
    """A regex character class of ``code_points`` (none of them special), as ranges."""
    ranges: list[str] = []
    points = sorted(code_points)
    first = previous = points[0]
    for cp in [*points[1:], -2]:
        if cp != previous + 1:
            ranges.append(chr(first) if first == previous else f"{chr(first)}-{chr(previous)}")
            first = cp
        previous = cp
    return f"[{''.join(ranges)}]"


@lru_cache(maxsize=1024)
def _fold_gap(gap: str) -> str:
    """Trie-key prefix for the characters between two words.

    ``""`` when they count as a plain space (white space, one hyphen or en dash); otherwise
    white-space runs become one space, dashes ``-`` and curly apostrophes ``'``, so U+2019 gives
    ``"'"`` and a spaced en dash ``" - "``. A key ``gap + word`` cannot be mistaken for a bare
    word: a word starts with a letter or digit, a gap never holds one.
    """
    folded = _WHITESPACE.sub(" ", gap.translate(_GAP_FOLD))
    return "" if folded in (" ", "-") else folded


def _is_acronym(phrase: str) -> bool:
    """One word of at least two letters, all upper case: ``CRM``, ``B2B``; not ``4 Ps``.

    Several words in capitals (a term scraped as ``KEY ACCOUNT MANAGEMENT``) are a shouted
    name, not an acronym: they match in any case.
    """
    letters = [char for char in phrase if char.isalpha()]
    single_word = len(phrase.split()) == 1
    return single_word and len(letters) >= 2 and all(char.isupper() for char in letters)


def _plurals(word: str, acronym: bool) -> list[str]:
    """The plural forms of a phrase's (folded) last word that also link."""
    if acronym:
        return [word + "s"]
    forms = [word + "s", word + "es"]
    if word.endswith("y"):
        forms.append(word[:-1] + "ies")
    return forms


_Hit = tuple[int, str]
"""``(rank, Target.key)`` of a phrase ending at a trie node; the lower rank wins."""

_MISS: _Hit = (1 << 62, "")  # worse than any real rank


class _Node:
    """A trie node: children by folded ``gap + word`` (see `_fold_gap`), plain ``word`` first."""

    __slots__ = ("children", "hit")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.hit: _Hit | None = None


def _insert(root: _Node, keys: list[str], hit: _Hit) -> None:
    """Add one phrase's keys to the trie; an existing better-ranked hit stays."""
    node = root
    for key in keys:
        node = node.children.setdefault(key, _Node())
    if node.hit is None or hit[0] < node.hit[0]:
        node.hit = hit


def _longest(node: _Node, words: list[str], parts: list[str], first: int) -> tuple[int, _Hit]:
    """``(end, hit)`` of the longest phrase that ``words[first:end]`` spell; end 0 if none.

    ``node`` is the root's child for ``words[first]``; ``parts`` is the text's ``re.split``
    output, so the gap before ``words[i]`` is ``parts[2 * i]``.
    """
    end, hit = (first + 1, node.hit) if node.hit is not None else (0, _MISS)
    index, count = first + 1, len(words)
    while node.children and index < count:
        gap, word = parts[2 * index], words[index]
        child = node.children.get(word if gap == " " else _fold_gap(gap) + word)
        if child is None:
            break
        node = child
        index += 1
        if node.hit is not None:
            end, hit = index, node.hit
    return end, hit


class Linker:
    """Finds mentions of many targets in one pass over a text; build once, reuse.

    `find` is safe to call from several threads: it only reads the tries.
    """

    __slots__ = ("_exact", "_folded")

    def __init__(self, targets: Sequence[Target]) -> None:
        self._folded = _Node()
        """Trie of case-insensitive phrases, keyed by case-folded words."""
        self._exact = _Node()
        """Trie of acronym phrases, keyed by words as written."""
        split = _splitter().split
        for index, target in enumerate(targets):
            for phrase in target.phrases:
                parts = split(phrase)
                words = parts[1::2]
                if not words:
                    continue
                acronym = _is_acronym(phrase)
                if not acronym:
                    words = [word.casefold() for word in words]
                gaps = ["", *(_fold_gap(parts[2 * k]) for k in range(1, len(words)))]
                keys = [gap + word for gap, word in zip(gaps, words, strict=True)]
                root = self._exact if acronym else self._folded
                _insert(root, keys, (index, target.key))
                # Plural forms rank after every exact phrase: "sales" beats a plural of "sale".
                for plural in _plurals(words[-1], acronym):
                    _insert(
                        root, [*keys[:-1], gaps[-1] + plural], (len(targets) + index, target.key)
                    )

    def find(self, text: str) -> list[Span]:
        """All mentions in ``text``, left to right, none overlapping."""
        split = _ASCII_SPLIT if text.isascii() else _splitter().split  # same result, faster
        parts = split(text)  # [gap, word, gap, word, ..., gap]
        raw = parts[1::2]
        folded = list(map(str.casefold, raw))
        folded_roots = self._folded.children
        exact_roots = self._exact.children
        # Words that begin some phrase, found at C speed; only those are walked in Python.
        begins: Iterator[bool] = map(folded_roots.__contains__, folded)
        if exact_roots:
            begins = map(or_, begins, map(exact_roots.__contains__, raw))
        spans: list[Span] = []
        offsets: list[int] = []  # offsets[k] is where parts[k + 1] starts
        free = 0  # first word not inside an earlier mention
        for first in compress(range(len(raw)), begins):
            if first < free:
                continue
            end, hit = 0, _MISS
            node = folded_roots.get(folded[first])
            if node is not None:
                end, hit = _longest(node, folded, parts, first)
            node = exact_roots.get(raw[first]) if exact_roots else None
            if node is not None:
                exact_end, exact_hit = _longest(node, raw, parts, first)
                if (exact_end, -exact_hit[0]) > (end, -hit[0]):
                    end, hit = exact_end, exact_hit
            if end:
                if not offsets:
                    offsets = list(accumulate(map(len, parts)))
                spans.append(Span(offsets[2 * first], offsets[2 * end - 1], hit[1]))
                free = end
        return spans
