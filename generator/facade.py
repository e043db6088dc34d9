"""The resource-oriented layer of a package, worked out from its spec and the service's naming table.

Pure functions: spec dict + naming table (the service config's ``resources:`` mapping) -> data the templates
render into ``resources/`` (a module and classes per resource, methods named after the API's verbs and nouns).

Naming table keys (all optional):

    tags:        {<spec tag>: <resource attribute>}      resource of every operation with that tag
    operations:  {<operationId>: "<resource>.<method>"}  exceptions to the derived resource and method names
    arguments:   {<python argument>: <facade argument>}  e.g. table_name: table (one name everywhere)
    rows:        [<operationId>, ...]                    bodies and results that are table rows: plain mappings
    envelope:    true                                    results come in an {data, isSuccess, ...} envelope
    data:        {<operationId>: list | object | value}  exceptions to the envelope's derived data type

Method names: the usual verbs where the path has the standard shape (list, create, delete_many on the
collection; get, update, patch, delete on the collection + one parameter; count on collection/count), else
the docs' title (the operation's summary) in snake_case without articles and without the resource's noun.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_ARTICLES = {"a", "an", "the"}
_VENDOR_PREFIX = re.compile(r"^Qlik Sense Enterprise\s+")
_LIST_WORDS = re.compile(r"\b(a|the) list of\b", re.IGNORECASE)


@dataclass(frozen=True)
class Method:
    """One facade method: which operation it calls and how its result comes back."""

    name: str
    operation_id: str
    http_method: str
    path: str
    summary: str
    description: str
    path_source: str  # "verified" | "inferred" | "" (not stated: the vendor's own document)
    path_note: str
    pager: str  # "" | "cursor" (links.next.href) | "offset" (offset/limit until total)
    page_item: str  # schema name of the items of a page
    rows: bool  # body and result are table rows, passed as plain mappings
    data: str  # envelope's data: "" (no envelope) | "list" | "object" | "value" | "file"


@dataclass(frozen=True)
class Resource:
    attribute: str  # e.g. data_connections
    class_name: str  # e.g. DataConnections
    methods: list[Method] = field(default_factory=list)


def snake(text: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text))
    return "_".join(word.lower() for word in words)


def pascal(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def resource_attribute(tag: str) -> str:
    """A tag in snake_case plural: 'Data Connection' -> data_connections, 'Tasks' -> tasks."""
    name = snake(tag)
    return name if name.endswith("s") else name + "s"


def argument_name(python_name: str, renames: dict[str, str]) -> str:
    """The facade's name for a generated function's argument: `filter_` -> `filter`, `type_` -> `type`."""
    if python_name in renames:
        return renames[python_name]
    stripped = python_name.rstrip("_")
    if stripped and stripped != python_name and not keyword.iskeyword(stripped) and stripped != "self":
        return stripped
    return python_name


def _noun_words(attribute: str) -> set[str]:
    words = set(attribute.split("_"))
    return words | {w[:-1] for w in words if w.endswith("s")} | {w + "s" for w in words}


def title_name(summary: str, attribute: str) -> str:
    """The docs' title without articles and the resource's noun: 'Duplicate report' -> duplicate."""
    summary = _VENDOR_PREFIX.sub("", summary).split(".")[0]
    nouns = _noun_words(attribute)
    words = [w for w in snake(summary).split("_") if w and w not in _ARTICLES]
    kept = [w for w in words if w not in nouns] or words
    return "_".join(kept)


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def standard_name(http_method: str, path: str, collection: str) -> str | None:
    """list/create/delete_many/get/update/patch/delete/count where the path has the standard shape."""
    segments, base = _segments(path), _segments(collection)
    if segments == base:
        return {"get": "list", "post": "create", "delete": "delete_many"}.get(http_method)
    if segments[: len(base)] != base or len(segments) != len(base) + 1:
        return None
    last = segments[-1]
    if last.startswith("{"):
        return {"get": "get", "put": "update", "patch": "patch", "delete": "delete"}.get(http_method)
    if last == "count" and http_method == "get":
        return "count"
    return None


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return dict(spec.get("components", {}).get("schemas", {}))


def _ref_name(node: Any) -> str | None:
    ref = node.get("$ref") if isinstance(node, dict) else None
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) and ref.startswith("#/components/schemas/") else None


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _query_names(spec: dict[str, Any], path_item: dict[str, Any], operation: dict[str, Any]) -> set[str]:
    parameters = [_resolve(spec, p) for p in path_item.get("parameters", []) + operation.get("parameters", [])]
    return {p["name"] for p in parameters if p.get("in") == "query"}


def pager_of(
    spec: dict[str, Any], http_method: str, path_item: dict[str, Any], operation: dict[str, Any]
) -> tuple[str, str]:
    """("cursor" | "offset" | "", item schema): how a GET's answer pages, from the shape of its 200 body."""
    if http_method != "get":
        return "", ""
    response = _resolve(spec, operation.get("responses", {}).get("200", {}))
    schema = response.get("content", {}).get("application/json", {}).get("schema", {})
    page = _ref_name(schema)
    properties = _schemas(spec).get(page, {}).get("properties", {}) if page else {}
    item = _ref_name(properties.get("data", {}).get("items", {}))
    if not item:
        return "", ""
    if "links" in properties:
        return "cursor", item
    if {"offset", "limit"} <= _query_names(spec, path_item, operation) and "total" in properties:
        return "offset", item
    return "", ""


