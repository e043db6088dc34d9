"""Benchmarks of the generated clients: `make bench` (or `python bench/run.py`).

Each comparison runs its two sides interleaved in the same process and run (A, B, A, B, ...), after one
untimed warm-up pair, with a full garbage collection before every timed block; figures are the median of
the repetitions with [min-max], and the ratio is the median of the per-pair ratios with their [min-max].
A full run prints a table and writes bench/results.md; `--only` or `--quick` runs only print, unless
`--output` says where to write.

    overhead   a small GET of each of the four packages vs the same request done correctly with raw httpx
               (MockTransport, then loopback server); BENCH_BEFORE=<clients dir> times that tree's packages too,
               in the same rounds
    parse      typed parse of 10,000 QRS data connections / a 10,000-row Data+ page vs json.loads, cost per
               object at 100,000; for information the plain generator's models, pydantic v2 and msgspec
    rss        peak RSS of one parse of each kind, fresh interpreter each
    gc         GC side effects: an application's dead cycles made before a large call are still collected
    import     import time of each package on top of httpx, fresh interpreter per measurement
    generate   `make generate` for all four specs, cold and no-op, in a temporary copy of the repository
    async      1,000 concurrent GETs through a generated async function vs raw httpx.AsyncClient
    fake       each package's in-process fake (`<package>.testing`): a call through it vs the same client on a
               MockTransport answering the fake's answer, canned; 1,000 creates + the full (paged) list
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import dataclasses
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
import re
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

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
sys.path.insert(0, str(ROOT))
from generator.config import load_services  # noqa: E402  (the repository root is on the path only now)

SERVICES = load_services()
# BENCH_CLIENTS: another clients/ tree to measure (e.g. an older commit's, for a "before" run).
CLIENTS = Path(os.environ.get("BENCH_CLIENTS", ROOT / "clients"))
CLIENT_DIRS = [str(CLIENTS / s.project_name) for s in SERVICES.values()]
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
BENCH_NAMES = ("overhead", "parse", "rss", "gc", "import", "generate", "async", "cli", "fake")


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


@dataclass
class CallCase:
    """One small GET per package: the generated function and the equivalent correct raw httpx call."""

    name: str
    generated: Callable[..., tuple[Any, Callable[[], object]]]  # (url, transport, package)
    raw: Callable[[httpx.Client], Callable[[], object]]
    raw_headers: dict[str, str] = dataclasses.field(default_factory=dict)  # set once on the raw client
    package: str = ""


def _qrs_call(
    url: str, transport: httpx.BaseTransport | None, package: str = "qlik_qrs_client"
) -> tuple[Any, Callable[[], object]]:
    Client = importlib.import_module(package).Client
    get_data_connections_count = importlib.import_module(f"{package}.api.data_connection.get_data_connections_count")

    client = Client(f"{url}/qrs", **({"httpx_args": {"transport": transport}} if transport else {}))
    client.__enter__()  # closed by the caller
    assert get_data_connections_count.sync_detailed(client=client).parsed.value == 42
    return client, lambda: get_data_connections_count.sync_detailed(client=client)


def _qrs_raw(raw: httpx.Client) -> Callable[[], object]:
    def call() -> object:
        # A fresh key per request (the QRS guidance; the client does the same), in query and header.
        key = secrets.token_hex(8)
        response = raw.get("/qrs/dataconnection/count", params={"Xrfkey": key}, headers={"X-Qlik-Xrfkey": key})
        if response.status_code != 200:
            raise RuntimeError(response.status_code)
        return response.json()

    return call


def _data_stores_call(
    url: str, transport: httpx.BaseTransport | None, package: str = "qlik_data_stores_client"
) -> tuple[Any, Callable[[], object]]:
    AuthenticatedClient = importlib.import_module(package).AuthenticatedClient
    get_data_store = importlib.import_module(f"{package}.api.data_stores.get_data_store")

    args: dict[str, Any] = {"httpx_args": {"transport": transport}} if transport else {}
    client = AuthenticatedClient(f"{url}/api", token="bench-token", **args)
    client.__enter__()  # closed by the caller
    assert get_data_store.sync_detailed(client=client, data_store_id="ds1").parsed.technical_name == "sales_bucket"
    return client, lambda: get_data_store.sync_detailed(client=client, data_store_id="ds1")


def _data_stores_raw(raw: httpx.Client) -> Callable[[], object]:
    def call() -> object:
        response = raw.get("/api/v1/data-stores/ds1")
        if response.status_code != 200:
            raise RuntimeError(response.status_code)
        return response.json()

    return call


def _qalyptus_call(
    url: str, transport: httpx.BaseTransport | None, package: str = "qalyptus_cloud_client"
) -> tuple[Any, Callable[[], object]]:
    AuthenticatedClient = importlib.import_module(package).AuthenticatedClient
    get_tasks = importlib.import_module(f"{package}.api.tasks.get_tasks")

    args: dict[str, Any] = {"httpx_args": {"transport": transport}} if transport else {}
    client = AuthenticatedClient(f"{url}/api/v1", token="bench-token", **args)
    client.__enter__()  # closed by the caller
    assert get_tasks.sync_detailed(client=client).parsed.is_success is True
    return client, lambda: get_tasks.sync_detailed(client=client)


def _qalyptus_raw(raw: httpx.Client) -> Callable[[], object]:
    def call() -> object:
        response = raw.get("/api/v1/tasks")
        if response.status_code != 200:
            raise RuntimeError(response.status_code)
        body = response.json()
        if not body.get("isSuccess"):  # the envelope says whether the call worked
            raise RuntimeError(body.get("error"))
        return body

    return call


def _dataplus_call(
    url: str, transport: httpx.BaseTransport | None, package: str = "dataplus_server_client"
) -> tuple[Any, Callable[[], object]]:
    AuthenticatedClient = importlib.import_module(package).AuthenticatedClient
    get_status = importlib.import_module(f"{package}.api.status.get_status")

    args: dict[str, Any] = {"httpx_args": {"transport": transport}} if transport else {}
    client = AuthenticatedClient.for_server("bench-key", base_url=url, **args)
    client.__enter__()  # closed by the caller
    assert get_status.sync_detailed(client=client).parsed.current_connections == 1
    return client, lambda: get_status.sync_detailed(client=client)


def _dataplus_raw(raw: httpx.Client) -> Callable[[], object]:
    def call() -> object:
        response = raw.get("/api/status")
        if response.status_code != 200:
            raise RuntimeError(response.status_code)
        return response.json()

    return call


CALL_CASES = [
    CallCase("QRS get_data_connections_count", _qrs_call, _qrs_raw, package="qlik_qrs_client"),
    CallCase(
        "data stores get_data_store",
        _data_stores_call,
        _data_stores_raw,
        {"Authorization": "Bearer bench-token"},
        "qlik_data_stores_client",
    ),
    CallCase(
        "Qalyptus get_tasks",
        _qalyptus_call,
        _qalyptus_raw,
        {"Authorization": "Bearer bench-token"},
        "qalyptus_cloud_client",
    ),
    CallCase(
        "Data+ get_status", _dataplus_call, _dataplus_raw, {"Authorization": "bench-key"}, "dataplus_server_client"
    ),
]


def mock_transport() -> httpx.MockTransport:
    """The loopback server's bodies, by path, without a socket."""
    sys.path.insert(0, str(BENCH))
    from loopback import NOT_FOUND, ROUTES

    def answer(request: httpx.Request) -> httpx.Response:
        body = ROUTES.get(request.url.raw_path.split(b"?", 1)[0])
        if body is None:
            return httpx.Response(404, content=NOT_FOUND, headers=JSON_HEADERS)
        return httpx.Response(200, content=body, headers=JSON_HEADERS)

    return httpx.MockTransport(answer)


