"""Arguments as callers write them: str ids and dates, enum strings, plain mappings, fetched entities back into
update; and the ValueError each wrong one gets, before any request is sent."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from conftest import ROOT
from qalyptus_cloud_client import QalyptusClient
from qlik_data_stores_client import DataStoresClient, UnexpectedResponseError
from qlik_data_stores_client.models import DataStoreRequest, JsonPatchOperation, JsonPatchOperationOp
from qlik_qrs_client.testing import FakeQrs

STORE = {"id": "s1", "name": "Sales", "type": "folder", "technicalName": "sales"}


def downstream(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"app_{name}", ROOT / "examples" / "downstream" / f"app_{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Recorder:
    """A transport answering with `answer` and keeping every request it saw."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request)


@pytest.fixture
def store_server() -> Iterator[tuple[DataStoresClient, Recorder]]:
    recorder = Recorder(lambda request: httpx.Response(200, json=STORE))
    client = DataStoresClient(
        base_url="https://acme.eu.qlikcloud.com/api",
        token="key",
        httpx_args={"transport": httpx.MockTransport(recorder)},
    )
    with client:
        yield client, recorder


@pytest.fixture
def qalyptus_server() -> Iterator[tuple[QalyptusClient, Recorder]]:
    recorder = Recorder(lambda request: httpx.Response(200, json={"isSuccess": True, "data": None}))
    client = QalyptusClient(
        base_url="https://acme.qalyptus.net/api/v1",
        token="key",
        httpx_args={"transport": httpx.MockTransport(recorder)},
    )
    with client:
        yield client, recorder


# ---------------------------------------------------------------------------------------------- round trips


def test_qrs_downstream_round_trips_against_the_fake() -> None:
    app = downstream("qrs")
    fake = FakeQrs()
    with fake.client() as qrs:
        qrs.data_connections.create(name="Files", connectionstring="C:\\Files", type="folder")
        assert app.rename_folder_connections(qrs, " (old)") == ["Files (old)"]
        assert [c.name for c in qrs.data_connections.list()] == ["Files (old)"]
        assert app.create_and_delete(qrs) == "Scratch 3"
        assert [c.name for c in qrs.data_connections.list()] == ["Files (old)"]


def test_patch_operations_as_dicts_are_sent_as_json_patch(store_server: tuple[DataStoresClient, Recorder]) -> None:
    client, recorder = store_server
    assert downstream("data_stores").describe(client, "s1", "Q1") == "Sales"
    assert json.loads(recorder.requests[0].content) == [{"op": "replace", "path": "/description", "value": "Q1"}]


def test_fetched_store_goes_back_into_update(store_server: tuple[DataStoresClient, Recorder]) -> None:
    client, recorder = store_server
    full = client.data_stores.get("s1")
    client.data_stores.update(full.id, full)
    sent = json.loads(recorder.requests[-1].content)
    assert sent["technicalName"] == "sales" and sent["type"] == "folder"


def test_str_uuids_are_sent_as_given(qalyptus_server: tuple[QalyptusClient, Recorder]) -> None:
    client, recorder = qalyptus_server
    client.tasks.run("2f6d1c8a-4b3e-4a9f-8c7d-1e0b9a2c3d01")
    assert recorder.requests[0].url.path.endswith("/2f6d1c8a-4b3e-4a9f-8c7d-1e0b9a2c3d01/run")
    client.tasks.delete_many(["2f6d1c8a-4b3e-4a9f-8c7d-1e0b9a2c3d01"])
    assert json.loads(recorder.requests[1].content) == ["2f6d1c8a-4b3e-4a9f-8c7d-1e0b9a2c3d01"]


def test_bad_uuid_in_a_list_body_names_the_item(qalyptus_server: tuple[QalyptusClient, Recorder]) -> None:
    client, recorder = qalyptus_server
    with pytest.raises(ValueError, match=r"^ids\[1\]: 'nope' is not a UUID"):
        client.tasks.delete_many(["2f6d1c8a-4b3e-4a9f-8c7d-1e0b9a2c3d01", "nope"])
    assert recorder.requests == []


