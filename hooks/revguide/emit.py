"""``python -m revguide emit --out DIR``: write the generated pages and assets as files.

For engines that do not run MkDocs hooks (Zensical ignores ``hooks:``): the same `build_site`
the MkDocs adapter uses, written to disk. Files whose content is unchanged are not rewritten,
so watchers see only real changes; files emitted last time and not this time are deleted
(tracked in ``DIR/.revguide-emitted``); other files in DIR are never touched. With
``--docs docs`` the hand-written pages are included, making DIR a complete docs folder::

    out/subtopics/build-and-maintain-sales-relationships.md
    out/glossary.md  out/models.md  out/marking-points/index.md  out/practice/...
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .site import Site

MANIFEST = ".revguide-emitted"


@dataclass(frozen=True)
class Emitted:
    """What `emit` did."""

    written: tuple[str, ...]
    """Paths written because they were new or changed."""
    unchanged: tuple[str, ...]
    """Paths left alone."""
    removed: tuple[str, ...]
    """Paths emitted before and not any more, deleted."""


def _files(site: Site, docs: Path | None) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for path in sorted(docs.rglob("*") if docs else ()):
        if path.is_file():
            relative = path.relative_to(docs).as_posix()  # type: ignore[arg-type]
            data = path.read_bytes()
            if path.suffix == ".md":
                data = site.fill_home(data.decode("utf-8")).encode("utf-8")
            files[relative] = data
    files |= {page.path: page.content.encode("utf-8") for page in site.pages}
    for asset in site.assets:
        content = asset.content
        files[asset.path] = content.encode("utf-8") if isinstance(content, str) else content
    return files


def emit(site: Site, out: Path, docs: Path | None = None) -> Emitted:
    """Write ``site``'s generated files under ``out`` (see the module docstring).

    With ``docs``, the hand-written pages are copied too (the home page's subtopic list
    filled in), so ``out`` is a complete docs folder for another engine.
    """
    files = _files(site, docs)
    manifest = out / MANIFEST
    before = set(manifest.read_text(encoding="utf-8").split()) if manifest.exists() else set()
    written, unchanged = [], []
    for relative, content in sorted(files.items()):
        target = out / relative
        if target.is_file() and target.read_bytes() == content:
            unchanged.append(relative)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        written.append(relative)
    removed = sorted(before - files.keys())
    for relative in removed:
        (out / relative).unlink(missing_ok=True)
    manifest.write_text("\n".join(sorted(files)) + "\n", encoding="utf-8")
    return Emitted(tuple(written), tuple(unchanged), tuple(removed))
