"""Small builders shared by the unit tests."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from revguide.normalise import Document, normalise
from revguide.parse import RawDocument, parse
from revguide.sources import SourceText


def raw(text: str, path: str = "content_src/t.txt") -> RawDocument:
    """Parse ``text`` as if read from ``path``."""
    return parse(SourceText(path, text))


def doc(text: str, path: str = "content_src/t.txt") -> Document:
    """Parse and normalise ``text``."""
    return normalise(raw(text, path))


def texts(document: Document, kind: str) -> list[str]:
    """Full texts of one section."""
    return [item.full_text for item in document.items(kind)]


def node_binary() -> str:
    """Path of node, which runs the shipped practice scripts in tests (never a silent skip)."""
    path = shutil.which("node")
    if path is None:
        pytest.fail("node is needed to test the practice scripts (Debian: apt-get install nodejs)")
    return path


def practice_data(script: str | bytes) -> Any:
    """The data ``practice/data.js`` sets (``window.revguidePractice = {...};``)."""
    assert isinstance(script, str)
    prefix, _, value = script.partition(" = ")
    assert prefix == "window.revguidePractice", prefix
    assert value.endswith(";\n")
    return json.loads(value.removesuffix(";\n"))


def copy_site(folder: Path, root: Path) -> Path:
    """A copy of the project at ``root`` (mkdocs.yml, docs/, overrides/, hooks/), no sources
    yet, in ``folder``: a site to build from sources a test writes."""
    for name in ("docs", "overrides", "hooks"):
        shutil.copytree(root / name, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(root / "mkdocs.yml", folder / "mkdocs.yml")
    return folder


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """Write a source file (text as UTF-8)."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


PLAIN = """\
This subtopic explores how teams handle customer complaints and turn them into loy
Topic Synopsis
This subtopic explores how teams handle customer complaints and turn them into loyalty.
Key Concepts & Core Principles
- Service Recovery: Fixing a failure so well that the customer ends up more loyal.
- Net Promoter Score (NPS): A measure of how likely customers are to recommend you.
Exam Tips & Revision Strategies
- Quote a real complaint you handled.
Common Misconceptions & Mistakes to Avoid
- Misconception: Complaints are bad news. Correction: They are free feedback.
Examiner Marking Points
- Award credit for a complete recovery plan.
"""
