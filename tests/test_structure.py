"""Structure kept from source to page: nested bullets stay nested, Markdown tables become tables.

Parse builds each item's children from indentation and each table row's cells and header;
dedupe unites the children of merged items; render writes nested lists and tables that
Python-Markdown reads back with the same shape and text (a Hypothesis property); a real
``mkdocs build --strict`` shows a nested ``<ul>`` and a ``<table>``, and on a 360 px phone a
wide table scrolls inside itself.
"""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from helpers import doc, raw, write
from hypothesis import given
from hypothesis import strategies as st
from rendering import read, to_html
from revguide.dedupe import dedupe_section
from revguide.linking import make_linking
from revguide.marking_points import render_marking_points
from revguide.model import Item, Section, SourceRef, Subtopic
from revguide.pipeline import build_guide
from revguide.report import build_report
from revguide.subtopic_pages import render_subtopics
from sitecheck import mkdocs_build
from test_corpus import CORPUS


def tree(item: Item) -> tuple[str, list[object]]:
    """An item's text and its children's trees."""
    return item.text, [tree(child) for child in item.children]


# -- parse and normalise --------------------------------------------------------------------------


NESTED = """\
# Networks
## Topologies
- Star
    - Every device connects to a central switch
        * Advantage: one cable failing affects one device
        • Disadvantage: the switch is a single point of failure

    - Data goes only to the device it is addressed to,
      not to every device
- Mesh
\to Every device connects to every other
1. TCP/IP
   a) TCP splits data into packets
   b) IP routes each packet
2. HTTP
"""


def test_nested_items_any_depth_any_marker() -> None:
    """Spaces or tabs; ``-``, ``*``, ``•``, Word's ``o``, lettered sub-items of a numbered
    item; a blank line inside the list; a wrapped line continues the child it belongs to."""
    document = doc(NESTED)
    items = document.items("other:Topologies")
    assert [tree(i) for i in items] == [
        (
            "Star",
            [
                (
                    "Every device connects to a central switch",
                    [
                        ("Advantage: one cable failing affects one device", []),
                        ("Disadvantage: the switch is a single point of failure", []),
                    ],
                ),
                ("Data goes only to the device it is addressed to, not to every device", []),
            ],
        ),
        ("Mesh", [("Every device connects to every other", [])]),
        (
            "TCP/IP",
            [("TCP splits data into packets", []), ("IP routes each packet", [])],
        ),
        ("HTTP", []),
    ]
    star = items[0]
    assert star.children[0].source == SourceRef("content_src/t.txt", 4)  # a child keeps its line
    assert star.flat_text == (
        "Star: Every device connects to a central switch: Advantage: one cable failing affects "
        "one device; Disadvantage: the switch is a single point of failure; Data goes only to "
        "the device it is addressed to, not to every device"
    )


def test_child_lines_are_items_in_the_accounting() -> None:
    uses = {(u.source.line, u.role, u.detail) for u in raw(NESTED).lines}
    assert (4, "child", "content_src/t.txt:3") in uses
    assert (5, "child", "content_src/t.txt:4") in uses  # under the child, not the bullet
    assert (9, "part", "content_src/t.txt:8") in uses  # the wrapped line
    assert (14, "child", "content_src/t.txt:12") in uses  # "b)" under "1."


def test_a_bullet_indented_under_a_paragraph_is_not_its_child() -> None:
    """Only a list item has children: an indented bullet under a sentence is an item."""
    document = doc("# Notes\n## Notes\nA sentence of prose ends here.\n  - a bullet of its own\n")
    assert [tree(i) for i in document.items("other:Notes")] == [
        ("A sentence of prose ends here.", []),
        ("a bullet of its own", []),
    ]


TABLES = """\
# Coasts
## Strategies
Strategy | Cost | Notes
--- | --- | ---
Sea wall | £6,000 | Reflects energy
Managed retreat | | Cheap
Groynes | £5,000 |

## Key dates
| 1953 | North Sea flood |
| 2014 | Dawlish \\| railway |
"""


