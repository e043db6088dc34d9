"""No import cycle among the runtime modules, in generator/runtime and in each package's top-level modules.

Every import of a sibling module counts: at the top, inside a function (a lazy import still ties the two
modules together) and under ``if TYPE_CHECKING:`` (the type checker and the drawings of the package follow it).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import ROOT, SERVICES

from generator.config import RUNTIME_DIR


def sibling_imports(path: Path, siblings: set[str]) -> set[str]:
    """The sibling modules `path` imports anywhere in its body (relative imports of level 1)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:  # from .x import a / from .x.y import a
                found.add(node.module.partition(".")[0])
            else:  # from . import x, y
                found.update(alias.name for alias in node.names)
    return found & siblings


def import_graph(directory: Path) -> dict[str, set[str]]:
    modules = {path.stem: path for path in directory.glob("*.py")}
    siblings = set(modules) | {p.name for p in directory.iterdir() if (p / "__init__.py").is_file()}
    return {name: sibling_imports(path, siblings) - {name} for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if target not in graph:
                continue
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


DIRECTORIES = [RUNTIME_DIR] + [
    ROOT / "clients" / service.project_name / service.package_name for service in SERVICES.values()
]


@pytest.mark.parametrize("directory", DIRECTORIES, ids=lambda d: str(d.relative_to(ROOT)))
def test_no_import_cycle(directory: Path) -> None:
    graph = import_graph(directory)
    assert "_runtime" in graph and "_base_client" in graph  # the modules this guards are there
    assert cycles(graph) == []


def test_a_cycle_through_a_lazy_or_type_checking_import_is_found(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("def f():\n    from .b import g\n", encoding="utf-8")
    (tmp_path / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from . import c\n")
    (tmp_path / "c.py").write_text("from .a import f\nfrom . import d\n", encoding="utf-8")
    (tmp_path / "d.py").write_text("import os\n", encoding="utf-8")
    assert cycles(import_graph(tmp_path)) == [["a", "b", "c"]]
