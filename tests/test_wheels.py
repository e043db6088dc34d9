"""The built wheels, installed alone into fresh virtual environments, work against a local HTTP server.

Installing each wheel with pip from the package index proves its declared dependencies are complete; calling one
operation from that environment proves the package is usable without anything from this repository. The four
environments are built in parallel.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import tomllib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from conftest import ROOT, SERVICES, load_spec, operations
from helpers import send_json
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

pytestmark = pytest.mark.slow

DIST = ROOT / "dist"
# Each subprocess (venv creation, pip install, the client script) gives up after this long.
STEP_TIMEOUT = 180.0


def declared_dependencies(service: str) -> set[str]:
    """The dependency names in the package's pyproject.toml, which the wheel's metadata must repeat."""
    project = tomllib.loads((ROOT / "clients" / SERVICES[service].project_name / "pyproject.toml").read_text())
    return {canonicalize_name(Requirement(r).name) for r in project["project"]["dependencies"]}


def wheel_of(service: str) -> Path:
    return DIST / SERVICES[service].wheel_name


# ---------------------------------------------------------------------------------------------- the server

QRS_COUNT = {"value": 1}
QALYPTUS_TASKS = {"data": [], "isSuccess": True, "error": None, "errorDetails": None}


def canned_responses() -> dict[str, Any]:
    """One valid body per route, the Qlik Cloud and Data+ ones taken from their specs' examples."""
    data_stores = load_spec("qlik-data-stores")["paths"]["/v1/data-stores"]["get"]["responses"]["200"]
    dataplus = load_spec("dataplus-server")["paths"]["/api/status"]["get"]["responses"]["200"]
    return {
        "/qrs/dataconnection/count": QRS_COUNT,
        "/api/v1/data-stores": data_stores["content"]["application/json"]["example"],
        "/api/v1/tasks": QALYPTUS_TASKS,
        "/api/status": dataplus["content"]["application/json"]["examples"]["status"]["value"],
    }


@dataclass
class SeenRequest:
    method: str
    path: str
    query: str
    headers: dict[str, str]


