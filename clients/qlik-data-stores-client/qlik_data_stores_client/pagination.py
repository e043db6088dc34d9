# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Every item of a paged list operation, fetched page by page as you iterate.

    from qlik_data_stores_client.api.data_stores import get_data_stores
    from qlik_data_stores_client.pagination import paginate

    for store in paginate(get_data_stores.sync_detailed, client=client, limit=100):
        print(store.name)

The first page is requested with the operation's own arguments; later pages follow the server's
``links.next.href`` (same host only, so credentials never leave the API). Only the current page is held.
Retries (including on 429) apply to every page as to any other request.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, overload

import httpx

from . import _runtime, errors
from .client import AuthenticatedClient, Client
from .models import DataAsset, DataAssetPage, DataSet, DataSetPage, DataStore, DataStorePage, ErrorResponse
from .types import Response, Unset

__all__ = ["apaginate", "paginate"]

_PAGED_MODULES = frozenset(
    {
        "qlik_data_stores_client.api.data_stores.get_data_stores",
        "qlik_data_stores_client.api.data_stores.get_data_assets",
        "qlik_data_stores_client.api.data_stores.get_data_sets",
    }
)
_Page = DataStorePage | DataAssetPage | DataSetPage


def _module_of(operation: Callable[..., Any]) -> Any:
    module = sys.modules.get(getattr(operation, "__module__", ""), None)
    if module is None or module.__name__ not in _PAGED_MODULES:
        raise TypeError(
            "paginate() takes the sync_detailed/asyncio_detailed function of a list operation: "
            + ", ".join(sorted(name.rsplit(".", 1)[1] for name in _PAGED_MODULES))
        )
    return module


def _page(response: Response[Any]) -> _Page:
    parsed = response.parsed
    if isinstance(
        parsed,
        (
            DataStorePage,
            DataAssetPage,
            DataSetPage,
        ),
    ):
        return parsed
    # Only with raise_on_error=False: an error page cannot be iterated over, so raise it anyway.
    raise errors.error_class_for(int(response.status_code))(
        status_code=int(response.status_code),
        headers=httpx.Headers(response.headers),
        content=response.content,
        method="GET",
        url="(page of a list operation)",
    )


def _next_url(client: AuthenticatedClient | Client, page: _Page, seen: set[str]) -> str | None:
    links = page.links
    if isinstance(links, Unset) or isinstance(links.next_, Unset) or isinstance(links.next_.href, Unset):
        return None
    href = links.next_.href
    if not href:
        return None
    base = httpx.URL(client.base_url + "/")
    url = base.join(href)
    if (url.scheme, url.host, url.port) != (base.scheme, base.host, base.port):
        raise errors.UnexpectedResponseError(
            "The next-page link points to another host; it is not followed so that credentials stay with the API",
            status_code=200,
            content=href.encode(),
        )
    text = str(url)
    if text in seen:  # a server repeating a link would otherwise loop forever
        return None
    seen.add(text)
    return text


@overload
def paginate(
    operation: Callable[..., Response[DataStorePage | ErrorResponse]],
    *,
    client: AuthenticatedClient | Client,
    **kwargs: Any,
) -> Iterator[DataStore]: ...


@overload
def paginate(
    operation: Callable[..., Response[DataAssetPage | ErrorResponse]],
    *,
    client: AuthenticatedClient | Client,
    **kwargs: Any,
) -> Iterator[DataAsset]: ...


@overload
def paginate(
    operation: Callable[..., Response[DataSetPage | ErrorResponse]],
    *,
    client: AuthenticatedClient | Client,
    **kwargs: Any,
) -> Iterator[DataSet]: ...


def paginate(
    operation: Callable[..., Response[Any]], *, client: AuthenticatedClient | Client, **kwargs: Any
) -> Iterator[Any]:
    """Yield the items of every page of a list operation (pass its ``sync_detailed`` function)."""
    module = _module_of(operation)
    seen: set[str] = set()
    response = operation(client=client, **kwargs)
    while True:
        page = _page(response)
        next_url = _next_url(client, page, seen)
        items = [] if isinstance(page.data, Unset) else page.data
        del page, response  # hold only the items of the current page while they are consumed
        yield from items
        if next_url is None:
            return
        response = module._build_response(
            client=client, response=_runtime.send(client, {"method": "GET", "url": next_url})
        )


@overload
def apaginate(
    operation: Callable[..., Awaitable[Response[DataStorePage | ErrorResponse]]],
    *,
    client: AuthenticatedClient | Client,
    **kwargs: Any,
) -> AsyncIterator[DataStore]: ...


@overload
def apaginate(
    operation: Callable[..., Awaitable[Response[DataAssetPage | ErrorResponse]]],
    *,
    client: AuthenticatedClient | Client,
    **kwargs: Any,
) -> AsyncIterator[DataAsset]: ...


@overload
def apaginate(
    operation: Callable[..., Awaitable[Response[DataSetPage | ErrorResponse]]],
    *,
    client: AuthenticatedClient | Client,
    **kwargs: Any,
) -> AsyncIterator[DataSet]: ...


async def apaginate(
    operation: Callable[..., Awaitable[Response[Any]]], *, client: AuthenticatedClient | Client, **kwargs: Any
) -> AsyncIterator[Any]:
    """The async twin of ``paginate`` (pass the operation's ``asyncio_detailed`` function)."""
    module = _module_of(operation)
    seen: set[str] = set()
    response = await operation(client=client, **kwargs)
    while True:
        page = _page(response)
        next_url = _next_url(client, page, seen)
        items = [] if isinstance(page.data, Unset) else page.data
        del page, response
        for item in items:
            yield item
        if next_url is None:
            return
        raw = await _runtime.send_async(client, {"method": "GET", "url": next_url})
        response = module._build_response(client=client, response=raw)
