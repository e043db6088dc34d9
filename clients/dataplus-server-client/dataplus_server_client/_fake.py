# Copied from generator/runtime/_fake.py into the client generated from specs/dataplus-server.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""An in-memory server behind an httpx transport: routes, recorded requests, fault injection.

The per-API behaviour (resources, error forms, authentication) lives in the API's own `_fake_<api>` module,
which subclasses `FakeServer` and registers its routes. The transport never raises for bad input: every
request gets the API's answer (400/404/413/500 forms); only injected network faults raise, as a real
network would.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from ._fake_spec import ApiSpec, Operation, load
from ._redaction import redact_headers

__all__ = ["FakeRequest", "FakeServer", "Handler", "RecordedRequest", "seed", "serve"]

FaultKind = Literal["status", "disconnect", "broken_body", "slow"]
MAX_BODY = 10 * 1024 * 1024  # larger bodies get 413 like the APIs' front ends


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the fake saw it; secret headers are redacted like the runtime's logs."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    json: Any


@dataclass
class FakeRequest:
    """What a handler gets: the parsed request plus the path parameters of its route."""

    method: str
    path: str
    query: dict[str, str]
    headers: httpx.Headers
    body: bytes
    params: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        """The JSON body, or raises ValueError (the server answers 400 for it)."""
        if not self.body:
            raise ValueError("the request has no body")
        return json.loads(self.body)


Handler = Callable[[FakeRequest], httpx.Response]


@dataclass
class _Fault:
    kind: FaultKind
    status: int
    times: int
    retry_after: float | None
    path: str | None
    delay: float


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **(headers or {})},
    )


