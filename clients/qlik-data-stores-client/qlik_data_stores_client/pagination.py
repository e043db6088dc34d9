# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Every item of a paged list operation, fetched page by page as you iterate.

    from qlik_data_stores_client.api.data_stores import get_data_stores
    from qlik_data_stores_client.pagination import paginate

    for item in paginate(get_data_stores.sync_detailed, client=client, limit=100):
        print(item)

The first page is requested with the operation's own arguments; later pages follow the server's
``links.next.href`` (same host only, so credentials never leave the API). Only the current page is held.
Retries (including on 429) and rate-limit pacing apply to every page as to any other request.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, overload

from ._cursor_paging import DEFAULT_MAX_PAGES, apaginate_links, paginate_links
from .client import AuthenticatedClient, Client
from .models import DataAsset, DataAssetPage, DataSet, DataSetPage, DataStore, DataStorePage, ErrorResponse
from .types import Response

__all__ = ["apaginate", "paginate"]

# module of each paged operation -> the extensions its next-page requests carry (its rate-limit tier)
_PAGED_MODULES: dict[str, dict[str, Any]] = {
    "qlik_data_stores_client.api.data_stores.get_data_stores": {"rate_limit_tier": 1},
    "qlik_data_stores_client.api.data_stores.get_data_assets": {"rate_limit_tier": 1},
    "qlik_data_stores_client.api.data_stores.get_data_sets": {"rate_limit_tier": 1},
}
_PAGE_TYPES = (
    DataStorePage,
    DataAssetPage,
    DataSetPage,
)


def _module_of(operation: Callable[..., Any]) -> Any:
    module = sys.modules.get(getattr(operation, "__module__", ""), None)
    if module is None or module.__name__ not in _PAGED_MODULES:
        raise TypeError(
            "paginate() takes the sync_detailed/asyncio_detailed function of a list operation: "
            + ", ".join(sorted(name.rsplit(".", 1)[1] for name in _PAGED_MODULES))
        )
    return module


@overload
def paginate(
    operation: Callable[..., Response[DataStorePage | ErrorResponse]],
    *,
    client: AuthenticatedClient | Client,
    max_pages: int = DEFAULT_MAX_PAGES,
    **kwargs: Any,
) -> Iterator[DataStore]: ...


@overload
def paginate(
    operation: Callable[..., Response[DataAssetPage | ErrorResponse]],
    *,
    client: AuthenticatedClient | Client,
    max_pages: int = DEFAULT_MAX_PAGES,
    **kwargs: Any,
) -> Iterator[DataAsset]: ...


@overload
def paginate(
    operation: Callable[..., Response[DataSetPage | ErrorResponse]],
    *,
    client: AuthenticatedClient | Client,
    max_pages: int = DEFAULT_MAX_PAGES,
    **kwargs: Any,
) -> Iterator[DataSet]: ...


def paginate(
    operation: Callable[..., Response[Any]],
    *,
    client: AuthenticatedClient | Client,
    max_pages: int = DEFAULT_MAX_PAGES,
    **kwargs: Any,
) -> Iterator[Any]:
    """Yield the items of every page of a list operation (pass its ``sync_detailed`` function).

    More than ``max_pages`` pages (a server that never stops answering next links) raise ``PageLimitError``.
    """
    module = _module_of(operation)
    return paginate_links(
        client,
        lambda: operation(client=client, **kwargs),
        lambda raw: module._build_response(client=client, response=raw),
        page_types=_PAGE_TYPES,
        extensions=_PAGED_MODULES[module.__name__],
        max_pages=max_pages,
    )


@overload
def apaginate(
    operation: Callable[..., Awaitable[Response[DataStorePage | ErrorResponse]]],
    *,
    client: AuthenticatedClient | Client,
    max_pages: int = DEFAULT_MAX_PAGES,
    **kwargs: Any,
) -> AsyncIterator[DataStore]: ...


@overload
def apaginate(
    operation: Callable[..., Awaitable[Response[DataAssetPage | ErrorResponse]]],
    *,
    client: AuthenticatedClient | Client,
    max_pages: int = DEFAULT_MAX_PAGES,
    **kwargs: Any,
) -> AsyncIterator[DataAsset]: ...


@overload
def apaginate(
    operation: Callable[..., Awaitable[Response[DataSetPage | ErrorResponse]]],
    *,
    client: AuthenticatedClient | Client,
    max_pages: int = DEFAULT_MAX_PAGES,
    **kwargs: Any,
) -> AsyncIterator[DataSet]: ...


def apaginate(
    operation: Callable[..., Awaitable[Response[Any]]],
    *,
    client: AuthenticatedClient | Client,
    max_pages: int = DEFAULT_MAX_PAGES,
    **kwargs: Any,
) -> AsyncIterator[Any]:
    """The async twin of ``paginate`` (pass the operation's ``asyncio_detailed`` function)."""
    module = _module_of(operation)
    return apaginate_links(
        client,
        lambda: operation(client=client, **kwargs),
        lambda raw: module._build_response(client=client, response=raw),
        page_types=_PAGE_TYPES,
        extensions=_PAGED_MODULES[module.__name__],
        max_pages=max_pages,
    )
