"""Benchmarks of the generated clients: `make bench` (or `python bench/run.py`).

Each comparison runs its two sides interleaved in the same process and run (A, B, A, B, ...), after one
untimed warm-up pair, with a full garbage collection before every timed block; figures are the median of
the repetitions with [min-max], and the ratio is the median of the per-pair ratios with their [min-max].
A full run prints a table and writes bench/results.md; `--only` or `--quick` runs only print, unless
`--output` says where to write.

    overhead   generated sync call vs raw httpx GET + JSON decode (MockTransport, then loopback server)
    parse      typed parse of 10,000 QRS data connections / a 10,000-row Data+ page vs json.loads
    import     import time of each package on top of httpx, fresh interpreter per measurement
    generate   `make generate` for all four specs, cold and no-op, in a temporary copy of the repository
    async      1,000 concurrent GETs through a generated async function vs raw httpx.AsyncClient
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import datetime
import gc
import importlib.metadata
import importlib.util
import io
import json
import os
import platform
import pstats
import random
import secrets
import select
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
SERVICES = {
    p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "generator/services").glob("*.yaml"))
}
CLIENT_DIRS = [str(ROOT / "clients" / s["project_name"]) for s in SERVICES.values()]
sys.path[:0] = CLIENT_DIRS

# One operation per package for the import benchmark: what a script using the package would import.
IMPORT_OPERATIONS = {
    "qlik_qrs_client": ("data_connection", "get_data_connections"),
    "qlik_data_stores_client": ("data_stores", "get_data_stores"),
    "dataplus_server_client": ("database", "get_entries"),
    "qalyptus_cloud_client": ("tasks", "get_tasks"),
}
XRFKEY = "abcdefghijklmnop"
JSON_HEADERS = {"content-type": "application/json"}
BENCH_NAMES = ("overhead", "parse", "import", "generate", "async")


# ---------------------------------------------------------------------------------------------- measuring


@dataclass
class Result:
    group: str
    name: str
    measured: str
    baseline: str
    ratio: str
    target: str
    met: bool | None
    note: str = ""


def spread(values: list[float], scale: float = 1.0, digits: int = 1) -> str:
    """median [min-max] of values, multiplied by scale."""
    m, lo, hi = (statistics.median(values) * scale, min(values) * scale, max(values) * scale)
    return f"{m:.{digits}f} [{lo:.{digits}f}–{hi:.{digits}f}]"


def ratios(a: list[float], b: list[float]) -> list[float]:
    return [x / y for x, y in zip(a, b, strict=True)]


def interleaved(fns: list[Callable[[], object]], reps: int) -> list[list[float]]:
    """Time the functions in turn, reps rounds (one untimed warm-up round first); seconds per call of each."""
    for fn in fns:
        fn()
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(reps):
        for fn, spent in zip(fns, times, strict=True):
            gc.collect()
            start = time.perf_counter()
            fn()
            spent.append(time.perf_counter() - start)
    return times


def paired(a: Callable[[], object], b: Callable[[], object], reps: int) -> tuple[list[float], list[float]]:
    times_a, times_b = interleaved([a, b], reps)
    return times_a, times_b


def ratio_result(
    group: str,
    name: str,
    a: list[float],
    b: list[float],
    *,
    unit: str,
    scale: float,
    baseline: str,
    target: float | None,
    digits: int = 1,
    note: str = "",
) -> Result:
    """A side-by-side ratio; target None marks a line shown for information."""
    r = ratios(a, b)
    return Result(
        group=group,
        name=name,
        measured=f"{spread(a, scale, digits)} {unit}",
        baseline=f"{baseline}: {spread(b, scale, digits)} {unit}",
        ratio=f"{spread(r, 1.0, 2)}×",
        target="(information)" if target is None else f"≤ {target:.2f}×",
        met=None if target is None else statistics.median(r) <= target,
        note=note,
    )


# ---------------------------------------------------------------------------------------------- loopback server


class LoopbackServer:
    """bench/loopback.py in its own process, so the client under test keeps a core to itself."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(BENCH / "loopback.py"), "--lifetime", "600"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], 15)
        line = self.process.stdout.readline() if ready else b""
        if not line.strip().isdigit():
            self.stop()
            raise RuntimeError("the loopback server did not start")
        self.url = f"http://127.0.0.1:{int(line)}"

    def stop(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()  # the server stops when its stdin closes
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


# ---------------------------------------------------------------------------------------------- 1. per-call overhead


def bench_overhead(server: LoopbackServer, reps: int, mock_calls: int, loop_calls: int) -> list[Result]:
    from qlik_qrs_client import Client
    from qlik_qrs_client.api.data_connection import get_data_connections_count

    count_body = json.dumps({"value": 42}).encode()
    mock = httpx.MockTransport(lambda request: httpx.Response(200, content=count_body, headers=JSON_HEADERS))
    results = []
    for label, transport, calls in (("MockTransport", mock, mock_calls), ("loopback HTTP/1.1", None, loop_calls)):
        args: dict[str, Any] = {"httpx_args": {"transport": transport}} if transport else {}
        raw_args: dict[str, Any] = {"transport": transport} if transport else {}
        with (
            Client(f"{server.url}/qrs", **args) as generated,
            httpx.Client(base_url=f"{server.url}/qrs", **raw_args) as raw,
        ):
            check = get_data_connections_count.sync_detailed(client=generated)
            assert check.status_code == 200 and check.parsed.value == 42, check
            assert raw.get("/dataconnection/count").json() == {"value": 42}

            def run_generated(calls: int = calls) -> None:
                for _ in range(calls):
                    get_data_connections_count.sync_detailed(client=generated)

            def run_raw(calls: int = calls) -> None:
                # The equivalent hand-written QRS call: a fresh key per request (the QRS guidance; our client
                # does the same), in query and header; secrets.token_hex is the cheapest valid key.
                for _ in range(calls):
                    key = secrets.token_hex(8)
                    raw.get("/dataconnection/count", params={"Xrfkey": key}, headers={"X-Qlik-Xrfkey": key}).json()

            def run_raw_fixed_key(calls: int = calls) -> None:
                # A hard-coded key: the same URL every call, so the stdlib's URL cache (used by httpx's cookie
                # jar) always hits; shown to separate what key freshness costs from what our code costs.
                params, headers = {"Xrfkey": XRFKEY}, {"X-Qlik-Xrfkey": XRFKEY}
                for _ in range(calls):
                    raw.get("/dataconnection/count", params=params, headers=headers).json()

            a, b, c = interleaved([run_generated, run_raw, run_raw_fixed_key], reps)
        name = f"QRS get_data_connections_count.sync_detailed, {label}, {calls} calls/rep"
        for raw_times, key_kind, target in ((b, "fresh key per call", 1.10), (c, "one hard-coded key", None)):
            results.append(
                ratio_result(
                    "1. per-call overhead",
                    name,
                    [t / calls for t in a],
                    [t / calls for t in raw_times],
                    unit="µs/call",
                    scale=1e6,
                    baseline=f"raw httpx.Client GET + .json(), {key_kind}",
                    target=target,
                )
            )
    return results


# ---------------------------------------------------------------------------------------------- 2. typed parse


def qrs_connections(n: int) -> list[dict[str, Any]]:
    """QRS /dataconnection/full rows as the repository returns them: nested owner, tags, custom properties,
    fields the spec does not list (kept as additional properties) and null privileges."""
    rng = random.Random(20240101)

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    def stamp() -> str:
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        clock = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}"
        return f"{day}T{clock}Z"

    definitions = [{"id": uid(), "name": name, "valueType": "Text", "privileges": None} for name in ("Dept", "Stage")]
    tags = [{"id": uid(), "name": name, "privileges": None} for name in ("prod", "finance", "sales", "gdpr")]
    users = [
        {"id": uid(), "userId": f"user{i}", "userDirectory": "CORP", "name": f"User {i}", "privileges": None}
        for i in range(50)
    ]
    rows = []
    for i in range(n):
        kind = rng.choice(("folder", "QvOdbcConnectorPackage.exe", "QvRestConnector.exe", "web"))
        rows.append(
            {
                "id": uid(),
                "createdDate": stamp(),
                "modifiedDate": stamp(),
                "modifiedByUserName": "INTERNAL\\sa_repository",
                "customProperties": [
                    {
                        "id": uid(),
                        "createdDate": stamp(),
                        "modifiedDate": stamp(),
                        "modifiedByUserName": "CORP\\admin",
                        "value": rng.choice(("Finance", "Sales", "HR")),
                        "definition": definition,
                        "schemaPath": "CustomPropertyValue",
                    }
                    for definition in definitions[: rng.randint(0, 2)]
                ],
                "owner": rng.choice(users),
                "name": f"Connection {i:05d} ({kind})",
                "connectionstring": f'CUSTOM CONNECT TO "provider={kind};host=db{i % 17}.corp.local;database=sales"',
                "type": kind,
                "engineObjectId": uid(),
                "username": f"svc_{i % 9}",
                "logOn": i % 2,
                "architecture": 0,
                "tags": rng.sample(tags, rng.randint(0, 3)),
                "privileges": None,
                "schemaPath": "DataConnection",
            }
        )
    return rows


