"""Hypothesis properties of the rendered HTML: source text is shown as written and never runs.

Each example writes a small ``content_src/`` full of markup (a raw text, an editor source,
``metadata.yml``, ``models.yml``), runs the pipeline (`build_site`) and renders every generated
page the way MkDocs does: front matter split off by MkDocs' own reader, then Python-Markdown with
exactly the ``markdown_extensions`` (and their configuration) MkDocs loads from ``mkdocs.yml``.
A full ``mkdocs build`` per example would make 10,000 examples take hours; the
``test_adversarial_text_in_a_real_build_*`` tests run real ``mkdocs build --strict``s. Then:

(a) every text the model holds for a page (titles, items, terms, corrections, headings, model
    fields) is in the page's visible text, verbatim (white space as HTML shows it);
(b) nothing in the HTML can run script: only elements and attributes the renderer writes, no
    ``on*`` attribute, no link with a scheme (``javascript:``), no ``<script>``;
(c) the definitions a page hands to definitions.js (front matter ``refs``) are the sources'
    definitions, character for character, once the page's YAML is read back.

``HYPOTHESIS_PROFILE=slow`` runs the property on 10,000 examples (see conftest).
"""

from __future__ import annotations

import functools
import json
import shutil
import tempfile
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT
from helpers import write
from hypothesis import given, settings
from hypothesis import strategies as st
from rendering import Html, browser_url, read, spaced, to_html
from revguide.dialect import Page
from revguide.model import walk
from revguide.names import MAX_TITLE
from revguide.site import Site, build_site
from revguide.text import item_key
from sitecheck import mkdocs_build

# -- what each page must show --------------------------------------------------------------------


def expected_texts(site: Site) -> Iterator[tuple[str, str]]:
    """(page path, text) for every source text the model puts on a generated page."""
    for subtopic in site.guide.subtopics:
        page = f"subtopics/{subtopic.slug}.md"
        yield from (
            (page, t) for t in (subtopic.title, subtopic.awarding_body, subtopic.level) if t
        )
        for section in subtopic.sections:
            if section.kind != "synopsis":  # the synopsis opens the page, with no heading
                yield page, section.heading
            for item in walk(section.items):  # nested items and table cells too
                texts = (item.term, item.text, item.correction, *item.columns, *item.cells)
                if item.cells and section.kind not in ("key_concepts", "learning_outcomes"):
                    texts = (*item.columns, *item.cells)  # a table shows its cells
                yield from ((page, t) for t in texts if t)
                if section.kind == "marking_points":
                    yield "marking-points/index.md", item.text
    for entry in site.glossary:
        yield from (
            ("glossary.md", t) for t in (*entry.phrases, *(d.text for d in entry.definitions))
        )
    for model in site.models:
        # An alias that is the name again but for case or end punctuation is shown once, as
        # the name ("Also called" lists the others).
        aliases = [a for a in model.aliases if item_key(a) != item_key(model.name)]
        texts = (model.name, *aliases, model.summary, model.origin.author, model.formula)
        yield from (("models.md", t) for t in texts if t)
        for component in model.components:
            yield from (("models.md", t) for t in (component.name, component.description))


# -- generated sources -----------------------------------------------------------------------------

