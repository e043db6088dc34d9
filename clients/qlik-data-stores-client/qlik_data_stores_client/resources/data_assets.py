# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``data_assets`` of Qlik Cloud data stores: ``DataAssets`` (documented), ``AsyncDataAssets`` and their ``with_raw_response`` twins.

Reached as ``DataStoresClient(...).data_assets``. Each method sends one operation through its low-level module under ``api/``,
returns its success type and raises ``errors.ApiError`` (a subclass per status) for anything else.
"""

from __future__ import annotations

import builtins
from typing import Any

import httpx

from .. import _facade, _results, errors
from .._facade import AsyncPager, Pager, RawResponse
from ..api.data_stores import delete_data_assets as _delete_data_assets
from ..api.data_stores import get_data_assets as _get_data_assets
from ..client import AuthenticatedClient, Client
from ..models import (
    DataAsset,
    DataAssetPage,
)
from ..types import UNSET, Unset

__all__ = [
    "AsyncDataAssets",
    "AsyncDataAssetsWithRawResponse",
    "DataAssets",
    "DataAssetsWithRawResponse",
]


# By method: the keyword fields taking a str (UUID, date) or a mapping (model) for their type (_facade.accept).
_KINDS: dict[str, dict[str, Any]] = {}


def _getDataAssets(client: AuthenticatedClient | Client, response: httpx.Response) -> DataAssetPage:
    parsed = _get_data_assets._build_response(client=client, response=response).parsed
    if isinstance(parsed, DataAssetPage):
        return parsed
    raise _results.unexpected(client, response, "Response body is not the documented DataAssetPage")


def _deleteDataAssets(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


class DataAssets:
    """Data assets of Qlik Cloud data stores."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> DataAssetsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return DataAssetsWithRawResponse(self._caller)

    def list(
        self,
        data_store_ids: str,
        /,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
    ) -> Pager[DataAsset, DataAssetPage]:
        """Get all data assets belonging to the data store(s).

        ``GET /v1/data-stores/{data-store-ids}/data-assets`` (getDataAssets).

        Args:
            data_store_ids: Comma-separated data store IDs or * to include all data stores.
            limit: Page size limit.
            page: the page query parameter (int)
            projections: Comma-separated fields to return in the response.
            sort: Comma-separated fields and field start with '-' character sorts the result set in
                descending order.

        Returns:
            A pager: iterating yields every DataAsset of every page, fetched lazily;
            ``.pages()`` yields the ``DataAssetPage`` pages themselves.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        request = _get_data_assets._get_kwargs(
            data_store_ids, limit=limit, page=page, projections=projections, sort=sort
        )
        caller = self._caller

        def fetch(request: dict[str, Any]) -> DataAssetPage:
            return _getDataAssets(caller.client, caller.send("getDataAssets", request))

        def next_request(page: DataAssetPage, previous: dict[str, Any]) -> dict[str, Any] | None:
            links = page.links
            href = None
            if not isinstance(links, Unset) and not isinstance(links.next_, Unset):
                href = None if isinstance(links.next_.href, Unset) else links.next_.href
            return _facade.next_link_request(
                caller.client.base_url,
                href,
                previous,
                lambda reason: errors.UnexpectedResponseError(reason, status_code=200, content=(href or "").encode()),
            )

        def items(page: DataAssetPage) -> builtins.list[DataAsset]:
            return [] if isinstance(page.data, Unset) else page.data

        return Pager(fetch, request, next_request, items, limit_error=_results.page_limit)

    def delete(self, data_store_ids: str, /) -> None:
        """Delete data assets and child data-sets by data-store IDs.

        ``DELETE /v1/data-stores/{data-store-ids}/data-assets`` (deleteDataAssets).

        Args:
            data_store_ids: Comma-separated data store IDs or * to include all data stores.

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteDataAssets", _delete_data_assets._get_kwargs(data_store_ids))
        _deleteDataAssets(self._caller.client, response)


class DataAssetsWithRawResponse:
    """``data_assets`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def list(
        self,
        data_store_ids: str,
        /,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[DataAssetPage]:
        """``DataAssets.list`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "getDataAssets",
            _get_data_assets._get_kwargs(data_store_ids, limit=limit, page=page, projections=projections, sort=sort),
        )
        return RawResponse.of(response, _getDataAssets(self._caller.client, response))

    def delete(self, data_store_ids: str, /) -> RawResponse[None]:
        """``DataAssets.delete`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteDataAssets", _delete_data_assets._get_kwargs(data_store_ids))
        _deleteDataAssets(self._caller.client, response)
        return RawResponse.of(response, None)


class AsyncDataAssets:
    """Data assets of Qlik Cloud data stores (async: the methods of ``DataAssets``, documented there)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncDataAssetsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncDataAssetsWithRawResponse(self._caller)

    def list(
        self,
        data_store_ids: str,
        /,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
    ) -> AsyncPager[DataAsset, DataAssetPage]:
        """``DataAssets.list`` (documented there), async: the pager takes ``async for``."""
        request = _get_data_assets._get_kwargs(
            data_store_ids, limit=limit, page=page, projections=projections, sort=sort
        )
        caller = self._caller

        async def fetch(request: dict[str, Any]) -> DataAssetPage:
            return _getDataAssets(caller.client, await caller.send_async("getDataAssets", request))

        def next_request(page: DataAssetPage, previous: dict[str, Any]) -> dict[str, Any] | None:
            links = page.links
            href = None
            if not isinstance(links, Unset) and not isinstance(links.next_, Unset):
                href = None if isinstance(links.next_.href, Unset) else links.next_.href
            return _facade.next_link_request(
                caller.client.base_url,
                href,
                previous,
                lambda reason: errors.UnexpectedResponseError(reason, status_code=200, content=(href or "").encode()),
            )

        def items(page: DataAssetPage) -> builtins.list[DataAsset]:
            return [] if isinstance(page.data, Unset) else page.data

        return AsyncPager(fetch, request, next_request, items, limit_error=_results.page_limit)

    async def delete(self, data_store_ids: str, /) -> None:
        """``DataAssets.delete`` (documented there), async."""
        response = await self._caller.send_async("deleteDataAssets", _delete_data_assets._get_kwargs(data_store_ids))
        _deleteDataAssets(self._caller.client, response)


class AsyncDataAssetsWithRawResponse:
    """``data_assets`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def list(
        self,
        data_store_ids: str,
        /,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[DataAssetPage]:
        """``DataAssets.list`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "getDataAssets",
            _get_data_assets._get_kwargs(data_store_ids, limit=limit, page=page, projections=projections, sort=sort),
        )
        return RawResponse.of(response, _getDataAssets(self._caller.client, response))

    async def delete(self, data_store_ids: str, /) -> RawResponse[None]:
        """``DataAssets.delete`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteDataAssets", _delete_data_assets._get_kwargs(data_store_ids))
        _deleteDataAssets(self._caller.client, response)
        return RawResponse.of(response, None)