def _response_kind(spec: dict[str, Any], operation: dict[str, Any]) -> str:
    response = _resolve(spec, operation.get("responses", {}).get("200", {}))
    content = response.get("content", {})
    if content and not any("json" in media for media in content):
        return "file"
    return "json"


def envelope_data(http_method: str, path: str, operation: dict[str, Any], response_kind: str) -> str:
    """How precisely the docs type an envelope's `data`: a list where they say "a list of", an object for one
    resource (a GET ending in a path parameter), any JSON value otherwise. Files are not enveloped."""
    if response_kind == "file":
        return "file"
    text = f"{operation.get('summary', '')} {operation.get('description', '')}"
    if http_method == "get" and _LIST_WORDS.search(text):
        return "list"
    if http_method == "get" and _segments(path)[-1].startswith("{"):
        return "object"
    return "value"


def resource_tree(spec: dict[str, Any], table: dict[str, Any]) -> list[Resource]:
    """The resources of a package and their methods, in spec order; raises ValueError on any name collision."""
    tags: dict[str, str] = dict(table.get("tags", {}))
    exceptions: dict[str, str] = dict(table.get("operations", {}))
    rows = set(table.get("rows", []))
    enveloped = bool(table.get("envelope", False))
    data_overrides: dict[str, str] = dict(table.get("data", {}))
    known_ids: set[str] = set()
    placed: list[tuple[str, str | None, str, str, dict[str, Any], dict[str, Any]]] = []
    for path, item in spec["paths"].items():
        for http_method in HTTP_METHODS:
            operation = item.get(http_method)
            if operation is None:
                continue
            operation_id = operation["operationId"]
            known_ids.add(operation_id)
            tag = (operation.get("tags") or ["default"])[0]
            target = exceptions.get(operation_id)
            attribute, method_name = (target.split(".", 1) if target else (None, None)) if target else (None, None)
            if target and "." not in target:
                raise ValueError(f"naming table: {operation_id}: {target!r} is not '<resource>.<method>'")
            attribute = attribute or tags.get(tag) or resource_attribute(tag)
            placed.append((attribute, method_name, http_method, path, operation, item))
    for name in (*exceptions, *rows, *data_overrides):
        if name not in known_ids:
            raise ValueError(f"naming table: unknown operationId {name!r}")
    collections: dict[str, str] = {}
    for attribute, _, _, path, _, _ in placed:
        current = collections.get(attribute)
        if current is None or (len(_segments(path)), "{" in path) < (len(_segments(current)), "{" in current):
            collections[attribute] = path
    resources: dict[str, Resource] = {}
    for attribute, method_name, http_method, path, operation, item in placed:
        name = (
            method_name
            or standard_name(http_method, path, collections[attribute])
            or title_name(operation.get("summary", operation["operationId"]), attribute)
        )
        pager, page_item = pager_of(spec, http_method, item, operation)
        kind = _response_kind(spec, operation)
        data = ""
        if enveloped:
            data = data_overrides.get(operation["operationId"]) or envelope_data(http_method, path, operation, kind)
        resource = resources.setdefault(attribute, Resource(attribute, pascal(attribute)))
        resource.methods.append(
            Method(
                name=name,
                operation_id=operation["operationId"],
                http_method=http_method.upper(),
                path=path,
                summary=operation.get("summary", ""),
                description=operation.get("description", ""),
                path_source=operation.get("x-path-source", ""),
                path_note=operation.get("x-path-note", ""),
                pager=pager,
                page_item=page_item,
                rows=operation["operationId"] in rows,
                data=data,
            )
        )
    check_names(list(resources.values()))
    return list(resources.values())


