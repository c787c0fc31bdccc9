"""One import path: the package, the MkDocs hook and its sibling modules come from the editable
install (``pip install -e .``, whose ``.pth`` puts ``hooks/`` on ``sys.path``), never from a
``sys.path`` or ``PYTHONPATH`` of the project's own making."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

#: A change to the import path made by the project's code (a line that must say why it stays).
PATH_HACK = re.compile(r"sys\.path\.(?:insert|append)|PYTHON" + r"PATH")


def test_the_package_and_the_hook_modules_come_from_this_checkout_in_a_fresh_process() -> None:
    """A child started outside the checkout, with no PYTHONPATH: only the install finds them."""
    code = "import revguide, revision, revision_rebuilds as r; print(revguide.__file__, r.__file__)"
    env = {"PATH": "/usr/bin:/bin"}
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd="/", env=env
    ).stdout.split()
    assert found == [
        str(ROOT / "hooks" / "revguide" / "__init__.py"),
        str(ROOT / "hooks" / "revision_rebuilds.py"),
    ]


def test_no_code_changes_the_import_path_without_saying_why() -> None:
    """A change that must stay (another checkout's code on purpose, a folder of helpers that is
    not a package) has a comment on its line or the line above."""
    hacks = []
    for folder in ("hooks", "tests", "scripts", "bench"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path == Path(__file__).resolve():
                continue
            lines = path.read_text(encoding="utf-8").splitlines()
            for number, line in enumerate(lines, 1):
                above = lines[number - 2].strip() if number > 1 else ""
                if PATH_HACK.search(line) and "  # " not in line and not above.startswith("#"):
                    hacks.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not hacks, f"the editable install is the import path; say why a hack stays: {hacks}"
