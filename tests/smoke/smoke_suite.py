"""Smoke suite for the installed wheels: run by tests/smoke/matrix.py inside each fresh environment of the support
matrix (every CPython found, newest and minimum dependency versions), never from this repository's clients/.

It needs only the four installed packages (with their extras), the standard library and pytest. Every test talks to
a server on 127.0.0.1 over a real socket: one call per package, an error, a retry, the QRS Xrfkey, a page walk, an
async call, the proxies named by HTTP_PROXY / HTTPS_PROXY, and each console script (click, rich and PyYAML at the
versions of the environment) with a progress line on a pseudo-terminal. The file name does not start with test_,
so the repository's own `pytest tests` leaves it alone.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import pty
import re
import select
import socket
import socketserver
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

PACKAGES = {
    "qlik-qrs-client": "qlik_qrs_client",
    "qlik-data-stores-client": "qlik_data_stores_client",
    "qalyptus-cloud-client": "qalyptus_cloud_client",
    "dataplus-server-client": "dataplus_server_client",
}
TIMEOUT = 10.0  # seconds for any one request of the clients under test

CONNECTIONS = [
    {"id": "6d3e9d1a-5a2f-4b1c-9e55-0c2b3b1f4a01", "name": "Sales", "connectionstring": "C:\\data", "type": "folder"},
    {"id": "6d3e9d1a-5a2f-4b1c-9e55-0c2b3b1f4a02", "name": "Ops", "connectionstring": "D:\\ops", "type": "folder"},
]
STATUS = {"license": {"valid": True}, "currentConnections": 3}
ROWS = [{"id": i, "col1": f"value {i}"} for i in range(5)]


# ---------------------------------------------------------------------------------------------- the server


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]


@dataclass
class Reply:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


class _Handler(BaseHTTPRequestHandler):
    server: ApiServer
    protocol_version = "HTTP/1.1"
    timeout = TIMEOUT

    def _answer(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        seen = Seen(self.command, url.path, parse_qs(url.query), {k.lower(): v for k, v in self.headers.items()})
        reply = self.server.reply_for(seen)
        body = json.dumps(reply.body).encode()
        self.send_response(reply.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = _answer

    def log_message(self, format: str, *args: Any) -> None:
        pass


class ApiServer(ThreadingHTTPServer):
    """Answers the routes below; `queue` holds one-off replies per path, served first and in order."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.seen: list[Seen] = []
        self.queue: dict[str, list[Reply]] = {}
        self.lock = threading.Lock()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def requests_to(self, path: str) -> list[Seen]:
        with self.lock:
            return [seen for seen in self.seen if seen.path == path]

    def reply_for(self, seen: Seen) -> Reply:
        with self.lock:
            self.seen.append(seen)
            queued = self.queue.get(seen.path)
            if queued:
                return queued.pop(0)
        return route(seen, self.base)


def route(seen: Seen, base: str) -> Reply:
    path, query = seen.path, seen.query
    if path == "/qrs/dataconnection":
        return Reply(200, CONNECTIONS)
    if path == "/qrs/dataconnection/count":
        return Reply(200, {"value": len(CONNECTIONS)})
    if path == "/api/v1/data-stores":
        page = int(query.get("page", ["1"])[0])
        store = {"id": f"store-{page}", "name": f"Store {page}", "type": "connector", "technicalName": f"tn{page}"}
        body: dict[str, Any] = {"data": [store], "total": 3, "links": {"self": {"href": f"{base}{path}?page={page}"}}}
        if page < 3:  # absolute links, as the service sends them
            body["links"]["next"] = {"href": f"{base}/api/v1/data-stores?page={page + 1}"}
        return Reply(200, body)
    if path.startswith("/api/v1/data-stores/"):
        return Reply(404, {"errors": [{"code": "NOT_FOUND", "title": "Not found"}], "traceId": "trace-404"})
    if path == "/api/v1/tasks":
        return Reply(200, {"data": [], "isSuccess": True, "error": None, "errorDetails": None})
    if path == "/api/status":
        return Reply(200, STATUS)
    if path == "/api/db/getEntries":
        # The resource pager leaves out offset=0 on the first page, as the API allows.
        offset, limit = int(query.get("offset", ["0"])[0]), int(query.get("limit", ["100"])[0])
        rows = ROWS[offset : offset + limit]
        return Reply(200, {"data": rows, "count": len(rows), "offset": offset, "limit": limit, "total": len(ROWS)})
    return Reply(404, {"error": f"no route {path}"})


