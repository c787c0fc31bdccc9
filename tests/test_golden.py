"""Goldens: model and report JSON for every seed alone and for the whole guide (001 + 002
merged), and the Markdown of every generated page, one test per page.

Regenerate with ``pytest tests/test_golden.py --update-goldens`` and review the diff by eye; a
golden file no test writes any more is an orphan and fails (``--update-goldens`` deletes it).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import CONTENT, GOLDEN, ROOT
from revguide.pipeline import build_guide
from revguide.report import build_report, dumps, model_data
from revguide.site import Site, build_site

SEEDS = sorted(p.name for p in CONTENT.glob("*.txt"))
PAGES = GOLDEN / "pages"
#: Page goldens as they are on disk, one test each (the practice data's golden, beside them, is
#: tests/test_practice.py's).
PAGE_GOLDENS = sorted(p.relative_to(PAGES).as_posix() for p in PAGES.rglob("*.md"))


@pytest.fixture(scope="module")
def site() -> Site:
    return build_site(CONTENT, ROOT)


@pytest.mark.parametrize("path", PAGE_GOLDENS)
def test_generated_page(path: str, site: Site, golden) -> None:  # type: ignore[no-untyped-def]
    pages = {page.path: page.content for page in site.pages}
    assert path in pages, f"pages/{path} is an orphan: no page is generated there"
    golden(f"pages/{path}", pages[path])


def test_every_golden_has_its_page_and_every_page_its_golden(
    site: Site, request: pytest.FixtureRequest
) -> None:
    generated = {page.path: page.content for page in site.pages}
    if request.config.getoption("--update-goldens"):
        for path, content in generated.items():
            (PAGES / path).parent.mkdir(parents=True, exist_ok=True)
            (PAGES / path).write_text(content, encoding="utf-8")
        for orphan in set(PAGE_GOLDENS) - generated.keys():
            (PAGES / orphan).unlink()
        return
    assert sorted(generated) == PAGE_GOLDENS


def test_seed_goldens_are_the_seeds() -> None:
    stems = {Path(name).stem for name in SEEDS}
    on_disk = {p.name.split(".", 1)[0] for p in (GOLDEN / "seeds").iterdir()}
    assert on_disk == stems, "golden seeds without a seed, or seeds without goldens"


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
