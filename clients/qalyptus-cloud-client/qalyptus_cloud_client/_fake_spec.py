# Copied from generator/runtime/_fake_spec.py into the client generated from specs/qalyptus-cloud.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""The documented operations of the API, for the fake: request checks and answers built from schemas.

The package carries `_fake_spec.json` (written by the generator from the prepared spec); it is read with
importlib.resources the first time a fake answers, never on import. The schema checks cover exactly the
JSON Schema keywords the specs use (HANDLED_KEYWORDS; a test fails when a spec starts using another).
"""

from __future__ import annotations

import calendar
import functools
import importlib.resources
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["HANDLED_FORMATS", "HANDLED_KEYWORDS", "IGNORED_KEYWORDS", "ApiSpec", "Operation", "load"]

SPEC_FILE = "_fake_spec.json"
# Keywords the checks and the answer builder act on; IGNORED_KEYWORDS only annotate (no check to make).
HANDLED_KEYWORDS = frozenset(
    {"$ref", "type", "format", "enum", "const", "minimum", "maximum", "required", "properties"}
    | {"additionalProperties", "items", "oneOf", "anyOf", "allOf", "examples", "example", "default"}
)
IGNORED_KEYWORDS = frozenset({"description", "title", "readOnly", "writeOnly"})
# Formats checked; `binary` (file content) has nothing to check in a JSON value.
HANDLED_FORMATS = frozenset({"uuid", "date-time", "date", "int32", "int64", "binary"})

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_DATE_TIME = re.compile(
    r"^(\d{4})-(0[1-9]|1[0-2])-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$",
    re.ASCII,
)
_DATE = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])-(\d{2})$", re.ASCII)
_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
# Values the answer builder gives strings of a format (fixed, so answers are the same every run).
_FORMAT_VALUES = {
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "binary": "",
}
FILE_CONTENT = b"fake file content\n"


def _calendar_ok(match: re.Match[str]) -> bool:
    year, month, day = (int(g) for g in match.groups()[:3])
    return year > 0 and 1 <= day <= calendar.monthrange(year, month)[1]


def format_ok(fmt: str, value: Any) -> bool:
    """Whether `value` has format `fmt` (formats of other types, and unknown ones, pass)."""
    if isinstance(value, str):
        if fmt == "uuid":
            return _UUID.match(value) is not None
        if fmt in ("date-time", "date"):
            match = (_DATE_TIME if fmt == "date-time" else _DATE).match(value)
            return match is not None and _calendar_ok(match)
        return True
    if fmt in _INT_RANGES and _is_number(value) and float(value).is_integer():
        low, high = _INT_RANGES[fmt]
        return bool(low <= value <= high)
    return True


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _has_type(value: Any, kind: str) -> bool:
    actual = _json_type(value)
    return actual == kind or (kind == "number" and actual == "integer")


def _equal(a: Any, b: Any) -> bool:
    """JSON equality: true is not 1, 1 is 1.0."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_equal(a[k], b[k]) for k in a)
    return bool(a == b) and (_is_number(a) == _is_number(b))


@dataclass(frozen=True)
class Operation:
    """One documented operation: what a request may carry and what it is answered with."""

    method: str
    path: str
    operation_id: str
    pattern: re.Pattern[str]
    literal_segments: int
    parameters: tuple[dict[str, Any], ...]
    request_body: dict[str, Any] | None
    responses: dict[str, Any]
    security: tuple[dict[str, Any], ...]

    @property
    def template(self) -> str:
        """The path with unnamed placeholders, to compare with a fake's route."""
        return re.sub(r"\{[^}]*\}", "{}", self.path)


