"""Bad input, one test each: a clear ``content_src/<file>:<line>: ...`` message (or none, where
EDITING.md documents the input as read normally), never a traceback, every other file still
built, and the accounting invariant ``items_in == items_out + merged`` holding.

Each test builds a ``content_src/`` holding a good raw text (``good.txt``) next to the bad input,
through `build_site` (what the MkDocs hook runs). The two tests at the end run real
``mkdocs build``s: warnings fail ``--strict`` builds, errors stop any build, neither prints a
traceback. Already covered elsewhere and extended here: unusable ``.txt`` files and encodings
(tests/test_pipeline.py), markup in a real build (tests/test_site.py,
tests/test_html_properties.py), broken ``models.yml`` lines (tests/test_registry.py). A file
deleted while ``mkdocs serve`` runs: tests/test_serve.py
(``test_serve_follows_added_changed_broken_and_deleted_sources``); a file deleted between the
listing and the reading of ``content_src/`` is `test_file_deleted_while_the_guide_is_built`.
"""

from __future__ import annotations

import codecs
import os
import random
import re
import shutil
import signal
import subprocess
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import CONTENT, ROOT
from helpers import PLAIN, write
from rendering import read, spaced, to_html
from revguide.cli import main
from revguide.site import Site, build_site
from revguide.sources import discover
from sitecheck import mkdocs_build

GOOD = "good.txt"
GOOD_ITEMS = ("Quote a real complaint you handled.", "Award credit for a complete recovery plan.")

EDITOR = """\
---
title: Refunds
---

## Synopsis

How refunds turn an unhappy customer into a loyal one.

## Exam tips

- Quote the refund policy.
"""


def build(tmp_path: Path, files: dict[str, str | bytes]) -> Site:
    """`build_site` of good.txt plus ``files``; checks the good file and the accounting."""
    content = tmp_path / "content_src"
    write(content, GOOD, PLAIN)
    for name, data in files.items():
        write(content, name, data)
    site = build_site(content, tmp_path)
    (good,) = [s for s in site.guide.subtopics if f"content_src/{GOOD}" in s.sources]
    shown = {i.text for section in good.sections for i in section.items}
    assert set(GOOD_ITEMS) <= shown, "the good file was not built"
    assert f"subtopics/{good.slug}.md" in {page.path for page in site.pages}
    totals = site.report["totals"]
    assert totals["items_in"] == totals["items_out"] + totals["merged"]
    return site


LINT_CODE = re.compile(r"^RG\d{3} ")


def messages(site: Site) -> list[str]:
    """Diagnostics as printed (``file:line: message``), but lint's (tests/test_lint.py): a
    heuristic such as RG006 reacts to the other test files."""
    return [str(d) for d in site.diagnostics if not LINT_CODE.match(d.message)]


def page_text(site: Site, slug: str) -> str:
    """Visible text of a generated page, rendered as MkDocs renders it."""
    (page,) = [p for p in site.pages if p.path == f"subtopics/{slug}.md"]
    return read(to_html(page.content)).text


# -- unusable files ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data"),
    [("empty.md", b""), ("empty.txt", codecs.BOM_UTF8), ("also-empty.md", "---\n---\n")],
)
def test_empty_file(tmp_path: Path, name: str, data: bytes | str) -> None:
    """Editor sources too (raw texts: tests/test_pipeline.py); a BOM alone is empty."""
    site = build(tmp_path, {name: data, "metadata.yml": b""})  # an empty registry sets nothing
    if name == "also-empty.md":  # front matter and nothing else: no page, a warning
        assert messages(site) == [
            "content_src/also-empty.md:1: no text, no content; no page is made for it"
        ]
        assert not [s for s in site.guide.subtopics if "also-empty" in s.sources[0]]
        return
    assert messages(site) == [f"content_src/{name}:1: empty file (no text); skipped"]


def test_whitespace_only_file(tmp_path: Path) -> None:
    site = build(tmp_path, {"blank.md": " \n\t\r\n\u00a0\u2003\n", "blank.txt": "\n\n   "})
    assert messages(site) == [
        "content_src/blank.md:1: empty file (no text); skipped",
        "content_src/blank.txt:1: empty file (no text); skipped",
    ]


