"""Tests for `revguide.link`: one unit test per matching rule, then Hypothesis properties.

Spans are compared as ``(start, text[start:end], key)`` so a wrong offset, a wrong length and a
wrong target all fail.
"""

from __future__ import annotations

import doctest
import re
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st
from revguide import link
from revguide.link import Linker, Span, Target

CRM = Target("crm", ("Customer Relationship Management", "CRM"))
RM = Target("rm", ("Relationship Management",))
SWOT = Target("swot", ("SWOT", "SWOT analysis"))
THOMAS_KILMANN = Target("tk", ("Thomas-Kilmann",))


def links(text: str, *targets: Target) -> list[tuple[int, str, str]]:
    """``(start, mention as written, key)`` for every span `Linker.find` returns."""
    return [
        (span.start, text[span.start : span.end], span.key) for span in Linker(targets).find(text)
    ]


# --- case -------------------------------------------------------------------------------------


def test_matching_ignores_case() -> None:
    text = "customer relationship management, then CUSTOMER Relationship MANAGEMENT"
    assert links(text, CRM) == [
        (0, "customer relationship management", "crm"),
        (39, "CUSTOMER Relationship MANAGEMENT", "crm"),
    ]


def test_acronym_matches_only_as_written() -> None:
    text = "Swot up on SWOT; swot, Swot and sWOT are revision slang."
    assert links(text, SWOT) == [(11, "SWOT", "swot")]
    assert links("Time to swot up for the exam.", SWOT) == []


def test_phrase_with_a_lower_case_letter_is_not_an_acronym() -> None:
    text = "Do a swot analysis; the 4 PS and the 4 ps are one model."
    four_ps = Target("4ps", ("4 Ps",))
    assert links(text, SWOT, four_ps) == [
        (5, "swot analysis", "swot"),
        (24, "4 PS", "4ps"),
        (37, "4 ps", "4ps"),
    ]


def test_acronym_with_digits_is_case_sensitive() -> None:
    assert links("B2B, not b2b or B2b.", Target("b2b", ("B2B",))) == [(0, "B2B", "b2b")]


def test_single_capital_letter_is_not_an_acronym() -> None:
    assert links("Plan A or plan a", Target("plan-a", ("Plan A",))) == [
        (0, "Plan A", "plan-a"),
        (10, "plan a", "plan-a"),
    ]


# --- whole words ------------------------------------------------------------------------------


def test_no_match_inside_a_word() -> None:
    text = "SCRM CRMX xCRM CRM2 2CRM remapping maps2"
    assert links(text, CRM, Target("map", ("map",))) == []


def test_punctuation_is_a_word_edge() -> None:
    text = "(CRM), CRM's data, CRM/ERP"
    assert links(text, CRM) == [(1, "CRM", "crm"), (7, "CRM", "crm"), (19, "CRM", "crm")]


def test_hyphenated_compound_contains_its_words() -> None:
    assert links("e-commerce", Target("commerce", ("commerce",))) == [(2, "commerce", "commerce")]


# --- plurals ----------------------------------------------------------------------------------


def test_plural_with_s() -> None:
    text = "Draw stakeholder maps; one stakeholder map."
    assert links(text, Target("sm", ("stakeholder map",))) == [
        (5, "stakeholder maps", "sm"),
        (27, "stakeholder map", "sm"),
    ]


def test_plural_with_es() -> None:
    assert links("Sales Processes", Target("sp", ("sales process",))) == [
        (0, "Sales Processes", "sp")
    ]


def test_plural_y_to_ies() -> None:
    assert links("pricing strategies", Target("ps", ("Pricing Strategy",))) == [
        (0, "pricing strategies", "ps")
    ]


def test_acronym_plural_takes_only_lower_case_s() -> None:
    assert links("CRMs, CRMS, CRMes, crms", CRM) == [(0, "CRMs", "crm")]


def test_only_the_last_word_is_pluralised() -> None:
    assert links("stakeholders map", Target("sm", ("stakeholder map",))) == []


def test_exact_phrase_beats_a_plural_form_of_an_earlier_target() -> None:
    targets = (Target("sale", ("sale",)), Target("sales", ("sales",)))
    assert links("sales and a sale", *targets) == [(0, "sales", "sales"), (12, "sale", "sale")]