def test_tables_keep_cells_and_header() -> None:
    """Without outer pipes, an empty cell in the middle or left out at the end, a table with
    no header row (its columns empty), ``\\|`` a pipe inside a cell."""
    document = doc(TABLES)
    rows = document.items("other:Strategies")
    assert [(r.columns, r.cells) for r in rows] == [
        (("Strategy", "Cost", "Notes"), ("Sea wall", "£6,000", "Reflects energy")),
        (("Strategy", "Cost", "Notes"), ("Managed retreat", "", "Cheap")),
        (("Strategy", "Cost", "Notes"), ("Groynes", "£5,000", "")),
    ]
    assert [r.text for r in rows] == [
        "Sea wall: £6,000 (Notes: Reflects energy)",
        "Managed retreat (Notes: Cheap)",
        "Groynes: £5,000",
    ]
    dates = document.items("other:Key dates")
    assert [(r.columns, r.cells) for r in dates] == [
        (("", ""), ("1953", "North Sea flood")),
        (("", ""), ("2014", "Dawlish | railway")),
    ]
    uses = {(u.source.line, u.role, u.detail) for u in raw(TABLES).lines}
    assert {(3, "table", "header"), (4, "table", "rule")} <= uses  # structure, never items


def test_rows_of_a_terms_table_are_glossary_terms() -> None:
    document = doc("Key terms\n| Term | Definition |\n|---|---|\n| Osmosis | Water moving |\n")
    (row,) = document.items("key_concepts")
    assert (row.term, row.text, row.cells) == (
        "Osmosis",
        "Water moving",
        ("Osmosis", "Water moving"),
    )


# -- dedupe ------------------------------------------------------------------------------------------


def _item(text: str, line: int, *children: Item, path: str = "a.txt") -> Item:
    return Item(text, SourceRef(path, line), children=children)


def test_merged_items_unite_their_children() -> None:
    """The survivor keeps its children, gains the other's differing ones, and a child saying
    the same thing merges into the survivor's, reported as a merge into a named survivor."""
    first = _item("Temperature", 1, _item("Rate rises", 2), _item("Enzymes denature", 3))
    second = _item(
        "temperature.",
        1,
        _item("rate rises.", 2, _item("up to the optimum", 3, path="b.txt"), path="b.txt"),
        _item("The optimum is about 37 °C", 4, path="b.txt"),
        path="b.txt",
    )
    result = dedupe_section("other:Factors", [first, second])
    (survivor,) = result.items
    assert tree(survivor) == (
        "Temperature",
        [
            ("Rate rises", [("up to the optimum", [])]),
            ("Enzymes denature", []),
            ("The optimum is about 37 °C", []),
        ],
    )
    assert survivor.children[0].merged_from == (SourceRef("b.txt", 2),)
    merged = {(m.kept, m.kept_source.line, tuple(t for t, _ in m.merged)) for m in result.merges}
    assert merged == {("Rate rises", 2, ("rate rises.",)), ("Temperature", 1, ("temperature.",))}


def test_rows_with_other_cells_never_merge() -> None:
    """The same words in other cells are another row."""
    a = Item(
        "Sea wall: 6,000", SourceRef("a.txt", 1), columns=("", ""), cells=("Sea wall", "6,000")
    )
    b = Item("Sea wall 6,000", SourceRef("a.txt", 2), columns=("",), cells=("Sea wall 6,000",))
    assert len(dedupe_section("other:Costs", [a, b]).items) == 2


def test_accounting_holds_with_children_merged(tmp_path: Path) -> None:
    """Two files with the same item and overlapping children: every item and child is on the
    page or merged into a named survivor, and the report names each child's parent."""
    text = "Topic Synopsis\nEnzymes speed up reactions.\nExam Tips\n- Temperature\n  - rate rises\n"
    write(tmp_path, "content_src/a.txt", text)
    write(tmp_path, "content_src/b.txt", text + "  - denatures above the optimum\n")
    guide = build_guide(tmp_path / "content_src", tmp_path)  # checks items in = out + merged
    (subtopic,) = guide.subtopics
    (tip,) = subtopic.items("exam_tips")
    assert [c.text for c in tip.children] == ["rate rises", "denatures above the optimum"]
    report = build_report(guide)
    (entry,) = report["subtopics"]
    assert entry["lines"]["content_src/b.txt"]["child"] == {"5": 4, "6": 4}
    assert {5, 6} <= set(entry["lines"]["content_src/b.txt"]["item"])
    assert (
        report["totals"]["items_in"] == report["totals"]["items_out"] + report["totals"]["merged"]
    )


# -- render --------------------------------------------------------------------------------------