@pytest.fixture(scope="module")
def server() -> Iterator[ApiServer]:
    api = ApiServer()
    thread = threading.Thread(target=api.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield api
    finally:
        api.shutdown()
        api.server_close()
        thread.join(timeout=TIMEOUT)


@pytest.fixture(autouse=True)
def no_proxy_from_the_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests decide which proxy variables are set; none come from the machine running them."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


# ---------------------------------------------------------------------------------------------- the environment


@pytest.mark.parametrize("project", sorted(PACKAGES))
def test_installed_package_reports_its_version(project: str) -> None:
    module = importlib.import_module(PACKAGES[project])
    # Imported from the environment under test, not from a source tree.
    assert Path(module.__file__ or "").resolve().is_relative_to(Path(sys.prefix).resolve()), module.__file__
    assert module.__version__ == metadata.version(project)
    assert (Path(module.__file__ or "").parent / "py.typed").is_file()
    license_files = [f for f in metadata.files(project) or [] if f.name == "LICENSE"]
    assert license_files and "MIT License" in license_files[0].read_text()


# ---------------------------------------------------------------------------------------------- one call each


def test_qrs_list_and_xrfkey(server: ApiServer) -> None:
    from qlik_qrs_client import Client
    from qlik_qrs_client.api.data_connection import get_data_connections, get_data_connections_count

    with Client.via_proxy(server.base, timeout=TIMEOUT) as client:
        connections = get_data_connections.sync(client=client, filter_="type eq 'folder'")
        count = get_data_connections_count.sync(client=client)
    assert isinstance(connections, list)
    assert [(c.name, str(c.id)) for c in connections] == [(c["name"], c["id"]) for c in CONNECTIONS]
    assert count is not None and count.value == 2

    keys = []
    for seen in server.requests_to("/qrs/dataconnection") + server.requests_to("/qrs/dataconnection/count"):
        header = seen.headers["x-qlik-xrfkey"]
        assert seen.query["Xrfkey"] == [header]  # identical in the query and the header
        assert re.fullmatch(r"[0-9A-Za-z]{16}", header)
        keys.append(header)
    assert len(keys) == 2 and len(set(keys)) == 2  # a fresh key per request
    assert server.requests_to("/qrs/dataconnection")[-1].query["filter"] == ["type eq 'folder'"]


def test_qlik_cloud_page_walk_sends_the_token(server: ApiServer) -> None:
    from qlik_data_stores_client import AuthenticatedClient
    from qlik_data_stores_client.api.data_stores import get_data_stores
    from qlik_data_stores_client.pagination import paginate

    with AuthenticatedClient(server.base + "/api", token="cloud-token", timeout=TIMEOUT) as client:
        names = [store.name for store in paginate(get_data_stores.sync_detailed, client=client, limit=1)]
    assert names == ["Store 1", "Store 2", "Store 3"]
    pages = server.requests_to("/api/v1/data-stores")[-3:]
    assert [seen.query.get("page", ["1"]) for seen in pages] == [["1"], ["2"], ["3"]]
    assert all(seen.headers["authorization"] == "Bearer cloud-token" for seen in pages)


def test_qalyptus_envelope(server: ApiServer) -> None:
    from qalyptus_cloud_client import AuthenticatedClient
    from qalyptus_cloud_client.api.tasks import get_tasks

    with AuthenticatedClient(server.base + "/api/v1", token="q-token", timeout=TIMEOUT) as client:
        response = get_tasks.sync(client=client)
    assert response is not None and response.is_success is True and response.data == []


def test_dataplus_status_and_row_pages(server: ApiServer) -> None:
    from dataplus_server_client import AuthenticatedClient
    from dataplus_server_client.api.status import get_status
    from dataplus_server_client.pagination import paginate

    with AuthenticatedClient.for_server("raw-key", base_url=server.base, timeout=TIMEOUT) as client:
        status = get_status.sync(client=client)
        rows = list(paginate(client, table="orders", limit=2))
    assert status is not None and status.license_.valid is True and status.current_connections == 3
    assert [row.id for row in rows] == [0, 1, 2, 3, 4]
    assert [row.additional_properties["col1"] for row in rows] == [r["col1"] for r in ROWS]
    pages = server.requests_to("/api/db/getEntries")[-3:]
    assert [seen.query["offset"] for seen in pages] == [["0"], ["2"], ["4"]]
    assert server.requests_to("/api/status")[-1].headers["authorization"] == "raw-key"  # no scheme


def test_async_call(server: ApiServer) -> None:
    from qlik_data_stores_client import AuthenticatedClient
    from qlik_data_stores_client.api.data_stores import get_data_stores

    async def main() -> list[str]:
        async with AuthenticatedClient(server.base + "/api", token="t", timeout=TIMEOUT) as client:
            page = await get_data_stores.asyncio(client=client, limit=1)
        assert page is not None
        return [store.technical_name for store in page.data]

    assert asyncio.run(main()) == ["tn1"]


# ---------------------------------------------------------------------------------------------- errors and retries


def test_not_found_raises_the_typed_error(server: ApiServer) -> None:
    from qlik_data_stores_client import ApiError, AuthenticatedClient, NotFoundError
    from qlik_data_stores_client.api.data_stores import get_data_store

    with AuthenticatedClient(server.base + "/api", token="secret-token", timeout=TIMEOUT) as client:
        with pytest.raises(NotFoundError) as caught:
            get_data_store.sync("missing", client=client)
    error = caught.value
    assert isinstance(error, ApiError) and error.status_code == 404
    assert error.trace_id == "trace-404" and error.body["errors"][0]["code"] == "NOT_FOUND"
    assert "secret-token" not in str(error) + repr(error)


def test_qalyptus_failure_envelope_raises_on_http_200(server: ApiServer) -> None:
    from qalyptus_cloud_client import ApiError, AuthenticatedClient
    from qalyptus_cloud_client.api.tasks import get_tasks

    failure = {"data": None, "isSuccess": False, "error": "Task list unavailable", "errorDetails": ["locked"]}
    server.queue["/api/v1/tasks"] = [Reply(200, failure)]
    with AuthenticatedClient(server.base + "/api/v1", token="q-token", timeout=TIMEOUT) as client:
        with pytest.raises(ApiError) as caught:
            get_tasks.sync(client=client)
    assert caught.value.status_code == 200 and caught.value.error == "Task list unavailable"


def test_retry_after_a_503_honours_retry_after(server: ApiServer) -> None:
    from dataplus_server_client import AuthenticatedClient, RetryConfig
    from dataplus_server_client.api.status import get_status

    waits: list[float] = []
    server.queue["/api/status"] = [Reply(503, {"error": "busy"}, {"Retry-After": "0"}), Reply(502, {})]
    before = len(server.requests_to("/api/status"))
    retry = RetryConfig(max_retries=2, sleep=waits.append, random=lambda: 0.0)
    with AuthenticatedClient.for_server("k", base_url=server.base, timeout=TIMEOUT, retry_config=retry) as client:
        status = get_status.sync(client=client)
    assert status is not None and status.current_connections == 3
    assert len(server.requests_to("/api/status")) - before == 3
    assert waits == [0.0, 0.0]  # Retry-After: 0, then the backoff drawn with random() = 0


def test_server_error_after_the_last_retry(server: ApiServer) -> None:
    from qlik_qrs_client import Client, RetryConfig, ServerError
    from qlik_qrs_client.api.data_connection import get_data_connections_count

    server.queue["/qrs/dataconnection/count"] = [Reply(503, {"error": "down"})] * 2
    before = len(server.requests_to("/qrs/dataconnection/count"))
    retry = RetryConfig(max_retries=1, sleep=lambda seconds: None)
    with Client.via_proxy(server.base, timeout=TIMEOUT, retry_config=retry) as client:
        with pytest.raises(ServerError) as caught:
            get_data_connections_count.sync(client=client)
    assert caught.value.status_code == 503
    assert len(server.requests_to("/qrs/dataconnection/count")) - before == 2
    assert "Xrfkey=" in caught.value.url


def test_refused_connection_raises_api_connection_error() -> None:
    from dataplus_server_client import ApiConnectionError, AuthenticatedClient
    from dataplus_server_client.api.status import get_status

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with AuthenticatedClient.for_server("k", base_url=f"http://127.0.0.1:{port}", max_retries=0) as client:
        with pytest.raises(ApiConnectionError):
            get_status.sync(client=client)


# ---------------------------------------------------------------------------------------------- proxies


class _ProxyHandler(socketserver.StreamRequestHandler):
    """HTTP proxy that answers plain requests itself and refuses CONNECT tunnels (recording both)."""

    server: ProxyServer
    timeout = TIMEOUT

    def handle(self) -> None:
        request_line = self.rfile.readline(65537).decode("latin-1").strip()
        while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
            pass
        self.server.seen.append(request_line)
        if request_line.startswith("CONNECT "):
            self.wfile.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            return
        body = json.dumps(STATUS).encode()
        head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        self.wfile.write(head.encode() + b"Connection: close\r\n\r\n" + body)


class ProxyServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.seen: list[str] = []


@pytest.fixture
def proxy() -> Iterator[ProxyServer]:
    server = ProxyServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=TIMEOUT)


