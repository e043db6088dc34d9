"""Every operation of every package that has a fake, called through its resource client against the fake, sync and
async: the status is documented, the body validates against the spec's response schema, the result is what the
method promises, and the fake saw nothing the spec does not allow.

The arguments are the contract tests' (tests/contract/argbuilder.py); the entities a call names are seeded into
every store of the fake first, so stateful handlers answer as for an existing entity. Packages are included as
soon as their service config has `fake:`.
"""

from __future__ import annotations

import asyncio
import importlib
import uuid
from dataclasses import dataclass, field
from typing import Any

import attrs
import jsonschema
import pytest
import qlik_data_stores_client
from conftest import SERVICES, operations
from contract import argbuilder
from contract.test_contract import build, documented
from contract.test_contract import spec_of as load_spec
from contract.test_facade_contract import check_result, facade_arguments, tree

FAKED = [name for name, service in SERVICES.items() if "fake" in service.capabilities]
# Arguments whose builder placeholder ("string") the API would refuse for what it means, not for its schema.
# Data stores: projections keep only the fields named ("string" would keep none); a new data store has no id.
MEANINGFUL: dict[str, dict[str, Any]] = {
    "qlik-qrs": {"filter": "name eq 'string'"},
    "qlik-data-stores": {"projections": qlik_data_stores_client.UNSET, "id": qlik_data_stores_client.UNSET},
}
# Bodies whose builder placeholders the API refuses for what they mean: a new data store has no id; a JSON Patch
# path is a pointer (to a field the store has).
ARGUMENT_FIXES: dict[str, Any] = {
    "DataStoreRequest": lambda body: attrs.evolve(body, id=qlik_data_stores_client.UNSET),
    "list": lambda ops: [
        attrs.evolve(op, path="/description", value="Q1", from_=qlik_data_stores_client.UNSET)
        if type(op).__name__ == "JsonPatchOperation"
        else op
        for op in ops
    ],
}
# Fields of a seeded entity where the call sends no body to copy them from (so that filter finds it).
SEED_FIELDS = {"qlik-qrs": {"name": "string", "connectionstring": "string", "type": "string"}}


@dataclass
class SweepResults:
    swept: dict[str, set[str]] = field(default_factory=lambda: {"sync": set(), "async": set()})
    violations: list[str] = field(default_factory=list)


RESULTS = SweepResults()


def summary() -> list[str]:
    """Read by tests/conftest.py's terminal summary (empty when the sweep did not run)."""
    if not any(RESULTS.swept.values()):
        return []
    total = sum(len(operations(load_spec(s))) for s in FAKED)
    return [
        f"fake sweep: {len(RESULTS.swept['sync'])}/{total} operations sync, {len(RESULTS.swept['async'])}/{total} async"
        f" ({', '.join(FAKED)}); fake violations: {len(RESULTS.violations)}"
    ]


def new_fake(service: str) -> Any:
    config = SERVICES[service]
    testing = importlib.import_module(f"{config.package_name}.testing")
    return getattr(testing, config.capabilities["fake"]["name"])()


def _ids(value: Any) -> list[str]:
    """Every UUID in an argument value (path ids, id lists in bodies)."""
    if isinstance(value, uuid.UUID):
        return [str(value)]
    if isinstance(value, str):
        try:
            return [str(uuid.UUID(value))]
        except ValueError:
            return []
    if isinstance(value, list):
        return [i for item in value for i in _ids(item)]
    if isinstance(value, dict):
        return [i for item in value.values() for i in _ids(item)]
    return []


def arguments(service: str, method: str, path: str, function: Any) -> tuple[list[Any], dict[str, Any]]:
    args, kwargs = facade_arguments(service, method, path, function)
    overrides = MEANINGFUL.get(service, {})
    args = [ARGUMENT_FIXES.get(type(arg).__name__, lambda value: value)(arg) for arg in args]
    return args, {name: overrides.get(name, value) for name, value in kwargs.items()}


