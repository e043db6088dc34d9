"""The operations a package's fake checks requests against: a compact JSON copy of the prepared spec.

Written as `<package>/_fake_spec.json` for every package with the `fake` capability and read by the runtime's
`_fake_spec.py` (through importlib.resources, when a fake first answers). Parameters, request bodies and
responses are inlined; schemas keep their `#/components/schemas/...` references, which resolve in the same
document. Descriptions and notes are dropped: the fake needs what a request may be, not what it means.
"""

from __future__ import annotations

import json
from typing import Any

from generator import openapi
from generator.config import Service

FILE_NAME = "_fake_spec.json"
# Keys of a schema object that only describe it.
_PROSE = ("description", "title", "summary")


def _compact(schema: Any) -> Any:
    """The schema without prose; property names are kept whatever they are called."""
    if isinstance(schema, list):
        return [_compact(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    compact: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _PROSE and isinstance(value, str) or key.startswith("x-"):
            continue
        if key in ("properties", "$defs", "patternProperties") and isinstance(value, dict):
            compact[key] = {name: _compact(sub) for name, sub in value.items()}
        elif key in ("examples", "example", "default", "enum", "const"):
            compact[key] = value  # instances, not schemas
        else:
            compact[key] = _compact(value)
    return compact


def _example(spec: dict[str, Any], media: dict[str, Any]) -> tuple[bool, Any]:
    if "example" in media:
        return True, media["example"]
    examples = media.get("examples")
    if isinstance(examples, dict) and examples:
        return True, openapi.resolve(spec, next(iter(examples.values()))).get("value")
    return False, None


def _parameter(spec: dict[str, Any], parameter: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = {
        "in": parameter["in"],
        "name": parameter["name"],
        "required": bool(parameter.get("required") or parameter["in"] == "path"),
        "schema": _compact(parameter.get("schema", {})),
    }
    for key in ("style", "explode"):
        if key in parameter:
            found[key] = parameter[key]
    return found


def _body(spec: dict[str, Any], request_body: dict[str, Any]) -> dict[str, Any]:
    body = openapi.resolve(spec, request_body)
    return {
        "required": bool(body.get("required")),
        "content": {media: _compact(value.get("schema", {})) for media, value in body.get("content", {}).items()},
    }


def _response(spec: dict[str, Any], response: dict[str, Any]) -> dict[str, Any]:
    resolved = openapi.resolve(spec, response)
    content = {}
    for media, value in (resolved.get("content") or {}).items():
        entry: dict[str, Any] = {"schema": _compact(value.get("schema", {}))}
        found, example = _example(spec, value)
        if found:
            entry["example"] = example
        content[media] = entry
    return {"content": content}


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for method, path, operation, item in openapi.operations(spec):
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for parameter in openapi.parameters(spec, operation, item):  # the operation's win over the path item's
            merged[(parameter["in"], parameter["name"])] = parameter
        entry: dict[str, Any] = {
            "method": method,
            "path": path,
            "operationId": operation.get("operationId", ""),
            "parameters": [_parameter(spec, p) for p in merged.values()],
            "responses": {code: _response(spec, r) for code, r in operation.get("responses", {}).items()},
            "security": operation.get("security", spec.get("security", [])),
        }
        if "requestBody" in operation:
            entry["requestBody"] = _body(spec, operation["requestBody"])
        found.append(entry)
    return found


def _schemes(spec: dict[str, Any]) -> dict[str, Any]:
    schemes = spec.get("components", {}).get("securitySchemes", {})
    keep = ("type", "scheme", "in", "name")
    return {name: {k: v for k, v in scheme.items() if k in keep} for name, scheme in schemes.items()}


def fake_spec(service: Service, prepared: dict[str, Any]) -> dict[str, Any]:
    """The document as the runtime reads it; the marker key says where it comes from."""
    return {
        "x-generated": (
            f"Generated from {service.spec_path} (prepared as build/prepared/{service.name}.json) by"
            " generator/fake_spec.py. Do not edit by hand: change generator/ and run `make generate`."
        ),
        "operations": _operations(prepared),
        "securitySchemes": _schemes(prepared),
        "components": {"schemas": _compact(prepared.get("components", {}).get("schemas", {}))},
    }


def render(service: Service, prepared: dict[str, Any]) -> str:
    """One operation or schema per line: small, and a spec change shows as a readable diff."""
    document = fake_spec(service, prepared)
    lines = ["{", f' "x-generated": {json.dumps(document["x-generated"])},', ' "operations": [']
    operations = document["operations"]
    lines += [
        f"  {json.dumps(op, separators=(',', ':'))}{',' if i < len(operations) - 1 else ''}"
        for i, op in enumerate(operations)
    ]
    lines += [" ],", f' "securitySchemes": {json.dumps(document["securitySchemes"], separators=(",", ":"))},']
    schemas = document["components"]["schemas"]
    lines.append(' "components": {"schemas": {')
    lines += [
        f"  {json.dumps(name)}: {json.dumps(schema, separators=(',', ':'))}{',' if i < len(schemas) - 1 else ''}"
        for i, (name, schema) in enumerate(schemas.items())
    ]
    lines += [" }}", "}", ""]
    text = "\n".join(lines)
    if json.loads(text) != document:  # the hand-laid lines must still be exactly the document
        raise AssertionError("fake spec rendering lost or changed content")
    return text
