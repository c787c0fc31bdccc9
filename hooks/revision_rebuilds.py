"""Fast and correct rebuilds under ``mkdocs serve --dirty``: the MkDocs side of the editor loop.

A dirty build makes and writes only the pages whose ``File.is_modified()`` is true and leaves
the rest of the served folder as it was. Out of the box that is wrong for this site both ways:
generated pages always count as modified (so every page is rebuilt: over a minute at 1,000
subtopics), and, were they not, other pages would go stale: the nav, the search index (it would
hold only the rebuilt pages), the tags export, and deleted pages would still be served.
`Rebuilds` keeps every dirty build equal to a clean build of the same sources:

* a generated page or asset counts as modified only when its content (or edit link) changed;
  a hand-written page also when what the hook adds to it (the home page's listing) changed;
* when anything every page shows changed (nav, any page's front matter, mkdocs.yml, the theme
  overrides), or there is no earlier build in this process, every page is rebuilt;
* pages holding a tags listing are always rebuilt (Material fills listings while rendering);
* outputs of files that no longer exist (pages, assets, static files) are deleted;
* search: entries of pages not rebuilt are carried over from the previous index, and all are
  put in page order, as a clean build writes them;
* tags: the front matter of pages not rebuilt is still read (each distinct one parsed once),
  so the tags export is complete.

With a plugin other than Material's search and tags (their state is handled above) every page
is rebuilt: slow, still correct. Outside a dirty build nothing here changes what MkDocs does.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.utils.meta import YAML_RE, get_data
from revguide.cache import Memo

log = logging.getLogger("mkdocs.plugins.revision")

SEARCH, TAGS = "material/search", "material/tags"
#: Plugins whose state across pages `Rebuilds` keeps right (besides the revision hook).
HANDLED_PLUGINS = frozenset({SEARCH, TAGS})


class GeneratedFile(File):
    """A generated file that counts as modified only when its content changed."""

    changed = True
    """Whether its content differs from the last build's (set by `Rebuilds.plan`)."""

    def is_modified(self) -> bool:
        return self.changed or not os.path.isfile(self.abs_dest_path)


def _digest(*parts: str | bytes) -> str:
    hashed = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        hashed.update(len(data).to_bytes(8, "big") + data)
    return hashed.hexdigest()


def _front_matter(markdown: str) -> str:
    match = YAML_RE.match(markdown)
    return match.group(1) if match else ""


