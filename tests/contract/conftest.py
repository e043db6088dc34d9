"""Contract-test setup: one Prism mock per spec for the whole session, and clients pointed at them."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from conftest import SERVICES, load_spec, operations

from examples import mockservers

TOKEN = "contract-test-token"


@dataclass
class ContractResults:
    """What the contract tests saw, for the summary line at the end of the session."""

    exercised: set[tuple[str, str]] = field(default_factory=set)
    violations: list[str] = field(default_factory=list)
    used: bool = False


RESULTS = ContractResults()
FACADE_RESULTS = ContractResults()  # the same operations sent through the resource clients


def total_operations() -> int:
    return sum(len(operations(load_spec(service))) for service in SERVICES)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if RESULTS.used:
        terminalreporter.write_line(f"operations exercised: {len(RESULTS.exercised)}/{total_operations()}")
        terminalreporter.write_line(f"prism violations: {len(RESULTS.violations)}")
    if FACADE_RESULTS.used:
        terminalreporter.write_line(
            f"operations exercised through the resource clients: {len(FACADE_RESULTS.exercised)}/{total_operations()}"
        )
        terminalreporter.write_line(f"prism violations (resource clients): {len(FACADE_RESULTS.violations)}")


@pytest.fixture(scope="session")
def contract_results() -> ContractResults:
    RESULTS.used = True
    return RESULTS


@pytest.fixture(scope="session")
def facade_results() -> ContractResults:
    FACADE_RESULTS.used = True
    return FACADE_RESULTS


@pytest.fixture(scope="session")
def prism() -> Iterator[dict[str, mockservers.MockServer]]:
    """The four mocks, started in parallel from the original specs/ files and stopped even when tests fail."""
    specs = mockservers.service_specs()
    assert set(specs) == set(SERVICES)
    try:
        servers = mockservers.start(specs)
    except mockservers.PrismError as error:
        pytest.fail(str(error), pytrace=False)
    try:
        yield servers
    finally:
        mockservers.stop(servers.values())


def package(service: str) -> Any:
    return importlib.import_module(SERVICES[service].package_name)


def new_entry_client(service: str, base_url: str, *, is_async: bool = False, **options: Any) -> Any:
    """The resource client (entry class) of `service`, or its async twin, with the credentials its spec requires."""
    config = SERVICES[service]
    entry = getattr(package(service), ("Async" if is_async else "") + config.resources["client"])
    if config.client == "qrs":
        return entry(base_url=base_url, **options)
    if config.client == "dataplus":
        return entry.for_server(TOKEN, base_url=base_url, **options)
    return entry(base_url=base_url, token=TOKEN, **options)


def new_client(service: str, base_url: str, **options: Any) -> Any:
    """A client of `service` with the authentication its spec requires (the QRS one adds its Xrfkey itself)."""
    client = SERVICES[service].client
    pkg = package(service)
    if client == "qrs":
        return pkg.Client(base_url, **options)
    if client == "dataplus":
        return pkg.AuthenticatedClient.for_server(TOKEN, base_url=base_url, **options)
    if client in ("qlik_cloud", "qalyptus"):
        return pkg.AuthenticatedClient(base_url, token=TOKEN, **options)
    raise AssertionError(f"no client set-up for client {client!r} of {service}")


@pytest.fixture(scope="session")
def mock_client(prism: dict[str, mockservers.MockServer]) -> Iterator[Callable[[str], Any]]:
    """The shared sync client of a service, pointed at its mock (Prism serves the paths at its root)."""
    clients: dict[str, Any] = {}

    def get(service: str) -> Any:
        if service not in clients:
            clients[service] = new_client(service, prism[service].url)
        return clients[service]

    yield get
    for client in clients.values():
        client.close()
