"""Retries: which requests, how often, how long to wait; the same rules sync and async. Exercised on the runtime
itself (generator/runtime/, which every package copies unchanged), with requests shaped like Data+ calls."""

from __future__ import annotations

import asyncio
import email.utils
import http.server
import logging
import socket
import threading
from typing import Any

import httpx
import pytest
from helpers import FakeSleep, Recorder, local_server, send_json

from generator.runtime import _runtime
from generator.runtime._base_client import BaseAuthenticatedClient
from generator.runtime._retry import RetryConfig
from generator.runtime.errors import ApiConnectionError, RateLimitError, ServerError

STATUS = {"currentConnections": 1}


def DataPlus(base_url: str = "http://127.0.0.1:7766", **options: Any) -> BaseAuthenticatedClient:
    """A client of the runtime itself (the packages copy it), sending the key as Data+ expects."""
    return BaseAuthenticatedClient(base_url, token="key", prefix="", **options)


def client(transport: httpx.BaseTransport | None = None, *, base_url: str = "http://127.0.0.1:7766", **retry: Any):
    sleep = FakeSleep()
    config = RetryConfig(sleep=sleep, async_sleep=sleep.async_sleep, random=lambda: 1.0, **retry)
    args = {"transport": transport} if transport is not None else {}
    return DataPlus(base_url, retry_config=config, httpx_args=args), sleep


def get_status(dataplus: BaseAuthenticatedClient) -> Any:
    return _runtime.send(dataplus, {"method": "get", "url": "/api/status"}).json()


def insert_entry(dataplus: BaseAuthenticatedClient, row: dict[str, str]) -> httpx.Response:
    return _runtime.send(dataplus, {"method": "post", "url": "/api/db/t/insert", "json": row})


@pytest.mark.parametrize("status", [408, 429, 502, 503, 504])
def test_idempotent_requests_retry_on_transient_statuses_with_exponential_backoff(status: int) -> None:
    recorder = Recorder(httpx.Response(status), httpx.Response(status), httpx.Response(200, json=STATUS))
    dataplus, sleep = client(recorder.transport)
    assert get_status(dataplus)["currentConnections"] == 1
    assert len(recorder.requests) == 3
    assert sleep.waits == [0.5, 1.0]  # random() pinned to 1: the full-jitter upper bound


def test_retries_stop_after_max_retries_and_raise_the_last_error() -> None:
    recorder = Recorder(httpx.Response(503))
    dataplus, sleep = client(recorder.transport)
    with pytest.raises(ServerError):
        get_status(dataplus)
    assert len(recorder.requests) == 3 and len(sleep.waits) == 2


