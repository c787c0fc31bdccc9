"""Branding follows mkdocs.yml: a renamed guide shows its new name everywhere, and a palette
whose header text or links fall below 4.5:1 is a build warning."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ROOT
from revguide.palette import contrast, palette_problems, parse_colour
from sitecheck import mkdocs_build, read_html

OLD = "Sales Relationships Revision Guide"
NEW = "Harbour College Sales & Service Guide"


def _palette_css() -> str:
    import material  # type: ignore[import-untyped]

    (sheet,) = Path(material.__file__).parent.glob("templates/assets/stylesheets/palette.*.css")
    return sheet.read_text(encoding="utf-8")


def _project(tmp_path: Path, replace: tuple[str, str]) -> Path:
    project = tmp_path / "project"
    for folder in ("docs", "overrides", "hooks", "content_src"):
        shutil.copytree(
            ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert replace[0] in config
    (project / "mkdocs.yml").write_text(config.replace(*replace), encoding="utf-8")
    return project


@pytest.mark.build
def test_a_renamed_guide_shows_only_its_new_name(tmp_path: Path) -> None:
    project = _project(tmp_path, (f"site_name: {OLD}", f"site_name: {NEW}"))
    site = tmp_path / "site"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    pages = sorted(site.rglob("*.html"))
    stale = [str(p.relative_to(site)) for p in pages if OLD in p.read_text(encoding="utf-8")]
    assert stale == []
    home = (site / "index.html").read_text(encoding="utf-8")
    heading = f'<h1 id="harbour-college-sales-service-guide">{NEW.replace("&", "&amp;")}<a'
    assert heading in home
    glossary = read_html(site / "glossary" / "index.html")
    # The header, the navigation's title and its first entry (the home page), the tab title.
    assert glossary.text.count(NEW) >= 3
    assert f"<title>Glossary - {NEW}</title>" in (site / "glossary" / "index.html").read_text(
        encoding="utf-8"
    )


@pytest.mark.build
def test_a_palette_below_4_5_to_1_fails_a_strict_build_naming_it(tmp_path: Path) -> None:
    light = "scheme: default\n      primary: indigo"
    project = _project(tmp_path, (light, light.replace("indigo", "yellow")))
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert (
        "mkdocs.yml: theme.palette (scheme default, primary yellow): links are 2.5:1 against "
        "the page, below 4.5:1" in result.stderr
    )


@pytest.mark.parametrize(
    ("scheme", "primary", "problems"),
    [
        ("default", "indigo", []),
        ("slate", "indigo", []),
        ("default", "yellow", ["links are 2.5:1"]),
        ("slate", "yellow", []),  # dark links: Material lightens them
        ("default", "cyan", ["the header's text is 2.3:1", "links are 2.3:1"]),
        ("default", "white", []),
        ("default", "custom", []),  # the centre's own CSS: nothing known to check
    ],
)
def test_palette_problems_follow_materials_own_colours(
    scheme: str, primary: str, problems: list[str]
) -> None:
    found = palette_problems([{"scheme": scheme, "primary": primary}], _palette_css())
    assert len(found) == len(problems)
    for message, expected in zip(found, problems, strict=True):
        assert f"(scheme {scheme}, primary {primary}): {expected}" in message


def test_colours_parse_and_contrast_as_wcag_defines() -> None:
    assert parse_colour("#fff") == (1.0, 1.0, 1.0, 1.0)
    black = parse_colour("#000000de")
    assert black is not None
    assert round(black[3], 2) == 0.87
    assert parse_colour("hsla(var(--md-hue), 0%, 100%, 0.7)") == (1.0, 1.0, 1.0, 0.7)
    assert parse_colour("var(--md-primary-fg-color)") is None
    assert round(contrast((0, 0, 0), (1, 1, 1)), 1) == 21.0
    indigo = parse_colour("#4051b5")
    assert indigo is not None
    assert round(contrast(indigo[:3], (1, 1, 1)), 2) == 6.86