def check_names(resources: list[Resource]) -> None:
    """Every method name is a valid identifier, unique within its resource; resource names are unique."""
    seen_resources: set[str] = set()
    for resource in resources:
        if resource.attribute in seen_resources or not resource.attribute.isidentifier():
            raise ValueError(f"resource {resource.attribute!r} is not a unique identifier")
        seen_resources.add(resource.attribute)
        seen: dict[str, str] = {}
        for method in resource.methods:
            if not method.name.isidentifier() or keyword.iskeyword(method.name) or method.name.startswith("_"):
                raise ValueError(f"{resource.attribute}.{method.name} ({method.operation_id}) is not a valid name")
            if method.name == "with_raw_response":
                raise ValueError(f"{resource.attribute}.{method.name}: reserved name")
            if method.name in seen:
                raise ValueError(
                    f"{resource.attribute}.{method.name} would serve both {seen[method.name]} and "
                    f"{method.operation_id}: settle it in the naming table (resources.operations)"
                )
            seen[method.name] = method.operation_id


def routes(resources: list[Resource]) -> dict[str, tuple[str, str]]:
    """operationId -> (METHOD, path) of every method."""
    return {m.operation_id: (m.http_method, m.path) for r in resources for m in r.methods}


# ---------------------------------------------------------------------------------------------- binding


def _type(prop: Any) -> str:
    code = prop.get_type_string()
    text = str(code.as_unembedded_code() if hasattr(code, "as_unembedded_code") else code)
    # Resource classes have a method called `list`: inside them the builtin must be spelled out.
    return re.sub(r"\blist\[", "builtins.list[", text)


_PARSED = {"UuidProperty": ("UUID", "uuid"), "DateTimeProperty": ("datetime.datetime", "datetime"),
           "DateProperty": ("datetime.date", "date")}  # fmt: skip


def _input_base(prop: Any, models: bool, parsed: bool = True) -> tuple[str, str | None]:
    """(annotation, kind) of what an argument accepts, without `| Unset`: the typed value and the str the API
    returns for ids and dates (``parsed``), an enum's literal strings, a model's plain mapping (``models``).
    ``kind`` is the expression handed to ``_facade.accept`` (None: taken as typed)."""
    kind = type(prop).__name__
    base = _type(prop).removesuffix(" | Unset") if not prop.required else _type(prop)
    if kind in _PARSED and parsed:
        typed, name = _PARSED[kind]
        return f"{typed} | str", f'"{name}"'
    if kind == "EnumProperty" and prop.value_type is str:
        literals = ", ".join(f'"{value}"' for value in prop.values.values())
        return f"{prop.class_info.name} | Literal[{literals}]", str(prop.class_info.name)
    if kind == "ModelProperty" and models:
        return f"{prop.class_info.name} | Mapping[str, Any]", str(prop.class_info.name)
    if kind == "ListProperty":
        inner, inner_kind = _input_base(prop.inner_property, models, parsed)
        if inner_kind is not None:
            return f"Sequence[{inner}]", f"[{inner_kind}]"
    if kind == "UnionProperty":
        parts, kinds = [], []
        for inner_prop in prop.inner_properties:
            inner, inner_kind = _input_base(inner_prop, models, parsed)
            parts.append(inner)
            if inner_kind is not None:
                kinds.append(inner_kind)
        if len(kinds) == 1:
            return " | ".join(parts), kinds[0]
    return base, None


