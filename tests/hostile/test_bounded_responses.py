"""Responses are bounded: ``max_response_bytes`` (default 256 MiB, decompressed size counted, None disables)
while reading, and ``call_timeout`` as an overall deadline for a call, a trickling body included.

Real sockets on 127.0.0.1. The memory test runs the client in a child process and reads its peak RSS.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from apis import APIS, APIS_BY_NAME, Api, call, error_type
from rawserver import RawServer, Request, gzip_bomb, response_bytes

MIB = 1 << 20
ROOT = Path(__file__).resolve().parents[2]


def streaming(total: int, *, chunk: int = MIB, gzip_body: bytes | None = None, record: list[str] | None = None) -> Any:
    """Answer 200 with a body of `total` bytes (a JSON string), sent chunk by chunk; notes when the client hung up."""

    def respond(conn: Any, request: Request) -> None:
        if gzip_body is not None:
            head = response_bytes(200, b"", headers={"Content-Length": str(len(gzip_body)), "Content-Encoding": "gzip"})
            payload = [gzip_body]
        else:
            head = response_bytes(200, b"", headers={"Content-Length": str(total)})
            body = b'"' + b"a" * (total - 2) + b'"'
            payload = [body[i : i + chunk] for i in range(0, total, chunk)]
        try:
            conn.sendall(head)
            for part in payload:
                conn.sendall(part)
        except OSError:
            if record is not None:
                record.append("client closed")
            return
        if record is not None:
            record.append("all sent")

    return respond


def too_large(api: Api) -> type[BaseException]:
    kind = error_type(api, "ResponseTooLargeError")
    assert issubclass(kind, api.package.UnexpectedResponseError)
    return kind


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_a_body_over_max_response_bytes_raises_and_closes_the_connection(api: Api, mode: str) -> None:
    seen: list[str] = []
    with RawServer(streaming(64 * MIB, record=seen)) as server:
        client = api.client(server.origin, retries=2, max_response_bytes=MIB)
        with pytest.raises(api.package.ClientError) as caught:
            call(client, api.get, mode)
        assert server.count() == 1, "a body that is too large is not asked for again"
    assert isinstance(caught.value, too_large(api)), repr(caught.value)
    assert caught.value.status_code == 200  # type: ignore[attr-defined]
    assert seen == ["client closed"], "the client stopped reading and closed the connection"


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_the_decompressed_size_counts(api: Api, mode: str) -> None:
    bomb = gzip_bomb(16)  # 16 KB on the wire, 16 MiB decoded
    assert len(bomb) < 32 * 1024
    with RawServer(streaming(0, gzip_body=bomb)) as server:
        client = api.client(server.origin, retries=0, max_response_bytes=MIB)
        with pytest.raises(api.package.ClientError) as caught:
            call(client, api.get, mode)
    assert isinstance(caught.value, too_large(api)), repr(caught.value)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_body_at_the_limit_is_read(mode: str) -> None:
    api = APIS_BY_NAME["dataplus"]
    body = json.dumps({"currentConnections": 1, "pad": "x" * 1000}).encode()
    with RawServer(
        lambda c, r: c.sendall(response_bytes(200, gzip.compress(body), headers={"Content-Encoding": "gzip"}))
    ) as server:
        result = call(api.client(server.origin, retries=0, max_response_bytes=len(body)), api.get, mode)
    assert result.current_connections == 1


def test_none_disables_the_limit_and_the_default_is_256_mib() -> None:
    api = APIS_BY_NAME["dataplus"]
    assert api.build("http://127.0.0.1:1").max_response_bytes == 256 * MIB
    with RawServer(streaming(3 * MIB)) as server:
        client = api.client(server.origin, retries=0, max_response_bytes=None)
        with pytest.raises(api.package.UnexpectedResponseError) as caught:  # a JSON string is not the status object
            call(client, api.get, "sync")
    assert not isinstance(caught.value, too_large(api))
    assert len(caught.value.content) == 3 * MIB


@pytest.mark.parametrize("value", [0, -1, True, 1.5, "10"])
def test_max_response_bytes_must_be_a_positive_integer(value: Any) -> None:
    with pytest.raises(ValueError):
        APIS_BY_NAME["dataplus"].build("http://127.0.0.1:1", max_response_bytes=value)


# ---------------------------------------------------------------------------------------------- overall deadline


def trickle(conn: Any, request: Request) -> None:
    """A few bytes every 100 ms: each read is well within the read timeout, the whole never ends (bounded 6 s)."""
    try:
        conn.sendall(response_bytes(200, b"", headers={"Content-Length": "100000"}) + b'{"data": [')
        for _ in range(60):
            time.sleep(0.1)
            conn.sendall(b"   ")
    except OSError:
        pass


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_call_timeout_stops_a_trickling_body(api: Api, mode: str) -> None:
    with RawServer(trickle) as server:
        client = api.client(server.origin, retries=2, call_timeout=0.8, timeout=httpx.Timeout(0.5, connect=2.0))
        started = time.monotonic()
        with pytest.raises(api.package.ClientError) as caught:
            call(client, api.get, mode)
        elapsed = time.monotonic() - started
    assert isinstance(caught.value, api.package.ApiTimeoutError), repr(caught.value)
    assert elapsed < 2.0, f"the call took {elapsed:.2f} s with call_timeout=0.8"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_call_timeout_covers_retry_waits(mode: str) -> None:
    api = APIS_BY_NAME["data_stores"]
    answer = response_bytes(503, b"{}", headers={"Retry-After": "30"})
    with RawServer(lambda c, r: c.sendall(answer)) as server:
        client = api.build(server.origin, max_retries=5, call_timeout=0.8, timeout=2.0)  # real sleeps
        started = time.monotonic()
        with pytest.raises(api.package.ClientError):
            call(client, api.get, mode)
        elapsed = time.monotonic() - started
    assert elapsed < 2.0, f"the call took {elapsed:.2f} s with call_timeout=0.8"


# ---------------------------------------------------------------------------------------------- peak memory

CHILD = """
import json, resource, sys
sys.path[:0] = {paths!r}
from apis import APIS_BY_NAME, call
api = APIS_BY_NAME["dataplus"]
client = api.client({origin!r}, retries=0, max_response_bytes={cap}, timeout=10.0)
# What the call adds is measured, not the interpreter and the imported packages (their size varies by machine).
base = [int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:")]
try:
    call(client, api.get, "sync")
    outcome = "returned"
except BaseException as error:
    outcome = type(error).__name__
# ru_maxrss of an exec'd child starts from its parent's peak on Linux (kept across exec); VmHWM is this process's own.
hwm = [int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:")]
maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"outcome": outcome, "maxrss_kib": hwm[0] if hwm else maxrss, "base_kib": base[0] if base else 0}}))
"""


def run_child(origin: str, cap: int) -> dict[str, Any]:
    paths = [str(ROOT / "tests" / "hostile"), str(ROOT / "tests")] + [
        str(p) for p in sorted((ROOT / "clients").iterdir())
    ]
    script = CHILD.format(paths=paths, origin=origin, cap=cap)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env={**os.environ}
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


CAP = 32 * MIB


def test_peak_memory_stays_bounded_for_a_200_mib_body() -> None:
    with RawServer(streaming(200 * MIB)) as server:
        report = run_child(server.origin, CAP)
    assert report["outcome"] == "ResponseTooLargeError"
    peak = (report["maxrss_kib"] - report["base_kib"]) * 1024
    assert peak < CAP + 48 * MIB, f"the call raised peak RSS by {peak / MIB:.0f} MiB (cap {CAP / MIB:.0f} MiB)"


def test_peak_memory_stays_bounded_for_a_1_mb_gzip_bomb() -> None:
    bomb = gzip_bomb(1024)  # about 1 MB on the wire, 1 GiB decoded
    assert len(bomb) < 1_200_000
    with RawServer(streaming(0, gzip_body=bomb)) as server:
        report = run_child(server.origin, CAP)
    assert report["outcome"] == "ResponseTooLargeError"
    peak = (report["maxrss_kib"] - report["base_kib"]) * 1024
    assert peak < CAP + 48 * MIB, f"the call raised peak RSS by {peak / MIB:.0f} MiB (cap {CAP / MIB:.0f} MiB)"