def entries_page(n: int) -> dict[str, Any]:
    """A Data+ getEntries page: n rows of an id and 8 string columns (every value is a string)."""
    rng = random.Random(7)
    regions = ("EMEA", "AMER", "APAC")
    data = [
        {
            "id": f"{2020 + i % 5}|;|{i}",
            "customer": f"Customer {rng.randint(1, 5000)}",
            "region": rng.choice(regions),
            "product": f"SKU-{rng.randint(10000, 99999)}",
            "quantity": str(rng.randint(1, 500)),
            "amount": f"{rng.uniform(1, 10000):.2f}",
            "comment": rng.choice(("", "approved", "check forecast", "revised after Q3 review")),
            "updated_by": f"user{rng.randint(1, 40)}",
            "updated_at": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 12:00:00",
        }
        for i in range(n)
    ]
    return {"data": data, "count": n, "offset": 0, "limit": n, "total": n * 3}


def gc_paused(fn: Callable[[], object]) -> Callable[[], object]:
    def run() -> object:
        gc.disable()
        try:
            return fn()
        finally:
            gc.enable()

    return run


def bench_parse(reps: int, rows: int) -> list[Result]:
    from dataplus_server_client import AuthenticatedClient as DataPlusClient
    from dataplus_server_client.api.database import get_entries
    from dataplus_server_client.models import EntriesPage
    from qlik_qrs_client import Client as QrsClient
    from qlik_qrs_client.api.data_connection import get_data_connections_full
    from qlik_qrs_client.models import DataConnection

    group = "2. typed parse"
    results = []
    qrs_body = json.dumps(qrs_connections(rows)).encode()
    page_body = json.dumps(entries_page(rows)).encode()

    def parse_connections() -> list[DataConnection]:
        return [DataConnection.from_dict(x) for x in json.loads(qrs_body)]

    def parse_page() -> EntriesPage:
        return EntriesPage.from_dict(json.loads(page_body))

    parsed = parse_connections()
    assert len(parsed) == rows and parsed[0].owner and parsed[0].created_date, parsed[0]
    assert len(parse_page().data) == rows

    # The generated path users call: request, runtime transport, _parse_response, Response, over a MockTransport.
    qrs_mock = httpx.MockTransport(lambda request: httpx.Response(200, content=qrs_body, headers=JSON_HEADERS))
    page_mock = httpx.MockTransport(lambda request: httpx.Response(200, content=page_body, headers=JSON_HEADERS))
    with (
        QrsClient("http://qrs.bench/qrs", httpx_args={"transport": qrs_mock}) as qrs,
        httpx.Client(base_url="http://qrs.bench/qrs", transport=qrs_mock) as qrs_raw,
        DataPlusClient.for_server("key", base_url="http://dataplus.bench", httpx_args={"transport": page_mock}) as dp,
        httpx.Client(base_url="http://dataplus.bench", transport=page_mock) as dp_raw,
    ):
        assert get_data_connections_full.sync_detailed(client=qrs).parsed == parsed
        assert len(get_entries.sync_detailed(client=dp, table="orders", limit=rows).parsed.data) == rows
        paths = (
            (
                f"{rows:,} QRS DataConnection via get_data_connections_full.sync_detailed, MockTransport "
                f"({len(qrs_body) / 1e6:.1f} MB)",
                lambda: get_data_connections_full.sync_detailed(client=qrs),
                lambda: qrs_raw.get("/dataconnection/full", params={"Xrfkey": XRFKEY}).json(),
            ),
            (
                f"{rows:,}-row Data+ page via get_entries.sync_detailed, MockTransport ({len(page_body) / 1e6:.1f} MB)",
                lambda: get_entries.sync_detailed(client=dp, table="orders", limit=rows),
                lambda: dp_raw.get("/api/db/getEntries", params={"table": "orders", "limit": rows}).json(),
            ),
        )
        for name, generated, raw in paths:
            a, b = paired(generated, raw, reps)
            results.append(
                ratio_result(group, name, a, b, unit="ms", scale=1e3, baseline="raw httpx GET + .json()", target=2.5)
            )

    # from_dict called in a loop of the caller's own: with the cyclic GC on (as it is by default) and paused.
    for name, typed, body in (
        (
            f"{rows:,} QRS DataConnection: [DataConnection.from_dict(x) for x in json.loads(body)]",
            parse_connections,
            qrs_body,
        ),
        (f"{rows:,}-row Data+ page: EntriesPage.from_dict(json.loads(body))", parse_page, page_body),
    ):
        for gc_note, wrap in (("GC on", lambda fn: fn), ("GC paused by the caller", gc_paused)):
            a, b = paired(wrap(typed), wrap(lambda body=body: json.loads(body)), reps)
            results.append(
                ratio_result(
                    group,
                    f"{name}, {gc_note}",
                    a,
                    b,
                    unit="ms",
                    scale=1e3,
                    baseline="json.loads(body)",
                    target=None,
                )
            )
    return results