def seeded_fake(service: str, method: str, path: str) -> Any:
    """A fake whose stores hold an entity for every id the call names, with the fields its body sends."""
    fake = new_fake(service)
    _, _, call = build(service, method, path, "sync_detailed")
    body = call.kwargs.get("body")
    sent = body.to_dict() if hasattr(body, "to_dict") else body
    fields = dict(SEED_FIELDS.get(service, {}))
    fields.update({k: v for k, v in sent.items() if k != "id"} if isinstance(sent, dict) else {})
    ids = {argbuilder._string_value({"format": "uuid"})}
    for name, value in call.kwargs.items():
        ids.update(_ids(value) if name != "body" else _ids(sent))
    SEEDERS.get(service, _seed_every_store)(fake, sorted(ids), fields, call.kwargs, path)
    return fake


def _seed_every_store(fake: Any, ids: list[str], fields: dict[str, Any], kwargs: dict[str, Any], path: str) -> None:
    for store in fake.stores().values():
        for item_id in ids:
            store.add(id=item_id, **fields)


def _seed_data_stores(fake: Any, ids: list[str], fields: dict[str, Any], kwargs: dict[str, Any], path: str) -> None:
    # Assets live in a stored data store, sets in a stored asset: each id names one of each, chained (but a store
    # that holds assets cannot be deleted, so the delete of stores gets bare ones).
    for item_id in [*ids, argbuilder._string_value({})]:  # ids there are strings, not UUIDs
        fake.data_stores.add(**{"type": "qix-datafiles", "technicalName": "t", "name": "n", **fields, "id": item_id})
        if path.endswith("/data-stores"):
            continue
        fake.data_assets.add(
            id=item_id, name="n", appType="qlik-sense", technicalName="t", dataStoreInfo={"id": item_id}
        )
        fake.data_sets.add(id=item_id, technicalName="t", dataAssetInfo={"id": item_id})


def _seed_dataplus(fake: Any, ids: list[str], fields: dict[str, Any], kwargs: dict[str, Any], path: str) -> None:
    # The table the call names holds rows whose ids are those the call sends (row bodies carry them as "id").
    sent = kwargs.get("body")
    rows = sent.to_dict() if hasattr(sent, "to_dict") else sent
    table = kwargs.get("table_name") or kwargs.get("table") or (rows.get("table") if isinstance(rows, dict) else None)
    if isinstance(table, str):
        row_ids = {str(row["id"]) for row in _rows(rows) if "id" in row and not path.endswith("/insert")} or {"1"}
        fake.tables.add(**{table: [{"id": row_id} for row_id in sorted(row_ids)]})
    for item_id in ids:
        fake.tasks.add(id=item_id)


def _rows(value: Any) -> list[dict[str, Any]]:
    if hasattr(value, "to_dict"):
        value = value.to_dict()
    if isinstance(value, dict):
        return [value, *[row for inner in value.values() for row in _rows(inner)]]
    if isinstance(value, list):
        return [row for item in value for row in _rows(item)]
    return []


SEEDERS = {"qlik-data-stores": _seed_data_stores, "dataplus-server": _seed_dataplus}


def validate_body(service: str, operation: dict, raw: Any) -> None:
    """The raw response's status is documented and its JSON body is valid against the spec's schema for it."""
    where = f"{service}:{operation['operationId']}"
    assert documented(operation, raw.status_code), f"{where}: status {raw.status_code} is not documented"
    spec = load_spec(service)
    response = argbuilder.resolve(spec, operation["responses"].get(str(raw.status_code), {}))
    content = response.get("content") or {}
    media = raw.headers.get("content-type", "").split(";")[0]
    if not content:
        assert not raw.content, f"{where}: a body where the spec documents none"
        return
    assert media in content, f"{where}: {media!r} is not one of {sorted(content)}"
    if "json" not in media:
        assert raw.content, f"{where}: an empty file"
        return
    schema = {**content[media].get("schema", {}), "components": spec.get("components", {})}
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    problems = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(raw.json())]
    assert not problems, f"{where}: the body breaks the response schema: {problems[:5]}"


