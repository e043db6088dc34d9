"""Reading OpenAPI documents: loading, local `$ref`s, and the operations of a spec."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def load_spec(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        if path.suffix == ".json":
            spec = json.load(handle)
        else:  # libyaml's loader when available: several times faster on the 5,000-line specs
            spec = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(spec, dict) or "paths" not in spec:
        raise ValueError(f"{path} is not an OpenAPI document (no 'paths')")
    return spec


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s (#/components/...) until a node without one."""
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise ValueError(f"unsupported reference {ref!r}: only local '#/...' references are used")
        target: Any = spec
        for part in ref.removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(METHOD, path, operation, path item) for every operation, in document order."""
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield method.upper(), path, item[method], item


def parameters(spec: dict[str, Any], operation: dict[str, Any], path_item: dict[str, Any]) -> list[dict[str, Any]]:
    """The resolved parameters of an operation, path-level ones first."""
    return [resolve(spec, p) for p in path_item.get("parameters", []) + operation.get("parameters", [])]


def schema_name(ref: object) -> str | None:
    """`Foo` for `#/components/schemas/Foo`, else None."""
    prefix = "#/components/schemas/"
    return ref.removeprefix(prefix) if isinstance(ref, str) and ref.startswith(prefix) else None
