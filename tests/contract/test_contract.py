"""Every operation of every spec, called through its generated function against a Prism mock of that spec.

Prism validates each request against the spec (parameters, body, security) and answers from the spec's
examples, so a pass means: the generated function sends what the spec describes, the runtime adds what it
must (Xrfkey, credentials), and the documented response parses into the documented type.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import json
import os
import types
import uuid
from typing import Any

import httpx
import pytest
from conftest import SERVICES, load_spec, operations

from examples import mockservers

from . import argbuilder
from .conftest import ContractResults, new_client, total_operations

# Operations also called through asyncio_detailed: a spread over the four services, with and without bodies.
ASYNC_SAMPLE = {
    "qlik-qrs": ("getDataConnections", "createDataConnection"),
    "qlik-data-stores": ("getDataStores", "patchDataStore"),
    "dataplus-server": ("getStatus", "bulkInsertEntries"),
    "qalyptus-cloud": ("getTasks", "importUsersFromExcel", "downloadReportStream", "getReportTemplateItems"),
}


@functools.cache
def spec_of(service: str) -> dict:
    return load_spec(service)


@functools.cache
def modules_of(service: str) -> dict[tuple[str, str], types.ModuleType]:
    return argbuilder.operation_modules(SERVICES[service].package_name)


def runtime_parameters(service: str) -> set[str]:
    """Spec parameters the package fills in itself: those the generator's preparation step removes."""
    return set(SERVICES[service].prepare.get("remove_query_parameters", []))


def all_operations() -> list[Any]:
    return [
        pytest.param(service, method, path, id=f"{service}:{operation['operationId']}")
        for service in SERVICES
        for method, path, operation in operations(spec_of(service))
    ]


def build(service: str, method: str, path: str, function_name: str) -> tuple[types.ModuleType, dict, Any]:
    spec = spec_of(service)
    operation = spec["paths"][path][method.lower()]
    module = argbuilder.module_for(modules_of(service), method, path)
    call = argbuilder.build_call(
        spec,
        path,
        method,
        operation,
        getattr(module, function_name),
        file_type=types_module(service).File,
        runtime_parameters=runtime_parameters(service),
    )
    return module, operation, call


def types_module(service: str) -> Any:
    return importlib.import_module(f"{SERVICES[service].package_name}.types")


def errors_module(service: str) -> Any:
    return importlib.import_module(f"{SERVICES[service].package_name}.errors")


def documented(operation: dict, status: int) -> bool:
    codes = operation["responses"]
    return str(status) in codes or f"{str(status)[0]}XX" in codes or "default" in codes


def check_response(service: str, operation: dict, module: types.ModuleType, response: Any) -> None:
    """Prism accepted the request, the status is documented, and the body parsed into the documented type."""
    where = f"{service}:{operation['operationId']}"
    violations = response.headers.get("sl-violations")
    assert violations is None, f"{where}: Prism reported violations: {violations}"
    status = int(response.status_code)
    assert status < 400, f"{where}: Prism answered {status}: {response.content[:500]!r}"
    assert documented(operation, status), (
        f"{where}: status {status} is not documented ({sorted(operation['responses'])})"
    )
    expected = argbuilder.expected_result(spec_of(service), operation, status)
    parsed = response.parsed
    if expected.kind == "model":
        cls = argbuilder.model_class(module, expected.schema or "")
        assert isinstance(parsed, cls), f"{where}: parsed {type(parsed).__name__}, expected {cls.__name__}"
    elif expected.kind == "list":
        cls = argbuilder.model_class(module, expected.schema or "")
        assert isinstance(parsed, list) and parsed, f"{where}: parsed {parsed!r}, expected a non-empty list"
        assert all(isinstance(item, cls) for item in parsed), f"{where}: items are not all {cls.__name__}: {parsed!r}"
    elif expected.kind == "file":
        assert isinstance(parsed, types_module(service).File), f"{where}: parsed {type(parsed).__name__}, not File"
        assert response.content, f"{where}: empty file"
        assert parsed.payload.read() == response.content
    elif expected.kind == "json":
        assert parsed is not None, f"{where}: documented JSON body parsed to None"


def rejection(where: str, error: Any, results: ContractResults) -> str:
    """Describe (and count) a request Prism rejected: for a valid request its static mock answers 2xx."""
    violations = error.headers.get("sl-violations")
    detail = violations or (json.dumps(error.body) if error.body is not None else error.content[:500])
    results.violations.append(f"{where}: {error.status_code} {detail}")
    return f"{where}: Prism rejected the request with {error.status_code}: {detail}"


# ---------------------------------------------------------------------------------------------- every operation


