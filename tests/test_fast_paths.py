"""Large responses parse to the same objects as the plain parse, and a call leaves the application's garbage
collection exactly as it would be without the package: no collector switched off, nothing frozen or promoted,
thresholds and counters untouched, the application's dead cycles collected by the next automatic collections."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import uuid

import httpx
import pytest
from dataplus_server_client import AuthenticatedClient as DataPlus
from dataplus_server_client.api.database import get_entries
from dataplus_server_client.models import EntriesPage
from helpers import Recorder
from hypothesis import given, settings
from hypothesis import strategies as st
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


def qrs_client(body: bytes) -> Client:
    return Client("https://q/qrs", httpx_args={"transport": Recorder(httpx.Response(200, content=body)).transport})


def test_large_typed_parse_equals_the_plain_parse() -> None:
    body = json.dumps(connections(3000)).encode()
    assert len(body) > 256 * 1024
    parsed = get_data_connections_full.sync(client=qrs_client(body))
    assert parsed == [DataConnection.from_dict(item) for item in json.loads(body)]
    assert [item.to_dict() for item in parsed] == [DataConnection.from_dict(x).to_dict() for x in json.loads(body)]
    assert parsed[0].additional_properties == {"somethingNew": {"kept": True}}


def test_a_large_body_that_does_not_match_raises_the_typed_error() -> None:
    body = json.dumps([{"name": "x"}] * 20000).encode()  # valid JSON, missing required fields
    with pytest.raises(UnexpectedResponseError):
        get_data_connections_full.sync(client=qrs_client(body))


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


# The application's side, in a fresh interpreter: a large heap of its own, dead cycles made just before the call,
# every gc function that could change the collector's state watched.
GC_SCENARIO = textwrap.dedent(
    """
    import gc, json, sys, uuid, weakref
    import httpx
    from qlik_qrs_client import Client
    from qlik_qrs_client.api.data_connection import get_data_connections_full

    calls = []
    for name in ("disable", "enable", "freeze", "unfreeze", "set_threshold", "collect"):
        original = getattr(gc, name)
        def watched(*args, _original=original, _name=name, **kwargs):
            calls.append(_name)
            return _original(*args, **kwargs)
        setattr(gc, name, watched)

    body = sys.stdin.buffer.read()
    client = Client("https://q/qrs", httpx_args={"transport": httpx.MockTransport(
        lambda request: httpx.Response(200, content=body, headers={"content-type": "application/json"}))})
    get_data_connections_full.sync(client=client)  # warm-up: imports, first-call caches

    heap = [[i] for i in range(200_000)]  # the application's own long-lived objects

    class Node:
        pass

    def dead_cycles(count):
        probes = []
        for _ in range(count):
            a, b = Node(), Node()
            a.other, b.other = b, a
            probes.append(weakref.ref(a))
        return probes

    collections = []
    gc.callbacks.append(lambda phase, info: phase == "stop" and collections.append(info["generation"]))
    before = (gc.isenabled(), gc.get_threshold(), gc.get_freeze_count())
    # Counters at zero, so that no collection runs while the cycles are made (one running then would promote
    # the cycle being built, still referenced, to an older generation: a fact of the GC, not of the package).
    gc.collect()
    calls.clear()

    probes = dead_cycles(100)
    parsed = get_data_connections_full.sync(client=client)
    during = len(collections)
    after = (gc.isenabled(), gc.get_threshold(), gc.get_freeze_count())
    # the next automatic collections (at most 10), driven by ordinary allocations of the application
    garbage = []
    while len(collections) < during + 10 and any(p() is not None for p in probes):
        garbage.append([[] for _ in range(100)])
    alive = sum(p() is not None for p in probes)
    print(json.dumps({
        "parsed": len(parsed), "calls": calls, "before": before, "after": after, "during": during,
        "alive": alive, "collections_after": len(collections) - during, "count": gc.get_count(),
    }))
    """
)


def test_a_large_call_leaves_the_applications_gc_as_it_was() -> None:
    body = json.dumps(connections(5000)).encode()  # well above the size the old GC pause applied to
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", GC_SCENARIO], input=body, capture_output=True, env=env, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr.decode()
    report = json.loads(done.stdout)
    assert report["parsed"] == 5000
    assert report["calls"] == [], report  # no gc function called by the package
    assert report["before"] == report["after"], report  # enabled, thresholds, freeze count unchanged
    assert report["during"] > 0, report  # the collector ran during the parse as it does for any allocations
    assert report["alive"] == 0, report  # the application's dead cycles were collected
    assert report["collections_after"] <= 10, report
    assert report["count"][0] < 700, report  # counters keep running as usual (not reset or parked)


def test_no_empty_params_are_passed_to_httpx() -> None:
    from qlik_data_stores_client.api.data_stores import get_data_store, get_data_stores

    assert "params" not in get_data_store._get_kwargs("ds1")
    assert "params" not in get_data_stores._get_kwargs()
    assert get_data_stores._get_kwargs(limit=5, sort=["name", "-id"])["params"] == {"limit": 5, "sort": "name,-id"}


# ------------------------------------------------------------------------------------------- decode_json


def decoded_view(value: object) -> object:
    """Values with their exact types (1 and 1.0 and True differ; floats by repr, so -0.0 and nan compare)."""
    if isinstance(value, dict):
        return ("dict", [(key, decoded_view(item)) for key, item in value.items()])
    if isinstance(value, list):
        return ("list", [decoded_view(item) for item in value])
    return (type(value).__name__, repr(value))


def json_outcome(decode: object, content: bytes) -> object:
    try:
        return ("ok", decoded_view(decode(content)))  # type: ignore[operator]
    except Exception as error:  # noqa: BLE001 - the error class is what is compared
        return ("error", type(error).__name__)


def fast_decoding(content: bytes) -> object:
    """decode_json's large-body path, whatever the size."""
    from qlik_qrs_client.types import decode_json_fast

    return decode_json_fast(content)