class _Handler(BaseHTTPRequestHandler):
    server: _CannedServer
    timeout = 10

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        self.server.seen.append(
            SeenRequest("GET", url.path, url.query, {k.lower(): v for k, v in self.headers.items()})
        )
        body = self.server.routes.get(url.path)
        if body is not None:
            send_json(self, 200, body)
        else:
            send_json(self, 404, {"error": f"no route {url.path}"})

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _CannedServer(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True

    def __init__(self, routes: dict[str, Any]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes = routes
        self.seen: list[SeenRequest] = []


@pytest.fixture(scope="module")
def canned_server() -> Iterator[_CannedServer]:
    server = _CannedServer(canned_responses())
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
        assert not thread.is_alive(), "the test server did not stop"


# ---------------------------------------------------------------------------------------------- the environments

# Runs inside the fresh environment: import the package, import every model, call one operation, then describe
# what is installed. Prints one JSON object.
PROBE = r"""
import importlib, json, sys, sysconfig
from importlib import metadata
from pathlib import Path

package, port = sys.argv[1], int(sys.argv[2])
module = importlib.import_module(package)
models = importlib.import_module(package + ".models")
namespace = {}
exec(f"from {package}.models import *", namespace)
star = sorted(name for name in namespace if not name.startswith("__"))
base = f"http://127.0.0.1:{port}"

if package == "qlik_qrs_client":
    from qlik_qrs_client import Client
    from qlik_qrs_client.api.data_connection import get_data_connections_count
    with Client.via_proxy(base, timeout=10) as client:
        result = get_data_connections_count.sync(client=client)
    details = {"value": result.value}
elif package == "qlik_data_stores_client":
    from qlik_data_stores_client import AuthenticatedClient
    from qlik_data_stores_client.api.data_stores import get_data_stores
    with AuthenticatedClient(base_url=base + "/api", token="t", timeout=10) as client:
        result = get_data_stores.sync(client=client)
    details = {"total": result.total, "technical_name": result.data[0].technical_name}
elif package == "qalyptus_cloud_client":
    from qalyptus_cloud_client import AuthenticatedClient
    from qalyptus_cloud_client.api.tasks import get_tasks
    with AuthenticatedClient(base_url=base + "/api/v1", token="t", timeout=10) as client:
        result = get_tasks.sync(client=client)
    details = {"is_success": result.is_success, "data": result.data}
elif package == "dataplus_server_client":
    from dataplus_server_client import AuthenticatedClient
    from dataplus_server_client.api.status import get_status
    with AuthenticatedClient.for_server("k", base_url=base, timeout=10) as client:
        result = get_status.sync(client=client)
    details = {"license_valid": result.license_.valid, "connections": result.current_connections}
else:
    raise SystemExit(f"no call for {package}")

site = Path(sysconfig.get_paths()["purelib"])
distributions = []
for dist in metadata.distributions(path=[str(site)]):
    distributions.append({
        "name": dist.metadata["Name"],
        "requires": dist.requires or [],
        "top_level": sorted({Path(str(f)).parts[0] for f in (dist.files or []) if Path(str(f)).parts[0] != ".."}),
        # Files outside site-packages: console scripts in bin/.
        "outside": sorted(Path(str(f)).name for f in (dist.files or []) if Path(str(f)).parts[0] == ".."),
    })
report = {
    "module_file": module.__file__,
    "models_all": sorted(models.__all__),
    "star": star,
    "result_type": type(result).__module__ + "." + type(result).__name__,
    "details": details,
    "site_packages": str(site),
    "entries": sorted(p.name for p in site.iterdir()),
    "distributions": distributions,
}
# default=repr: an unexpected value (e.g. UNSET) still reaches the test as a readable mismatch.
print(json.dumps(report, default=repr))
"""


@dataclass
class Installed:
    venv: Path
    probe: dict[str, Any]


def clean_env() -> dict[str, str]:
    # Nothing from this repository or the running interpreter may leak into the new environment.
    return {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}}


def run(command: list[str], *, cwd: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(command, cwd=cwd, env=clean_env(), capture_output=True, text=True, timeout=STEP_TIMEOUT)
    if done.returncode != 0:
        raise AssertionError(f"{' '.join(command)} exited {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done


def install_and_probe(service: str, workdir: Path, port: int) -> Installed:
    venv = workdir / "venv"
    # No pip inside: seeding pip into four environments at once costs half a minute each on a small machine. This
    # pip installs into the new environment's interpreter (--python), so the environment ends up holding only the
    # wheel and what it pulled in.
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=workdir)
    python = venv / "bin" / "python"
    # The dependencies come from the package index (through pip's cache): the wheel's metadata must name them all.
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "--disable-pip-version-check", "-q"]
    run([*pip, str(wheel_of(service))], cwd=workdir)
    script = workdir / "probe.py"
    script.write_text(PROBE, encoding="utf-8")
    # -I: isolated mode, so the script sees only the environment's own site-packages.
    done = run([str(python), "-I", str(script), SERVICES[service].package_name, str(port)], cwd=workdir)
    return Installed(venv, json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.fixture(scope="module")
def installed(
    canned_server: _CannedServer, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Installed | BaseException]:
    missing = [wheel_of(service).name for service in SERVICES if not wheel_of(service).is_file()]
    if missing:
        pytest.fail(f"wheels not found in {DIST}: {', '.join(missing)}; run make first")
    port = int(canned_server.server_address[1])
    results: dict[str, Installed | BaseException] = {}
    with ThreadPoolExecutor(max_workers=len(SERVICES)) as pool:
        futures = {
            service: pool.submit(install_and_probe, service, tmp_path_factory.mktemp(service), port)
            for service in SERVICES
        }
        for service, future in futures.items():
            try:
                results[service] = future.result(timeout=3 * STEP_TIMEOUT)
            except BaseException as error:  # reported by that service's own test
                results[service] = error
    return results


def result_for(installed: dict[str, Installed | BaseException], service: str) -> Installed:
    outcome = installed[service]
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


def expected_call(service: str) -> tuple[str, str, dict[str, Any]]:
    """(route, parsed result type, what the probe reads from it) for the one operation each client calls."""
    routes = canned_responses()
    if service == "qlik-qrs":
        return "/qrs/dataconnection/count", "qlik_qrs_client.models.entity_count.EntityCount", QRS_COUNT
    if service == "qlik-data-stores":
        page = routes["/api/v1/data-stores"]
        return (
            "/api/v1/data-stores",
            "qlik_data_stores_client.models.data_store_page.DataStorePage",
            {"total": page["total"], "technical_name": page["data"][0]["technicalName"]},
        )
    if service == "qalyptus-cloud":
        return (
            "/api/v1/tasks",
            "qalyptus_cloud_client.models.api_response.ApiResponse",
            {"is_success": True, "data": []},
        )
    status = routes["/api/status"]
    return (
        "/api/status",
        "dataplus_server_client.models.server_status.ServerStatus",
        {"license_valid": status["license"]["valid"], "connections": status["currentConnections"]},
    )


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_wheel_works_alone_in_a_fresh_environment(
    installed: dict[str, Installed | BaseException], canned_server: _CannedServer, service: str
) -> None:
    outcome = result_for(installed, service)
    probe = outcome.probe
    package = SERVICES[service].package_name
    # Imported from the environment, not from clients/ in this repository.
    assert Path(probe["module_file"]).is_relative_to(outcome.venv)
    assert probe["models_all"] and probe["star"] == probe["models_all"]
    route, result_type, details = expected_call(service)
    assert (probe["result_type"], probe["details"]) == (result_type, details)
    requests = [seen for seen in canned_server.seen if seen.path == route]
    assert requests, f"{package} never reached the server"
    check_credentials(service, requests[-1])


def check_credentials(service: str, seen: SeenRequest) -> None:
    if service == "qlik-qrs":
        key = seen.headers.get("x-qlik-xrfkey")
        assert key and seen.query == f"Xrfkey={key}"
    elif service == "dataplus-server":
        assert seen.headers.get("authorization") == "k"  # the raw key, no scheme
    else:
        assert seen.headers.get("authorization") == "Bearer t"


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_wheel_installs_only_its_package_and_declared_dependencies(
    installed: dict[str, Installed | BaseException], service: str
) -> None:
    probe = result_for(installed, service).probe
    project = canonicalize_name(SERVICES[service].project_name)
    package = SERVICES[service].package_name
    distributions = {canonicalize_name(d["name"]): d for d in probe["distributions"]}

    own = distributions[project]
    declared = {canonicalize_name(Requirement(r).name) for r in own["requires"] if _applies(r)}
    # A mismatch means dist/ is older than clients/: run make.
    assert declared == declared_dependencies(service)

    # Everything installed is the package or what it needs (transitively), and nothing else.
    needed = _closure(project, distributions)
    assert set(distributions) == needed, f"not needed by {project}: {sorted(set(distributions) - needed)}"

    # The wheel holds its package and metadata, nothing else (no generator/, tests/ or another client).
    dist_info = next(name for name in own["top_level"] if name.endswith(".dist-info"))
    assert own["top_level"] == sorted([package, dist_info])
    # Its command is a console script (it needs the `cli` extra).
    assert own["outside"] == [SERVICES[service].cli["command"]]
    other_packages = {config.package_name for config in SERVICES.values()} - {package}
    assert not (set(probe["entries"]) & (other_packages | {"generator", "tests", "clients", "specs"}))
    owned = {name for d in probe["distributions"] for name in d["top_level"]}
    assert set(probe["entries"]) <= owned, f"files nobody installed: {sorted(set(probe['entries']) - owned)}"


def _applies(requirement: str) -> bool:
    marker = Requirement(requirement).marker
    # The environment runs the same interpreter as this test, so markers evaluate the same here.
    return marker is None or marker.evaluate({"extra": ""})


def _closure(root: str, distributions: dict[str, dict[str, Any]]) -> set[str]:
    seen: set[str] = set()
    pending = [root]
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        assert name in distributions, f"{name} is required but not installed"
        for requirement in distributions[name]["requires"]:
            if _applies(requirement):
                pending.append(canonicalize_name(Requirement(requirement).name))
    return seen


# ---------------------------------------------------------------------------------------------- the command's extra


def _tool(venv: Path, service: str, *args: str) -> subprocess.CompletedProcess[str]:
    command = venv / "bin" / SERVICES[service].cli["command"]
    return subprocess.run([str(command), *args], env=clean_env(), capture_output=True, text=True, timeout=STEP_TIMEOUT)


def _hint(service: str, missing: str) -> str:
    config = SERVICES[service]
    needs = f"{config.cli['command']} needs the [cli] extra ({missing} is not installed)"
    return f'error: {needs}: pip install "{config.project_name}[cli]"\n'


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_the_command_without_its_extra_says_what_to_install(
    installed: dict[str, Installed | BaseException], canned_server: _CannedServer, service: str
) -> None:
    """The console script comes with every wheel; without click it is one line and exit code 3, no traceback."""
    venv = result_for(installed, service).venv
    before = len(canned_server.seen)
    url = f"http://127.0.0.1:{canned_server.server_address[1]}"
    for args in (["--help"], ["--version"], ["completion", "bash"], ["status", "get", "--url", url, "--api-key", "k"]):
        done = _tool(venv, service, *args)
        assert (done.returncode, done.stdout, done.stderr) == (3, "", _hint(service, "click")), args
    assert len(canned_server.seen) == before


def test_a_missing_part_of_the_extra_is_named_when_it_is_needed(canned_server: _CannedServer, tmp_path: Path) -> None:
    """click and PyYAML but no rich: JSON and YAML work, a table (drawn by rich) says what to install."""
    service = "dataplus-server"
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp_path)
    pip = [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q"]
    run([*pip, "--disable-pip-version-check", str(wheel_of(service)), "click>=8.1.7", "pyyaml>=6.0.1"], cwd=tmp_path)
    url = f"http://127.0.0.1:{canned_server.server_address[1]}"
    args = ("status", "get", "--url", url, "--api-key", "k")
    done = _tool(venv, service, *args, "-o", "json")
    expected = canned_responses()["/api/status"]["currentConnections"]
    assert done.returncode == 0 and json.loads(done.stdout)["currentConnections"] == expected, done.stderr
    assert _tool(venv, service, *args, "-o", "yaml").returncode == 0
    done = _tool(venv, service, *args, "-o", "table")
    assert (done.returncode, done.stdout, done.stderr) == (3, "", _hint(service, "rich"))


FAKE_PROBE = """
import importlib, sys
import httpx
package, name = sys.argv[1], sys.argv[2]
fake = getattr(importlib.import_module(package + ".testing"), name)()
httpx.Client(transport=fake).get(fake.base_url + "/no/such/path")
spec = fake.spec
print(spec is not None and len(spec.operations), importlib.import_module(package + "._fake_spec").__file__)
"""


@pytest.mark.parametrize("service", sorted(s for s in SERVICES if "fake" in SERVICES[s].capabilities))
def test_the_wheel_carries_the_spec_its_fake_checks_against(
    installed: dict[str, Installed | BaseException], service: str, tmp_path: Path
) -> None:
    import zipfile

    config = SERVICES[service]
    with zipfile.ZipFile(wheel_of(service)) as wheel:
        shipped = json.loads(wheel.read(f"{config.package_name}/_fake_spec.json"))
    assert len(shipped["operations"]) == len(operations(load_spec(service)))
    outcome = result_for(installed, service)
    script = tmp_path / "fake_probe.py"
    script.write_text(FAKE_PROBE, encoding="utf-8")
    python = outcome.venv / "bin" / "python"
    done = run([str(python), "-I", str(script), config.package_name, config.capabilities["fake"]["name"]], cwd=tmp_path)
    count, module_file = done.stdout.split()
    assert int(count) == len(shipped["operations"])
    assert Path(module_file).is_relative_to(outcome.venv)
