"""The installed command-line tools (`qlik-qrs`, `qlik-data-stores`, `qalyptus`, `dataplus`), run as subprocesses
against local servers: command tree, output formats, bodies, profiles, dry run, exit codes, progress, downloads,
completion. Every operation once against Prism: tests/contract/test_cli_contract.py."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import select
import signal
import socket
import stat
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from cli_env import clean_env, tool
from conftest import SERVICES, load_spec, operations
from helpers import serving

from generator import cli, facade

pytestmark = pytest.mark.slow
KEY = "cli-test-secret-key-0123"
TASK_ID = "2f6d1c8a-4b3e-4a9f-8c7d-1e0b9a2c3d01"
NO_LENGTH = "X-Test-No-Content-Length"  # a route's answer header: sent without Content-Length
WIDE = {"COLUMNS": "400"}  # a terminal wide enough for the progress line not to wrap


# ---------------------------------------------------------------------------------------------- a scripted server


class Seen:
    def __init__(self, method: str, path: str, query: dict[str, list[str]], headers: dict[str, str], body: bytes):
        self.method, self.path, self.query, self.headers, self.body = method, path, query, headers, body


Answer = tuple[int, dict[str, str], bytes]


class _Handler(BaseHTTPRequestHandler):
    server: Scripted

    def _any(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("content-length") or 0)
        seen = Seen(
            self.command,
            url.path,
            parse_qs(url.query),
            {k.lower(): v for k, v in self.headers.items()},
            self.rfile.read(length),
        )
        self.server.seen.append(seen)
        route = self.server.routes.get((self.command, url.path))
        status, headers, body = route(seen) if route else (404, {}, b'{"error": "no route"}')
        self.send_response(status)
        headers = {"Content-Type": "application/json", **headers}
        unsized = headers.pop(NO_LENGTH, None) is not None  # the body ends when the connection closes
        for name, value in headers.items():
            self.send_header(name, value)
        if not unsized:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        for start in range(0, len(body), 65536):
            self.wfile.write(body[start : start + 65536])

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _any

    def log_message(self, format: str, *args: Any) -> None:
        pass


class Scripted(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes: dict[tuple[str, str], Callable[[Seen], Answer]] = {}
        self.seen: list[Seen] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


def answer(status: int, payload: Any, headers: dict[str, str] | None = None) -> Callable[[Seen], Answer]:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return lambda seen: (status, headers or {}, body)


@pytest.fixture
def server() -> Iterator[Scripted]:
    scripted = Scripted()
    with serving(scripted):
        yield scripted


def entries_pages(rows: int, page: int) -> Callable[[Seen], Answer]:
    """getEntries paging by offset/limit over `rows` rows, `page` per page."""

    def route(seen: Seen) -> Answer:
        offset = int(seen.query.get("offset", ["0"])[0])
        data = [{"id": str(i), "region": "EU" if i % 2 else "US"} for i in range(offset, min(offset + page, rows))]
        return 200, {}, json.dumps({"data": data, "total": rows, "offset": offset, "limit": page}).encode()

    return route


# ---------------------------------------------------------------------------------------------- running the tools


def run(
    service: str, *args: str, stdin: str | None = None, env: dict[str, str] | None = None, home: Path | None = None
) -> subprocess.CompletedProcess[str]:
    environment = clean_env(**(env or {}))
    if home is not None:
        environment.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    return subprocess.run(
        [str(tool(service)), *args], input=stdin, env=environment, capture_output=True, text=True, timeout=120
    )


def one_line_error(done: subprocess.CompletedProcess[str], code: int, *words: str) -> None:
    assert done.returncode == code, (done.returncode, done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in lines[0], (word, lines[0])


def dp(server: Scripted, *args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return run("dataplus-server", *args, "--url", server.url, "--api-key", KEY, **kwargs)


# ---------------------------------------------------------------------------------------------- the command tree


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_commands_follow_the_naming_table(service: str) -> None:
    """Each resource of the tree is a command group, each method a command, every operation exactly once."""
    import importlib

    package = SERVICES[service].package_name
    tree = facade.resource_tree(load_spec(service), SERVICES[service].resources)
    rendered = importlib.import_module(f"{package}.cli").TOOL.resources
    assert [(c, a) for c, a, _ in rendered] == [(cli.command_name(r.attribute), r.attribute) for r in tree]
    reached = []
    for resource in tree:
        table = importlib.import_module(f"{package}._commands.{resource.attribute}").COMMANDS
        assert [c["name"] for c in table] == [cli.command_name(m.name) for m in resource.methods]
        assert [c["method"] for c in table] == [m.name for m in resource.methods]
        reached += [c["operation"] for c in table]
    assert sorted(reached) == sorted(op["operationId"] for _, _, op in operations(load_spec(service)))


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_help_version_and_every_command_group(service: str) -> None:
    command = SERVICES[service].cli["command"]
    done = run(service, "--help")
    assert done.returncode == 0 and f"Usage: {command}" in done.stdout
    assert run(service, "--version").stdout.strip() == f"{command} {SERVICES[service].package_version}"
    for resource in facade.resource_tree(load_spec(service), SERVICES[service].resources):
        group = cli.command_name(resource.attribute)
        assert group in done.stdout
        listed = run(service, group, "--help")
        assert listed.returncode == 0, listed.stderr
        assert all(cli.command_name(m.name) in listed.stdout for m in resource.methods)
    one_line_error(run(service, "no-such-group"), 2, "no-such-group")


# ---------------------------------------------------------------------------------------------- output


def test_each_output_format_pages_through_everything(server: Scripted) -> None:
    server.routes[("GET", "/api/db/getEntries")] = entries_pages(5, 2)
    args = ("entries", "list", "--table", "orders", "--limit", "2")
    as_json = json.loads(dp(server, *args, "--output", "json").stdout)
    assert [row["id"] for row in as_json] == ["0", "1", "2", "3", "4"]
    assert len([s for s in server.seen if s.path == "/api/db/getEntries"]) == 3
    assert json.loads(dp(server, *args).stdout) == as_json  # not a terminal: json
    lines = dp(server, *args, "--output", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == as_json
    rows = list(csv.DictReader(io.StringIO(dp(server, *args, "-o", "csv", "--fields", "id,region").stdout)))
    assert rows == [{"id": r["id"], "region": r["region"]} for r in as_json]
    assert yaml.safe_load(dp(server, *args, "-o", "yaml").stdout) == as_json
    table = dp(server, *args, "-o", "table").stdout
    assert "region" in table and "EU" in table and "US" in table
    assert json.loads(dp(server, *args, "--max-items", "3").stdout) == as_json[:3]


def test_a_single_result_in_each_format(server: Scripted) -> None:
    status = load_spec("dataplus-server")["paths"]["/api/status"]["get"]["responses"]["200"]
    example = status["content"]["application/json"]["examples"]["status"]["value"]
    server.routes[("GET", "/api/status")] = answer(200, example)
    assert (
        json.loads(dp(server, "status", "get", "-o", "json").stdout)["currentConnections"]
        == example["currentConnections"]
    )
    assert yaml.safe_load(dp(server, "status", "get", "-o", "yaml").stdout)["license"] == example["license"]
    assert "currentConnections" in dp(server, "status", "get", "-o", "table").stdout
    assert json.loads(dp(server, "status", "get", "-o", "jsonl", "--fields", "currentConnections").stdout) == {
        "currentConnections": example["currentConnections"]
    }
    assert "currentConnections" in dp(server, "status", "get", "-o", "csv").stdout.splitlines()[0]


# ---------------------------------------------------------------------------------------------- bodies


def test_bodies_from_file_stdin_and_set(server: Scripted, tmp_path: Path) -> None:
    server.routes[("POST", "/api/db/table/orders/insert")] = answer(200, {"id": "7", "region": "EU"})
    server.routes[("POST", "/api/db/table/orders/bulk/insert")] = answer(200, [{"id": "1"}, {"id": "2"}])
    row = tmp_path / "row.json"
    row.write_text('{"region": "EU", "amount": "120"}')
    assert dp(server, "entries", "insert", "--table", "orders", "--json", f"@{row}").returncode == 0
    assert dp(server, "entries", "insert", "--table", "orders", "--json", "-", stdin='{"region": "US"}').returncode == 0
    done = dp(server, "entries", "insert", "--table", "orders", "--set", "region=APAC", "--set", "amount=5")
    assert done.returncode == 0, done.stderr
    rows = tmp_path / "rows.json"
    rows.write_text(json.dumps([{"region": "EU"}, {"region": "US"}]))
    done = dp(server, "entries", "bulk-insert", "--table", "orders", "--json", f"@{rows}")
    assert done.returncode == 0, done.stderr
    sent = [json.loads(s.body) for s in server.seen if s.method == "POST"]
    assert sent == [
        {"region": "EU", "amount": "120"},
        {"region": "US"},
        {"region": "APAC", "amount": "5"},
        [{"region": "EU"}, {"region": "US"}],
    ]
    assert all(s.headers["authorization"] == KEY for s in server.seen)


def test_bad_input_is_one_line_and_exit_2_before_anything_is_sent(server: Scripted, tmp_path: Path) -> None:
    qrs = ("data-connections", "create", "--url", server.url)
    one_line_error(run("qlik-qrs", *qrs, "--set", "name=a", "--set", "type=folder"), 2, "connectionstring")
    base = ("--set", "name=a", "--set", "type=folder", "--set", "connectionstring=C:\\d")
    one_line_error(run("qlik-qrs", *qrs, *base, "--set", 'logOn="x"'), 2, "logOn", "integer")
    one_line_error(run("qlik-qrs", *qrs, *base, "--set", "nosuch=1"), 2, "nosuch")
    one_line_error(run("qlik-qrs", *qrs, "--json", '{"name": "a",'), 2, "not valid JSON")
    one_line_error(run("qlik-qrs", *qrs, "--json", f"@{tmp_path / 'missing.json'}"), 2, "cannot read")
    one_line_error(run("qlik-qrs", *qrs, "--bogus"), 2, "--bogus")
    one_line_error(run("qlik-qrs", "data-connections", "get", "not-a-uuid", "--url", server.url), 2, "UUID")
    one_line_error(dp(server, "entries", "insert", "--table", "orders", "--json", '{"amount": 5}'), 2, "amount")
    one_line_error(dp(server, "entries", "insert", "--json", "{}"), 2, "--table")
    one_line_error(run("dataplus-server", "status", "get"), 2, "DATAPLUS_API_KEY")
    assert server.seen == []


# ---------------------------------------------------------------------------------------------- connection, profiles


def test_environment_variables_connect(server: Scripted) -> None:
    server.routes[("GET", "/api/status")] = answer(200, {"currentConnections": 1})
    done = run("dataplus-server", "status", "get", env={"DATAPLUS_URL": server.url, "DATAPLUS_API_KEY": KEY})
    assert done.returncode == 0, done.stderr
    assert server.seen[-1].headers["authorization"] == KEY


def test_profiles(server: Scripted, tmp_path: Path) -> None:
    server.routes[("GET", "/api/status")] = answer(200, {"currentConnections": 2})
    added = run("dataplus-server", "profile", "add", "prod", "--url", server.url, "--api-key", KEY, home=tmp_path)
    assert added.returncode == 0, added.stderr
    config = tmp_path / ".config" / "qlik-clients" / "dataplus.ini"
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    listed = run("dataplus-server", "profile", "list", "-o", "json", home=tmp_path)
    assert json.loads(listed.stdout) == [{"profile": "prod", "url": server.url, "api_key": "<redacted>"}]
    assert KEY not in listed.stdout + listed.stderr
    used = run("dataplus-server", "status", "get", "--profile", "prod", home=tmp_path)
    assert used.returncode == 0 and server.seen[-1].headers["authorization"] == KEY
    before = config.read_bytes()
    one_line_error(run("dataplus-server", "status", "get", "--profile", "nope", home=tmp_path), 2, "nope", "prod")
    one_line_error(
        run("dataplus-server", "profile", "add", "bad", "--url", "ftp://x", "--api-key", "k", home=tmp_path), 2
    )
    one_line_error(run("dataplus-server", "profile", "remove", "nope", home=tmp_path), 2, "nope")
    assert config.read_bytes() == before
    assert run("dataplus-server", "profile", "remove", "prod", home=tmp_path).returncode == 0
    assert "prod" not in config.read_text()


def test_an_unreadable_config_file_is_one_line_and_left_alone(tmp_path: Path) -> None:
    config = tmp_path / "broken.ini"
    config.write_text("this is [not an ini file\n")
    before = config.read_bytes()
    for args in (
        ("status", "get", "--config", str(config), "--api-key", "k"),
        ("profile", "list", "--config", str(config)),
        ("profile", "add", "x", "--api-key", "k", "--config", str(config)),
    ):
        one_line_error(run("dataplus-server", *args), 2, "config file")
    assert config.read_bytes() == before


# ---------------------------------------------------------------------------------------------- dry run, verbose


def test_dry_run_sends_nothing_and_redacts(server: Scripted) -> None:
    done = dp(server, "entries", "insert", "--table", "orders", "--set", "region=EU", "--dry-run")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"POST {server.url}/api/db/table/orders/insert")
    assert "authorization: <redacted>" in done.stdout and KEY not in done.stdout + done.stderr
    assert '"region": "EU"' in done.stdout
    assert server.seen == []


def test_dry_run_shows_the_xrfkey_the_qrs_call_would_send(server: Scripted) -> None:
    """The Xrfkey is no secret: the dry run shows the one key of the request (query parameter and header, the same
    16 characters), printed from the request the real call builds: same headers as a real call sends."""
    args = ("data-connections", "count", "--url", f"{server.url}/qrs")
    done = run("qlik-qrs", *args, "--dry-run")
    assert done.returncode == 0, done.stderr
    assert server.seen == []
    first, *rest = done.stdout.splitlines()
    match = re.fullmatch(rf"GET {re.escape(server.url)}/qrs/dataconnection/count\?Xrfkey=([0-9A-Za-z]{{16}})", first)
    assert match, first
    printed = dict(line.split(": ", 1) for line in rest if line)
    assert printed["x-qlik-xrfkey"] == match[1]
    assert "<redacted>" not in done.stdout

    server.routes[("GET", "/qrs/dataconnection/count")] = answer(200, {"value": 4})
    real = run("qlik-qrs", *args, "-o", "json")
    assert real.returncode == 0 and json.loads(real.stdout) == {"value": 4}, real.stderr
    sent = server.seen[-1]
    assert sent.query["Xrfkey"] == [sent.headers["x-qlik-xrfkey"]] and sent.headers["x-qlik-xrfkey"] != match[1]
    assert set(printed) <= set(sent.headers), (printed, sent.headers)


def test_verbose_logs_each_attempt_without_secrets(server: Scripted) -> None:
    calls = iter([(503, {"Retry-After": "0"}, b"{}"), (200, {}, b'{"currentConnections": 1}')])
    server.routes[("GET", "/api/status")] = lambda seen: next(calls)
    done = dp(server, "status", "get", "--verbose")
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("-> GET") == 1 and "<- 503" not in done.stderr  # the retry is inside one call
    assert "Retrying GET" in done.stderr and "<- 200 GET" in done.stderr
    assert KEY not in done.stderr


# ---------------------------------------------------------------------------------------------- exit codes


@pytest.mark.parametrize(("status", "code"), [(404, 4), (409, 4), (401, 5), (403, 5), (429, 6), (500, 7)])
def test_exit_codes_by_error_family(server: Scripted, status: int, code: int) -> None:
    server.routes[("GET", "/api/status")] = answer(status, {"message": "no"})
    one_line_error(dp(server, "status", "get", "--max-retries", "0"), code, str(status))


def test_a_success_answer_of_another_shape_exits_1(server: Scripted) -> None:
    server.routes[("GET", "/api/status")] = answer(200, ["not", "a", "status"])
    one_line_error(dp(server, "status", "get"), 1, "UnexpectedResponseError", "documented type")


def test_no_bad_input_writes_a_config_file(server: Scripted, tmp_path: Path) -> None:
    """Each case is one line with its exit code, and none of them leaves a config file behind."""
    home = tmp_path / "home"
    cases: list[tuple[tuple[str, ...], int, str]] = [
        (("entries", "list", "--table", "t", "--bogus"), 2, "--bogus"),
        (("entries", "insert", "--table", "t", "--json", "{oops"), 2, "not valid JSON"),
        (("entries", "insert", "--table", "t", "--json", '{"a": 1}'), 2, "'a'"),
        (("status", "get", "--profile", "prod"), 2, "no profile 'prod'"),
        (("status", "get", "--config", str(tmp_path)), 2, "cannot read the config file"),
        (("profile", "add", "x", "--url", "ftp://nowhere", "--api-key", "k"), 2, "ftp"),
        (("profile", "remove", "x"), 2, "no profile 'x'"),
    ]
    for args, code, word in cases:
        one_line_error(run("dataplus-server", *args, "--url", server.url, "--api-key", KEY, home=home)
                       if args[0] != "profile" else run("dataplus-server", *args, home=home), code, word)  # fmt: skip
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}"
    done = run("dataplus-server", "status", "get", "--url", closed, "--api-key", KEY, "--max-retries", "0", home=home)
    one_line_error(done, 8, "Connect")
    assert not home.exists() or not any(home.rglob("*.ini")), sorted(home.rglob("*"))
    assert server.seen == []


def test_a_closed_port_exits_8() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    done = run(
        "dataplus-server", "status", "get", "--url", f"http://127.0.0.1:{port}", "--api-key", KEY, "--max-retries", "0"
    )
    one_line_error(done, 8, "Connect")


def test_interrupted_exits_130(server: Scripted) -> None:
    release = threading.Event()

    def hang(seen: Seen) -> Answer:
        release.wait(20)
        return 200, {}, b"{}"

    server.routes[("GET", "/api/status")] = hang
    process = subprocess.Popen(
        [str(tool("dataplus-server")), "status", "get", "--url", server.url, "--api-key", KEY],
        env=clean_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while not server.seen and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    release.set()
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and stderr.strip().splitlines() == ["interrupted"]


# ---------------------------------------------------------------------------------------------- progress, downloads


def _with_pty_stderr(argv: list[str], env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Run with stderr on a pseudo-terminal (stdout a pipe): (exit code, stdout, what the terminal showed)."""
    master, slave = pty.openpty()
    environment = clean_env(TERM="xterm", **WIDE, **(env or {}))
    process = subprocess.Popen(argv, env=environment, stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL)
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 30)
        if not ready:
            break
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    stdout = process.stdout.read().decode() if process.stdout else ""
    process.wait(timeout=30)
    os.close(master)
    return process.returncode, stdout, b"".join(chunks).decode(errors="replace")


