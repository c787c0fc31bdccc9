"""Model diagrams: a small subset of Mermaid (``diagram:`` in ``models.yml``), drawn as SVG at
build time, so a page of diagrams downloads no drawing library and prints as drawings::

    flowchart LR                  # a flow: LR/TB/TD first node on top, RL/BT first at the bottom
      A[Know] --> B[Like]         # --> -.-> ==> arrows, --- -.- === lines, -->|label| on an edge
      B --> C(Trust)              # [box]  (rounded)  {decision}; ids alone reuse the label
      C --> A

    quadrantChart
      title SWOT analysis
      x-axis Helpful --> Harmful  # left --> right (or one label)
      y-axis External --> Internal  # bottom --> top
      quadrant-1 Weaknesses       # top right; 2 top left, 3 bottom left, 4 bottom right
      Competing: [0.15, 0.85]     # a labelled point, x and y between 0 and 1

A flow is always drawn as one column, whatever its direction: a column of boxes is as readable
on a 360 px phone as on a desktop, where a row would be scaled down until its labels cannot be
read. Every drawing is at most `WIDTH` CSS px wide with labels of `FONT` px, so a phone's text
column shows them at full size. Shapes and text use ``currentColor``: the page's text colour, in
the light and dark scheme and on paper. Labels are SVG text, escaped; nothing in a diagram can be
markup, a link or an image. Anything outside the subset is a `DiagramError` naming its line.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from html import escape

#: Width of every drawing, in CSS px (and SVG units: drawn at 1:1 unless the column is narrower).
WIDTH = 320
#: Label size in px; `CHAR_WIDTH` is a generous average advance of a sans-serif character at it.
FONT = 14
CHAR_WIDTH = 8.4
LINE_HEIGHT = 18
PAD = 8
GAP = 30
LANE = 14
MIN_BOX = 140
TITLE_FONT = 15

HEADER = re.compile(r"^(?:flowchart|graph)\s+(?P<direction>LR|RL|TB|TD|BT)\s*;?$")
NODE = re.compile(
    r"""
    (?P<id>[A-Za-z0-9_]+)
    (?:                               # an optional shape holding the label
        (?P<open>\(\[|\[\(|\(\(|\[\[|\{\{|\[|\(|\{)
        (?P<label>"[^"]*"|[^"\[\](){}]*)
        (?P<close>\]\)|\)\]|\)\)|\]\]|\}\}|\]|\)|\})
    )?
    """,
    re.VERBOSE,
)
EDGE = re.compile(
    r"""
    \s*(?P<kind>-->|-\.->|==>|---|-\.-|===)
    (?:\|(?P<label>[^|]*)\|)?         # an optional label: -->|yes|
    \s*
    """,
    re.VERBOSE,
)
#: A statement of a flowchart line: up to a ``;`` that is not inside a quoted label.
STATEMENT = re.compile(r'(?:"[^"]*"|[^;])+')
QUADRANT_LINE = re.compile(
    r"""
    ^(?:
        title\s+(?P<title>.+)
      | (?P<axis>[xy])-axis\s+(?P<low>.+?)(?:\s*-->\s*(?P<high>.+))?
      | quadrant-(?P<quadrant>[1-4])\s+(?P<quadrant_label>.+)
      | (?P<point>[^:\[\]]+):\s*\[\s*(?P<x>[0-9.]+)\s*,\s*(?P<y>[0-9.]+)\s*\]
    )$
    """,
    re.VERBOSE,
)
#: Pairs of shape brackets (Mermaid's): how each is drawn.
SHAPES = {
    "[]": "box",
    "[[]]": "box",
    "()": "rounded",
    "([])": "rounded",
    "[()]": "rounded",
    "(())": "rounded",
    "{}": "pointed",
    "{{}}": "pointed",
}
ARROWS = {"-->", "-.->", "==>"}


class DiagramError(Exception):
    """A diagram line the subset does not cover."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        """0-based line of the diagram source."""
        self.message = message
        """What is wrong, with what is supported."""


@dataclass(frozen=True)
class Node:
    """A box of a flow."""

    label: str
    """Its text."""
    shape: str
    """``box``, ``rounded`` or ``pointed``."""


@dataclass(frozen=True)
class Edge:
    """A connection of a flow, by node index."""

    start: int
    """Where it comes from."""
    end: int
    """Where it goes."""
    arrow: bool
    """An arrow (``-->``), or a plain line (``---``)."""
    label: str
    """Text on it, or ``""``."""


@dataclass(frozen=True)
class Flow:
    """A flowchart."""

    nodes: tuple[Node, ...]
    """Boxes, top to bottom."""
    edges: tuple[Edge, ...]
    """Connections, in source order."""


@dataclass(frozen=True)
class Point:
    """A labelled point of a quadrant chart."""

    label: str
    """Its text."""
    x: float
    """0 (left) to 1 (right)."""
    y: float
    """0 (bottom) to 1 (top)."""


@dataclass(frozen=True)
class Quadrants:
    """A quadrant chart."""

    title: str
    """Heading above the chart, or ``""``."""
    x_axis: tuple[str, str]
    """Left and right labels (either may be ``""``)."""
    y_axis: tuple[str, str]
    """Bottom and top labels."""
    quadrants: tuple[str, str, str, str]
    """Labels of quadrants 1-4: top right, top left, bottom left, bottom right."""
    points: tuple[Point, ...]
    """Labelled points."""


Diagram = Flow | Quadrants


def parse(source: str) -> Diagram:
    """The diagram ``source`` describes; `DiagramError` for anything outside the subset."""
    lines = [(i, line.strip()) for i, line in enumerate(source.splitlines())]
    lines = [(i, line) for i, line in lines if line and not line.startswith("%%")]
    if not lines:
        raise DiagramError(0, "the diagram is empty")
    first, header = lines[0]
    if header == "quadrantChart":
        return _quadrants(lines[1:])
    match = HEADER.match(header)
    if not match:
        raise DiagramError(
            first, "a diagram starts with 'flowchart LR' (or TB, RL, BT) or 'quadrantChart'"
        )
    return _flow(lines[1:], match["direction"] in ("RL", "BT"))


def _label(text: str) -> str:
    return " ".join(text.strip().strip('"').split())


def _flow(lines: list[tuple[int, str]], reverse: bool) -> Flow:
    ids: dict[str, int] = {}
    nodes: list[Node] = []
    edges: list[Edge] = []

    def node(number: int, match: re.Match[str]) -> int:
        label = match["label"]
        shape = "box"
        if match["open"]:
            shape = SHAPES.get(match["open"] + match["close"], "")
            if not shape:
                raise DiagramError(number, f"unknown node shape {match['open']}...{match['close']}")
        index = ids.get(match["id"])
        if index is None:
            index = ids[match["id"]] = len(nodes)
            nodes.append(Node(_label(label) if label is not None else match["id"], shape))
        elif label is not None:
            nodes[index] = Node(_label(label), shape)
        return index

    for number, line in lines:
        for statement in (s.strip() for s in STATEMENT.findall(line)):
            if not statement:
                continue
            match = NODE.match(statement)
            if not match:
                raise DiagramError(number, _unsupported(statement))
            previous = node(number, match)
            position = match.end()
            while position < len(statement):
                edge = EDGE.match(statement, position)
                target = NODE.match(statement, edge.end()) if edge else None
                if not edge or not target:
                    raise DiagramError(number, _unsupported(statement))
                current = node(number, target)
                label = _label(edge["label"] or "")
                edges.append(Edge(previous, current, edge["kind"] in ARROWS, label))
                previous, position = current, target.end()
    if not nodes:
        raise DiagramError(lines[0][0] if lines else 0, "the flowchart has no nodes")
    if reverse:
        last = len(nodes) - 1
        nodes.reverse()
        edges = [Edge(last - e.start, last - e.end, e.arrow, e.label) for e in edges]
    return Flow(tuple(nodes), tuple(edges))


def _unsupported(statement: str) -> str:
    return (
        f"cannot draw '{statement}': a flowchart line is nodes joined by edges, such as "
        "'A[Know] --> B[Like]' (edges -->, ---, -.->, ==>, -->|label|; shapes [ ], ( ), { })"
    )


def _quadrants(lines: list[tuple[int, str]]) -> Quadrants:
    title = ""
    axes: dict[str, tuple[str, str]] = {"x": ("", ""), "y": ("", "")}
    quadrants = ["", "", "", ""]
    points: list[Point] = []
    for number, line in lines:
        match = QUADRANT_LINE.match(line)
        if not match:
            raise DiagramError(
                number,
                f"cannot draw '{line}': a quadrant chart has 'title ...', 'x-axis Low --> High', "
                "'y-axis Low --> High', 'quadrant-1 ...' to 'quadrant-4 ...' and points "
                "'Name: [0.3, 0.6]'",
            )
        if match["title"]:
            title = _label(match["title"])
        elif match["axis"]:
            axes[match["axis"]] = (_label(match["low"]), _label(match["high"] or ""))
        elif match["quadrant"]:
            quadrants[int(match["quadrant"]) - 1] = _label(match["quadrant_label"])
        else:
            x, y = float(match["x"]), float(match["y"])
            if not (0 <= x <= 1 and 0 <= y <= 1):
                raise DiagramError(number, f"point '{line}' must have x and y between 0 and 1")
            points.append(Point(_label(match["point"]), x, y))
    q1, q2, q3, q4 = quadrants
    return Quadrants(title, axes["x"], axes["y"], (q1, q2, q3, q4), tuple(points))


def wrap(text: str, width: float, size: float = FONT) -> list[str]:
    """``text`` in lines that fit ``width`` px at ``size`` px, broken at spaces (a word too long
    for a line is cut)."""
    per_line = max(1, math.floor(width / (CHAR_WIDTH * size / FONT)))
    lines: list[str] = []
    current = ""
    for word in text.split():
        while len(word) > per_line:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:per_line])
            word = word[per_line:]
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= per_line:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines or [""]


def _num(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _text(
    lines: list[str], x: float, y: float, anchor: str = "middle", size: int = FONT, extra: str = ""
) -> str:
    """SVG text, one tspan a line, the first line's baseline at ``y``."""
    spans = "".join(
        f'<tspan x="{_num(x)}" dy="{0 if i == 0 else LINE_HEIGHT}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return (
        f'<text x="{_num(x)}" y="{_num(y)}" text-anchor="{anchor}" font-size="{size}"'
        f' stroke="none"{extra}>{spans}</text>'
    )


