"""Model diagrams drawn at build time: the Mermaid subset, its errors, and SVG that is only text."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from helpers import write
from hypothesis import given
from hypothesis import strategies as st
from revguide.diagrams import FONT, WIDTH, DiagramError, Flow, Quadrants, draw, parse, wrap
from revguide.errors import RevguideError
from revguide.registry import load_models
from sitecheck import mkdocs_build

SVG = "{http://www.w3.org/2000/svg}"
#: Everything a drawing may contain: shapes and text, never an image, link, style or script.
ELEMENTS = {"svg", "rect", "polygon", "polyline", "circle", "text", "tspan"}
ATTRIBUTES = {
    "class", "xmlns", "viewBox", "width", "height", "role", "aria-label", "fill", "stroke",
    "font-family", "x", "y", "rx", "points", "stroke-width", "fill-opacity", "text-anchor",
    "font-size", "font-weight", "dx", "dy", "cx", "cy", "r", "transform",
}  # fmt: skip


def _svg(diagram_source: str, label: str = "Diagram: X") -> ET.Element:
    return ET.fromstring(draw(parse(diagram_source), label))


def _lines(root: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}tspan")]


def test_a_flow_is_one_column_in_source_order() -> None:
    flow = parse("flowchart LR\n  A[Know] --> B[Like]\n  B --> C(Trust)\n  C --> A")
    assert isinstance(flow, Flow)
    assert [n.label for n in flow.nodes] == ["Know", "Like", "Trust"]
    assert [n.shape for n in flow.nodes] == ["box", "box", "rounded"]
    assert [(e.start, e.end, e.arrow) for e in flow.edges] == [
        (0, 1, True),
        (1, 2, True),
        (2, 0, True),
    ]
    root = _svg("flowchart LR\n  A[Know] --> B[Like]\n  B --> C(Trust)\n  C --> A")
    boxes = root.findall(f"{SVG}rect")
    tops = [float(b.get("y", 0)) for b in boxes]
    assert tops == sorted(tops)
    assert len({b.get("x") for b in boxes}) == 1
    assert len(root.findall(f"{SVG}polyline")) == 3  # two straight edges and one lane back
    assert _lines(root) == ["Know", "Like", "Trust"]


def test_bottom_to_top_puts_the_first_node_at_the_bottom() -> None:
    flow = parse("flowchart BT\n  A[Base] --- B[Top]")
    assert isinstance(flow, Flow)
    assert [n.label for n in flow.nodes] == ["Top", "Base"]
    assert [(e.start, e.end, e.arrow) for e in flow.edges] == [(1, 0, False)]


def test_chains_edge_labels_ids_alone_and_semicolons() -> None:
    flow = parse(
        'graph TD\n  A["Ask (open)"] -->|yes| B{Decide}; B -.-> C\n  %% a comment\n  A ==> C'
    )
    assert isinstance(flow, Flow)
    assert [(n.label, n.shape) for n in flow.nodes] == [
        ("Ask (open)", "box"),
        ("Decide", "pointed"),
        ("C", "box"),
    ]
    assert [e.label for e in flow.edges] == ["yes", "", ""]


def test_a_quadrant_chart_places_each_quadrant_and_point() -> None:
    chart = parse(
        "quadrantChart\n  title Power & interest\n  x-axis Low interest --> High interest\n"
        "  y-axis Low power --> High power\n  quadrant-1 Key players\n  quadrant-3 Monitor\n"
        "  Sam: [0.9, 0.2]"
    )
    assert isinstance(chart, Quadrants)
    assert chart.quadrants == ("Key players", "", "Monitor", "")
    assert chart.x_axis == ("Low interest", "High interest")
    root = ET.fromstring(draw(chart, "Diagram: Grid"))
    texts = {"".join(t.itertext()): t for t in root.iter(f"{SVG}text")}
    assert "Power & interest" in texts
    key, monitor = texts["Key players"], texts["Monitor"]
    assert float(key.get("x", 0)) > WIDTH / 2 > float(monitor.get("x", 0))  # right, left
    assert float(key.get("y", 0)) < float(monitor.get("y", 0))  # top, bottom
    (dot,) = root.findall(f"{SVG}circle")
    assert float(dot.get("cx", 0)) > WIDTH / 2
    label = root.get("aria-label", "")
    assert "top right: Key players" in label
    assert "Sam at 90 % across, 20 % up" in label


@pytest.mark.parametrize(
    ("source", "line", "message"),
    [
        ("sequenceDiagram\n  A->>B: hi", 0, "starts with 'flowchart LR'"),
        ("flowchart LR\n  A --> B\n  click A href 'https://tracker.example'", 2, "cannot draw"),
        ("flowchart LR\n  A[x] --> B\n  style A fill:#f00", 2, "cannot draw"),
        ("flowchart LR\n  subgraph S\n  A --> B\n  end", 1, "cannot draw"),
        ("flowchart LR\n  A[Know --> B", 1, "cannot draw"),
        ("quadrantChart\n  title T\n  A: [0.2, 0.5] radius: 9", 2, "cannot draw"),
        ("quadrantChart\n  A: [1.5, 0.5]", 1, "between 0 and 1"),
        ("", 0, "empty"),
    ],
)
def test_anything_outside_the_subset_is_an_error_on_its_line(
    source: str, line: int, message: str
) -> None:
    with pytest.raises(DiagramError) as caught:
        parse(source)
    assert caught.value.line == line
    assert message in caught.value.message


def test_registry_errors_name_the_line_in_models_yml(tmp_path: Path) -> None:
    models = write(
        tmp_path,
        "models.yml",
        "- name: X\n  slug: x\n  summary: S.\n  components: []\n"
        "  origin: {author: A, year: 2000}\n  diagram: |\n    flowchart LR\n      A --> B\n"
        "      click A call alert(1)\n",
    )
    with pytest.raises(RevguideError) as caught:
        load_models(models, "content_src/models.yml")
    assert str(caught.value).startswith("content_src/models.yml:9: cannot draw 'click A call")


def test_a_label_with_markup_is_svg_text_and_requests_nothing() -> None:
    payload = "<img src='https://tracker.example/t1.png'> & q"
    root = _svg(f'flowchart LR\n  A["{payload}"] --> B(<b>x</b>)')
    assert {e.tag.removeprefix(SVG) for e in root.iter()} <= ELEMENTS
    first, second = ("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    assert first == "".join(wrap(payload, 288))
    assert "".join(payload.split()) == "".join(first.split())
    assert second == "<b>x</b>"
    assert payload in root.get("aria-label", "")
    links = [v for e in root.iter() for k, v in e.attrib.items() if k != "aria-label"]
    assert not any("tracker" in value for value in links)


def test_long_labels_wrap_inside_the_drawing_at_full_size() -> None:
    long = "Handling objections raised late in the negotiation by the procurement team"
    root = _svg(f"flowchart LR\n  A[{long}] --> B[Close]")
    assert root.get("width") == str(WIDTH)
    lines = _lines(root)
    assert " ".join(lines[:-1]) == long
    assert len(lines) > 2
    assert {t.get("font-size") for t in root.iter(f"{SVG}text")} == {str(FONT)}


LABEL = st.text(
    alphabet=st.sampled_from(list("<>&\"'(){}[]:!|*_`;%#=-/ \\") + list("aZé中")), max_size=40
)


@given(st.lists(LABEL.filter(lambda t: '"' not in t), min_size=1, max_size=6))
def test_any_quoted_labels_draw_as_exactly_their_text(labels: list[str]) -> None:
    chain = " --> ".join(f'N{i}["{label}"]' for i, label in enumerate(labels))
    root = _svg(f"flowchart TB\n  {chain}")
    assert {e.tag.removeprefix(SVG) for e in root.iter()} <= ELEMENTS
    assert {a for e in root.iter() for a in e.attrib} <= ATTRIBUTES
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    expected = [" ".join(label.split()) for label in labels]
    for text, label in zip(texts, expected, strict=True):
        assert text == "".join(wrap(label, WIDTH - 4 * 8)), (text, label)  # box less padding


@given(LABEL, st.integers(min_value=10, max_value=300))
def test_wrapped_lines_fit_and_keep_every_character(text: str, width: int) -> None:
    lines = wrap(text, width)
    per_line = max(1, int(width / 8.4))
    assert all(len(line) <= per_line for line in lines)
    assert "".join(lines).replace(" ", "") == "".join(text.split())


@pytest.mark.build
def test_a_tracker_in_a_label_is_shown_as_text_on_the_built_page(tmp_path: Path) -> None:
    """Issue 13, point 8: ``<img src='https://tracker.example/t1.png'>`` in a Mermaid label made
    the models page request another site."""
    project = tmp_path / "project"
    for folder in ("docs", "overrides", "hooks", "content_src"):
        shutil.copytree(
            ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    models = project / "content_src" / "models.yml"
    text = models.read_text(encoding="utf-8")
    payload = "A[\"<img src='https://tracker.example/t1.png'>\"] --> B[Pre-relationship]"
    assert "A[Pre-relationship] --> B[Early]" in text
    models.write_text(text.replace("A[Pre-relationship] --> B[Early]", payload), encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "site" / "models" / "index.html").read_text(encoding="utf-8")
    assert "tracker.example" in page  # the label is there...
    assert "<img src='https://tracker.example" not in page  # ...as text
    assert "&lt;img src=&#x27;https://tracker.example/t1.png&#x27;&gt;" in page
    assert not re.search(r"""(src|href)=["']?https?://tracker""", page)


