"""Arguments for a generated operation function, built from its operation in the spec.

Values come from the spec's `example`/`examples` where it has them and are otherwise derived from the schema.
They are then turned into what the generated function takes, guided by its type hints: models through
`Model.from_dict`, UUIDs, datetimes, enums, files and lists of those.
"""

from __future__ import annotations

import collections.abc
import datetime
import enum
import importlib
import inspect
import io
import pkgutil
import re
import types
import typing
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
FILE_BYTES = b"contract test upload\n"
MAX_DEPTH = 6


def resolve(spec: dict, node: Any) -> Any:
    """Follow local `$ref`s (`#/components/...`) until a node without one."""
    seen = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            raise ValueError(f"unsupported or circular $ref {ref!r}")
        seen.add(ref)
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return None


# ---------------------------------------------------------------------------------------------- values from the spec


def example_of(spec: dict, holder: dict) -> tuple[bool, Any]:
    """The `example`, or the first of `examples`, of a parameter or media type object."""
    if "example" in holder:
        return True, holder["example"]
    examples = holder.get("examples")
    if isinstance(examples, dict) and examples:
        return True, resolve(spec, next(iter(examples.values())))["value"]
    return False, None


def _string_value(schema: dict) -> Any:
    fmt = schema.get("format")
    if fmt == "binary":
        return FILE_BYTES
    value = {
        "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "date-time": "2024-05-06T07:08:09Z",
        "date": "2024-05-06",
        "time": "07:08:09Z",
        "email": "user@example.com",
        "uri": "https://example.com/",
        "url": "https://example.com/",
        "hostname": "example.com",
        "ipv4": "192.0.2.1",
        "byte": "Y29udHJhY3Q=",
    }.get(fmt or "", "string")
    minimum, maximum = schema.get("minLength", 0), schema.get("maxLength")
    if len(value) < minimum:
        value = value + "x" * (minimum - len(value))
    if maximum is not None and len(value) > maximum:
        value = value[:maximum]
    return value


def _number_value(schema: dict, kind: type) -> Any:
    value = kind(1)
    if "minimum" in schema:
        value = max(value, kind(schema["minimum"]))
    if "exclusiveMinimum" in schema and not isinstance(schema["exclusiveMinimum"], bool):
        value = max(value, kind(schema["exclusiveMinimum"]) + 1)
    if "maximum" in schema:
        value = min(value, kind(schema["maximum"]))
    return value


def schema_value(spec: dict, schema: Any, *, depth: int = 0) -> Any:
    """A value valid against `schema`: its example, first enum value, or one built from its type."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return "value"
    if "example" in schema:
        return schema["example"]
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return schema["examples"][0]
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return next(v for v in schema["enum"] if v is not None)
    for combinator in ("oneOf", "anyOf"):
        options = [resolve(spec, o) for o in schema.get(combinator, [])]
        options = [o for o in options if not (isinstance(o, dict) and o.get("type") == "null")]
        if options:
            return schema_value(spec, options[0], depth=depth)
    if "allOf" in schema:
        merged: dict = {}
        for part in schema["allOf"]:
            value = schema_value(spec, part, depth=depth)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else "array" if "items" in schema else None
    if kind == "string":
        return _string_value(schema)
    if kind == "integer":
        return _number_value(schema, int)
    if kind == "number":
        return _number_value(schema, float)
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    if kind == "array":
        item = schema_value(spec, schema.get("items", {}), depth=depth + 1)
        return [item] * max(1, schema.get("minItems", 1))
    if kind == "object":
        required = set(schema.get("required", []))
        value = {}
        for name, prop in schema.get("properties", {}).items():
            resolved = resolve(spec, prop)
            # Optional properties too, but not server-set ones nor deep recursive structures.
            if name in required or (depth < MAX_DEPTH and not resolved.get("readOnly")):
                value[name] = schema_value(spec, prop, depth=depth + 1)
        return value
    return "value"  # no type: any JSON value


def parameter_value(spec: dict, parameter: dict) -> Any:
    found, value = example_of(spec, parameter)
    if found:
        return value
    found, value = example_of(spec, parameter.get("schema", {}))
    return value if found else schema_value(spec, parameter.get("schema", {}))


def body_value(spec: dict, request_body: dict) -> tuple[str, Any]:
    """The media type the generated function sends (JSON first) and a value for it."""
    content = request_body["content"]
    media_type = next((m for m in content if "json" in m), next(iter(content)))
    media = content[media_type]
    found, value = example_of(spec, media)
    return media_type, value if found else schema_value(spec, media.get("schema", {}))


def parameters(spec: dict, path: str, operation: dict) -> list[dict]:
    """Path-level and operation-level parameters, the operation's winning on the same name and location."""
    merged: dict[tuple[str, str], dict] = {}
    for raw in [*spec["paths"][path].get("parameters", []), *operation.get("parameters", [])]:
        parameter = resolve(spec, raw)
        merged[(parameter["name"], parameter["in"])] = parameter
    return list(merged.values())


