"""Large typed parses give the plain parse's objects and leave the application's garbage collection exactly as it
was: enabled or not, thresholds, generation counts' owner and frozen objects untouched."""

from __future__ import annotations

import gc
import json
import uuid
import weakref

import httpx
import pytest
from dataplus_server_client import AuthenticatedClient as DataPlus
from dataplus_server_client.api.database import get_entries
from dataplus_server_client.models import EntriesPage
from helpers import Recorder
from qlik_qrs_client import Client, UnexpectedResponseError
from qlik_qrs_client.api.data_connection import get_data_connections_full
from qlik_qrs_client.models import DataConnection


def connections(count: int) -> list[dict]:
    def one(i: int) -> dict:
        return {
            "id": str(uuid.UUID(int=i)),
            "name": f"c{i}",
            "connectionstring": "CUSTOM CONNECT TO x",
            "type": "folder",
            "createdDate": "2024-01-02T03:04:05.123Z",
            "owner": {"id": str(uuid.UUID(int=i + 1)), "userId": "sa", "userDirectory": "INTERNAL", "name": "sa"},
            "tags": [{"id": str(uuid.UUID(int=i + 2)), "name": "t"}],
            "customProperties": [
                {
                    "id": str(uuid.UUID(int=i + 3)),
                    "definition": {"id": str(uuid.UUID(int=i + 4)), "name": "p"},
                    "value": "v",
                }
            ],
            "somethingNew": {"kept": True},
        }

    return [one(i) for i in range(count)]


def test_large_typed_parse_equals_the_plain_parse_and_leaves_the_gc_on() -> None:
    data = connections(3000)
    body = json.dumps(data).encode()
    thresholds = gc.get_threshold()
    client = Client("https://q/qrs", httpx_args={"transport": Recorder(httpx.Response(200, content=body)).transport})
    assert gc.isenabled()
    parsed = get_data_connections_full.sync(client=client)
    assert gc.isenabled() and gc.get_threshold() == thresholds
    assert parsed == [DataConnection.from_dict(item) for item in json.loads(body)]
    assert parsed[0].additional_properties == {"somethingNew": {"kept": True}}


def test_gc_stays_on_when_a_large_body_fails_to_parse() -> None:
    body = json.dumps([{"name": "x"}] * 20000).encode()  # valid JSON, missing required fields
    client = Client("https://q/qrs", httpx_args={"transport": Recorder(httpx.Response(200, content=body)).transport})
    with pytest.raises(UnexpectedResponseError):
        get_data_connections_full.sync(client=client)
    assert gc.isenabled()


def test_gc_stays_off_when_the_caller_had_turned_it_off() -> None:
    body = json.dumps(connections(3000)).encode()
    client = Client("https://q/qrs", httpx_args={"transport": Recorder(httpx.Response(200, content=body)).transport})
    gc.disable()
    try:
        get_data_connections_full.sync(client=client)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_dataplus_page_parse_is_unchanged() -> None:
    page = {
        "data": [{"id": f"{i}|;|A", "col1": str(i)} for i in range(20000)],
        "count": 20000,
        "offset": 0,
        "total": 20000,
    }
    body = json.dumps(page).encode()
    client = DataPlus.for_server("k", httpx_args={"transport": Recorder(httpx.Response(200, content=body)).transport})
    assert get_entries.sync(client=client, table="t") == EntriesPage.from_dict(json.loads(body))


def test_a_large_parse_leaves_nothing_frozen_and_its_objects_collectable() -> None:
    body = json.dumps(connections(3000)).encode()
    client = Client("https://q/qrs", httpx_args={"transport": Recorder(httpx.Response(200, content=body)).transport})
    assert gc.get_freeze_count() == 0
    parsed = get_data_connections_full.sync(client=client)
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    assert parsed and gc.is_tracked(parsed[0])
    # A cycle through a parsed model is freed by a collection.
    parsed[0].additional_properties["self"] = parsed[0]
    probe = weakref.ref(parsed[0])
    del parsed
    assert probe() is not None
    gc.collect()
    assert probe() is None


def test_a_large_parse_keeps_the_applications_frozen_objects_frozen() -> None:
    body = json.dumps(connections(3000)).encode()
    client = Client("https://q/qrs", httpx_args={"transport": Recorder(httpx.Response(200, content=body)).transport})
    gc.freeze()  # what a pre-fork server does before starting workers
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        get_data_connections_full.sync(client=client)
        # Still frozen (unfreezing would leave 0); a few frozen objects may die meanwhile, hence no equality.
        assert gc.get_freeze_count() > frozen * 0.9
    finally:
        gc.unfreeze()