# ---------------------------------------------------------------------------------------------- 3. import time


def importtime_cumulative(stderr: str, package: str) -> float:
    """Microseconds spent importing the package's own top-level imports (their dependencies included)."""
    total = 0.0
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, name = line.split("|", 2)
        name = name[1:]  # one space after the bar; more means a nested import
        if not name.startswith(" ") and (name == package or name.startswith(package + ".")):
            total += float(cumulative)
    return total


def bench_import(reps: int, scratch: Path) -> list[Result]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    # Bytecode as an installed wheel would have it, cached outside the working tree.
    env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
    env["PYTHONPATH"] = os.pathsep.join(CLIENT_DIRS)

    def run(code: str, *flags: str) -> tuple[float, str]:
        """Wall seconds of a fresh interpreter running code, and its stderr."""
        start = time.perf_counter()
        done = subprocess.run([sys.executable, *flags, "-c", code], env=env, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError(f"{code!r} failed: {done.stderr.strip().splitlines()[-1:]}")
        return elapsed, done.stderr

    # (package, what is imported, code, baseline code, target ms or None for information only)
    cases: list[tuple[str, str, str, str, float | None]] = []
    for package in sorted(IMPORT_OPERATIONS, key=lambda p: p != "qalyptus_cloud_client"):
        tag, op = IMPORT_OPERATIONS[package]
        code = f"import httpx; import {package}; import {package}.models; from {package}.api.{tag} import {op}"
        cases.append((package, f"+ .models + api.{tag}.{op}", code, "import httpx", 50.0))
    # The worst case for the largest package: every operation and model module, as a tool listing them would.
    walk = (
        "import httpx, importlib, pkgutil, qalyptus_cloud_client as p\n"
        "for m in pkgutil.walk_packages(p.__path__, p.__name__ + '.'): importlib.import_module(m.name)"
    )
    cases.append(
        (
            "qalyptus_cloud_client",
            "every module (pkgutil.walk_packages)",
            walk,
            "import httpx, importlib, pkgutil",
            None,
        )
    )

    results = []
    for package, what, code, baseline_code, target in cases:
        run(code)  # compiles the bytecode cache
        run(baseline_code)
        with_pkg: list[float] = []
        httpx_only: list[float] = []
        for _ in range(reps):
            with_pkg.append(run(code)[0])
            httpx_only.append(run(baseline_code)[0])
        cumulative = [importtime_cumulative(run(code, "-X", "importtime")[1], package) for _ in range(3)]
        differences = [a - b for a, b in zip(with_pkg, httpx_only, strict=True)]
        results.append(
            Result(
                group="3. import time on top of httpx",
                name=f"{package} ({what})",
                measured=f"+{spread(differences, 1e3)} ms wall",
                baseline=f"python -c '{baseline_code}': {spread(httpx_only, 1e3)} ms",
                ratio="",
                target=f"≤ {target:.0f} ms" if target is not None else "(information)",
                met=statistics.median(differences) * 1e3 <= target if target is not None else None,
                note=f"-X importtime cumulative of the package: {statistics.median(cumulative) / 1e3:.1f} ms",
            )
        )
    return results


# ---------------------------------------------------------------------------------------------- 4. make generate


def copy_repository(destination: Path, source: str) -> None:
    """The working tree as it is (tracked and untracked, not ignored), or a committed revision."""
    destination.mkdir(parents=True)
    if source == "worktree":
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout
        for name in sorted(set(listed.decode().split("\0")) - {""}):
            src = ROOT / name
            if not src.is_file():  # deleted in the working tree
                continue
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, destination / name)  # keeps mtimes, so make sees the same ages
    else:
        archive = subprocess.run(["git", "archive", "--format=tar", source], cwd=ROOT, capture_output=True, check=True)
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(destination, filter="data")
    # The same virtual environment, never rebuilt from the copy (`-o` below).
    (destination / ".venv").symlink_to(Path(sys.prefix))