@given(
    st.integers(min_value=1, max_value=8).flatmap(
        lambda nodes: st.tuples(
            st.just(nodes),
            st.lists(
                st.tuples(
                    st.integers(0, nodes - 1),
                    st.integers(0, nodes - 1),
                    st.sampled_from(["-->", "---", "-.->"]),
                    st.sampled_from(["", "|yes|", "|a longer label on the edge|"]),
                ),
                max_size=30,
            ),
        )
    ),
    st.sampled_from(["LR", "TB", "BT"]),
)
def test_any_flow_is_drawn_inside_its_box(graph: tuple[int, list[Any]], direction: str) -> None:
    nodes, edges = graph
    lines = [f"  N{n}[Step {n} of the process]" for n in range(nodes)]
    lines += [f"  N{a} {kind}{label} N{b}" for a, b, kind, label in edges]
    root = _svg(f"flowchart {direction}\n" + "\n".join(lines))
    width, height = (float(v) for v in root.get("viewBox", "").split()[2:])
    assert width == WIDTH
    for element in root.iter():
        xs = [float(element.get(k, 0)) for k in ("x", "cx")]
        xs += [float(pair.split(",")[0]) for pair in element.get("points", "").split()]
        ys = [float(element.get(k, 0)) for k in ("y", "cy")]
        ys += [float(pair.split(",")[1]) for pair in element.get("points", "").split()]
        right = float(element.get("x", 0)) + float(element.get("width", 0))
        assert all(0 <= x <= width for x in [*xs, right]), element.attrib
        assert all(0 <= y <= height for y in ys), element.attrib
    assert len(root.findall(f"{SVG}rect")) == nodes