@pytest.mark.parametrize(("service", "method", "path"), all_operations())
def test_operation_is_accepted_and_parsed(
    service: str, method: str, path: str, mock_client: Any, contract_results: ContractResults
) -> None:
    module, operation, call = build(service, method, path, "sync_detailed")
    where = f"{service}:{operation['operationId']}"
    try:
        response = module.sync_detailed(client=mock_client(service), **call.kwargs)
    except errors_module(service).ApiError as error:
        pytest.fail(rejection(where, error, contract_results), pytrace=False)
    if response.headers.get("sl-violations"):
        contract_results.violations.append(f"{where}: {response.headers['sl-violations']}")
    check_response(service, operation, module, response)
    contract_results.exercised.add((service, operation["operationId"]))


def _async_cases() -> list[Any]:
    cases = []
    for service, operation_ids in ASYNC_SAMPLE.items():
        by_id = {op["operationId"]: (method, path) for method, path, op in operations(spec_of(service))}
        cases += [pytest.param(service, *by_id[op_id], id=f"{service}:{op_id}") for op_id in operation_ids]
    return cases


@pytest.mark.parametrize(("service", "method", "path"), _async_cases())
def test_operation_works_through_asyncio_detailed(
    service: str, method: str, path: str, prism: Any, contract_results: ContractResults
) -> None:
    module, operation, call = build(service, method, path, "asyncio_detailed")

    async def run() -> Any:
        # A client per event loop: httpx async clients cannot outlive the loop they were used in.
        async with new_client(service, prism[service].url) as client:
            return await module.asyncio_detailed(client=client, **call.kwargs)

    try:
        response = asyncio.run(run())
    except errors_module(service).ApiError as error:
        pytest.fail(rejection(f"{service}:{operation['operationId']}", error, contract_results), pytrace=False)
    check_response(service, operation, module, response)


def test_every_operation_has_one_generated_function() -> None:
    """The parametrization above reaches every generated operation module, and nothing else exists."""
    total = 0
    for service in SERVICES:
        ops = operations(spec_of(service))
        reached = {argbuilder.module_for(modules_of(service), method, path) for method, path, _ in ops}
        assert reached == set(modules_of(service).values())
        assert len(reached) == len(ops)
        total += len(ops)
    assert total == total_operations() == len(all_operations())


def test_only_the_xrfkey_is_left_to_the_runtime() -> None:
    """No test passes an Xrfkey: it is the one spec parameter without an argument, on every QRS operation only."""
    for service in SERVICES:
        for method, path, _ in operations(spec_of(service)):
            _, _, call = build(service, method, path, "sync_detailed")
            assert call.supplied_by_runtime == (["Xrfkey"] if service == "qlik-qrs" else []), (service, path)
            assert not any("xrf" in name.lower() for name in call.kwargs)


def test_prism_serves_paths_without_the_server_base_path(prism: Any) -> None:
    """Why every client's base_url is the mock's root: the spec's `servers` base path (/qrs, /api, /api/v1) is not
    part of the paths Prism serves."""
    with httpx.Client(base_url=prism["qlik-qrs"].url, timeout=10) as raw:
        key = "abcdefghijklmnop"
        params, headers = {"Xrfkey": key}, {"X-Qlik-Xrfkey": key}
        assert raw.get("/qrs/dataconnection", params=params, headers=headers).status_code == 404
        assert raw.get("/dataconnection", params=params, headers=headers).status_code == 200


# ---------------------------------------------------------------------------------------------- invalid requests


def test_bad_uuid_path_parameter_is_rejected(mock_client: Any) -> None:
    from qlik_qrs_client import errors
    from qlik_qrs_client.api.data_connection import get_data_connection

    with pytest.raises(errors.ApiError) as caught:
        get_data_connection.sync_detailed("not-a-uuid", client=mock_client("qlik-qrs"))  # type: ignore[arg-type]
    # The spec documents no 400/422 for this operation, so Prism answers with its own 422.
    assert caught.value.status_code == 422
    assert "uuid" in json.dumps(caught.value.body)


def test_missing_required_body_field_is_rejected(mock_client: Any) -> None:
    # A generated model cannot leave out a required field, so this body goes through the client's own httpx
    # client (same base URL, credentials and runtime transport).
    raw = mock_client("qlik-data-stores").get_httpx_client()
    response = raw.post("/v1/data-stores", json={"type": "qix-datafiles", "name": "sales"})
    assert response.status_code == 400
    assert "required property 'technicalName'" in response.headers["sl-violations"]