def test_binary_file(tmp_path: Path) -> None:
    """NUL bytes: a picture, a zip, or UTF-16 saved without its byte-order mark."""
    site = build(
        tmp_path,
        {
            "picture.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "notes.md": EDITOR.encode() + b"\x00",
            "utf16.txt": PLAIN.encode("utf-16-le"),
        },
    )
    assert messages(site) == [
        "content_src/notes.md:12: binary data (NUL byte), not text; skipped",
        "content_src/picture.txt:3: binary data (NUL byte), not text; skipped",
        "content_src/utf16.txt:1: binary data (NUL byte), not text; skipped",
    ]


def test_invalid_utf8(tmp_path: Path) -> None:
    """A source in Windows-1252 is read, with a warning naming the encoding assumed; bytes that
    are neither are skipped with the line and column; a registry must be UTF-8: an error."""
    site = build(
        tmp_path,
        {
            "latin1.md": EDITOR.replace("policy", "policy café").encode("latin-1"),
            "neither.txt": b"Topic Synopsis\nbad \x81 byte\n",
            "metadata.yml": "good.txt:\n  title: Café\n".encode("cp1252"),
        },
    )
    assert messages(site) == [
        "content_src/latin1.md:11: not UTF-8 (byte 0xE9 at column 30); read as Windows-1252: "
        "check its accents and symbols, then save it as UTF-8 to silence this warning",
        "content_src/metadata.yml:2: not valid UTF-8 (byte 0xE9 at column 13); "
        "save the file as UTF-8",
        "content_src/neither.txt:2: not valid UTF-8 (byte 0x81 at column 5); "
        "save the file as UTF-8; skipped",
    ]
    (latin,) = [s for s in site.guide.subtopics if s.sources == ("content_src/latin1.md",)]
    assert "policy café" in page_text(site, latin.slug)
    assert [d.severity for d in site.diagnostics if "metadata" in d.source.path] == ["error"]


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: codecs.BOM_UTF8 + t.encode(),
        lambda t: t.encode("utf-16"),
        lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    ],
    ids=["utf8-bom", "utf16-le-bom", "utf16-be-bom"],
)
def test_byte_order_marks(tmp_path: Path, encode) -> None:  # type: ignore[no-untyped-def]
    """Read normally, editor sources and registries too (raw texts: tests/test_pipeline.py)."""
    site = build(
        tmp_path,
        {
            "refunds.md": encode(EDITOR.replace("title: Refunds", "title: Refunds\ncolour: red")),
            "metadata.yml": encode("good.txt:\n  title: Complaints\n"),
        },
    )
    assert messages(site) == [
        "content_src/refunds.md:3: unknown field 'colour' (allowed: title, slug, awarding_body, "
        "level, category, order, qualifications, tags); ignored"
    ]
    assert sorted(s.title for s in site.guide.subtopics) == ["Complaints", "Refunds"]


@pytest.mark.parametrize("newline", ["\r", "\r\n", "mixed"])
def test_line_endings(tmp_path: Path, newline: str) -> None:
    """Read normally; the lines in messages are the lines an editor sees."""

    def ending(text: str) -> str:
        if newline != "mixed":
            return text.replace("\n", newline)
        lines = text.split("\n")
        # CR before an empty line ending in LF would read as one CRLF: a CR only before text.
        return "".join(
            line + ("\r" if n % 3 == 1 and following else "\r\n" if n % 3 else "\n")
            for n, (line, following) in enumerate(zip(lines, [*lines[1:], ""], strict=True))
        )

    site = build(
        tmp_path,
        {
            "refunds.md": ending(EDITOR.replace("## Exam tips", "## Exam tips\n\n- Tip one.")),
            "metadata.yml": ending("good.txt:\n  title: Complaints\n  colour: red\n"),
            "raw.txt": ending(PLAIN.replace("complaints", "refunds")),
        },
    )
    assert messages(site) == [
        "content_src/metadata.yml:3: unknown field 'colour' (allowed: title, slug, awarding_body, "
        "level, category, order, qualifications, tags); ignored"
    ]
    (refunds,) = [s for s in site.guide.subtopics if s.title == "Refunds"]
    assert [(i.text, i.source.line) for i in refunds.items("exam_tips")] == [
        ("Tip one.", 11),
        ("Quote the refund policy.", 13),
    ]
    (raw,) = [s for s in site.guide.subtopics if s.sources == ("content_src/raw.txt",)]
    lines = [i.source.line for section in raw.sections for i in section.items]
    assert lines == [3, 5, 6, 8, 10, 12]  # as in PLAIN, LF only