class _Shape(HTMLParser):
    """The lists and tables of an HTML fragment as nested Python values."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[list[object]] = [[]]
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("ul", "ol", "li", "table", "tr"):
            self._flush()
            self.stack.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in ("th", "td"):
            self.stack[-1].append(" ".join("".join(self.text).split()))
            self.text = []
        elif tag in ("ul", "ol", "li", "table", "tr"):
            self._flush()
            done = self.stack.pop()
            self.stack[-1].append((tag, done))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self.text).split())
        if text:
            self.stack[-1].append(text)
        self.text = []


def shape(html: str) -> list[object]:
    reader = _Shape()
    reader.feed(html)
    reader.close()
    return reader.stack[0]


def _subtopic(*sections: Section) -> Subtopic:
    return Subtopic("s", "S", "source", ("content_src/s.txt",), sections)


def _page(*sections: Section) -> str:
    pages = render_subtopics([_subtopic(*sections)], make_linking([], []), [])
    return to_html(pages.pages[0].content)


def test_children_are_nested_lists_in_every_kind_of_section() -> None:
    nested = _item("Temperature", 1, _item("rate rises", 2, _item("to the optimum", 3)))
    expected = [
        (
            "li",
            ["Temperature", ("ul", [("li", ["rate rises", ("ul", [("li", ["to the optimum"])])])])],
        )
    ]
    for kind in ("other:Factors", "exam_tips", "marking_points", "learning_outcomes"):
        html = _page(Section(kind, "Factors", (nested,)))
        lists = [s for s in shape(html) if isinstance(s, tuple) and s[0] in ("ul", "ol")]
        assert lists[0][1] == expected, kind
    concept = Item(
        "a catalyst", SourceRef("a.txt", 1), term="Enzyme", children=(_item("a protein", 2),)
    )
    html = _page(Section("key_concepts", "Key concepts", (concept,)))
    assert "<dd>" in html
    assert ("ul", [("li", ["a protein"])]) in shape(html.split("<dd>")[1])


def test_a_table_is_one_table_in_order_escaped() -> None:
    columns = ("Quantity", "Equation | form")
    rows = (
        Item("Force", SourceRef("a.txt", 3), columns=columns, cells=("Force", "F = m × a")),
        Item("Pipe", SourceRef("a.txt", 4), columns=columns, cells=("<b>x</b> | y", "*z*")),
        Item("After", SourceRef("a.txt", 5)),
    )
    for kind in ("other:Maths", "misconceptions"):  # a table in a callout too
        html = _page(Section(kind, "Maths", rows))
        tables = [s for s in shape(html) if isinstance(s, tuple) and s[0] == "table"]
        if not tables:  # inside the callout's <div>
            tables = [
                s
                for s in shape(html.split('class="admonition')[1])
                if isinstance(s, tuple) and s[0] == "table"
            ]
        assert tables == [
            (
                "table",
                [
                    ("tr", ["Quantity", "Equation | form"]),
                    ("tr", ["Force", "F = m × a"]),
                    ("tr", ["<b>x</b> | y", "*z*"]),
                ],
            )
        ], kind
        assert read(html).problems == []
        assert "After" in read(html).text


def test_marking_points_page_nests_children() -> None:
    point = _item("Award credit for a plan", 1, _item("with a timescale", 2))
    (page,) = render_marking_points(
        [_subtopic(Section("marking_points", "Marking points", (point,)))]
    )
    html = to_html(page.content)
    assert ("ul", [("li", ["with a timescale"])]) in _everything(shape(html))
    assert 'aria-label="Award credit for a plan"' in html  # the checkbox's name: its own text


# -- a property: any nested list or table written as source comes out with the same shape ----------

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz*_<>&[]()#`!{}~^=$@'\"", min_size=1, max_size=7)
TEXT = st.lists(WORD, min_size=1, max_size=5).map(lambda words: "W" + " ".join(words) + " w")
TREES: st.SearchStrategy[tuple[str, list[object]]] = st.recursive(
    st.tuples(TEXT, st.just([])),
    lambda children: st.tuples(TEXT, st.lists(children, min_size=1, max_size=3)),
    max_leaves=8,
)


def _source(trees: list[tuple[str, list]], indent: str, depth: int = 0) -> list[str]:  # type: ignore[type-arg]
    lines = []
    for text, children in trees:
        lines.append(f"{indent * depth}- {text}")
        lines += _source(children, indent, depth + 1)
    return lines


def _expected(trees: list[tuple[str, list]]) -> list[object]:  # type: ignore[type-arg]
    return [
        ("li", [text, *([("ul", _expected(children))] if children else [])])
        for text, children in trees
    ]


@given(st.lists(TREES, min_size=1, max_size=4), st.sampled_from(["  ", "    ", "\t"]))
def test_any_nested_list_keeps_its_shape_and_text(trees, indent: str) -> None:  # type: ignore[no-untyped-def]
    source = "\n".join(["# Notes", "## Notes", *_source(trees, indent)]) + "\n"
    document = doc(source)
    html = _page(*document.sections)
    lists = [s for s in shape(html) if isinstance(s, tuple) and s[0] == "ul"]
    assert lists[0][1] == _expected(trees)


CELL = st.lists(WORD, min_size=0, max_size=3).map(" ".join)


@given(
    st.integers(1, 4).flatmap(
        lambda width: st.tuples(
            st.lists(TEXT.map(lambda t: t.replace("|", "")), min_size=width, max_size=width),
            st.lists(
                st.lists(CELL | st.just("a | b"), min_size=width, max_size=width),
                min_size=1,
                max_size=4,
            ),
        )
    )
)
def test_any_table_keeps_its_rows_and_cells(table) -> None:  # type: ignore[no-untyped-def]
    header, rows = table

    def row(cells: list[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    source = "\n".join(
        ["# Notes", "## Notes", row(header), "|" + "---|" * len(header), *map(row, rows)]
    )
    html = _page(*doc(source + "\n").sections)
    tables = [s for s in shape(html) if isinstance(s, tuple) and s[0] == "table"]
    kept = [cells for cells in rows if any(cells)]  # a row of empty cells is no item
    expected = [("table", [("tr", header), *(("tr", cells) for cells in kept)])] if kept else []
    assert tables == expected


# -- a real build, and a phone ----------------------------------------------------------------------

WIDE = """\
Tide tables
Tide heights around the Welsh coast, in metres.

