"""Hypothesis properties of the dedupe rule: a changed content token never merges; a
meaning-preserving variation always merges (``HYPOTHESIS_PROFILE=slow``: 10,000 cases each).

The order-independence and idempotence of `dedupe_section` are in tests/test_properties.py.
"""

from __future__ import annotations

import re

from hypothesis import assume, given
from hypothesis import strategies as st
from revguide.dedupe import dedupe_section
from revguide.model import Item, SourceRef
from revguide.wording import wording

#: Content tokens of many subjects and kinds: words, domain terms, numbers, units, symbols,
#: abbreviations, compounds, British spellings, number words. ("cent" is left out: "per cent"
#: is one token written as two, so "5 % cent" / "5 per cent" is not a one-token change.)
TOKENS = (
    "mitosis meiosis debit credit left right supply demand elastic inelastic symmetric "
    "asymmetric advantage disadvantage child adult parent teacher manager employee customer "
    "seller buyer km miles kg g mol dm3 N/kg m/s % £ $ < > = + ≥ ≤ * 3 4 7 18 20 1.5 -5 "
    "2-3 1/2 1,000 three four twenty one first second GDP PED VAT TLS SSL HTTPS CRM NPS KPI "
    "follow-up long-term e-mail relationship-building colour centre organise analyse "
    "travelled catalogue defence haemoglobin marks trends studies boxes can't should must may "
    "not never always before after increase decrease internal external oxidation reduction "
    "arteries veins per record award evidence feedback trust value price cost revenue profit "
    "asset liability insulin glucagon river erosion deposition memory behaviour independence"
).split()
ARTICLES = ("a", "an", "the", "A", "The")
COMPOUND = re.compile(r"[a-z]+(?:-[a-z]+)+")  # "-5" and "2-3" are numbers, not compounds


def keys(token: str) -> set[str]:
    return set(wording(token).keys)


def pair_merges(a: str, b: str) -> bool:
    items = [Item(a, SourceRef("content_src/a.txt", 1)), Item(b, SourceRef("content_src/b.txt", 1))]
    return len(dedupe_section("marking_points", items).items) == 1


sentences = st.lists(st.sampled_from(TOKENS), min_size=1, max_size=12)


@given(sentences, st.data())
def test_a_changed_content_token_never_merges(words: list[str], data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(words) - 1))
    other = data.draw(st.sampled_from(TOKENS))
    assume(not keys(other) & keys(words[at]))  # not the same token in another form
    changed = [*words[:at], other, *words[at + 1 :]]
    assert not pair_merges(" ".join(words), " ".join(changed))


def _vary(word: str, how: int) -> str:
    """One meaning-preserving change to one word."""
    variants = (
        word.upper(),
        word.lower(),
        word.title(),
        f"“{word}”",
        f"'{word}'",
        f"({word})",
        word[:1] + "\u00ad" + word[1:],  # soft hyphen
        word[:1] + "\u200b" + word[1:],  # zero-width space
        word + "\u200e",  # left-to-right mark
        word + ",",
        word.replace("-", " ") if COMPOUND.fullmatch(word) else word,  # compound spaced
        word.replace("-", "") if COMPOUND.fullmatch(word) else word,  # compound closed
        {
            "colour": "color",
            "centre": "center",
            "organise": "organize",
            "analyse": "analyze",
            "travelled": "traveled",
            "catalogue": "catalog",
            "defence": "defense",
            "haemoglobin": "hemoglobin",
            "behaviour": "behavior",
        }.get(word, word),
        {
            "three": "3",
            "four": "4",
            "twenty": "20",
            "one": "1",
            "first": "1st",
            "second": "2nd",
        }.get(word, word),
        {
            "marks": "mark",
            "trends": "trend",
            "studies": "study",
            "boxes": "box",
            "arteries": "artery",
            "veins": "vein",
        }.get(word, word),
    )
    return variants[how % len(variants)]


@given(
    # A text starting with "*" or "+" then a space starts with a bullet; a lone "-" is a dash.
    sentences.filter(lambda words: words[0] not in ("*", "+") and "-" not in words),
    st.data(),
)
def test_meaning_preserving_variations_always_merge(words: list[str], data: st.DataObject) -> None:
    changes = data.draw(st.lists(st.integers(0, 1000), min_size=len(words), max_size=len(words)))
    varied = [_vary(word, how) for word, how in zip(words, changes, strict=True)]
    if varied[0].startswith("("):
        varied[0] = words[0]  # "(3)" or "(a)" at the start is a list marker
    for at in range(len(words) - 1):
        if words[at] == "twenty" and words[at + 1] in ("one", "three", "four"):
            # "twenty three" is 23: one part in digits ("twenty 3") is another number
            varied[at : at + 2] = words[at : at + 2]
    if data.draw(st.booleans()):
        varied.insert(data.draw(st.integers(0, len(varied))), data.draw(st.sampled_from(ARTICLES)))
    spaces = data.draw(
        st.lists(
            st.sampled_from([" ", "  ", "\t", "\u00a0", " \n "]),
            min_size=len(varied),
            max_size=len(varied),
        )
    )
    marker = data.draw(st.sampled_from(["", "1. ", "(a) ", "• ", "- ", "iv) ", "12) "]))
    end = data.draw(st.sampled_from(["", ".", "!", "…", ";"]))
    text = marker + "".join(s + w for s, w in zip(spaces, varied, strict=True)).strip() + end
    assert pair_merges(" ".join(words), text), (words, text)
