"""Qlik Cloud tier pacing, and pagination of data stores pages and Data+ tables."""

from __future__ import annotations

import asyncio
import collections
import inspect
import threading
from unittest import mock
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from conftest import load_spec, operations
from dataplus_server_client import AuthenticatedClient as DataPlus
from dataplus_server_client import pagination as dataplus_pages
from helpers import FakeSleep, Recorder, api_modules
from openapi_python_client.strings import snake_case
from qlik_data_stores_client import AuthenticatedClient, RetryConfig, UnexpectedResponseError
from qlik_data_stores_client import pagination as store_pages
from qlik_data_stores_client.api.data_stores import create_data_store, get_data_assets, get_data_store, get_data_stores
from qlik_data_stores_client.models import DataAsset, DataStore, DataStoreRequest

from generator.runtime._tier_pacing import RateLimiter

BASE = "https://acme.eu.qlikcloud.com/api"


class FakeClock:
    """A monotonic clock that advances only when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.lock = threading.Lock()

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self.lock:
            self.now += seconds


def test_every_operation_carries_its_tier_from_the_spec() -> None:
    """Each request names its operation's x-rate-limit-tier in its extensions; the pacing reads it from there."""
    spec = load_spec("qlik-data-stores")
    modules = {module.__name__.rsplit(".", 1)[1]: module for module in api_modules("qlik_data_stores_client")}
    seen = 0
    for _method, _path, operation in operations(spec):
        module = modules[snake_case(operation["operationId"])]
        arguments = {
            name: mock.MagicMock() if name == "body" else "x"
            for name, parameter in inspect.signature(module._get_kwargs).parameters.items()
            if parameter.default is inspect.Parameter.empty
        }
        assert module._get_kwargs(**arguments)["extensions"] == {"rate_limit_tier": operation["x-rate-limit-tier"]}
        seen += 1
    assert seen == 10
    assert get_data_stores._get_kwargs()["extensions"] == {"rate_limit_tier": 1}
    assert create_data_store._get_kwargs(body=DataStoreRequest(type_="t", technical_name="n"))["extensions"] == {
        "rate_limit_tier": 2
    }