# --- equivalent spellings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "Thomas-Kilmann",
        "Thomas Kilmann",
        "Thomas\u2013Kilmann",  # en dash
        "thomas\u2010kilmann",  # Unicode hyphen
        "Thomas\u2011Kilmann",  # non-breaking hyphen
        "Thomas \n\t Kilmann",
        "Thomas\u00a0Kilmann",  # no-break space
    ],
)
def test_hyphen_en_dash_and_white_space_are_equal(written: str) -> None:
    text = f"The {written} model"
    assert links(text, THOMAS_KILMANN) == [(4, written, "tk")]


def test_space_in_phrase_matches_hyphen_in_text() -> None:
    text = "relationship-building and relationship building"
    assert links(text, Target("rb", ("Relationship building",))) == [
        (0, "relationship-building", "rb"),
        (26, "relationship building", "rb"),
    ]


@pytest.mark.parametrize(
    "written",
    [
        "Thomas \u2013 Kilmann",  # spaced en dash: a parenthetical dash, not a hyphen
        "Thomas - Kilmann",
        "Thomas\u2014Kilmann",  # em dash
        "Thomas--Kilmann",
        "Thomas, Kilmann",
        "Thomas. Kilmann",
    ],
)
def test_other_separators_do_not_join_words(written: str) -> None:
    assert links(written, THOMAS_KILMANN) == []


def test_spaced_dash_phrase_matches_any_spaced_dash() -> None:
    target = Target("ab", ("Push \u2013 Pull",))
    assert links("push - pull; push \u2013 pull; push pull", target) == [
        (0, "push - pull", "ab"),
        (13, "push \u2013 pull", "ab"),
    ]


def test_straight_and_curly_apostrophes_are_equal() -> None:
    straight = Target("maslow", ("Maslow's hierarchy",))
    curly = Target("maslow", ("Maslow\u2019s hierarchy",))
    text = "Maslow\u2019s Hierarchy, maslow's hierarchy, Maslow\u2018s hierarchy"
    expected = [
        (0, "Maslow\u2019s Hierarchy", "maslow"),
        (20, "maslow's hierarchy", "maslow"),
        (40, "Maslow\u2018s hierarchy", "maslow"),
    ]
    assert links(text, straight) == expected
    assert links(text, curly) == expected
    assert links("Maslows hierarchy, Maslow s hierarchy", straight) == []


# --- choosing between matches -----------------------------------------------------------------


def test_longest_match_wins_whatever_the_target_order() -> None:
    text = "customer relationship management"
    expected = [(0, "customer relationship management", "crm")]
    assert links(text, RM, CRM) == expected
    assert links(text, CRM, RM) == expected
    assert links("relationship management", CRM, RM) == [(0, "relationship management", "rm")]


def test_longest_match_wins_over_its_own_prefixes() -> None:
    targets = (Target("c", ("customer",)), Target("cr", ("customer relationship",)), CRM)
    assert links("customer relationship management", *targets) == [
        (0, "customer relationship management", "crm")
    ]
    assert links("customer relationship manager", *targets) == [(0, "customer relationship", "cr")]
    assert links("customer relations", *targets) == [(0, "customer", "c")]


def test_leftmost_match_wins_and_spans_never_overlap() -> None:
    ab = Target("ab", ("alpha beta",))
    bc = Target("bc", ("beta gamma delta",))
    assert links("alpha beta gamma delta", bc, ab) == [(0, "alpha beta", "ab")]
    assert links("alpha beta beta gamma delta", ab, bc) == [
        (0, "alpha beta", "ab"),
        (11, "beta gamma delta", "bc"),
    ]


def test_first_target_wins_a_shared_phrase() -> None:
    first = Target("first", ("CRM",))
    second = Target("second", ("CRM", "Customer Relationship Management"))
    assert links("CRM", first, second) == [(0, "CRM", "first")]
    assert links("CRM", second, first) == [(0, "CRM", "second")]


def test_first_target_wins_phrases_equal_after_folding() -> None:
    hyphen = Target("hyphen", ("Thomas-Kilmann",))
    space = Target("space", ("thomas kilmann",))
    assert links("Thomas Kilmann", hyphen, space) == [(0, "Thomas Kilmann", "hyphen")]
    assert links("Thomas Kilmann", space, hyphen) == [(0, "Thomas Kilmann", "space")]


