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


#: Deeper nesting than any editor file needs; PyYAML's composer recurses once per level and
#: would end in a RecursionError (a traceback, no site) a few hundred levels down.
MAX_DEPTH = 20
_OPEN = (
    yaml.BlockMappingStartToken,
    yaml.BlockSequenceStartToken,
    yaml.FlowMappingStartToken,
    yaml.FlowSequenceStartToken,
)
_CLOSE = (yaml.BlockEndToken, yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)


def _check_depth(text: str, display: str) -> None:
    """Raise `RevguideError` at the first line nested deeper than `MAX_DEPTH`. The scanner
    reads tokens without recursion, so this is safe on any input."""
    depth = 0
    for token in yaml.scan(text, Loader=yaml.SafeLoader):
        if isinstance(token, _OPEN):
            depth += 1
            if depth > MAX_DEPTH:
                raise RevguideError(
                    SourceRef(display, token.start_mark.line + 1),
                    f"nested more than {MAX_DEPTH} levels deep; editor files need only a few",
                )
        elif isinstance(token, _CLOSE):
            depth -= 1


def _check_keys(root: Node | None, display: str) -> None:
    """Raise `RevguideError` for a key given twice in one mapping (YAML would keep the last
    silently, losing what the first said)."""
    stack = [root] if root is not None else []
    visited: set[int] = set()  # an alias shares its node: visit each node once
    while stack:
        node = stack.pop()
        if id(node) in visited:
            continue
        visited.add(id(node))
        if isinstance(node, MappingNode):
            lines: dict[str, int] = {}
            for key, value in node.value:
                if isinstance(key, ScalarNode):
                    first = lines.get(str(key.value))
                    if first is not None:
                        raise RevguideError(
                            ref(display, key),
                            f"'{key.value}' is given twice (first on line {first}); keep one",
                        )
                    lines[str(key.value)] = key.start_mark.line + 1
                stack += (key, value)
        elif isinstance(node, SequenceNode):
            stack += node.value


def compose(text: str, display: str) -> Node | None:
    """Parse YAML text into nodes; bad YAML, nesting deeper than `MAX_DEPTH` and a key given
    twice raise `RevguideError` with the line."""
    try:
        _check_depth(text, display)
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        _check_keys(root, display)
        return root
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
