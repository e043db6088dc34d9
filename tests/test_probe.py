"""The Qalyptus probe against a local server that knows some routes and answers 404 to the others.

Checked: the classification of every GET operation of the spec, that only GETs arrive, the pace (at most
two requests a second), that the token appears in no output, and that reconcile applies the report.
"""

from __future__ import annotations

import http.server
import io
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import generate, openapi, reconcile
from generator.runtime import _probe

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "specs" / "qalyptus-cloud.yaml"
PACKAGE_DIR = ROOT / "clients" / "qalyptus-cloud-client"
TOKEN = "probe-s3cr3t-token-7f3a"
NIL = _probe.NIL_ID


def envelope(data: Any, ok: bool = True) -> dict[str, Any]:
    return {"data": data, "isSuccess": ok, "error": None if ok else "failed", "errorDetails": None}


NOT_FOUND = (404, {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.5", "title": "Not Found", "status": 404})
# request path (below /api/v1) -> (status, JSON body or None for an empty body)
ROUTES: dict[str, tuple[int, Any]] = {
    "/users": (200, envelope([{"id": "u-1", "name": "A"}, {"id": "u-2"}])),
    "/reports": (200, envelope([{"id": "r-1"}])),
    "/tasks": (200, envelope([{"id": "t-1"}])),
    "/projects": (200, envelope([])),
    "/groups": (401, envelope(None, ok=False)),
    "/filters": (200, envelope([{"id": "f-1"}])),
    "/tasks/t-1/reports": (200, envelope([{"id": "tr-1"}])),
    "/tasks/t-1/reports/tr-1": (200, envelope({"id": "tr-1"})),
    "/tasks/t-1/recipients": (200, envelope([])),
    "/tasks/t-1/triggers": (403, envelope(None, ok=False)),
    "/filters/report/r-1": (200, envelope([])),
    "/reports/r-1/template-items": (200, envelope({})),
    # inferred paths the tenant knows
    "/reports/r-1": (200, envelope({"id": "r-1"})),
    "/reports/r-1/variables": (422, envelope(None, ok=False)),
    "/users/u-1": (400, envelope(None, ok=False)),
    f"/conditions/project/{NIL}": (200, envelope([])),
    # answers that say nothing certain
    f"/projects/organization/{NIL}": (404, envelope(None, ok=False)),
    "/status/scheduled-tasks": (500, envelope(None, ok=False)),
    # a path that exists for another method
    "/licenses": (405, None),
}
# template -> classification; every other GET operation of the spec: missing.
EXPECTED = {
    "/users": "exists",
    "/reports": "exists",
    "/tasks": "exists",
    "/projects": "exists",
    "/groups": "exists",
    "/filters": "exists",
    "/tasks/{id}/reports": "exists",
    "/tasks/{id}/reports/{taskReportId}": "exists",
    "/tasks/{id}/recipients": "exists",
    "/tasks/{id}/triggers": "exists",
    "/filters/report/{reportId}": "exists",
    "/reports/{id}/template-items": "exists",
    "/reports/{id}": "exists",
    "/reports/{id}/variables": "exists",
    "/users/{id}": "exists",
    "/conditions/project/{id}": "exists",
    "/projects/organization/{id}": "unknown",
    "/status/scheduled-tasks": "unknown",
    "/licenses": "missing",
}


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class Tenant:
    """A local server on 127.0.0.1 playing a tenant; records every request it receives."""

    def __init__(self, stamp: Any = time.monotonic) -> None:
        self.requests: list[dict[str, Any]] = []
        self.stamp = stamp
        tenant = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                tenant.requests.append(
                    {
                        "method": self.command,
                        "path": self.path,
                        "authorization": self.headers.get("Authorization"),
                        "at": tenant.stamp(),
                        "body": body,
                    }
                )
                path = self.path.split("?")[0]
                if self.command != "GET":
                    status, payload = 405, None
                elif path.startswith("/api/v1/"):
                    status, payload = ROUTES.get(path.removeprefix("/api/v1"), NOT_FOUND)
                else:
                    status, payload = NOT_FOUND
                data = b"" if payload is None else json.dumps(payload).encode()
                self.send_response(status)
                if payload is not None:
                    kind = "application/problem+json" if payload is NOT_FOUND[1] else "application/json"
                    self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _any

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/api/v1"

    def __enter__(self) -> Tenant:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def operations() -> list[dict[str, Any]]:
    return generate.operation_table(openapi.load_spec(SPEC))


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def run(tmp_path: Path, operations: list[dict[str, Any]], fake_time: FakeTime) -> Iterator[dict[str, Any]]:
    with Tenant(stamp=fake_time.clock) as tenant:
        out, err = io.StringIO(), io.StringIO()
        report_path = tmp_path / "probe.json"
        code = _probe.main(
            ["--base-url", tenant.base_url, "--output", str(report_path)],
            operations=operations,
            clock=fake_time.clock,
            sleep=fake_time.sleep,
            environ={"QALYPTUS_API_KEY": TOKEN},
            stdout=out,
            stderr=err,
        )
        yield {
            "code": code,
            "out": out.getvalue() + err.getvalue(),
            "report_path": report_path,
            "report": json.loads(report_path.read_text(encoding="utf-8")),
            "requests": tenant.requests,
        }


def test_classification_is_exact(run: dict[str, Any], operations: list[dict[str, Any]]) -> None:
    assert run["code"] == 0
    gets = [op for op in operations if op["method"] == "GET"]
    found = {entry["path"]: entry["classification"] for entry in run["report"]["operations"]}
    assert len(run["report"]["operations"]) == len(gets) == 76
    expected = {op["path"]: EXPECTED.get(op["path"], "missing") for op in gets}
    assert found == expected
    by_path = {entry["path"]: entry for entry in run["report"]["operations"]}
    # ids came from the listings: the task's report from /tasks/t-1/reports, the report id for /filters/report/.
    assert by_path["/tasks/{id}/reports/{taskReportId}"]["request_path"] == "/tasks/t-1/reports/tr-1"
    assert by_path["/filters/report/{reportId}"]["request_path"] == "/filters/report/r-1"
    assert by_path["/conditions/project/{id}"]["ids_from"] == ["placeholder"]
    assert run["report"]["counts"] == {"exists": 16, "missing": 58, "unknown": 2}
    assert run["report"]["not_probed"] == 100


def test_only_gets_arrive_and_confirmed_collections_come_first(run: dict[str, Any]) -> None:
    requests = run["requests"]
    assert {r["method"] for r in requests} == {"GET"}
    assert all(r["body"] == b"" for r in requests)
    assert len(requests) == 1 + 76 == run["report"]["requests_sent"]
    assert requests[0]["path"].startswith("/api/v1/qalyptus-probe-no-such-route-")
    # the verified collections (spec order), then the verified paths with one parameter
    assert [r["path"] for r in requests[1:7]] == [
        "/api/v1/filters",
        "/api/v1/groups",
        "/api/v1/projects",
        "/api/v1/reports",
        "/api/v1/tasks",
        "/api/v1/users",
    ]
    assert requests[7]["path"] == "/api/v1/filters/report/r-1"


def test_pace_holds(run: dict[str, Any], fake_time: FakeTime) -> None:
    stamps = [r["at"] for r in run["requests"]]
    gaps = [b - a for a, b in zip(stamps, stamps[1:], strict=False)]
    assert min(gaps) >= 0.5 - 1e-9
    assert sum(fake_time.sleeps) == pytest.approx(0.5 * (len(stamps) - 1))


def test_token_is_sent_but_appears_in_no_output(run: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    assert {r["authorization"] for r in run["requests"]} == {f"Bearer {TOKEN}"}
    captured = capsys.readouterr()
    assert TOKEN not in captured.out + captured.err + run["out"]
    assert TOKEN not in run["report_path"].read_text(encoding="utf-8")
    assert "77 GET requests" in run["out"]
    assert "GET /licenses -> 405: missing" in run["out"]


def test_reconcile_applies_the_probe_report(run: dict[str, Any], tmp_path: Path) -> None:
    spec_copy = tmp_path / "qalyptus-cloud.yaml"
    shutil.copyfile(SPEC, spec_copy)
    old = spec_copy.read_text(encoding="utf-8")
    outcome = reconcile.reconcile(spec_copy, probe_path=run["report_path"], apply=True)
    assert outcome.probe is not None
    marked = {"getReport", "getReportVariables", "getUser", "getProjectConditions"}
    assert set(outcome.probe.marked) == marked
    assert {op for op, _ in outcome.probe.unknown} == {"getProjectsByOrganization", "getScheduledTaskStatuses"}
    assert "getLicenses" in {op for op, _ in outcome.probe.missing}
    new = spec_copy.read_text(encoding="utf-8")
    added = [line for line in new.splitlines() if line not in old.splitlines()]
    assert set(added) == {"      x-path-source: probed"}
    assert new.count("x-path-source: probed") == len(marked)
    assert len(new.splitlines()) == len(old.splitlines())
    loaded = yaml.safe_load(new)
    sources = {op["operationId"]: op["x-path-source"] for item in loaded["paths"].values() for op in item.values()}
    assert {op for op, source in sources.items() if source == "probed"} == marked
    assert sum(1 for source in sources.values() if source == "verified") == 12
    again = reconcile.reconcile(spec_copy, probe_path=run["report_path"], apply=True)
    assert again.changes == [] and spec_copy.read_text(encoding="utf-8") == new


@pytest.mark.parametrize(
    ("tenant", "url"),
    [
        ("acme", "https://acme.qalyptus.net/api/v1"),
        ("Acme-2", "https://acme-2.qalyptus.net/api/v1"),
        ("https://acme.qalyptus.net", "https://acme.qalyptus.net/api/v1"),
        ("https://acme.qalyptus.net/api/v1/", "https://acme.qalyptus.net/api/v1"),
    ],
)
def test_tenant_url(tenant: str, url: str) -> None:
    assert _probe.tenant_base_url(tenant) == url


@pytest.mark.parametrize(
    "tenant",
    [
        "",
        "a.b",
        "-acme",
        "acme-",
        "a" * 64,
        "acme/x",
        "http://acme.qalyptus.net",
        "https://evil.com/.qalyptus.net",
        "https://acme.qalyptus.net.evil.com",
        "https://user@acme.qalyptus.net",
        "acme?x=1",
    ],
)
def test_tenant_must_be_one_dns_label(tenant: str) -> None:
    with pytest.raises(ValueError):
        _probe.tenant_base_url(tenant)


def test_base_url_http_only_to_loopback() -> None:
    assert _probe.checked_base_url("http://127.0.0.1:8080/api/v1/") == "http://127.0.0.1:8080/api/v1"
    for bad in ("http://example.com/api/v1", "ftp://127.0.0.1", "https://u:p@example.com", "https://x/?a=1"):
        with pytest.raises(ValueError):
            _probe.checked_base_url(bad)


def test_pacer_never_exceeds_two_a_second() -> None:
    with pytest.raises(ValueError):
        _probe.Pacer(2.5, time.monotonic, time.sleep)
    fake = FakeTime()
    pacer = _probe.Pacer(1.0, fake.clock, fake.sleep)
    pacer.wait()
    fake.now += 0.25
    pacer.wait()
    fake.now += 3
    pacer.wait()
    assert fake.sleeps == [0.75]


def test_token_never_an_argument(operations: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        _probe.main(["--tenant", "acme", "--token", TOKEN], operations=operations, environ={})
    assert exit_info.value.code == 2
    assert _probe.main(["--tenant", "acme"], operations=operations, environ={}) == 2
    assert "QALYPTUS_API_KEY" in capsys.readouterr().err


@pytest.mark.slow
def test_generated_module_runs_against_a_local_server_at_the_real_pace(tmp_path: Path) -> None:
    report_path = tmp_path / "probe.json"
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update({"QALYPTUS_API_KEY": TOKEN, "PYTHONPATH": str(PACKAGE_DIR)})
    with Tenant() as tenant:
        result = subprocess.run(
            [sys.executable, "-m", "qalyptus_cloud_client.probe", "--base-url", tenant.base_url]
            + ["--output", str(report_path), "--max-requests", "5"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        requests = list(tenant.requests)
    assert result.returncode == 0, result.stderr
    assert TOKEN not in result.stdout + result.stderr + report_path.read_text(encoding="utf-8")
    assert [r["method"] for r in requests] == ["GET"] * 5
    stamps = [r["at"] for r in requests]
    assert min(b - a for a, b in zip(stamps, stamps[1:], strict=False)) >= 0.45
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["requests_sent"] == 5
    first = {e["path"]: e["classification"] for e in report["operations"][:4]}
    assert first == {"/filters": "exists", "/groups": "exists", "/projects": "exists", "/reports": "exists"}
    assert all(e["classification"] == "unknown" for e in report["operations"][4:])


def test_generated_module_holds_the_spec_operations(operations: list[dict[str, Any]]) -> None:
    from qalyptus_cloud_client import probe

    keys = ("operation_id", "method", "path", "tag", "summary", "path_source", "path_note")
    assert [dict(op) for op in probe.OPERATIONS] == [{k: op[k] for k in keys} for op in operations]
    assert probe.main is _probe_module_main()
    copied = (PACKAGE_DIR / "qalyptus_cloud_client" / "_probe.py").read_text(encoding="utf-8")
    assert copied.endswith((ROOT / "generator" / "runtime" / "_probe.py").read_text(encoding="utf-8"))


def _probe_module_main() -> Any:
    from qalyptus_cloud_client import _probe as packaged

    return packaged.main


def test_a_429_holds_the_next_request_back() -> None:
    import httpx

    fake = FakeTime()
    stamps: list[float] = []

    def answer(request: httpx.Request) -> httpx.Response:
        stamps.append(fake.now)
        if len(stamps) == 1:
            return httpx.Response(429, headers={"Retry-After": "7"})
        return httpx.Response(200, json=envelope([]))

    client = httpx.Client(base_url="https://t.qalyptus.net/api/v1", transport=httpx.MockTransport(answer))
    prober = _probe.Prober(client, _probe.Pacer(2, fake.clock, fake.sleep), 10, lambda line: None)
    assert prober.get("/users").status == 429
    assert prober.get("/users").status == 200
    assert stamps[1] - stamps[0] == pytest.approx(7)


def test_probe_module_imports_only_the_standard_library_and_httpx() -> None:
    import ast

    source = ROOT / "generator" / "runtime" / "_probe.py"
    tree = ast.parse(source.read_text(encoding="utf-8"))
    imported = {
        alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
    }
    imported |= {
        node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    assert all(n.level == 0 for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)), "no relative imports"
    assert imported - sys.stdlib_module_names == {"httpx"}


@pytest.mark.slow
def test_probe_module_passes_mypy_strict_as_a_source_file() -> None:
    source = ROOT / "generator" / "runtime" / "_probe.py"
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(ROOT / "build" / "mypy" / "probe"), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
