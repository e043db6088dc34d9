"""Every operation of every spec, called through the resource clients (QrsClient().data_connections.list(), ...)
against the Prism mock of its spec: the same requests as the generated functions' contract tests, sent by
the methods users call, and their results checked against the exact types the methods promise.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
from typing import Any

import pytest
from conftest import SERVICES, operations

from generator import facade

from . import argbuilder
from .conftest import ContractResults, new_entry_client, total_operations
from .test_contract import build, errors_module, modules_of, types_module
from .test_contract import spec_of as load_spec

ASYNC_SAMPLE = {
    "qlik-qrs": ("getDataConnections", "createDataConnection", "deleteDataConnection"),
    "qlik-data-stores": ("getDataStores", "patchDataStore", "getDataStore"),
    "dataplus-server": ("getStatus", "bulkInsertEntries", "getEntries"),
    "qalyptus-cloud": ("getTasks", "runTask", "importUsersFromExcel", "downloadReportStream", "getReportTemplateItems"),
}


@functools.cache
def tree(service: str) -> dict[str, facade.Method]:
    """operationId -> its facade method, and the resource it sits on (as method.name 'resource.method')."""
    found = {}
    for resource in facade.resource_tree(load_spec(service), SERVICES[service].resources):
        for method in resource.methods:
            found[method.operation_id] = (resource.attribute, method)
    return found


def facade_arguments(service: str, method: str, path: str, bound: Any) -> tuple[list[Any], dict[str, Any]]:
    """The arguments of the generated function's contract call, as the facade method takes them."""
    _, _, call = build(service, method, path, "sync_detailed")
    renames = SERVICES[service].resources.get("arguments", {})
    signature = inspect.signature(bound)
    positional_names = [
        n for n, p in signature.parameters.items() if p.kind is inspect.Parameter.POSITIONAL_ONLY and n != "self"
    ]
    by_name = {facade.argument_name(name, renames): value for name, value in call.kwargs.items() if name != "body"}
    args = []
    for name in positional_names:
        if name not in by_name:  # the body: a model, a list, or rows as mappings
            body = call.kwargs["body"]
            if name == "row":
                body = body.to_dict()
            elif name == "rows":
                body = [row.to_dict() for row in body]
            args.append(body)
        else:
            args.append(by_name.pop(name))
    return args, by_name


def check_result(service: str, operation: dict[str, Any], method: facade.Method, result: Any, status: int) -> None:
    """The result is what the method's signature promises for the documented response."""
    where = f"{service}:{operation['operationId']}"
    module = argbuilder.module_for(modules_of(service), method.http_method, method.path)
    expected = argbuilder.expected_result(load_spec(service), operation, status)
    if method.data in ("list", "object", "value"):
        kind = {"list": list, "object": dict, "value": object}[method.data]
        assert isinstance(result, kind), f"{where}: {result!r} is not a {kind.__name__}"
        if method.data == "list":
            assert result and all(isinstance(item, dict) for item in result), f"{where}: {result!r}"
        return
    if method.data and method.data != "file":  # a typed model in the envelope
        cls = argbuilder.model_class(resource_module(service, method), method.data)
        assert isinstance(result, cls), f"{where}: {result!r} is not a {method.data}"
        return
    if method.rows:
        if expected.kind == "list":
            assert result and all(isinstance(r, dict) for r in result), f"{where}: {result!r}"
        elif expected.kind == "model":
            assert isinstance(result, dict) and all(isinstance(v, str) for v in result.values()), f"{where}: {result!r}"
        else:
            assert result is None, f"{where}: {result!r}"
        return
    if expected.kind == "model":
        cls = argbuilder.model_class(module, expected.schema or "")
        assert isinstance(result, cls), f"{where}: {type(result).__name__}, expected {cls.__name__}"
    elif expected.kind == "list":
        cls = argbuilder.model_class(module, expected.schema or "")
        assert isinstance(result, list) and result and all(isinstance(i, cls) for i in result), f"{where}: {result!r}"
    elif expected.kind == "file":
        assert isinstance(result, types_module(service).File), f"{where}: {type(result).__name__}, not File"
    elif expected.kind == "none":
        assert result is None, f"{where}: expected None, got {result!r}"