def _svg(height: float, label: str, body: list[str]) -> str:
    return (
        f'<svg class="rg-diagram__svg" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {WIDTH} {_num(height)}" width="{WIDTH}" height="{_num(height)}" '
        f'role="img" aria-label="{escape(label)}" fill="currentColor" stroke="currentColor" '
        f'font-family="inherit">{"".join(body)}</svg>'
    )


def _arrowhead(x: float, y: float, dx: float, dy: float) -> str:
    """A filled arrowhead with its tip at (x, y), pointing along (dx, dy)."""
    length = math.hypot(dx, dy) or 1
    ux, uy = dx / length, dy / length
    back_x, back_y = x - 9 * ux, y - 9 * uy
    left = (back_x - 4.5 * uy, back_y + 4.5 * ux)
    right = (back_x + 4.5 * uy, back_y - 4.5 * ux)
    points = " ".join(f"{_num(a)},{_num(b)}" for a, b in ((x, y), left, right))
    return f'<polygon points="{points}" stroke="none"/>'


def _node_shape(node: Node, left: float, top: float, width: float, height: float) -> str:
    common = 'fill="none" stroke-width="1.5" class="rg-diagram__node"'
    if node.shape == "pointed":
        inset = min(12.0, height / 2)
        right, middle, bottom = left + width, top + height / 2, top + height
        points = [
            (left, middle),
            (left + inset, top),
            (right - inset, top),
            (right, middle),
            (right - inset, bottom),
            (left + inset, bottom),
        ]
        return f'<polygon points="{" ".join(f"{_num(a)},{_num(b)}" for a, b in points)}" {common}/>'
    radius = min(height / 2, 16.0) if node.shape == "rounded" else 3.0
    return (
        f'<rect x="{_num(left)}" y="{_num(top)}" width="{_num(width)}" height="{_num(height)}" '
        f'rx="{_num(radius)}" {common}/>'
    )