Heights
| Port | Jan | Feb | Mar | Apr | May | Jun | Jul | Aug | Sep | Oct | Nov | Dec |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
| Aberystwyth | 4.61 | 4.72 | 4.80 | 4.77 | 4.69 | 4.58 | 4.55 | 4.63 | 4.78 | 4.86 | 4.79 | 4.66 |
"""


@pytest.fixture(scope="module")
def structured_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("structure") / "project"
    for folder in ("docs", "overrides", "hooks"):
        shutil.copytree(
            ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    write(project, "content_src/tides.txt", WIDE)
    for name in ("ocr_computer_science_networks", "gdocs_geography_coastal_management"):
        shutil.copy(CORPUS / f"{name}.txt", project / "content_src" / f"{name}.txt")
    site = project / "site" / "revision-guide"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    return site


def _subtopic_html(site: Path, start: str) -> str:
    (page,) = list((site / "subtopics").glob(f"{start}*/index.html"))
    return page.read_text("utf-8")


@pytest.mark.build
def test_build_shows_nested_lists_and_tables(structured_site: Path) -> None:
    """The built pages hold the nested lists and the tables, cells in order."""
    html = _subtopic_html(structured_site, "networks")
    article = html.split("<article", 1)[1].split("</article>", 1)[0]
    star = (
        "li",
        [
            "Star",
            (
                "ul",
                [
                    (
                        "li",
                        [
                            "Every device connects to a central switch",
                            (
                                "ul",
                                [
                                    (
                                        "li",
                                        [
                                            "Advantage: if one cable fails, only that device is affected"
                                        ],
                                    ),
                                    (
                                        "li",
                                        [
                                            "Disadvantage: if the switch fails, the whole network fails"
                                        ],
                                    ),
                                ],
                            ),
                        ],
                    ),
                    ("li", ["The switch sends data only to the device it is addressed to"]),
                ],
            ),
        ],
    )
    assert star in _everything(shape(article))
    callout = article.split('class="admonition misconception"', 1)[1].split("</div>", 1)[0]
    (table,) = [s for s in shape(callout) if isinstance(s, tuple) and s[0] == "table"]
    assert table[1][0] == ("tr", ["Mistake", "What to write instead"])
    coasts = _subtopic_html(structured_site, "coastal")
    tables = [t[1] for t in _everything(shape(coasts)) if isinstance(t, tuple) and t[0] == "table"]
    (strategies,) = [t for t in tables if "Strategy" in t[0][1]]
    assert strategies == [
        ("tr", ["Strategy", "Cost per metre", "Advantages", "Disadvantages"]),
        (
            "tr",
            ["Sea wall", "£6,000", "Protects the cliff base", "Expensive; reflects wave energy"],
        ),
        (
            "tr",
            [
                "Groynes",
                "£5,000",
                "Trap sediment, widening the beach",
                "Starve beaches further along the coast",
            ],
        ),
        ("tr", ["Managed retreat", "", "Cheap; creates new habitats", "Land and homes are lost"]),
    ]
    (dates,) = [t for t in tables if t[1][1][0] == "1953"]
    assert dates[0] == ("tr", ["", ""])  # no header row: an empty one, hidden (revguide.css)
    assert dates[1] == ("tr", ["1953", "North Sea flood kills 307 people in England"])


def _everything(values: list[object]) -> list[object]:
    """Every value of a `shape`, nested ones too."""
    found = []
    for value in values:
        found.append(value)
        if isinstance(value, tuple):
            found += _everything(value[1])
    return found


def _swipe(cdp, y: float) -> None:  # type: ignore[no-untyped-def]
    """A touch swipe from right to left across the screen at height ``y``."""
    touch = "Input.dispatchTouchEvent"
    cdp.send(touch, {"type": "touchStart", "touchPoints": [{"x": 300, "y": y}]})
    for step in range(1, 21):
        cdp.send(touch, {"type": "touchMove", "touchPoints": [{"x": 300 - 12 * step, "y": y}]})
    cdp.send(touch, {"type": "touchEnd", "touchPoints": []})


@pytest.mark.browser
def test_a_wide_table_scrolls_inside_itself_on_a_phone(structured_site: Path, phone) -> None:  # type: ignore[no-untyped-def]
    from browser_fixtures import serving

    with serving(structured_site) as url:
        phone.goto(url + "subtopics/tide-tables/")
        wrapper = phone.locator(".md-typeset__scrollwrap").first
        wrapper.wait_for()
        sizes = phone.evaluate("() => [document.documentElement.scrollWidth, innerWidth]")
        assert sizes[0] <= sizes[1]  # the page itself does not widen
        inner = wrapper.evaluate("e => [e.scrollWidth, e.clientWidth]")
        assert inner[0] > inner[1]  # the table is wider than its box...
        last = phone.get_by_role("cell", name="4.66")
        assert last.bounding_box()["x"] > sizes[1]  # December is off screen
        box = wrapper.bounding_box()
        cdp = phone.context.new_cdp_session(phone)
        for _ in range(10):  # a finger swiping the table to the left, as a learner does
            _swipe(cdp, box["y"] + box["height"] / 2)
            right = last.bounding_box()["x"] + last.bounding_box()["width"]
            if right <= sizes[1]:
                break
        assert right <= sizes[1]  # December has come into view
        assert phone.evaluate("() => scrollX") == 0  # the table moved, not the page


def test_editing_md_example_reads_as_it_says() -> None:
    """EDITING.md's editor source: its nested list is nested and its table a table."""
    from revguide.editor import parse_editor
    from revguide.normalise import normalise
    from revguide.sources import SourceText

    guide = (ROOT / "EDITING.md").read_text("utf-8")
    example = guide.split("```markdown\n", 1)[1].split("```", 1)[0]
    document = normalise(parse_editor(SourceText("content_src/x.md", example))[0])
    worked = document.items("other:Worked examples")
    assert tree(worked[1]) == (
        "Temperature",
        [
            (
                "Rate rises up to the optimum.",
                [("Nested as deep as you need: four spaces a level.", [])],
            )
        ],
    )
    (force,) = document.items("other:Key equations")
    assert (force.columns, force.cells) == (
        ("Quantity", "Equation", "Units"),
        ("Force", "F = m × a", "N"),
    )