def _piped(argv: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, env=clean_env(**WIDE), capture_output=True, text=True, timeout=60)


def test_progress_counts_pages_and_items_only_when_stderr_is_a_terminal(server: Scripted) -> None:
    server.routes[("GET", "/api/db/getEntries")] = entries_pages(6, 2)
    argv = [str(tool("dataplus-server")), "entries", "list", "--table", "orders", "--limit", "2"]
    argv += ["--url", server.url, "--api-key", KEY, "-o", "jsonl"]
    code, stdout, terminal = _with_pty_stderr(argv)
    assert code == 0
    assert "page 3, 6 items: done" in terminal, terminal  # the last count: three pages, six rows
    assert [json.loads(line)["id"] for line in stdout.splitlines()] == ["0", "1", "2", "3", "4", "5"]
    assert "page" not in stdout
    piped = _piped(argv)
    assert piped.returncode == 0 and piped.stderr == ""
    assert piped.stdout == stdout


def test_bulk_insert_progress_counts_the_bytes_sent(server: Scripted, tmp_path: Path) -> None:
    rows = [{"region": f"region {i}", "amount": str(i)} for i in range(5000)]
    server.routes[("POST", "/api/db/table/orders/bulk/insert")] = lambda seen: (200, {}, seen.body)
    source = tmp_path / "rows.json"
    source.write_text(json.dumps(rows))
    argv = [str(tool("dataplus-server")), "entries", "bulk-insert", "--table", "orders", "--json", f"@{source}"]
    argv += ["--url", server.url, "--api-key", KEY, "-o", "jsonl"]
    code, stdout, terminal = _with_pty_stderr(argv)
    assert code == 0, terminal
    sent = server.seen[-1].body
    assert json.loads(sent) == rows  # sent whole, in steps
    size = f"{len(sent) / 1024:.1f} KiB"
    assert f"Sending 5000 rows: {size} of {size}: done" in terminal, terminal
    assert len(stdout.splitlines()) == 5000
    piped = _piped(argv)
    assert piped.returncode == 0 and piped.stderr == ""
    assert json.loads(server.seen[-1].body) == rows


