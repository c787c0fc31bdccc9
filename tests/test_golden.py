"""Goldens: model and report JSON for every seed alone and for the whole guide (001 + 002
merged), one test each, and the Markdown of every generated page, one test per page.

Regenerate with ``pytest tests/test_golden.py --update-goldens`` and review the diff by eye; a
golden file no test writes any more is an orphan and fails (``--update-goldens`` deletes it).
"""

from __future__ import annotations

import functools
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import CONTENT, GOLDEN, ROOT
from revguide.model import Guide
from revguide.pipeline import build_guide
from revguide.report import build_report, dumps, model_data
from revguide.site import Site, build_site

SEEDS = sorted(p.name for p in CONTENT.glob("*.txt"))
PAGES = GOLDEN / "pages"
#: Page goldens as they are on disk, one test each (the practice data's golden, beside them, is
#: tests/test_practice.py's).
PAGE_GOLDENS = sorted(p.relative_to(PAGES).as_posix() for p in PAGES.rglob("*.md"))
#: The JSON goldens of a guide: ``<seed>.model.json`` and ``<seed>.report.json``.
OUTPUTS: dict[str, Callable[[Guide], Any]] = {"model": model_data, "report": build_report}


@pytest.fixture(scope="module")
def site() -> Site:
    return build_site(CONTENT, ROOT)


@pytest.mark.parametrize("path", PAGE_GOLDENS)
def test_generated_page(path: str, site: Site, golden, request: pytest.FixtureRequest) -> None:  # type: ignore[no-untyped-def]
    pages = {page.path: page.content for page in site.pages}
    if path not in pages and request.config.getoption("--update-goldens"):
        return  # an orphan: the test below deletes it
    assert path in pages, f"pages/{path} is an orphan: no page is generated there"
    golden(f"pages/{path}", pages[path])


def _written(site: Site) -> set[str]:
    """Every golden file a test writes, relative to tests/golden/."""
    return (
        {f"pages/{page.path}" for page in site.pages}
        | {f"pages/{site.assets[0].path}"}  # the practice data: tests/test_practice.py's
        | {f"seeds/{Path(name).stem}.{kind}.json" for name in SEEDS for kind in OUTPUTS}
        | {f"guide.{kind}.json" for kind in OUTPUTS}
    )


def test_every_golden_file_is_written_by_a_test_and_every_page_has_one(
    site: Site, request: pytest.FixtureRequest
) -> None:
    """An orphan (a golden no test writes: a page no longer generated, a seed removed) fails,
    and so does a generated page without its golden (page tests run from the goldens on disk)."""
    on_disk = {p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*") if p.is_file()}
    written = _written(site)
    if request.config.getoption("--update-goldens"):
        for page in site.pages:
            (PAGES / page.path).parent.mkdir(parents=True, exist_ok=True)
            (PAGES / page.path).write_text(page.content, encoding="utf-8")
        for orphan in on_disk - written:
            (GOLDEN / orphan).unlink()
        return
    orphans = sorted(on_disk - written)
    assert not orphans, f"goldens no test writes: {orphans}; pytest --update-goldens deletes them"
    missing = sorted(name for name in written - on_disk if name.startswith("pages/"))
    assert not missing, f"pages without a golden: {missing}; pytest --update-goldens, then review"


@pytest.fixture(scope="module")
def seed_guide(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Guide]:
    """The guide of one seed alone (each built once for both of its goldens)."""

    @functools.cache
    def build(name: str) -> Guide:
        project = tmp_path_factory.mktemp(Path(name).stem)
        (project / "content_src").mkdir()
        shutil.copy(CONTENT / name, project / "content_src" / name)
        return build_guide(project / "content_src", project)

    return build


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        pytest.param(name, kind, id=f"{Path(name).stem}.{kind}")
        for name in SEEDS
        for kind in OUTPUTS
    ],
)
def test_each_seed_alone(name: str, kind: str, seed_guide, golden) -> None:  # type: ignore[no-untyped-def]
    golden(f"seeds/{Path(name).stem}.{kind}.json", dumps(OUTPUTS[kind](seed_guide(name))))


@pytest.fixture(scope="module")
def whole_guide() -> Guide:
    return build_guide(CONTENT, ROOT)


@pytest.mark.parametrize("kind", OUTPUTS)
def test_whole_guide(kind: str, whole_guide: Guide, golden) -> None:  # type: ignore[no-untyped-def]
    golden(f"guide.{kind}.json", dumps(OUTPUTS[kind](whole_guide)))
