"""``python -m revguide import content_src/<raw>.txt``: write the raw text as an editor source.

The raw file alone is run through the pipeline (with its ``metadata.yml`` entry) and its
subtopic written as ``<same name>.md`` beside it, duplicates already merged and boilerplate
gone. Building from the ``.md`` gives the same page as building from the raw file. The raw file
is kept unless ``--replace`` is given; then it is deleted and its ``metadata.yml`` entry removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .assemble import assemble
from .editor import EDITOR_SUFFIX, to_markdown
from .errors import RevguideError
from .model import SourceRef
from .normalise import normalise
from .parse import parse
from .settings import METADATA_FILE, load_metadata
from .sources import RAW_SUFFIX, display_path, read_source
from .yamlfile import load, mapping


@dataclass(frozen=True)
class Imported:
    """What an import did."""

    written: Path
    """The editor source written."""
    removed: Path | None
    """The raw file, when ``--replace`` deleted it."""


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
    metadata = {}
    if meta_path.is_file():
        entries, _ = load_metadata(meta_path, display_path(meta_path.resolve(), root), {name})
        metadata = {display: entries[name]} if name in entries else {}
    (subtopic,) = assemble([normalise(parse(source))], metadata).subtopics
    order = metadata[display].order if metadata else None
    target.write_text(to_markdown(subtopic, order), encoding="utf-8")
    if not replace:
        return Imported(target, None)
    raw_path.unlink()
    if metadata:
        _remove_entry(meta_path, name, root)
    return Imported(target, raw_path)


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
