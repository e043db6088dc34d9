"""Path parameters are percent-encoded: no value can move a request outside its path template."""

from __future__ import annotations

import re
import uuid

import httpx
import pytest
from dataplus_server_client import AuthenticatedClient as DataPlus
from dataplus_server_client.api.database import insert_entry
from dataplus_server_client.models import RowInsert
from helpers import Recorder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qalyptus_cloud_client import AuthenticatedClient as Qalyptus
from qalyptus_cloud_client.api.projects import update_project_permission_mode
from qlik_data_stores_client import AuthenticatedClient as DataStores
from qlik_data_stores_client.api.data_stores import get_data_sets
from qlik_qrs_client import Client as Qrs
from qlik_qrs_client.api.data_connection import get_data_connection

BASE = "http://127.0.0.1:7766"
TEMPLATE = re.compile(r"^/api/db/table/(?P<table>[^/]+)/insert$")


def dataplus_client(recorder: Recorder) -> DataPlus:
    return DataPlus.for_server("key", base_url=BASE, httpx_args={"transport": recorder.transport})


def sent_path(table: str) -> str:
    recorder = Recorder(httpx.Response(200, json={"id": "1"}))
    insert_entry.sync_detailed(client=dataplus_client(recorder), table_name=table, body=RowInsert())
    return recorder.requests[0].url.raw_path.decode("ascii")


@pytest.mark.parametrize(
    ("table", "encoded"),
    [
        ("../status", "..%2Fstatus"),
        ("a/b", "a%2Fb"),
        ("..", "%2E%2E"),
        (".", "%2E"),
        ("a?b=c", "a%3Fb%3Dc"),
        ("a#b", "a%23b"),
        ("2024|;|A", "2024%7C%3B%7CA"),
        ("100%", "100%25"),
        ("Zürich", "Z%C3%BCrich"),
        ("a b", "a%20b"),
    ],
)
def test_table_names_stay_inside_their_segment(table: str, encoded: str) -> None:
    assert sent_path(table) == f"/api/db/table/{encoded}/insert"


def test_empty_path_parameter_is_rejected_before_sending() -> None:
    recorder = Recorder()
    with pytest.raises(ValueError, match="path parameter 'tableName' must not be empty"):
        insert_entry.sync_detailed(client=dataplus_client(recorder), table_name="", body=RowInsert())
    assert recorder.requests == []


def test_uuid_bool_and_id_list_parameters_are_rendered_as_the_api_expects() -> None:
    recorder = Recorder(httpx.Response(200, json={"isSuccess": True}))
    client = Qalyptus("https://acme.qalyptus.net/api/v1", token="t", httpx_args={"transport": recorder.transport})
    project = uuid.UUID("4a3bdc18-db9e-4363-964a-de75946969f0")
    update_project_permission_mode.sync_detailed(client=client, id=project, value=True)
    assert recorder.requests[0].url.path.endswith(f"/projects/{project}/permission-mode/true")

    recorder = Recorder(httpx.Response(200, json={"data": []}))
    stores = DataStores("https://acme.eu.qlikcloud.com/api", token="t", httpx_args={"transport": recorder.transport})
    get_data_sets.sync_detailed(client=stores, data_store_ids="a,b", data_asset_ids="*")
    assert recorder.requests[0].url.raw_path.startswith(b"/api/v1/data-stores/a%2Cb/data-assets/%2A/data-sets")


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=40))
def test_no_value_changes_the_path_outside_its_template(table: str) -> None:
    path = sent_path(table)
    match = TEMPLATE.match(path)
    assert match, path
    # Decoding the one segment gives the value back: nothing was lost, nothing escaped.
    assert httpx.URL("http://x/" + match["table"]).path == "/" + table or table.strip(".") == ""


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=20))
def test_qrs_ids_cannot_escape_either(value: str) -> None:
    recorder = Recorder(httpx.Response(404, json={}))
    client = Qrs("https://qlik.example.com/qrs", raise_on_error=False, httpx_args={"transport": recorder.transport})
    get_data_connection.sync_detailed(client=client, id=value)  # type: ignore[arg-type]
    raw = recorder.requests[0].url.raw_path.decode("ascii").split("?")[0]
    assert re.fullmatch(r"/qrs/dataconnection/[^/]+", raw), raw