def _draw_flow(flow: Flow, label: str) -> str:
    # Edges between neighbours are straight lines; the others (and a second edge between the
    # same neighbours) each get a lane on the right.
    pairs = [{e.start, e.end} for e in flow.edges]
    laned = [
        i for i, e in enumerate(flow.edges) if abs(e.end - e.start) != 1 or pairs[i] in pairs[:i]
    ]
    # Lanes are LANE apart, closer when so many that the boxes would fall under MIN_BOX.
    lane = min(LANE, (WIDTH - 2 * PAD - MIN_BOX) / (len(laned) + 1))
    width = WIDTH - 2 * PAD - (lane * (len(laned) + 1) if laned else 0)
    left = PAD
    centre = left + width / 2
    # Gaps grow to hold the label of an edge between neighbours.
    gaps = [float(GAP)] * max(0, len(flow.nodes) - 1)
    gap_labels: dict[int, list[str]] = {}
    for i, edge in enumerate(flow.edges):
        if i not in laned and edge.label:
            upper = min(edge.start, edge.end)
            gap_labels[upper] = wrap(edge.label, width / 2 - PAD)
            gaps[upper] = max(GAP, len(gap_labels[upper]) * LINE_HEIGHT + 12)
    body: list[str] = []
    tops: list[float] = []
    heights: list[float] = []
    y = float(PAD)
    for index, node in enumerate(flow.nodes):
        lines = wrap(node.label, width - 2 * PAD)
        height = len(lines) * LINE_HEIGHT + 2 * PAD + 2
        tops.append(y)
        heights.append(height)
        body.append(_node_shape(node, left, y, width, height))
        body.append(_text(lines, centre, y + PAD + FONT))
        y += height + (gaps[index] if index < len(gaps) else 0)
    for i, edge in enumerate(flow.edges):
        if i in laned:
            continue
        down = edge.end > edge.start
        upper = min(edge.start, edge.end)
        y1, y2 = tops[upper] + heights[upper], tops[upper + 1]
        start, tip = (y1, y2 - 1) if down else (y2, y1 + 1)
        body.append(_line([(centre, start), (centre, tip)]))
        if edge.arrow:
            body.append(_arrowhead(centre, tip, 0, 1 if down else -1))
        if upper in gap_labels:
            lines = gap_labels[upper]
            middle = (y1 + y2) / 2 + 5 - (len(lines) - 1) * LINE_HEIGHT / 2
            body.append(_text(lines, centre + PAD, middle, "start"))
    right = left + width
    for number, i in enumerate(laned, start=1):
        edge = flow.edges[i]
        x = right + lane * number
        y1 = tops[edge.start] + heights[edge.start] / 2
        y2 = tops[edge.end] + heights[edge.end] / 2 + (6 if edge.start == edge.end else 0)
        body.append(_line([(right, y1), (x, y1), (x, y2), (right + 1, y2)]))
        if edge.arrow:
            body.append(_arrowhead(right + 1, y2, -1, 0))
        if edge.label:
            body.append(_text(wrap(edge.label, width / 2), x - 4, (y1 + y2) / 2, "end"))
    return _svg(y + PAD, _describe_flow(flow, label), body)