def test_enum_string_and_member_are_one() -> None:
    assert JsonPatchOperation.from_dict({"op": "add", "path": "/x"}).op is JsonPatchOperationOp.ADD


# ---------------------------------------------------------------------------------------------- errors


def test_bad_uuid_string_names_the_parameter(qalyptus_server: tuple[QalyptusClient, Recorder]) -> None:
    client, recorder = qalyptus_server
    with pytest.raises(ValueError, match=r"^id: 'task-7' is not a UUID"):
        client.tasks.run("task-7")
    assert recorder.requests == []


def test_bad_date_string_names_the_field() -> None:
    fake = FakeQrs()
    with fake.client() as qrs:
        created = qrs.data_connections.create(name="Files", connectionstring="C:\\Files", type="folder")
        with pytest.raises(ValueError, match=r"^modified_date: 'yesterday' is not an ISO 8601 date-time"):
            qrs.data_connections.update(
                str(created.id), name="F", connectionstring="C:\\F", type="folder", modified_date="yesterday"
            )


def test_bad_enum_string_names_the_field_and_the_allowed_values(
    store_server: tuple[DataStoresClient, Recorder],
) -> None:
    client, recorder = store_server
    with pytest.raises(ValueError, match=r"^operations\[0\]\.op: 'rename' is not one of 'add', .*'replace'") as error:
        client.data_stores.patch("s1", [{"op": "rename", "path": "/name", "value": "x"}])
    assert "'test'" in str(error.value)
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("operations", "message"),
    [
        ([{"op": "add", "path": 3}], r"^operations\[0\]\.path: expected str, got int 3"),
        ([{"op": "add"}], r"^operations\[0\]: JsonPatchOperation needs the field 'path'"),
        ([{"op": "add", "path": "/x", "paht": "/y"}], r"^operations\[0\]: JsonPatchOperation has no field 'paht'"),
        ({"op": "add", "path": "/x"}, r"^operations: expected a list, got dict"),
    ],
)
def test_bad_mapping_names_the_field(
    store_server: tuple[DataStoresClient, Recorder], operations: Any, message: str
) -> None:
    client, recorder = store_server
    with pytest.raises(ValueError, match=message):
        client.data_stores.patch("s1", operations)
    assert recorder.requests == []


def test_bad_body_mapping_names_the_field(store_server: tuple[DataStoresClient, Recorder]) -> None:
    client, recorder = store_server
    with pytest.raises(ValueError, match=r"^body: DataStoreRequest needs the field 'technicalName'"):
        client.data_stores.create({"type": "folder"})
    assert recorder.requests == []
    assert isinstance(DataStoreRequest.from_dict({"type": "t", "technicalName": "n"}), DataStoreRequest)


def test_keyword_errors_name_the_keyword_the_caller_writes() -> None:
    fake = FakeQrs()
    with fake.client() as qrs:
        with pytest.raises(TypeError, match=r"^create\(\) missing required keyword argument: 'type'$"):
            qrs.data_connections.create(name="Files", connectionstring="C:\\Files")  # type: ignore[call-overload]
        with pytest.raises(TypeError, match=r"create\(\) got an unexpected keyword argument 'kind'$"):
            qrs.data_connections.create(name="F", connectionstring="C:\\F", type="folder", kind="x")  # type: ignore[call-overload]


def test_a_documented_status_without_body_raises_saying_so() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(204))
    with DataStoresClient(
        base_url="https://a.eu.qlikcloud.com/api", token="k", httpx_args={"transport": transport}
    ) as c:
        with pytest.raises(UnexpectedResponseError, match=r"answered 204 without the documented DataStore body"):
            c.data_stores.patch("s1", [{"op": "replace", "path": "/name", "value": "x"}])
