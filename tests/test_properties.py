"""Hypothesis properties of normalisation and deduplication.

``HYPOTHESIS_PROFILE=slow`` runs each with 10,000 cases (see conftest).
"""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st
from revguide.assemble import assemble
from revguide.dedupe import dedupe_section
from revguide.editor import parse_editor, to_markdown
from revguide.model import Item, Section, SourceRef
from revguide.normalise import Document, normalise
from revguide.parse import parse
from revguide.sources import SourceText
from revguide.text import clean_item, clean_text, item_key

WORDS = [
    "Level",
    "4",
    "Diploma",
    "Certificate",
    "not",
    "the",
    "customer",
    "CRM",
    "trust",
    "relationship-building",
    "Award",
    "credit",
    "for",
    "evidence",
    "💡",
    "•",
    "-",
    "’s",
    "**CRM**",  # terms as editors mark them (the import round trip must keep them)
    "*trust*",
    "__Award__",
    "Act 1:",
    "A*",
]
word_soup = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join)
any_text = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=80) | word_soup


@given(any_text)
def test_clean_text_and_clean_item_are_idempotent(text: str) -> None:
    assert clean_text(clean_text(text)) == clean_text(text)
    assert clean_item(clean_item(text)) == clean_item(text)


@given(any_text)
def test_item_key_is_idempotent(text: str) -> None:
    assert item_key(item_key(text)) == item_key(text)


section_items = st.lists(st.one_of(word_soup, any_text), max_size=25).map(
    lambda texts: [
        Item(clean_item(t) or "x", SourceRef("content_src/p.txt", n))
        for n, t in enumerate(texts, 1)
    ]
)


def _texts(items: tuple[Item, ...]) -> list[str]:
    return [i.full_text for i in items]


@given(section_items, st.randoms(use_true_random=False))
def test_dedupe_is_independent_of_input_order(items: list[Item], rnd: random.Random) -> None:
    shuffled = list(items)
    rnd.shuffle(shuffled)
    first, second = dedupe_section("t", items), dedupe_section("t", shuffled)
    assert first == second


@given(section_items)
def test_dedupe_is_idempotent_and_accounts_for_every_item(items: list[Item]) -> None:
    result = dedupe_section("t", items)
    assert len(items) == len(result.items) + sum(len(m.merged) for m in result.merges)
    again = dedupe_section("t", result.items)
    assert _texts(again.items) == _texts(result.items)
    assert again.merges == ()


lines = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "Topic Synopsis",
                "Key Concepts",
                "Exam Tips",
                "Common Mistakes",
                "Assessment Criteria",
                "Learning Objectives",
                "Case Study",
                "",
                "<!-- an editor's note -->",  # a comment in an editor source, text in a raw one
                "<!-- opened",
                "closed -->",
            ]
        ),
        word_soup.map(lambda t: "- " + t),
        word_soup.map(lambda t: "• " + t + "."),
        word_soup,
        any_text,
    ),
    max_size=30,
)


@given(lines)
def test_normalising_a_document_twice_gives_the_same_items(raw_lines: list[str]) -> None:
    """Rendering the normalised items back as a plain source and normalising again is stable."""
    document = normalise(parse(SourceText("content_src/p.txt", "\n".join(raw_lines))))
    for section in document.sections:
        for item in section.items:
            assert clean_item(item.text) == item.text
            assert item.text


@given(st.lists(lines, min_size=1, max_size=3))
def test_accounting_holds_on_generated_source_folders(files: list[list[str]]) -> None:
    import tempfile
    from pathlib import Path

    from revguide.pipeline import build_guide
    from revguide.report import build_report

    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "content_src"
        content.mkdir()
        for n, raw_lines in enumerate(files):
            (content / f"{n}.txt").write_text("\n".join(raw_lines), encoding="utf-8")
        totals = build_report(build_guide(content, Path(folder)))["totals"]  # raises if unbalanced
    assert totals["items_in"] == totals["items_out"] + totals["merged"]


# -- the whole pipeline -----------------------------------------------------------------------

folders = st.lists(
    st.tuples(st.sampled_from([".txt", ".md"]), lines, st.sampled_from(["", "Same title"])),
    min_size=1,
    max_size=4,
)


def _source(suffix: str, raw_lines: list[str], title: str) -> str:
    """A raw text, or an editor source (its headings made Markdown headings)."""
    if suffix == ".txt":
        return "\n".join(raw_lines)
    front = ["---", f"title: {title}", "---"] if title else []
    return "\n".join([*front, *(f"## {line}" if line.istitle() else line for line in raw_lines)])


def _documents(files: list[tuple[str, list[str], str]]) -> list[Document]:
    """Each generated file parsed and normalised, as the pipeline reads it."""
    documents = []
    for n, (suffix, raw_lines, title) in enumerate(files):
        source = SourceText(f"content_src/{n}{suffix}", _source(suffix, raw_lines, title))
        raw = parse(source) if suffix == ".txt" else parse_editor(source)[0]
        documents.append(normalise(raw))
    return documents


@given(folders, st.randoms(use_true_random=False))
def test_assembly_is_independent_of_the_order_documents_come_in(
    files: list[tuple[str, list[str], str]], rnd: random.Random
) -> None:
    """Subtopics, their items, merges and reports: the same whatever order files are read in."""
    documents = _documents(files)
    shuffled = list(documents)
    rnd.shuffle(shuffled)
    assert assemble(shuffled, {}) == assemble(documents, {})


@given(folders.map(lambda files: files[:1]))
def test_normalising_and_deduplicating_again_changes_nothing(
    files: list[tuple[str, list[str], str]],
) -> None:
    """A file's subtopic written back as an editor source (``revguide import``) reads back to
    the same items: normalising and deduplicating the result again changes nothing.

    One file: a rule such as "a key concept repeating another section's item joins it" is about
    one file's layout, and two files' sections only meet in assembly.
    """
    assembly = assemble(_documents(files), {})
    for subtopic in assembly.subtopics:
        source = SourceText("content_src/again.md", to_markdown(subtopic))
        again = assemble([normalise(parse_editor(source)[0])], {})
        (rebuilt,) = again.subtopics
        assert _items(rebuilt.sections) == _items(subtopic.sections)
        assert again.reports[0].merges == ()


def _items(sections: tuple[Section, ...]) -> list[tuple[str, list[tuple[str | None, ...]]]]:
    return [(s.kind, [(i.term, i.text, i.correction) for i in s.items]) for s in sections]


@given(folders)
def test_accounting_holds_with_editor_sources_and_shared_titles(
    files: list[tuple[str, list[str], str]],
) -> None:
    """Files of both formats, some forming one subtopic: every item in is out or merged."""
    import tempfile
    from pathlib import Path

    from revguide.pipeline import build_guide
    from revguide.report import build_report

    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "content_src"
        content.mkdir()
        for n, (suffix, raw_lines, title) in enumerate(files):
            (content / f"{n}{suffix}").write_text(_source(suffix, raw_lines, title), "utf-8")
        report = build_report(build_guide(content, Path(folder)))
    read = sum(t["items_in"] for t in report["subtopics"])
    assert read == report["totals"]["items_in"]
    assert read == report["totals"]["items_out"] + report["totals"]["merged"]