# -- structure ------------------------------------------------------------------------------------


def test_no_recognised_section(tmp_path: Path) -> None:
    """A warning; the text is kept, as the synopsis, and shown."""
    text = "Loyal customers cost less to serve.\nThey also recommend you to others.\n"
    site = build(tmp_path, {"prose.txt": text, "prose.md": EDITOR.split("## Synopsis")[0] + text})
    warning = (
        ": no recognised section heading (such as 'Topic Synopsis', 'Key Concepts', 'Exam "
        "Tips', 'Examiner Marking Points'); its text is kept as the synopsis"
    )
    assert messages(site) == [
        f"content_src/prose.md:1{warning}",
        f"content_src/prose.txt:1{warning}",
    ]
    for subtopic in site.guide.subtopics:
        if subtopic.sources != (f"content_src/{GOOD}",):
            shown = page_text(site, subtopic.slug)
            assert "Loyal customers cost less to serve." in shown
            assert "recommend you to others." in shown


def test_section_heading_repeated(tmp_path: Path) -> None:
    """No message: the two sections are one, in source order (a scrape's table of contents
    repeats every heading)."""
    repeated = EDITOR + "\n## Exam tips\n\n- Say when a refund is not due.\n"
    raw = PLAIN.replace("complaints", "refunds") + "Exam Tips\n- Say when a refund is not due.\n"
    site = build(tmp_path, {"refunds.md": repeated, "refunds.txt": raw})
    assert messages(site) == []
    for subtopic in site.guide.subtopics:
        if subtopic.sources != (f"content_src/{GOOD}",):
            assert [s.kind for s in subtopic.sections].count("exam_tips") == 1
            assert subtopic.items("exam_tips")[-1].text == "Say when a refund is not due."
            assert page_text(site, subtopic.slug).count("How to score") == 1


def test_unknown_section(tmp_path: Path) -> None:
    """Kept under its own heading, after the known ones; a lint note (RG003), not a warning."""
    site = build(tmp_path, {"refunds.md": EDITOR + "\n## Worked examples\n\n- A late parcel.\n"})
    assert messages(site) == []
    (note,) = [f for f in site.findings if f.code == "RG003"]
    assert (str(note.source), note.severity) == ("content_src/refunds.md:15", "note")  # item
    (refunds,) = [s for s in site.guide.subtopics if s.title == "Refunds"]
    assert refunds.sections[-1].heading == "Worked examples"
    assert "Worked examples¶ A late parcel." in page_text(site, refunds.slug)


# -- size -------------------------------------------------------------------------------------------


def _words() -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The seeds' words and how often each occurs: generated text reads like theirs."""
    counts = Counter(
        w
        for path in sorted(CONTENT.glob("*.txt"))
        for w in re.findall(r"[A-Za-z]+", path.read_text(encoding="utf-8"))
    )
    words, weights = zip(*sorted(counts.items()), strict=True)
    return words, weights


def sentences(count: int, shortest: int, longest: int, seed: int = 8) -> Iterator[str]:
    """``count`` sentences of seed words, drawn at their frequencies (deterministic)."""
    words, weights = _words()
    rnd = random.Random(seed)
    for _ in range(count):
        drawn = rnd.choices(words, weights, k=rnd.randint(shortest, longest))
        yield " ".join([drawn[0].capitalize(), *drawn[1:]]) + "."