ATTACKS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "[click](javascript:alert(1))",
    "![x](javascript:alert(1))",
    "<javascript:alert(1)>",
    "<https://example.com>",
    "{: onclick=alert(1) }",
    "{#id .cls onmouseover=alert(1)}",
    '" onmouseover="alert(1)',
    "'lost') <span id='x &quot;'></span><img src=x onerror=alert(1)>",
    "(often called 'attrition').",
    '"t")',
    "](javascript:alert(1))",
    "){: onclick=alert(1) }",
    "<!-- comment -->",
    "<![CDATA[x]]>",
    "<svg onload=alert(1)>",
    "<iframe src=x>",
    "&lt;script&gt;",
    "&#60;b&#62;",
    "&amp;",
    "{{ config }}",
    "{% raw %}",
    "`code`",
    "``",
    "**bold**",
    "__under__",
    "*",
    "_",
    "~~del~~",
    "^^ins^^",
    "==mark==",
    "$x$",
    "@user",
    "[ ]",
    "[x]",
    "!!! note",
    "??? tip",
    "1.",
    "1)",
    "#",
    "## not a heading",
    "> quote",
    "- ",
    "+ ",
    "|a|b|",
    "---",
    "***",
    "\\",
    "\\\\",
    ":",
    "Term: definition",
    "Misconception: x Correction: y",
    "’",
    "“quoted”",
    "…",
    "💡",
    "\u00a0",
    "\t",
    "\u2028",
    "\x02wzxhzdk:0\x03",
    "\x02klzzwxh:0\x03",
    "\x0b",
    "\x1b[31m",
]
WORDS = ["customer", "CRM", "trust", "Level", "4", "Diploma", "not", "the", "Award", "credit"]
fragment = st.one_of(
    st.sampled_from(ATTACKS),
    st.sampled_from(WORDS),
    # Any character but NUL, which makes the file binary (tests/test_bad_input.py).
    st.text(
        alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=12
    ),
)
#: Text as a source may hold it: markup glued to words or between them, any character.
source_text = st.lists(fragment, min_size=1, max_size=8).flatmap(
    lambda parts: st.sampled_from(["", " "]).map(lambda glue: glue.join(parts))
)
#: What an editor types as a YAML value: one line of printable text.
yaml_text = st.lists(
    st.one_of(
        st.sampled_from([a for a in ATTACKS if a.isprintable()]),
        st.sampled_from(WORDS),
        st.text(
            alphabet=st.characters(exclude_categories=["Cs", "Cc", "Cn", "Zl", "Zp"]), max_size=12
        ),
    ),
    min_size=1,
    max_size=5,
).map(lambda parts: " ".join(parts) if "".join(parts).strip() else "x")  # blank is an error


def _line(text: str) -> str:
    """``text`` kept on one line of a source file (a line break would start another item)."""
    return " ".join(text.splitlines()) or "x"


@st.composite
def sources(draw: st.DrawFn) -> dict[str, str]:
    """A raw text, an editor source, their metadata and a model, all from generated text."""

    def t() -> str:
        return _line(draw(source_text))

    def cell() -> str:  # a table cell: its pipes escaped, as a source writes them
        return t().replace("\\", "").replace("|", "\\|")

    def y() -> str:  # a JSON string is a YAML string
        return json.dumps(draw(yaml_text), ensure_ascii=False)

    raw = [
        t(),
        "Topic Synopsis",
        t(),
        "Key Concepts & Core Principles",
        f"- {t()}: {t()}",
        f"- {t()}",
        "Exam Tips",
        f"- {t()}",
        "Common Misconceptions",
        f"- Misconception: {t()} Correction: {t()}",
        "Examiner Marking Points",
        f"- {t()}",
        "Learning Outcomes",
        f"1. {t()}",
        draw(st.sampled_from(["Case Study", "Worked Example", t()])),
        f"- {t()}",
        f"    - {t()}",  # nested under the item above, and under that
        f"\t\t- {t()}",
        "Key Dates",
        f"| {cell()} | {cell()} |",  # a table: header, rule and a row
        "|---|---|",
        f"| {cell()} | {cell()} |",
    ]
    editor = [
        "---",
        f"title: {y()}",
        f"awarding_body: {y()}",
        f"level: {y()}",
        f"tags: [{y()}]",
        "---",
        "",
        "## Synopsis",
        "",
        t(),
        "",
        "## Key concepts",
        "",
        f"- **{t().replace('*', '')}**: {t()}",
        "",
        "## Examiner marking points",
        "",
        f"- {t()}",
        "",
        f"## {t()}",
        "",
        f"- {t()}",
    ]
    models = [
        f"- name: {y()}",
        "  slug: generated-model",
        f"  aliases: [{y()}]",
        f"  summary: {y()}",
        f"  formula: {y()}",
        "  components:",
        f"    - name: {y()}",
        f"      description: {y()}",
        f"  origin: {{author: {y()}, year: 2000, work: {y()}}}",
    ]
    metadata = [
        "raw.txt:",
        f"  title: {y()}",
        f"  qualifications: [{y()}]",
    ]
    return {
        "raw.txt": "\n".join(raw) + "\n",
        "editor.md": "\n".join(editor) + "\n",
        "models.yml": "\n".join(models) + "\n",
        "metadata.yml": "\n".join(metadata) + "\n",
    }