class ApiSpec:
    """The operations of one API and their schemas."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.schemes: dict[str, Any] = dict(document.get("securitySchemes", {}))
        self.operations = [self._operation(entry) for entry in document["operations"]]

    @staticmethod
    def _operation(entry: dict[str, Any]) -> Operation:
        parts = re.split(r"(\{[^}]*\})", entry["path"])
        pattern = "".join("([^/]+)" if part.startswith("{") else re.escape(part) for part in parts)
        segments = entry["path"].strip("/").split("/")
        return Operation(
            method=entry["method"],
            path=entry["path"],
            operation_id=entry["operationId"],
            pattern=re.compile(f"^{pattern}$"),
            literal_segments=sum(1 for s in segments if "{" not in s),
            parameters=tuple(entry.get("parameters", [])),
            request_body=entry.get("requestBody"),
            responses=entry.get("responses", {}),
            security=tuple(entry.get("security", [])),
        )

    # -- matching ------------------------------------------------------------------------------------------
    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], bool]:
        """(operation, path parameter values, whether any operation has this path) for a request."""
        best: tuple[Operation, dict[str, str]] | None = None
        known = False
        for operation in self.operations:
            found = operation.pattern.match(path)
            if found is None:
                continue
            known = True
            if operation.method != method:
                continue
            if best is None or operation.literal_segments > best[0].literal_segments:
                names = re.findall(r"\{([^}]*)\}", operation.path)
                best = operation, dict(zip(names, found.groups(), strict=True))
        if best is None:
            return None, {}, known
        return best[0], best[1], True

    # -- request checks ------------------------------------------------------------------------------------
    def check_security(self, operation: Operation, headers: Mapping[str, str], query: Mapping[str, str]) -> str | None:
        """None when one of the operation's security alternatives is met, else what is missing."""
        if not operation.security:
            return None
        missing = []
        for alternative in operation.security:
            unmet = [name for name in alternative if not self._scheme_met(name, headers, query)]
            if not unmet:
                return None
            missing.extend(unmet)
        return f"no credentials for {' or '.join(sorted(set(missing)))}"

    def _scheme_met(self, name: str, headers: Mapping[str, str], query: Mapping[str, str]) -> bool:
        scheme = self.schemes.get(name, {})
        kind = scheme.get("type")
        if kind == "http":
            prefix = f"{scheme.get('scheme', 'bearer')} ".lower()
            value = headers.get("authorization", "")
            return value.lower().startswith(prefix) and bool(value[len(prefix) :].strip())
        if kind in ("oauth2", "openIdConnect"):
            return headers.get("authorization", "").lower().startswith("bearer ")
        if kind == "apiKey":
            where = scheme.get("in")
            if where == "header":
                return bool(headers.get(str(scheme.get("name", "")).lower()))
            if where == "query":
                return bool(query.get(str(scheme.get("name", ""))))
            return str(scheme.get("name", "")) in headers.get("cookie", "")
        return True  # mutualTLS: settled below HTTP, not visible to the fake

    def check_request(
        self,
        operation: Operation,
        path_values: Mapping[str, str],
        query: Iterable[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
    ) -> list[str]:
        """What in the request the operation does not allow (empty when it is valid)."""
        problems: list[str] = []
        multi: dict[str, list[str]] = {}
        for key, value in query:
            multi.setdefault(key, []).append(value)
        for parameter in operation.parameters:
            name, where = parameter["name"], parameter["in"]
            raw: list[str] | None
            if where == "path":
                raw = [path_values[name]] if name in path_values else None
            elif where == "query":
                raw = multi.get(name)
            elif where == "header":
                raw = [headers[name.lower()]] if name.lower() in headers else None
            else:
                continue  # cookie parameters: none documented
            label = f"{where} parameter {name!r}"
            if raw is None:
                if parameter.get("required"):
                    problems.append(f"{label} is required")
                continue
            value, error = _parameter_value(parameter, raw)
            if error:
                problems.append(f"{label}: {error}")
            else:
                problems.extend(self.errors(parameter.get("schema", {}), value, label))
        problems.extend(self._check_body(operation, headers.get("content-type", ""), body))
        return problems

    def _check_body(self, operation: Operation, content_type: str, body: bytes) -> list[str]:
        spec = operation.request_body
        if spec is None:
            return [] if not body else ["the operation takes no request body"]
        if not body:
            return ["a request body is required"] if spec.get("required") else []
        media = content_type.split(";")[0].strip().lower()
        schema = spec["content"].get(media)
        if schema is None:
            return [f"body is {media or 'of no content type'}; the operation takes {', '.join(spec['content'])}"]
        if media.startswith("multipart/"):
            sent = set(re.findall(rb'name="([^"]+)"', body))
            resolved = self.resolve(schema)
            absent = [n for n in resolved.get("required", []) if n.encode() not in sent]
            return [f"body: the form has no part {n!r}" for n in absent]
        if "json" not in media:
            return []
        try:
            value = json.loads(body)
        except ValueError as error:
            return [f"body is not valid JSON: {error}"]
        return self.errors(schema, value, "body")

    # -- schemas -------------------------------------------------------------------------------------------
    def resolve(self, schema: Any) -> Any:
        seen = 0
        while isinstance(schema, dict) and "$ref" in schema:
            target: Any = self.document
            for part in str(schema["$ref"]).removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            schema = target
            seen += 1
            if seen > 50:
                raise ValueError("circular $ref")
        return schema

    def errors(self, schema: Any, value: Any, where: str) -> list[str]:
        """Every way `value` breaks `schema`, each naming where (`body.members[0].id must be ...`)."""
        out: list[str] = []
        self._validate(schema, value, where, out)
        return out

    def valid(self, schema: Any, value: Any) -> bool:
        return not self.errors(schema, value, "")

    def _validate(self, schema: Any, value: Any, where: str, out: list[str]) -> None:
        schema = self.resolve(schema)
        if schema is False:
            out.append(f"{where} is not allowed")
        if not isinstance(schema, dict):
            return
        for part in schema.get("allOf", []):
            self._validate(part, value, where, out)
        if "anyOf" in schema and not any(self.valid(s, value) for s in schema["anyOf"]):
            out.append(f"{where} matches none of the allowed schemas (anyOf)")
        if "oneOf" in schema:
            matching = sum(1 for s in schema["oneOf"] if self.valid(s, value))
            if matching != 1:
                out.append(f"{where} matches {matching} of the oneOf schemas, not exactly one")
        if "const" in schema and not _equal(value, schema["const"]):
            out.append(f"{where} must be {json.dumps(schema['const'])}")
        if "enum" in schema and not any(_equal(value, option) for option in schema["enum"]):
            out.append(f"{where} must be one of {', '.join(json.dumps(o) for o in schema['enum'])}")
        if "type" in schema:
            kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            if not any(_has_type(value, k) for k in kinds):
                out.append(f"{where} must be {' or '.join(kinds)}, not {_json_type(value)}")
                return
        if "format" in schema and not format_ok(schema["format"], value):
            out.append(f"{where} must be a {schema['format']}, not {json.dumps(value)}")
        if _is_number(value):
            if "minimum" in schema and value < schema["minimum"]:
                out.append(f"{where} must be at least {schema['minimum']}")
            if "maximum" in schema and value > schema["maximum"]:
                out.append(f"{where} must be at most {schema['maximum']}")
        if isinstance(value, dict):
            self._validate_object(schema, value, where, out)
        if isinstance(value, list) and "items" in schema:
            for index, item in enumerate(value):
                self._validate(schema["items"], item, f"{where}[{index}]", out)

    def _validate_object(self, schema: dict[str, Any], value: dict[str, Any], where: str, out: list[str]) -> None:
        properties = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                out.append(f"{where} has no required property {name!r}")
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            if name in properties:
                self._validate(properties[name], item, f"{where}.{name}", out)
            elif extra is False:
                out.append(f"{where} has a property {name!r} the schema does not allow")
            elif isinstance(extra, dict):
                self._validate(extra, item, f"{where}.{name}", out)

    # -- answers -------------------------------------------------------------------------------------------
    def success(self, operation: Operation) -> tuple[int, str | None, Any]:
        """(status, media type, body) of the first documented 2xx: the example if any, else a minimal value."""
        code, response = next(
            ((c, r) for c, r in operation.responses.items() if c.startswith("2")), ("200", {"content": {}})
        )
        status = 200 if not code.isdigit() else int(code)
        content: dict[str, Any] = response.get("content") or {}
        if not content:
            return status, None, None
        media = next((m for m in content if "json" in m), next(iter(content)))
        entry = content[media]
        if "json" not in media:
            return status, media, FILE_CONTENT
        if "example" in entry:
            return status, media, entry["example"]
        return status, media, self.build(entry.get("schema", {}))

    def build(self, schema: Any, depth: int = 0) -> Any:
        """A value valid against `schema`: its example, else the smallest one (one item per array)."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return None
        if isinstance(schema.get("examples"), list) and schema["examples"]:
            return schema["examples"][0]
        for key in ("example", "const", "default"):
            if key in schema:
                return schema[key]
        if schema.get("enum"):
            return schema["enum"][0]
        for combinator in ("oneOf", "anyOf"):
            options = [o for o in schema.get(combinator, []) if self.resolve(o).get("type") != "null"]
            if options:
                return self.build(options[0], depth)
            if combinator in schema:
                return None
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                built = self.build(part, depth)
                if isinstance(built, dict):
                    merged.update(built)
            return merged
        kinds = schema.get("type", "object" if "properties" in schema else None)
        kind = next((k for k in kinds if k != "null"), "null") if isinstance(kinds, list) else kinds
        if kind == "string":
            return _FORMAT_VALUES.get(schema.get("format", ""), "string")
        if kind in ("integer", "number"):
            value = min(schema.get("minimum", 0), schema.get("maximum", schema.get("minimum", 0)))
            return int(value) if kind == "integer" else float(value)
        if kind == "boolean":
            return False
        if kind == "array":
            return [self.build(schema.get("items", {}), depth + 1)] if depth < 8 else []
        if kind == "object":
            properties = schema.get("properties", {})
            return {name: self.build(properties.get(name, {}), depth + 1) for name in schema.get("required", [])}
        return None if kind == "null" else {}


def _parameter_value(parameter: dict[str, Any], raw: list[str]) -> tuple[Any, str | None]:
    """The typed value of a parameter as sent (strings), or why it cannot be one."""
    schema = parameter.get("schema", {})
    kind = schema.get("type")
    if kind == "array":
        explode = parameter.get("explode", parameter.get("in") == "query")
        values = [v for item in raw for v in item.split(",")] if not explode else list(raw)
        converted = [_scalar(schema.get("items", {}).get("type"), v) for v in values]
        bad = next((error for _, error in converted if error), None)
        return [v for v, _ in converted], bad
    return _scalar(kind, raw[-1])


def _scalar(kind: Any, text: str) -> tuple[Any, str | None]:
    if kind == "integer":
        if re.fullmatch(r"-?\d+", text) is None:
            return None, f"must be integer, not {text!r}"
        return int(text), None
    if kind == "number":
        try:
            return float(text), None
        except ValueError:
            return None, f"must be a number, not {text!r}"
    if kind == "boolean":
        if text not in ("true", "false"):
            return None, f"must be true or false, not {text!r}"
        return text == "true", None
    return text, None


@functools.cache
def load(package: str) -> ApiSpec | None:
    """The package's operations, read once per process (None where the package ships no spec)."""
    try:
        text = importlib.resources.files(package).joinpath(SPEC_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, NotADirectoryError):
        return None
    return ApiSpec(json.loads(text))