def test_ten_thousand_items_in_one_section(tmp_path: Path) -> None:
    tips = list(sentences(10_000, 8, 20))
    tips += tips[:500]  # a second scraped copy of some: merged, accounted for
    raw = "Topic Synopsis\nA very long list of exam tips.\nExam Tips\n"
    site = build(tmp_path, {"long.txt": raw + "".join(f"- {t}\n" for t in tips)})
    (long,) = [s for s in site.guide.subtopics if s.sources == ("content_src/long.txt",)]
    assert [i.text for i in long.items("exam_tips")] == list(dict.fromkeys(tips))
    (report,) = [r for r in site.guide.reports if r.slug == long.slug]
    assert report.items_in == 10_501
    assert sum(len(m.merged) for m in report.merges) == 10_501 - len(set(tips)) - 1


def test_five_megabyte_file(tmp_path: Path) -> None:
    """A whole qualification pasted into one file: every line is on the page or accounted for."""
    headings = ["Key Concepts", "Exam Tips", "Common Mistakes", "Examiner Marking Points"]
    lines = ["Topic Synopsis", *sentences(1, 20, 30, seed=1)]
    sizes = 0
    for block in range(1_000):
        lines.append(headings[block % len(headings)])  # each heading repeated: joined
        lines += [f"- {s}" for s in sentences(20, 20, 60, seed=block)]
        sizes += sum(len(line) + 1 for line in lines[-21:])
        if sizes >= 5_000_000:
            break
    text = "\n".join(lines) + "\n"
    assert len(text.encode()) >= 5_000_000
    site = build(tmp_path, {"huge.txt": text})
    (huge,) = [s for s in site.guide.subtopics if s.sources == ("content_src/huge.txt",)]
    (report,) = [r for r in site.guide.reports if r.slug == huge.slug]
    items = sum(1 for line in lines if line.startswith("- ")) + 1
    assert report.items_in == items
    assert [s.kind for s in huge.sections][:1] == ["synopsis"]


LONG_LINES = {
    "prose": " ".join(sentences(800, 10, 25)),
    "no spaces": "x" * 100_000,
    "punctuation": "function(a,b){return a.b=c[d]||{};if(x<3&&y>2)z();}" * 2_000,
    "markup": "*_[]()`#|<>&\\" * 8_000,
}


def test_lines_of_100000_characters(tmp_path: Path) -> None:
    """Kept whole and shown as written; rendering stays quick however dense the markup.

    Rendering used to cost (escapes x length): the markup line took 109 s to render before
    revguide.literal; it is not timed here (see bench/), but a regression shows as a test that
    takes minutes.
    """
    lines = {name: text[:100_000] for name, text in LONG_LINES.items()}
    tips = "".join(f"- {text}\n" for text in lines.values())
    site = build(tmp_path, {"wide.txt": "Topic Synopsis\nWide lines.\nExam Tips\n" + tips})
    (wide,) = [s for s in site.guide.subtopics if s.sources == ("content_src/wide.txt",)]
    assert [i.text for i in wide.items("exam_tips")] == [spaced(t) for t in lines.values()]
    shown = page_text(site, wide.slug)
    for text in lines.values():
        assert spaced(text) in shown


# -- markup in text -----------------------------------------------------------------------------

MARKUP_LINES = [
    "<script>alert(1)</script> and <b onmouseover=alert(2)>bold</b>",
    "<img src=x onerror=alert(3)> <!-- hidden --> <iframe src=x></iframe>",
    "Stars *a* _b_ `code` [x](javascript:alert(4)) | pipe & \\ backslash",
    "# not a heading",
    "1. not a list",
    "1) nor this",
    "> not a quote",
    "!!! note not a callout",
    "??? note not a details block",
    "|a|b| not a table",
    "{: #id .class onclick=alert(5) }",
    "&lt;escaped&gt; &amp; &#60;entities&#62;",
    "{{ config.site_name }} and {% raw %} and {# comment #}",
]


