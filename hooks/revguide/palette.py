"""Contrast of a centre's colour choice (``theme.palette`` in ``mkdocs.yml``), checked at build
time against the colours Material's own palette stylesheet gives each name::

    palette: [{scheme: default, primary: yellow}]
    -> "mkdocs.yml: theme.palette (scheme default, primary yellow): links are 2.4:1 against the
        page, below 4.5:1 (WCAG 1.4.3); choose a darker primary colour"

Two pairs are checked per palette entry: the header's text on the header (primary colour), and
links (``--md-typeset-a-color``) on the page background of the scheme. A colour with alpha is
blended over what it is drawn on, as the browser does.
"""

from __future__ import annotations

import colorsys
import re
from collections.abc import Mapping, Sequence

MINIMUM = 4.5
#: Material's ``--md-hue`` (the slate scheme's page is ``hsla(var(--md-hue), 15%, 14%, 1)``).
HUE = 232
WHITE = (1.0, 1.0, 1.0)
RULE = re.compile(r"(?P<selectors>[^{}]+)\{(?P<declarations>[^{}]*)\}")
DECLARATION = re.compile(r"(?P<name>--md-[a-z-]+)\s*:\s*(?P<value>[^;]+)")
VARIABLE = re.compile(r"^var\((--md-[a-z-]+)\)$")
HEX = re.compile(r"^#(?P<hex>[0-9a-f]{3,8})$", re.IGNORECASE)
HSL = re.compile(
    r"""^hsla?\(\s*
    (?P<h>[\d.]+|var\(--md-hue\))\s*,\s*(?P<s>[\d.]+)%\s*,\s*(?P<l>[\d.]+)%
    (?:\s*,\s*(?P<a>[\d.]+))?\s*\)$""",
    re.VERBOSE,
)

Rgba = tuple[float, float, float, float]


def parse_colour(value: str) -> Rgba | None:
    """``#4051b5``, ``#000000de``, ``hsl(50,100%,50%)``, ``hsla(var(--md-hue), 0%, 0%, 0.87)``
    as red, green, blue, alpha from 0 to 1; ``None`` for anything else (a ``var()``)."""
    value = value.strip()
    if match := HEX.match(value):
        digits = match["hex"]
        if len(digits) in (3, 4):
            digits = "".join(d * 2 for d in digits)
        if len(digits) not in (6, 8):
            return None
        channels = [int(digits[i : i + 2], 16) / 255 for i in range(0, len(digits), 2)]
        return (channels[0], channels[1], channels[2], channels[3] if len(channels) == 4 else 1.0)
    if match := HSL.match(value):
        hue = HUE if match["h"].startswith("var") else float(match["h"])
        red, green, blue = colorsys.hls_to_rgb(
            hue / 360, float(match["l"]) / 100, float(match["s"]) / 100
        )
        return (red, green, blue, float(match["a"]) if match["a"] else 1.0)
    return None


def _blend(colour: Rgba, under: tuple[float, float, float]) -> tuple[float, float, float]:
    alpha = colour[3]
    return (
        colour[0] * alpha + under[0] * (1 - alpha),
        colour[1] * alpha + under[1] * (1 - alpha),
        colour[2] * alpha + under[2] * (1 - alpha),
    )


