"""Our model template's from_dict (no copy, UUID fast path, positional construction, imports at module end)
gives what the generator's own template gives, for every model of the four specs.

The reference is the same package rendered with the upstream model template (generator.generate.build_reference,
as `<package>_reference`); payloads are drawn from each model's schema: valid ones, ones with undocumented keys,
and ones with one documented value replaced by a wrong one.
"""

from __future__ import annotations

import copy
import datetime
import enum
import importlib
import io
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from conftest import ROOT, SERVICES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

from generator import generate, openapi, prepare

PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError, IndexError)
Schema = dict[str, Any]


# ------------------------------------------------------------------------------------------- the two packages


@pytest.fixture(scope="session")
def reference_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    destination = tmp_path_factory.mktemp("reference")
    for name in SERVICES:
        package = generate.build_reference(generate.load_service(name), destination)
        sys.path.insert(0, str(destination / f"{SERVICES[name].project_name}-reference"))
        assert package == SERVICES[name].package_name + "_reference"
    return destination


def parsed_models(service: str) -> tuple[Schema, list[tuple[str, Schema]]]:
    """The prepared spec and (class name, schema) of every model the generator makes of it."""
    spec = prepare.prepare(openapi.load_spec(SERVICES[service].spec), SERVICES[service].prepare)
    config = Config.from_sources(
        ConfigFile(), MetaType.NONE, ROOT / "build", "utf-8", overwrite=False, output_path=ROOT / "build"
    )
    data = GeneratorData.from_dict(spec, config=config)
    assert isinstance(data, GeneratorData), data
    models = [
        (model.class_info.name, model.data.model_dump(by_alias=True, exclude_none=True, mode="json"))
        for model in data.models
    ]
    return spec, models


CASES = [
    (service, name, spec, schema)
    for service in SERVICES
    for spec, models in [parsed_models(service)]
    for name, schema in models
]


def model_pair(service: str, name: str) -> tuple[type, type]:
    package = SERVICES[service].package_name
    ours = getattr(importlib.import_module(f"{package}.models"), name)
    reference = getattr(importlib.import_module(f"{package}_reference.models"), name)
    return ours, reference


# ------------------------------------------------------------------------------------------- payloads


def resolve(spec: Schema, schema: Schema) -> Schema:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


POOLED_UUIDS = [str(uuid.UUID(int=i * 7919)) for i in range(1, 4)]
JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.text(max_size=6)
ANY_JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=4), inner, max_size=2),
    max_leaves=4,
)
TIMESTAMPS = st.datetimes(
    min_value=datetime.datetime(1970, 1, 2),
    timezones=st.sampled_from([datetime.UTC, datetime.timezone(datetime.timedelta(hours=-5))]),
).map(lambda moment: moment.isoformat().replace("+00:00", "Z"))


def types_of(schema: Schema) -> list[str]:
    declared = schema.get("type")
    types = [declared] if isinstance(declared, str) else list(declared or [])
    if schema.get("nullable") and "null" not in types:
        types.append("null")
    return types


def values(spec: Schema, schema: Schema, depth: int = 0) -> st.SearchStrategy[Any]:
    """Valid JSON for the schema (formats included), with undocumented keys in open objects."""
    schema = resolve(spec, schema)
    if schema.get("enum"):
        return st.sampled_from(schema["enum"])
    if "const" in schema:
        return st.just(schema["const"])
    alternatives = schema.get("oneOf") or schema.get("anyOf")
    if alternatives:
        return st.one_of([values(spec, option, depth) for option in alternatives])
    types = types_of(schema)
    if not types:
        return ANY_JSON
    return st.one_of([typed_values(spec, schema, kind, depth) for kind in types])