def test_children_are_cleaned_like_items() -> None:
    """A nested bullet loses its emoji and bullet markers, and ``**Term**:`` its stars."""
    document = doc("# T\n## Notes\n- Factors\n    - 💡 • **Heat**: speeds it up\n")
    (item,) = document.items("other:Notes")
    assert [c.text for c in item.children] == ["Heat: speeds it up"]


def test_a_corrected_misconception_keeps_its_children_under_the_correction() -> None:
    item = Item(
        "Enzymes are killed by heat.",
        SourceRef("a.txt", 1),
        correction="They are denatured.",
        children=(_item("The active site changes shape.", 2),),
    )
    html = _page(Section("misconceptions", "Misconceptions", (item,)))
    callout = html.split('class="admonition misconception"', 1)[1]
    assert callout.index("Correction:") < callout.index("The active site changes shape.")
    assert ("ul", [("li", ["The active site changes shape."])]) in _everything(shape(callout))


def test_practice_and_glossary_keep_nested_points(tmp_path: Path) -> None:
    """A definition's nested points are part of it in the glossary and on its flashcards; a
    correction's are part of the card's back and of the true-or-false explanation."""
    from revguide.practice import true_false_questions
    from revguide.site import build_site

    write(
        tmp_path,
        "content_src/enzymes.txt",
        "Enzymes\nTopic Synopsis\nEnzymes are biological catalysts made of protein.\n"
        "Key Concepts\n- Enzyme: a biological catalyst\n    - made of protein\n"
        "Common Misconceptions\n- Myth: Enzymes are killed by heat. Fact: They are denatured.\n"
        "    - the active site changes shape\n",
    )
    site = build_site(tmp_path / "content_src", tmp_path)
    (entry,) = site.glossary
    assert entry.summary == "a biological catalyst: made of protein"
    (subtopic,) = site.guide.subtopics
    (question,) = true_false_questions(subtopic)
    correction = "They are denatured. the active site changes shape"
    assert correction == (question.text if question.answer == 0 else question.explanation)
    data = next(a for a in site.assets if a.path == "practice/data.js").content
    assert correction in str(data)  # the flashcard's back


