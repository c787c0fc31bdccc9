"""``python -m revguide import content_src/<raw>.txt``: write the raw text as an editor source.

The raw file alone is run through the pipeline (with its ``metadata.yml`` entry) and its
subtopic written as ``<same name>.md`` beside it, duplicates already merged and boilerplate
gone. Building from the ``.md`` gives the same page as building from the raw file. Its
``metadata.yml`` entry (title, order, level, tags...) goes into the ``.md``'s front matter.

Without ``--replace`` the raw file is kept and still read: both files form one subtopic until
it is deleted. With ``--replace`` it is retired: the file is deleted, its ``metadata.yml`` entry
removed and its ``lint.yml`` acceptances renamed to the ``.md``::

    accept:
      - code: RG006
        file: 004_x.txt       ->  file: 004_x.md
      - code: RG001
        file: 004_x.txt:12    ->  file: 004_x.md:9     (the line the item now has)

``dedupe.yml`` decisions are applied as the build applies them (a pair kept apart stays two
items in the ``.md``); they name item texts, not files, so they go on applying to the ``.md``.
A merge decision the ``.md`` now carries out itself (only the kept text is in it) would find
no pair any more: with ``--replace`` it is removed, unless another file still needs it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from .assemble import STALE, assemble
from .editor import markdown_lines
from .editorfiles import read_editor_file
from .errors import RevguideError
from .model import SourceRef
from .normalise import normalise
from .parse import parse
from .pipeline import build_guide
from .settings import (
    DEDUPE_FILE,
    LINT_FILE,
    METADATA_FILE,
    load_metadata,
    load_overrides,
    remove_decisions,
)
from .sources import EDITOR_SUFFIX, RAW_SUFFIX, decode, display_path, read_source
from .yamlfile import load, mapping, sequence

#: A file name YAML reads as itself without quotes.
PLAIN_NAME = re.compile(r"^\w[\w./-]*(?::\d+)?$")
#: ``lint.yml``'s ``file:`` value: a name, or ``name:line`` for one line.
ACCEPTED_FILE = re.compile(r"^(?P<name>.+?)(?::(?P<line>\d+))?$")


@dataclass(frozen=True)
class Imported:
    """What an import did."""

    written: Path
    """The editor source written."""
    removed: Path | None
    """The raw file, when ``--replace`` deleted it."""
    acceptances: int = 0
    """``lint.yml`` acceptances carried to the editor source (renamed, or copied when kept)."""
    decisions: int = 0
    """``dedupe.yml`` merge decisions the editor source now carries out itself, removed."""


def import_source(raw_path: Path, content_dir: Path, root: Path, replace: bool) -> Imported:
    """Write ``raw_path`` as an editor source; `RevguideError` if it cannot be read."""
    display = display_path(raw_path.resolve(), root)
    if raw_path.suffix.lower() != RAW_SUFFIX:
        raise RevguideError(SourceRef(display, 1), f"only raw {RAW_SUFFIX} sources can be imported")
    if not raw_path.resolve().is_relative_to(content_dir.resolve()):
        raise RevguideError(
            SourceRef(display, 1),
            f"not in {display_path(content_dir.resolve(), root)}/: move it there first "
            "(the editor source is written beside it)",
        )
    target = raw_path.with_suffix(EDITOR_SUFFIX)
    if target.exists():
        raise RevguideError(
            SourceRef(display_path(target.resolve(), root), 1),
            "already exists; delete or rename it first",
        )
    source, problem = read_source(raw_path, display)
    if source is None:
        assert problem is not None
        raise RevguideError(problem.source, problem.message)
    name = raw_path.resolve().relative_to(content_dir.resolve()).as_posix()
    meta_path = content_dir / METADATA_FILE
    described = partial(load_metadata, known={name})
    entries, _ = read_editor_file(content_dir, METADATA_FILE, root, described) or ({}, [])
    metadata = {display: entries[name]} if name in entries else {}
    dedupe_path = content_dir / DEDUPE_FILE
    overrides = read_editor_file(content_dir, DEDUPE_FILE, root, load_overrides) or []
    # The editor's dedupe.yml decisions, as the build applies them: the .md keeps what they keep.
    assembly = assemble([normalise(parse(source))], metadata, overrides)
    if not assembly.subtopics:
        reasons = "; ".join(d.message for d in assembly.diagnostics) or "no content"
        raise RevguideError(SourceRef(display, 1), f"nothing to import ({reasons})")
    (subtopic,) = assembly.subtopics
    order = metadata[display].order if metadata else None
    text, moved = markdown_lines(subtopic, order)
    new_name = target.resolve().relative_to(content_dir.resolve()).as_posix()
    lint_path = content_dir / LINT_FILE
    if not replace:
        target.write_text(text, encoding="utf-8")
        return Imported(
            target, None, _carry_acceptances(lint_path, name, new_name, moved, root, True)
        )
    stale_before = _stale_merges(content_dir, root) if overrides else set()  # the .md not yet in
    target.write_text(text, encoding="utf-8")
    raw_path.unlink()
    if metadata:
        _remove_entry(meta_path, name, root)
    carried = _carry_acceptances(lint_path, name, new_name, moved, root, False)
    # A merge decision the .md now carries out itself (it holds the kept text only) no longer
    # finds its pair: it is done, and goes (it would warn as stale).
    done = _stale_merges(content_dir, root) - stale_before if overrides else set()
    removed = remove_decisions(dedupe_path, done) if done else 0
    return Imported(target, raw_path, carried, removed)


def _stale_merges(content_dir: Path, root: Path) -> set[str]:
    """Ids of the merge decisions no section of the guide matches."""
    guide = build_guide(content_dir, root)
    prefix = f"{STALE} merge decision "
    return {
        d.message.removeprefix(prefix).split(":", 1)[0]
        for d in guide.diagnostics
        if d.source.path.endswith(DEDUPE_FILE) and d.message.startswith(prefix)
    }


def _carry_acceptances(
    lint_path: Path, name: str, new_name: str, moved: dict[int, int], root: Path, keep: bool
) -> int:
    """Make ``lint.yml``'s acceptances of ``name`` name ``new_name``: in place, or (``keep``,
    both files still read) as a copy below each; only those lines change, comments stay.
    Returns how many were carried."""
    if not lint_path.is_file():
        return 0
    display = display_path(lint_path.resolve(), root)
    root_node = load(lint_path, display)
    text, _ = decode(lint_path.read_bytes(), display)
    if root_node is None or text is None:
        return 0
    lines = text.split("\n")
    carried = 0
    for key, value in reversed(mapping(root_node, display, LINT_FILE)):
        if key.value != "accept" or getattr(value, "flow_style", True):
            continue  # a one-line [{...}] list is left as written
        for entry in reversed(sequence(value, display, "accept")):
            for field, node in mapping(entry, display, "each accepted finding"):
                match = ACCEPTED_FILE.match(str(node.value))
                one_line = node.start_mark.line == node.end_mark.line
                if field.value != "file" or not match or match["name"] != name or not one_line:
                    continue
                # A line that held no item (a heading, chrome) has no counterpart: whole file.
                line = moved.get(int(match["line"])) if match["line"] else None
                renamed = new_name if line is None else f"{new_name}:{line}"
                quoted = renamed if PLAIN_NAME.match(renamed) else json.dumps(renamed)
                # Whole lines from the entry's "- " to its last value's end (a folded reason
                # runs over several lines); the next entry's line is not the entry's.
                end = entry.value[-1][1].end_mark
                first, stop = entry.start_mark.line, end.line + (end.column > 0)
                block = lines[first:stop]
                at = node.start_mark.line - first
                old = block[at]
                block[at] = old[: node.start_mark.column] + quoted + old[node.end_mark.column :]
                if keep:
                    lines[stop:stop] = block
                else:
                    lines[first + at] = block[at]
                carried += 1
    if carried:
        lint_path.write_text("\n".join(lines), encoding="utf-8")
    return carried


def _remove_entry(meta_path: Path, name: str, root: Path) -> None:
    """Delete the lines of one top-level entry from metadata.yml, keeping everything else."""
    display = display_path(meta_path.resolve(), root)
    root_node = load(meta_path, display)
    assert root_node is not None
    lines = meta_path.read_text(encoding="utf-8").split("\n")
    for key, value in mapping(root_node, display, "metadata.yml"):
        if key.value == name:
            del lines[key.start_mark.line : value.end_mark.line + (value.end_mark.column > 0)]
            break
    meta_path.write_text("\n".join(lines), encoding="utf-8")