def _download(server: Scripted, target: Path, *extra: str) -> list[str]:
    argv = [str(tool("qalyptus-cloud")), "reports", "download", TASK_ID, "--to", str(target)]
    return [*argv, "--url", server.url, "--api-key", KEY, *extra]


def test_report_download_streams_to_a_file_with_its_progress_in_bytes(server: Scripted, tmp_path: Path) -> None:
    pdf = b"%PDF-1.7\n" + os.urandom(200_000)
    path = f"/status/{TASK_ID}/download-stream"
    server.routes[("GET", path)] = lambda seen: (200, {"Content-Type": "application/pdf"}, pdf)
    target = tmp_path / "report.pdf"
    done = _piped(_download(server, target, "-o", "json"))
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert target.read_bytes() == pdf
    assert json.loads(done.stdout) == {"path": str(target), "size": len(pdf), "mime_type": "application/pdf"}
    assert server.seen[-1].headers["authorization"] == f"Bearer {KEY}"
    assert [s.path for s in server.seen] == [path]  # the stream itself, not downloadReport's URI first

    # On a terminal: bytes of the total (Content-Length known), then without a Content-Length.
    code, _, terminal = _with_pty_stderr(_download(server, tmp_path / "again.pdf"))
    assert code == 0 and "again.pdf: 195.3 KiB of 195.3 KiB: done" in terminal, terminal
    server.routes[("GET", path)] = lambda seen: (200, {"Content-Type": "application/pdf", NO_LENGTH: "1"}, pdf)
    code, _, terminal = _with_pty_stderr(_download(server, tmp_path / "unsized.pdf"))
    assert code == 0 and "unsized.pdf: 195.3 KiB: done" in terminal and " of " not in terminal, terminal
    assert (tmp_path / "unsized.pdf").read_bytes() == pdf


