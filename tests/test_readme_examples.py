"""The code in the READMEs compiles and everything it imports exists."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest
from conftest import ROOT, SERVICES

READMES = [ROOT / "README.md"] + [ROOT / "clients" / s.project_name / "README.md" for s in SERVICES.values()]
BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def blocks(readme: Path) -> list[str]:
    found = BLOCK.findall(readme.read_text(encoding="utf-8"))
    assert found, f"{readme} has no python examples"
    return found


@pytest.mark.parametrize("readme", READMES, ids=lambda p: p.parent.name)
def test_examples_compile_and_their_imports_resolve(readme: Path) -> None:
    for code in blocks(readme):
        tree = ast.parse(code)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                module = importlib.import_module(node.module)
                for alias in node.names:
                    if not hasattr(module, alias.name):
                        importlib.import_module(f"{node.module}.{alias.name}")  # a submodule, e.g. an operation


@pytest.mark.parametrize("readme", READMES, ids=lambda p: p.parent.name)
def test_operation_calls_use_existing_functions_and_arguments(readme: Path) -> None:
    """`op.sync(client=..., arg=...)`: the operation module exists and takes those keyword arguments."""
    import inspect

    for code in blocks(readme):
        tree = ast.parse(code)
        operations = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and ".api." in node.module:
                for alias in node.names:
                    operations[alias.asname or alias.name] = importlib.import_module(f"{node.module}.{alias.name}")
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in operations
            ):
                function = getattr(operations[node.func.value.id], node.func.attr)
                parameters = inspect.signature(function).parameters
                for keyword in node.keywords:
                    assert keyword.arg in parameters, f"{readme.name}: {node.func.attr}() has no argument {keyword.arg}"
