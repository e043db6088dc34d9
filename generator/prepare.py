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


def _schema_refs(node: Any) -> list[dict[str, Any]]:
    """Every `$ref` holder to a component schema directly under a request body's schema (itself, array items,
    oneOf/anyOf/allOf members), not through other component schemas."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/components/schemas/"):
            found.append(node)
        for key in ("items",):
            found.extend(_schema_refs(node.get(key)))
        for key in ("oneOf", "anyOf", "allOf"):
            for member in node.get(key, []):
                found.extend(_schema_refs(member))
    return found


def response_variants(spec: dict[str, Any], variants: dict[str, list[str]]) -> dict[str, Any]:
    """Fields the server always sets in what it returns (resource ids above all) typed as present in responses.

    `variants` maps a component schema to the properties a response always has. Where request bodies use the
    same schema, they get a copy of the original as `<Schema>Request` (the fields stay optional there, as
    documented: e.g. an id that must be null for new resources), and the schema itself, which every response
    uses, lists the fields as required.
    """
    if not variants:
        return spec
    prepared = json.loads(json.dumps(spec))  # not deepcopy: nodes shared by reference must come apart
    schemas = prepared.get("components", {}).get("schemas", {})
    for name, fields in variants.items():
        schema = schemas.get(name)
        if schema is None:
            raise ValueError(f"response_variants: no component schema {name!r}")
        missing = sorted(set(fields) - set(schema.get("properties", {})))
        if missing:
            raise ValueError(f"response_variants: {name} has no properties {missing}")
        target = f"#/components/schemas/{name}"
        holders = []
        for path_item in prepared["paths"].values():
            for method in HTTP_METHODS:
                body = path_item.get(method, {}).get("requestBody", {})
                for media in body.get("content", {}).values():
                    holders.extend(h for h in _schema_refs(media.get("schema")) if h["$ref"] == target)
        if holders:
            request_name = f"{name}Request"
            if request_name in schemas:
                raise ValueError(f"response_variants: {request_name} exists already")
            request_schema = copy.deepcopy(schema)
            request_schema["description"] = (
                f"{schema.get('description', name).rstrip('.')}. As sent in a request (the spec's {name})."
            )
            schemas[request_name] = request_schema
            for holder in holders:
                holder["$ref"] = f"#/components/schemas/{request_name}"
        schema["required"] = list(dict.fromkeys([*schema.get("required", []), *fields]))
    return prepared


def prepare(spec: dict[str, Any], steps: dict[str, Any]) -> dict[str, Any]:
    """Apply the preparation steps named in a service config (`prepare:` mapping)."""
    known = {
        "remove_query_parameters": remove_query_parameters,
        "describe_parameter_schemas": describe_parameter_schemas,
        "response_variants": response_variants,
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
