"""Every fake fed garbage answers like its API (400/404/405/413/500 in the API's error form); nothing raises out
of the transport. Runs for each package whose service config has `fake:`."""

from __future__ import annotations

import importlib
import json
import re
from typing import Any

import httpx
import pytest
from conftest import SERVICES, load_spec, operations
from contract.conftest import TOKEN, new_client

FAKED = [name for name, service in SERVICES.items() if "fake" in service.capabilities]
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def new_fake(service: str) -> Any:
    config = SERVICES[service]
    testing = importlib.import_module(f"{config.package_name}.testing")
    return getattr(testing, config.capabilities["fake"]["name"])()


def json_operation(service: str) -> tuple[str, str, set[str]]:
    """(method, concrete path, the methods documented on it) of the first operation taking a JSON body."""
    spec = load_spec(service)
    for method, path, operation in operations(spec):
        content = operation.get("requestBody", {}).get("content", {})
        if "application/json" in content:
            concrete = re.sub(r"\{[^}]*\}", "3fa85f64-5717-4562-b3fc-2c963f66afa6", path)
            return method, concrete, {m.upper() for m in spec["paths"][path] if m.upper() in METHODS}
    raise AssertionError(f"{service} has no operation with a JSON body")


def error_keys(fake: Any) -> set[str]:
    return set(json.loads(fake.error_response(400, "x").content))


@pytest.fixture(params=FAKED)
def setup(request: pytest.FixtureRequest) -> Any:
    service = request.param
    fake = new_fake(service)
    for credential in ("token", "api_key"):  # the fake accepts the credential the contract clients send
        if hasattr(fake, credential):
            setattr(fake, credential, TOKEN)
    client = new_client(service, fake.base_url, httpx_args={"transport": fake}, max_retries=0)
    with client:
        yield service, fake, client.get_httpx_client()


def test_garbage_is_answered_in_the_apis_form(setup: Any) -> None:
    service, fake, raw = setup
    method, path, documented = json_operation(service)
    json_type = {"Content-Type": "application/json"}
    answers = {
        "not JSON": raw.request(method, path, content=b"{not json", headers=json_type),
        "wrong content type": raw.request(method, path, content=b"a=1", headers={"Content-Type": "text/plain"}),
        "10 MB": raw.request(method, path, content=b"[" + b"0," * (5 * 1024 * 1024) + b"0]", headers=json_type),
        "unknown path": raw.get("/no/such/path/anywhere"),
        "unknown method": raw.request(next(m for m in METHODS if m not in documented), path),
    }
    statuses = {name: response.status_code for name, response in answers.items()}
    assert statuses == {
        "not JSON": 400,
        "wrong content type": 400,
        "10 MB": 413,
        "unknown path": 404,
        "unknown method": 405,
    }, service
    for name, response in answers.items():
        assert set(response.json()) == error_keys(fake), (service, name, response.content[:200])
    assert len(fake.violations) == 2 and all(path in v for v in fake.violations)


def test_a_failing_handler_is_a_500_not_an_exception(setup: Any) -> None:
    service, fake, raw = setup
    method, template = next((m, t) for m, t, _, _ in fake._routes if m == "GET" and "{" not in t)

    def broken(request: Any) -> httpx.Response:
        raise KeyError("a secret detail")

    fake.route(method, template, broken)
    fake._routes.insert(0, fake._routes.pop())  # ahead of the working one
    response = raw.get(template)
    assert response.status_code == 500, service
    assert set(response.json()) == error_keys(fake)
    assert "KeyError" in response.text and "secret" not in response.text