def _input(prop: Any, models: bool = True, parsed: bool = True) -> tuple[str, str | None]:
    annotation, kind = _input_base(prop, models, parsed)
    if kind is None:
        return _type(prop), None
    return (annotation if prop.required else f"{annotation} | Unset"), kind


def field_converter(prop: Any) -> dict[str, str] | None:
    """How a model's constructor takes a field of an enum or model type (or a list of them), for the model
    template: what it accepts, the declared type, the attrs default, the kind handed to ``_inputs.convert`` and
    the values it passes as they are (None, UNSET). None for every other field (ids and dates are taken as typed
    there)."""
    nullable = type(prop).__name__ == "UnionProperty"
    if nullable and sum(type(inner).__name__ != "NoneProperty" for inner in prop.inner_properties) != 1:
        return None  # a union of several types: taken as typed
    accepts, kind = _input(prop, parsed=False)
    if kind is None:
        return None
    default = prop.default.python_code.as_unembedded_code() if prop.default is not None else None
    passes = [*(["value is None"] if nullable else []), *([] if prop.required else ["isinstance(value, Unset)"])]
    return {
        "accepts": accepts.replace("builtins.list[", "list["),
        "type": str(prop.get_type_string().as_unembedded_code()),
        "default": default or ("UNSET" if not prop.required else ""),
        "kind": kind,
        "passes": " or ".join(passes),
    }


def _check_class(prop: Any) -> str | None:
    """The runtime class an isinstance check needs for a parsed success value (None: no check possible)."""
    kind = type(prop).__name__
    if kind == "ModelProperty":
        return str(prop.class_info.name)
    if kind == "ListProperty":
        return "list"
    if kind == "FileProperty":
        return "File"
    return {"StringProperty": "str", "IntProperty": "int", "FloatProperty": "float", "BooleanProperty": "bool"}.get(
        kind
    )


def _success_responses(endpoint: Any) -> list[Any]:
    return [r for r in endpoint.responses.patterns if 200 <= r.status_code.range[0] <= 299]


def _text(value: Any) -> str:
    if hasattr(value, "get_untrusted_value"):
        value = value.get_untrusted_value()
    return " ".join(str(value or "").split())


def bind(
    resources: list[Resource],
    endpoints: dict[tuple[str, str], Any],
    renames: dict[str, str],
    positional: list[str],
    known_models: set[str] | None = None,
) -> list[dict[str, Any]]:
    """Join the resource tree with the generator's parsed endpoints (by METHOD and path) into plain template data:
    argument names and types, the body, the success type and how to check it, and the docstring texts."""
    known_models = known_models or set()
    bound = []
    for resource in resources:
        methods = []
        for method in resource.methods:
            endpoint = endpoints[endpoint_key(method.http_method, method.path)]
            methods.append(_bind_method(method, endpoint, renames, positional, resource.attribute, known_models))
        bound.append({"attribute": resource.attribute, "class_name": resource.class_name, "methods": methods})
    return bound