def bench_generate(reps: int, scratch: Path, source: str) -> list[Result]:
    copy = scratch / "repo-copy"
    copy_repository(copy, source)
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    command = ["make", "-o", ".venv/.installed", "generate"]
    group = "4. make generate (4 specs, temp copy)"

    def make() -> float:
        start = time.perf_counter()
        done = subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            tail = (done.stderr.strip().splitlines() or ["?"])[-1]
            raise RuntimeError(f"make generate failed in the copy ({source}): {tail}")
        return elapsed

    cold: list[float] = []
    noop: list[float] = []
    try:
        for _ in range(reps):
            shutil.rmtree(copy / "build" / "stamps", ignore_errors=True)
            shutil.rmtree(copy / "build" / "prepared", ignore_errors=True)
            cold.append(make())
            noop.append(make())
    except RuntimeError as error:
        return [Result(group, "make generate", "failed", "", "", "≤ 10 s cold, ≤ 1 s no-op", False, str(error))]
    note = "source: working tree" if source == "worktree" else f"source: git {source}"
    return [
        Result(group, "cold (build/stamps and build/prepared removed)", f"{spread(cold, 1, 2)} s", "", "", "≤ 10 s",
               statistics.median(cold) <= 10, note),
        Result(group, "no-op (second run)", f"{spread(noop, 1, 3)} s", "", "", "≤ 1 s",
               statistics.median(noop) <= 1, note),
    ]  # fmt: skip