EDGE_DOCUMENTS = [
    b"12345678901234567890123456789",
    b"-18446744073709551617",
    b"9223372036854775808",
    b"1e400",
    b"-1e400",
    b"1e-400",
    b"4.9e-324",
    b"0.1",
    b"-0",
    b"-0.0",
    b"1E5",
    b"NaN",
    b"Infinity",
    b"-Infinity",
    b'"\\ud800"',
    b'"\\udc00\\ud800"',
    b'"\\ud83d\\ude00"',
    b'"\xed\xa0\x80"',
    b'"\xff"',
    b"\xef\xbb\xbf{}",
    '{"é": 1}'.encode("utf-16"),
    '{"é": 1}'.encode("utf-32"),
    b'{"a": 1, "a": 2}',
    b'"a\x01b"',
    b"[1,]",
    b"01",
    b"[1] x",
    b"",
    b" ",
    b"\x0c[]",
    b'"\\u0000"',
    b"[" * 5000 + b"]" * 5000,
    b"[" * 200000 + b"]" * 200000,
    b"1" * 5000,
    b"0." + b"1" * 400,
    b"1" * 400 + b".5",
]


@pytest.mark.parametrize("content", EDGE_DOCUMENTS, ids=range(len(EDGE_DOCUMENTS)))
def test_decode_json_equals_json_loads_on_edge_cases(content: bytes) -> None:
    assert json_outcome(fast_decoding, content) == json_outcome(json.loads, content)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=2**62, max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=400, deadline=None)
@given(value=JSON_VALUES, ensure_ascii=st.booleans(), indent=st.sampled_from([None, 1]))
def test_decode_json_equals_json_loads(value: object, ensure_ascii: bool, indent: int) -> None:
    content = json.dumps(value, ensure_ascii=ensure_ascii, indent=indent).encode("utf-8", "surrogatepass")
    assert json_outcome(fast_decoding, content) == json_outcome(json.loads, content)


@settings(max_examples=300, deadline=None)
@given(
    content=st.binary(max_size=40) | st.text(alphabet='{}[]",:0123456789.eE+-tfrunl \\u', max_size=30).map(str.encode)
)
def test_decode_json_refuses_and_accepts_like_json_loads(content: bytes) -> None:
    assert json_outcome(fast_decoding, content) == json_outcome(json.loads, content)


def test_small_bodies_use_json_loads_and_large_ones_the_fast_decoder() -> None:
    from qlik_qrs_client import types

    small, large = b'{"a": [1, 2.5, "x"]}', json.dumps(connections(300)).encode()
    assert len(small) < types._LARGE_BODY <= len(large)
    assert types.decode_json(small) == json.loads(small)
    assert types.decode_json(large) == json.loads(large)
    assert types._fast_decode is not None


def test_decode_items_refuses_what_the_upstream_loop_refuses() -> None:
    from qlik_qrs_client.types import decode_items

    assert decode_items({}, DataConnection._decode) == []  # upstream iterates the (no) keys of an object too
    for wrong in ({"name": "x"}, "text", [1], [None], [["x"]]):
        with pytest.raises((TypeError, AttributeError, KeyError)):
            decode_items(wrong, DataConnection._decode)
    with pytest.raises(TypeError):
        decode_items(5, DataConnection._decode)


def test_equal_ids_in_one_response_share_one_uuid() -> None:
    data = connections(3)
    for item in data:
        item["owner"]["id"] = "11111111-2222-3333-4444-555555555555"
    parsed = get_data_connections_full.sync(client=qrs_client(json.dumps(data).encode()))
    assert parsed is not None
    owners = [item.owner.id for item in parsed]  # type: ignore[union-attr]
    assert owners[0] is owners[1] is owners[2] and owners[0] == uuid.UUID(data[0]["owner"]["id"])
    assert parsed == [DataConnection.from_dict(item) for item in data]
