"""Every request names the client and its version in User-Agent, unless the caller sets their own."""

from __future__ import annotations

import importlib
import platform

import httpx
import pytest
from conftest import SERVICES
from helpers import Recorder


def client_of(service: str, recorder: Recorder, **options: object):
    package = importlib.import_module(SERVICES[service].package_name)
    importlib.import_module(f"{package.__name__}._runtime")
    args = {"httpx_args": {"transport": recorder.transport}, **options}
    if SERVICES[service].client == "qrs":
        return package, package.Client("https://qlik.example.com/qrs", **args)
    return package, package.AuthenticatedClient("https://api.example.com/api", token="secret-token", **args)


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_requests_carry_the_project_name_and_versions(service: str) -> None:
    recorder = Recorder(httpx.Response(200, json={}))
    package, client = client_of(service, recorder)
    package._runtime.send(client, {"method": "GET", "url": "/x"})
    expected = (
        f"{SERVICES[service].project_name}/{package.__version__} httpx/{httpx.__version__} "
        f"python/{platform.python_version()}"
    )
    assert package.__version__ == SERVICES[service].package_version
    assert recorder.requests[0].headers["User-Agent"] == expected


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_the_callers_user_agent_wins(service: str) -> None:
    recorder = Recorder(httpx.Response(200, json={}))
    package, client = client_of(service, recorder, headers={"user-agent": "nightly-sync/2.0"})
    package._runtime.send(client, {"method": "GET", "url": "/x"})
    assert recorder.requests[0].headers.get_list("User-Agent") == ["nightly-sync/2.0"]