def _luminance(rgb: tuple[float, float, float]) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: tuple[float, float, float], second: tuple[float, float, float]) -> float:
    """WCAG contrast ratio, 1 to 21."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _rules(css: str) -> dict[str, dict[str, str]]:
    """Selector -> its ``--md-*`` declarations (later ones win), for every selector of a rule."""
    rules: dict[str, dict[str, str]] = {}
    for rule in RULE.finditer(css):
        declarations = {d["name"]: d["value"].strip() for d in DECLARATION.finditer(rule[2])}
        for selector in rule["selectors"].split(","):
            key = selector.strip().removeprefix("@media screen").strip()
            rules.setdefault(key, {}).update(declarations)
    return rules


class _Palette:
    def __init__(self, css: str) -> None:
        self.rules = _rules(css)

    def value(self, name: str, selectors: Sequence[str]) -> str | None:
        """The value of ``name`` from the first of ``selectors`` (most specific first) that
        sets it."""
        for selector in selectors:
            found = self.rules.get(selector, {}).get(name)
            if found is not None:
                return found
        return None

    def for_palette(self, name: str, scheme: str, primary: str) -> str | None:
        """The value of ``name`` under a palette entry's scheme and primary colour."""
        dark = scheme == "slate"
        colour = f"[data-md-color-primary={primary}]"
        scheme_rule = "[data-md-color-scheme=slate]"
        specific = [
            *([f"{scheme_rule}{colour}"] if dark else [f"{colour}:not({scheme_rule})"]),
            colour,
            *([scheme_rule] if dark else []),
        ]
        found = self.value(name, specific)
        reference = VARIABLE.match(found or "")
        if reference and reference[1] != name:  # var(--md-primary-fg-color): look that up
            return self.for_palette(reference[1], scheme, primary)
        return found

    def problems(self, scheme: str, primary: str) -> list[str]:
        page_value = self.for_palette("--md-default-bg-color", scheme, "")
        page = parse_colour(page_value) if page_value else (*WHITE, 1.0)
        header = self.for_palette("--md-primary-fg-color", scheme, primary)
        header_text = self.for_palette("--md-primary-bg-color", scheme, primary)
        link = self.for_palette("--md-typeset-a-color", scheme, primary) or header
        if page is None or header is None or header_text is None or link is None:
            return []  # a colour this check does not know (custom): nothing to say
        parsed = [parse_colour(v) for v in (header, header_text, link)]
        if any(c is None for c in parsed):
            return []
        header_rgba, text_rgba, link_rgba = (c for c in parsed if c is not None)
        page_rgb = _blend(page, WHITE)
        header_rgb = _blend(header_rgba, page_rgb)
        found = []
        for what, ratio in (
            ("the header's text is", contrast(_blend(text_rgba, header_rgb), header_rgb)),
            ("links are", contrast(_blend(link_rgba, page_rgb), page_rgb)),
        ):
            if ratio < MINIMUM:
                found.append(
                    f"theme.palette (scheme {scheme}, primary {primary}): {what} {ratio:.1f}:1 "
                    f"against {'the header' if what.startswith('the header') else 'the page'}, "
                    f"below {MINIMUM}:1 (WCAG 1.4.3); choose another primary colour"
                )
        return found


def _entry(entry: Mapping[str, object]) -> tuple[str, str]:
    """A palette entry's scheme and primary colour name, as Material's stylesheet spells them."""
    scheme = str(entry.get("scheme") or "default")
    return scheme, str(entry.get("primary") or "indigo").replace(" ", "-").lower()


def header_colour(palette: Sequence[Mapping[str, object]], css: str) -> str | None:
    """The header's colour under the first palette entry (a phone's bar for the installed
    guide), as ``#rrggbb``; ``None`` when not a colour Material's stylesheet knows."""
    if not palette:
        return None
    value = _Palette(css).for_palette("--md-primary-fg-color", *_entry(palette[0]))
    colour = parse_colour(value) if value else None
    if colour is None:
        return None
    red, green, blue = (round(255 * c) for c in _blend(colour, WHITE))
    return f"#{red:02x}{green:02x}{blue:02x}"


def palette_problems(palette: Sequence[Mapping[str, object]], css: str) -> list[str]:
    """A message for each palette entry whose header text or links fall below 4.5:1, given
    Material's palette stylesheet ``css``."""
    known = _Palette(css)
    problems: list[str] = []
    for entry in palette:
        for problem in known.problems(*_entry(entry)):
            if problem not in problems:
                problems.append(problem)
    return problems
