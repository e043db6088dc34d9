"""The downstream scripts (examples/downstream/app_*.py, written as an app would: str ids, enum strings, dicts,
fetched entities back into update) run against local servers: each package's Prism mock (answers from the spec,
every request checked against it) and each package's stateful fake (results asserted)."""

from __future__ import annotations

import importlib.util
from types import ModuleType
from typing import Any

import pytest
from conftest import ROOT
from dataplus_server_client.testing import FakeDataPlus
from qalyptus_cloud_client.testing import FakeQalyptus
from qlik_data_stores_client.testing import FakeDataStores
from qlik_qrs_client.testing import FakeQrs

from .conftest import new_entry_client

UUID = "2f6d1c8a-4b3e-4a9f-8c7d-1e0b9a2c3d01"


def app(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"app_{name}", ROOT / "examples" / "downstream" / f"app_{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def prism_client(prism: Any, service: str) -> tuple[Any, list[str]]:
    """An entry client on the mock whose answers carry the violations Prism saw (the test fails on any)."""
    seen: list[str] = []

    def check(response: Any) -> None:
        violations = response.headers.get("sl-violations")
        if violations:
            seen.append(f"{response.request.method} {response.request.url.path}: {violations}")

    return new_entry_client(service, prism[service].url, httpx_args={"event_hooks": {"response": [check]}}), seen


# ---------------------------------------------------------------------------------------------- against Prism


def test_qrs_app_against_prism(prism: Any) -> None:
    qrs, violations = prism_client(prism, "qlik-qrs")
    with qrs:
        assert app("qrs").rename_folder_connections(qrs, " (old)")
        assert isinstance(app("qrs").create_and_delete(qrs), str)
    assert violations == []


def test_data_stores_app_against_prism(prism: Any) -> None:
    cloud, violations = prism_client(prism, "qlik-data-stores")
    downstream = app("data_stores")
    with cloud:
        assert isinstance(downstream.describe(cloud, "s1", "Q1"), str)
        assert isinstance(downstream.describe_typed(cloud, "s1", "Q1"), str)
        # round_trip walks every page: the spec's sample next link ("string") leads nowhere on the mock (fake only)
    assert violations == []


def test_qalyptus_app_against_prism(prism: Any) -> None:
    qalyptus, violations = prism_client(prism, "qalyptus-cloud")
    with qalyptus:
        assert app("qalyptus").run_all(qalyptus) >= 1
        app("qalyptus").run_one(qalyptus, UUID)
    assert violations == []


def test_dataplus_app_against_prism(prism: Any) -> None:
    dp, violations = prism_client(prism, "dataplus-server")
    with dp:
        assert app("dataplus").load(dp) >= 1
    assert violations == []


# ---------------------------------------------------------------------------------------------- against the fakes


def test_qrs_app_against_the_fake() -> None:
    fake = FakeQrs()
    fake.data_connections.add(name="Files", connectionstring="C:\\Files", type="folder")
    with fake.client() as qrs:
        assert app("qrs").rename_folder_connections(qrs, " (old)") == ["Files (old)"]
        assert app("qrs").create_and_delete(qrs) == "Scratch 3"
        assert [c.name for c in qrs.data_connections.list()] == ["Files (old)"]
    assert fake.violations == []


def test_data_stores_app_against_the_fake() -> None:
    fake = FakeDataStores()
    store = fake.data_stores.add(name="Sales", type="s3", technicalName="sales", description="")
    downstream = app("data_stores")
    with fake.client() as cloud:
        assert downstream.describe(cloud, store["id"], "Q1") == "Sales"
        assert downstream.describe_typed(cloud, store["id"], "Q2") == store["id"]
        assert downstream.round_trip(cloud) == [store["id"]]
    assert fake.data_stores.items[store["id"]]["description"] == "reviewed"
    assert fake.violations == []


def test_qalyptus_app_against_the_fake() -> None:
    fake = FakeQalyptus()
    first, second = fake.tasks.add(name="Nightly"), fake.tasks.add(name="Weekly")
    with fake.client() as qalyptus:
        assert app("qalyptus").run_all(qalyptus) == 2
        assert {qalyptus.tasks.get(t["id"])["status"] for t in (first, second)} == {"Queued"}
        fake.tasks.add(id=UUID, name="Once")
        app("qalyptus").run_one(qalyptus, UUID)
    assert len(fake.tasks) == 2
    assert fake.violations == []


def test_dataplus_app_against_the_fake() -> None:
    fake = FakeDataPlus()
    fake.tables.add(orders=[{"id": "7", "region": "US", "amount": "75"}])
    with fake.client() as dp:
        assert app("dataplus").load(dp) == 2
    assert [row["region"] for row in fake.tables["orders"].rows] == ["US", "EU"]
    assert fake.violations == []


@pytest.mark.parametrize("name", ["qrs", "data_stores", "qalyptus", "dataplus"])
def test_every_app_is_run_here(name: str) -> None:
    """A new downstream script needs its runs above (this fails when one is added without them)."""
    scripts = sorted(p.stem.removeprefix("app_") for p in (ROOT / "examples" / "downstream").glob("app_*.py"))
    assert scripts == ["data_stores", "dataplus", "qalyptus", "qrs"]
    assert f"test_{name}_app_against_prism" in globals() and f"test_{name}_app_against_the_fake" in globals()