class FakeServer(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The shared part of every fake: register routes with `route`, answer with `error_response`."""

    base_url = "http://fake.invalid"
    base_path = ""

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self.violations: list[str] = []
        self._faults: list[_Fault] = []
        self._routes: list[tuple[str, str, re.Pattern[str], Handler]] = []

    # -- subclass API --------------------------------------------------------------------------------------
    def route(self, method: str, template: str, handler: Handler) -> None:
        """Answer `method template` (relative to base_path, `{name}` path parameters) with `handler`."""
        pattern = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", re.escape(template).replace(r"\{", "{").replace(r"\}", "}"))
        self._routes.append((method.upper(), template, re.compile(f"^{pattern}$"), handler))

    def error_response(self, status: int, message: str) -> httpx.Response:
        """The API's error form; subclasses give their own."""
        return json_response(status, {"message": message})

    def authenticate(self, request: FakeRequest) -> httpx.Response | None:
        """None if the request may proceed, else the API's refusal."""
        return None

    def client_options(self) -> dict[str, Any]:
        """The entry client's keyword arguments this fake accepts (its credential), for `client()`."""
        return {}

    def stores(self) -> dict[str, Any]:
        """The fake's stores by attribute name (what seed files name): whatever has an `add` for seeding."""
        return {name: value for name, value in vars(self).items() if callable(getattr(value, "add", None))}

    # -- fault injection -----------------------------------------------------------------------------------
    def fail_next(
        self,
        *,
        status: int = 503,
        times: int = 1,
        retry_after: float | None = None,
        kind: FaultKind = "status",
        path: str | None = None,
        delay: float = 0.05,
    ) -> None:
        """Make the next `times` requests (to `path`, relative to the base path, or any) fail.

        kind: "status" answers `status` (with Retry-After when given), "disconnect" drops the connection,
        "broken_body" answers 200 with a truncated JSON body, "slow" waits `delay` seconds before answering.
        """
        if times < 1:
            raise ValueError("times must be at least 1")
        if kind not in ("status", "disconnect", "broken_body", "slow"):
            raise ValueError(f"unknown fault kind {kind!r}")
        self._faults.append(_Fault(kind, status, times, retry_after, path, delay))

    def _take_fault(self, path: str) -> _Fault | None:
        for fault in self._faults:
            if fault.path is None or fault.path == path:
                fault.times -= 1
                if fault.times == 0:
                    self._faults.remove(fault)
                return fault
        return None

    # -- transport -----------------------------------------------------------------------------------------
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self._answer(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self._answer(request)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if self.base_path and path.startswith(self.base_path):
            path = path[len(self.base_path) :] or "/"
        body = request.content
        query = dict(request.url.params.multi_items())
        self.requests.append(
            RecordedRequest(request.method, path, query, redact_headers(request.headers), _json_or_none(body))
        )
        fault = self._take_fault(path)
        if fault is not None:
            if fault.kind == "disconnect":
                raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
            if fault.kind == "broken_body":
                return httpx.Response(200, content=b'{"broken": ', headers={"Content-Type": "application/json"})
            if fault.kind == "status":
                headers = {} if fault.retry_after is None else {"Retry-After": f"{fault.retry_after:g}"}
                response = self.error_response(fault.status, "injected fault")
                response.headers.update(headers)
                return response
            time.sleep(fault.delay)
        try:
            return self._dispatch(request, path, query, body)
        except Exception as exc:  # a fake bug must show as a server error, never escape into the client
            return self.error_response(500, f"fake server error: {type(exc).__name__}")

    @property
    def spec(self) -> ApiSpec | None:
        """The documented operations this fake checks requests against (read on first use)."""
        return load(FakeServer.__module__.rpartition(".")[0])

    def spec_answer(self, operation: Operation) -> httpx.Response:
        """The answer to a documented operation without a handler: its first 2xx, built from the spec."""
        assert self.spec is not None
        status, media, body = self.spec.success(operation)
        if media is None:
            return httpx.Response(status)
        if isinstance(body, bytes):
            return httpx.Response(status, content=body, headers={"Content-Type": media})
        return json_response(status, body)

    def _dispatch(self, request: httpx.Request, path: str, query: dict[str, str], body: bytes) -> httpx.Response:
        if len(body) > MAX_BODY:
            return self.error_response(413, "request body too large")
        spec = self.spec
        operation, path_values, documented_path = (
            (None, {}, False) if spec is None else spec.match(request.method, path)
        )
        handler, params, routed_path = self._route(request.method, path, operation)
        if handler is None and operation is None:
            if routed_path or documented_path:
                return self.error_response(405, f"method {request.method} not allowed on {path}")
            return self.error_response(404, f"no such path: {path}")
        fake_request = FakeRequest(request.method, path, query, request.headers, body, params or path_values)
        refusal = self.authenticate(fake_request)
        if refusal is not None:
            return refusal
        where = f"{request.method} {path}"
        if operation is not None and spec is not None:
            unmet = spec.check_security(operation, request.headers, query)
            if unmet is not None:
                self.violations.append(f"{where}: {unmet}")
                return self.error_response(401, unmet)
            problems = spec.check_request(
                operation, path_values, request.url.params.multi_items(), request.headers, body
            )
            if problems:
                return self.violation(f"{where} ({operation.operation_id}): {'; '.join(problems)}")
        elif body and "json" not in request.headers.get("Content-Type", ""):
            return self.violation(f"{where}: body is not application/json")
        if handler is None:
            assert operation is not None
            return self.spec_answer(operation)
        try:
            return handler(fake_request)
        except ValueError as exc:
            return self.violation(f"{where}: {exc}")

    def _route(
        self, method: str, path: str, operation: Operation | None
    ) -> tuple[Handler | None, dict[str, str], bool]:
        """(handler, its path parameters, whether any route has this path); a route standing for another
        documented operation than the one matched (`/users/{id}` for `/users/import-template`) does not count."""
        matched_path = False
        for route_method, template, pattern, handler in self._routes:
            match = pattern.match(path)
            if match is None:
                continue
            if operation is not None and _unnamed(template) != operation.template:
                continue
            matched_path = True
            if route_method == method:
                return handler, match.groupdict(), True
        return None, {}, matched_path

    def violation(self, message: str) -> httpx.Response:
        """Record a request the spec does not allow and answer it with the API's 400 form."""
        self.violations.append(message)
        return self.error_response(400, message)


def _unnamed(template: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", template)


def _json_or_none(body: bytes) -> Any:
    if not body or len(body) > MAX_BODY:
        return None
    try:
        return json.loads(body)
    except ValueError:
        return None


def seed(server: FakeServer, path: str) -> None:
    """Seed from a JSON file: {"<store attribute>": [{fields}, ...], ...}, e.g. {"data_connections": [...]}.

    An object instead of a list is one call, e.g. {"tables": {"orders": [rows]}} is `tables.add(orders=[rows])`.
    """
    with open(path, encoding="utf-8") as file:
        data = json.load(file)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: the seed must be a JSON object of store name -> list of items")
    for name, items in data.items():
        store = getattr(server, name, None)
        if not callable(getattr(store, "add", None)) or not isinstance(items, (list, dict)):
            raise ValueError(f"{path}: {name!r} is not a store of this fake (or its items are not a list)")
        for item in items if isinstance(items, list) else [items]:
            store.add(**item)  # type: ignore[union-attr]


def serve(server: FakeServer, port: int, host: str = "127.0.0.1") -> None:
    """Answer HTTP on host:port (loopback by default) with `server` until interrupted."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class _Handler(BaseHTTPRequestHandler):
        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            request = httpx.Request(
                self.command, f"http://{host}:{port}{self.path}", headers=list(self.headers.items()), content=body
            )
            try:
                response = server.handle_request(request)
            except httpx.TransportError:  # an injected disconnect: drop the connection
                self.close_connection = True
                return
            content = response.read()
            self.send_response(response.status_code)
            for key, value in response.headers.items():
                if key.lower() not in ("content-length", "transfer-encoding", "connection"):
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _any

        def log_message(self, format: str, *args: Any) -> None:  # requests are in server.requests
            pass

    httpd = ThreadingHTTPServer((host, port), _Handler)
    print(f"serving {type(server).__name__} on http://{host}:{httpd.server_port}{server.base_path}", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
