# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``data_stores`` of Qlik Cloud data stores: ``DataStores`` (documented), ``AsyncDataStores`` and their ``with_raw_response`` twins.

Reached as ``DataStoresClient(...).data_stores``. Each method sends one operation through its low-level module under ``api/``,
returns its success type and raises ``errors.ApiError`` (a subclass per status) for anything else.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict, Unpack, overload

import httpx

from .. import _facade, _results, errors
from .._facade import AsyncPager, Pager, RawResponse
from ..api.data_stores import create_data_store as _create_data_store
from ..api.data_stores import delete_data_stores as _delete_data_stores
from ..api.data_stores import get_data_store as _get_data_store
from ..api.data_stores import get_data_stores as _get_data_stores
from ..api.data_stores import patch_data_store as _patch_data_store
from ..api.data_stores import update_data_store as _update_data_store
from ..client import AuthenticatedClient, Client
from ..models import (
    DataStore,
    DataStorePage,
    DataStoreRequest,
    DataStoreRequestProperties,
    DeleteDataStoresRequest,
    JsonPatchOperation,
)
from ..types import UNSET, Unset

__all__ = [
    "AsyncDataStores",
    "AsyncDataStoresWithRawResponse",
    "DataStores",
    "DataStoresWithRawResponse",
]


# By method: the keyword fields taking a str (UUID, date) or a mapping (model) for their type (_facade.accept).
_KINDS: dict[str, dict[str, Any]] = {}


def _getDataStores(client: AuthenticatedClient | Client, response: httpx.Response) -> DataStorePage:
    parsed = _get_data_stores._build_response(client=client, response=response).parsed
    if isinstance(parsed, DataStorePage):
        return parsed
    raise _results.unexpected(client, response, "Response body is not the documented DataStorePage")


_KINDS["create"] = {"properties": DataStoreRequestProperties}
if TYPE_CHECKING:

    class _createDataStoreFields(TypedDict, total=False):
        """``create``'s keyword fields, those of a ``DataStoreRequest`` (shared by its four variants)."""

        type: Required[str]
        technical_name: Required[str]
        id: str | Unset
        uri: str | Unset
        name: str | Unset
        tags: builtins.list[str] | Unset
        owner_id: str | Unset
        space_id: str | Unset
        version: int | Unset
        tenant_id: str | Unset
        created_by: str | Unset
        properties: DataStoreRequestProperties | Mapping[str, Any] | Unset
        created_time: str | Unset
        description: str | Unset
        last_modified_by: str | Unset
        last_modified_time: str | Unset
        technical_description: str | Unset


def _createDataStore(client: AuthenticatedClient | Client, response: httpx.Response) -> DataStore:
    parsed = _create_data_store._build_response(client=client, response=response).parsed
    if isinstance(parsed, DataStore):
        return parsed
    raise _results.unexpected(client, response, "Response body is not the documented DataStore")


if TYPE_CHECKING:

    class _deleteDataStoresFields(TypedDict, total=False):
        """``delete_many``'s keyword fields, those of a ``DeleteDataStoresRequest`` (shared by its four variants)."""

        ids: builtins.list[str] | Unset


