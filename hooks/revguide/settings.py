"""Editor settings: ``content_src/metadata.yml``, ``dedupe.yml`` and ``lint.yml``.

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

``dedupe.yml`` holds editors' decisions on deduplication candidates (``python -m revguide
review`` writes them); items are quoted as they appear on the page (case, spacing and end
punctuation do not matter), and the id (`ids.pair_id` of the two texts) names the pair in the
build report and ``review``. A pair may also be written as a plain list of its two texts::

    merge:
      - id: d-3f2a9c1b7e40
        texts: ["Failing to record feedback.", "Not recording customer feedback."]
    keep_apart:
      - ["Award credit for X.", "Award credit for X and Y."]

A decision whose two items are no longer in one section is reported as stale (a warning).

``lint.yml`` accepts lint findings an editor has checked (`lint`), each with its reason::

    accept:
      - code: RG004
        file: 003_ac908e8e85ca6e0e.txt
        reason: The two definitions are the awarding bodies' own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .dedupe import Overrides
from .errors import RevguideError
from .ids import pair_id
from .model import Diagnostic, SourceRef
from .text import item_key
from .yamlfile import compose, integer, load, mapping, ref, sequence, text, texts

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

    @property
    def id(self) -> str:
        """The pair's id, as the build report and ``review`` show it."""
        return pair_id(*self.texts)


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


DECISIONS = ("keep_apart", "merge")
"""The sections of ``dedupe.yml``."""


def load_overrides(path: Path, display: str) -> list[OverridePair]:
    """Pairs from ``dedupe.yml``."""
    root = load(path, display)
    return [] if root is None else _pairs(root, display)


def _pairs(root: Node, display: str) -> list[OverridePair]:
    pairs = []
    for key, value in mapping(root, display, "dedupe.yml"):
        action = str(key.value)
        if action not in DECISIONS:
            raise RevguideError(
                ref(display, key), f"unknown section '{action}' (use keep_apart or merge)"
            )
        if isinstance(value, ScalarNode) and not value.value:
            continue  # "merge:" with nothing under it yet
        for entry in sequence(value, display, action):
            first, second = _pair_texts(entry, display, action)
            if item_key(first) == item_key(second):
                raise RevguideError(
                    ref(display, entry),
                    "the two texts are the same once case and spacing are ignored",
                )
            pairs.append(OverridePair(ref(display, entry), action, (first, second)))
    return pairs


def _pair_texts(entry: Node, display: str, action: str) -> tuple[str, str]:
    """The two texts of a decision: ``[a, b]`` or ``{id: ..., texts: [a, b]}``."""
    items: Node | None = entry
    if isinstance(entry, MappingNode):
        fields = {str(k.value): (k, v) for k, v in mapping(entry, display, f"each {action} entry")}
        for name, (field_key, _) in fields.items():
            if name not in ("id", "texts"):
                raise RevguideError(
                    ref(display, field_key), f"unknown field '{name}' (allowed: id, texts)"
                )
        if "texts" not in fields:
            raise RevguideError(ref(display, entry), f"each {action} entry needs 'texts'")
        items = fields["texts"][1]
    found = sequence(items, display, f"each {action} entry") if items is not None else []
    if len(found) != 2:
        raise RevguideError(
            ref(display, entry), f"each {action} entry must list exactly two item texts"
        )
    first, second = (text(i, display, "an item text") for i in found)
    return first, second


