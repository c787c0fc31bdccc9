"""The editor files (metadata, dedupe, models, lint, subject) go through one loader: the same
``file:line`` errors, the same "last good version" while previewing, for every one of them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import write
from revguide.editorfiles import LAST_GOOD, load_editor_files, read_editor_file
from revguide.errors import RevguideError
from revguide.importer import import_source
from revguide.pipeline import build_guide
from revguide.registry import MODELS_FILE
from revguide.settings import DEDUPE_FILE, LINT_FILE, METADATA_FILE
from revguide.site import SiteMemos, build_site
from revguide.sources import REGISTRY_FILES
from revguide.subjects import SUBJECT_FILE, discover_subjects

SOURCE = "a.txt"
TEXT = (
    "Topic Synopsis\nComplaints handled well turn customers loyal.\n"
    "Key Concepts\n- Recovery: Putting a failed service right.\n- Recovery plan: A plan.\n"
)
#: Each editor file of a build: a good version, a broken one (with the line its error names)
#: and what the good one gives, read from `EditorFiles`.
GOOD_AND_BROKEN = {
    METADATA_FILE: (f"{SOURCE}:\n  title: Handling complaints\n", "a.txt:\n  title: [x\n", 3),
    DEDUPE_FILE: ("keep_apart:\n  - [Recovery, Recovery plan]\n", "keep_apart:\n  - [a, b\n", 3),
    MODELS_FILE: (
        "- name: Service Recovery Paradox\n  slug: service-recovery-paradox\n"
        "  summary: Recovered customers are more loyal.\n"
        "  components:\n    - {name: Recovery, description: Putting it right.}\n"
        "  origin: {author: McCollough and Bharadwaj, year: 1992}\n",
        "- name: Service Recovery Paradox\n\tsummary: tab\n",
        2,
    ),
    LINT_FILE: (
        "accept:\n  - {code: RG001, file: a.txt, reason: Checked.}\n",
        "accept:\n  - {code: RG001, file: a.txt\n",
        3,
    ),
}


def _said(name: str, files: Any) -> Any:
    """What ``files`` (`EditorFiles`) took from the editor file ``name``."""
    return {
        METADATA_FILE: [m.title for m in files.metadata.values()],
        DEDUPE_FILE: [o.texts for o in files.overrides],
        MODELS_FILE: [m.name for m in files.models],
        LINT_FILE: [a.code for a in files.acceptances],
    }[name]


def test_every_editor_file_the_sources_skip_has_its_loader() -> None:
    loaded = {METADATA_FILE, DEDUPE_FILE, MODELS_FILE, LINT_FILE, SUBJECT_FILE}
    assert loaded == REGISTRY_FILES


@pytest.mark.parametrize("name", sorted(GOOD_AND_BROKEN))
def test_a_broken_editor_file_names_its_line_and_keeps_its_last_good_version(
    tmp_path: Path, name: str
) -> None:
    good, broken, line = GOOD_AND_BROKEN[name]
    content = tmp_path / "content_src"
    write(content, SOURCE, TEXT)
    write(content, name, good)
    last_good: dict[str, Any] = {}
    first = load_editor_files(content, tmp_path, {SOURCE}, last_good)
    assert first.diagnostics == ()
    assert _said(name, first) != []
    write(content, name, broken)
    previewing = load_editor_files(content, tmp_path, {SOURCE}, last_good)
    error, kept = (str(d) for d in previewing.diagnostics)
    assert error.startswith(f"content_src/{name}:{line}: invalid YAML")
    assert kept == f"content_src/{name}:1: {LAST_GOOD}"
    assert _said(name, previewing) == _said(name, first)
    # A single build (nothing to fall back on) goes on without the file.
    alone = load_editor_files(content, tmp_path, {SOURCE})
    assert [str(d) for d in alone.diagnostics] == [error]
    assert _said(name, alone) == []


def test_a_preview_keeps_the_last_good_metadata_on_the_page(tmp_path: Path) -> None:
    good, broken, _ = GOOD_AND_BROKEN[METADATA_FILE]
    content = tmp_path / "content_src"
    write(content, SOURCE, TEXT)
    write(content, METADATA_FILE, good)
    memos = SiteMemos()
    assert [s.title for s in build_site(content, tmp_path, memos=memos).guide.subtopics] == [
        "Handling complaints"
    ]
    write(content, METADATA_FILE, broken)
    again = build_site(content, tmp_path, memos=memos)
    assert [s.title for s in again.guide.subtopics] == ["Handling complaints"]
    assert f"content_src/{METADATA_FILE}:1: {LAST_GOOD}" in [str(d) for d in again.diagnostics]
    fresh = build_site(content, tmp_path)
    assert [s.title for s in fresh.guide.subtopics] != ["Handling complaints"]


@pytest.mark.parametrize("name", sorted(GOOD_AND_BROKEN))
def test_the_guides_report_holds_every_editor_files_problem(tmp_path: Path, name: str) -> None:
    """``revguide report`` and the pipeline's report name a broken models.yml or lint.yml
    too (before, only the site's diagnostics did)."""
    _, broken, line = GOOD_AND_BROKEN[name]
    content = tmp_path / "content_src"
    write(content, SOURCE, TEXT)
    write(content, name, broken)
    guide = build_guide(content, tmp_path)
    errors = [str(d) for d in guide.errors]
    assert [e.split(": ", 1)[0] for e in errors] == [f"content_src/{name}:{line}"]
    site = build_site(content, tmp_path)
    assert [str(d) for d in site.diagnostics if d.severity == "error"] == errors  # once


@pytest.mark.parametrize("name", [*sorted(GOOD_AND_BROKEN), SUBJECT_FILE])
def test_an_editor_file_that_is_a_folder_or_leads_out_is_an_error(
    tmp_path: Path, name: str
) -> None:
    folder = tmp_path / "content_src"
    (folder / name).mkdir(parents=True)
    with pytest.raises(RevguideError, match=rf"^content_src/{name}:1: not a file"):
        read_editor_file(folder, name, tmp_path, lambda path, display: path)
    (folder / name).rmdir()
    write(tmp_path, "elsewhere.yml", "x: 1\n")
    (folder / name).symlink_to(tmp_path / "elsewhere.yml")
    with pytest.raises(RevguideError, match=rf"^content_src/{name}:1: a symbolic link to a file"):
        read_editor_file(folder, name, tmp_path, lambda path, display: path)
    assert read_editor_file(tmp_path, "absent.yml", tmp_path, lambda p, d: p) is None


def test_a_subject_file_is_read_by_the_same_loader(tmp_path: Path) -> None:
    content = tmp_path / "content_src"
    write(content / "sales", SUBJECT_FILE, "name: Sales\n\torder: 1\n")
    write(content / "sales", SOURCE, TEXT)
    write(content / "law", SUBJECT_FILE, "name: Law\n")
    write(content / "law", SOURCE, TEXT)
    subjects, problems = discover_subjects(content, tmp_path)
    assert [s.name for s in subjects] == ["Law"]
    (problem,) = [str(p) for p in problems]
    assert problem.startswith("content_src/sales/subject.yml:2: invalid YAML")
    assert problem.endswith("; subject skipped (none of sales/ is read)")


def test_import_stops_at_a_broken_metadata_file_with_its_line(tmp_path: Path) -> None:
    content = tmp_path / "content_src"
    raw = write(content, SOURCE, TEXT)
    write(content, METADATA_FILE, GOOD_AND_BROKEN[METADATA_FILE][1])
    with pytest.raises(RevguideError, match=r"^content_src/metadata.yml:3: invalid YAML"):
        import_source(raw, content, tmp_path, replace=False)
    assert not (content / "a.md").exists()