def _markup_sources() -> dict[str, str | bytes]:
    raw = "Topic Synopsis\nMarkup shown as text.\nExam Tips\n"
    return {
        "markup.txt": raw + "".join(f"- {line}\n" for line in MARKUP_LINES),
        "markup.md": EDITOR.replace("title: Refunds", 'title: "<b>Bold</b> *title*"')
        + "".join(f"- {line}\n" for line in MARKUP_LINES)
        + "\n## <i>Odd</i> [heading](x)\n\n- **<u>Term</u>**: <script>alert(6)</script>\n"
        + "\n## Key concepts\n\n- **Churn**: Customers who `leave early.\n"
        + "\n## Worked examples\n\n- Track churn `weekly` in a table.\n",
        "metadata.yml": 'markup.txt:\n  title: "<script>alert(7)</script> {{ x }}"\n'
        '  tags: ["<b onmouseover=alert(8)>tag</b>"]\n',
    }


def test_html_and_script_in_text(tmp_path: Path) -> None:
    """Shown as text in items, titles, terms, headings; nothing in the HTML can run.

    (A real build of the same: tests/test_html_properties.py.)"""
    site = build(tmp_path, _markup_sources())
    for page in site.pages:
        html = read(to_html(page.content))
        assert html.problems == [], f"{page.path}: {html.problems}"
    marked = [s for s in site.guide.subtopics if s.sources != (f"content_src/{GOOD}",)]
    assert {s.title for s in marked} == {"<script>alert(7)</script> {{ x }}", "<b>Bold</b> *title*"}
    for subtopic in marked:
        shown = page_text(site, subtopic.slug)
        assert subtopic.title in shown
        assert "<script>alert(1)</script> and <b onmouseover=alert(2)>bold</b>" in shown
    # The theme shows titles and tags as HTML (tests/test_html_properties.py): escaped for it.
    (raw,) = [s for s in marked if s.sources == ("content_src/markup.txt",)]
    (page,) = [p for p in site.pages if p.path == f"subtopics/{raw.slug}.md"]
    assert 'title: "&lt;script&gt;alert(7)&lt;/script&gt; {{ x }}"' in page.content
    assert "&lt;b onmouseover=alert(8)&gt;tag&lt;/b&gt;" in page.content


def test_markdown_metacharacters(tmp_path: Path) -> None:
    """Every Markdown character, and lines starting ``1.`` or ``#``, shown as written.

    In raw texts an unbulleted ``1.`` numbers a list and ``# Heading`` is a heading; after a
    bullet both are text.
    """
    site = build(tmp_path, _markup_sources())
    (raw,) = [s for s in site.guide.subtopics if s.sources == ("content_src/markup.txt",)]
    assert [i.text for i in raw.items("exam_tips")] == MARKUP_LINES
    shown = page_text(site, raw.slug)
    for line in MARKUP_LINES:
        assert line in shown
    # A definition's backtick reaches the tooltip of every mention: it must not open a code
    # span there, closed by a later (escaped) backtick, swallowing the link and the text.
    (md,) = [s for s in site.guide.subtopics if s.sources == ("content_src/markup.md",)]
    assert "Track churn `weekly` in a table." in page_text(site, md.slug)


def test_template_syntax(tmp_path: Path) -> None:
    """``{{ }}`` and ``{% %}`` are text: nothing expands them, in items or titles."""
    site = build(tmp_path, _markup_sources())
    (raw,) = [s for s in site.guide.subtopics if s.sources == ("content_src/markup.txt",)]
    shown = page_text(site, raw.slug)
    assert "{{ config.site_name }} and {% raw %} and {# comment #}" in shown
    assert raw.title == "<script>alert(7)</script> {{ x }}"
    assert raw.title in shown


# -- several files ------------------------------------------------------------------------------


