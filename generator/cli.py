"""The command table of a package's command-line tool, from the same resource tree as the resource clients.

Pure data for the templates under templates/package/ (cli.py, _commands/): one group per resource
(`data_connections` -> `data-connections`), one command per method (`list_full` -> `list-full`), each parameter
with its type, help text and how the resource method takes it, and the request body with the schema the tool
validates it against before sending. Types come from the spec (the document as the generator read it).
"""

from __future__ import annotations

import re
from typing import Any

from generator import facade

# Options every command has (generator/runtime/_cli.py); an API parameter may not take their names.
RESERVED = {
    "profile", "config", "output", "fields", "timeout", "max-retries", "header", "dry-run", "verbose", "debug",
    "max-items", "to", "json", "set", "help",
}  # fmt: skip
_FORMATS = {"uuid": "uuid", "date-time": "datetime", "date": "date"}
_TYPES = {"integer": "int", "number": "float", "boolean": "bool"}


def _schema_type(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    """type (str/int/float/bool/uuid/datetime/date), multiple, choices of a parameter schema."""
    schema = facade._resolve(spec, schema or {})
    for combinator in ("anyOf", "oneOf"):
        options = [facade._resolve(spec, s) for s in schema.get(combinator, [])]
        options = [s for s in options if s.get("type") != "null"]
        if options:
            schema = options[0]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "array":
        inner = _schema_type(spec, schema.get("items"))
        return {**inner, "multiple": True}
    choices = [str(v) for v in schema.get("enum", []) if v is not None]
    if kind == "string":
        return {"type": _FORMATS.get(schema.get("format", ""), "str"), "multiple": False, "choices": choices}
    return {"type": _TYPES.get(kind or "", "str"), "multiple": False, "choices": choices}


def _field_type(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    """A body field's JSON kind for validation: string/integer/number/boolean/array/object/uuid/date-time/any."""
    schema = facade._resolve(spec, schema or {})
    nullable = False
    for combinator in ("anyOf", "oneOf"):
        options = [facade._resolve(spec, s) for s in schema.get(combinator, [])]
        nullable = nullable or any(s.get("type") == "null" for s in options)
        options = [s for s in options if s.get("type") != "null"]
        if len(options) == 1:
            schema = options[0]
        elif options:
            return {"type": "any", "nullable": True}
    kind = schema.get("type")
    if isinstance(kind, list):
        nullable = nullable or "null" in kind
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    if kind is None and "properties" in schema:
        kind = "object"
    if kind == "string" and schema.get("format") in ("uuid", "date-time", "date"):
        kind = schema["format"]
    found: dict[str, Any] = {"type": kind or "any", "nullable": nullable or bool(schema.get("nullable"))}
    if schema.get("enum"):
        found["choices"] = [v for v in schema["enum"] if v is not None]
    return found


def _operation(spec: dict[str, Any], method: str, path: str) -> tuple[dict[str, Any], dict[str, Any]]:
    item = spec["paths"][path]
    return item, item[method.lower()]


def _spec_parameters(spec: dict[str, Any], item: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    found = {}
    for parameter in item.get("parameters", []) + operation.get("parameters", []):
        parameter = facade._resolve(spec, parameter)
        found[parameter["name"]] = parameter
    return found


def _help(text: str) -> str:
    return " ".join(str(text or "").split())


def _untrusted(value: Any) -> str:
    return str(value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value)


def command_name(name: str) -> str:
    return name.replace("_", "-")


def _param(
    spec: dict[str, Any],
    parameters: dict[str, Any],
    bound: dict[str, Any],
    json_name: str,
    call: str,
    where: str,
    as_options: list[str],
) -> dict[str, Any]:
    parameter = parameters[json_name]
    kind = _schema_type(spec, parameter.get("schema"))
    # The naming table's `positional` names (Data+'s table) are one required option everywhere, path or query.
    argument = parameter.get("in") == "path" and bound["name"] not in as_options
    flag = command_name(bound["name"])
    if not argument and flag in RESERVED:
        raise ValueError(f"{where}: parameter {json_name!r} would be --{flag}, an option of every command")
    return {
        "name": bound["name"],
        "python": bound["python"],
        "dest": f"p_{bound['name']}",
        "flag": bound["name"].upper() if argument else f"--{flag}",
        "kind": "argument" if argument else "option",
        "call": call,
        "required": bool(parameter.get("required")) or parameter.get("in") == "path",
        "help": _help(parameter.get("description") or bound.get("doc")),
        **kind,
    }


def _body(spec: dict[str, Any], operation: dict[str, Any], bound: dict[str, Any], endpoint: Any) -> dict[str, Any]:
    content = facade._resolve(spec, operation.get("requestBody", {})).get("content", {})
    media, holder = next(iter(content.items()))
    schema = facade._resolve(spec, holder.get("schema", {}))
    body = bound["body"]
    if body["kind"] in ("row", "rows_many"):
        return {"kind": body["kind"], "fields": []}
    if body["kind"] == "plain":
        items = facade._resolve(spec, schema.get("items", {}))
        item_ref = facade._ref_name(schema.get("items", {}))
        item = f"model:{item_ref}" if item_ref else ("uuid" if items.get("format") == "uuid" else "any")
        if item_ref:
            item = f"model:{endpoint.bodies[0].prop.inner_property.class_info.name}"
        return {"kind": "list", "item": item}
    required = set(schema.get("required", []))
    fields = []
    for json_name, prop in schema.get("properties", {}).items():
        field = {"name": json_name, "required": json_name in required, **_field_type(spec, prop)}
        fields.append(field)
    if "multipart" in media:
        files = [f for f in fields if facade._resolve(spec, schema["properties"][f["name"]]).get("format") == "binary"]
        return {"kind": "files", "files": [f["name"] for f in files], "fields": [f for f in fields if f not in files]}
    path_names = {f["name"]: f["python"] for f in body.get("from_path", [])}
    from_path = [(f["name"], f["name"]) for f in fields if f["name"] in path_names]
    return {"kind": "model", "model": body["model"], "fields": fields, "from_path": from_path}


def commands(
    spec: dict[str, Any], resource: dict[str, Any], endpoints: dict[Any, Any], as_options: list[str]
) -> list[dict[str, Any]]:
    """The commands of one bound resource (facade.bind output)."""
    found = []
    for method in resource["methods"]:
        where = f"{resource['attribute']}.{method['name']} ({method['operation_id']})"
        item, operation = _operation(spec, method["http_method"], method["path"])
        parameters = _spec_parameters(spec, item, operation)
        endpoint = endpoints[facade.endpoint_key(method["http_method"], method["path"])]
        json_names = {
            p.python_name: _untrusted(p.name)
            for p in [*endpoint.path_parameters, *endpoint.query_parameters, *endpoint.header_parameters]
        }
        params = [
            _param(spec, parameters, a, json_names[a["python"]], "positional", where, as_options)
            for a in method["positional"]
        ]
        params += [
            _param(spec, parameters, k, json_names[k["python"]], "keyword", where, as_options)
            for k in method["keywords"]
        ]
        body = _body(spec, operation, method, endpoint) if method["body"] else None
        files = []
        if body and body["kind"] == "files":
            props = endpoint.bodies[0].prop
            by_json = {_untrusted(p.name): p for p in [*props.required_properties, *props.optional_properties]}
            for name in body.pop("files"):
                python = facade.argument_name(by_json[name].python_name, {})
                files.append(
                    {
                        "name": python,
                        "dest": f"f_{python}",
                        "flag": f"--{command_name(python)}",
                        "required": bool(by_json[name].required),
                        "help": "file to upload",
                    }
                )
        result_list = any(t.startswith("builtins.list[") for t in method["types"]) or method["data"] == "list"
        found.append(
            {
                "name": command_name(method["name"]),
                "method": method["name"],
                "operation": method["operation_id"],
                "http": f"{method['http_method']} {method['path']}",
                "summary": _help(method["summary"]) or method["operation_id"],
                "description": _help(method["description"]),
                "params": params,
                "files": files,
                "body": body,
                "pager": method["pager"],
                "list": bool(result_list and not method["pager"]),
                "file": "File" in method["checks"] or method["data"] == "file",
                "bulk": bool(body and body["kind"] == "rows_many"),
                "module": f"api.{method['module']}",
            }
        )
    return found


def compact(value: Any) -> Any:
    """The table without the keys holding a default (False, None, "", []): shorter files, same meaning."""
    if isinstance(value, dict):
        return {k: compact(v) for k, v in value.items() if k == "params" or v not in (False, None, "", [], ())}
    if isinstance(value, (list, tuple)):
        return [compact(v) for v in value]
    return value


def template_data(
    spec: dict[str, Any],
    service_cli: dict[str, Any],
    facade_data: dict[str, Any],
    openapi: Any,
    table_positional: list[str],
) -> dict[str, Any]:
    """Globals for the cli templates: the tool's name and each resource's command table."""
    endpoints = {
        facade.endpoint_key(endpoint.method, endpoint.path): endpoint
        for collection in openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    }
    resources = []
    as_options = list(table_positional)
    streams = dict(service_cli.get("download_to", {}))
    modules = {m["operation_id"]: m for r in facade_data["facade_resources"] for m in r["methods"]}
    for resource in facade_data["facade_resources"]:
        table = commands(spec, resource, endpoints, as_options)
        for command in table:
            if command["operation"] in streams:  # --to FILE streams the file of another operation
                target = modules[streams.pop(command["operation"])]
                command["stream_via"] = {
                    "module": f"api.{target['module']}",
                    "operation": target["operation_id"],
                    "params": [a["python"] for a in target["positional"] + target["keywords"]],
                }
        names = ", ".join(c["name"] for c in table)
        resources.append(
            {
                "command": command_name(resource["attribute"]),
                "attribute": resource["attribute"],
                "help": re.sub(r"_", " ", resource["attribute"]).capitalize(),
                "short": names if len(names) <= 60 else names[:57].rsplit(", ", 1)[0] + ", ...",
                "commands": compact(table),
            }
        )
    if streams:
        raise ValueError(f"cli.download_to: unknown operationId(s) {sorted(streams)}")
    return {"cli_command": service_cli["command"], "cli_resources": resources}
