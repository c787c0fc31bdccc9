"""What an item says, as comparable tokens: two items merge only when their keys meet.

Each token is folded only in ways that cannot change what the text means; any other difference
in any token (a word, a number, a unit, a symbol, an abbreviation) keeps the keys apart::

    "1. The colour-coded ‘analyses’ show four trends."  -> "color coded analyze show 4 trend"
    "(a) Colour coded analyzes show 4 trends"           -> the same key: merged
    "The colour-coded analyses show three trends."      -> "... 3 trend": never merged

The folds, in order:

* invisible characters (soft hyphen, zero-width, bidi marks: Unicode format characters) go;
  compatibility forms are unified (NFKC: "ﬁ" is "fi"), case is folded;
* list markers at the start ("1.", "(a)", "iv)", "•") go;
* punctuation and quotes separate words and are dropped: ``. , ; : ! ? " ' ( ) [ ] { }``,
  dashes, ``/``. Symbols are tokens (``< > = + % £ ° *``...), ``&`` reads "and", ``%`` and "per
  cent" read "percent". A minus before a digit, a range ("2-3") and a number's own points,
  commas, colons and slashes ("3.5", "1/2", "10:30") stay part of the number; "1,000" is 1000;
* hyphenated compounds match both their spaced and their closed forms: "follow-up" is
  "follow up" and "followup" (two unhyphenated forms, "may be" / "maybe", stay apart);
* British and American spelling, by rules on word endings (`SPELLING_RULES`): -our/-or,
  -ise/-ize, -yse/-yze, -tre/-ter, doubled l (travelled, fulfil), -ogue/-og, -ence/-ense, ae;
* plural (and third-person) -s, -es, -ies (`plural`); no other inflection (tense is meaning);
* the articles "a", "an", "the" go (after case folding, so "Vitamin A" is "vitamin": it still
  differs from "Vitamin B");
* number words are numbers: "three" is 3, "twenty-one" is 21, "third" is 3rd.

Every fold maps one token to one token (or none, for articles), so a text whose tokens differ in
one place after folding has a different key: a substituted word can never merge. The rules on
word endings each need a stem of two or three letters, so short words (four, hour, your, scour:
not for, hor, yor, scor) keep their spelling. Known pairs of different words that a fold still
joins, all rare in teaching texts: timbre/timber, refilled/refiled, unfilled/unfiled (doubled l),
AIDS/aid (plural: case is folded first, so an acronym cannot be told from a word), and
"Vitamin A"/"Vitamin" (the article; "Vitamin B" differs).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import NamedTuple

#: A list marker at the start of an item: "1.", "12)", "(a)", "b)", "a.", "(iv)", "ii.", "•".
LIST_MARKER = re.compile(
    r"""
    ^\s*(?:
        [•·‣◦▪▫●○■□►▶➤✓✔*+-]             # symbol bullets
      | \(? \d{1,3} [.)]                # 1.  12)  (3)
      | \( (?: [a-z] | [ivx]{1,5} ) \)  # (a)  (iv)
      | (?: [a-z] | [ivx]{1,5} ) [.)]   # a.  b)  iv)
    )(?=\s)
    """,
    re.VERBOSE,
)

TOKEN = re.compile(
    r"""
      (?P<number>                         # 3  -5  3.5  1,000  1/2  10:30  2-3  (not 3D, 2-mark)
        (?<![^\W_]) [-−]? \d+ (?: [.,:/] \d+ )*
        (?: [-–—] \d+ (?: [.,:/] \d+ )* )?
        (?! [^\W_] | [-‐‑] [^\W_] )
      )
    | (?P<word>                           # words, with inner apostrophes and hyphens
        [^\W_]+ (?: ['’] [^\W_]+ )*
        (?: [-‐‑] [^\W_]+ (?: ['’] [^\W_]+ )* )*
      )
    | (?P<symbol> [^\w\s] | _ )
    """,
    re.VERBOSE,
)
_HYPHENS = re.compile(r"[-‐‑]")
#: Punctuation that only separates words (every other non-word character is a token).
DROPPED = frozenset(".,;:!?…‥¡¿\"'`´‘’‚‛“”„‟«»‹›()[]{}⟨⟩-‐‑‒–—―/⁄\\_·•")
#: Symbols read as a word, so that "R & D" is "R and D" and "5%" is "5 percent".
SYMBOL_WORDS = {"&": "and", "%": "percent", "−": "-"}
#: Format characters (soft hyphen, zero-width space and joiners, bidi marks): invisible.
_FORMAT = "Cf"

ARTICLES = frozenset({"a", "an", "the"})

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()
NUMBER_WORDS: dict[str, str] = {
    **{word: str(n) for n, word in enumerate(_UNITS)},
    **{word: str(20 + 10 * n) for n, word in enumerate(_TENS)},
}
"""Cardinal number words and their digits."""
ORDINAL_WORDS: dict[str, str] = {
    word: f"{n}{'st' if n == 1 else 'nd' if n == 2 else 'rd' if n == 3 else 'th'}"
    for n, word in enumerate(_ORDINALS, 1)
}
"""Ordinal number words and their digit forms."""

_CONSONANT = "[b-df-hj-np-tv-z]"
_VOWEL = "[aeiouy]"
#: British -> American spelling, each a rule on a word's ending (applied to whole words).
SPELLING_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.VERBOSE), replacement)
    for pattern, replacement in (
        # colour, behaviourist, honourable, odour; not four, hour, your, flour, scour
        (
            rf"(?P<stem> [a-z]{{3,}} | {_VOWEL}{_CONSONANT} ) our"
            r"(?P<end> s|ed|ing|ite|ites|al|able|ably|ful|less|er|ers|ist|ists|ism|y|)",
            r"\g<stem>or\g<end>",
        ),
        # organise, realisation, apologising; not rise, prise
        (
            r"(?P<stem> [a-z]{3,} ) is"
            r"(?P<end> e|es|ed|ing|ation|ations|ational|er|ers|able)",
            r"\g<stem>iz\g<end>",
        ),
        # analyse, paralysed, catalysing (analysis stays)
        (r"(?P<stem> [a-z]{2,} ) ys (?P<end> e|es|ed|ing|er|ers)", r"\g<stem>yz\g<end>"),
        # centre, metres, fibre, centred, centring, meagre
        (r"(?P<stem> [a-z]{2,} [bgt] ) re (?P<end> s|d|)", r"\g<stem>er\g<end>"),
        (r"(?P<stem> [a-z]{2,} [bt] ) ring", r"\g<stem>ering"),
        # travelled, modelling, counsellor, marvellous, fulfil(l), enrol(l)ment: a doubled l
        # after a stem of two syllables or more
        (
            rf"(?P<stem> [a-z]* {_VOWEL}+ {_CONSONANT}+ {_VOWEL} ) ll"
            r"(?P<end> ed|ing|er|ers|or|ors|ous|ment|ments|)",
            r"\g<stem>l\g<end>",
        ),
        (r"(?P<stem> [a-z]{2,} ) llful (?P<end> ly|ness|)", r"\g<stem>lful\g<end>"),
        # catalogue, dialogues, analogue
        (r"(?P<stem> [a-z]{2,} ) ogue (?P<end> s|)", r"\g<stem>og\g<end>"),
        # defence, offences, licence
        (r"(?P<stem> [a-z]{2,} [fc] ) ence (?P<end> s|)", r"\g<stem>ense\g<end>"),
        # haemoglobin, paediatric, anaemia, leukaemia; oestrogen, oesophagus
        (
            rf"(?P<stem> [a-z]* {_CONSONANT} ) ae (?P<end> {_CONSONANT} [a-z]* )",
            r"\g<stem>e\g<end>",
        ),
        (rf"oe (?P<end> {_CONSONANT} [a-z]{{3,}} )", r"e\g<end>"),
    )
)

PLURAL = re.compile(
    r"""
    (?P<stem> [a-z]{3,}? )
    (?: (?<=ss|sh|ch|[a-z]x|zz) es     # processes, wishes, churches, boxes, buzzes
      | (?<![su]) (?<!ic) s            # marks, trends (not class, bus, economics)
    )
    """,
    re.VERBOSE,
)
#: -ies, -ie and a consonant's -y all end in -i: study/studies, calorie/calories, city/cities.
_PLURAL_IES = re.compile(
    rf"(?P<stem> [a-z]{{2,}} ) (?: ies | ie | (?<={_CONSONANT}) y )", re.VERBOSE
)
#: Words ending in s whose s-less form is another word.
NOT_PLURAL = frozenset({"news", "means", "hers", "ours", "yours", "besides", "sometimes"})


def plural(word: str) -> str:
    """A regular plural (or a verb's -s) and its singular fold alike: "studies", "study" ->
    "studi"; "marks" -> "mark"."""
    if len(word) < 4 or word in NOT_PLURAL:
        return word
    if match := _PLURAL_IES.fullmatch(word):
        return match["stem"] + "i"
    if (match := PLURAL.fullmatch(word)) and not word.endswith(("is", "ous")):
        return match["stem"]
    return word


def american(word: str) -> str:
    """``word`` (lower case) with British endings spelled the American way."""
    for pattern, replacement in SPELLING_RULES:
        if match := pattern.fullmatch(word):
            return match.expand(replacement)
    return word


@lru_cache(maxsize=1 << 16)
def fold_word(surface: str) -> str:
    """One word as compared: NFKC, case folded, spelling and plural folded, numbers as digits."""
    word = unicodedata.normalize("NFKC", surface).casefold().replace("’", "'")
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    if not word.isascii() or not word.isalpha():
        return word
    return plural(american(word))


@lru_cache(maxsize=1 << 12)
def fold_symbol(char: str) -> str:
    """A symbol as compared ("" for punctuation that only separates words)."""
    folded = unicodedata.normalize("NFKC", char)
    if char in DROPPED or all(c in DROPPED for c in folded):  # "…" is "..."
        return ""
    return SYMBOL_WORDS.get(folded, folded)


#: A token as a chunk's scan gives it: key, closed form of a compound (else None), whether it is
#: a number word's digits ("twenty" -> "20", so "twenty one" is 21, "20 one" stays two), and its
#: start and end in the chunk.
_Scanned = tuple[str, str | None, bool, int, int]


@dataclass(frozen=True)
class Token:
    """One compared token and where it is written."""

    key: str
    """The folded token (a compound spaced: "follow up")."""
    start: int
    """Offset of its first character in the text (after invisible characters are removed)."""
    end: int
    """Offset after its last character."""
    closed: str | None = None
    """For a hyphenated compound, its closed form ("followup"); else None."""


def visible(text: str) -> str:
    """``text`` without format characters (soft hyphens, zero-width, bidi marks)."""
    if text.isascii():
        return text
    return "".join(c for c in text if unicodedata.category(c) != _FORMAT)


def _marker_end(text: str) -> int:
    """Where the text starts after its list markers."""
    at = 0
    while match := LIST_MARKER.match(text, at):
        at = match.end()
    return at


def _number(surface: str) -> str:
    """A number as compared: minus and dashes unified, thousands separators dropped."""
    number = surface.replace("−", "-").replace("–", "-").replace("—", "-")
    if THOUSANDS.fullmatch(number):
        number = number.replace(",", "")
    return number


THOUSANDS = re.compile(r"-? \d{1,3} (?: , \d{3} )+", re.VERBOSE)
_TENS_DIGITS = frozenset(NUMBER_WORDS[word] for word in _TENS)


def _tens(first: str, second: str) -> bool:
    """Whether two keys are a tens number and a unit, as "twenty one" gives ("20", "1")."""
    return first in _TENS_DIGITS and len(second) == 1 and second.isdigit() and second != "0"


# Texts are scanned by white-space chunk ("colour-coded", "trends.", "5%"): no token spans
# white space, and chunks repeat far more than texts, so each is scanned once.
@lru_cache(maxsize=1 << 16)
def _scan_chunk(chunk: str) -> tuple[_Scanned, ...]:
    """The tokens of one chunk of text without white space."""
    found: list[_Scanned] = []
    for match in TOKEN.finditer(chunk):
        surface = match.group()
        start, end = match.span()
        if match.lastgroup == "symbol":
            if key := fold_symbol(surface):
                found.append((key, None, False, start, end))
        elif match.lastgroup == "number":
            found.append((_number(surface), None, False, start, end))
        elif len(parts := _HYPHENS.split(surface)) > 1:
            folded = [fold_word(part) for part in parts]
            if len(folded) == 2 and _tens(*folded) and all(map(str.isalpha, parts)):
                found.append((str(int(folded[0]) + int(folded[1])), None, False, start, end))
            else:
                found.append((" ".join(folded), "".join(folded), False, start, end))
        elif (key := fold_word(surface)) not in ARTICLES or fold_symbol(chunk[end : end + 1]):
            # ("A*", "A+": a grade, not an article)
            found.append((key, None, key != surface.casefold(), start, end))
    return tuple(found)


def _scan(text: str, spans: bool) -> list[_Scanned]:
    """The tokens of ``text`` (places in the text with ``spans``, else in their chunk)."""
    text = visible(text)
    start = _marker_end(text)
    if spans:
        scanned = [
            (key, closed, worded, offset + begin, offset + end)
            for offset, chunk in ((m.start(), m.group()) for m in _CHUNK.finditer(text, start))
            for key, closed, worded, begin, end in _scan_chunk(chunk)
        ]
    else:
        scanned = [t for chunk in text[start:].split() for t in _scan_chunk(chunk)]
    if _JOINED_SECOND.isdisjoint([t[0] for t in scanned]):
        return scanned  # nearly every text: nothing to join
    found: list[_Scanned] = []
    for token in scanned:
        key, _, worded, _, end = token
        last = found[-1] if found and found[-1][1] is None else None
        if last and last[0] == "per" and key == "cent":
            found[-1] = ("percent", None, False, last[3], end)
        elif last and last[2] and worded and _tens(last[0], key):
            found[-1] = (str(int(last[0]) + int(key)), None, False, last[3], end)
        else:
            found.append(token)
    return found


#: Keys that may join the token before them: "cent" (per cent) and units (twenty one).
_JOINED_SECOND = frozenset({"cent", *(str(n) for n in range(1, 10))})


def tokens(text: str) -> list[Token]:
    """The compared tokens of ``text`` (see the module docstring), in text order."""
    return [Token(key, start, end, closed) for key, closed, _, start, end in _scan(text, True)]


_CHUNK = re.compile(r"\S+")

#: Compounds beyond this many in one item match only all spaced or all closed.
MAX_COMPOUND_CHOICES = 3


class Wording(NamedTuple):
    """An item's comparison: its keys and its tokens (a named tuple: made for every item)."""

    keys: tuple[str, ...]
    """Keys under which it merges: the spaced form first, then each choice of closed compounds."""
    tokens: tuple[str, ...]
    """Its tokens (compounds spaced), for similarity."""


def _chunk_key(chunk: str) -> str | None:
    """A chunk's tokens joined, or None when it needs `_scan`'s slow path: a compound, or a
    token that may join the one before ("cent", a unit's number word)."""
    scanned = _scan_chunk(chunk)
    if any(
        closed is not None or ((worded or key == "cent") and key in _JOINED_SECOND)
        for key, closed, worded, _, _ in scanned
    ):
        return None
    return " ".join(key for key, _, _, _, _ in scanned)


class _ChunkKeys(dict[str, str | None]):
    """`_chunk_key` of each chunk seen, computed on first look-up: a plain dictionary's
    look-up is several times cheaper than a cached function's call, and texts have ~20 chunks."""

    def __missing__(self, chunk: str) -> str | None:
        if len(self) >= 1 << 17:
            self.clear()  # a bound on memory; the keys do not depend on what is kept
        key = self[chunk] = _chunk_key(chunk)
        return key


_CHUNK_KEYS = _ChunkKeys()


def wording(text: str) -> Wording:
    """The keys and tokens of ``text``: two texts merge when any of their keys are equal."""
    text = visible(text)
    chunks = list(map(_CHUNK_KEYS.__getitem__, text[_marker_end(text) :].split()))
    if None not in chunks:  # nearly every text: no compound, nothing to join
        key = " ".join(filter(None, chunks))
        return Wording((key,), tuple(key.split(" ")) if key else ())
    found = _scan(text, False)
    spaced = [token[0] for token in found]
    compounds = [n for n, token in enumerate(found) if token[1] is not None]
    key = " ".join(spaced)
    if not compounds:
        return Wording((key,), tuple(key.split(" ")) if key else ())
    if len(compounds) <= MAX_COMPOUND_CHOICES:
        choices = [
            closed
            for size in range(1, len(compounds) + 1)
            for closed in itertools.combinations(compounds, size)
        ]
    else:
        choices = [tuple(compounds)]
    keys = [key]
    for closed in choices:
        variant = list(spaced)
        for n in closed:
            variant[n] = found[n][1] or ""
        keys.append(" ".join(variant))
    return Wording(tuple(keys), tuple(key.split(" ")))


#: Word-diff marks (as ``git diff --word-diff`` writes them) around what differs in a pair.
MARKS = (("[-", "-]"), ("{+", "+}"))


#: Beyond this many differing tokens on a side, the middle of a pair is marked as one span
#: (a word diff costs the product of the two lengths).
MAX_DIFFED_TOKENS = 200


def differences(a: str, b: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where two texts differ, token by token once folded: spans of `visible` ``a`` and ``b``."""
    first, second = (
        [(word, token) for token in tokens(text) for word in token.key.split(" ")]
        for text in (a, b)
    )
    # The same start and end are left out first: linear, and all a long pair usually needs.
    start = 0
    while start < min(len(first), len(second)) and first[start][0] == second[start][0]:
        start += 1
    end = 0
    while end < min(len(first), len(second)) - start and first[-1 - end][0] == second[-1 - end][0]:
        end += 1
    middle = (first[start : len(first) - end], second[start : len(second) - end])
    opcodes: Sequence[tuple[str, int, int, int, int]]
    if max(map(len, middle)) > MAX_DIFFED_TOKENS:
        opcodes = [("replace", 0, len(middle[0]), 0, len(middle[1]))]
    else:
        words = [[w for w, _ in side] for side in middle]
        opcodes = SequenceMatcher(a=words[0], b=words[1], autojunk=False).get_opcodes()
    spans: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            continue
        for found, side, low, high in (
            (spans[0], middle[0], i1, i2),
            (spans[1], middle[1], j1, j2),
        ):
            if high > low:
                span = (side[low][1].start, side[high - 1][1].end)
                if found and found[-1][1] >= span[0]:  # a compound split in two
                    span = (found[-1][0], max(span[1], found.pop()[1]))
                found.append(span)
    return spans


def marked(text: str, spans: list[tuple[int, int]], marks: tuple[str, str]) -> str:
    """`visible` ``text`` with ``marks`` around each span."""
    text = visible(text)
    out, at = [], 0
    for start, end in spans:
        out += [text[at:start], marks[0], text[start:end], marks[1]]
        at = end
    out.append(text[at:])
    return "".join(out)


def marked_pair(a: str, b: str, marks: tuple[tuple[str, str], ...] = MARKS) -> tuple[str, str]:
    """Both texts with what differs marked: ``[-after mitosis-]`` / ``{+after meiosis+}``."""
    spans_a, spans_b = differences(a, b)
    return marked(a, spans_a, marks[0]), marked(b, spans_b, marks[1])