@pytest.mark.parametrize(("tier", "limit", "calls"), [(2, 100, 250), (1, 1000, 2200)])
def test_limiter_never_lets_more_than_the_tier_limit_start_in_any_minute(tier: int, limit: int, calls: int) -> None:
    clock = FakeClock()
    limiter = RateLimiter(clock=clock)
    starts = []
    for _ in range(calls):
        while (wait := limiter.acquire(tier)) > 0:
            clock.sleep(wait)
        starts.append(clock.now)
    # sliding window: the (limit+1)-th start after any start is at least 60 s later
    assert all(starts[i + limit] - starts[i] >= 60.0 for i in range(calls - limit))
    # and it is not slower than needed: bursts of `limit`, then exactly one window per batch
    assert starts[limit - 1] == 0.0 and starts[limit] == 60.0 and starts[-1] == 60.0 * ((calls - 1) // limit)


def test_client_paces_tier_2_writes_across_threads() -> None:
    """150 tier-2 calls from 3 threads on one client: at most 100 slots are taken in any 60 s of the (fake) clock,
    which every wait advances; a slot is taken (and its time recorded) right before its request goes out."""
    clock = FakeClock()
    sent: list[float] = []

    class RecordedSends(collections.deque):  # the limiter's record of tier-2 sends, appended under its lock
        def append(self, when: float) -> None:
            sent.append(when)
            super().append(when)

    recorder = Recorder(httpx.Response(201, json={"id": "s1", "type": "t", "technicalName": "n"}))
    client = AuthenticatedClient(
        BASE,
        token="t",
        rate_limit=True,
        retry_config=RetryConfig(sleep=clock.sleep),
        httpx_args={"transport": recorder.transport},
    )
    assert client.rate_limiter is not None
    client.rate_limiter.clock = clock
    client.rate_limiter._sends[2] = RecordedSends(maxlen=100)
    body = DataStoreRequest(type_="t", technical_name="n")

    def worker() -> None:
        for _ in range(50):
            create_data_store.sync(client=client, body=body)

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(recorder.requests) == 150
    times = sorted(sent)
    assert all(times[i + 100] - times[i] >= 60.0 for i in range(len(times) - 100))
    assert times[99] == 0.0 and times[100] >= 60.0  # the first 100 went at once
    # tier 1 reads are paced separately and were not slowed down by the writes
    assert client.rate_limiter.acquire(1) == 0.0


def test_rate_limit_is_off_by_default() -> None:
    assert AuthenticatedClient(BASE, token="t").rate_limiter is None


# ---------------------------------------------------------------------------------------------- data stores pages


def store_page(number: int, pages: int, host: str = "acme.eu.qlikcloud.com") -> dict:
    next_link = {"href": f"https://{host}/api/v1/data-stores?page={number + 1}&limit=2"} if number < pages else {}
    return {
        "data": [{"id": f"s{number}-{i}", "type": "t", "technicalName": f"n{i}"} for i in range(2)],
        "page": number,
        "pages": pages,
        "links": {"self": {"href": "x"}, **({"next": next_link} if next_link else {})},
    }


def test_paginate_follows_next_links_through_a_429_and_yields_typed_items() -> None:
    answers = [
        httpx.Response(200, json=store_page(1, 3)),
        httpx.Response(429, headers={"Retry-After": "2"}),
        httpx.Response(200, json=store_page(2, 3)),
        httpx.Response(200, json=store_page(3, 3)),
    ]
    recorder = Recorder(*answers)
    sleep = FakeSleep()
    client = AuthenticatedClient(
        BASE, token="t", retry_config=RetryConfig(sleep=sleep), httpx_args={"transport": recorder.transport}
    )
    items = store_pages.paginate(get_data_stores.sync_detailed, client=client, limit=2, sort=["-name"])
    first = next(items)
    assert isinstance(first, DataStore) and first.id == "s1-0"
    assert len(recorder.requests) == 1, "pages are fetched lazily"
    rest = list(items)
    assert [s.id for s in rest] == ["s1-1", "s2-0", "s2-1", "s3-0", "s3-1"]
    assert sleep.waits == [2.0]
    queries = [parse_qs(urlsplit(str(r.url)).query) for r in recorder.requests]
    assert queries[0] == {"limit": ["2"], "sort": ["-name"]}
    assert queries[2]["page"] == ["2"] and queries[3]["page"] == ["3"]
    assert all(r.headers["Authorization"] == "Bearer t" for r in recorder.requests)


def test_paginate_refuses_to_follow_a_link_to_another_host() -> None:
    recorder = Recorder(httpx.Response(200, json=store_page(1, 2, host="evil.example.com")))
    client = AuthenticatedClient(BASE, token="t", httpx_args={"transport": recorder.transport})
    with pytest.raises(UnexpectedResponseError, match="another host"):
        list(store_pages.paginate(get_data_stores.sync_detailed, client=client))
    assert len(recorder.requests) == 1


def test_paginate_async_and_other_list_operations() -> None:
    asset = {"id": "a", "name": "asset", "technicalName": "t", "appType": "x", "dataStoreInfo": {"id": "s"}}
    page = {"data": [asset], "links": {"next": {"href": "/api/v1/data-stores/s/data-assets?page=2"}}}
    recorder = Recorder(httpx.Response(200, json=page), httpx.Response(200, json={"data": [asset], "links": {}}))
    client = AuthenticatedClient(BASE, token="t", httpx_args={"transport": recorder.transport})

    async def collect() -> list[DataAsset]:
        return [
            a async for a in store_pages.apaginate(get_data_assets.asyncio_detailed, client=client, data_store_ids="s")
        ]

    assets = asyncio.run(collect())
    assert [type(a) for a in assets] == [DataAsset, DataAsset]
    assert recorder.requests[1].url.path == "/api/v1/data-stores/s/data-assets"


def test_paginate_rejects_operations_that_are_not_lists() -> None:
    with pytest.raises(TypeError, match="list operation"):
        list(store_pages.paginate(get_data_store.sync_detailed, client=AuthenticatedClient(BASE, token="t")))


# ---------------------------------------------------------------------------------------------- Data+ tables


def entries_server(total: int, fail_at: int | None = None):
    calls: list[dict[str, list[str]]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        query = parse_qs(urlsplit(str(request.url)).query)
        calls.append(query)
        if fail_at is not None and len(calls) == fail_at:
            return httpx.Response(429, headers={"Retry-After": "1"})
        offset, limit = int(query["offset"][0]), int(query["limit"][0])
        rows = [{"id": f"{2024}|;|{i}", "col1": str(i)} for i in range(offset, min(offset + limit, total))]
        return httpx.Response(
            200, json={"data": rows, "count": len(rows), "offset": offset, "limit": limit, "total": total}
        )

    return handler, calls


def test_dataplus_paginate_walks_offsets_until_total_with_a_429_in_between() -> None:
    handler, calls = entries_server(total=25, fail_at=2)
    sleep = FakeSleep()
    from dataplus_server_client import RetryConfig as DataPlusRetry

    client = DataPlus.for_server(
        "k", retry_config=DataPlusRetry(sleep=sleep), httpx_args={"transport": httpx.MockTransport(handler)}
    )
    rows = list(dataplus_pages.paginate(client, table="orders", limit=10))
    assert [r.additional_properties["col1"] for r in rows] == [str(i) for i in range(25)]
    assert rows[0].id == "2024|;|0"
    assert [c["offset"] for c in calls] == [["0"], ["10"], ["10"], ["20"]]
    assert sleep.waits == [1.0]


def test_dataplus_paginate_defaults_to_the_documented_maximum_and_stops_on_empty_pages() -> None:
    handler, calls = entries_server(total=0)
    client = DataPlus.for_server("k", httpx_args={"transport": httpx.MockTransport(handler)})
    assert list(dataplus_pages.paginate(client, table="t", columns="id,col1")) == []
    assert calls == [{"table": ["t"], "limit": ["10000"], "offset": ["0"], "columns": ["id,col1"]}]
    with pytest.raises(ValueError, match="limit must be an integer from 1 to 10000"):
        list(dataplus_pages.paginate(client, table="t", limit=10001))


def test_dataplus_apaginate() -> None:
    handler, _ = entries_server(total=5)
    client = DataPlus.for_server("k", httpx_args={"transport": httpx.MockTransport(handler)})

    async def collect() -> list[str]:
        return [r.id async for r in dataplus_pages.apaginate(client, table="t", limit=2)]

    assert len(asyncio.run(collect())) == 5