def check(service: str, operation: dict, bound: Any, result: Any, status: int) -> None:
    if isinstance(result, list) and not result and bound.data == "list":
        return  # a store's list may be empty; the contract check wants the mock's non-empty example
    check_result(service, operation, bound, result, status)


def cases() -> list[Any]:
    return [
        pytest.param(service, method, path, id=f"{service}:{operation['operationId']}")
        for service in FAKED
        for method, path, operation in operations(load_spec(service))
    ]


def record(service: str, operation_id: str, fake: Any, mode: str) -> None:
    RESULTS.violations.extend(f"{service}:{operation_id} ({mode}): {v}" for v in fake.violations)
    assert not fake.violations, f"{service}:{operation_id}: the fake saw violations: {fake.violations}"


@pytest.mark.parametrize(("service", "method", "path"), cases())
def test_operation_against_the_fake(service: str, method: str, path: str) -> None:
    operation = load_spec(service)["paths"][path][method.lower()]
    attribute, bound = tree(service)[operation["operationId"]]
    for step in ("raw", "result"):  # each on a fresh fake: a delete must find its entity both times
        fake = seeded_fake(service, method, path)
        with fake.client(max_retries=0) as client:
            resource = getattr(client, attribute)
            args, kwargs = arguments(service, method, path, getattr(resource, bound.name))
            if step == "raw":
                raw = getattr(resource.with_raw_response, bound.name)(*args, **kwargs)
                validate_body(service, operation, raw)
                status = raw.status_code
            else:
                result = getattr(resource, bound.name)(*args, **kwargs)
                if bound.pager:
                    result.first_page()
                else:
                    check(service, operation, bound, result, status)
        record(service, operation["operationId"], fake, "sync")
    RESULTS.swept["sync"].add(f"{service}:{operation['operationId']}")


@pytest.mark.parametrize(("service", "method", "path"), cases())
def test_operation_against_the_fake_async(service: str, method: str, path: str) -> None:
    operation = load_spec(service)["paths"][path][method.lower()]
    attribute, bound = tree(service)[operation["operationId"]]

    async def run(fake: Any, raw_step: bool) -> Any:
        async with fake.async_client(max_retries=0) as client:
            resource = getattr(client, attribute)
            args, kwargs = arguments(service, method, path, getattr(resource, bound.name))
            if raw_step:
                return await getattr(resource.with_raw_response, bound.name)(*args, **kwargs)
            if bound.pager:
                return await getattr(resource, bound.name)(*args, **kwargs).first_page()
            return await getattr(resource, bound.name)(*args, **kwargs)

    fake = seeded_fake(service, method, path)
    raw = asyncio.run(run(fake, True))
    validate_body(service, operation, raw)
    record(service, operation["operationId"], fake, "async")
    fake = seeded_fake(service, method, path)
    result = asyncio.run(run(fake, False))
    if not bound.pager:
        check(service, operation, bound, result, raw.status_code)
    record(service, operation["operationId"], fake, "async")
    RESULTS.swept["async"].add(f"{service}:{operation['operationId']}")


def test_the_sweep_reaches_every_faked_operation() -> None:
    assert {"qlik-qrs", "qalyptus-cloud"} <= set(FAKED)
    assert len(cases()) == sum(len(operations(load_spec(s))) for s in FAKED) >= 183


def test_the_body_check_catches_a_body_off_the_schema() -> None:
    """validate_body fails on a body the schema refuses (here: an envelope without isSuccess)."""
    import httpx
    from qalyptus_cloud_client._facade import RawResponse

    operation = load_spec("qalyptus-cloud")["paths"]["/tasks"]["get"]
    bad = httpx.Response(200, json={"data": []})
    with pytest.raises(AssertionError, match="isSuccess"):
        validate_body("qalyptus-cloud", operation, RawResponse.of(bad, None))
    undocumented = httpx.Response(201, json={"data": [], "isSuccess": True})
    with pytest.raises(AssertionError, match="not documented"):
        validate_body("qalyptus-cloud", operation, RawResponse.of(undocumented, None))