def test_downloads_follow_the_path_overrides(server: Scripted, tmp_path: Path) -> None:
    """--to resolves the route as the Python client does: an override moves it; a 404 on the inferred path says
    how to move it; flag, environment and profile give the same overrides."""
    pdf = b"%PDF-1.7\n" + os.urandom(5_000)
    server.routes[("GET", f"/files/{TASK_ID}/stream")] = lambda seen: (200, {"Content-Type": "application/pdf"}, pdf)
    moved = "downloadReportStream=/files/{id}/stream"

    done = _piped(_download(server, tmp_path / "a.pdf", "--path-override", moved))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "a.pdf").read_bytes() == pdf and server.seen[-1].path == f"/files/{TASK_ID}/stream"

    env = {"QALYPTUS_PATH_OVERRIDES": f"runTask=/tasks/{{id}}/execute {moved}"}
    done = run("qalyptus-cloud", *_download(server, tmp_path / "b.pdf")[1:], env=env)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "b.pdf").read_bytes() == pdf

    added = run("qalyptus-cloud", "profile", "add", "moved", "--url", server.url, "--api-key", KEY,
                "--path-override", moved, home=tmp_path)  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = json.loads(run("qalyptus-cloud", "profile", "list", "-o", "json", home=tmp_path).stdout)
    assert listed == [{"profile": "moved", "url": server.url, "api_key": "<redacted>", "path_overrides": moved}]
    done = run("qalyptus-cloud", "reports", "download", TASK_ID, "--to", str(tmp_path / "c.pdf"), "--profile",
               "moved", home=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "c.pdf").read_bytes() == pdf
    assert len([s for s in server.seen if s.path == f"/files/{TASK_ID}/stream"]) == 3

    # No override: the inferred path answers 404, and the message says which override to give.
    missing = _piped(_download(server, tmp_path / "d.pdf", "--max-retries", "0"))
    one_line_error(missing, 4, "404", "path_overrides", "downloadReportStream")
    assert not (tmp_path / "d.pdf").exists()
    seen = len(server.seen)
    for bad, word in (("nosuchOperation=/x", "unknown operationId"), ("downloadReportStream", "OPERATION_ID=")):
        one_line_error(_piped(_download(server, tmp_path / "e.pdf", "--path-override", bad)), 2, word)
    one_line_error(_piped(_download(server, tmp_path / "e.pdf", "--path-override", "downloadReportStream=/x")), 2,
                   "path parameters")  # fmt: skip
    assert len(server.seen) == seen