def record_decision(path: Path, action: str, a: str, b: str) -> str:
    """Add a decision on the pair (``a``, ``b``) to ``dedupe.yml`` at ``path``, keeping what the
    file already says (comments too); returns its id. The file is checked after the change."""
    if action not in DECISIONS:
        raise ValueError(f"unknown decision {action!r}")
    display = path.name
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    entry = yaml.safe_dump(
        [{"id": pair_id(a, b), "texts": [a, b]}],
        allow_unicode=True,
        sort_keys=False,
        width=1 << 16,
        default_flow_style=None,
    )
    indented = "".join(f"  {line}" for line in entry.splitlines(keepends=True))
    lines = old.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    root = compose(old, display) if old.strip() else None
    section = None
    if root is not None:
        section = next(
            (value for key, value in mapping(root, display, "dedupe.yml") if key.value == action),
            None,
        )
    if section is None:
        lines.append(f"{action}:\n{indented}")
    elif isinstance(section, SequenceNode) and not section.flow_style:
        lines.insert(_line_after(section, lines), indented)
    elif isinstance(section, ScalarNode) and not section.value:
        lines.insert(section.start_mark.line + 1, indented)
    else:
        raise RevguideError(
            ref(display, section), f"'{action}' must be a list of '- ' lines to add to it"
        )
    new = "".join(lines)
    root = compose(new, display)
    assert root is not None
    _pairs(root, display)  # the file still reads
    path.write_text(new, encoding="utf-8")
    return pair_id(a, b)


def remove_decisions(path: Path, ids: set[str]) -> int:
    """Delete the decisions with these ids from ``dedupe.yml`` at ``path``, keeping every other
    line (comments too); returns how many went. The file is checked after the change."""
    display = path.name
    old = path.read_text(encoding="utf-8")
    root = compose(old, display)
    lines = old.splitlines(keepends=True)
    spans = []
    for key, section in mapping(root, display, "dedupe.yml") if root is not None else ():
        if not isinstance(section, SequenceNode) or section.flow_style:
            continue  # "merge:" with nothing under it, or a one-line [...] list: left as written
        for entry in section.value:
            if pair_id(*_pair_texts(entry, display, str(key.value))) in ids:
                # To the end of its last value: a block entry's own end is the next entry's line.
                last = entry.value[-1][1] if isinstance(entry, MappingNode) else entry
                spans.append((entry.start_mark.line, last.end_mark.line + 1))
    for start, stop in sorted(spans, reverse=True):
        del lines[start:stop]
    new = "".join(lines)
    check = compose(new, display)
    if check is not None:
        _pairs(check, display)  # the file still reads
    path.write_text(new, encoding="utf-8")
    return len(spans)


def _line_after(section: SequenceNode, lines: list[str]) -> int:
    """The line index just after a block list's last entry (before comments and blank lines
    that follow it)."""
    end = section.end_mark.line + (1 if section.end_mark.column else 0)
    while end > 0 and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")):
        end -= 1
    return end


def overrides_from(pairs: list[OverridePair]) -> Overrides:
    """The `Overrides` the pairs describe."""
    return Overrides(
        keep_apart=frozenset(p.keys for p in pairs if p.action == "keep_apart"),
        merge=frozenset(p.keys for p in pairs if p.action == "merge"),
    )


LINT_FILE = "lint.yml"


@dataclass(frozen=True)
class Acceptance:
    """An entry of ``lint.yml``."""

    code: str
    """Finding code."""
    file: str
    """File name inside content_src (any line), or ``name:line``."""
    reason: str
    """Why it is fine."""


def load_acceptances(path: Path, display: str) -> list[Acceptance]:
    """Entries of ``lint.yml`` (`RevguideError` with the line when malformed)."""
    root = load(path, display)
    if root is None:
        return []
    accepted = []
    for key, value in mapping(root, display, "lint.yml"):
        if key.value != "accept":
            raise RevguideError(ref(display, key), "lint.yml has one section, 'accept'")
        for entry in sequence(value, display, "accept"):
            fields = {str(k.value): v for k, v in mapping(entry, display, "each accepted finding")}
            missing = [f for f in ("code", "file", "reason") if f not in fields]
            if missing:
                raise RevguideError(ref(display, entry), f"needs {', '.join(missing)}")
            accepted.append(
                Acceptance(*(text(fields[f], display, f) for f in ("code", "file", "reason")))
            )
    return accepted
