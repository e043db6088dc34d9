"""Idempotent calls are tried again when the answer breaks off (connection closed mid-body, broken chunking,
body read timeout); POST/PATCH never once the request may have been sent, but on 429 and on connection refused.

Real sockets on 127.0.0.1; read timeout 0.2 s; retry waits are recorded, not slept.
"""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest
from apis import APIS, APIS_BY_NAME, Api, call
from helpers import FakeSleep
from rawserver import RawServer, Request, free_port, response_bytes

READ_TIMEOUT = 0.2
RETRIES = 2


def closed_mid_body(conn: Any, request: Request) -> None:
    conn.sendall(response_bytes(200, b"", headers={"Content-Length": "100"}) + b'{"data": [')


def broken_chunking(conn: Any, request: Request) -> None:
    conn.sendall(
        response_bytes(200, b"", headers={"Transfer-Encoding": "chunked"}) + b'4\r\n{"da\r\nzz\r\nnot a chunk\r\n'
    )


def body_read_timeout(conn: Any, request: Request) -> None:
    conn.sendall(response_bytes(200, b"", headers={"Content-Length": "100"}) + b'{"data": [')
    wait_for_client_to_leave(conn)


def wait_for_client_to_leave(conn: Any, limit: float = 3.0) -> None:
    """Send nothing more until the client gives up and closes (bounded by `limit`)."""
    deadline = time.monotonic() + limit
    conn.settimeout(limit)
    try:
        while time.monotonic() < deadline and conn.recv(4096):
            pass
    except OSError:
        pass


FAULTS = {
    "closed mid-body": closed_mid_body,
    "broken chunking": broken_chunking,
    "body read timeout": body_read_timeout,
}
RETRIED_APIS = [APIS_BY_NAME["data_stores"], APIS_BY_NAME["dataplus"]]


def broken_then_ok(api: Api, kind: str, fault: Any, broken: int) -> Any:
    """The first `broken` attempts get the fault, later ones the documented answer."""
    op = api.operation(kind)
    body = json.dumps(op.ok_body).encode()

    def respond(conn: Any, request: Request) -> None:
        if server.count() <= broken:
            fault(conn, request)
        else:
            conn.sendall(response_bytes(op.ok_status, body))

    server = RawServer(respond)
    return server


def client(api: Api, origin: str, sleep: FakeSleep | None = None) -> Any:
    return api.client(origin, retries=RETRIES, sleep=sleep, timeout=httpx.Timeout(READ_TIMEOUT, connect=2.0))


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("fault", sorted(FAULTS))
@pytest.mark.parametrize("api", RETRIED_APIS, ids=lambda a: a.name)
def test_a_get_whose_body_breaks_off_is_retried_until_it_succeeds(api: Api, fault: str, mode: str) -> None:
    with broken_then_ok(api, "GET", FAULTS[fault], broken=RETRIES) as server:
        result = call(client(api, server.origin), api.get, mode)
        assert server.count("GET") == RETRIES + 1
    assert result is not None


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("fault", sorted(FAULTS))
@pytest.mark.parametrize("api", RETRIED_APIS, ids=lambda a: a.name)  # all four: test_fault_injection
def test_a_get_whose_body_always_breaks_off_is_tried_max_retries_plus_one_times(
    api: Api, fault: str, mode: str
) -> None:
    with RawServer(FAULTS[fault]) as server:
        with pytest.raises(api.package.ClientError) as caught:
            call(client(api, server.origin), api.get, mode)
        assert server.count("GET") == RETRIES + 1
    if fault == "body read timeout":
        assert isinstance(caught.value, api.package.ApiTimeoutError), repr(caught.value)
    else:
        assert isinstance(caught.value, api.package.ApiConnectionError), repr(caught.value)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("fault", sorted(FAULTS))
@pytest.mark.parametrize("api", RETRIED_APIS, ids=lambda a: a.name)  # all four: test_fault_injection
def test_a_post_whose_body_breaks_off_is_not_retried(api: Api, fault: str, mode: str) -> None:
    sleep = FakeSleep()
    with RawServer(FAULTS[fault]) as server:
        with pytest.raises(api.package.ClientError):
            call(client(api, server.origin, sleep), api.post, mode)
        assert server.count("POST") == 1
    assert sleep.waits == []


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_a_post_is_retried_on_429(api: Api, mode: str) -> None:
    def too_many(conn: Any, request: Request) -> None:
        conn.sendall(response_bytes(429, b'{"error": "slow down"}', headers={"Retry-After": "0"}))

    with broken_then_ok(api, "POST", too_many, broken=RETRIES) as server:
        result = call(client(api, server.origin), api.post, mode)
        assert server.count("POST") == RETRIES + 1
    assert result is not None


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_a_post_is_retried_on_connection_refused(api: Api, mode: str) -> None:
    sleep = FakeSleep()
    with pytest.raises(api.package.ApiConnectionError):
        call(client(api, f"http://127.0.0.1:{free_port()}", sleep), api.post, mode)
    assert len(sleep.waits) == RETRIES, "every refused attempt was tried again"