@functools.cache
def _scratch() -> Path:
    """One folder reused by every example (Hypothesis runs them one after another)."""
    return Path(tempfile.mkdtemp(prefix="revguide-html-properties-"))


def build(files: dict[str, str]) -> tuple[Site, dict[str, Html]]:
    """The site built from ``files`` and each generated page read as HTML."""
    root = _scratch()
    shutil.rmtree(root / "content_src", ignore_errors=True)
    for name, content in files.items():
        write(root, f"content_src/{name}", content)
    site = build_site(root / "content_src", root)
    assert site.guide.errors == (), site.guide.errors
    pages: list[Page | tuple[str, str]] = [*site.pages, ("index.md", site.home_listing)]
    html = {}
    for page in pages:
        path, content = (page.path, page.content) if isinstance(page, Page) else page
        html[path] = read(to_html(content))
    return site, html


#: Each example builds a whole site (about 0.1 s), so the quick default profile runs a third of
#: its usual number; the slow profile runs all of its 10,000.
PROFILE_EXAMPLES = settings().max_examples
SITE_EXAMPLES = PROFILE_EXAMPLES if PROFILE_EXAMPLES >= 10_000 else PROFILE_EXAMPLES // 3


@settings(max_examples=SITE_EXAMPLES)
@given(sources())
def test_source_text_is_shown_verbatim_and_runs_nothing(files: dict[str, str]) -> None:
    """Both properties on each example: one build serves both (a full build is the cost)."""
    site, html = build(files)
    assert site.guide.subtopics
    for path, text in expected_texts(site):  # (a)
        assert spaced(text) in html[path].text, f"{path}: {text!r} not shown as written"
    for path, page in html.items():  # (b)
        assert page.problems == [], f"{path}: {page.problems}"
    for generated in site.pages:  # (c)
        assert refs_shown(generated.content) <= definitions(site), generated.path


def definitions(site: Site) -> set[tuple[str, str]]:
    """(name, text) of every definition and model summary, as the sources give them."""
    shown = {(m.name, m.summary) for m in site.models}
    for entry in site.glossary:
        texts = [d.text for d in entry.definitions]
        if len(texts) > 1:
            texts = [f"{d.text} ({d.title})" for d in entry.definitions]
        shown |= {(entry.term, t) for t in texts}
    return shown


def refs_shown(content: str) -> set[tuple[str, str]]:
    """(name, text) pairs a page's front matter ``refs`` give definitions.js to show."""
    from mkdocs.utils.meta import get_data

    _, meta = get_data(content)
    return {(r["name"], t) for r in meta.get("refs", {}).values() for t in r["text"]}


# -- the same in one real build ----------------------------------------------------------------

#: A source file name an editor may well not choose, but a scraper could.
QUOTED_NAME = 'raw " onmouseover="alert(1).txt'


