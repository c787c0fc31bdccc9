"""The models-and-frameworks registry, ``content_src/models.yml``, edited by hand::

    - name: Trust Equation
      slug: trust-equation
      aliases: [trust formula]
      summary: >-
        Trust grows with credibility, reliability and intimacy, and shrinks with self-orientation.
      formula: "T = (C + R + I) / S"
      components:
        - name: Credibility
          description: Whether your words can be believed.
      origin: {author: David Maister, Charles Green and Robert Galford, year: 2000,
               work: The Trusted Advisor}
      diagram: |            # optional: a flow or quadrant chart in Mermaid's syntax (`diagrams`)
        flowchart LR
          A[Credibility] --> B[Reliability]

Every problem is a `RevguideError` naming ``content_src/models.yml:<line>``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from yaml.nodes import Node, ScalarNode

from .diagrams import Diagram, DiagramError, parse
from .errors import RevguideError
from .model import Diagnostic, SourceRef
from .names import SAFE_SLUG, slugify
from .yamlfile import load, mapping, ref, sequence, text, texts

MODELS_FILE = "models.yml"
_REQUIRED = ("name", "slug", "summary", "components", "origin")
_OPTIONAL = ("aliases", "formula", "diagram")


@dataclass(frozen=True)
class Component:
    """One part of a model."""

    name: str
    """Its name: ``Credibility``."""
    description: str
    """One sentence."""


@dataclass(frozen=True)
class Origin:
    """Where a model comes from."""

    author: str
    """Author(s)."""
    year: str
    """Year (or period) of publication."""
    work: str | None
    """Title of the work, when known."""


@dataclass(frozen=True)
class Model:
    """A model or framework learners are expected to know."""

    name: str
    """Display name."""
    slug: str
    """Anchor on the models page."""
    aliases: tuple[str, ...]
    """Other names texts use; all of them link to the model."""
    summary: str
    """A few sentences in our own words."""
    components: tuple[Component, ...]
    """Its parts."""
    origin: Origin
    """Author, year, work."""
    source: SourceRef
    """Where the entry starts in ``models.yml``."""
    formula: str | None = None
    """The model as a formula, when it is one (shown exactly as written)."""
    diagram: Diagram | None = None
    """A diagram, when one helps (drawn by `revguide.diagrams`)."""


def _origin(node: Node, display: str, name: str) -> Origin:
    fields = {str(k.value): v for k, v in mapping(node, display, f"origin of {name}")}
    for required in ("author", "year"):
        if required not in fields:
            raise RevguideError(ref(display, node), f"origin of {name} needs '{required}'")
    work = fields.get("work")
    return Origin(
        author=text(fields["author"], display, "author"),
        year=text(fields["year"], display, "year"),
        work=text(work, display, "work") if work is not None else None,
    )


def _slug(node: Node, display: str, name: str, warnings: list[Diagnostic]) -> str:
    """The model's ``slug`` when it is a safe anchor (``[a-z0-9-]``), else one made from its name:
    the slug becomes an ``id`` and a URL fragment, so it can never hold markup."""
    slug = text(node, display, "slug")
    if SAFE_SLUG.fullmatch(slug):
        return slug
    safe = slugify(name)
    warnings.append(
        Diagnostic(
            ref(display, node),
            f"slug of {name} may hold only a-z, 0-9 and single hyphens; using '{safe}'",
        )
    )
    return safe


def _diagram(node: Node, display: str) -> Diagram:
    """The diagram in ``node``; a line outside the subset is an error naming its own line."""
    source = text(node, display, "diagram")
    raw = str(node.value)
    # A block scalar (``diagram: |``) starts on the line after its indicator.
    block = isinstance(node, ScalarNode) and node.style in ("|", ">")
    first = node.start_mark.line + 1 + (1 if block else 0)
    first += len(raw) - len(raw.lstrip("\n"))
    try:
        return parse(source)
    except DiagramError as exc:
        raise RevguideError(SourceRef(display, first + exc.line), exc.message) from None


def _model(node: Node, display: str, warnings: list[Diagnostic]) -> Model:
    fields = dict(mapping(node, display, "each model"))
    by_name = {str(k.value): (k, v) for k, v in fields.items()}
    for key, _ in fields.items():
        if str(key.value) not in (*_REQUIRED, *_OPTIONAL):
            allowed = ", ".join((*_REQUIRED, *_OPTIONAL))
            raise RevguideError(
                ref(display, key), f"unknown field '{key.value}' (allowed: {allowed})"
            )
    for required in _REQUIRED:
        if required not in by_name:
            raise RevguideError(ref(display, node), f"model needs a '{required}' field")
    name = text(by_name["name"][1], display, "name")
    components = []
    for entry in sequence(by_name["components"][1], display, f"components of {name}"):
        parts = {str(k.value): v for k, v in mapping(entry, display, "each component")}
        if "name" not in parts or "description" not in parts:
            raise RevguideError(ref(display, entry), "each component needs name and description")
        components.append(
            Component(
                text(parts["name"], display, "component name"),
                text(parts["description"], display, "component description"),
            )
        )
    formula = by_name.get("formula")
    diagram = by_name.get("diagram")
    aliases = by_name.get("aliases")
    return Model(
        name=name,
        slug=_slug(by_name["slug"][1], display, name, warnings),
        aliases=tuple(t for t, _ in texts(aliases[1], display, "aliases")) if aliases else (),
        summary=text(by_name["summary"][1], display, "summary"),
        components=tuple(components),
        origin=_origin(by_name["origin"][1], display, name),
        source=ref(display, node),
        formula=text(formula[1], display, "formula") if formula else None,
        diagram=_diagram(diagram[1], display) if diagram else None,
    )


def load_models(path: Path, display: str) -> tuple[tuple[Model, ...], tuple[Diagnostic, ...]]:
    """Every model in the registry, validated and sorted by name, and warnings."""
    root = load(path, display)
    if root is None:
        return (), ()
    warnings: list[Diagnostic] = []
    models = [_model(node, display, warnings) for node in sequence(root, display, "models.yml")]
    seen: dict[str, Model] = {}
    for model in models:
        for key in (model.slug, *(a.casefold() for a in (model.name, *model.aliases))):
            other = seen.get(key)
            if other is not None and other is not model:
                raise RevguideError(
                    model.source,
                    f"'{key}' is already used by {other.name} (line {other.source.line}); "
                    "names, aliases and slugs must be unique",
                )
            seen[key] = model
    return tuple(sorted(models, key=lambda m: m.name.casefold())), tuple(warnings)
