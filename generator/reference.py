"""What a reader of the reference needs to know about each resource method, worked out from the bound resource
tree (``facade.template_data``'s ``facade_resources``, the data the resources template renders).

Pure functions: signatures as the generated methods spell them, return types, and the errors a call raises.
The package's ``api.md`` (rendered by the generator) and the documentation site's reference pages both use them,
and a test compares every signature with the generated classes, so the three cannot disagree.
"""

from __future__ import annotations

from typing import Any

from generator import openapi
from generator.runtime.errors import error_class_for

ENVELOPE_TYPES = {"list": "builtins.list[JsonObject]", "object": "JsonObject", "value": "JsonValue"}


def display(type_text: str) -> str:
    """A type as a reader writes it: ``builtins.list`` is spelled out only inside the resource classes."""
    return type_text.replace("builtins.", "")


def return_type(m: dict[str, Any]) -> str:
    """What the plain method returns (a pager's items where it pages)."""
    if m["pager"]:
        return "dict[str, str]" if m["rows"] else str(m["page_item"])
    if m["data"] in ENVELOPE_TYPES:
        return ENVELOPE_TYPES[m["data"]]
    if m["data"] and m["data"] != "file":
        return str(m["data"])
    if m["rows_result"]:
        return str(m["types"][0]).replace("RowInsert", "Row").replace("Row", "dict[str, str]")
    if m["types"]:
        return " | ".join(m["types"]) + (" | None" if m["allows_none"] else "")
    return "None"


def page_type(m: dict[str, Any]) -> str:
    return str(m["types"][0])


def walked_page(m: dict[str, Any]) -> str:
    """The page type a pager walks: a rows pager's own page class, else the operation's page model."""
    return str(m["rows_page"]["class_name"]) if m.get("rows_page") else page_type(m)


def method_type(m: dict[str, Any], *, is_async: bool = False, raw: bool = False) -> str:
    """The annotated return type of the method (sync or async, plain or under ``with_raw_response``)."""
    if m["pager"] and not raw:
        return f"{'AsyncPager' if is_async else 'Pager'}[{return_type(m)}, {walked_page(m)}]"
    if m["pager"]:
        return f"RawResponse[{page_type(m)}]"
    if raw:
        return f"RawResponse[{return_type(m)}]"
    return return_type(m)


def variants(m: dict[str, Any]) -> list[str]:
    """The public forms of the method: a model body can be passed whole or as keyword arguments (two overloads)."""
    return ["model", "fields"] if m["body"] and m["body"]["kind"] == "model" else ["plain"]


def parameters(m: dict[str, Any], variant: str) -> list[str]:
    """The parameters after ``self``, as the generated method declares them for that variant."""
    body = m["body"]
    kind = body["kind"] if body else None
    parts = [f"{a['name']}: {a['type']}" for a in m["positional"]]
    if kind == "row":
        parts.append("row: Mapping[str, str]")
    elif kind == "rows_many":
        parts.append("rows: Iterable[Mapping[str, str]]")
    elif kind == "plain":
        parts.append(f"{body['name']}: {body['type']}")
    elif kind == "model" and variant == "model":
        parts.append(f"body: {body['type']}")
    if m["positional"] or body:
        parts.append("/")
    fields = body["fields"] if kind == "model" and variant == "fields" else []
    if m["keywords"] or fields:
        parts.append("*")
    for k in m["keywords"]:
        parts.append(f"{k['name']}: {k['type']}" + (f" = {k['default']}" if k["default"] is not None else ""))
    parts += [f"{f['name']}: {f['type']}" for f in fields if f["required"]]
    parts += [f"{f['name']}: {f['type']} = UNSET" for f in fields if not f["required"]]
    return parts


def definition(m: dict[str, Any], variant: str, *, is_async: bool = False) -> str:
    """``def name(self, ...) -> T`` exactly as in the resource class (for the check against the generated code)."""
    prefix = "async def" if is_async and not m["pager"] else "def"
    params = ", ".join(["self", *parameters(m, variant)])
    return f"{prefix} {m['name']}({params}) -> {method_type(m, is_async=is_async)}"