def test_first_target_wins_between_acronym_and_lower_case_phrase() -> None:
    upper = Target("upper", ("CRM",))
    lower = Target("lower", ("crm",))
    assert links("CRM crm", upper, lower) == [(0, "CRM", "upper"), (4, "crm", "lower")]
    assert links("CRM crm", lower, upper) == [(0, "CRM", "lower"), (4, "crm", "lower")]


# --- degenerate input -------------------------------------------------------------------------


def test_empty_text() -> None:
    assert Linker([CRM]).find("") == []
    assert Linker([CRM]).find(" \n\t") == []


def test_no_targets() -> None:
    assert Linker([]).find("Customer relationship management") == []


def test_text_without_mentions() -> None:
    text = "Good customer service builds loyalty, relationships and repeat business. " * 20
    assert links(text, CRM, SWOT, THOMAS_KILMANN) == []


def test_phrase_without_words_never_matches() -> None:
    assert links("\u2014 - ... CRM", Target("dash", ("\u2014", "", " - "))) == []


def test_punctuation_around_a_phrase_is_ignored() -> None:
    assert links("Use CRM.", Target("crm", ("(CRM)",))) == [(4, "CRM", "crm")]


def test_target_wants_a_sequence_of_phrases() -> None:
    with pytest.raises(TypeError, match="not a str"):
        Target("crm", "CRM")  # type: ignore[arg-type]
    assert Target("crm", ["CRM"]).phrases == ("CRM",)  # type: ignore[arg-type]


def test_find_returns_span_objects() -> None:
    assert Linker([CRM]).find("A CRM") == [Span(2, 5, "crm")]


# --- unicode ----------------------------------------------------------------------------------


def test_unicode_case_folding_keeps_offsets_as_written() -> None:
    text = "Die STRASSE, die Stra\u00dfe \U0001f4c8 und die Stra\u00dfenbahn"
    assert links(text, Target("strasse", ("Stra\u00dfe",))) == [
        (4, "STRASSE", "strasse"),
        (17, "Stra\u00dfe", "strasse"),
    ]


def test_combining_marks_stay_inside_words() -> None:
    hindi = "\u0939\u093f\u0928\u094d\u0926\u0940"  # one word; Python's \w would cut it in three
    assert links(hindi, Target("ha", ("\u0939",)), Target("na", ("\u0928",))) == []
    assert links(f"{hindi} text", Target("hindi", (hindi,))) == [(0, hindi, "hindi")]
    decomposed = "Cafe\u0301 culture"
    assert links(decomposed, Target("cafe", ("cafe",))) == []
    assert links(decomposed, Target("cafe", ("cafe\u0301",))) == [(0, "Cafe\u0301", "cafe")]


def test_emoji_and_non_latin_scripts() -> None:
    upper = "\u0394\u0399\u0391\u03a7\u0395\u038a\u03a1\u0399\u03a3\u0397"  # DIACHEIRISI
    lower = "\u0394\u03b9\u03b1\u03c7\u03b5\u03af\u03c1\u03b9\u03c3\u03b7"  # Diacheirisi
    text = f"\U0001f4a1CRM \u2192 {upper}"
    assert links(text, CRM, Target("greek", (lower,))) == [(1, "CRM", "crm"), (7, upper, "greek")]


def test_module_docstring_example_runs() -> None:
    result = doctest.testmod(link, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 3
    assert result.failed == 0


# --- properties -------------------------------------------------------------------------------
#
# An independent reference: fold a whole string with plain regexes, compare folded strings.

_REF_TRANSLATE = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-"}
)


def ref_is_acronym(phrase: str) -> bool:
    letters = [char for char in phrase if char.isalpha()]
    one_word = " " not in phrase.strip() and not any(c.isspace() for c in phrase.strip())
    return one_word and len(letters) >= 2 and phrase == phrase.upper() and phrase != phrase.lower()


def ref_fold(text: str, keep_case: bool) -> str:
    text = re.sub(r"\s+", " ", text.translate(_REF_TRANSLATE))
    text = re.sub(r"(?<=[^\W_])-(?=[^\W_])", " ", text)
    return text if keep_case else text.casefold()