def test_wrong_body_model_is_rejected(mock_client: Any) -> None:
    from qlik_data_stores_client import BadRequestError
    from qlik_data_stores_client.api.data_stores import create_data_store
    from qlik_data_stores_client.models import DeleteDataStoresRequest

    wrong = DeleteDataStoresRequest(ids=["a"])
    with pytest.raises(BadRequestError) as caught:
        create_data_store.sync_detailed(client=mock_client("qlik-data-stores"), body=wrong)  # type: ignore[arg-type]
    assert "technicalName" in caught.value.headers["sl-violations"]


def test_wrong_query_parameter_type_is_rejected(mock_client: Any) -> None:
    from qlik_data_stores_client import BadRequestError
    from qlik_data_stores_client.api.data_stores import get_data_stores

    with pytest.raises(BadRequestError) as caught:
        get_data_stores.sync_detailed(client=mock_client("qlik-data-stores"), limit="many")  # type: ignore[arg-type]
    assert "limit must be integer" in caught.value.headers["sl-violations"]


def test_wrong_body_field_type_is_rejected(mock_client: Any) -> None:
    from dataplus_server_client import errors
    from dataplus_server_client.api.mail import send_mail
    from dataplus_server_client.models import SendMailRequest

    mail = SendMailRequest(to="a@example.com", from_="b@example.com", subject="s", content="c", html="yes")  # type: ignore[arg-type]
    with pytest.raises(errors.ApiError) as caught:
        send_mail.sync_detailed(client=mock_client("dataplus-server"), body=mail)
    assert caught.value.status_code == 422
    assert "html" in json.dumps(caught.value.body)


def test_out_of_range_query_parameter_is_rejected(mock_client: Any) -> None:
    from dataplus_server_client import errors
    from dataplus_server_client.api.database import get_entries

    with pytest.raises(errors.ApiError) as caught:
        get_entries.sync_detailed(client=mock_client("dataplus-server"), table="orders", limit=0)
    assert caught.value.status_code == 422
    assert "limit" in json.dumps(caught.value.body)


def test_missing_credentials_are_rejected(prism: Any) -> None:
    from qalyptus_cloud_client import AuthenticationError, Client
    from qalyptus_cloud_client.api.tasks import get_tasks

    with Client(prism["qalyptus-cloud"].url) as anonymous, pytest.raises(AuthenticationError):
        get_tasks.sync_detailed(client=anonymous)


def test_request_without_xrfkey_is_rejected(prism: Any) -> None:
    """The QRS mock passes only because the runtime adds the Xrfkey: the same request without it is refused."""
    with httpx.Client(base_url=prism["qlik-qrs"].url, timeout=10) as raw:
        response = raw.get("/dataconnection")
    assert response.status_code == 401
    assert "xrfkey" in response.headers["sl-violations"].lower()


def test_response_check_fails_on_a_rejected_request(prism: Any) -> None:
    """The check every operation goes through does fail when Prism reports violations."""
    from qalyptus_cloud_client.api.api_keys import get_api_key

    client = new_client("qalyptus-cloud", prism["qalyptus-cloud"].url, raise_on_error=False)
    module, operation, _ = build("qalyptus-cloud", "GET", "/api-keys/{id}", "sync_detailed")
    with client:
        response = get_api_key.sync_detailed("1234", client=client)  # type: ignore[arg-type]
        assert response.status_code == 422
        with pytest.raises(AssertionError):
            check_response("qalyptus-cloud", operation, module, response)
        # The same operation with a valid id passes the check.
        check_response("qalyptus-cloud", operation, module, get_api_key.sync_detailed(uuid.uuid4(), client=client))


# ---------------------------------------------------------------------------------------------- the harness itself


def test_missing_prism_fails_with_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mockservers, "PRISM", mockservers.ROOT / "node_modules" / ".bin" / "no-such-prism")
    with pytest.raises(mockservers.PrismError, match="run make first"):
        mockservers.start(mockservers.service_specs())


def test_prism_start_failure_shows_prism_output(tmp_path: Any) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\npaths: [\n", encoding="utf-8")
    with pytest.raises(mockservers.PrismError) as caught:
        mockservers.start({"broken": broken}, timeout=30)
    assert "Prism for broken (broken.yaml) exited" in str(caught.value)
    assert "Error parsing" in str(caught.value)  # Prism's own words


def test_stop_ends_prism_and_its_process_group() -> None:
    servers = mockservers.start({"dataplus-server": mockservers.service_specs()["dataplus-server"]})
    server = servers["dataplus-server"]
    assert server.listening()
    mockservers.stop(servers.values())
    assert server.process.poll() is not None
    assert not server.listening()
    with pytest.raises(ProcessLookupError):
        os.killpg(server.process.pid, 0)