def resource_module(service: str, method: facade.Method) -> Any:
    """The module of the resource holding `method` (resources/<resource>.py), which imports its models."""
    import importlib

    attribute = next(resource for resource, found in tree(service).values() if found == method)
    return importlib.import_module(f"{SERVICES[service].package_name}.resources.{attribute}")


def all_operations() -> list[Any]:
    return [
        pytest.param(service, method, path, id=f"{service}:{operation['operationId']}")
        for service in SERVICES
        for method, path, operation in operations(load_spec(service))
    ]


@pytest.fixture(scope="module")
def entry_client(prism: Any) -> Any:
    clients: dict[str, Any] = {}

    def get(service: str) -> Any:
        if service not in clients:
            clients[service] = new_entry_client(service, prism[service].url)
        return clients[service]

    yield get
    for client in clients.values():
        client.close()


def record(service: str, operation_id: str, raw: Any, results: ContractResults) -> None:
    violations = raw.headers.get("sl-violations")
    if violations:
        results.violations.append(f"{service}:{operation_id}: {violations}")
    assert violations is None, f"{service}:{operation_id}: Prism reported violations: {violations}"


@pytest.mark.parametrize(("service", "method", "path"), all_operations())
def test_operation_through_the_resource_client(
    service: str, method: str, path: str, entry_client: Any, facade_results: ContractResults
) -> None:
    operation = load_spec(service)["paths"][path][method.lower()]
    attribute, bound_method = tree(service)[operation["operationId"]]
    client = entry_client(service)
    resource = getattr(client, attribute)
    function = getattr(resource, bound_method.name)
    args, kwargs = facade_arguments(service, method, path, function)
    where = f"{service}:{operation['operationId']}"
    try:
        raw = getattr(resource.with_raw_response, bound_method.name)(*args, **kwargs)
        record(service, operation["operationId"], raw, facade_results)
        result = function(*args, **kwargs)
        if bound_method.pager:
            # The first page and its first item (the mock's example next link is a placeholder, so later
            # pages are left to the pager tests).
            page = result.first_page()
            assert page.to_dict() == raw.parsed.to_dict(), f"{where}: the pager's first page differs"
            assert next(iter(result), None) is not None, f"{where}: the pager yields no items"
            facade_results.exercised.add((service, operation["operationId"]))
            return
    except errors_module(service).ApiError as error:
        detail = error.headers.get("sl-violations") or error.content[:500]
        facade_results.violations.append(f"{where}: {error.status_code} {detail}")
        pytest.fail(f"{where}: Prism rejected the request with {error.status_code}: {detail}", pytrace=False)
    check_result(service, operation, bound_method, result, raw.status_code)
    facade_results.exercised.add((service, operation["operationId"]))


def _async_cases() -> list[Any]:
    cases = []
    for service, operation_ids in ASYNC_SAMPLE.items():
        by_id = {op["operationId"]: (method, path) for method, path, op in operations(load_spec(service))}
        cases += [pytest.param(service, *by_id[op_id], id=f"{service}:{op_id}") for op_id in operation_ids]
    return cases


@pytest.mark.parametrize(("service", "method", "path"), _async_cases())
def test_operation_through_the_async_resource_client(service: str, method: str, path: str, prism: Any) -> None:
    operation = load_spec(service)["paths"][path][method.lower()]
    attribute, bound_method = tree(service)[operation["operationId"]]

    async def run() -> tuple[Any, Any]:
        async with new_entry_client(service, prism[service].url, is_async=True) as client:
            resource = getattr(client, attribute)
            function = getattr(resource, bound_method.name)
            args, kwargs = facade_arguments(service, method, path, function)
            raw = await getattr(resource.with_raw_response, bound_method.name)(*args, **kwargs)
            if bound_method.pager:
                pager = function(*args, **kwargs)
                async for _ in pager:
                    break
                else:
                    raise AssertionError("the pager yields no items")
                return raw, await pager.first_page()
            return raw, await function(*args, **kwargs)

    raw, result = asyncio.run(run())
    assert raw.headers.get("sl-violations") is None
    if not bound_method.pager:
        check_result(service, operation, bound_method, result, raw.status_code)


def test_every_operation_goes_through_the_resource_clients() -> None:
    assert sum(len(tree(service)) for service in SERVICES) == total_operations() == len(all_operations())