def _deleteDataStores(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


def _getDataStore(client: AuthenticatedClient | Client, response: httpx.Response) -> DataStore:
    parsed = _get_data_store._build_response(client=client, response=response).parsed
    if isinstance(parsed, DataStore):
        return parsed
    raise _results.unexpected(client, response, "Response body is not the documented DataStore")


_KINDS["update"] = {"properties": DataStoreRequestProperties}
if TYPE_CHECKING:

    class _updateDataStoreFields(TypedDict, total=False):
        """``update``'s keyword fields, those of a ``DataStoreRequest`` (shared by its four variants)."""

        type: Required[str]
        technical_name: Required[str]
        id: str | Unset
        uri: str | Unset
        name: str | Unset
        tags: builtins.list[str] | Unset
        owner_id: str | Unset
        space_id: str | Unset
        version: int | Unset
        tenant_id: str | Unset
        created_by: str | Unset
        properties: DataStoreRequestProperties | Mapping[str, Any] | Unset
        created_time: str | Unset
        description: str | Unset
        last_modified_by: str | Unset
        last_modified_time: str | Unset
        technical_description: str | Unset


def _updateDataStore(client: AuthenticatedClient | Client, response: httpx.Response) -> DataStore:
    parsed = _update_data_store._build_response(client=client, response=response).parsed
    if isinstance(parsed, DataStore):
        return parsed
    raise _results.unexpected(client, response, "Response body is not the documented DataStore")


def _patchDataStore(client: AuthenticatedClient | Client, response: httpx.Response) -> DataStore:
    parsed = _patch_data_store._build_response(client=client, response=response).parsed
    if isinstance(parsed, DataStore):
        return parsed
    if parsed is None:
        raise _results.unexpected(
            client,
            response,
            "PATCH /v1/data-stores/{data-store-id} answered 204 without the documented DataStore body (the request itself succeeded)",
        )
    raise _results.unexpected(client, response, "Response body is not the documented DataStore")


class DataStores:
    """Data stores of Qlik Cloud data stores."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> DataStoresWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return DataStoresWithRawResponse(self._caller)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
    ) -> Pager[DataStore, DataStorePage]:
        """Get all data stores.

        ``GET /v1/data-stores`` (getDataStores).

        Args:
            limit: Page size limit.
            page: the page query parameter (int)
            projections: Comma-separated fields to return in the response.
            sort: Comma-separated fields and field start with '-' character sorts the result set in
                descending order.

        Returns:
            A pager: iterating yields every DataStore of every page, fetched lazily;
            ``.pages()`` yields the ``DataStorePage`` pages themselves.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        request = _get_data_stores._get_kwargs(limit=limit, page=page, projections=projections, sort=sort)
        caller = self._caller

        def fetch(request: dict[str, Any]) -> DataStorePage:
            return _getDataStores(caller.client, caller.send("getDataStores", request))

        def next_request(page: DataStorePage, previous: dict[str, Any]) -> dict[str, Any] | None:
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

        def items(page: DataStorePage) -> builtins.list[DataStore]:
            return [] if isinstance(page.data, Unset) else page.data

        return Pager(fetch, request, next_request, items, limit_error=_results.page_limit)

    @overload
    def create(self, body: DataStoreRequest | DataStore | Mapping[str, Any], /) -> DataStore: ...

    @overload
    def create(self, /, **fields: Unpack[_createDataStoreFields]) -> DataStore: ...

    def create(
        self,
        body: DataStoreRequest | DataStore | Mapping[str, Any] | None = None,
        /,
        *,
        type: str | Unset = UNSET,
        technical_name: str | Unset = UNSET,
        id: str | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: int | Unset = UNSET,
        tenant_id: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        properties: DataStoreRequestProperties | Mapping[str, Any] | Unset = UNSET,
        created_time: str | Unset = UNSET,
        description: str | Unset = UNSET,
        last_modified_by: str | Unset = UNSET,
        last_modified_time: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
    ) -> DataStore:
        """Save new data store.

        ``POST /v1/data-stores`` (createDataStore).

        Args:
            body: a ``DataStoreRequest`` (or a ``DataStore`` as fetched), a mapping of its JSON fields, or its fields as keyword arguments:
            type: (required) str
            technical_name: (required) str
            id: Only required when updating the resource. Must be null for new resources.
            uri: str | Unset
            name: str | Unset
            tags: list[str] | Unset
            owner_id: The value is automatically set by the application.
            space_id: str | Unset
            version: Only required when updating the resource. Must be null for new resources.
            tenant_id: The value is automatically set by the application. User defined value is ignored.
            created_by: The value is automatically set by the application. User defined value is ignored.
            properties: A Map of name-value pairs.
            created_time: The value is automatically set by the application. User defined value is ignored.
            description: str | Unset
            last_modified_by: The value is automatically set by the application. User defined value is ignored.
            last_modified_time: The value is automatically set by the application. User defined value is ignored.
            technical_description: str | Unset

        Returns:
            DataStore.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            DataStoreRequest,
            body,
            locals(),
            ("self", "body"),
            "create",
            UNSET,
            {"type": "type_"},
            kinds=_KINDS,
            variants=(DataStore,),
        )
        response = self._caller.send("createDataStore", _create_data_store._get_kwargs(body=body))
        return _createDataStore(self._caller.client, response)

    @overload
    def delete_many(self, body: DeleteDataStoresRequest | Mapping[str, Any], /) -> None: ...

    @overload
    def delete_many(self, /, **fields: Unpack[_deleteDataStoresFields]) -> None: ...

    def delete_many(
        self,
        body: DeleteDataStoresRequest | Mapping[str, Any] | None = None,
        /,
        *,
        ids: builtins.list[str] | Unset = UNSET,
    ) -> None:
        """Delete data stores if it does not contain any data-assets.

        ``DELETE /v1/data-stores`` (deleteDataStores).

        Args:
            body: a ``DeleteDataStoresRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            ids: list[str] | Unset

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            DeleteDataStoresRequest, body, locals(), ("self", "body"), "delete_many", UNSET
        )
        response = self._caller.send("deleteDataStores", _delete_data_stores._get_kwargs(body=body))
        _deleteDataStores(self._caller.client, response)

    def get(self, data_store_id: str, /, *, projections: builtins.list[str] | Unset = UNSET) -> DataStore:
        """Get data store by ID.

        ``GET /v1/data-stores/{data-store-id}`` (getDataStore).

        Args:
            data_store_id: the data-store-id path parameter (str)
            projections: Comma-separated fields to return in the response.

        Returns:
            DataStore.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "getDataStore", _get_data_store._get_kwargs(data_store_id, projections=projections)
        )
        return _getDataStore(self._caller.client, response)

    @overload
    def update(self, data_store_id: str, body: DataStoreRequest | DataStore | Mapping[str, Any], /) -> DataStore: ...

    @overload
    def update(self, data_store_id: str, /, **fields: Unpack[_updateDataStoreFields]) -> DataStore: ...

    def update(
        self,
        data_store_id: str,
        body: DataStoreRequest | DataStore | Mapping[str, Any] | None = None,
        /,
        *,
        type: str | Unset = UNSET,
        technical_name: str | Unset = UNSET,
        id: str | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: int | Unset = UNSET,
        tenant_id: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        properties: DataStoreRequestProperties | Mapping[str, Any] | Unset = UNSET,
        created_time: str | Unset = UNSET,
        description: str | Unset = UNSET,
        last_modified_by: str | Unset = UNSET,
        last_modified_time: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
    ) -> DataStore:
        """Update data store.

        ``PUT /v1/data-stores/{data-store-id}`` (updateDataStore).

        Args:
            data_store_id: the data-store-id path parameter (str)
            body: a ``DataStoreRequest`` (or a ``DataStore`` as fetched), a mapping of its JSON fields, or its fields as keyword arguments:
            type: (required) str
            technical_name: (required) str
            id: Only required when updating the resource. Must be null for new resources.
            uri: str | Unset
            name: str | Unset
            tags: list[str] | Unset
            owner_id: The value is automatically set by the application.
            space_id: str | Unset
            version: Only required when updating the resource. Must be null for new resources.
            tenant_id: The value is automatically set by the application. User defined value is ignored.
            created_by: The value is automatically set by the application. User defined value is ignored.
            properties: A Map of name-value pairs.
            created_time: The value is automatically set by the application. User defined value is ignored.
            description: str | Unset
            last_modified_by: The value is automatically set by the application. User defined value is ignored.
            last_modified_time: The value is automatically set by the application. User defined value is ignored.
            technical_description: str | Unset

        Returns:
            DataStore.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            DataStoreRequest,
            body,
            locals(),
            ("self", "body", "data_store_id"),
            "update",
            UNSET,
            {"type": "type_"},
            kinds=_KINDS,
            variants=(DataStore,),
        )
        response = self._caller.send("updateDataStore", _update_data_store._get_kwargs(data_store_id, body=body))
        return _updateDataStore(self._caller.client, response)

    def patch(self, data_store_id: str, operations: Sequence[JsonPatchOperation | Mapping[str, Any]], /) -> DataStore:
        """Patch data store.

        ``PATCH /v1/data-stores/{data-store-id}`` (patchDataStore).

        Args:
            data_store_id: the data-store-id path parameter (str)
            operations: Array of JSON patch documents as defined by RFC 6902.

        Returns:
            DataStore.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type; also the
                documented 204 without a body (the change was made: fetch the result with ``get``).
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "patchDataStore",
            _patch_data_store._get_kwargs(
                data_store_id, body=_facade.accept(operations, [JsonPatchOperation], "operations")
            ),
        )
        return _patchDataStore(self._caller.client, response)


class DataStoresWithRawResponse:
    """``data_stores`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[DataStorePage]:
        """``DataStores.list`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "getDataStores", _get_data_stores._get_kwargs(limit=limit, page=page, projections=projections, sort=sort)
        )
        return RawResponse.of(response, _getDataStores(self._caller.client, response))

    @overload
    def create(self, body: DataStoreRequest | DataStore | Mapping[str, Any], /) -> RawResponse[DataStore]: ...

    @overload
    def create(self, /, **fields: Unpack[_createDataStoreFields]) -> RawResponse[DataStore]: ...

    def create(
        self, body: DataStoreRequest | DataStore | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[DataStore]:
        """``DataStores.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            DataStoreRequest, body, fields, "create", UNSET, {"type": "type_"}, kinds=_KINDS, variants=(DataStore,)
        )
        response = self._caller.send("createDataStore", _create_data_store._get_kwargs(body=body))
        return RawResponse.of(response, _createDataStore(self._caller.client, response))

    @overload
    def delete_many(self, body: DeleteDataStoresRequest | Mapping[str, Any], /) -> RawResponse[None]: ...

    @overload
    def delete_many(self, /, **fields: Unpack[_deleteDataStoresFields]) -> RawResponse[None]: ...

    def delete_many(
        self, body: DeleteDataStoresRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[None]:
        """``DataStores.delete_many`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(DeleteDataStoresRequest, body, fields, "delete_many", UNSET)
        response = self._caller.send("deleteDataStores", _delete_data_stores._get_kwargs(body=body))
        _deleteDataStores(self._caller.client, response)
        return RawResponse.of(response, None)

    def get(self, data_store_id: str, /, *, projections: builtins.list[str] | Unset = UNSET) -> RawResponse[DataStore]:
        """``DataStores.get`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "getDataStore", _get_data_store._get_kwargs(data_store_id, projections=projections)
        )
        return RawResponse.of(response, _getDataStore(self._caller.client, response))

    @overload
    def update(
        self, data_store_id: str, body: DataStoreRequest | DataStore | Mapping[str, Any], /
    ) -> RawResponse[DataStore]: ...

    @overload
    def update(self, data_store_id: str, /, **fields: Unpack[_updateDataStoreFields]) -> RawResponse[DataStore]: ...

    def update(
        self, data_store_id: str, body: DataStoreRequest | DataStore | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[DataStore]:
        """``DataStores.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            DataStoreRequest, body, fields, "update", UNSET, {"type": "type_"}, kinds=_KINDS, variants=(DataStore,)
        )
        response = self._caller.send("updateDataStore", _update_data_store._get_kwargs(data_store_id, body=body))
        return RawResponse.of(response, _updateDataStore(self._caller.client, response))

    def patch(
        self, data_store_id: str, operations: Sequence[JsonPatchOperation | Mapping[str, Any]], /
    ) -> RawResponse[DataStore]:
        """``DataStores.patch`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "patchDataStore",
            _patch_data_store._get_kwargs(
                data_store_id, body=_facade.accept(operations, [JsonPatchOperation], "operations")
            ),
        )
        return RawResponse.of(response, _patchDataStore(self._caller.client, response))


class AsyncDataStores:
    """Data stores of Qlik Cloud data stores (async: the methods of ``DataStores``, documented there)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncDataStoresWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncDataStoresWithRawResponse(self._caller)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
    ) -> AsyncPager[DataStore, DataStorePage]:
        """``DataStores.list`` (documented there), async: the pager takes ``async for``."""
        request = _get_data_stores._get_kwargs(limit=limit, page=page, projections=projections, sort=sort)
        caller = self._caller

        async def fetch(request: dict[str, Any]) -> DataStorePage:
            return _getDataStores(caller.client, await caller.send_async("getDataStores", request))

        def next_request(page: DataStorePage, previous: dict[str, Any]) -> dict[str, Any] | None:
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

        def items(page: DataStorePage) -> builtins.list[DataStore]:
            return [] if isinstance(page.data, Unset) else page.data

        return AsyncPager(fetch, request, next_request, items, limit_error=_results.page_limit)

    @overload
    async def create(self, body: DataStoreRequest | DataStore | Mapping[str, Any], /) -> DataStore: ...

    @overload
    async def create(self, /, **fields: Unpack[_createDataStoreFields]) -> DataStore: ...

    async def create(
        self, body: DataStoreRequest | DataStore | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> DataStore:
        """``DataStores.create`` (documented there), async."""
        body = _facade.model_from_keywords(
            DataStoreRequest, body, fields, "create", UNSET, {"type": "type_"}, kinds=_KINDS, variants=(DataStore,)
        )
        response = await self._caller.send_async("createDataStore", _create_data_store._get_kwargs(body=body))
        return _createDataStore(self._caller.client, response)

    @overload
    async def delete_many(self, body: DeleteDataStoresRequest | Mapping[str, Any], /) -> None: ...

    @overload
    async def delete_many(self, /, **fields: Unpack[_deleteDataStoresFields]) -> None: ...

    async def delete_many(
        self, body: DeleteDataStoresRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> None:
        """``DataStores.delete_many`` (documented there), async."""
        body = _facade.model_from_keywords(DeleteDataStoresRequest, body, fields, "delete_many", UNSET)
        response = await self._caller.send_async("deleteDataStores", _delete_data_stores._get_kwargs(body=body))
        _deleteDataStores(self._caller.client, response)

    async def get(self, data_store_id: str, /, *, projections: builtins.list[str] | Unset = UNSET) -> DataStore:
        """``DataStores.get`` (documented there), async."""
        response = await self._caller.send_async(
            "getDataStore", _get_data_store._get_kwargs(data_store_id, projections=projections)
        )
        return _getDataStore(self._caller.client, response)

    @overload
    async def update(
        self, data_store_id: str, body: DataStoreRequest | DataStore | Mapping[str, Any], /
    ) -> DataStore: ...

    @overload
    async def update(self, data_store_id: str, /, **fields: Unpack[_updateDataStoreFields]) -> DataStore: ...

    async def update(
        self, data_store_id: str, body: DataStoreRequest | DataStore | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> DataStore:
        """``DataStores.update`` (documented there), async."""
        body = _facade.model_from_keywords(
            DataStoreRequest, body, fields, "update", UNSET, {"type": "type_"}, kinds=_KINDS, variants=(DataStore,)
        )
        response = await self._caller.send_async(
            "updateDataStore", _update_data_store._get_kwargs(data_store_id, body=body)
        )
        return _updateDataStore(self._caller.client, response)

    async def patch(
        self, data_store_id: str, operations: Sequence[JsonPatchOperation | Mapping[str, Any]], /
    ) -> DataStore:
        """``DataStores.patch`` (documented there), async."""
        response = await self._caller.send_async(
            "patchDataStore",
            _patch_data_store._get_kwargs(
                data_store_id, body=_facade.accept(operations, [JsonPatchOperation], "operations")
            ),
        )
        return _patchDataStore(self._caller.client, response)


class AsyncDataStoresWithRawResponse:
    """``data_stores`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[DataStorePage]:
        """``DataStores.list`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "getDataStores", _get_data_stores._get_kwargs(limit=limit, page=page, projections=projections, sort=sort)
        )
        return RawResponse.of(response, _getDataStores(self._caller.client, response))

    @overload
    async def create(self, body: DataStoreRequest | DataStore | Mapping[str, Any], /) -> RawResponse[DataStore]: ...

    @overload
    async def create(self, /, **fields: Unpack[_createDataStoreFields]) -> RawResponse[DataStore]: ...

    async def create(
        self, body: DataStoreRequest | DataStore | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[DataStore]:
        """``DataStores.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            DataStoreRequest, body, fields, "create", UNSET, {"type": "type_"}, kinds=_KINDS, variants=(DataStore,)
        )
        response = await self._caller.send_async("createDataStore", _create_data_store._get_kwargs(body=body))
        return RawResponse.of(response, _createDataStore(self._caller.client, response))

    @overload
    async def delete_many(self, body: DeleteDataStoresRequest | Mapping[str, Any], /) -> RawResponse[None]: ...

    @overload
    async def delete_many(self, /, **fields: Unpack[_deleteDataStoresFields]) -> RawResponse[None]: ...

    async def delete_many(
        self, body: DeleteDataStoresRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[None]:
        """``DataStores.delete_many`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(DeleteDataStoresRequest, body, fields, "delete_many", UNSET)
        response = await self._caller.send_async("deleteDataStores", _delete_data_stores._get_kwargs(body=body))
        _deleteDataStores(self._caller.client, response)
        return RawResponse.of(response, None)

    async def get(
        self, data_store_id: str, /, *, projections: builtins.list[str] | Unset = UNSET
    ) -> RawResponse[DataStore]:
        """``DataStores.get`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "getDataStore", _get_data_store._get_kwargs(data_store_id, projections=projections)
        )
        return RawResponse.of(response, _getDataStore(self._caller.client, response))

    @overload
    async def update(
        self, data_store_id: str, body: DataStoreRequest | DataStore | Mapping[str, Any], /
    ) -> RawResponse[DataStore]: ...

    @overload
    async def update(
        self, data_store_id: str, /, **fields: Unpack[_updateDataStoreFields]
    ) -> RawResponse[DataStore]: ...

    async def update(
        self, data_store_id: str, body: DataStoreRequest | DataStore | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[DataStore]:
        """``DataStores.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            DataStoreRequest, body, fields, "update", UNSET, {"type": "type_"}, kinds=_KINDS, variants=(DataStore,)
        )
        response = await self._caller.send_async(
            "updateDataStore", _update_data_store._get_kwargs(data_store_id, body=body)
        )
        return RawResponse.of(response, _updateDataStore(self._caller.client, response))

    async def patch(
        self, data_store_id: str, operations: Sequence[JsonPatchOperation | Mapping[str, Any]], /
    ) -> RawResponse[DataStore]:
        """``DataStores.patch`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "patchDataStore",
            _patch_data_store._get_kwargs(
                data_store_id, body=_facade.accept(operations, [JsonPatchOperation], "operations")
            ),
        )
        return RawResponse.of(response, _patchDataStore(self._caller.client, response))
