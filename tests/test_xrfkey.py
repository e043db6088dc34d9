"""QRS Xrfkey: one fresh key per request, identical in query and header, kept across redirect hops."""

from __future__ import annotations

import asyncio
import re

import httpx
import pytest
from helpers import Recorder
from qlik_qrs_client import Client
from qlik_qrs_client.api.data_connection import get_data_connection, get_data_connections_count

KEY = re.compile(r"^[0-9A-Za-z]{16}$")


def keys(request: httpx.Request) -> tuple[list[str], str | None]:
    query = [v for k, v in request.url.params.multi_items() if k.lower() == "xrfkey"]
    return query, request.headers.get("X-Qlik-Xrfkey")


def count_client(recorder: Recorder, **options) -> Client:
    return Client("https://qlik.example.com/qrs", httpx_args={"transport": recorder.transport}, **options)


def test_every_request_gets_one_fresh_key_in_query_and_header() -> None:
    recorder = Recorder(httpx.Response(200, json={"value": 2}))
    client = count_client(recorder)
    for _ in range(50):
        assert get_data_connections_count.sync(client=client).value == 2
    seen = []
    for request in recorder.requests:
        query, header = keys(request)
        assert query == [header], "exactly one Xrfkey parameter, equal to the header"
        assert KEY.match(header)
        seen.append(header)
    assert len(set(seen)) == 50, "a key is never reused across requests"


def test_key_is_identical_on_every_redirect_hop() -> None:
    def redirect(request: httpx.Request) -> httpx.Response:
        # The server's Location carries a different key; the hop must still send one key, the same in both places.
        return httpx.Response(307, headers={"Location": "/qrs/dataconnection/count2?Xrfkey=AAAAAAAAAAAAAAAA"})

    recorder = Recorder(redirect, redirect, httpx.Response(200, json={"value": 1}))
    client = count_client(recorder, follow_redirects=True)
    assert get_data_connections_count.sync(client=client).value == 1
    assert len(recorder.requests) == 3
    first = keys(recorder.requests[0])[1]
    for request in recorder.requests:
        query, header = keys(request)
        assert query == [header] == [first]


def test_caller_supplied_key_is_reused_as_is() -> None:
    recorder = Recorder(httpx.Response(200, json={"value": 0}))
    client = count_client(recorder, xrfkey="abcdefghij012345")
    get_data_connections_count.sync(client=client)
    get_data_connections_count.sync(client=client)
    assert [keys(r) for r in recorder.requests] == [(["abcdefghij012345"], "abcdefghij012345")] * 2


@pytest.mark.parametrize("bad", ["short", "abcdefghij01234!", "abcdefghij0123456", ""])
def test_invalid_caller_key_is_rejected(bad: str) -> None:
    with pytest.raises(ValueError, match="xrfkey must be exactly 16"):
        Client("https://qlik.example.com/qrs", xrfkey=bad)


def test_async_requests_get_keys_too_and_existing_query_is_kept() -> None:
    recorder = Recorder(
        httpx.Response(
            200,
            json={"id": "0ea90134-09c0-4c50-a0f5-a9bd677e61cc", "name": "n", "connectionstring": "c", "type": "folder"},
        )
    )
    client = count_client(recorder)

    async def run() -> None:
        await get_data_connection.asyncio_detailed(client=client, id="1", privileges=True)
        await get_data_connection.asyncio_detailed(client=client, id="2")

    asyncio.run(run())
    first, second = recorder.requests
    assert first.url.params["privileges"] == "true"
    assert keys(first)[0] == [keys(first)[1]] and keys(second)[0] == [keys(second)[1]]
    assert keys(first)[1] != keys(second)[1]


def test_a_caller_provided_httpx_client_still_gets_a_key_per_call() -> None:
    recorder = Recorder(httpx.Response(200, json={"value": 4}))
    client = Client("https://qlik.example.com/qrs").set_httpx_client(
        httpx.Client(base_url="https://qlik.example.com/qrs", transport=recorder.transport)
    )
    get_data_connections_count.sync(client=client)
    get_data_connections_count.sync(client=client)
    (query1, header1), (query2, header2) = (keys(r) for r in recorder.requests)
    assert query1 == [header1] and query2 == [header2] and header1 != header2
    assert KEY.match(header1) and KEY.match(header2)


def test_key_generator_draws_from_the_whole_alphabet() -> None:
    from generator.runtime import _xrfkey

    drawn = "".join(_xrfkey.new_xrfkey() for _ in range(400))
    assert set(drawn) == set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def test_key_generator_is_unbiased() -> None:
    """Each character comes from exactly 4 of the 248 byte values kept (the 8 others are dropped)."""
    from collections import Counter

    from generator.runtime import _xrfkey

    kept = bytes(b for b in range(256) if b not in _xrfkey.XRFKEY_DROPPED)
    assert len(kept) == 248
    assert Counter(kept.translate(_xrfkey.XRFKEY_TABLE)) == {ord(c): 4 for c in _xrfkey.XRFKEY_ALPHABET}
