"""Source files are untrusted input: every channel is escaped, every identifier validated,
nothing outside ``content_src/`` is read, and no input can exhaust the build.

One test per finding of the attack review (issue "Source text is never markup"); the browser
side (hover, tap, no script runs, no outside request) is tests/test_security_browser.py, and
the DOM property over generated text is tests/test_html_properties.py.
"""

from __future__ import annotations

import codecs
import errno
import json
import os
from pathlib import Path

import pytest
from conftest import CONTENT, ROOT
from helpers import PLAIN, write
from rendering import read, to_html
from revguide.cli import main
from revguide.dialect import Page
from revguide.site import Site, _url_collisions, build_site
from revguide.yamlfile import MAX_DEPTH
from test_bad_input import EDITOR, build, messages

SECRET = "s3cret-Token-4711"

#: A definition that ended the Markdown link built around it in the old renderer.
BREAKOUT = (
    "- Churn Rate: 'lost') <span id='churn-rate &quot;'></span>"
    "<img src=x onerror=alert(document.domain)> customers in a period."
)
PROSE = "- Attrition: Customers who stop buying (often called 'attrition')."


def page(site: Site, path: str) -> Page:
    (found,) = [p for p in site.pages if p.path == path]
    return found


def all_output(site: Site) -> str:
    """Everything a build publishes or logs from the pipeline, as one text."""
    parts = [p.content for p in site.pages]
    parts += [a.content if isinstance(a.content, str) else "" for a in site.assets]
    parts += [json.dumps(site.report), *map(str, site.diagnostics)]
    return "\n".join(parts)


# -- 1, 2: links and definitions -------------------------------------------------------------------


@pytest.mark.parametrize("definition", [BREAKOUT, PROSE])
def test_a_definition_cannot_end_its_link(tmp_path: Path, definition: str) -> None:
    raw = PLAIN.replace(
        "- Service Recovery:", f"{definition}\n- Service Recovery: churn rate and attrition;"
    )
    site = build(tmp_path, {"churn.txt": raw})
    for generated in site.pages:
        html = read(to_html(generated.content))
        assert html.problems == [], f"{generated.path}: {html.problems}"
    (churn,) = [s for s in site.guide.subtopics if "content_src/churn.txt" in s.sources]
    html = read(to_html(page(site, f"subtopics/{churn.slug}.md").content))
    term, text = definition.removeprefix("- ").split(": ", 1)
    assert f"{term} {text}" in html.text  # shown as written, whole
    glossary = [e for e in site.glossary if e.term == term]
    assert [d.text for d in glossary[0].definitions] == [text]


def test_definitions_travel_as_data_not_markup(tmp_path: Path) -> None:
    """The page's front matter carries each linked target's definitions as JSON strings (the
    template writes them with ``tojson``; definitions.js sets them as text)."""
    raw = PLAIN.replace("- Service Recovery:", f"{BREAKOUT}\n- Service Recovery: churn rate;")
    site = build(tmp_path, {"churn.txt": raw})
    (churn,) = [s for s in site.guide.subtopics if "content_src/churn.txt" in s.sources]
    from mkdocs.utils.meta import get_data

    _, meta = get_data(page(site, f"subtopics/{churn.slug}.md").content)
    text = BREAKOUT.removeprefix("- Churn Rate: ")
    assert meta["refs"]["term:churn-rate"] == {"name": "Churn Rate", "text": [text]}


# -- 3: identifiers ----------------------------------------------------------------------------------

MODEL = """\
- name: Churn Model
  slug: {slug}
  summary: Customers leave <img src=x onerror=alert(1)> when value falls.
  components:
    - {{name: Value, description: What the customer gets.}}
  origin: {{author: A. Writer, year: 2001}}
"""


@pytest.mark.parametrize(
    "slug",
    [
        "zz onfocus=alert(document.domain) autofocus",
        "Churn_Model",
        "churn--model",
        '"><script>alert(1)</script>',
        "-churn",
    ],
)
def test_model_slug_must_be_a_safe_anchor(tmp_path: Path, slug: str) -> None:
    site = build(tmp_path, {"models.yml": MODEL.format(slug=json.dumps(slug))})
    (model,) = site.models
    assert model.slug == "churn-model"
    assert (
        "content_src/models.yml:2: slug of Churn Model may hold only a-z, 0-9 and single "
        "hyphens; using 'churn-model'" in messages(site)
    )
    html = read(to_html(page(site, "models.md").content))
    assert html.problems == []


def test_a_subtopic_cannot_take_a_folder_page_address(tmp_path: Path) -> None:
    """``index`` would make a subtopic's deck the whole-guide deck's page."""
    site = build(tmp_path, {"metadata.yml": "good.txt:\n  slug: index\n"})
    (good,) = site.guide.subtopics
    assert good.slug == "index-2"
    assert (
        "content_src/good.txt:1: slug 'index' is reserved (a folder's own page); this one is "
        "published as 'index-2' (give it its own title or slug in metadata.yml)" in messages(site)
    )
    paths = [p.path for p in site.pages]
    assert len(paths) == len(set(paths))
    assert "practice/flashcards.md" in paths