# ---------------------------------------------------------------------------------------------- 5. async


def bench_async(server: LoopbackServer, reps: int, concurrency: int) -> list[Result]:
    from dataplus_server_client import AuthenticatedClient
    from dataplus_server_client.api.status import get_status
    from dataplus_server_client.client import DEFAULT_TIMEOUT

    # Keep-alive settings as well, or connection setup gets timed instead of the clients: httpx keeps only 20
    # idle connections by default, and drops them after 5 s idle, less than one batch of the other side takes.
    limits = httpx.Limits(max_connections=50, max_keepalive_connections=50, keepalive_expiry=120)
    errors = {"generated": 0, "raw": 0}

    async def main() -> tuple[list[float], list[float]]:
        generated = AuthenticatedClient.for_server("bench-key", base_url=server.url, httpx_args={"limits": limits})
        raw = httpx.AsyncClient(
            base_url=server.url, limits=limits, timeout=DEFAULT_TIMEOUT, headers={"Authorization": "bench-key"}
        )
        async with generated, raw:

            async def one_generated() -> None:
                response = await get_status.asyncio_detailed(client=generated)
                if response.status_code != 200 or response.parsed is None:
                    raise RuntimeError(f"status {response.status_code}")

            async def one_raw() -> None:
                response = await raw.get("/api/status")
                if response.status_code != 200:
                    raise RuntimeError(f"status {response.status_code}")
                response.json()

            async def batch(one: Callable[[], Any], side: str, size: int = concurrency) -> float:
                gc.collect()
                start = time.perf_counter()
                outcomes = await asyncio.gather(*(one() for _ in range(size)), return_exceptions=True)
                elapsed = time.perf_counter() - start
                errors[side] += sum(isinstance(o, BaseException) for o in outcomes)
                return elapsed

            # Warm-up: 100 at once open all 50 connections of each pool quickly (a queue of 1,000 waiting for
            # them takes seconds in httpcore's pool bookkeeping).
            await batch(one_generated, "generated", 100)
            await batch(one_raw, "raw", 100)
            a: list[float] = []
            b: list[float] = []
            for _ in range(reps):
                a.append(await batch(one_generated, "generated"))
                b.append(await batch(one_raw, "raw"))
            return a, b

    a, b = asyncio.run(main())
    result = ratio_result(
        "5. async concurrency",
        f"{concurrency} concurrent Data+ get_status.asyncio_detailed, loopback, pool of 50",
        a,
        b,
        unit="ms/batch",
        scale=1e3,
        digits=0,
        baseline="raw httpx.AsyncClient GET + .json()",
        target=1.2,
        note=f"errors: generated {errors['generated']}, raw {errors['raw']} (warm-up included); "
        f"{concurrency / statistics.median(a):,.0f} vs {concurrency / statistics.median(b):,.0f} req/s",
    )
    result.met = bool(result.met) and not any(errors.values())
    if importlib.util.find_spec("sniffio") is None:
        # httpcore 1.0 retries `import sniffio` on every lock/event setup (encode/httpcore PR 1103); absent,
        # each is a failed import that searches sys.path. Both sides pay it, but it inflates the absolute times.
        result.note += "; sniffio not installed (httpcore then re-tries the import 4–12× per request, both sides)"
    return [result]


