"""Spec preparation: derive the copy of a spec that the generator reads.

The files in specs/ stay as documented (the QRS one is the vendor's document as-is). Whatever the
generator needs differently is done here, driven by the service config, never by editing specs/.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from generator.openapi import HTTP_METHODS, resolve


def remove_query_parameters(spec: dict[str, Any], names: list[str]) -> dict[str, Any]:
    """Drop query parameters that the client runtime supplies itself (e.g. the QRS Xrfkey).

    Removed from every operation and path item, and from components when nothing refers to them any more.
    """
    wanted = {name.lower() for name in names}
    prepared = copy.deepcopy(spec)
    removed_refs: set[str] = set()

    def keep(parameter: dict[str, Any]) -> bool:
        resolved = resolve(prepared, parameter)
        if resolved.get("in") == "query" and str(resolved.get("name", "")).lower() in wanted:
            if "$ref" in parameter:
                removed_refs.add(parameter["$ref"])
            return False
        return True

    for path_item in prepared["paths"].values():
        holders = [path_item] + [path_item[m] for m in HTTP_METHODS if m in path_item]
        for holder in holders:
            if "parameters" in holder:
                holder["parameters"] = [p for p in holder["parameters"] if keep(p)]
                if not holder["parameters"]:
                    del holder["parameters"]

    still_used = json.dumps(prepared["paths"])
    for ref in removed_refs:
        if json.dumps(ref) not in still_used:
            del prepared["components"]["parameters"][ref.rsplit("/", 1)[1]]
    return prepared


def describe_parameter_schemas(spec: dict[str, Any], enabled: bool) -> dict[str, Any]:
    """Copy each parameter's description into its schema: the generator documents arguments from the schema only."""
    if not enabled:
        return spec
    prepared = copy.deepcopy(spec)
    parameters = list(prepared.get("components", {}).get("parameters", {}).values())
    for path_item in prepared["paths"].values():
        for holder in [path_item] + [path_item[m] for m in HTTP_METHODS if m in path_item]:
            parameters.extend(p for p in holder.get("parameters", []) if "$ref" not in p)
    for parameter in parameters:
        schema = parameter.get("schema")
        if parameter.get("description") and isinstance(schema, dict) and "$ref" not in schema:
            schema.setdefault("description", parameter["description"])
    return prepared


def prepare(spec: dict[str, Any], steps: dict[str, Any]) -> dict[str, Any]:
    """Apply the preparation steps named in a service config (`prepare:` mapping)."""
    known = {
        "remove_query_parameters": remove_query_parameters,
        "describe_parameter_schemas": describe_parameter_schemas,
    }
    unknown = set(steps) - set(known)
    if unknown:
        raise ValueError(f"unknown preparation step(s): {sorted(unknown)}")
    for name, argument in steps.items():
        spec = known[name](spec, argument)
    return spec


def write_prepared(spec: dict[str, Any], destination: Path) -> None:
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_text(json.dumps(spec, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