def _bind_method(
    method: Method,
    endpoint: Any,
    renames: dict[str, str],
    positional_names: list[str],
    attribute: str,
    known_models: set[str],
) -> dict[str, Any]:
    where = f"{attribute}.{method.name} ({method.operation_id})"
    positional = [
        {
            "name": argument_name(p.python_name, renames),
            "python": p.python_name,
            "type": _input(p)[0],
            # A UUID goes out as text either way: the route checks a str one (see Caller).
            "kind": None if _input(p)[1] == '"uuid"' else _input(p)[1],
            "route_check": ("path", _text(p.name)) if _input(p)[1] == '"uuid"' else None,
            "doc": _text(p.description) or _where_doc("path", p),
            "in_path": True,
        }
        for p in endpoint.path_parameters
    ]
    keywords = []
    for p in [*endpoint.query_parameters, *endpoint.header_parameters, *endpoint.cookie_parameters]:
        default = (
            p.default.python_code.as_unembedded_code()
            if p.default is not None
            else ("UNSET" if not p.required else None)
        )
        keywords.append(
            {
                "name": argument_name(p.python_name, renames),
                "python": p.python_name,
                "type": _input(p)[0],
                "kind": None if _input(p)[1] == '"uuid"' and p in endpoint.query_parameters else _input(p)[1],
                "route_check": ("query", _text(p.name))
                if _input(p)[1] == '"uuid"' and p in endpoint.query_parameters
                else None,
                "default": None if default is None else str(default),
                "doc": _text(p.description) or _where_doc(_location(endpoint, p), p),
                "in_path": False,
            }
        )
    keywords.sort(key=lambda k: k["default"] is not None)  # required keyword arguments first
    # Required query arguments named in the table's `positional` list go with the path parameters.
    positional += [k for k in keywords if k["name"] in positional_names and k["default"] is None]
    keywords = [k for k in keywords if k not in positional]
    body = None
    if endpoint.bodies:
        if len(endpoint.bodies) != 1:
            raise ValueError(f"{where}: more than one request body type is not supported")
        body = _bind_body(endpoint.bodies[0].prop, method, renames, known_models)
    if body and body["kind"] == "model":
        # A body field named like a path parameter (update(id, ...) with an `id` in the body) takes its value.
        path_names = {a["name"] for a in positional}
        body["from_path"] = [f for f in body["fields"] if f["name"] in path_names]
        body["fields"] = [f for f in body["fields"] if f["name"] not in path_names]
    taken = [a["name"] for a in positional + keywords] + ([body["name"]] if body else [])
    taken += [f["name"] for f in (body or {}).get("fields", [])]
    duplicates = sorted({n for n in taken if taken.count(n) > 1})
    if duplicates:
        raise ValueError(f"{where}: argument name(s) {duplicates} used twice; rename them in the naming table")
    successes = _success_responses(endpoint)
    types, checks, allows_none, bodyless = [], [], False, []
    for response in successes:
        kind = type(response.prop).__name__
        if kind in ("NoneProperty", "AnyProperty") and not method.data:
            allows_none = True
            bodyless.append(response.status_code.pattern)
            continue
        type_string = _type(response.prop)
        if type_string not in types:
            types.append(type_string)
        check = _check_class(response.prop)
        if check is None:
            raise ValueError(f"{where}: no runtime check for a {kind} result")
        if check not in checks:
            checks.append(check)
    item = None
    if method.pager:
        item = method.page_item
    rows_result = method.rows and types and not method.pager
    rows_page = _rows_page(successes[0].prop, where) if method.pager and method.rows else None
    return {
        "name": method.name,
        "operation_id": method.operation_id,
        "module": f"{endpoint.tags[0]}.{_snake_identifier(endpoint.name)}",
        "alias": f"_{_snake_identifier(endpoint.name)}",
        "http_method": method.http_method,
        "path": method.path,
        "summary": _text(_VENDOR_PREFIX.sub("", method.summary)),
        "description": _text(method.description),
        "inferred": method.path_source == "inferred",
        "path_source": method.path_source,
        "path_note": _text(method.path_note),
        "positional": positional,
        "keywords": keywords,
        "body": body,
        "types": types,
        "checks": checks,
        # A documented body wins: a success status documented without one raises (see the docstring).
        "allows_none": allows_none and not types,
        "bodyless": bodyless if types else [],
        "pager": method.pager,
        "page_item": item,
        "rows": method.rows,
        "rows_result": bool(rows_result),
        "rows_page": rows_page,
        "data": method.data,
    }


def _rows_page(page: Any, where: str) -> dict[str, Any]:
    """A rows pager's page type: the page model's fields, with `data` holding plain rows (the items iteration
    yields) instead of models, so that ``pages()`` and iteration agree."""
    model = str(page.class_info.name)
    fields = [*(page.required_properties or []), *(page.optional_properties or [])]
    if "data" not in {f.name for f in fields}:
        raise ValueError(f"{where}: a rows page without `data`")
    return {
        "class_name": f"{model.removesuffix('Page')}RowsPage",
        "model": model,
        "fields": [{"name": f.python_name, "type": _type(f)} for f in fields if f.name != "data"],
    }