def _dataplus_status(base_url: str) -> Callable[[], Any]:
    from dataplus_server_client import AuthenticatedClient
    from dataplus_server_client.api.status import get_status

    def call() -> Any:
        with AuthenticatedClient.for_server("k", base_url=base_url, timeout=TIMEOUT, max_retries=0) as client:
            return get_status.sync(client=client)

    return call


def test_http_proxy_from_the_environment(proxy: ProxyServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{proxy.server_address[1]}")
    # The name never resolves: only the proxy can answer.
    status = _dataplus_status("http://dataplus.invalid:7766")()
    assert status is not None and status.current_connections == 3
    assert proxy.seen == ["GET http://dataplus.invalid:7766/api/status HTTP/1.1"]


def test_https_proxy_from_the_environment(proxy: ProxyServer, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataplus_server_client import ApiConnectionError

    monkeypatch.setenv("HTTPS_PROXY", f"127.0.0.1:{proxy.server_address[1]}")  # no scheme, as often set
    # The tunnel is refused by the proxy: the client must get that far and report it as a connection error.
    with pytest.raises(ApiConnectionError):
        _dataplus_status("https://dataplus.invalid:7766")()
    assert proxy.seen == ["CONNECT dataplus.invalid:7766 HTTP/1.1"]


# ---------------------------------------------------------------------------------------------- the commands

COMMANDS = {
    "qlik-qrs-client": "qlik-qrs",
    "qlik-data-stores-client": "qlik-data-stores",
    "qalyptus-cloud-client": "qalyptus",
    "dataplus-server-client": "dataplus",
}


def command(project: str, *args: str) -> subprocess.CompletedProcess[str]:
    """The installed console script (beside this environment's python), as a user runs it."""
    script = Path(sys.executable).parent / COMMANDS[project]
    return subprocess.run([str(script), *args], capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("project", sorted(COMMANDS))
def test_command_help_and_version(project: str) -> None:
    done = command(project, "--help")
    assert done.returncode == 0 and f"Usage: {COMMANDS[project]}" in done.stdout, done.stderr
    assert "profile" in done.stdout and "completion" in done.stdout
    done = command(project, "--version")
    assert done.stdout.strip() == f"{COMMANDS[project]} {metadata.version(project)}", done.stderr
    assert command(project, "completion", "zsh").returncode == 0


def test_commands_against_the_server(server: ApiServer) -> None:
    base = server.base
    done = command("qlik-qrs-client", "data-connections", "count", "--url", f"{base}/qrs", "-o", "json")
    assert done.returncode == 0 and json.loads(done.stdout) == {"value": 2}, done.stderr
    seen = server.requests_to("/qrs/dataconnection/count")[-1]
    assert seen.query["Xrfkey"] == [seen.headers["x-qlik-xrfkey"]]

    store_args = ("data-stores", "list", "--url", f"{base}/api", "--api-key", "t", "--limit", "1", "-o", "jsonl")
    done = command("qlik-data-stores-client", *store_args)
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["name"] for line in done.stdout.splitlines()] == ["Store 1", "Store 2", "Store 3"]

    done = command("qalyptus-cloud-client", "tasks", "list", "--url", f"{base}/api/v1", "--api-key", "q", "-o", "csv")
    assert done.returncode == 0, done.stderr

    dataplus = ("--url", base, "--api-key", "k")
    done = command("dataplus-server-client", "status", "get", *dataplus, "-o", "yaml")  # PyYAML
    assert done.returncode == 0 and "currentConnections: 3" in done.stdout, done.stderr
    done = command(
        "dataplus-server-client", "entries", "list", "--table", "orders", "--limit", "2", *dataplus, "-o", "table"
    )
    assert done.returncode == 0 and "value 4" in done.stdout and "col1" in done.stdout, done.stderr  # a rich table
    assert done.stderr == ""  # no progress when stderr is not a terminal

    done = command("dataplus-server-client", "status", "get", "--url", base, "-o", "json")
    assert done.returncode == 2 and done.stderr.startswith("error: ") and "DATAPLUS_API_KEY" in done.stderr


def test_command_progress_on_a_terminal(server: ApiServer) -> None:
    """rich's status line on a pseudo-terminal: pages and items counted, the last count left on screen."""
    script = Path(sys.executable).parent / COMMANDS["dataplus-server-client"]
    argv = [str(script), "entries", "list", "--table", "orders", "--limit", "2", "--url", server.base]
    argv += ["--api-key", "k", "-o", "jsonl"]
    master, slave = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "200"}
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL, env=env)
    os.close(slave)
    chunks = []
    while select.select([master], [], [], TIMEOUT)[0]:
        try:
            data = os.read(master, 65536)
        except OSError:  # the other side closed
            break
        if not data:
            break
        chunks.append(data)
    stdout = process.stdout.read().decode() if process.stdout else ""
    assert process.wait(timeout=TIMEOUT) == 0
    os.close(master)
    assert "page 3, 5 items: done" in b"".join(chunks).decode(errors="replace")
    assert [json.loads(line)["col1"] for line in stdout.splitlines()] == [r["col1"] for r in ROWS]
