"""Generated paths come from one module (`revguide.paths`), and the package's imports stay
shallow and acyclic (`scripts/import_graph.py`)."""

from __future__ import annotations

import ast
import posixpath
import subprocess
import sys

from conftest import ROOT
from hypothesis import given
from hypothesis import strategies as st
from revguide import paths

SEGMENT = st.sampled_from(["a", "b", "subtopics", "practice", "glossary", "x-y"])
DOCS_PATH = st.builds(
    lambda folders, name: "/".join([*folders, name + ".md"]),
    st.lists(SEGMENT, max_size=3),
    SEGMENT,
)
#: Deepest import chain allowed in hooks/revguide/: 16 before issue 20's refactor, 11 after.
MAX_IMPORT_DEPTH = 11


def test_relative_links_examples() -> None:
    assert paths.relative("subtopics/a.md", "glossary.md#crm") == "../glossary.md#crm"
    assert paths.relative("glossary.md", "subtopics/a.md") == "subtopics/a.md"
    assert paths.relative("practice/flashcards.md", paths.deck("a")) == "flashcards/a.md"
    assert paths.relative("practice/quiz/a.md", paths.deck("a")) == "../flashcards/a.md"
    assert paths.relative("marking-points/index.md", "marking-points/1-50.md") == "1-50.md"
    assert paths.relative("glossary/c.md", "glossary/d.md#dmu") == "d.md#dmu"


@given(DOCS_PATH, DOCS_PATH, st.sampled_from(["", "#anchor"]))
def test_relative_link_leads_to_its_target(source: str, target: str, fragment: str) -> None:
    link = paths.relative(source, target + fragment)
    page, _, anchor = link.partition("#")
    assert posixpath.normpath(posixpath.join(posixpath.dirname(source), page)) == target
    assert anchor == fragment.removeprefix("#")
    assert not link.startswith("/")


def test_page_urls_as_mkdocs_builds_them() -> None:
    assert paths.page_url("glossary.md#crm", True) == "glossary/#crm"
    assert paths.page_url("glossary.md#crm", False) == "glossary.html#crm"
    assert paths.page_url("print/index.md", True) == "print/"
    assert paths.page_url("index.md", True) == "./"


def test_import_graph_has_no_cycle_and_stays_shallow() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "import_graph.py")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout  # a cycle exits 1, naming it
    depth = int(result.stdout.split("depth: ")[1].split()[0])
    assert depth <= MAX_IMPORT_DEPTH, result.stdout


def _strings(tree: ast.AST) -> list[ast.Constant]:
    """String literals of a module (f-string parts included), docstrings left out."""
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    # A field's docstring is the string statement after it.
    docstrings |= {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_no_module_spells_a_generated_path_of_its_own() -> None:
    """Only paths.py writes where generated pages live."""
    spelled = ("subtopics/", "glossary.md", "glossary/", "models.md", "practice/", "print/")
    offenders = []
    for module in sorted((ROOT / "hooks").rglob("*.py")):
        if module.name == "paths.py" or "__pycache__" in module.parts:
            continue
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in _strings(tree):
            if any(s in str(node.value) for s in spelled):
                offenders.append(f"{module.relative_to(ROOT)}:{node.lineno}: {node.value!r}")
    assert not offenders, "\n".join(offenders)


def test_downloads_are_not_kept_offline_in_any_subject() -> None:
    from revguide.webapp import SKIPPED

    assert SKIPPED.search(paths.export("revision-guide.apkg"))
    assert SKIPPED.search("sales/" + paths.export("revision-guide.csv"))
    assert not SKIPPED.search(paths.GUIDE_DECK)
    assert not SKIPPED.search("sales/" + paths.deck("crm"))