def build_adversarial_site(tmp_path: Path, source_name: str) -> Path:
    """mkdocs build --strict of every attack in every place a source text reaches."""
    project = tmp_path / "project"
    for folder in ("docs", "overrides", "hooks"):
        shutil.copytree(
            ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    line = " ".join(PRINTABLE_ATTACKS)
    raw = [
        "Topic Synopsis",
        f"Customers and trust. {line}",
        "Key Concepts",
        f"- Trust <b>Term</b>: {line}.",
        "Exam Tips",
        *(f"- {attack} in a tip about customer trust." for attack in PRINTABLE_ATTACKS),
        "Examiner Marking Points",
        f"- Award credit for {line}.",
        "Case Study",  # every attack nested, and in a table's cells (its pipes escaped)
        "- Customer trust",
        *(f"    - Nested {attack} about trust." for attack in PRINTABLE_ATTACKS),
        "| Attack | Where |",
        "|---|---|",
        *(f"| {a.replace('|', chr(92) + '|')} | cell |" for a in PRINTABLE_ATTACKS),
    ]
    metadata = [
        f"{json.dumps(source_name)}:",
        f"  title: {json.dumps(_title(PRINTABLE_ATTACKS), ensure_ascii=False)}",
        f"  tags: [{json.dumps('<b onmouseover=alert(1)>tag</b>')}]",
    ]
    accept = [
        f"  - {{code: {code}, file: {json.dumps(source_name)}, reason: test}}"
        for code in ("RG001", "RG006")
    ]
    write(project, f"content_src/{source_name}", "\n".join(raw) + "\n")
    write(project, "content_src/metadata.yml", "\n".join(metadata) + "\n")
    write(project, "content_src/lint.yml", "accept:\n" + "\n".join(accept) + "\n")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return tmp_path / "site"


def _title(attacks: list[str]) -> str:
    """As many attacks as a title holds (a longer one is cut, with a warning)."""
    title = "Title"
    for attack in attacks:
        if len(title) + 1 + len(attack) <= MAX_TITLE:
            title += " " + attack
    return title


@pytest.fixture(scope="module")
def adversarial_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_adversarial_site(tmp_path_factory.mktemp("adversarial"), "raw.txt")


PRINTABLE_ATTACKS = [a for a in ATTACKS if a.isprintable() and a.strip()]


@pytest.mark.build
def test_adversarial_text_in_a_real_build_is_shown_and_runs_nothing(adversarial_site: Path) -> None:
    """In every page's content (the article), every attack is text and nothing can run."""
    (page,) = (adversarial_site / "subtopics").glob("*/index.html")
    html = page.read_text(encoding="utf-8")
    text = spaced(_ScriptFinder.read(html, "article").text)
    for attack in PRINTABLE_ATTACKS:
        assert spaced(attack) in text
    # each attack nested under "Customer trust", and in a row of the one table (a row per
    # attack, but for those equal once punctuation is folded: "1." and "1)" merge)
    assert html.count("<li>Nested ") == len(PRINTABLE_ATTACKS)
    assert html.count("<table>") == 1
    rows = html.count("<td>cell</td>")
    assert len(PRINTABLE_ATTACKS) - 5 <= rows == html.count("<tr>") - 1
    for path in adversarial_site.rglob("*.html"):
        if path.parent.name == "tags":  # lists pages by their nav titles: see the next test
            continue
        problems = _ScriptFinder.read(path.read_text(encoding="utf-8"), "article").problems
        assert problems == [], f"{path.relative_to(adversarial_site)}: {problems}"


@pytest.mark.build
def test_adversarial_text_in_a_real_build_runs_nothing_in_the_theme(tmp_path: Path) -> None:
    """The same on whole pages (nav, header, title, tags), with a quote in the file name."""
    site = build_adversarial_site(tmp_path, QUOTED_NAME)
    for path in site.rglob("*.html"):
        problems = _ScriptFinder.read(path.read_text(encoding="utf-8")).problems
        assert problems == [], f"{path.relative_to(site)}: {problems}"


RUNNABLE_SCRIPT_TYPES = frozenset({"text/javascript", "module", "application/javascript"})


class _ScriptFinder(HTMLParser):
    """Script-capable markup in a page (or in its ``within`` element), and the text there.

    A page has the theme's own scripts, so a ``<script>`` counts when it runs and carries an
    attack's payload (every attack calls ``alert``); a handler or a script URL always counts.
    """

    def __init__(self, within: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.within = within
        self.depth = 0 if within else 1
        self.problems: list[str] = []
        self.chunks: list[str] = []
        self.in_script = False

    @classmethod
    def read(cls, html: str, within: str | None = None) -> Html:
        finder = cls(within)
        finder.feed(html)
        finder.close()
        return Html(" ".join(finder.chunks), finder.problems)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        script_type = (dict(attrs).get("type") or "text/javascript").lower()
        self.in_script = tag == "script" and script_type in RUNNABLE_SCRIPT_TYPES
        if tag == self.within:
            self.depth += 1
        if not self.depth:
            return
        if self.in_script and "alert" in (dict(attrs).get("src") or ""):
            self.problems.append(f"<script {attrs}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"attribute {name}={value!r} on <{tag}>")
            if name in ("href", "src", "action", "formaction") and value:
                url = browser_url(value).lower()
                if url.startswith(("javascript:", "vbscript:", "data:text/html")):
                    self.problems.append(f"{name}={value!r} on <{tag}>")

    def handle_endtag(self, tag: str) -> None:
        self.in_script = False
        if tag == self.within and self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and self.in_script and "alert(" in data:
            self.problems.append(f"script {data[:60]!r}")
        if self.depth and not self.in_script:
            self.chunks.append(data)
