"""The fakes' spec checks (generator/runtime/_fake_spec.py): the keywords they cover, their agreement with jsonschema,
each request check, the answers built from schemas, and when the shipped spec is read."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from typing import Any

import httpx
import jsonschema
import pytest
from conftest import ROOT, SERVICES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import fake_spec, openapi
from generator import prepare as preparation
from generator.runtime._fake_spec import HANDLED_FORMATS, HANDLED_KEYWORDS, IGNORED_KEYWORDS, ApiSpec

FAKED = [name for name, service in SERVICES.items() if "fake" in service.capabilities]

# Keywords holding one subschema, a list of them, or a map of name -> subschema.
_ONE = ("items", "not", "additionalProperties", "contains", "propertyNames", "if", "then", "else")
_ONE += ("unevaluatedItems", "unevaluatedProperties")
_LIST = ("oneOf", "anyOf", "allOf", "prefixItems")
_MAP = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")


def keywords_used(schema: Any, found: set[str] | None = None) -> set[str]:
    """Every keyword of `schema` and its subschemas (extensions `x-...` left out)."""
    found = set() if found is None else found
    if not isinstance(schema, dict):
        return found
    for key, value in schema.items():
        if key.startswith("x-"):
            continue
        found.add(key)
        if key in _ONE:
            keywords_used(value, found)
        elif key in _LIST:
            for item in value:
                keywords_used(item, found)
        elif key in _MAP and isinstance(value, dict):
            for item in value.values():
                keywords_used(item, found)
    return found


def _formats(schema: Any) -> set[str]:
    if isinstance(schema, dict):
        own = {schema["format"]} if isinstance(schema.get("format"), str) else set()
        return own.union(*(_formats(v) for k, v in schema.items() if k not in ("examples", "example", "enum")))
    if isinstance(schema, list):
        return set().union(*(_formats(v) for v in schema))
    return set()


@functools.cache
def prepared(service: str) -> dict[str, Any]:
    config = SERVICES[service]
    return preparation.prepare(openapi.load_spec(config.spec), config.prepare)


def every_schema(spec: dict[str, Any]) -> list[Any]:
    """The component schemas and every parameter, body and response schema of a spec."""
    schemas = list(spec.get("components", {}).get("schemas", {}).values())
    for _method, _path, operation, item in openapi.operations(spec):
        schemas += [p.get("schema", {}) for p in openapi.parameters(spec, operation, item)]
        bodies = [openapi.resolve(spec, operation["requestBody"])] if "requestBody" in operation else []
        bodies += [openapi.resolve(spec, r) for r in operation.get("responses", {}).values()]
        schemas += [media.get("schema", {}) for b in bodies for media in (b.get("content") or {}).values()]
    return schemas


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_the_checks_cover_every_keyword_and_format_the_specs_use(service: str) -> None:
    used: set[str] = set()
    formats: set[str] = set()
    for schema in every_schema(prepared(service)):
        keywords_used(schema, used)
        formats |= _formats(schema)
    assert used <= HANDLED_KEYWORDS | IGNORED_KEYWORDS, (
        f"unhandled: {sorted(used - HANDLED_KEYWORDS - IGNORED_KEYWORDS)}"
    )
    assert formats <= HANDLED_FORMATS, f"unhandled formats: {sorted(formats - HANDLED_FORMATS)}"


def test_the_keyword_check_catches_a_keyword_the_checks_ignore() -> None:
    schema = {"type": "object", "properties": {"name": {"type": "string", "pattern": "^a"}}}
    used = keywords_used({"oneOf": [schema, {"type": "null"}]})
    assert "pattern" in used and not used <= HANDLED_KEYWORDS | IGNORED_KEYWORDS
    assert "email" in _formats({"items": {"format": "email"}}) - HANDLED_FORMATS


# -------------------------------------------------------------------------------- agreement with jsonschema


@functools.cache
def shipped(service: str) -> ApiSpec:
    path = SERVICES[service].project_dir / SERVICES[service].package_name / fake_spec.FILE_NAME
    return ApiSpec(json.loads(path.read_text(encoding="utf-8")))


def reference_validator(api: ApiSpec, schema: Any) -> jsonschema.Draft202012Validator:
    checker = jsonschema.FormatChecker()
    for fmt, (low, high) in {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}.items():
        checker.checks(fmt)(
            lambda v, low=low, high=high: (
                isinstance(v, bool) or not isinstance(v, (int, float)) or not float(v).is_integer() or low <= v <= high
            )
        )
    document = {**schema, "components": api.document["components"]} if isinstance(schema, dict) else schema
    return jsonschema.Draft202012Validator(document, format_checker=checker)


JSON_LEAVES = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
ANY_JSON = st.recursive(
    JSON_LEAVES, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
)
STRINGS = {
    "uuid": ["3fa85f64-5717-4562-b3fc-2c963f66afa6", "3FA85F64-5717-4562-B3FC-2C963F66AFA6", "3fa85f64", "x" * 36],
    "date-time": ["2024-02-29T10:00:00Z", "2023-02-29T10:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01 10:00:00Z"],
}


def shaped(api: ApiSpec, schema: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """Values near `schema`: mostly of its shape, sometimes any JSON, with near-miss formats and ranges."""
    schema = api.resolve(schema)
    if not isinstance(schema, dict) or depth > 4:
        return ANY_JSON
    options: list[st.SearchStrategy[Any]] = [ANY_JSON]
    for key in ("oneOf", "anyOf", "allOf"):
        options += [shaped(api, s, depth + 1) for s in schema.get(key, [])]
    if "enum" in schema:
        options.append(st.sampled_from([*schema["enum"], "other"]))
    kinds = schema.get("type", [])
    for kind in kinds if isinstance(kinds, list) else [kinds]:
        if kind == "string":
            options.append(st.sampled_from(STRINGS.get(schema.get("format", ""), ["text"])) | st.text(max_size=8))
        elif kind == "integer":
            options.append(st.integers(min_value=-(2**40), max_value=2**40) | st.sampled_from([0, 1, 2**31, -1]))
        elif kind == "array":
            options.append(st.lists(shaped(api, schema.get("items", {}), depth + 1), max_size=3))
        elif kind == "object":
            properties = schema.get("properties", {})
            required = {k: shaped(api, v, depth + 1) for k, v in properties.items() if k in schema.get("required", [])}
            optional = {k: shaped(api, v, depth + 1) for k, v in properties.items() if k not in required}
            options.append(st.fixed_dictionaries(required, optional=optional))
    options.append(st.just(api.build(schema)))
    return st.one_of(options)


def schema_cases() -> list[Any]:
    return [
        pytest.param(service, name, id=f"{service}:{name}")
        for service in FAKED
        for name in shipped(service).document["components"]["schemas"]
    ]


@pytest.mark.parametrize(("service", "name"), schema_cases())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_the_checks_agree_with_jsonschema(service: str, name: str, data: st.DataObject) -> None:
    api = shipped(service)
    schema = {"$ref": f"#/components/schemas/{name}"}
    value = data.draw(shaped(api, schema))
    expected = reference_validator(api, schema).is_valid(value)
    assert api.valid(schema, value) == expected, (value, api.errors(schema, value, "value"))


def test_the_built_value_of_every_schema_is_valid() -> None:
    for service in FAKED:
        api = shipped(service)
        for name in api.document["components"]["schemas"]:
            schema = {"$ref": f"#/components/schemas/{name}"}
            built = api.build(schema)
            assert api.valid(schema, built) and reference_validator(api, schema).is_valid(built), (service, name, built)


# ---------------------------------------------------------------------------------------------- request checks

DOCUMENT: dict[str, Any] = {
    "operations": [
        {
            "method": "POST",
            "path": "/things/{id}",
            "operationId": "createThing",
            "parameters": [
                {"in": "path", "name": "id", "required": True, "schema": {"type": "string", "format": "uuid"}},
                {"in": "query", "name": "limit", "required": False, "schema": {"type": "integer", "minimum": 1}},
                {"in": "query", "name": "top", "required": False, "schema": {"type": "integer", "maximum": 9}},
                {"in": "query", "name": "full", "required": False, "schema": {"type": "boolean"}},
                {
                    "in": "query",
                    "name": "since",
                    "required": False,
                    "schema": {"type": "string", "format": "date-time"},
                },
                {"in": "query", "name": "mode", "required": True, "schema": {"type": "string", "enum": ["a", "b"]}},
                {"in": "query", "name": "tags", "required": False, "explode": False, "schema": {"type": "array"}},
                {"in": "header", "name": "X-Trace", "required": True, "schema": {"type": "string"}},
            ],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"$ref": "#/components/schemas/Thing"}},
            },
            "responses": {"201": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}},
            "security": [{"bearer": []}],
        },
        {"method": "GET", "path": "/things/special", "operationId": "special", "responses": {"204": {}}},
        {"method": "GET", "path": "/things/{id}", "operationId": "getThing", "responses": {"200": {}}},
    ],
    "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["name", "size"],
                "properties": {
                    "name": {"type": "string"},
                    "size": {"type": ["integer", "null"], "format": "int32"},
                    "kind": {"oneOf": [{"type": "string", "enum": ["big"]}, {"type": "null"}]},
                    "parts": {"type": "array", "items": {"type": "string", "format": "uuid"}},
                },
                "additionalProperties": False,
            }
        }
    },
}
GOOD_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
GOOD_QUERY = {"mode": "a", "limit": "1", "full": "true", "since": "2024-01-01T00:00:00Z", "tags": "x,y"}
GOOD_BODY = {"name": "n", "size": 3, "kind": None, "parts": [GOOD_ID]}


def problems(
    *,
    id: str = GOOD_ID,
    query: dict[str, str] | None = None,
    body: Any = GOOD_BODY,
    headers: dict[str, str] | None = None,
) -> list[str]:
    api = ApiSpec(DOCUMENT)
    operation, values, _ = api.match("POST", f"/things/{id}")
    assert operation is not None
    sent = {"content-type": "application/json", "x-trace": "t", **(headers or {})}
    raw = body if isinstance(body, bytes) else json.dumps(body).encode() if body is not None else b""
    return api.check_request(operation, values, list((query or GOOD_QUERY).items()), sent, raw)


def test_a_valid_request_passes() -> None:
    assert problems() == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"id": "not-a-uuid"}, "path parameter 'id' must be a uuid"),
        ({"query": {"limit": "1"}}, "query parameter 'mode' is required"),
        ({"query": {**GOOD_QUERY, "mode": "c"}}, 'must be one of "a", "b"'),
        ({"query": {**GOOD_QUERY, "limit": "many"}}, "'limit': must be integer, not 'many'"),
        ({"query": {**GOOD_QUERY, "limit": "0"}}, "'limit' must be at least 1"),
        ({"query": {**GOOD_QUERY, "top": "10"}}, "'top' must be at most 9"),
        ({"query": {**GOOD_QUERY, "full": "yes"}}, "'full': must be true or false"),
        ({"query": {**GOOD_QUERY, "since": "yesterday"}}, "'since' must be a date-time"),
        ({"headers": {"x-trace": ""}}, ""),  # present, if empty: allowed
        ({"body": None}, "a request body is required"),
        ({"body": b"{broken"}, "body is not valid JSON"),
        ({"body": {"name": "n"}}, "body has no required property 'size'"),
        ({"body": {**GOOD_BODY, "size": "3"}}, "body.size must be integer or null, not string"),
        ({"body": {**GOOD_BODY, "size": 2**31}}, "body.size must be a int32"),
        ({"body": {**GOOD_BODY, "kind": "small"}}, "body.kind matches 0 of the oneOf schemas"),
        ({"body": {**GOOD_BODY, "parts": ["x"]}}, "body.parts[0] must be a uuid"),
        ({"body": {**GOOD_BODY, "extra": 1}}, "body has a property 'extra' the schema does not allow"),
        ({"body": [1]}, "body must be object, not array"),
        ({"headers": {"content-type": "text/plain"}}, "body is text/plain; the operation takes application/json"),
    ],
)
def test_each_check_names_what_is_wrong(change: dict[str, Any], expected: str) -> None:
    found = problems(**change)
    if not expected:
        assert found == []
    else:
        assert any(expected in p for p in found), found


def test_a_missing_header_parameter_is_named() -> None:
    api = ApiSpec(DOCUMENT)
    operation, values, _ = api.match("POST", f"/things/{GOOD_ID}")
    assert operation is not None
    body = json.dumps(GOOD_BODY).encode()
    found = api.check_request(operation, values, list(GOOD_QUERY.items()), {"content-type": "application/json"}, body)
    assert found == ["header parameter 'X-Trace' is required"]


def test_security_is_checked_as_declared() -> None:
    api = ApiSpec(DOCUMENT)
    operation, _, _ = api.match("POST", f"/things/{GOOD_ID}")
    assert operation is not None
    assert api.check_security(operation, {"authorization": "Bearer abc"}, {}) is None
    assert api.check_security(operation, {}, {}) == "no credentials for bearer"
    assert api.check_security(operation, {"authorization": "Bearer "}, {}) == "no credentials for bearer"
    assert api.check_security(operation, {"authorization": "Basic abc"}, {}) == "no credentials for bearer"


def test_the_most_literal_path_wins() -> None:
    api = ApiSpec(DOCUMENT)
    special, _, _ = api.match("GET", "/things/special")
    by_id, values, _ = api.match("GET", f"/things/{GOOD_ID}")
    assert special is not None and special.operation_id == "special"
    assert by_id is not None and by_id.operation_id == "getThing" and values == {"id": GOOD_ID}
    assert api.match("PUT", "/things/special") == (None, {}, True)  # the path exists: 405, not 404
    assert api.match("GET", "/nothing") == (None, {}, False)


def test_answers_are_the_first_2xx_built_from_the_schema() -> None:
    api = ApiSpec(DOCUMENT)
    create, _, _ = api.match("POST", f"/things/{GOOD_ID}")
    special, _, _ = api.match("GET", "/things/special")
    assert create is not None and special is not None
    assert api.success(create) == (201, "application/json", {"name": "string", "size": 0})
    assert api.success(special) == (204, None, None)


# ---------------------------------------------------------------------------------------------- the shipped file


@pytest.mark.parametrize("service", FAKED)
def test_the_shipped_spec_is_the_prepared_one(service: str) -> None:
    config = SERVICES[service]
    path = config.project_dir / config.package_name / fake_spec.FILE_NAME
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["x-generated"].startswith(f"Generated from {config.spec_path}")
    assert document == fake_spec.fake_spec(config, prepared(service))
    ids = [op["operationId"] for op in document["operations"]]
    assert ids == [op["operationId"] for _m, _p, op, _i in openapi.operations(prepared(service))]


def test_the_spec_is_read_on_the_first_request_only() -> None:
    code = (
        "import sys, qlik_qrs_client, qlik_qrs_client.testing as t\n"
        "from qlik_qrs_client import _fake_spec\n"
        "fake = t.FakeQrs()\n"
        "before = _fake_spec.load.cache_info().currsize\n"
        "import httpx\n"
        "httpx.Client(transport=fake).get('http://fake.invalid/qrs/dataconnection')\n"
        "print(before, _fake_spec.load.cache_info().currsize, fake.spec is not None)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "clients" / "qlik-qrs-client")}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0", "1", "True"]
    plain = "import sys, qlik_qrs_client\nprint(any('fake' in m for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", plain], env=env, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr


def test_the_runtime_source_has_no_spec_and_checks_nothing() -> None:
    from generator.runtime._fake import FakeServer

    fake = FakeServer()
    assert fake.spec is None
    with httpx.Client(transport=fake) as raw:
        assert raw.get("http://fake.invalid/x").status_code == 404