def _line(points: list[tuple[float, float]]) -> str:
    coordinates = " ".join(f"{_num(x)},{_num(y)}" for x, y in points)
    return f'<polyline points="{coordinates}" fill="none" stroke-width="1.5"/>'


def _describe_flow(flow: Flow, label: str) -> str:
    """The accessible name: every connection in words."""
    parts = []
    for edge in flow.edges:
        joined = "leads to" if edge.arrow else "with"
        text = f"{flow.nodes[edge.start].label} {joined} {flow.nodes[edge.end].label}"
        parts.append(f"{text} ({edge.label})" if edge.label else text)
    if not parts:
        parts = [n.label for n in flow.nodes]
    return f"{label}: " + "; ".join(parts)


def _draw_quadrants(chart: Quadrants, label: str) -> str:
    body: list[str] = []
    y = float(PAD)
    if chart.title:
        title = wrap(chart.title, WIDTH - 2 * PAD, TITLE_FONT)
        body.append(
            _text(title, WIDTH / 2, y + TITLE_FONT, size=TITLE_FONT, extra=' font-weight="bold"')
        )
        y += len(title) * LINE_HEIGHT + PAD
    axis_room = LINE_HEIGHT + PAD if any(chart.y_axis) else 0
    left = PAD + axis_room
    size = WIDTH - PAD - left
    half = size / 2
    top = y
    for index, (qx, qy) in enumerate(((1, 0), (0, 0), (0, 1), (1, 1))):
        shade = "0.10" if index % 2 == 0 else "0.04"
        body.append(
            f'<rect x="{_num(left + qx * half)}" y="{_num(top + qy * half)}" width="{_num(half)}" '
            f'height="{_num(half)}" fill-opacity="{shade}" stroke-width="1" '
            'class="rg-diagram__quadrant"/>'
        )
    for index, (qx, qy) in enumerate(((1, 0), (0, 0), (0, 1), (1, 1))):
        text = chart.quadrants[index]
        if not text:
            continue
        lines = wrap(text, half - 2 * PAD)
        centre_x = left + qx * half + half / 2
        if chart.points:  # points fill the middle: labels go at the top
            baseline = top + qy * half + PAD + FONT
        else:
            baseline = top + qy * half + half / 2 + 5 - (len(lines) - 1) * LINE_HEIGHT / 2
        body.append(_text(lines, centre_x, baseline, extra=' font-weight="bold"'))
    for point in chart.points:
        px, py = left + point.x * size, top + (1 - point.y) * size
        body.append(f'<circle cx="{_num(px)}" cy="{_num(py)}" r="5" stroke="none"/>')
        anchor = "end" if point.x > 0.5 else "start"
        tx = px - 9 if point.x > 0.5 else px + 9
        lines = wrap(point.label, half - PAD)
        ty = py + 5 - (len(lines) - 1) * LINE_HEIGHT / 2
        body.append(_text(lines, tx, ty, anchor))
    bottom = top + size
    low, high = chart.x_axis
    if low or high:
        baseline = bottom + PAD + FONT
        if low:
            body.append(_text([low], left, baseline, "start"))
        if high:
            body.append(_text([high], left + size, baseline, "end"))
        bottom = baseline
    low, high = chart.y_axis
    x = PAD + FONT
    rotate = f' transform="rotate(-90 {_num(x)} {{y}})"'
    if low:
        y_low = top + size
        body.append(_text([low], x, y_low, "start", extra=rotate.format(y=_num(y_low))))
    if high:
        body.append(_text([high], x, top, "end", extra=rotate.format(y=_num(top))))
    return _svg(bottom + PAD, _describe_quadrants(chart, label), body)


def _describe_quadrants(chart: Quadrants, label: str) -> str:
    parts = [chart.title] if chart.title else []
    for name, (low, high) in (("horizontal", chart.x_axis), ("vertical", chart.y_axis)):
        if low or high:
            parts.append(f"{name} axis from {low or 'low'} to {high or 'high'}")
    places = ("top right", "top left", "bottom left", "bottom right")
    quadrants = zip(places, chart.quadrants, strict=True)
    parts += [f"{place}: {text}" for place, text in quadrants if text]
    parts += [
        f"{p.label} at {_num(100 * p.x)} % across, {_num(100 * p.y)} % up" for p in chart.points
    ]
    return f"{label}: " + "; ".join(parts)


def draw(diagram: Diagram, label: str) -> str:
    """``diagram`` as an inline SVG element named ``label`` (with its content in words)."""
    if isinstance(diagram, Flow):
        return _draw_flow(diagram, label)
    return _draw_quadrants(diagram, label)