def test_rows_of_the_same_cells_merge_and_others_stay() -> None:
    """Rows merge only with rows of the same cells, whichever rows come between."""

    def row(line: int, *cells: str) -> Item:
        return Item(
            ": ".join(cells), SourceRef("a.txt", line), columns=("",) * len(cells), cells=cells
        )

    rows = [row(1, "Sea wall", "6,000"), row(2, "Sea wall 6,000"), row(3, "sea wall 6,000")]
    result = dedupe_section("other:Costs", rows)
    assert [r.source.line for r in result.items] == [1, 2]
    assert [(m.kept_source.line, m.merged[0][1].line) for m in result.merges] == [(2, 3)]


@pytest.mark.browser
def test_a_wide_table_fits_the_printed_page(structured_site: Path, page) -> None:  # type: ignore[no-untyped-def]
    """On paper nothing scrolls: the table is fitted to the page, its last column printed."""
    from browser_fixtures import serving

    with serving(structured_site) as url:
        page.set_viewport_size({"width": 718, "height": 1000})  # A4 less Chromium's margins
        page.goto(url + "subtopics/tide-tables/")
        page.emulate_media(media="print")
        table = page.locator("article table").first
        box = table.bounding_box()
        assert box["x"] >= 0
        assert box["x"] + box["width"] <= 718
        last = page.get_by_role("cell", name="4.66")
        assert last.bounding_box()["x"] + last.bounding_box()["width"] <= 718


@pytest.mark.browser
@pytest.mark.parametrize("start", ["networks", "coastal", "tide-tables"])
def test_pages_with_nested_lists_and_tables_are_accessible(
    structured_site: Path, page: Any, start: str
) -> None:
    """No serious axe violation on a phone-wide or a desktop page with tables and nested lists
    (a table that scrolls must be reachable by keyboard)."""
    from browser_fixtures import serving
    from test_quality_gates import _axe

    with serving(structured_site) as url:
        (path,) = [
            p.parent.name for p in (structured_site / "subtopics").glob(f"{start}*/index.html")
        ]
        for width in (360, 1280):
            page.set_viewport_size({"width": width, "height": 800})
            page.goto(f"{url}subtopics/{path}/")
            page.wait_for_load_state("networkidle")
            assert _axe(page) == [], width


@pytest.mark.browser
def test_a_wide_table_is_reached_and_scrolled_by_keyboard(structured_site: Path, page) -> None:  # type: ignore[no-untyped-def]
    """Tab reaches the table's scrolling box, named after its heading; the arrow keys scroll it."""
    from browser_fixtures import serving

    with serving(structured_site) as url:
        page.set_viewport_size({"width": 360, "height": 740})
        page.goto(url + "subtopics/tide-tables/")
        page.wait_for_load_state("networkidle")
        for _ in range(80):
            page.keyboard.press("Tab")
            if page.evaluate("() => document.activeElement.matches('.md-typeset__scrollwrap')"):
                break
        box = page.locator(".md-typeset__scrollwrap:focus")
        assert box.get_attribute("aria-label") == "Table: Heights"
        for _ in range(10):
            page.keyboard.press("ArrowRight")
        # Chromium scrolls smoothly: the box moves over some frames, later on a busy machine.
        page.wait_for_function("() => document.activeElement.scrollLeft > 0", timeout=10_000)