def test_generated_addresses_never_collide() -> None:
    pages = [
        Page("practice/flashcards.md", "All", "", ()),
        Page("practice/flashcards/index.md", "One", "", ("content_src/a.txt",)),
        Page("subtopics/reindex.md", "Re", "", ()),
        Page("subtopics/re.md", "Re", "", ()),
    ]
    (error,) = _url_collisions(pages)
    assert error.severity == "error"
    assert str(error) == (
        "content_src/a.txt:1: practice/flashcards/index.md and practice/flashcards.md "
        "(generated) would be published at the same address /practice/flashcards/; rename one"
    )
    assert _url_collisions(build_site(CONTENT, ROOT).pages) == []


# -- 4: nothing from outside content_src ------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["leak.txt", "leak.md", "models.yml", "metadata.yml", "lint.yml", "dedupe.yml"]
)
def test_links_out_of_content_src_are_never_read(tmp_path: Path, name: str) -> None:
    secret = write(tmp_path, "private/secret.txt", f"password: {SECRET}\n- {SECRET}: x\n")
    content = tmp_path / "content_src"
    content.mkdir()
    (content / name).symlink_to(secret)
    site = build(tmp_path, {})
    assert SECRET not in all_output(site)
    (message,) = [m for m in messages(site) if name in m]
    assert message == (
        f"content_src/{name}:1: a symbolic link to a file outside content_src/; skipped (only "
        "files inside the folder are read)"
    )


def test_a_link_out_is_not_followed_in_a_real_build(tmp_path: Path) -> None:
    """The build fails on the warning (strict) without the secret in its log."""
    from test_bad_input import _plain_build, _project

    project = _project(tmp_path)
    secret = write(tmp_path, "private/secret.md", f"---\ntitle: {SECRET}\n---\n\n{SECRET}\n")
    (project / "content_src" / "leak.md").symlink_to(secret)
    result = _plain_build(project, tmp_path / "site")
    assert SECRET not in result.stdout + result.stderr
    assert "content_src/leak.md:1: a symbolic link to a file outside content_src/" in result.stderr
    assert "Traceback" not in result.stderr
    site = tmp_path / "site"
    assert all(SECRET not in p.read_text(errors="replace") for p in site.rglob("*.*"))


# -- 6: YAML ------------------------------------------------------------------------------------------

DEEP = "[" * 5000 + "]" * 5000
DEEP_BLOCK = "".join("  " * i + f"k{i}:\n" for i in range(200)) + "  " * 200 + "x: 1\n"


@pytest.mark.parametrize("registry", ["models.yml", "metadata.yml", "lint.yml", "dedupe.yml"])
@pytest.mark.parametrize("deep", [DEEP, DEEP_BLOCK], ids=["flow", "block"])
def test_deep_yaml_is_an_error_with_its_line(tmp_path: Path, registry: str, deep: str) -> None:
    site = build(tmp_path, {registry: f"x:\n  - {deep}\n" if deep is DEEP else deep})
    (error,) = [d for d in site.diagnostics if d.severity == "error"]
    assert error.source.path == f"content_src/{registry}"
    assert (
        error.message == f"nested more than {MAX_DEPTH} levels deep; editor files need only a few"
    )


def test_deep_front_matter_skips_that_file_only(tmp_path: Path) -> None:
    site = build(tmp_path, {"deep.md": EDITOR.replace("title: Refunds", f"tags: {DEEP}")})
    (message,) = [m for m in messages(site) if "deep.md" in m]
    assert message == (
        f"content_src/deep.md:2: nested more than {MAX_DEPTH} levels deep; editor files need "
        "only a few; file skipped"
    )


def test_a_key_given_twice_is_an_error(tmp_path: Path) -> None:
    site = build(tmp_path, {"metadata.yml": "good.txt:\n  title: One\n  title: Two\n"})
    (error,) = [d for d in site.diagnostics if d.severity == "error"]
    assert (
        str(error)
        == "content_src/metadata.yml:3: 'title' is given twice (first on line 2); keep one"
    )


def test_an_alias_bomb_is_read_once(tmp_path: Path) -> None:
    """Aliases share nodes: checking them visits each node once (a billion laughs is cheap)."""
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 12)]
    site = build(tmp_path, {"lint.yml": "\n".join(levels) + "\n"})
    assert [d.severity for d in site.diagnostics if "lint.yml" in d.source.path] == ["error"]


# -- lower: the folder and its files ------------------------------------------------------------------


def test_metadata_as_a_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "content_src" / "metadata.yml").mkdir(parents=True)
    site = build(tmp_path, {})
    (error,) = [d for d in site.diagnostics if d.severity == "error"]
    assert str(error) == (
        "content_src/metadata.yml:1: not a file (a folder, a pipe or a device); not read"
    )