# ---------------------------------------------------------------------------------------------- values for Python


def normalized(name: str) -> str:
    """Spec and Python names compared without case and separators (data-store-id ~ data_store_id, id ~ id_)."""
    return re.sub(r"[^0-9a-z]", "", name.lower())


def to_python(value: Any, annotation: Any, *, file_type: type) -> Any:
    """Turn a JSON-like value into a value of `annotation` (a type hint of a generated function)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [
            a for a in typing.get_args(annotation) if a is not type(None) and getattr(a, "__name__", "") != "Unset"
        ]
        if value is None and type(None) in typing.get_args(annotation):
            return None
        errors = []
        for option in options:
            try:
                return to_python(value, option, file_type=file_type)
            except (TypeError, ValueError, KeyError) as error:
                errors.append(f"{option}: {error}")
        raise TypeError(f"{value!r} fits none of {annotation}: {'; '.join(errors)}")
    if origin in (list, collections.abc.Sequence):
        if not isinstance(value, list):
            raise TypeError(f"expected a list, got {value!r}")
        (item,) = typing.get_args(annotation)
        return [to_python(v, item, file_type=file_type) for v in value]
    if origin is dict:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, got {value!r}")
        _, item = typing.get_args(annotation)
        return {k: to_python(v, item, file_type=file_type) for k, v in value.items()}
    if annotation is Any:
        return value
    if annotation is file_type:
        payload = value if isinstance(value, bytes) else str(value).encode()
        return file_type(payload=io.BytesIO(payload), file_name="upload.xlsx", mime_type="application/octet-stream")
    if inspect.isclass(annotation):
        if hasattr(annotation, "from_dict"):
            if not isinstance(value, dict):
                raise TypeError(f"{annotation.__name__} needs an object, got {value!r}")
            model = annotation.from_dict(value)
            _name_files(model, file_type)
            return model
        if issubclass(annotation, enum.Enum):
            return annotation(value)
        if annotation is uuid.UUID:
            return uuid.UUID(str(value))
        if annotation is datetime.datetime:
            return datetime.datetime.fromisoformat(str(value))
        if annotation is datetime.date:
            return datetime.date.fromisoformat(str(value))
        if annotation is bool:
            if isinstance(value, bool):
                return value
            raise TypeError(f"expected a boolean, got {value!r}")
        if annotation in (int, float):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"expected a number, got {value!r}")
            return annotation(value)
        if annotation is str:
            if isinstance(value, (dict, list, bytes)) or value is None:
                raise TypeError(f"expected a string, got {value!r}")
            return value if isinstance(value, str) else str(value)
    raise TypeError(f"no conversion of {value!r} to {annotation}")


def _name_files(model: Any, file_type: type) -> None:
    """`from_dict` builds File fields without a name; give them one, as an upload would have."""
    for attribute in getattr(type(model), "__attrs_attrs__", ()):
        field = getattr(model, attribute.name, None)
        if isinstance(field, file_type) and field.file_name is None:
            field.file_name = "upload.xlsx"
            field.mime_type = "application/octet-stream"


# ---------------------------------------------------------------------------------------------- generated modules

_KWARGS = re.compile(r'"method": "(\w+)",\s*"url": "([^"]+)"')


def _path_key(method: str, path: str) -> tuple[str, str]:
    return method.upper(), re.sub(r"\{[^}]*\}", "{}", path)


def operation_modules(package: str) -> dict[tuple[str, str], types.ModuleType]:
    """Every operation module of a generated package, by (METHOD, path with unnamed placeholders)."""
    api = importlib.import_module(f"{package}.api")
    index: dict[tuple[str, str], types.ModuleType] = {}
    for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        module = importlib.import_module(info.name)
        if not hasattr(module, "sync_detailed"):
            continue
        match = _KWARGS.search(Path(module.__file__ or "").read_text(encoding="utf-8"))
        if match is None:
            raise AssertionError(f"{info.name}: no method/url in _get_kwargs")
        key = _path_key(match.group(1), match.group(2))
        if key in index:
            raise AssertionError(f"{key} is served by {index[key].__name__} and {info.name}")
        index[key] = module
    return index


def module_for(modules: dict[tuple[str, str], types.ModuleType], method: str, path: str) -> types.ModuleType:
    try:
        return modules[_path_key(method, path)]
    except KeyError:
        raise AssertionError(f"no generated function for {method} {path}") from None


@dataclass
class Call:
    """The keyword arguments for one call of an operation function, and what was left to the runtime."""

    kwargs: dict[str, Any]
    supplied_by_runtime: list[str]


def build_call(
    spec: dict,
    path: str,
    method: str,
    operation: dict,
    function: Callable[..., Any],
    *,
    file_type: type,
    runtime_parameters: Collection[str] = (),
) -> Call:
    """Valid arguments for `function` (a generated sync_detailed/asyncio_detailed) for `operation`.

    `runtime_parameters` are spec parameters the package fills in itself (the QRS Xrfkey); every other spec
    parameter must map onto one argument of the function, and every required argument must get a value.
    """
    signature = inspect.signature(function)
    hints = typing.get_type_hints(function)
    by_name = {normalized(n): n for n in signature.parameters if n not in ("client", "body")}
    kwargs: dict[str, Any] = {}
    supplied_by_runtime = []
    for parameter in parameters(spec, path, operation):
        argument = by_name.get(normalized(parameter["name"]))
        if argument is None:
            if parameter["name"] in runtime_parameters:
                supplied_by_runtime.append(parameter["name"])
                continue
            raise AssertionError(
                f"{method} {path}: spec parameter {parameter['name']!r} ({parameter['in']}) has no argument in "
                f"{function.__module__}.{function.__name__}{signature}"
            )
        kwargs[argument] = to_python(parameter_value(spec, parameter), hints[argument], file_type=file_type)
    if "requestBody" in operation:
        _, value = body_value(spec, resolve(spec, operation["requestBody"]))
        kwargs["body"] = to_python(value, hints["body"], file_type=file_type)
    missing = [
        n
        for n, p in signature.parameters.items()
        if n != "client" and p.default is inspect.Parameter.empty and n not in kwargs
    ]
    if missing:
        raise AssertionError(f"{method} {path}: no value for required argument(s) {missing}")
    return Call(kwargs=kwargs, supplied_by_runtime=supplied_by_runtime)


# ---------------------------------------------------------------------------------------------- expected results


@dataclass(frozen=True)
class Expected:
    """What the parsed value of a response must be: a model, a list of models, a file, any JSON or nothing."""

    kind: str  # "model" | "list" | "file" | "json" | "none"
    schema: str | None = None


def _is_object_schema(schema: dict) -> bool:
    return schema.get("type") == "object" or any(k in schema for k in ("properties", "additionalProperties", "allOf"))


def expected_result(spec: dict, operation: dict, status: int) -> Expected:
    response = operation["responses"].get(str(status)) or operation["responses"].get(f"{str(status)[0]}XX")
    response = resolve(spec, response or operation["responses"].get("default") or {})
    content = response.get("content") or {}
    if not content:
        return Expected("none")
    media_type = next((m for m in content if "json" in m), next(iter(content)))
    schema = content[media_type].get("schema") or {}
    resolved = resolve(spec, schema)
    if "json" not in media_type:
        return Expected("file" if resolved.get("format") == "binary" else "json")
    if ref_name(schema) and _is_object_schema(resolved):
        return Expected("model", ref_name(schema))
    if resolved.get("type") == "array" and ref_name(resolved.get("items")):
        items = resolve(spec, resolved["items"])
        if _is_object_schema(items):
            return Expected("list", ref_name(resolved["items"]))
    return Expected("json")


def model_class(module: types.ModuleType, schema_name: str) -> type:
    """The model class a generated module imported for a component schema."""
    candidates = [
        value
        for value in vars(module).values()
        if inspect.isclass(value)
        and hasattr(value, "from_dict")
        and normalized(value.__name__) == normalized(schema_name)
    ]
    if len(candidates) != 1:
        raise AssertionError(
            f"{module.__name__}: expected one model class for schema {schema_name!r}, got {candidates}"
        )
    return candidates[0]