# ---------------------------------------------------------------------------------------------- completion


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts(shell: str) -> None:
    done = run("qlik-qrs", "completion", shell)
    assert done.returncode == 0 and "_QLIK_QRS_COMPLETE" in done.stdout


def test_completion_completes_commands() -> None:
    env = {"_QLIK_QRS_COMPLETE": "bash_complete", "COMP_WORDS": "qlik-qrs data-connections li", "COMP_CWORD": "2"}
    done = run("qlik-qrs", env=env)
    assert "list" in done.stdout and "list-full" in done.stdout


def test_date_and_datetime_options_name_the_form_they_want() -> None:
    import click

    from generator.runtime import _cli

    when, day = _cli._param_type("datetime", ()), _cli._param_type("date", ())
    assert (when.name, day.name) == ("datetime", "date")
    assert when.convert("2024-05-06T07:08:09+00:00", None, None).tzinfo is not None
    assert str(day.convert("2024-05-06", None, None)) == "2024-05-06"
    with pytest.raises(click.BadParameter, match=r"'soon' is not an ISO 8601 date and time \(e\.g\. 2024-05-06T"):
        when.convert("soon", None, None)
    with pytest.raises(click.BadParameter, match=r"'06/05/2024' is not an ISO 8601 date \(e\.g\. 2024-05-06\)"):
        day.convert("06/05/2024", None, None)