# ---------------------------------------------------------------------------------------------- profiling


def profile(rows: int) -> None:
    """cProfile of the typed parses and of the mock per-call path: where the time goes, by own time."""
    from dataplus_server_client.models import EntriesPage
    from qlik_qrs_client import Client
    from qlik_qrs_client.api.data_connection import get_data_connections_count
    from qlik_qrs_client.models import DataConnection

    qrs_body = json.dumps(qrs_connections(rows)).encode()
    page_body = json.dumps(entries_page(rows)).encode()
    count_body = json.dumps({"value": 42}).encode()
    mock = httpx.MockTransport(lambda request: httpx.Response(200, content=count_body, headers=JSON_HEADERS))
    client = Client("http://qrs.bench/qrs", httpx_args={"transport": mock})

    def calls() -> None:
        for _ in range(2000):
            get_data_connections_count.sync_detailed(client=client)

    cases: list[tuple[str, Callable[[], object]]] = [
        ("DataConnection typed parse", lambda: [DataConnection.from_dict(x) for x in json.loads(qrs_body)]),
        ("EntriesPage typed parse", lambda: EntriesPage.from_dict(json.loads(page_body))),
        ("2000 mock sync_detailed calls", calls),
    ]
    for name, fn in cases:
        fn()
        profiler = cProfile.Profile()
        profiler.runcall(fn)
        print(f"\n=== {name}: top functions by own time")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(15)


