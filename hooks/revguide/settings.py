"""Editor settings for raw sources: ``content_src/metadata.yml`` and ``content_src/dedupe.yml``.

``metadata.yml`` sets what a raw text lacks, keyed by the file's path inside ``content_src/``::

    000_6c7d8dc6d3842ee7.txt:
      title: Sales relationships as an investment
      slug: sales-relationships-investment     # optional; default: from the title
      order: 1                                 # position in the guide
      awarding_body: Institute of Sales Professionals
      level: Level 4
      qualifications: [ISP Level 4 Diploma in Professional Sales]
      tags: [sales]

Files given the same ``slug`` (or with the same title or synopsis) form one subtopic.

``dedupe.yml`` overrides deduplication; items are quoted as they appear on the page (case,
spacing and end punctuation do not matter)::

    keep_apart:
      - ["Award credit for X.", "Award credit for X and Y."]
    merge:
      - ["Failing to record feedback.", "Not recording customer feedback."]
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from yaml.nodes import Node

from .dedupe import Overrides
from .errors import RevguideError
from .model import Diagnostic, SourceRef
from .text import item_key
from .yamlfile import integer, load, mapping, ref, sequence, text, texts

METADATA_FILE = "metadata.yml"
DEDUPE_FILE = "dedupe.yml"
_TEXT_FIELDS = ("title", "slug", "awarding_body", "level", "category")


@dataclass(frozen=True)
class FileMetadata:
    """What an editor set for one raw source file."""

    source: SourceRef
    """Where the entry starts in ``metadata.yml``."""
    title: str | None = None
    """Display title."""
    slug: str | None = None
    """URL slug; files sharing one form one subtopic."""
    order: int | None = None
    """Position in the guide (lower first)."""
    awarding_body: str | None = None
    """Awarding body."""
    level: str | None = None
    """Qualification level."""
    category: str | None = None
    """Category label."""
    qualifications: tuple[tuple[str, SourceRef], ...] = ()
    """Qualification names, each with its line."""
    tags: tuple[str, ...] = ()
    """Extra tags."""


@dataclass(frozen=True)
class OverridePair:
    """One pair from ``dedupe.yml``."""

    source: SourceRef
    """Its line."""
    action: str
    """``keep_apart`` or ``merge``."""
    texts: tuple[str, str]
    """The two item texts as written."""

    @property
    def keys(self) -> frozenset[str]:
        """The pair as comparison keys."""
        return frozenset(item_key(t) for t in self.texts)


def load_metadata(
    path: Path, display: str, known: set[str]
) -> tuple[dict[str, FileMetadata], list[Diagnostic]]:
    """Entries of ``metadata.yml`` by source file name; unknown names and fields are warnings."""
    root = load(path, display)
    if root is None:
        return {}, []
    entries: dict[str, FileMetadata] = {}
    warnings: list[Diagnostic] = []
    for key, value in mapping(root, display, "metadata.yml"):
        name = str(key.value)
        if name not in known:
            warnings.append(
                Diagnostic(
                    ref(display, key),
                    f"no source file {display.rsplit('/', 1)[0]}/{name}; check the file name "
                    "(entry ignored)",
                )
            )
            continue
        entry, problems = metadata_entry(value, display, name, ref(display, key))
        entries[name] = entry
        warnings.extend(problems)
    return entries, warnings


def metadata_entry(
    node: Node, display: str, name: str, where: SourceRef
) -> tuple[FileMetadata, list[Diagnostic]]:
    """Validate one mapping of metadata fields (a ``metadata.yml`` entry or front matter)."""
    fields: dict[str, object] = {}
    warnings = []
    for field_key, field_value in mapping(node, display, f"the metadata of {name}"):
        field = str(field_key.value)
        what = f"'{field}' of {name}"
        if field in _TEXT_FIELDS:
            fields[field] = text(field_value, display, what)
        elif field == "order":
            fields[field] = integer(field_value, display, what)
        elif field == "qualifications":
            fields[field] = tuple(texts(field_value, display, what))
        elif field == "tags":
            fields[field] = tuple(t for t, _ in texts(field_value, display, what))
        else:
            allowed = ", ".join((*_TEXT_FIELDS, "order", "qualifications", "tags"))
            warnings.append(
                Diagnostic(
                    ref(display, field_key),
                    f"unknown field '{field}' (allowed: {allowed}); ignored",
                )
            )
    return FileMetadata(where, **fields), warnings  # type: ignore[arg-type]


def load_overrides(path: Path, display: str) -> list[OverridePair]:
    """Pairs from ``dedupe.yml``."""
    root = load(path, display)
    if root is None:
        return []
    pairs = []
    for key, value in mapping(root, display, "dedupe.yml"):
        action = str(key.value)
        if action not in ("keep_apart", "merge"):
            raise RevguideError(
                ref(display, key), f"unknown section '{action}' (use keep_apart or merge)"
            )
        for entry in sequence(value, display, action):
            items = sequence(entry, display, f"each {action} entry")
            if len(items) != 2:
                raise RevguideError(
                    ref(display, entry), f"each {action} entry must list exactly two item texts"
                )
            first, second = (text(i, display, "an item text") for i in items)
            if item_key(first) == item_key(second):
                raise RevguideError(
                    ref(display, entry),
                    "the two texts are the same once case and spacing are ignored",
                )
            pairs.append(OverridePair(ref(display, entry), action, (first, second)))
    return pairs


def overrides_from(pairs: list[OverridePair]) -> Overrides:
    """The `Overrides` the pairs describe."""
    return Overrides(
        keep_apart=frozenset(p.keys for p in pairs if p.action == "keep_apart"),
        merge=frozenset(p.keys for p in pairs if p.action == "merge"),
    )