def typed_values(spec: Schema, schema: Schema, kind: str, depth: int) -> st.SearchStrategy[Any]:
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(min_value=schema.get("minimum"), max_value=schema.get("maximum"))
    if kind == "number":
        return st.integers(-(10**6), 10**6) | st.floats(allow_nan=False, allow_infinity=False)
    if kind == "string":
        return {
            "uuid": st.sampled_from(POOLED_UUIDS) | st.uuids().map(str),
            "date-time": TIMESTAMPS,
            "date": st.dates().map(datetime.date.isoformat),
            "binary": st.binary(max_size=8),  # multipart bodies: from_dict wraps it in a File
        }.get(schema.get("format"), st.text(max_size=8))
    if kind == "array":
        return st.lists(values(spec, schema.get("items", {}), depth + 1), max_size=0 if depth > 3 else 3)
    assert kind == "object", kind
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    documented = st.fixed_dictionaries(
        {key: values(spec, sub, depth + 1) for key, sub in properties.items() if key in required},
        optional={key: values(spec, sub, depth + 1) for key, sub in properties.items() if key not in required},
    )
    extra = schema.get("additionalProperties", True)
    if extra is False:
        return documented
    extra_values = ANY_JSON if extra is True else values(spec, extra, depth + 1)
    extras = st.dictionaries(st.text(max_size=6).filter(lambda key: key not in properties), extra_values, max_size=3)
    return st.builds(lambda known, unknown: {**unknown, **known}, documented, extras)


def wrong_value(schema: Schema) -> st.SearchStrategy[Any]:
    """A value the schema does not allow (the kind of mistake a server could make)."""
    kinds = set(types_of(schema))
    pool = {
        "integer": st.sampled_from(["7", [1]]),
        "string": st.sampled_from([12345, {"a": 1}, "not-a-uuid-or-date"]),
        "array": st.sampled_from([{"a": 1}, "text", 5]),
        "object": st.sampled_from(["text", 5, [1, 2]]),
        "boolean": st.sampled_from([{"a": 1}, [True]]),
    }
    return st.one_of([pool[kind] for kind in kinds if kind in pool] or [st.just(object())])


# ------------------------------------------------------------------------------------------- comparison


def normal(value: Any) -> Any:
    """A package-independent view of a parsed value (classes by name, enums by value)."""
    if attrs.has(type(value)):
        return (type(value).__name__, {f.name: normal(getattr(value, f.name)) for f in attrs.fields(type(value))})
    if isinstance(value, enum.Enum):
        return ("enum", type(value).__name__, value.value)
    if isinstance(value, (list, tuple)):
        return [normal(item) for item in value]
    if isinstance(value, io.BytesIO):
        return ("BytesIO", value.getvalue())
    if isinstance(value, dict):
        return {key: normal(item) for key, item in value.items()}
    if type(value).__name__ == "Unset":
        return "UNSET"
    return (type(value).__name__, value)


def outcome(parse: Callable[[Any], Any], payload: Any) -> Any:
    try:
        parsed = parse(payload)
    except PARSE_ERRORS as error:
        return ("raised", type(error).__name__)
    return ("parsed", normal(parsed), normal(parsed.to_dict()))


def same_outcome(ours: Any, reference: Any) -> bool:
    if ours[0] == "raised" and reference[0] == "raised":
        return True  # both refuse; the exception class may differ (dict(x) vs x.get), all map to one error
    return ours == reference


def strict_fields(schema: Schema) -> list[str]:
    """Documented properties of a single non-null type (unions pass unknown values through upstream)."""
    return [
        key
        for key, sub in schema.get("properties", {}).items()
        if not sub.get("oneOf") and not sub.get("anyOf") and (len(types_of(sub)) == 1 or "$ref" in sub)
    ]


STRICT_CASES = [case for case in CASES if strict_fields(case[3])]
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_every_model_of_every_spec_is_compared() -> None:
    counts = {service: sum(1 for case in CASES if case[0] == service) for service in SERVICES}
    assert all(counts.values()), counts
    assert sum(counts.values()) >= 80, counts


