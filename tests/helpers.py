"""Small shared helpers for the runtime tests."""

from __future__ import annotations

import http.server
import importlib
import json
import pkgutil
import socketserver
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

import httpx


class Recorder:
    """An httpx.MockTransport handler that records requests and answers from a list (last one repeats)."""

    def __init__(self, *responses: httpx.Response | Callable[[httpx.Request], httpx.Response]) -> None:
        self.responses = list(responses) or [httpx.Response(200, json={})]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        answer = self.responses[min(len(self.requests), len(self.responses)) - 1]
        if callable(answer):
            return answer(request)
        # A fresh copy each time: a response object must not be reused across requests.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


class FakeSleep:
    """Records the waits instead of sleeping; usable as RetryConfig(sleep=..., async_sleep=...)."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.waits.append(seconds)


@contextmanager
def serving(server: socketserver.BaseServer, *, timeout: float = 5.0) -> Iterator[None]:
    """Run `server` in a thread for the `with` block; stop it and make sure its thread ended."""
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=timeout)
        assert not thread.is_alive(), "the test server did not stop"


@contextmanager
def local_server(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    """A threaded HTTP/1.1 server on 127.0.0.1; yields its base URL and stops it afterwards."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    with serving(server):
        yield f"http://127.0.0.1:{server.server_address[1]}"


def send_json(handler: http.server.BaseHTTPRequestHandler, status: int, payload: Any) -> None:
    """Answer a request with a JSON body and its length (keep-alive friendly)."""
    body = json.dumps(payload).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def api_modules(package: str) -> Iterator[ModuleType]:
    """Every generated operation module of a package (api/<tag>/<operation>.py)."""
    api = importlib.import_module(f"{package}.api")
    for tag in pkgutil.iter_modules(api.__path__):
        tag_module = importlib.import_module(f"{package}.api.{tag.name}")
        for op in pkgutil.iter_modules(tag_module.__path__):
            yield importlib.import_module(f"{package}.api.{tag.name}.{op.name}")