def call(m: dict[str, Any], variant: str, receiver: str) -> str:
    """The method as a user calls it: ``qrs.data_connections.get(id: str, /) -> DataConnection``."""
    params = parameters(m, variant)
    if params and params[0] == "/":  # nothing positional left in this variant
        params = params[1:]
    return display(f"{receiver}.{m['name']}({', '.join(params)}) -> {method_type(m)}")


def arguments(m: dict[str, Any]) -> list[dict[str, str]]:
    """Every argument with where it goes (path, query, header, body) and its documentation."""
    rows = [
        {"name": a["name"], "type": a["type"], "where": "path" if a["in_path"] else "query", "doc": a["doc"]}
        for a in m["positional"]
    ]
    body = m["body"]
    if body and body["kind"] == "row":
        rows.append({"name": "row", "type": "Mapping[str, str]", "where": "body", "doc": "column name -> value"})
    elif body and body["kind"] == "rows_many":
        rows.append(
            {"name": "rows", "type": "Iterable[Mapping[str, str]]", "where": "body", "doc": "column name -> value"}
        )
    elif body and body["kind"] == "plain":
        rows.append({"name": body["name"], "type": body["type"], "where": "body", "doc": body["doc"]})
    elif body and body["kind"] == "model":
        rows.append(
            {"name": "body", "type": body["type"], "where": "body", "doc": "the whole body, or its fields below"}
        )
        for f in body["fields"]:
            doc = ("required. " if f["required"] else "") + f["doc"]
            rows.append({"name": f["name"], "type": f["type"], "where": "body field", "doc": doc.strip()})
    for k in m["keywords"]:
        default = "required" if k["default"] is None else f"default `{k['default']}`"
        rows.append({"name": k["name"], "type": k["type"], "where": f"keyword, {default}", "doc": k["doc"]})
    return [{**row, "type": display(row["type"])} for row in rows]


def documented_errors(spec: dict[str, Any]) -> dict[str, list[tuple[int, str]]]:
    """operationId -> the error statuses its spec entry documents, with their descriptions."""
    found: dict[str, list[tuple[int, str]]] = {}
    for _method, _path, operation, _item in openapi.operations(spec):
        statuses = []
        for code, response in operation.get("responses", {}).items():
            if str(code).isdigit() and int(code) >= 400:
                response = openapi.resolve(spec, response)
                statuses.append((int(code), " ".join(str(response.get("description", "")).split())))
        found[operation["operationId"]] = sorted(statuses)
    return found


def raises(m: dict[str, Any], documented: list[tuple[int, str]], *, envelope: bool) -> list[tuple[str, str]]:
    """(exception, when) for every error the method can raise, the spec's documented statuses first."""
    result = [(error_class_for(code).__name__, f"{code}: {text}" if text else str(code)) for code, text in documented]
    other = "any other 4xx/5xx status, after retries"
    if envelope:
        other += "; also an envelope with `isSuccess: false`, even on HTTP 200"
    result.append(("ApiError", other))
    result.append(("UnexpectedResponseError", "a success response that is not the documented type"))
    if m["pager"]:
        result.append(("PageLimitError", "the server keeps answering pages past `max_pages`"))
    result.append(("ApiConnectionError", "the request could not be sent or answered (`ApiTimeoutError` on timeouts)"))
    if m["positional"]:
        result.append(("ValueError", "an empty path argument (before anything is sent)"))
    return result


def models_named(texts: list[str], models: list[str]) -> list[str]:
    """The package's model names that occur in the given signatures, sorted."""
    import re

    words = {word for text in texts for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text)}
    return sorted(words & set(models))


RECEIVERS = {"qrs": "qrs", "qlik_cloud": "cloud", "qalyptus": "qalyptus", "dataplus": "dp"}


def resource_calls(resource: dict[str, Any], receiver: str) -> list[str]:
    """Every public form of every method of a resource, as ``call`` spells it."""
    prefix = f"{receiver}.{resource['attribute']}"
    return [call(m, v, prefix) for m in resource["methods"] for v in variants(m)]