class Rebuilds:
    """What the last build wrote, and what the next dirty build must redo (module docstring)."""

    def __init__(self) -> None:
        self.dirty = False
        """Whether MkDocs runs dirty builds (``--dirty``)."""
        self.outputs: dict[str, str] | None = None
        """Last finished build: output path -> digest of what it was made from."""
        self.signature: str | None = None
        """Last finished build: digest of what every page shows."""
        self._pending: tuple[dict[str, str], str] = ({}, "")
        self._sources: Memo[str, tuple[str, dict[str, Any]]] = Memo()
        self._rebuilding: set[str] = set()
        self._files: Files | None = None

    def file(self, config: MkDocsConfig, path: str, content: str | bytes) -> GeneratedFile:
        """A generated file (page or asset) for ``files``."""
        file = GeneratedFile.generated(config, path, content=content)
        assert isinstance(file, GeneratedFile)
        return file

    def plan(
        self,
        files: Files,
        config: MkDocsConfig,
        hook: object,
        hook_markdown: Callable[[str, str], str],
    ) -> None:
        """Before MkDocs reads the pages: mark what to rebuild, delete what is gone.

        ``hook`` is the revision hook module; ``hook_markdown(src_uri, markdown)`` is what its
        ``on_page_markdown`` makes of a hand-written page.
        """
        self._files = files
        if not self.dirty:
            return
        pages = files.documentation_pages()
        outputs: dict[str, str] = {}
        for file in files:
            if isinstance(file, GeneratedFile):
                outputs[file.abs_dest_path] = _digest(file.content_bytes, file.edit_uri or "")
            elif file.is_documentation_page():
                made = hook_markdown(file.src_uri, file.content_string)
                outputs[file.abs_dest_path] = _digest(made)
            else:
                outputs[file.abs_dest_path] = ""  # copied when newer: MkDocs' own rule holds
        signature = self._signature(pages, config)
        others = [name for name, p in config.plugins.items() if p is not hook]
        unhandled = sorted(set(others) - HANDLED_PLUGINS)
        if unhandled:
            log.info(f"revision: every page is rebuilt (plugins {', '.join(unhandled)})")
        previous = self.outputs if signature == self.signature and not unhandled else None
        listings = self._listing_pages(pages, config)
        for file in files:
            was = previous.get(file.abs_dest_path) if previous is not None else None
            same = was == outputs[file.abs_dest_path]
            if isinstance(file, GeneratedFile):
                file.changed = not same
            elif file.is_documentation_page() and (not same or file.src_uri in listings):
                Path(file.abs_dest_path).unlink(missing_ok=True)  # MkDocs rebuilds it
        for gone in set(self.outputs or ()) - set(outputs):
            _remove(gone, config.site_dir)
        self._pending = (outputs, signature)
        self._rebuilding = {f.src_uri for f in pages if f.is_modified()}

    def _signature(self, pages: Iterable[File], config: MkDocsConfig) -> str:
        """Digest of what every page shows: nav, front matter, settings, theme overrides."""
        parts = [json.dumps(config.nav, ensure_ascii=False)]
        parts += [f"{f.src_uri}\n{_front_matter(f.content_string)}" for f in pages]
        parts.append(Path(config.config_file_path).read_text(encoding="utf-8"))
        parts.append(json.dumps(dict(config.extra), default=str, sort_keys=True))  # templates
        custom_dir = config.theme.custom_dir
        for folder, _, names in sorted(os.walk(custom_dir)) if custom_dir else ():
            for name in sorted(names):
                status = os.stat(os.path.join(folder, name))
                parts.append(f"{folder}/{name} {status.st_mtime_ns} {status.st_size}")
        return _digest(*parts)

    def _listing_pages(self, pages: Iterable[File], config: MkDocsConfig) -> set[str]:
        tags = config.plugins.get(TAGS)
        if tags is None:
            return set()
        directive = f"<!-- {tags.config.listings_directive}"
        return {f.src_uri for f in pages if directive in f.content_string}

    def complete_tags(self, config: MkDocsConfig, files: Files) -> None:
        """Before the tags plugin exports: read the tags of the pages not rebuilt."""
        tags = config.plugins.get(TAGS)
        if not self.dirty or tags is None:
            return
        order = {}
        for position, file in enumerate(files.documentation_pages()):
            page = file.page
            if page is None:
                continue
            order[page.url] = position
            if file.src_uri not in self._rebuilding:
                # What `Page.read_source` does, its YAML parsed once per distinct page source.
                source = file.content_string
                page.markdown, meta = self._sources.get(source, partial(get_data, source))
                page.meta = dict(meta)
                tags.on_page_markdown(page.markdown, page=page, config=config, files=files)
        mappings = tags.mappings.data
        tags.mappings.data = dict(sorted(mappings.items(), key=lambda kv: order[kv[0]]))
        self._sources.sweep()

    def finish(self, config: MkDocsConfig) -> None:
        """Before the search plugin writes its index: make it whole; then remember this build."""
        search = config.plugins.get(SEARCH)
        if self.dirty and search is not None and self._files is not None:
            pages = self._files.documentation_pages()
            order = {f.page.url: n for n, f in enumerate(pages) if f.page}
            rebuilt = {f.page.url for f in pages if f.page and f.src_uri in self._rebuilding}

            def page_of(entry: dict[str, Any]) -> str:
                return str(entry["location"]).split("#", 1)[0]

            previous = search.search_index_prev.entries if search.search_index_prev else []
            kept = [e for e in previous if page_of(e) in order and page_of(e) not in rebuilt]
            entries = kept + search.search_index.entries
            search.search_index.entries = sorted(entries, key=lambda e: order[page_of(e)])
            search.search_index_prev = None  # merged here; it would merge again
        self.outputs, self.signature = self._pending if self.dirty else (None, None)


def _remove(path: str, site_dir: str) -> None:
    """Delete an output that is gone, and the folders it leaves empty (inside the site only)."""
    site = Path(site_dir).resolve()
    target = Path(path).resolve()
    if site not in target.parents:
        return
    target.unlink(missing_ok=True)
    for folder in target.parents:
        if folder == site or any(folder.iterdir()):
            break
        folder.rmdir()
