# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``data_sets`` of Qlik Cloud data stores: ``DataSets`` (documented), ``AsyncDataSets`` and their ``with_raw_response`` twins.

Reached as ``DataStoresClient(...).data_sets``. Each method sends one operation through its low-level module under ``api/``,
returns its success type and raises ``errors.ApiError`` (a subclass per status) for anything else.
"""

from __future__ import annotations

import builtins
from typing import Any

import httpx

from .. import _facade, _results, errors
from .._facade import AsyncPager, Pager, RawResponse
from ..api.data_stores import delete_data_sets as _delete_data_sets
from ..api.data_stores import get_data_sets as _get_data_sets
from ..client import AuthenticatedClient, Client
from ..models import (
    DataSet,
    DataSetPage,
)
from ..types import UNSET, Unset

__all__ = [
    "AsyncDataSets",
    "AsyncDataSetsWithRawResponse",
    "DataSets",
    "DataSetsWithRawResponse",
]


# By method: the keyword fields taking a str (UUID, date) or a mapping (model) for their type (_facade.accept).
_KINDS: dict[str, dict[str, Any]] = {}


def _getDataSets(client: AuthenticatedClient | Client, response: httpx.Response) -> DataSetPage:
    parsed = _get_data_sets._build_response(client=client, response=response).parsed
    if isinstance(parsed, DataSetPage):
        return parsed
    raise _results.unexpected(client, response, "Response body is not the documented DataSetPage")


def _deleteDataSets(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


class DataSets:
    """Data sets of Qlik Cloud data stores."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> DataSetsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return DataSetsWithRawResponse(self._caller)

    def list(
        self,
        data_store_ids: str,
        data_asset_ids: str,
        /,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
    ) -> Pager[DataSet, DataSetPage]:
        """Get all data sets belonging to the data store(s) and data asset(s).

        ``GET /v1/data-stores/{data-store-ids}/data-assets/{data-asset-ids}/data-sets`` (getDataSets).

        Args:
            data_store_ids: Comma-separated data store IDs or * to include all data stores.
            data_asset_ids: Comma-separated data asset IDs or * to include all data assets.
            limit: Page size limit.
            page: the page query parameter (int)
            projections: Comma-separated fields to return in the response.
            sort: Comma-separated fields and field start with '-' character sorts the result set in
                descending order.

        Returns:
            A pager: iterating yields every DataSet of every page, fetched lazily;
            ``.pages()`` yields the ``DataSetPage`` pages themselves.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        request = _get_data_sets._get_kwargs(
            data_store_ids, data_asset_ids, limit=limit, page=page, projections=projections, sort=sort
        )
        caller = self._caller

        def fetch(request: dict[str, Any]) -> DataSetPage:
            return _getDataSets(caller.client, caller.send("getDataSets", request))

        def next_request(page: DataSetPage, previous: dict[str, Any]) -> dict[str, Any] | None:
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

        def items(page: DataSetPage) -> builtins.list[DataSet]:
            return [] if isinstance(page.data, Unset) else page.data

        return Pager(fetch, request, next_request, items, limit_error=_results.page_limit)

    def delete(self, data_store_ids: str, data_asset_ids: str, /) -> None:
        """Delete data sets by data-store IDs and data-asset IDs.

        ``DELETE /v1/data-stores/{data-store-ids}/data-assets/{data-asset-ids}/data-sets`` (deleteDataSets).

        Args:
            data_store_ids: Comma-separated data store IDs or * to include all data stores.
            data_asset_ids: Comma-separated data asset IDs or * to include all data assets.

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteDataSets", _delete_data_sets._get_kwargs(data_store_ids, data_asset_ids))
        _deleteDataSets(self._caller.client, response)


class DataSetsWithRawResponse:
    """``data_sets`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def list(
        self,
        data_store_ids: str,
        data_asset_ids: str,
        /,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[DataSetPage]:
        """``DataSets.list`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "getDataSets",
            _get_data_sets._get_kwargs(
                data_store_ids, data_asset_ids, limit=limit, page=page, projections=projections, sort=sort
            ),
        )
        return RawResponse.of(response, _getDataSets(self._caller.client, response))

    def delete(self, data_store_ids: str, data_asset_ids: str, /) -> RawResponse[None]:
        """``DataSets.delete`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteDataSets", _delete_data_sets._get_kwargs(data_store_ids, data_asset_ids))
        _deleteDataSets(self._caller.client, response)
        return RawResponse.of(response, None)


class AsyncDataSets:
    """Data sets of Qlik Cloud data stores (async: the methods of ``DataSets``, documented there)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncDataSetsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncDataSetsWithRawResponse(self._caller)

    def list(
        self,
        data_store_ids: str,
        data_asset_ids: str,
        /,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
    ) -> AsyncPager[DataSet, DataSetPage]:
        """``DataSets.list`` (documented there), async: the pager takes ``async for``."""
        request = _get_data_sets._get_kwargs(
            data_store_ids, data_asset_ids, limit=limit, page=page, projections=projections, sort=sort
        )
        caller = self._caller

        async def fetch(request: dict[str, Any]) -> DataSetPage:
            return _getDataSets(caller.client, await caller.send_async("getDataSets", request))

        def next_request(page: DataSetPage, previous: dict[str, Any]) -> dict[str, Any] | None:
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

        def items(page: DataSetPage) -> builtins.list[DataSet]:
            return [] if isinstance(page.data, Unset) else page.data

        return AsyncPager(fetch, request, next_request, items, limit_error=_results.page_limit)

    async def delete(self, data_store_ids: str, data_asset_ids: str, /) -> None:
        """``DataSets.delete`` (documented there), async."""
        response = await self._caller.send_async(
            "deleteDataSets", _delete_data_sets._get_kwargs(data_store_ids, data_asset_ids)
        )
        _deleteDataSets(self._caller.client, response)


class AsyncDataSetsWithRawResponse:
    """``data_sets`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def list(
        self,
        data_store_ids: str,
        data_asset_ids: str,
        /,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[DataSetPage]:
        """``DataSets.list`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "getDataSets",
            _get_data_sets._get_kwargs(
                data_store_ids, data_asset_ids, limit=limit, page=page, projections=projections, sort=sort
            ),
        )
        return RawResponse.of(response, _getDataSets(self._caller.client, response))

    async def delete(self, data_store_ids: str, data_asset_ids: str, /) -> RawResponse[None]:
        """``DataSets.delete`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "deleteDataSets", _delete_data_sets._get_kwargs(data_store_ids, data_asset_ids)
        )
        _deleteDataSets(self._caller.client, response)
        return RawResponse.of(response, None)