def test_backoff_is_capped_and_jittered() -> None:
    config = RetryConfig(random=lambda: 1.0)
    assert [config.backoff(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert RetryConfig(random=lambda: 0.25).backoff(3) == 1.0


@pytest.mark.parametrize("status", [400, 401, 404, 409, 500, 501])
def test_other_statuses_are_not_retried(status: int) -> None:
    recorder = Recorder(httpx.Response(status))
    dataplus, sleep = client(recorder.transport)
    with pytest.raises(Exception):  # noqa: B017 - the type is checked elsewhere; here only the count matters
        get_status(dataplus)
    assert len(recorder.requests) == 1 and sleep.waits == []


def test_zero_retries_disables_them() -> None:
    recorder = Recorder(httpx.Response(503))
    dataplus = DataPlus(max_retries=0, httpx_args={"transport": recorder.transport})
    with pytest.raises(ServerError):
        get_status(dataplus)
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(
    ("header", "wait"),
    [("3", 3.0), ("0.25", 0.25), ("120", 60.0), ("-5", 0.0), ("soon", 0.5)],
)
def test_retry_after_seconds_is_honoured_and_capped(header: str, wait: float) -> None:
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": header}), httpx.Response(200, json=STATUS))
    dataplus, sleep = client(recorder.transport)
    get_status(dataplus)
    assert sleep.waits == [wait]


def test_retry_after_http_date_is_honoured() -> None:
    now = 1_700_000_000.0
    date = email.utils.formatdate(now + 7, usegmt=True)
    recorder = Recorder(httpx.Response(503, headers={"Retry-After": date}), httpx.Response(200, json=STATUS))
    dataplus, sleep = client(recorder.transport, clock=lambda: now)
    get_status(dataplus)
    assert sleep.waits == [7.0]


def test_post_is_retried_on_429_but_not_on_503() -> None:
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": "1"}), httpx.Response(200, json={"id": "1"}))
    dataplus, sleep = client(recorder.transport)
    insert_entry(dataplus, {"col": "v"})
    assert len(recorder.requests) == 2 and sleep.waits == [1.0]
    assert recorder.requests[0].content == recorder.requests[1].content == b'{"col":"v"}'

    recorder = Recorder(httpx.Response(503), httpx.Response(200, json={"id": "1"}))
    dataplus, sleep = client(recorder.transport)
    with pytest.raises(ServerError):
        insert_entry(dataplus, {})
    assert len(recorder.requests) == 1


def test_delete_with_a_body_is_idempotent_and_retried() -> None:
    recorder = Recorder(httpx.Response(502), httpx.Response(200))
    dataplus, _ = client(recorder.transport)
    _runtime.send(dataplus, {"method": "delete", "url": "/api/db/deleteEntries", "json": {"table": "t", "ids": ["1"]}})
    assert len(recorder.requests) == 2


def test_retries_are_logged_at_info_with_reason_and_wait(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="generator.runtime")  # in a package: the package's logger
    recorder = Recorder(httpx.Response(503), httpx.Response(200, json=STATUS))
    dataplus, _ = client(recorder.transport)
    get_status(dataplus)
    (record,) = caplog.records
    assert record.levelno == logging.INFO
    assert record.getMessage() == "Retrying GET http://127.0.0.1:7766/api/status in 0.50 s (retry 1 of 2): status 503"


def test_async_follows_the_same_rules() -> None:
    recorder = Recorder(
        httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(503), httpx.Response(200, json={"data": []})
    )
    dataplus, sleep = client(recorder.transport)
    response = asyncio.run(_runtime.send_async(dataplus, {"method": "get", "url": "/api/db/t/get"}))
    assert response.status_code == 200 and sleep.waits == [2.0, 1.0]

    recorder = Recorder(httpx.Response(503), httpx.Response(200))
    dataplus, sleep = client(recorder.transport)
    with pytest.raises(ServerError):
        asyncio.run(_runtime.send_async(dataplus, {"method": "post", "url": "/api/db/t/insert", "json": {}}))
    assert len(recorder.requests) == 1


# ---------------------------------------------------------------------------------------------- real connections


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_connection_refused_is_retried_for_post_too_then_raised() -> None:
    port = free_port()  # nothing listens here: every attempt is refused before anything is sent
    dataplus, sleep = client(base_url=f"http://127.0.0.1:{port}")
    with pytest.raises(ApiConnectionError) as caught:
        insert_entry(dataplus, {})
    assert len(sleep.waits) == 2
    assert caught.value.method == "POST" and str(port) in caught.value.url


class DropAfterBody(http.server.BaseHTTPRequestHandler):
    """Reads the whole request, then closes the connection without answering."""

    protocol_version = "HTTP/1.1"
    received: list[tuple[str, bytes]] = []
    lock = threading.Lock()

    def log_message(self, *args: Any) -> None:
        pass

    def _drop(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with self.lock:
            self.received.append((self.command, body))
        self.close_connection = True
        self.connection.shutdown(socket.SHUT_RDWR)

    do_GET = do_POST = _drop


def test_post_that_reached_the_server_is_not_retried_but_get_is() -> None:
    DropAfterBody.received = []
    with local_server(DropAfterBody) as url:
        dataplus, sleep = client(base_url=url)
        with pytest.raises(ApiConnectionError):
            insert_entry(dataplus, {"a": "1"})
        assert DropAfterBody.received == [("POST", b'{"a":"1"}')], "the body arrived once and was not sent again"
        assert sleep.waits == []

        with pytest.raises(ApiConnectionError):
            get_status(dataplus)
        assert [method for method, _ in DropAfterBody.received].count("GET") == 3


def test_rate_limit_error_after_retries_carries_retry_after() -> None:
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": "1"}))
    dataplus, sleep = client(recorder.transport)
    with pytest.raises(RateLimitError) as caught:
        get_status(dataplus)
    assert caught.value.headers["Retry-After"] == "1" and sleep.waits == [1.0, 1.0]


def test_per_call_timeout_overrides_the_client_default() -> None:
    seen: list[dict[str, Any]] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=STATUS)

    dataplus, _ = client(httpx.MockTransport(record))
    get_status(dataplus)
    with dataplus.call_timeout(300):
        get_status(dataplus)
    get_status(dataplus)
    assert [t["read"] for t in seen] == [60.0, 300, 60.0]
    assert seen[0]["connect"] == 5.0


class ForwardProxy(http.server.BaseHTTPRequestHandler):
    """Answers as an HTTP proxy would, recording the absolute-form request target it was sent."""

    protocol_version = "HTTP/1.1"
    targets: list[str] = []

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self.targets.append(self.path)
        send_json(self, 200, STATUS)


def test_proxy_environment_variables_are_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    ForwardProxy.targets = []
    with local_server(ForwardProxy) as proxy_url:
        for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("HTTP_PROXY", proxy_url)
        monkeypatch.setenv("http_proxy", proxy_url)
        dataplus = DataPlus("http://dataplus.example.test:7766", max_retries=0)
        assert get_status(dataplus)["currentConnections"] == 1
        assert ForwardProxy.targets == ["http://dataplus.example.test:7766/api/status"]

        monkeypatch.setenv("NO_PROXY", "dataplus.example.test")
        monkeypatch.setenv("no_proxy", "dataplus.example.test")
        bypassed = DataPlus("http://dataplus.example.test:7766", max_retries=0)
        assert bypassed._split_httpx_args()[1].get("proxy") is None
        ignored = DataPlus("http://a.example.test", httpx_args={"trust_env": False})
        monkeypatch.delenv("NO_PROXY")
        monkeypatch.delenv("no_proxy")
        assert ignored._split_httpx_args()[1].get("proxy") is None


def test_loopback_addresses_never_go_through_a_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.example.test:3128")
    monkeypatch.setenv("http_proxy", "http://proxy.example.test:3128")
    for url in ("http://127.0.0.1:7766", "http://localhost:7766", "http://[::1]:7766"):
        assert DataPlus(url)._split_httpx_args()[1].get("proxy") is None
    assert DataPlus("http://a.example.test")._split_httpx_args()[1]["proxy"] == ("http://proxy.example.test:3128")