def before_packages(scratch: Path) -> dict[str, str]:
    """BENCH_BEFORE (another clients/ tree, e.g. an older commit's): its packages copied under other names
    (``<package>_before``; the generated code imports itself only relatively), to time beside this tree's in the
    same rounds. Package name -> the copy's name; empty without BENCH_BEFORE."""
    tree = os.environ.get("BENCH_BEFORE")
    if not tree:
        return {}
    destination = scratch / "before-packages"
    copies = {}
    for service in SERVICES.values():
        source = Path(tree) / service.project_name / service.package_name
        copies[service.package_name] = f"{service.package_name}_before"
        shutil.copytree(source, destination / copies[service.package_name])
    sys.path.insert(0, str(destination))
    return copies


def bench_overhead(server: LoopbackServer, reps: int, mock_calls: int, loop_calls: int, scratch: Path) -> list[Result]:
    results = []
    mock = mock_transport()
    before = before_packages(scratch)
    for label, transport, url, calls in (
        ("MockTransport", mock, "http://bench.local", mock_calls),
        ("loopback HTTP/1.1", None, server.url, loop_calls),
    ):
        for case in CALL_CASES:
            clients = [case.generated(url, transport, case.package)]
            if case.package in before:
                clients.append(case.generated(url, transport, before[case.package]))
            raw_args: dict[str, Any] = {"transport": transport} if transport else {}
            with contextlib.ExitStack() as stack:
                for client, _ in clients:
                    stack.enter_context(contextlib.closing(client))
                raw = stack.enter_context(httpx.Client(base_url=url, headers=case.raw_headers, **raw_args))
                one_raw = case.raw(raw)
                one_raw()

                def repeat(one: Callable[[], object], calls: int = calls) -> Callable[[], None]:
                    def run() -> None:
                        for _ in range(calls):
                            one()

                    return run

                *generated, raw_times = interleaved([repeat(one) for _, one in clients] + [repeat(one_raw)], reps)
            for times, suffix in zip(
                generated, ("", f" (BENCH_BEFORE: {os.environ.get('BENCH_BEFORE')})"), strict=False
            ):
                results.append(
                    ratio_result(
                        "1. per-call overhead",
                        f"{case.name}.sync_detailed, {label}{suffix}",
                        [t / calls for t in times],
                        [t / calls for t in raw_times],
                        unit="µs/call",
                        scale=1e6,
                        baseline="raw httpx.Client, the same request done correctly",
                        target=1.10,
                        note=f"{calls} calls per repetition",
                    )
                )
            if len(generated) == 2:
                results.append(
                    ratio_result(
                        "1. per-call overhead",
                        f"{case.name}.sync_detailed, {label}: this tree vs BENCH_BEFORE's",
                        [t / calls for t in generated[0]],
                        [t / calls for t in generated[1]],
                        unit="µs/call",
                        scale=1e6,
                        baseline="BENCH_BEFORE's package, the same rounds",
                        target=None,
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


def reference_models(scratch: Path) -> tuple[Any, Any]:
    """DataConnection and EntriesPage as the plain generator renders them (its own model template), built into
    build/bench-reference for this run."""
    sys.path.insert(0, str(ROOT))
    from generator import generate

    destination = ROOT / "build" / "bench-reference"
    shutil.rmtree(destination, ignore_errors=True)
    classes = []
    for service, name in (("qlik-qrs", "DataConnection"), ("dataplus-server", "EntriesPage")):
        config = generate.load_service(service)
        package = generate.build_reference(config, destination)
        sys.path.insert(0, str(destination / f"{config.project_name}-reference"))
        classes.append(getattr(importlib.import_module(f"{package}.models"), name))
    return classes[0], classes[1]


def bench_parse(reps: int, rows: int, scratch: Path) -> list[Result]:
    import other_models
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
    big_rows = rows * 10
    big_body = json.dumps(qrs_connections(big_rows)).encode()
    ReferenceConnection, ReferencePage = reference_models(scratch)

    def mock(body: bytes) -> httpx.MockTransport:
        return httpx.MockTransport(lambda request: httpx.Response(200, content=body, headers=JSON_HEADERS))

    # The generated path users call: request, runtime transport, _parse_response, Response, over a MockTransport;
    # the collector on, as in any application.
    with (
        QrsClient("http://qrs.bench/qrs", httpx_args={"transport": mock(qrs_body)}) as qrs,
        QrsClient("http://qrs.bench/qrs", httpx_args={"transport": mock(big_body)}) as qrs_big,
        httpx.Client(base_url="http://qrs.bench/qrs", transport=mock(qrs_body)) as qrs_raw,
        DataPlusClient.for_server(
            "key", base_url="http://dataplus.bench", httpx_args={"transport": mock(page_body)}
        ) as dp,
        httpx.Client(base_url="http://dataplus.bench", transport=mock(page_body)) as dp_raw,
    ):
        parsed = get_data_connections_full.sync_detailed(client=qrs).parsed
        assert parsed == [DataConnection.from_dict(x) for x in json.loads(qrs_body)]
        assert [c.to_dict() for c in parsed] == [
            ReferenceConnection.from_dict(x).to_dict() for x in json.loads(qrs_body)
        ]
        page = get_entries.sync_detailed(client=dp, table="orders", limit=rows).parsed
        assert page.to_dict() == ReferencePage.from_dict(json.loads(page_body)).to_dict()
        del parsed, page
        for name, generated, raw, target in (
            (
                f"{rows:,} QRS DataConnection via get_data_connections_full.sync_detailed "
                f"({len(qrs_body) / 1e6:.1f} MB)",
                lambda: get_data_connections_full.sync_detailed(client=qrs),
                lambda: qrs_raw.get("/dataconnection/full", params={"Xrfkey": XRFKEY}).json(),
                2.5,
            ),
            (
                f"{rows:,}-row Data+ page via get_entries.sync_detailed ({len(page_body) / 1e6:.1f} MB)",
                lambda: get_entries.sync_detailed(client=dp, table="orders", limit=rows),
                lambda: dp_raw.get("/api/db/getEntries", params={"table": "orders", "limit": rows}).json(),
                1.5,
            ),
        ):
            a, b = paired(generated, raw, reps)
            results.append(
                ratio_result(group, name, a, b, unit="ms", scale=1e3, baseline="raw httpx GET + .json()", target=target)
            )

        # Cost per object at 10x the size: the collector's rescans grow with the heap.
        small_times, big_times = interleaved(
            [
                lambda: get_data_connections_full.sync_detailed(client=qrs),
                lambda: get_data_connections_full.sync_detailed(client=qrs_big),
            ],
            max(3, reps - 2),
        )
        per_small = [t / rows for t in small_times]
        per_big = [t / big_rows for t in big_times]
        results.append(
            ratio_result(
                group,
                f"QRS sync_detailed, cost per DataConnection at {big_rows:,} vs {rows:,} "
                f"({len(big_body) / 1e6:.0f} MB)",
                per_big,
                per_small,
                unit="µs/object",
                scale=1e6,
                baseline=f"at {rows:,}",
                target=1.2,
            )
        )
        # The same for json.loads alone: how much of the growth is the decoded tree's own (memory, collector).
        small_loads, big_loads = interleaved(
            [lambda: json.loads(qrs_body), lambda: json.loads(big_body)], max(3, reps - 2)
        )
        results.append(
            ratio_result(
                group,
                f"json.loads, cost per DataConnection at {big_rows:,} vs {rows:,}",
                [t / big_rows for t in big_loads],
                [t / rows for t in small_loads],
                unit="µs/object",
                scale=1e6,
                digits=2,
                baseline=f"at {rows:,}",
                target=None,
            )
        )

    # For information: the same bytes to typed objects by other means, each against json.loads of those bytes.
    info: list[tuple[str, bytes, Callable[[], object]]] = [
        (
            "QRS: [DataConnection.from_dict(x) for x in json.loads(body)] (this package's models, the caller's loop)",
            qrs_body,
            lambda: [DataConnection.from_dict(x) for x in json.loads(qrs_body)],
        ),
        (
            "QRS: the plain generator's models and endpoint loop (openapi-python-client 0.29.1 templates)",
            qrs_body,
            lambda: [ReferenceConnection.from_dict(x) for x in json.loads(qrs_body)],
        ),
        (
            "QRS: pydantic v2 TypeAdapter(list[Model]).validate_json(body), extra keys kept",
            qrs_body,
            lambda: other_models.PYDANTIC_CONNECTIONS.validate_json(qrs_body),
        ),
        (
            "QRS: msgspec.json.Decoder(list[Struct]).decode(body), extra keys dropped",
            qrs_body,
            lambda: other_models.MSGSPEC_CONNECTIONS.decode(qrs_body),
        ),
        (
            "QRS: msgspec straight into attrs classes named by the JSON keys (the least these attrs objects cost)",
            qrs_body,
            lambda: other_models.MSGSPEC_ATTRS_CONNECTIONS.decode(qrs_body),
        ),
        (
            "Data+: EntriesPage.from_dict(json.loads(body)) (this package's models, the caller's call)",
            page_body,
            lambda: EntriesPage.from_dict(json.loads(page_body)),
        ),
        (
            "Data+: the plain generator's models",
            page_body,
            lambda: ReferencePage.from_dict(json.loads(page_body)),
        ),
        (
            "Data+: pydantic v2 validate_json, rows as models with extra keys",
            page_body,
            lambda: other_models.PYDANTIC_PAGE.validate_json(page_body),
        ),
        (
            "Data+: msgspec.json.Decoder(Struct).decode(body), rows as dict[str, str]",
            page_body,
            lambda: other_models.MSGSPEC_PAGE.decode(page_body),
        ),
    ]
    for name, body, typed in info:
        a, b = paired(typed, lambda body=body: json.loads(body), max(3, reps - 2))
        results.append(
            ratio_result(
                group, f"{rows:,} items, {name}", a, b, unit="ms", scale=1e3, baseline="json.loads(body)", target=None
            )
        )
    return results


# ---------------------------------------------------------------------------------------------- 2b. peak memory

RSS_KINDS = {
    "qrs": ("endpoint", "plain", "pydantic", "msgspec", "json"),
    "dataplus": ("endpoint", "plain", "pydantic", "msgspec", "json"),
}


def rss_child(kind: str, dataset: str, body_file: str) -> None:
    """Runs in a fresh interpreter: parse the body once the way `kind` says; print the peak RSS above the RSS
    just before the parse (the body already read, everything imported and warmed up on a small body)."""
    import other_models

    body = Path(body_file).read_bytes()
    small = json.dumps(qrs_connections(20) if dataset == "qrs" else entries_page(20)).encode()
    if kind == "endpoint":
        content = {"body": small}
        transport = httpx.MockTransport(lambda r: httpx.Response(200, content=content["body"], headers=JSON_HEADERS))
        if dataset == "qrs":
            from qlik_qrs_client import Client
            from qlik_qrs_client.api.data_connection import get_data_connections_full

            client = Client("http://q/qrs", httpx_args={"transport": transport})

            def parse(b: bytes) -> object:
                content["body"] = b
                return get_data_connections_full.sync_detailed(client=client)
        else:
            from dataplus_server_client import AuthenticatedClient
            from dataplus_server_client.api.database import get_entries

            dp = AuthenticatedClient.for_server("k", base_url="http://d", httpx_args={"transport": transport})

            def parse(b: bytes) -> object:
                content["body"] = b
                return get_entries.sync_detailed(client=dp, table="t")
    elif kind == "plain":
        reference = ROOT / "build" / "bench-reference"
        sys.path[:0] = [str(p) for p in reference.iterdir()]
        if dataset == "qrs":
            from qlik_qrs_client_reference.models import DataConnection

            def parse(b: bytes) -> object:
                return [DataConnection.from_dict(x) for x in json.loads(b)]
        else:
            from dataplus_server_client_reference.models import EntriesPage

            def parse(b: bytes) -> object:
                return EntriesPage.from_dict(json.loads(b))
    elif kind == "pydantic":
        adapter = other_models.PYDANTIC_CONNECTIONS if dataset == "qrs" else other_models.PYDANTIC_PAGE
        parse = adapter.validate_json
    elif kind == "msgspec":
        parse = (other_models.MSGSPEC_CONNECTIONS if dataset == "qrs" else other_models.MSGSPEC_PAGE).decode
    else:
        parse = json.loads
    parse(small)
    gc.collect()
    before = _status_kib("VmRSS")
    result = parse(body)
    peak = _status_kib("VmHWM")
    assert result is not None
    print(json.dumps({"above_kib": peak - before}))


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def bench_rss(rows: int, scratch: Path) -> list[Result]:
    if not Path("/proc/self/status").is_file():
        return [Result("2b. peak memory of one parse", "skipped", "", "", "", "(information)", None, "needs /proc")]
    results = []
    for dataset, body in (
        ("qrs", json.dumps(qrs_connections(rows)).encode()),
        ("dataplus", json.dumps(entries_page(rows)).encode()),
    ):
        body_file = scratch / f"{dataset}.json"
        body_file.write_bytes(body)
        peaks = {}
        for kind in RSS_KINDS[dataset]:
            done = subprocess.run(
                [sys.executable, str(BENCH / "run.py"), "--rss-child", kind, dataset, str(body_file)],
                capture_output=True,
                text=True,
                env={**os.environ, "PYTHONPATH": os.pathsep.join(CLIENT_DIRS + [str(BENCH)])},
                timeout=300,
            )
            if done.returncode != 0:
                raise RuntimeError(f"rss {kind} {dataset}: {done.stderr.strip().splitlines()[-1:]}")
            peaks[kind] = json.loads(done.stdout)["above_kib"] / 1024
        label = f"{rows:,} QRS DataConnections" if dataset == "qrs" else f"{rows:,}-row Data+ page"
        for kind in RSS_KINDS[dataset]:
            if kind == "json":
                continue
            results.append(
                Result(
                    "2b. peak memory of one parse",
                    f"{label} ({len(body) / 1e6:.1f} MB): {kind}",
                    f"+{peaks[kind]:.0f} MiB peak RSS",
                    f"json.loads: +{peaks['json']:.0f} MiB",
                    f"{peaks[kind] / peaks['json']:.2f}×" if peaks["json"] else "",
                    "(information)",
                    None,
                    "endpoint = the full sync_detailed path (response bytes included)" if kind == "endpoint" else "",
                )
            )
    return results


# ---------------------------------------------------------------------------------------------- 2c. GC side effects

GC_SCENARIO = r"""
import gc, json, sys, weakref
import httpx

body = open(sys.argv[2], "rb").read()
transport = httpx.MockTransport(
    lambda request: httpx.Response(200, content=body, headers={"content-type": "application/json"}))
if sys.argv[1] == "package":
    from qlik_qrs_client import Client
    from qlik_qrs_client.api.data_connection import get_data_connections_full
    client = Client("http://q/qrs", httpx_args={"transport": transport})
    call = lambda: get_data_connections_full.sync(client=client)
else:  # the same request and decode without the package
    raw = httpx.Client(base_url="http://q/qrs", transport=transport)
    call = lambda: raw.get("/dataconnection/full").json()
call()

calls = []
collect = gc.collect
for name in ("disable", "enable", "freeze", "unfreeze", "set_threshold", "collect"):
    original = getattr(gc, name)
    def watched(*args, _original=original, _name=name, **kwargs):
        calls.append(_name)
        return _original(*args, **kwargs)
    setattr(gc, name, watched)

heap = [[i] for i in range(1_000_000)]  # the application's own objects
class Node:
    pass
probes = []
collect()  # counters at zero: no collection runs while the cycles are made (it would promote the one being built)
for _ in range(100):  # dead cycles the application made just before the call
    a, b = Node(), Node()
    a.other, b.other = b, a
    probes.append(weakref.ref(a))
del a, b
collections = []
gc.callbacks.append(lambda phase, info: phase == "stop" and collections.append(info["generation"]))
state = lambda: (gc.isenabled(), gc.get_threshold(), gc.get_freeze_count())
before = state()
result = call()
during = len(collections)
after = state()
garbage = []
while len(collections) < during + 10 and any(p() is not None for p in probes):
    garbage.append([[] for _ in range(100)])
print(json.dumps({"calls": calls, "unchanged": before == after, "during": during,
                  "alive": sum(p() is not None for p in probes), "after": len(collections) - during}))
"""


def bench_gc(rows: int, scratch: Path) -> list[Result]:
    body_file = scratch / "gc-qrs.json"
    body_file.write_bytes(json.dumps(qrs_connections(rows)).encode())
    reports = {}
    for side in ("package", "raw"):
        done = subprocess.run(
            [sys.executable, "-c", GC_SCENARIO, side, str(body_file)],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(CLIENT_DIRS)},
            timeout=300,
        )
        if done.returncode != 0:
            raise RuntimeError(f"gc scenario {side}: {done.stderr.strip().splitlines()[-1:]}")
        reports[side] = json.loads(done.stdout)
    ours, raw = reports["package"], reports["raw"]

    def text(report: dict[str, Any]) -> str:
        return (
            f"{report['alive']}/100 dead cycles alive after {report['after']} automatic collections; "
            f"{report['during']} collections during the call; gc calls: {report['calls'] or 'none'}; "
            f"enabled/thresholds/freeze count {'unchanged' if report['unchanged'] else 'CHANGED'}"
        )

    met = ours["alive"] == raw["alive"] == 0 and not ours["calls"] and ours["unchanged"]
    return [
        Result(
            "2c. GC side effects",
            f"app with 1,000,000 objects, 100 dead cycles made just before get_data_connections_full.sync ({rows:,})",
            text(ours),
            f"raw httpx + json.loads: {text(raw)}",
            "",
            "collected as without the package",
            met,
        )
    ]


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


# Each tool's `--help`, started as its console script does (`from <package>.cli import main; main()`).
CLI_HELP = (
    "import sys\n"
    "from {package}.cli import main\n"
    "sys.argv = ['{command}', '--help']\n"
    "try:\n    main()\nexcept SystemExit as done:\n    assert done.code == 0, done.code"
)


def bench_cli(reps: int, scratch: Path) -> list[Result]:
    """`<tool> --help` against a bare interpreter, interleaved: the command line must answer at once."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache-cli")
    env["PYTHONPATH"] = os.pathsep.join(CLIENT_DIRS)

    def run(code: str) -> float:
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"{code!r} failed: {done.stderr.strip().splitlines()[-1:]}")
        return time.perf_counter() - start

    results = []
    for service in SERVICES.values():
        if not service.cli:
            continue
        code = CLI_HELP.format(package=service.package_name, command=service.cli["command"])
        run(code)  # compiles the bytecode cache
        run("pass")
        tool: list[float] = []
        bare: list[float] = []
        for _ in range(reps):
            tool.append(run(code))
            bare.append(run("pass"))
        differences = [a - b for a, b in zip(tool, bare, strict=True)]
        results.append(
            Result(
                group="8. command-line start-up",
                name=f"{service.cli['command']} --help",
                measured=f"+{spread(differences, 1e3)} ms wall",
                baseline=f"python -c pass: {spread(bare, 1e3)} ms",
                ratio="",
                target="≤ 150 ms above bare Python",
                met=statistics.median(differences) * 1e3 <= 150,
                note="click only; httpx, rich and the package's models are not imported",
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
        target=1.1,
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


# ---------------------------------------------------------------------------------------------- in-process fake


@dataclass(frozen=True)
class FakeScenario:
    """What to time through a package's fake: one small call, then creates and a full (paged) list."""

    call: str
    one: Callable[[Any], object]
    create: Callable[[Any, int], object]
    count: Callable[[Any], int]
    setup: Callable[[Any], None] = lambda fake: None
    note: str = ""


def _seed_store(fake: Any) -> None:
    fake.data_stores.add(id="ds1", type="s3", technicalName="sales")


def _seed_table(fake: Any) -> None:
    fake.tables.add(orders=[])


# Per package with a `fake:` (generator/services/*.yaml); a fake without a scenario shows as a failed line.
FAKE_SCENARIOS = {
    "qlik_qrs_client": FakeScenario(
        "data_connections.count()",
        lambda c: c.data_connections.count(),
        lambda c, i: c.data_connections.create(name=f"c{i}", connectionstring="C:\\Data", type="folder"),
        lambda c: len(list(c.data_connections.list())),
        note="QRS lists are not paged: one GET returns all 1,000",
    ),
    "qlik_data_stores_client": FakeScenario(
        "data_stores.get(id)",
        lambda c: c.data_stores.get("ds1"),
        lambda c, i: c.data_stores.create(type="s3", technical_name=f"t{i}"),
        lambda c: len(list(c.data_stores.list(limit=100))),
        _seed_store,
        note="the list follows 11 next links (limit=100)",
    ),
    "dataplus_server_client": FakeScenario(
        "status.get()",
        lambda c: c.status.get(),
        lambda c, i: c.entries.insert("orders", {"amount": str(i)}),
        lambda c: len(list(c.entries.list("orders", limit=100))),
        _seed_table,
        note="the list reads 10 pages by offset (limit=100)",
    ),
    "qalyptus_cloud_client": FakeScenario(
        "users.get(id)",
        lambda c: c.users.get("0b6f3e1a-2c4d-4e5f-8a9b-1c2d3e4f5a6b"),
        lambda c, i: c.users.create(first_name=f"u{i}", last_name="Bench", email=f"u{i}@example.com", organizations=[]),
        lambda c: len(c.users.list()),
        lambda fake: fake.users.add(id="0b6f3e1a-2c4d-4e5f-8a9b-1c2d3e4f5a6b", firstName="Ada", lastName="B"),
        note="Qalyptus lists are not paged: one GET returns all 1,000",
    ),
}


def _canned_transport(fake: Any, one: Callable[[Any], object], client_of: Callable[[Any], Any]) -> httpx.MockTransport:
    """A MockTransport always answering what the fake answered to `one` (same status, headers and body)."""
    answered: list[httpx.Response] = []

    def keep(request: httpx.Request) -> httpx.Response:
        response = fake.handle_request(request)
        answered.append(response)
        return response

    with client_of(httpx.MockTransport(keep)) as client:
        one(client)
    status, content, headers = answered[-1].status_code, answered[-1].content, dict(answered[-1].headers)
    return httpx.MockTransport(lambda _: httpx.Response(status, content=content, headers=headers))


def bench_fake(reps: int, calls: int) -> list[Result]:
    """Each package's fake: a call through it vs the same client on a MockTransport's canned body, and 1,000
    creates + the full list."""
    results = []
    for service in SERVICES.values():
        if "fake" not in service.capabilities:
            continue
        package, capability = service.package_name, service.capabilities["fake"]
        group, fake_name = "8. in-process fake", f"{package}.testing.{capability['name']}"
        scenario = FAKE_SCENARIOS.get(package)
        if scenario is None:
            results.append(Result(group, fake_name, "–", "", "", "", False, "no scenario in bench FAKE_SCENARIOS"))
            continue
        fake_class = getattr(importlib.import_module(f"{package}.testing"), capability["name"])
        entry = getattr(importlib.import_module(package), service.resources["client"])
        fake = fake_class()
        scenario.setup(fake)

        def client_of(transport: httpx.BaseTransport, fake: Any = fake, entry: Any = entry) -> Any:
            return entry(base_url=fake.base_url, httpx_args={"transport": transport}, **fake.client_options())

        canned = _canned_transport(fake, scenario.one, client_of)
        with fake.client() as through_fake, client_of(canned) as mock:

            def run(client: Any, one: Callable[[Any], object] = scenario.one) -> Callable[[], None]:
                def calls_of() -> None:
                    for _ in range(calls):
                        one(client)

                return calls_of

            a, b = interleaved([run(through_fake), run(mock)], reps)
            fake.requests.clear()
        results.append(
            ratio_result(
                group,
                f"{service.resources['client']}.{scenario.call} through {capability['name']}",
                [t / calls for t in a],
                [t / calls for t in b],
                unit="µs/call",
                scale=1e6,
                baseline="the same client on httpx.MockTransport returning the fake's answer, canned",
                target=2.0,
                note=f"{calls} calls per repetition",
            )
        )
        times, inside = [], []
        for _ in range(reps):
            fresh = fake_class()
            scenario.setup(fresh)
            spent = [0.0]

            def timed(request: httpx.Request, answer: Any = fresh.handle_request, spent: list[float] = spent) -> Any:
                began = time.perf_counter()
                try:
                    return answer(request)
                finally:
                    spent[0] += time.perf_counter() - began

            fresh.handle_request = timed  # the share of the fake itself (the rest is the client's per-call cost)
            with fresh.client() as client:
                start = time.perf_counter()
                for i in range(1000):
                    scenario.create(client, i)
                listed = scenario.count(client)
                times.append(time.perf_counter() - start)
            inside.append(spent[0])
            assert listed >= 1000, listed
        results.append(
            Result(
                group,
                f"1,000 creates + the full list through {capability['name']}",
                f"{spread(times, 1e3)} ms",
                "",
                "",
                "< 1000 ms",
                statistics.median(times) < 1.0,
                f"{scenario.note}; in the fake itself: {spread(inside, 1e3)} ms",
            )
        )
    return results


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
  round, with `gc.collect()` before each timed block (the collector stays enabled while timing, as in any
  application). Figures are median [min–max] of the repetitions; the ratio is the median [min–max] of the
  per-round ratios A/B. Lines marked "(information)" have no target: they show where the time goes.
- Per-call overhead: one small GET per package through its generated `sync_detailed` (QRS
  `get_data_connections_count`: Xrfkey on query and header; data stores `get_data_store`; Qalyptus `get_tasks`
  with its envelope; Data+ `get_status`), against a raw `httpx.Client` doing the same request correctly
  (credentials set once on the client, a fresh `secrets.token_hex(8)` Xrfkey per QRS request, status checked,
  `.json()`, Qalyptus' `isSuccess` checked), over an `httpx.MockTransport` serving `bench/loopback.py`'s bodies,
  then against `bench/loopback.py` itself (an asyncio HTTP/1.1 keep-alive server in its own process on
  127.0.0.1; connections open before timing starts).
- Typed parse: generated QRS rows (owner, 0–3 tags, 0–2 custom properties with definitions, two date-times,
  two UUIDs, fields the spec does not list) and a Data+ page of id + 8 string columns; the same bytes on both
  sides. The `sync_detailed` lines (the targets) run the full generated path over a MockTransport returning
  those bytes, against a raw `httpx.Client` GET + `.json()` over the same transport. The cost-per-object line
  times the same path at 10,000 and 100,000 rows, interleaved. The information lines compare, with
  `json.loads` of the same bytes: this package's `from_dict` in a caller's loop; the plain generator's models
  (openapi-python-client's own model template rendered into `build/bench-reference`) with its endpoint loop
  (`response.json()` then `from_dict` per item); pydantic v2 `TypeAdapter.validate_json` and msgspec
  `Decoder(type).decode` on hand-written models of the same schema (`bench/other_models.py`; pydantic keeps
  undocumented keys, msgspec drops them).
- Peak memory: each parse once in a fresh interpreter (`--rss-child`), after a warm-up on a 20-item body;
  peak RSS (`VmHWM`) minus RSS just before the parse, the body already in memory. The endpoint line includes
  the response's copy of the bytes; `json.loads` of the same bytes is the baseline.
- GC side effects: in a fresh interpreter holding 1,000,000 objects of its own, `gc.collect()`, then 100 dead
  two-object cycles, then one call (10,000 QRS connections through the package, or the same GET + `.json()`
  with raw httpx); then ordinary allocations until 10 more automatic collections have run or the cycles are
  gone. Every `gc` function that changes the collector's state is wrapped to record calls. Met when no cycle
  survives, no such function was called and enabled/thresholds/freeze count are unchanged.
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
- Before: `BENCH_CLIENTS=<dir> python bench/run.py ... --json bench/before.json` runs the same benchmarks on
  another clients/ tree (here the commit before this work, extracted with `git archive`).
"""


BEFORE = BENCH / "before.json"


def write_markdown(path: Path, results: list[Result], reps: dict[str, int], elapsed: float) -> None:
    lines = ["# Benchmark results", "", "Written by `bench/run.py` (`make bench`).", ""]
    lines += ["| | |", "|---|---|"] + [f"| {k} | {v} |" for k, v in environment()]
    lines += [f"| repetitions | {', '.join(f'{k} {v}' for k, v in reps.items())} |"]
    lines += [f"| total run time | {elapsed:.0f} s |", ""]
    before: dict[str, dict[str, Any]] = {}
    if BEFORE.is_file():
        saved = json.loads(BEFORE.read_text(encoding="utf-8"))
        before = {f"{r['group']}: {re.sub(r', [0-9]+ calls/rep$', '', r['name'])}": r for r in saved["results"]}
        lines += [
            f"Before: `{BEFORE.relative_to(ROOT)}`, the same benchmarks on the clients of {saved['source']} "
            f"({saved['date']}), shown where a line has the same name.",
            "",
        ]
    lines += [
        "| benchmark | measured | baseline | ratio | target | met | before |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        name = f"**{r.group}**: {r.name}" + (f" <br>_{r.note}_" if r.note else "")
        old = before.get(f"{r.group}: {r.name}")
        then = "–" if old is None else (old["ratio"] or old["measured"]) + (f" (met: {met_text(old['met'])})")
        cells = (name, r.measured, r.baseline or "–", r.ratio or "–", r.target, met_text(r.met), then)
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", METHOD]
    notes = BENCH / "notes.md"  # hand-written: what the figures mean, what bounds a missed target
    if notes.is_file():
        lines += [notes.read_text(encoding="utf-8")]
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", choices=BENCH_NAMES, help="run only these benchmarks")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions and calls (a smoke run)")
    parser.add_argument("--source", default="worktree", help="what `generate` copies: worktree (default) or a git rev")
    parser.add_argument("--output", type=Path, help="markdown file to write (default: bench/results.md on a full run)")
    parser.add_argument("--profile", action="store_true", help="print cProfile tables of the parse and call paths")
    parser.add_argument("--json", type=Path, help="also write the results as JSON (bench/before.json for a before run)")
    parser.add_argument("--label", default="", help="what the JSON results were measured on, e.g. a commit")
    parser.add_argument("--rss-child", nargs=3, metavar=("KIND", "DATASET", "BODY"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rss_child:
        rss_child(*args.rss_child)
        return
    if args.profile:
        profile(10_000)
        return

    selected = args.only or list(BENCH_NAMES)
    quick = args.quick
    # At least 5 everywhere; import runs and per-call rounds are cheap and noisy, so they get more.
    reps = {
        "overhead": 3 if quick else 5,
        "parse": 3 if quick else 5,
        "rss": 1,
        "gc": 1,
        "import": 3 if quick else 9,
        "generate": 1 if quick else 3,
        "async": 3 if quick else 3,
        "cli": 5 if quick else 15,
        "fake": 3 if quick else 5,
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
                        results += bench_overhead(
                            server, reps[name], 300 if quick else 1000, 100 if quick else 300, scratch
                        )
                    elif name == "parse":
                        results += bench_parse(reps[name], 10_000, scratch)
                    elif name == "rss":
                        results += bench_rss(10_000, scratch)
                    elif name == "gc":
                        results += bench_gc(10_000, scratch)
                    elif name == "import":
                        results += bench_import(reps[name], scratch)
                    elif name == "cli":
                        results += bench_cli(reps[name], scratch)
                    elif name == "generate":
                        results += bench_generate(reps[name], scratch, args.source)
                    elif name == "async":
                        assert server is not None
                        results += bench_async(server, reps[name], 1000)
                    elif name == "fake":
                        results += bench_fake(reps[name], 300 if quick else 1000)
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
    if args.json is not None:
        payload = {
            "source": args.label or str(CLIENTS),
            "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "results": [dataclasses.asdict(r) for r in results],
        }
        args.json.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
        print(f"wrote {output}")


if __name__ == "__main__":
    main()