def test_an_unreadable_folder_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Root can read any folder, so the refusal is simulated where os.walk lists folders."""
    write(tmp_path, "content_src/locked/hidden.txt", PLAIN)
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str] | int) -> object:
        if not isinstance(path, int) and Path(path).name == "locked":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    site = build(tmp_path, {})
    (error,) = [d for d in site.diagnostics if d.severity == "error"]
    assert str(error) == "content_src/locked:1: folder cannot be read (Permission denied); skipped"


@pytest.mark.parametrize("state", ["missing", "file", "empty"])
def test_check_fails_without_a_folder_of_sources(
    tmp_path: Path, state: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "content_src"
    if state == "file":
        content.write_text("not a folder\n", encoding="utf-8")
    if state == "empty":
        content.mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(["check", "content_src"]) != 0
    site = build_site(content, tmp_path)
    (error,) = [d for d in site.diagnostics if d.severity == "error"]
    assert error.source.path == "content_src"
    expected = {
        "missing": "does not exist: put the subtopic sources in a folder content_src/",
        "file": "is a file, not a folder: put the subtopic sources in a folder content_src/",
        "empty": "no subtopic sources (.txt or .md files): nothing to publish",
    }
    assert error.message == expected[state]
    assert "Traceback" not in capsys.readouterr().err


def test_utf32_is_read_as_utf32(tmp_path: Path) -> None:
    site = build(
        tmp_path,
        {
            "wide.txt": codecs.BOM_UTF32_LE
            + PLAIN.replace("complaints", "refunds").encode("utf-32-le")
        },
    )
    assert messages(site) == []
    titles = {s.title for s in site.guide.subtopics}
    assert any("refunds" in t for t in titles), titles


def test_import_of_a_file_outside_content_src(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, "content_src/good.txt", PLAIN)
    write(tmp_path, "elsewhere/raw.txt", PLAIN)
    monkeypatch.chdir(tmp_path)
    assert main(["import", "elsewhere/raw.txt"]) == 1
    err = capsys.readouterr().err
    assert err == (
        "elsewhere/raw.txt:1: not in content_src/: move it there first (the editor source is "
        "written beside it)\n"
    )
    assert not (tmp_path / "elsewhere/raw.md").exists()


def test_emit_into_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, "content_src/good.txt", PLAIN)
    write(tmp_path, "out", "a file\n")
    monkeypatch.chdir(tmp_path)
    assert main(["emit", "--out", "out", "content_src"]) == 2
    assert capsys.readouterr().err.endswith(
        "out: not a folder; --out needs a folder (made if missing)\n"
    )


# -- names: bidi controls and size ------------------------------------------------------------------

RLO, PDF_, LRI = "\u202e", "\u202c", "\u2066"


def test_bidi_controls_leave_titles_and_terms(tmp_path: Path) -> None:
    raw = PLAIN.replace("- Service Recovery:", f"- Service {RLO}yrevoceR{PDF_}:")
    meta = f'good.txt:\n  title: "Complaints {LRI}and{PDF_} loyalty {RLO}txet"\n'
    site = build(tmp_path, {"metadata.yml": meta, "good.txt": raw})
    (good,) = site.guide.subtopics
    assert good.title == "Complaints and loyalty txet"
    terms = [i.term for i in good.items("key_concepts") if i.term]
    assert "Service yrevoceR" in terms
    assert all(RLO not in p.content and LRI not in p.content for p in site.pages)


def test_a_huge_title_is_cut_with_a_warning(tmp_path: Path) -> None:
    huge = "Complaints " + "and loyalty " * 90_000  # about 1 MB
    site = build(tmp_path, {"metadata.yml": f"good.txt:\n  title: {json.dumps(huge)}\n"})
    (good,) = site.guide.subtopics
    assert len(good.title) <= 151
    assert good.title.endswith(" and…")
    (warning,) = [m for m in messages(site) if "title is over" in m]
    assert warning.startswith("content_src/good.txt:1: the title is over 150 characters; shown as")
    assert sum(len(p.content) for p in site.pages) < 200_000


def test_a_tag_opener_in_text_cannot_swallow_the_next_html_block(tmp_path: Path) -> None:
    """Found by Hypothesis: a summary ending ``<e®`` (escaped as ``\\<e®``) opened a tag for
    Python-Markdown's raw-HTML reader that ran to the ``>`` of the models page's ``<details>``."""
    models = MODEL.format(slug="churn-model").replace(
        "Customers leave <img src=x onerror=alert(1)> when value falls.", "Value falls <e®𦅑"
    )
    site = build(tmp_path, {"models.yml": models})
    html = read(to_html(page(site, "models.md").content))
    assert html.problems == []
    assert "Value falls <e®𦅑" in html.text
