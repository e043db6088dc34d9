"""Tier pacing counts what is sent: the server's own receive timestamps never show more than the limit in any
window of the period, with 4 threads (or tasks) sharing one client.

Limits are made small (5 requests per 1 s) so the test takes about 2 s. Tolerance: a window is taken as
period - TOLERANCE long, allowing 30 ms for thread scheduling and loopback delivery between the moment a
slot is taken and the moment the server has read the request head (the machine is shared).
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from apis import APIS_BY_NAME, call
from qlik_data_stores_client import _tier_pacing
from qlik_data_stores_client.api.data_stores import get_data_stores
from rawserver import RawServer, send

LIMIT = 5
PERIOD = 1.0
TOLERANCE = 0.03
REQUESTS = 12  # 5 + 5 + 2: three windows, about 2 s
WORKERS = 4
STORES = APIS_BY_NAME["data_stores"]


def paced_client(origin: str) -> Any:
    client = STORES.package.AuthenticatedClient(
        f"{origin}/api", token="t0ken-for-pacing", rate_limit=True, max_retries=0, timeout=5.0
    )
    client.service_hooks.limiter = _tier_pacing.RateLimiter(limits={1: LIMIT, 2: LIMIT}, period=PERIOD)
    assert client.rate_limiter is client.service_hooks.limiter
    return client


def busiest_window(times: list[float]) -> int:
    times = sorted(times)
    return max(sum(1 for t in times[i:] if t - start < PERIOD - TOLERANCE) for i, start in enumerate(times))


def test_threads_sharing_a_paced_client_never_exceed_the_limit_at_the_server() -> None:
    with RawServer(send(200, {"data": []})) as server:
        client = paced_client(server.origin)
        remaining = list(range(REQUESTS))
        lock = threading.Lock()
        failures: list[BaseException] = []

        def worker() -> None:
            while True:
                with lock:
                    if not remaining:
                        return
                    remaining.pop()
                try:
                    get_data_stores.sync(client=client)
                except BaseException as error:  # noqa: BLE001
                    failures.append(error)
                    return

        threads = [threading.Thread(target=worker, daemon=True) for _ in range(WORKERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=15)
        assert not any(t.is_alive() for t in threads), "pacing did not finish in time"
        client.close()
        times = [r.received_at for r in server.requests]
    assert failures == []
    assert len(times) == REQUESTS
    assert busiest_window(times) <= LIMIT, str(sorted(round(t - min(times), 3) for t in times))
    assert max(times) - min(times) >= 2 * PERIOD - TOLERANCE, "12 requests at 5 per second span two periods"


def test_tasks_sharing_a_paced_client_never_exceed_the_limit_at_the_server() -> None:
    with RawServer(send(200, {"data": []})) as server:
        client = paced_client(server.origin)

        async def main() -> None:
            queue = list(range(REQUESTS))

            async def worker() -> None:
                while queue:
                    queue.pop()
                    await get_data_stores.asyncio(client=client)

            try:
                await asyncio.wait_for(asyncio.gather(*(worker() for _ in range(WORKERS))), timeout=15)
            finally:
                await client.aclose()

        asyncio.run(main())
        times = [r.received_at for r in server.requests]
    assert len(times) == REQUESTS
    assert busiest_window(times) <= LIMIT, str(sorted(round(t - min(times), 3) for t in times))


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_retried_attempts_take_their_own_slots(mode: str) -> None:
    # Every attempt is a send: a 429 answered twice, then 200; with a limit of 2 per second the third attempt
    # must wait for the window.
    answers = iter([429, 429])

    def respond(conn: Any, request: Any) -> None:
        status = next(answers, 200)
        send(status, {"data": []}, headers={"Retry-After": "0"})(conn, request)

    with RawServer(respond) as server:
        client = STORES.client(server.origin, retries=2, rate_limit=True)
        client.service_hooks.limiter = _tier_pacing.RateLimiter(limits={1: 2, 2: 2}, period=PERIOD)
        call(client, STORES.get, mode)
        times = sorted(r.received_at for r in server.requests)
    assert len(times) == 3
    assert times[2] - times[0] >= PERIOD - TOLERANCE, [round(t - times[0], 3) for t in times]