def test_duplicate_titles_and_slugs_across_files(tmp_path: Path) -> None:
    """The same title: one subtopic listing both files. Different titles that make the same
    address: a warning on the second, published at ``-2``."""

    def titled(title: str, synopsis: str) -> str:
        return EDITOR.replace("Refunds", title).replace(
            "How refunds turn an unhappy customer into a loyal one.", synopsis
        )

    other = titled("Refunds", "Why refunds are worth what they cost.")
    clash = titled("Sales & Marketing", "Selling and marketing work together.")
    clash2 = titled("Sales Marketing", "Marketing brings the leads that sales close.")
    site = build(
        tmp_path, {"a.md": EDITOR, "b.md": other, "c.md": clash, "d.md": clash2, "e.txt": PLAIN}
    )
    assert messages(site) == [
        "content_src/d.md:1: slug 'sales-marketing' is already used by another subtopic; this "
        "one is published as 'sales-marketing-2' (give it its own title or slug in metadata.yml)"
    ]
    by_title = {s.title: s for s in site.guide.subtopics}
    assert by_title["Refunds"].sources == ("content_src/a.md", "content_src/b.md")
    assert [by_title[t].slug for t in ("Sales & Marketing", "Sales Marketing")] == [
        "sales-marketing",
        "sales-marketing-2",
    ]
    assert len({page.path for page in site.pages}) == len(site.pages)


def test_same_term_defined_differently(tmp_path: Path) -> None:
    """A lint warning (RG004, so --strict fails); the glossary shows both, attributed."""
    concepts = "## Key concepts\n\n- **Churn**: {}\n\n## Exam tips"
    site = build(
        tmp_path,
        {
            "a.md": EDITOR.replace("## Exam tips", concepts.format("Customers who leave.")),
            "b.md": EDITOR.replace("title: Refunds", "title: Retention")
            .replace("How refunds turn", "Why retention keeps")
            .replace("## Exam tips", concepts.format("The rate at which subscriptions end.")),
        },
    )
    assert (
        "content_src/b.md:11: RG004 'Churn' is defined differently in 'Refunds' "
        "(content_src/a.md:11); both definitions are shown in the glossary"
    ) in [str(d) for d in site.diagnostics if d.severity == "warning"]
    (glossary,) = [p for p in site.pages if p.path == "glossary.md"]
    shown = read(to_html(glossary.content)).text
    assert "Customers who leave. (Refunds)" in shown
    assert "The rate at which subscriptions end. (Retention)" in shown


# -- what is in content_src/ --------------------------------------------------------------------


def test_directory_inside_content_src(tmp_path: Path) -> None:
    """Folders are read, however deep and whatever their name; an empty one is nothing."""
    (tmp_path / "content_src" / "empty").mkdir(parents=True)
    site = build(
        tmp_path, {"unit 2/refunds.md": EDITOR, "folder.txt/deeper/more.txt": PLAIN + "- Extra.\n"}
    )
    assert messages(site) == []
    sources = {path for s in site.guide.subtopics for path in s.sources}
    assert {"content_src/unit 2/refunds.md", "content_src/folder.txt/deeper/more.txt"} <= sources


