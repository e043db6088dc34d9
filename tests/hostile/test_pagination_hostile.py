"""Next-page links from a hostile server: a link leaving the API's base path is refused (and not requested), and
a server that keeps handing out new links is stopped by a page limit with a typed error."""

from __future__ import annotations

import asyncio
import inspect
import json
from typing import Any

import pytest
from apis import APIS_BY_NAME
from qlik_data_stores_client.api.data_stores import get_data_stores
from qlik_data_stores_client.pagination import apaginate, paginate
from rawserver import RawServer, Request, response_bytes

STORES = APIS_BY_NAME["data_stores"]
ITEM = {"id": "s-1", "type": "s3", "technicalName": "a"}


def page(next_href: str | None) -> bytes:
    body: dict[str, Any] = {"data": [ITEM]}
    if next_href is not None:
        body["links"] = {"next": {"href": next_href}}
    return json.dumps(body).encode()


def first_page_links_to(href: str) -> Any:
    def respond(conn: Any, request: Request) -> None:
        if request.path == "/api/v1/data-stores":
            conn.sendall(response_bytes(200, page(href)))
        else:
            conn.sendall(response_bytes(200, b"root:x:0:0:root:/root:/bin/sh\n", content_type="text/plain"))

    return respond


def collect(client: Any, mode: str, **kwargs: Any) -> list[Any]:
    if mode == "sync":
        return list(paginate(get_data_stores.sync_detailed, client=client, **kwargs))

    async def run() -> list[Any]:
        try:
            return [item async for item in apaginate(get_data_stores.asyncio_detailed, client=client, **kwargs)]
        finally:
            await client.aclose()

    return asyncio.run(asyncio.wait_for(run(), timeout=30))


ESCAPES = [
    "/../../../etc/passwd?x=1",
    "../../../etc/passwd?x=1",
    "/api/../etc/passwd?x=1",
    "/api/v1/../../etc/passwd?x=1",
    "/api/%2e%2e/etc/passwd?x=1",
    "/api/v1/%2E%2E/%2e%2e/etc/passwd?x=1",
    "/etc/passwd?x=1",
    "/apix/v1/data-stores?page=2",
]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("href", ESCAPES)
def test_a_next_link_leaving_the_api_base_path_is_refused_and_not_requested(href: str, mode: str) -> None:
    with RawServer(first_page_links_to(href)) as server:
        client = STORES.client(server.origin, retries=0)
        with pytest.raises(STORES.package.ClientError) as caught:
            collect(client, mode)
        assert [r.path for r in server.requests] == ["/api/v1/data-stores"], "the escaping link was requested"
    assert isinstance(caught.value, STORES.package.UnexpectedResponseError), repr(caught.value)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_next_links_inside_the_base_path_are_followed(mode: str) -> None:
    hrefs = {"/api/v1/data-stores": "/api/v1/data-stores?page=2", "/api/v1/data-stores?page=2": "data-stores?page=3"}

    def respond(conn: Any, request: Request) -> None:
        conn.sendall(response_bytes(200, page(hrefs.get(request.target))))

    with RawServer(respond) as server:
        items = collect(STORES.client(server.origin, retries=0), mode)
        targets = [r.target for r in server.requests]
    assert len(items) == 3
    assert targets[:2] == ["/api/v1/data-stores", "/api/v1/data-stores?page=2"]
    assert targets[2].startswith("/api/"), targets


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_endless_chain_of_next_links_is_stopped_by_max_pages(mode: str) -> None:
    pages: list[int] = []

    def respond(conn: Any, request: Request) -> None:
        pages.append(1)
        conn.sendall(response_bytes(200, page(f"/api/v1/data-stores?page={len(pages) + 1}")))

    with RawServer(respond) as server:
        client = STORES.client(server.origin, retries=0)
        with pytest.raises(STORES.package.ClientError) as caught:
            collect(client, mode, max_pages=5)
        assert server.count() == 5, "exactly max_pages pages are requested"
    assert isinstance(caught.value, STORES.package.UnexpectedResponseError), repr(caught.value)


def test_the_default_page_limit_is_10000() -> None:
    # 10,000 real pages take too long for this suite; the default is read from the signatures.
    for function in (paginate, apaginate):
        parameter = inspect.signature(function).parameters.get("max_pages")
        assert parameter is not None, f"{function.__name__}() has no max_pages keyword"
        assert parameter.kind is inspect.Parameter.KEYWORD_ONLY and parameter.default == 10_000


# ---------------------------------------------------------------------------------------------- resource clients


def stores_client(handler: Any) -> Any:
    from qlik_data_stores_client import DataStoresClient

    return DataStoresClient(
        base_url="https://acme.eu.qlikcloud.com/api", token="tok-abcdefgh", httpx_args={"transport": handler}
    )


@pytest.mark.parametrize("href", ESCAPES)
def test_the_resource_pager_refuses_links_leaving_the_base_path(href: str) -> None:
    import httpx
    from qlik_data_stores_client import UnexpectedResponseError

    paths: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        return httpx.Response(200, content=page(href), headers={"Content-Type": "application/json"})

    cloud = stores_client(httpx.MockTransport(answer))
    with pytest.raises(UnexpectedResponseError, match="not followed"):
        list(cloud.data_stores.list())
    assert paths == ["/api/v1/data-stores"]


def test_the_resource_pager_stops_an_endless_chain(monkeypatch: pytest.MonkeyPatch) -> None:
    import httpx
    from qlik_data_stores_client import PageLimitError, _facade

    monkeypatch.setattr(_facade, "DEFAULT_MAX_PAGES", 5)
    count = 0

    def answer(request: httpx.Request) -> httpx.Response:
        nonlocal count
        count += 1
        return httpx.Response(
            200, content=page(f"/api/v1/data-stores?page={count + 1}"), headers={"Content-Type": "application/json"}
        )

    cloud = stores_client(httpx.MockTransport(answer))
    with pytest.raises(PageLimitError):
        list(cloud.data_stores.list())
    assert count == 5
