"""Fault injection: each package, sync and async, one GET and one POST, against a raw-socket server on 127.0.0.1
serving one fault per run. Every exception must be the package's own (ClientError; a ValueError, KeyError,
httpx or h11 exception is a raw one); POSTs are sent once unless the answer is 429 or nothing was sent; GETs
are tried max_retries + 1 times where the fault is retryable.

Each test walks every fault and reports all the misses together. Read timeout 0.25 s; waits are not slept.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from apis import APIS, Api, call
from helpers import FakeSleep
from rawserver import RawServer, Request, deep_json, free_port, gzip_bomb, reset, response_bytes

RETRIES = 2
READ_TIMEOUT = 0.25
CALL_TIMEOUT = 0.5
SMALL_LIMIT = 64 * 1024


def wait_for_client_to_leave(conn: Any, limit: float = 3.0) -> None:
    conn.settimeout(limit)
    deadline = time.monotonic() + limit
    try:
        while time.monotonic() < deadline and conn.recv(4096):
            pass
    except OSError:
        pass


def raw(data: bytes, *, then: Callable[[Any], None] | None = None) -> Callable[[Any, Request, int], None]:
    def respond(conn: Any, request: Request, ok_status: int) -> None:
        conn.sendall(data)
        if then is not None:
            then(conn)

    return respond


def status(code: int, body: bytes = b"{}", **options: Any) -> Callable[[Any, Request, int], None]:
    def respond(conn: Any, request: Request, ok_status: int) -> None:
        conn.sendall(response_bytes(code, body, **options))

    return respond


def success(body: bytes, **options: Any) -> Callable[[Any, Request, int], None]:
    """The operation's own success status with this body."""

    def respond(conn: Any, request: Request, ok_status: int) -> None:
        conn.sendall(response_bytes(ok_status, body, **options))

    return respond


def trickle(conn: Any, request: Request, ok_status: int) -> None:
    try:
        conn.sendall(response_bytes(ok_status, b"", headers={"Content-Length": "100000"}) + b"[")
        for _ in range(40):
            time.sleep(0.1)
            conn.sendall(b" ")
    except OSError:
        pass


def reset_now(conn: Any, request: Request, ok_status: int) -> None:
    reset(conn)


def oversized(conn: Any, request: Request, ok_status: int) -> None:
    try:
        conn.sendall(response_bytes(ok_status, b"[" + b"0," * (512 * 1024) + b"0]"))
    except OSError:
        pass


@dataclass(frozen=True)
class Fault:
    respond: Callable[[Any, Request, int], None]
    error: str  # the package error class expected (or a base of it)
    get_attempts: int | None  # None: any number from 1 to RETRIES + 1
    post_attempts: int = 1
    options: dict[str, Any] = field(default_factory=dict)