def _snake_identifier(name: str) -> str:
    """The generator's module name for an operation (its own snake_case)."""
    from openapi_python_client.strings import snake_case

    return snake_case(name)


def _bind_body(prop: Any, method: Method, renames: dict[str, str], known_models: set[str]) -> dict[str, Any]:
    kind = type(prop).__name__
    if method.rows:
        many = kind == "ListProperty"
        model = prop.inner_property if many else prop
        return {
            "kind": "rows_many" if many else "row",
            "name": "rows" if many else "row",
            "model": str(model.class_info.name),
            "type": _type(prop),
            "doc": _text(prop.description),
        }
    if kind == "ModelProperty" and (prop.required_properties or prop.optional_properties):
        fields = []
        for field_prop in [*(prop.required_properties or []), *(prop.optional_properties or [])]:
            fields.append(
                {
                    "name": argument_name(field_prop.python_name, renames),
                    "python": field_prop.python_name,
                    "type": _input(field_prop)[0],
                    "kind": _input(field_prop)[1],
                    "required": bool(field_prop.required),
                    "doc": _text(field_prop.description),
                }
            )
        model = str(prop.class_info.name)
        # The entity as fetched goes back in: the response variant of a request model (XRequest -> X).
        variants = [v for v in [model.removesuffix("Request")] if v != model and v in known_models]
        return {
            "kind": "model",
            "name": "body",
            "model": model,
            "variants": variants,
            "type": " | ".join([model, *variants, "Mapping[str, Any]"]),
            "fields": fields,
            "doc": _text(prop.description),
        }
    name = "body"
    if kind == "ListProperty":  # a list body is named after what it lists: ids, operations, ...
        inner = prop.inner_property
        inner_name = getattr(getattr(inner, "class_info", None), "name", None)
        name = f"{snake(str(inner_name)).split('_')[-1]}s" if inner_name else "ids"
    annotation, accepts = _input(prop)
    checked = accepts in ('"uuid"', '["uuid"]')  # sent as text either way: the route checks it (see Caller)
    return {
        "kind": "plain",
        "name": name,
        "type": annotation,
        "accepts": None if checked else accepts,
        "route_check": ("json", "") if checked else None,
        "doc": _text(prop.description),
    }


def _location(endpoint: Any, parameter: Any) -> str:
    if parameter in endpoint.header_parameters:
        return "header"
    return "cookie" if parameter in endpoint.cookie_parameters else "query"


def _where_doc(location: str, parameter: Any) -> str:
    """An argument's description where the docs give none: where it goes and what it takes."""
    typed = _type(parameter).replace("builtins.", "").removesuffix(" | Unset")
    return f"the {_text(parameter.name)} {location} parameter ({typed})"


def endpoint_key(http_method: str, path: Any) -> tuple[str, str]:
    """How the generator's endpoints are matched: METHOD and the path with unnamed placeholders (the
    generator renames path parameters, e.g. {data-store-id} -> {data_store_id})."""
    path = path.get_untrusted_value() if hasattr(path, "get_untrusted_value") else path
    return http_method.upper(), re.sub(r"\{[^}]*\}", "{}", str(path))


def template_data(spec: dict[str, Any], table: dict[str, Any], openapi: Any) -> dict[str, Any]:
    """The globals the resources template renders with: the entry class name, the bound resource tree and the
    package's model names. `openapi` is the generator's parsed document (GeneratorData)."""
    if "client" not in table:
        raise ValueError("naming table: `client` (the entry class name) is required")
    tree = resource_tree(spec, table)
    endpoints = {
        endpoint_key(endpoint.method, endpoint.path): endpoint
        for collection in openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    }
    models = sorted(m.class_info.name for m in [*openapi.models, *openapi.enums])
    renames, positional = dict(table.get("arguments", {})), list(table.get("positional", []))
    return {
        "facade_client": table["client"],
        "facade_models": models,
        "facade_resources": bind(tree, endpoints, renames, positional, set(models)),
    }
