"""Print the import graph of hooks/revguide/: its depth, its longest chain and any cycle.

    python scripts/import_graph.py            # summary
    python scripts/import_graph.py --sizes    # also lines per module

Depth counts modules on the longest chain of package-internal imports (a module that imports
nothing of the package has depth 1). Imports inside functions count too: they are still edges.
"""

from __future__ import annotations

import ast
import sys
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "hooks" / "revguide"


def edges() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.glob("*.py")):
        name = path.stem
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level == 1 and node.module:
                    targets.add(node.module.split(".")[0])
                elif node.level == 1:
                    targets.update(alias.name for alias in node.names)
                elif node.module and node.module.startswith("revguide."):
                    targets.add(node.module.split(".")[1])
                elif node.module == "revguide":
                    targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("revguide."):
                        targets.add(alias.name.split(".")[1])
        graph[name] = {t for t in targets if (PACKAGE / f"{t}.py").exists() and t != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    found: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                found.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*stack, nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return found


def longest(graph: dict[str, set[str]]) -> list[str]:
    @cache
    def chain(node: str) -> tuple[str, ...]:
        best: tuple[str, ...] = ()
        for nxt in graph[node]:
            candidate = chain(nxt)
            if len(candidate) > len(best) or (len(candidate) == len(best) and candidate < best):
                best = candidate
        return (node, *best)

    chains: list[tuple[str, ...]] = [chain(n) for n in sorted(graph)]
    chains.sort(key=len)  # stable: of the longest, the last module by name
    return list(chains[-1])


def main() -> int:
    graph = edges()
    loops = cycles(graph)
    if loops:
        for loop in loops:
            print("cycle:", " -> ".join(loop))
        return 1
    path = longest(graph)
    print(f"modules: {len(graph)}  depth: {len(path)}")
    print("longest chain:", " -> ".join(path))
    if "--sizes" in sys.argv:
        for path_ in sorted(PACKAGE.glob("*.py")):
            print(f"{sum(1 for _ in path_.open(encoding='utf-8')):6d}  {path_.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