R = RETRIES + 1
FAULTS: dict[str, Fault] = {
    "reset before response": Fault(reset_now, "ApiConnectionError", R),
    "close before response": Fault(raw(b""), "ApiConnectionError", R),
    "close mid-headers": Fault(raw(b"HTTP/1.1 200 OK\r\nContent-Type: appl"), "ApiConnectionError", R),
    "close mid-body": Fault(
        raw(response_bytes(200, b"", headers={"Content-Length": "50"}) + b'{"a'), "ApiConnectionError", R
    ),
    "bad status line": Fault(raw(b"HTTP/1.1 2x0 OK\r\nContent-Length: 2\r\n\r\n{}"), "ApiConnectionError", None),
    "bad chunking": Fault(
        raw(response_bytes(200, b"", headers={"Transfer-Encoding": "chunked"}) + b"2\r\n{}\r\nzz\r\n"),
        "ApiConnectionError",
        R,
    ),
    "bad gzip": Fault(
        success(b"\x1f\x8b\x08\x00garbage" * 10, headers={"Content-Encoding": "gzip"}), "ClientError", None
    ),
    "gzip bomb": Fault(
        success(gzip_bomb(4), headers={"Content-Encoding": "gzip"}),
        "ResponseTooLargeError",
        1,
        options={"max_response_bytes": SMALL_LIMIT},
    ),
    "body timeout": Fault(
        raw(response_bytes(200, b"", headers={"Content-Length": "50"}) + b"[", then=wait_for_client_to_leave),
        "ApiTimeoutError",
        R,
    ),
    "trickle past the call deadline": Fault(trickle, "ApiTimeoutError", 1, options={"call_timeout": CALL_TIMEOUT}),
    "oversized body": Fault(oversized, "ResponseTooLargeError", 1, options={"max_response_bytes": SMALL_LIMIT}),
    "HTML 502": Fault(
        status(502, b"<html><body>Bad gateway</body></html>", content_type="text/html"), "ServerError", R
    ),
    "503 JSON": Fault(status(503, b'{"errors": [{"title": "down"}]}', headers={"Retry-After": "0"}), "ServerError", R),
    "429": Fault(status(429, b"{}", headers={"Retry-After": "0"}), "RateLimitError", R, post_attempts=R),
    "empty success": Fault(success(b""), "UnexpectedResponseError", 1),
    "wrong-shape success": Fault(success(b"[1, 2, 3]"), "UnexpectedResponseError", 1),
    "HTML success": Fault(success(b"<html>login</html>", content_type="text/html"), "UnexpectedResponseError", 1),
    "not UTF-8 success": Fault(success(b'\xff\xfe{"a": 1}'), "UnexpectedResponseError", 1),
    "deep JSON success": Fault(success(deep_json(1000)), "UnexpectedResponseError", 1),
    "deep JSON 500": Fault(status(500, deep_json(1000)), "ServerError", 1),
    "204 surprise": Fault(status(204, b"", content_type=None, length=False), "UnexpectedResponseError", 1),
    "302 surprise": Fault(
        status(302, b"", headers={"Location": "/elsewhere"}, content_type=None), "UnexpectedResponseError", 1
    ),
    "299": Fault(status(299, b"{}"), "UnexpectedResponseError", 1),
    "1xx only, then close": Fault(raw(b"HTTP/1.1 100 Continue\r\n\r\n"), "ApiConnectionError", None),
    "garbage bytes": Fault(raw(b"\x00\xffSSH-2.0-OpenSSH\r\n\r\n"), "ApiConnectionError", None),
    "huge header": Fault(
        raw(b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 300_000 + b"\r\nContent-Length: 2\r\n\r\n{}"),
        "ApiConnectionError",
        None,
    ),
    "invalid Content-Length": Fault(
        raw(b"HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\n{}"), "ApiConnectionError", None
    ),
    "conflicting Content-Length": Fault(
        raw(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 7\r\n\r\n{}"), "ApiConnectionError", None
    ),
}


def run_fault(server: RawServer, api: Api, kind: str, mode: str, name: str, fault: Fault) -> list[str]:
    """The misses of one fault (empty when the client behaved)."""
    op = api.operation(kind)
    server.reset()
    server.respond = lambda conn, request: fault.respond(conn, request, op.ok_status)
    if True:
        client = api.client(
            server.origin, retries=RETRIES, timeout=httpx.Timeout(READ_TIMEOUT, connect=2.0), **fault.options
        )
        try:
            result = call(client, op, mode)
        except BaseException as error:  # noqa: BLE001 - the point is to see what escapes
            caught: BaseException | None = error
        else:
            caught = None
        attempts = server.count(op.method)
    misses = []
    if caught is None:
        misses.append(f"{name}: no error, returned {result!r}"[:300])
    elif not isinstance(caught, api.package.ClientError):
        misses.append(f"{name}: raw {type(caught).__module__}.{type(caught).__name__}: {caught}"[:300])
    else:
        expected = getattr(api.errors, fault.error, None)
        if expected is None or not isinstance(caught, expected):
            misses.append(f"{name}: {type(caught).__name__} instead of {fault.error}: {caught}"[:300])
    want = fault.get_attempts if kind == "GET" else fault.post_attempts
    if want is not None and attempts != want:
        misses.append(f"{name}: {attempts} attempts instead of {want}")
    if want is None and not 1 <= attempts <= RETRIES + 1:
        misses.append(f"{name}: {attempts} attempts")
    return misses


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("kind", ["GET", "POST"])
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_every_fault_gives_a_typed_error_and_the_right_number_of_attempts(api: Api, kind: str, mode: str) -> None:
    assert len(FAULTS) >= 20
    with RawServer(lambda conn, request: None) as server:
        misses = [miss for name, fault in FAULTS.items() for miss in run_fault(server, api, kind, mode, name, fault)]
    assert misses == [], "\n" + "\n".join(misses)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("kind", ["GET", "POST"])
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_connection_refused_is_retried_for_every_method(api: Api, kind: str, mode: str) -> None:
    sleep = FakeSleep()
    client = api.client(f"http://127.0.0.1:{free_port()}", retries=RETRIES, sleep=sleep)
    with pytest.raises(api.package.ApiConnectionError):
        call(client, api.operation(kind), mode)
    assert len(sleep.waits) == RETRIES


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("kind", ["GET", "POST"])
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_the_documented_answer_still_works(api: Api, kind: str, mode: str) -> None:
    op = api.operation(kind)
    with RawServer(
        lambda conn, request: conn.sendall(response_bytes(op.ok_status, json.dumps(op.ok_body).encode()))
    ) as server:
        result = call(api.client(server.origin, retries=RETRIES), op, mode)
        assert server.count(op.method) == 1
    assert result is not None