def ref_matches(mention: str, phrase: str, plural: bool) -> bool:
    """Whether ``mention`` spells ``phrase`` (or, with ``plural``, one of its plural forms)."""
    acronym = ref_is_acronym(phrase)
    folded, wanted = ref_fold(mention, acronym), ref_fold(phrase, acronym)
    if not plural:
        return folded == wanted
    if acronym:
        return folded in (wanted, wanted + "s")
    forms = {wanted, wanted + "s", wanted + "es"}
    if wanted.endswith("y"):
        forms.add(wanted[:-1] + "ies")
    return folded in forms


SEPARATORS = [" ", "  ", "\n", "-", "\u2013", "\u2010", "'", "\u2019", " - ", ", ", "/"]


def phrases(letters: str) -> st.SearchStrategy[str]:
    """Phrases of one to three words over ``letters``, joined by varied separators."""
    word = st.text(alphabet=letters, min_size=1, max_size=3)
    return st.builds(
        lambda first, rest: first + "".join(sep + word for sep, word in rest),
        word,
        st.lists(st.tuples(st.sampled_from(SEPARATORS), word), max_size=2),
    )


def target_lists(letters: str) -> st.SearchStrategy[list[Target]]:
    return st.lists(
        st.builds(
            Target,
            st.text(alphabet="abcdefghij", min_size=1, max_size=3),
            st.lists(
                st.one_of(phrases(letters), phrases(letters).map(str.upper)),  # acronyms too
                min_size=1,
                max_size=3,
            ).map(tuple),
        ),
        min_size=1,
        max_size=6,
    )


SMALL = "absyABSY1\u00e9"  # few letters, so phrases overlap and texts are full of mentions
NOISE = st.sampled_from([*SEPARATORS, ".", " (", ") ", "s", "es", "ies", "\U0001f4c8", "\u2014"])
SPACE_LIKE = [" ", "  ", "\n", "-", "\u2013", "\u2010", "\u2011", "\u00a0"]
CASES: list[Callable[[str], str]] = [str.strip, str.lower, str.upper, str.title, str.swapcase]


@st.composite
def spellings(draw: st.DrawFn, phrase: str) -> str:
    """``phrase`` as a writer might spell it: any case, equivalent gaps, maybe a plural."""
    words = re.findall(r"[^\W_]+", phrase)
    gaps = re.findall(r"(?<=[^\W_])[\W_]+(?=[^\W_])", phrase)
    out = []
    for word, gap in zip(words, [*gaps, ""], strict=True):
        out.append(draw(st.sampled_from(CASES))(word))
        if re.sub(r"\s+", " ", gap.translate(_REF_TRANSLATE)) in (" ", "-"):
            gap = draw(st.sampled_from(SPACE_LIKE))
        out.append(gap.replace("'", draw(st.sampled_from(["'", "\u2019", "\u2018"]))))
    suffix = draw(st.sampled_from(["", "", "s", "es", "ies", "S"]))
    if suffix == "ies" and out[-2][-1:] in "yY":
        out[-2] = out[-2][:-1]
    return "".join(out) + suffix


@st.composite
def targets_and_text(draw: st.DrawFn) -> tuple[list[Target], str]:
    """Targets, and a text mixing their phrases (respelt), other phrases and punctuation."""
    targets = draw(target_lists(SMALL))
    known = [phrase for target in targets for phrase in target.phrases]
    mention = st.sampled_from(known).flatmap(spellings)
    pieces = st.one_of(mention, mention, NOISE, phrases(SMALL))
    between = st.sampled_from([" ", " ", " ", ", ", ". ", "-", ""])  # "" glues words together
    return targets, "".join(draw(st.lists(st.tuples(pieces, between).map("".join), max_size=20)))


@given(targets_and_text())
def test_spans_are_sorted_disjoint_and_in_bounds(case: tuple[list[Target], str]) -> None:
    targets, text = case
    spans = Linker(targets).find(text)
    keys = {target.key for target in targets}
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        assert span.key in keys
        previous_end = span.end


@given(targets_and_text())
def test_every_span_spells_a_phrase_of_its_target(case: tuple[list[Target], str]) -> None:
    targets, text = case
    for span in Linker(targets).find(text):
        mention = text[span.start : span.end]
        candidates = [target for target in targets if target.key == span.key]
        assert any(
            ref_matches(mention, phrase, plural=True)
            for target in candidates
            for phrase in target.phrases
        ), (mention, span.key)