# ---------------------------------------------------------------------------------------------- report


def environment() -> list[tuple[str, str]]:
    uname = platform.uname()
    cpu = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        models = [line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines() if "model name" in line]
        cpu = f"({models[0]})" if models else ""
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
    dirty = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout
    versions = ", ".join(f"{p} {importlib.metadata.version(p)}" for p in ("httpx", "attrs", "openapi-python-client"))
    return [
        ("date", datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")),
        ("machine", f"{uname.system} {uname.release} {uname.machine}, {os.cpu_count()} CPUs {cpu}".strip()),
        ("python", sys.version.split()[0] + f" ({platform.python_implementation()})"),
        ("packages", versions),
        ("repository", f"{commit.strip()}{' + uncommitted changes' if dirty.strip() else ''}"),
    ]


def met_text(met: bool | None) -> str:
    return "n/a" if met is None else ("yes" if met else "NO")


def print_table(results: list[Result]) -> None:
    group = None
    for r in results:
        if r.group != group:
            group = r.group
            print(f"\n{group}")
        print(f"  {r.name}")
        print(f"    measured {r.measured}")
        if r.baseline:
            print(f"    baseline {r.baseline}")
        print(f"    ratio    {r.ratio or '-'}   target {r.target}   met: {met_text(r.met)}")
        if r.note:
            print(f"    note     {r.note}")


METHOD = """\
## Method

- Each comparison runs its sides interleaved in one process (A, B, A, B, ...) after an untimed warm-up
  round, with `gc.collect()` before each timed block (the collector stays enabled while timing). Figures are
  median [min–max] of the repetitions; the ratio is the median [min–max] of the per-round ratios A/B.
  Lines marked "(information)" have no target: they show where the time goes.
- Per-call overhead: `qlik_qrs_client` `get_data_connections_count.sync_detailed` (Xrfkey on query and
  header, retry transport, error mapping, typed `EntityCount`) vs `httpx.Client.get(...).json()` of the same
  URL over the same `httpx.MockTransport`, then against `bench/loopback.py` (an asyncio HTTP/1.1 keep-alive
  server in its own process on 127.0.0.1; connections are open before timing starts). The equivalent raw
  call draws a fresh Xrfkey per request, as the client does (`secrets.token_hex(8)`); the hard-coded-key
  line shows what freshness costs on both sides: every URL is new, so the stdlib URL cache that httpx's
  cookie jar goes through misses.
- Typed parse: generated QRS rows (owner, 0–3 tags, 0–2 custom properties with definitions, two date-times,
  two UUIDs, fields the spec does not list) and a Data+ page of id + 8 string columns; the same bytes on both
  sides. The `sync_detailed` lines (the targets) run the full generated path over a MockTransport returning
  those bytes, against a raw `httpx.Client` GET + `.json()` over the same transport. The `from_dict` lines
  call the model in a loop of the caller's own, with the cyclic GC on (the default) and paused around the
  call; on both sides the result is freed inside the timing.
- Import time: wall time of a fresh `python -c "import httpx; import <pkg>; import <pkg>.models;
  from <pkg>.api.<tag> import <op>"` minus that of `python -c "import httpx"`, pairs interleaved, bytecode
  cached beforehand (outside the tree, `PYTHONPYCACHEPREFIX`); the cumulative figure adds the `-X importtime`
  cumulative times of the package's top-level imports (median of 3 runs). Wall-time differences of a few tens
  of ms are sensitive to other load on the machine; the importtime figure much less so.
- `make generate`: the repository is copied to a temporary directory (working tree, or `--source REV`) with
  the same virtual environment, so the working tree is never touched. Cold = `build/stamps` and
  `build/prepared` removed first; no-op = the run right after.
- Async: 1,000 `asyncio.gather`ed requests per repetition through `dataplus_server_client`
  `get_status.asyncio_detailed` (typed `ServerStatus`) vs `httpx.AsyncClient.get(...).json()`, both with
  `httpx.Limits(max_connections=50, max_keepalive_connections=50, keepalive_expiry=120)` and the same
  timeouts, against the same loopback server, after a warm-up of 100 requests per side that opens both pools;
  any exception or non-200 counts as an error.
"""


def write_markdown(path: Path, results: list[Result], reps: dict[str, int], elapsed: float) -> None:
    lines = ["# Benchmark results", "", "Written by `bench/run.py` (`make bench`).", ""]
    lines += ["| | |", "|---|---|"] + [f"| {k} | {v} |" for k, v in environment()]
    lines += [f"| repetitions | {', '.join(f'{k} {v}' for k, v in reps.items())} |"]
    lines += [f"| total run time | {elapsed:.0f} s |", ""]
    lines += [
        "| benchmark | measured | baseline | ratio | target | met |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        name = f"**{r.group}**: {r.name}" + (f" <br>_{r.note}_" if r.note else "")
        cells = (name, r.measured, r.baseline or "–", r.ratio or "–", r.target, met_text(r.met))
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", METHOD]
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", choices=BENCH_NAMES, help="run only these benchmarks")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions and calls (a smoke run)")
    parser.add_argument("--source", default="worktree", help="what `generate` copies: worktree (default) or a git rev")
    parser.add_argument("--output", type=Path, help="markdown file to write (default: bench/results.md on a full run)")
    parser.add_argument("--profile", action="store_true", help="print cProfile tables of the parse and call paths")
    args = parser.parse_args()
    if args.profile:
        profile(10_000)
        return

    selected = args.only or list(BENCH_NAMES)
    quick = args.quick
    # At least 5 everywhere; import runs and per-call rounds are cheap and noisy, so they get more.
    reps = {
        "overhead": 3 if quick else 9,
        "parse": 3 if quick else 5,
        "import": 3 if quick else 11,
        "generate": 1 if quick else 5,
        "async": 3 if quick else 5,
    }
    started = time.perf_counter()
    results: list[Result] = []
    server = LoopbackServer() if {"overhead", "async"} & set(selected) else None
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch_dir:
        scratch = Path(scratch_dir)
        try:
            for name in selected:
                section_start = time.perf_counter()
                print(f"running {name} ...", flush=True)
                try:
                    if name == "overhead":
                        assert server is not None
                        results += bench_overhead(server, reps[name], 500 if quick else 2000, 200 if quick else 500)
                    elif name == "parse":
                        results += bench_parse(reps[name], 10_000)
                    elif name == "import":
                        results += bench_import(reps[name], scratch)
                    elif name == "generate":
                        results += bench_generate(reps[name], scratch, args.source)
                    elif name == "async":
                        assert server is not None
                        results += bench_async(server, reps[name], 1000)
                except Exception as error:  # one broken benchmark still leaves the others' figures
                    results.append(Result(name, "failed", "–", "", "", "", False, f"{type(error).__name__}: {error}"))
                    print(f"  {name} failed: {error}", flush=True)
                print(f"  {name}: {time.perf_counter() - section_start:.1f} s", flush=True)
        finally:
            if server is not None:
                server.stop()
    elapsed = time.perf_counter() - started
    print_table(results)
    print(f"\ntotal {elapsed:.0f} s")
    output = args.output or (BENCH / "results.md" if not args.only and not quick else None)
    if output is not None:
        write_markdown(output, results, {k: v for k, v in reps.items() if k in selected}, elapsed)
        print(f"wrote {output}")


if __name__ == "__main__":
    main()
