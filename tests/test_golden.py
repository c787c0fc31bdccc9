"""Golden model JSON for every seed alone, and for the whole guide (001 + 002 merged).

Regenerate with ``pytest tests/test_golden.py --update-goldens`` and review the diff by eye.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import CONTENT, ROOT
from revguide.pipeline import build_guide
from revguide.report import build_report, dumps, model_data

SEEDS = sorted(p.name for p in CONTENT.glob("*.txt"))


@pytest.mark.parametrize("name", SEEDS)
def test_each_seed_alone(name: str, tmp_path: Path, golden) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "content_src"
    folder.mkdir()
    shutil.copy(CONTENT / name, folder / name)
    guide = build_guide(folder, tmp_path)
    golden(f"seeds/{Path(name).stem}.model.json", dumps(model_data(guide)))
    golden(f"seeds/{Path(name).stem}.report.json", dumps(build_report(guide)))


def test_whole_guide(golden) -> None:  # type: ignore[no-untyped-def]
    guide = build_guide(CONTENT, ROOT)
    golden("guide.model.json", dumps(model_data(guide)))
    golden("guide.report.json", dumps(build_report(guide)))
