"""Progress lines of a build: phases, then the pages the engine renders (`RenderCount`)."""

from __future__ import annotations

import re

from revguide.progress import Phases, RenderCount


def test_phases_report_counts_and_seconds() -> None:
    lines: list[str] = []
    phases = Phases(lines.append)
    phases.done("read and parse", "5 sources")
    phases.done("deduplicate", "4 subtopics")
    assert [re.sub(r"\(\d+\.\d s\)", "(t)", line) for line in lines] == [
        "read and parse: 5 sources (t)",
        "deduplicate: 4 subtopics (t)",
    ]


def test_render_count_says_how_far_it_is_now_and_then_and_the_total_at_the_end() -> None:
    lines: list[str] = []
    every_page = RenderCount(lines.append, every=0)
    for _ in range(3):
        every_page.page()
    every_page.done()
    assert [re.sub(r"\(\d+(\.\d)? s\)", "(t)", line) for line in lines] == [
        "1 pages rendered (t)",
        "2 pages rendered (t)",
        "3 pages rendered (t)",
        "render pages: 3 pages (t)",
    ]
    lines.clear()
    quiet = RenderCount(lines.append, every=3600)
    for _ in range(100):
        quiet.page()
    quiet.done()
    assert len(lines) == 1
    assert lines[0].startswith("render pages: 100 pages (")