def test_symlinks(tmp_path: Path) -> None:
    """A link to a file inside content_src is read; one leading outside it is skipped, its
    target never read (tests/test_security.py); links to folders are not followed (one back up
    would loop); a dangling link, or one that loops, is skipped. Each is a warning."""
    content = tmp_path / "content_src"
    outside = write(tmp_path, "elsewhere/refunds.md", EDITOR)
    inside = write(content, "kept/refunds.md", EDITOR.replace("Refunds", "Returns"))
    (content / "outside.md").symlink_to(outside)
    (content / "linked.md").symlink_to(inside)
    (content / "folder").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (content / "up").symlink_to(content, target_is_directory=True)
    (content / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (content / "loop.txt").symlink_to(content / "loop.txt")
    site = build(tmp_path, {})
    assert messages(site) == [
        "content_src/dangling.txt:1: a symbolic link that loops or leads nowhere; skipped",
        "content_src/folder:1: a symbolic link to a file outside content_src/; skipped (only "
        "files inside the folder are read)",
        "content_src/loop.txt:1: a symbolic link that loops or leads nowhere; skipped",
        "content_src/outside.md:1: a symbolic link to a file outside content_src/; skipped "
        "(only files inside the folder are read)",
        "content_src/up:1: not a regular file (a link to a folder, a pipe or a device); skipped",
    ]
    assert "Refunds" not in {s.title for s in site.guide.subtopics}
    (linked,) = [s for s in site.guide.subtopics if s.title == "Returns"]
    assert linked.sources == ("content_src/kept/refunds.md", "content_src/linked.md")


def test_unreadable_file(tmp_path: Path) -> None:
    """A file without read permission: a warning. (As root every file can be read.)"""
    path = write(tmp_path, "content_src/locked.txt", PLAIN)
    path.chmod(0)
    try:
        path.read_bytes()
    except PermissionError:
        pass
    else:
        path.chmod(0o644)
        pytest.skip("running as root: chmod 000 does not stop reads (see the pipe test)")
    try:
        site = build(tmp_path, {})
    finally:
        path.chmod(0o644)
    assert messages(site) == [
        "content_src/locked.txt:1: cannot be read (Permission denied); skipped"
    ]


def test_pipe_or_device_in_content_src(tmp_path: Path) -> None:
    """A named pipe: reading it would wait for a writer forever. A warning, at once."""
    content = tmp_path / "content_src"
    content.mkdir()
    os.mkfifo(content / "pipe.txt")

    def hung(*_: object) -> None:
        raise AssertionError("reading content_src/ waited on the pipe")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(30)
    try:
        site = build(tmp_path, {})
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert messages(site) == [
        "content_src/pipe.txt:1: not a regular file (a link to a folder, a pipe or a device); "
        "skipped"
    ]


def test_file_name_with_a_line_break_or_markup(tmp_path: Path) -> None:
    """A line break in a name would break the page's Markdown: skipped. Markup is shown."""
    site = build(tmp_path, {"two\nlines.txt": PLAIN, "a`<img src=x onerror=alert(1)>`.md": EDITOR})
    assert messages(site) == [
        "content_src/two?lines.txt:1: the file name has a line break or another control "
        "character; rename it; skipped"
    ]
    (page,) = [p for p in site.pages if p.path == "subtopics/refunds.md"]
    html = read(to_html(page.content))
    assert html.problems == []
    assert "content_src/a`<img src=x onerror=alert(1)>`.md" in html.text


def test_file_deleted_while_the_guide_is_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Listed, then deleted before it is read (an editor saving under mkdocs serve)."""

    def discover_then_delete(content_dir: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
        found = discover(content_dir)
        (content_dir / "gone.md").unlink()
        return found

    monkeypatch.setattr("revguide.pipeline.discover", discover_then_delete)
    site = build(tmp_path, {"gone.md": EDITOR})
    assert messages(site) == [
        "content_src/gone.md:1: cannot be read (No such file or directory); skipped"
    ]


# -- registries ---------------------------------------------------------------------------------------

BROKEN = {
    "metadata.yml": ("good.txt:\n  title: [unclosed\n", 3),
    "models.yml": ("- name: Trust\n\tslug: trust\n", 2),
    "dedupe.yml": ("merge:\n  - [a, b\nkeep_apart: []\n", 3),
    "lint.yml": ("accept:\n  - {code: RG001, file: good.txt\n", 3),
}


@pytest.mark.parametrize("registry", sorted(BROKEN))
def test_broken_yaml_in_a_registry(
    tmp_path: Path,
    registry: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An error with the line (the build stops: see the last test); sources still read."""
    text, line = BROKEN[registry]
    site = build(tmp_path, {registry: text})
    (error,) = [d for d in site.diagnostics if d.severity == "error"]
    assert str(error).startswith(f"content_src/{registry}:{line}: invalid YAML: ")
    monkeypatch.chdir(tmp_path)
    assert main(["lint", "content_src"]) == 2
    out = capsys.readouterr().out
    assert f"content_src/{registry}:{line}: error: invalid YAML" in out


def test_broken_yaml_in_front_matter(tmp_path: Path) -> None:
    """A warning with the line; that file is skipped (tests/test_editor.py), the rest built."""
    site = build(tmp_path, {"broken.md": EDITOR.replace("title: Refunds", "title: [Refunds")})
    (message,) = messages(site)
    assert message.startswith("content_src/broken.md:")
    assert message.endswith("; file skipped")
    assert [d.severity for d in site.diagnostics if "broken" in d.source.path] == ["warning"]


def test_yaml_escape_of_half_a_character(tmp_path: Path) -> None:
    """JSON-style escapes of an emoji are joined into it; half of one is an error, not a crash."""
    site = build(
        tmp_path,
        {
            "metadata.yml": 'good.txt:\n  title: "Tips \\ud83d\\udca1"\n',
            "refunds.md": EDITOR.replace("title: Refunds", 'title: "Refunds \\ud83d"'),
        },
    )
    assert "Tips 💡" in {s.title for s in site.guide.subtopics}
    assert messages(site) == [
        "content_src/refunds.md:2: title has half of a \\u-escaped character; type the "
        "character; file skipped"
    ]


# -- real builds ----------------------------------------------------------------------------------


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    for folder in ("docs", "overrides", "hooks"):
        shutil.copytree(
            ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    write(project, f"content_src/{GOOD}", PLAIN)
    return project


def _plain_build(project: Path, site_dir: Path) -> subprocess.CompletedProcess[str]:
    """``mkdocs build`` without --strict (warnings do not stop it)."""
    return mkdocs_build(project, site_dir, strict=False)


@pytest.mark.build
def test_bad_sources_fail_a_strict_build_with_their_messages(tmp_path: Path) -> None:
    """Every warning above in one project: --strict fails listing each; without it, the good
    pages are built. No traceback either way."""
    project = _project(tmp_path)
    content = project / "content_src"
    bad: dict[str, str | bytes] = {
        "empty.md": b"",
        "binary.txt": b"Topic Synopsis\n\x00",
        "latin1.txt": "Topic Synopsis\ncaf\xe9\n".encode("latin-1"),
        "neither.txt": b"Topic Synopsis\nbad \x81\n",
        "prose.txt": "Loyal customers cost less to serve.\n",
        "broken.md": "---\ntitle: [x\n---\n",
        "notes.docx": b"PK",
        "metadata.yml": "good.txt:\n  colour: red\n",
    }
    for name, data in bad.items():
        write(content, name, data)
    os.mkfifo(content / "pipe.txt")
    (content / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    expected = [
        "content_src/binary.txt:2: binary data",
        "content_src/broken.md:2: invalid YAML",
        "content_src/dangling.txt:1: a symbolic link that loops or leads nowhere",
        "content_src/empty.md:1: empty file",
        "content_src/latin1.txt:2: not UTF-8 (byte 0xE9 at column 4); read as Windows-1252",
        "content_src/neither.txt:2: not valid UTF-8",
        "content_src/metadata.yml:2: unknown field 'colour'",
        "content_src/notes.docx:1: not a subtopic source",
        "content_src/pipe.txt:1: not a regular file",
        "content_src/prose.txt:1: no recognised section heading",
    ]
    strict = mkdocs_build(project, tmp_path / "strict")
    assert strict.returncode == 1
    warnings = [line for line in strict.stderr.splitlines() if "content_src/" in line]
    for message in expected:
        assert any(message in line and line.startswith("WARNING") for line in warnings), message
    plain = _plain_build(project, tmp_path / "site")
    assert plain.returncode == 0, plain.stderr
    for result in (strict, plain):
        assert "Traceback" not in result.stderr
    good = tmp_path / "site" / "subtopics"
    assert (
        good / "how-teams-handle-customer-complaints-and-turn-them-into" / "index.html"
    ).exists()
    assert (good / "loyal-customers-cost-less-to-serve" / "index.html").exists()


@pytest.mark.build
def test_broken_registry_stops_a_build_with_its_line(tmp_path: Path) -> None:
    project = _project(tmp_path)
    write(project, "content_src/metadata.yml", BROKEN["metadata.yml"][0])
    result = _plain_build(project, tmp_path / "site")
    assert result.returncode == 1
    assert "content_src/metadata.yml:3: invalid YAML" in result.stderr
    assert "Traceback" not in result.stderr
