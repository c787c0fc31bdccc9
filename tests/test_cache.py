"""Builds that reuse parsed sources and deduplicated sections (revguide.cache) change nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import CONTENT
from helpers import PLAIN, write
from revguide.site import SiteMemos, build_site


def test_a_memo_reuses_unchanged_sources_and_builds_what_an_uncached_build_builds(
    tmp_path: Path,
) -> None:
    content = tmp_path / "content_src"
    shutil.copytree(CONTENT, content)
    sources = [p for p in content.iterdir() if p.suffix in (".txt", ".md")]
    memos = SiteMemos()

    first = build_site(content, tmp_path, memos=memos)
    assert memos.sources.computed == len(sources)
    memos.sweep()
    assert build_site(content, tmp_path, memos=memos) == first
    memos_used = (memos.sources, memos.sections, memos.rendered, memos.exports)
    assert [memo.computed for memo in memos_used] == [0, 0, 0, 0]
    memos.sweep()

    changed = content / "003_ac908e8e85ca6e0e.txt"
    changed.write_text(changed.read_text() + "\n- Award credit for a cached point.", "utf-8")
    write(content, "added.txt", PLAIN)
    (content / "004_01533831aca397b5.txt").unlink()
    cached = build_site(content, tmp_path, memos=memos)
    assert memos.sources.computed == 2  # the changed file and the new one
    assert cached == build_site(content, tmp_path)
    texts = "\n".join(page.content for page in cached.pages)
    assert "a cached point" in texts
    assert "004_01533831aca397b5.txt" not in texts
    assert cached != first


def test_sweep_drops_what_the_last_build_did_not_use(tmp_path: Path) -> None:
    content = tmp_path / "content_src"
    write(content, "a.txt", PLAIN)
    memos = SiteMemos()
    build_site(content, tmp_path, memos=memos)
    memos.sweep()
    (content / "a.txt").write_text(PLAIN + "\n- Award credit for a second version.", "utf-8")
    build_site(content, tmp_path, memos=memos)
    memos.sweep()
    (content / "a.txt").write_text(PLAIN, "utf-8")  # back to the first version: parsed again
    build_site(content, tmp_path, memos=memos)
    assert memos.sources.computed == 1


def test_an_edit_that_leaves_the_link_targets_alone_renders_one_subtopic_again(
    tmp_path: Path,
) -> None:
    content = tmp_path / "content_src"
    shutil.copytree(CONTENT, content)
    memos = SiteMemos()
    build_site(content, tmp_path, memos=memos)
    memos.sweep()
    changed = content / "003_ac908e8e85ca6e0e.txt"
    changed.write_text(changed.read_text() + "\n- Award credit for one more point.", "utf-8")
    cached = build_site(content, tmp_path, memos=memos)
    # The cards are the same, but the edited file's Anki notes are dated anew (`sourcedates`).
    assert (memos.sources.computed, memos.rendered.computed, memos.exports.computed) == (1, 1, 1)
    assert cached == build_site(content, tmp_path)