@pytest.mark.parametrize(("service", "name", "spec", "schema"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_from_dict_matches_the_upstream_template(
    reference_dir: Path, service: str, name: str, spec: Schema, schema: Schema
) -> None:
    ours, reference = model_pair(service, name)

    @FUZZ
    @given(payload=values(spec, schema))
    def check(payload: dict[str, Any]) -> None:
        original = copy.deepcopy(payload)
        expected = outcome(reference.from_dict, payload)
        assert expected[0] == "parsed", expected  # the payload is valid, the reference must accept it
        assert outcome(ours.from_dict, payload) == expected
        assert payload == original  # from_dict reads its input, never changes it

    check()


LIST_FUZZ = settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(("service", "name", "spec", "schema"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_an_array_through_decode_items_matches_the_upstream_template(
    reference_dir: Path, service: str, name: str, spec: Schema, schema: Schema
) -> None:
    """What the endpoints do with an array of models: one UUID cache for every item, items released as they
    are converted. The ids are drawn from a small pool so that items share them."""
    ours, reference = model_pair(service, name)
    types = importlib.import_module(f"{SERVICES[service].package_name}.types")

    @LIST_FUZZ
    @given(payloads=st.lists(values(spec, schema), min_size=1, max_size=4))
    def check(payloads: list[dict[str, Any]]) -> None:
        expected = [outcome(reference.from_dict, payload) for payload in payloads]
        owned = copy.deepcopy(payloads)
        decoded = types.decode_items(owned, ours._decode)
        assert owned == [None] * len(payloads)  # released as converted
        assert [("parsed", normal(item), normal(item.to_dict())) for item in decoded] == expected

    check()


@pytest.mark.parametrize(
    ("service", "name", "spec", "schema"), STRICT_CASES, ids=[f"{c[0]}:{c[1]}" for c in STRICT_CASES]
)
def test_from_dict_refuses_what_the_upstream_template_refuses(
    reference_dir: Path, service: str, name: str, spec: Schema, schema: Schema
) -> None:
    ours, reference = model_pair(service, name)
    fields = strict_fields(schema)

    @FUZZ
    @given(payload=values(spec, schema), data=st.data())
    def check(payload: dict[str, Any], data: st.DataObject) -> None:
        key = data.draw(st.sampled_from(fields))
        broken = dict(payload)
        if key in schema.get("required", []) and data.draw(st.booleans()):
            broken.pop(key, None)
        else:
            broken[key] = data.draw(wrong_value(resolve(spec, schema["properties"][key])))
        assert same_outcome(outcome(ours.from_dict, broken), outcome(reference.from_dict, broken))

    check()


def test_non_mapping_payloads_are_refused_like_upstream(reference_dir: Path) -> None:
    for service, name, _, _ in CASES:
        ours, reference = model_pair(service, name)
        for payload in (None, "text", 5, [1, 2]):
            assert same_outcome(outcome(ours.from_dict, payload), outcome(reference.from_dict, payload)), (
                name,
                payload,
            )


def test_a_nullable_uuid_that_is_not_one_raises_instead_of_passing_through(reference_dir: Path) -> None:
    """The one deliberate difference: upstream keeps the raw string in a field typed UUID | None."""
    from qalyptus_cloud_client.models import ConditionRuleRequest
    from qalyptus_cloud_client_reference.models import ConditionRuleRequest as Reference

    payload = {"id": "not-a-uuid", "name": "n", "qlikAppID": str(uuid.uuid4()), "values": []}
    assert Reference.from_dict(payload).id == "not-a-uuid"
    with pytest.raises(ValueError, match="hexadecimal"):
        ConditionRuleRequest.from_dict(payload)
    assert ConditionRuleRequest.from_dict({**payload, "id": None}).id is None


# ------------------------------------------------------------------------------------------- parse_uuid

UUID_TEXT = st.one_of(
    st.uuids().map(str),
    st.uuids().map(lambda u: str(u).upper()),
    st.uuids().map(lambda u: u.hex),
    st.uuids().map(lambda u: "{" + str(u) + "}"),
    st.uuids().map(lambda u: u.urn),
    st.text(alphabet="0123456789abcdefABCDEF-_{}+ xurn:id", min_size=28, max_size=40),
    st.text(max_size=40),
)


@settings(max_examples=1500, deadline=None)
@given(text=UUID_TEXT)
def test_parse_uuid_equals_uuid(text: str) -> None:
    from qlik_qrs_client.types import parse_uuid

    try:
        expected: Any = uuid.UUID(text)
    except ValueError as error:
        expected = type(error)
    try:
        actual: Any = parse_uuid(text)
    except ValueError as error:
        actual = type(error)
    assert actual == expected
    if isinstance(expected, uuid.UUID):
        assert type(actual) is uuid.UUID and actual.is_safe is expected.is_safe
        assert str(actual) == str(expected) and hash(actual) == hash(expected)


@pytest.mark.parametrize("value", [None, 12345, b"12345678123456781234567812345678"])
def test_parse_uuid_refuses_non_strings_like_uuid(value: Any) -> None:
    from qlik_qrs_client.types import parse_uuid

    with pytest.raises((TypeError, AttributeError)) as expected:
        uuid.UUID(value)
    with pytest.raises(expected.type):
        parse_uuid(value)
