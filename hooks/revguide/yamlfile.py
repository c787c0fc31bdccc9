"""Load YAML keeping line numbers, so every problem in a registry names ``file:line``.

Values come back as `Node` trees (PyYAML's composer) and are read with the small accessors
below, which raise `RevguideError` with the node's line when the shape is wrong.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .errors import RevguideError
from .model import SourceRef
from .sources import decode


def ref(display: str, node: Node) -> SourceRef:
    """Where ``node`` starts in the file shown as ``display``."""
    return SourceRef(display, node.start_mark.line + 1)


def load(path: Path, display: str) -> Node | None:
    """The document's root node (``None`` for an empty file); bad YAML raises `RevguideError`."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RevguideError(SourceRef(display, 1), f"cannot be read ({exc.strerror})") from None
    text, problem = decode(data, display)
    if text is None:
        assert problem is not None
        raise RevguideError(problem.source, problem.message.removesuffix("; skipped"))
    return compose(text, display)


def compose(text: str, display: str) -> Node | None:
    """Parse YAML text into nodes; bad YAML raises `RevguideError` with its line."""
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        what = exc.problem or exc.context or "invalid YAML"
        raise RevguideError(SourceRef(display, line), f"invalid YAML: {what}") from None
    except yaml.YAMLError as exc:
        raise RevguideError(SourceRef(display, 1), f"invalid YAML: {exc}") from None


def mapping(node: Node, display: str, what: str) -> list[tuple[ScalarNode, Node]]:
    """The key/value pairs of a mapping node with scalar keys."""
    if not isinstance(node, MappingNode):
        raise RevguideError(ref(display, node), f"{what} must be a mapping of 'key: value'")
    pairs = []
    for key, value in node.value:
        if not isinstance(key, ScalarNode):
            raise RevguideError(ref(display, key), f"keys in {what} must be plain text")
        pairs.append((key, value))
    return pairs


def sequence(node: Node, display: str, what: str) -> list[Node]:
    """The entries of a sequence node."""
    if not isinstance(node, SequenceNode):
        raise RevguideError(ref(display, node), f"{what} must be a list ('- item' lines)")
    return list(node.value)


def text(node: Node, display: str, what: str) -> str:
    """A scalar's text, stripped; empty text is an error.

    PyYAML reads a JSON-style escape of a character beyond U+FFFF (``"\\ud83d\\udca1"``) as two
    halves that no file can hold; they are joined into the character (``💡``).
    """
    if not isinstance(node, ScalarNode) or not str(node.value).strip():
        raise RevguideError(ref(display, node), f"{what} must be non-empty text")
    try:
        return str(node.value).strip().encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeDecodeError:
        raise RevguideError(
            ref(display, node), f"{what} has half of a \\u-escaped character; type the character"
        ) from None


def integer(node: Node, display: str, what: str) -> int:
    """A scalar that is a whole number."""
    value = text(node, display, what)
    try:
        return int(value)
    except ValueError:
        raise RevguideError(ref(display, node), f"{what} must be a whole number") from None


def texts(node: Node, display: str, what: str) -> list[tuple[str, SourceRef]]:
    """A list of texts (a single text is accepted as a list of one), each with its place."""
    if isinstance(node, ScalarNode):
        return [(text(node, display, what), ref(display, node))]
    return [
        (text(entry, display, what), ref(display, entry)) for entry in sequence(node, display, what)
    ]