class RegexReference:
    """The rules again, the slow way: two regexes per phrase (exact, plural), tried at every
    position, then leftmost, longest, exact before plural, first target."""

    def __init__(self, targets: list[Target]) -> None:
        self.patterns: list[tuple[re.Pattern[str], int, str]] = []
        for index, target in enumerate(targets):
            for phrase in target.phrases:
                acronym = ref_is_acronym(phrase)
                words = re.findall(r"[^\W_]+", phrase)
                gaps = re.findall(r"(?<=[^\W_])[\W_]+(?=[^\W_])", phrase)
                body = "".join(
                    re.escape(word) + self.gap(gap) for word, gap in zip(words, gaps, strict=False)
                )
                last = words[-1]
                plurals = [re.escape(last) + "s"]
                if not acronym:
                    plurals.append(re.escape(last) + "es")
                    if last.casefold().endswith("y"):
                        plurals.append(re.escape(last[:-1]) + "ies")
                flags = 0 if acronym else re.IGNORECASE
                for rank, tail in (
                    (index, re.escape(last)),
                    (len(targets) + index, "|".join(plurals)),
                ):
                    pattern = re.compile(rf"(?<![^\W_]){body}(?:{tail})(?![^\W_])", flags)
                    self.patterns.append((pattern, rank, target.key))

    @staticmethod
    def gap(gap: str) -> str:
        folded = re.sub(r"\s+", " ", gap.translate(_REF_TRANSLATE))
        if folded in (" ", "-"):
            return "(?:\\s+|[-\u2010\u2011\u2013])"
        table = {" ": r"\s+", "-": "[-\u2010\u2011\u2013]", "'": "['\u2018\u2019]"}
        return "".join(table.get(char, re.escape(char)) for char in folded)

    def find(self, text: str) -> list[Span]:
        found = []
        for pattern, rank, key in self.patterns:
            position = 0
            while (match := pattern.search(text, position)) is not None:
                found.append((match.start(), -match.end(), rank, key))
                position = match.start() + 1
        spans: list[Span] = []
        for start, negative_end, _, key in sorted(found):
            if not spans or start >= spans[-1].end:
                spans.append(Span(start, -negative_end, key))
        return spans


@given(targets_and_text())
def test_find_agrees_with_a_regex_per_phrase(case: tuple[list[Target], str]) -> None:
    targets, text = case
    assert Linker(targets).find(text) == RegexReference(targets).find(text)


TEXT_WORD = st.text(alphabet="nopqrstuvwxyzNOPQRSTUVWXYZ0123456789\u00f1", min_size=1, max_size=6)
PUNCTUATION = st.sampled_from([*SEPARATORS, ".", " (", ") ", "\U0001f4c8", "\u2014"])
TEXT_PIECES = st.lists(st.one_of(TEXT_WORD, PUNCTUATION), max_size=12).map("".join)


@given(target_lists("abcdefghijklmABCDEFGHIJKLM\u00e9"), TEXT_PIECES, TEXT_PIECES, st.data())
def test_phrase_inserted_between_spaces_is_found(
    targets: list[Target], before: str, after: str, data: st.DataObject
) -> None:
    # The text's words share no letter with any phrase, so nothing else can claim the insert.
    target = data.draw(st.sampled_from(targets))
    phrase = data.draw(st.sampled_from(target.phrases))
    text = f"{before} {phrase} {after}"
    start = len(before) + 1
    owner = next(
        candidate
        for candidate in targets
        if any(ref_matches(phrase, other, plural=False) for other in candidate.phrases)
    )
    assert (start, phrase, owner.key) in links(text, *targets)


@given(targets_and_text())
def test_ascii_fast_path_agrees_with_unicode_tokeniser(case: tuple[list[Target], str]) -> None:
    targets, text = case
    ascii_text = text.encode("ascii", "ignore").decode()
    linker = Linker(targets)
    assert linker.find(ascii_text) == linker.find(ascii_text + " \u2014")


def test_several_words_in_capitals_are_not_an_acronym() -> None:
    linker = Linker([Target("kam", ("KEY ACCOUNT MANAGEMENT",))])
    text = "Key account management matters."
    (span,) = linker.find(text)
    assert (text[span.start : span.end], span.key) == ("Key account management", "kam")
