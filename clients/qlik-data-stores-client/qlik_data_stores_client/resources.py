# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Resource clients for Qlik Cloud data stores: ``DataStoresClient`` and its async twin ``AsyncDataStoresClient``.

One attribute per resource ``data_stores``, ``data_assets``, ``data_sets``; each method
sends one operation, returns its success type and raises ``errors.ApiError`` (a subclass per status) for
anything else. ``resource.with_raw_response.method(...)`` returns a ``RawResponse`` (status, headers, raw
body and the parsed result) instead. The functions under ``api/`` stay available as the low-level layer.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, overload

import httpx

from . import _facade, _runtime, errors
from ._facade import AsyncPager, JsonObject, JsonValue, Pager, RawResponse
from .api.data_stores import create_data_store as _create_data_store
from .api.data_stores import delete_data_assets as _delete_data_assets
from .api.data_stores import delete_data_sets as _delete_data_sets
from .api.data_stores import delete_data_stores as _delete_data_stores
from .api.data_stores import get_data_assets as _get_data_assets
from .api.data_stores import get_data_sets as _get_data_sets
from .api.data_stores import get_data_store as _get_data_store
from .api.data_stores import get_data_stores as _get_data_stores
from .api.data_stores import patch_data_store as _patch_data_store
from .api.data_stores import update_data_store as _update_data_store
from .client import AuthenticatedClient, Client
from .models import (
    DataAsset,
    DataAssetPage,
    DataSet,
    DataSetPage,
    DataStore,
    DataStorePage,
    DataStoreRequest,
    DataStoreRequestProperties,
    DeleteDataStoresRequest,
    JsonPatchOperation,
)
from .types import UNSET, Unset

__all__ = [
    "AsyncDataStoresClient",
    "AsyncPager",
    "JsonObject",
    "JsonValue",
    "Pager",
    "RawResponse",
    "DataStoresClient",
]

_ROUTES: Mapping[str, _facade.Route] = MappingProxyType(
    {
        "getDataStores": _facade.Route("GET", "/v1/data-stores", False),
        "createDataStore": _facade.Route("POST", "/v1/data-stores", False),
        "deleteDataStores": _facade.Route("DELETE", "/v1/data-stores", False),
        "getDataStore": _facade.Route("GET", "/v1/data-stores/{data-store-id}", False),
        "updateDataStore": _facade.Route("PUT", "/v1/data-stores/{data-store-id}", False),
        "patchDataStore": _facade.Route("PATCH", "/v1/data-stores/{data-store-id}", False),
        "getDataAssets": _facade.Route("GET", "/v1/data-stores/{data-store-ids}/data-assets", False),
        "deleteDataAssets": _facade.Route("DELETE", "/v1/data-stores/{data-store-ids}/data-assets", False),
        "getDataSets": _facade.Route(
            "GET", "/v1/data-stores/{data-store-ids}/data-assets/{data-asset-ids}/data-sets", False
        ),
        "deleteDataSets": _facade.Route(
            "DELETE", "/v1/data-stores/{data-store-ids}/data-assets/{data-asset-ids}/data-sets", False
        ),
    }
)
_NO_OVERRIDES: Mapping[str, str] = MappingProxyType({})


def _page_limit_error(reason: str) -> errors.PageLimitError:
    return errors.PageLimitError(reason, status_code=200, content=b"")


def _fail(
    client: AuthenticatedClient | Client, response: httpx.Response, reason: str
) -> errors.UnexpectedResponseError:
    return errors.UnexpectedResponseError(
        reason,
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        method=response.request.method,
        url=_facade.url_without_query(response.request.url),
        secrets=client.secret_values(),
    )


def _getDataStores(client: AuthenticatedClient | Client, response: httpx.Response) -> DataStorePage:
    parsed = _get_data_stores._build_response(client=client, response=response).parsed
    if isinstance(parsed, DataStorePage):
        return parsed
    raise _fail(client, response, "Response body is not the documented DataStorePage")


def _createDataStore(client: AuthenticatedClient | Client, response: httpx.Response) -> DataStore:
    parsed = _create_data_store._build_response(client=client, response=response).parsed
    if isinstance(parsed, DataStore):
        return parsed
    raise _fail(client, response, "Response body is not the documented DataStore")


def _deleteDataStores(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


def _getDataStore(client: AuthenticatedClient | Client, response: httpx.Response) -> DataStore:
    parsed = _get_data_store._build_response(client=client, response=response).parsed
    if isinstance(parsed, DataStore):
        return parsed
    raise _fail(client, response, "Response body is not the documented DataStore")


def _updateDataStore(client: AuthenticatedClient | Client, response: httpx.Response) -> DataStore:
    parsed = _update_data_store._build_response(client=client, response=response).parsed
    if isinstance(parsed, DataStore):
        return parsed
    raise _fail(client, response, "Response body is not the documented DataStore")


def _patchDataStore(client: AuthenticatedClient | Client, response: httpx.Response) -> DataStore | None:
    parsed = _patch_data_store._build_response(client=client, response=response).parsed
    if isinstance(parsed, DataStore) or parsed is None:
        return parsed
    raise _fail(client, response, "Response body is not the documented DataStore | None")


def _getDataAssets(client: AuthenticatedClient | Client, response: httpx.Response) -> DataAssetPage:
    parsed = _get_data_assets._build_response(client=client, response=response).parsed
    if isinstance(parsed, DataAssetPage):
        return parsed
    raise _fail(client, response, "Response body is not the documented DataAssetPage")


def _deleteDataAssets(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


def _getDataSets(client: AuthenticatedClient | Client, response: httpx.Response) -> DataSetPage:
    parsed = _get_data_sets._build_response(client=client, response=response).parsed
    if isinstance(parsed, DataSetPage):
        return parsed
    raise _fail(client, response, "Response body is not the documented DataSetPage")


def _deleteDataSets(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


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
        """Get all data stores.

        ``GET /v1/data-stores`` (getDataStores).

        Args:
            limit: Page size limit.
            page: int | Unset
            projections: Comma-separated fields to return in the response.
            sort: Comma-separated fields and field start with '-' character sorts the result set in
                descending order.

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (DataStorePage).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_data_stores._get_kwargs(
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
        )
        response = self._caller.send("getDataStores", request)
        return RawResponse.of(response, _getDataStores(self._caller.client, response))

    @overload
    def create(self, body: DataStoreRequest, /) -> RawResponse[DataStore]: ...

    @overload
    def create(
        self,
        /,
        *,
        type: str,
        technical_name: str,
        id: str | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: int | Unset = UNSET,
        tenant_id: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        properties: DataStoreRequestProperties | Unset = UNSET,
        created_time: str | Unset = UNSET,
        description: str | Unset = UNSET,
        last_modified_by: str | Unset = UNSET,
        last_modified_time: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
    ) -> RawResponse[DataStore]: ...

    def create(
        self,
        body: DataStoreRequest | None = None,
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
        properties: DataStoreRequestProperties | Unset = UNSET,
        created_time: str | Unset = UNSET,
        description: str | Unset = UNSET,
        last_modified_by: str | Unset = UNSET,
        last_modified_time: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
    ) -> RawResponse[DataStore]:
        """Save new data store.

        ``POST /v1/data-stores`` (createDataStore).

        Args:
            body: a ``DataStoreRequest``, or its fields as keyword arguments:
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
            ``RawResponse`` with status, headers, raw body and ``parsed`` (DataStore).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            DataStoreRequest,
            body,
            {
                "type": type,
                "technical_name": technical_name,
                "id": id,
                "uri": uri,
                "name": name,
                "tags": tags,
                "owner_id": owner_id,
                "space_id": space_id,
                "version": version,
                "tenant_id": tenant_id,
                "created_by": created_by,
                "properties": properties,
                "created_time": created_time,
                "description": description,
                "last_modified_by": last_modified_by,
                "last_modified_time": last_modified_time,
                "technical_description": technical_description,
            },
            {
                "type": "type_",
                "technical_name": "technical_name",
                "id": "id",
                "uri": "uri",
                "name": "name",
                "tags": "tags",
                "owner_id": "owner_id",
                "space_id": "space_id",
                "version": "version",
                "tenant_id": "tenant_id",
                "created_by": "created_by",
                "properties": "properties",
                "created_time": "created_time",
                "description": "description",
                "last_modified_by": "last_modified_by",
                "last_modified_time": "last_modified_time",
                "technical_description": "technical_description",
            },
            "create",
            UNSET,
        )
        request = _create_data_store._get_kwargs(
            body=body,
        )
        response = self._caller.send("createDataStore", request)
        return RawResponse.of(response, _createDataStore(self._caller.client, response))

    @overload
    def delete_many(self, body: DeleteDataStoresRequest, /) -> RawResponse[None]: ...

    @overload
    def delete_many(self, /, *, ids: builtins.list[str] | Unset = UNSET) -> RawResponse[None]: ...

    def delete_many(
        self, body: DeleteDataStoresRequest | None = None, /, *, ids: builtins.list[str] | Unset = UNSET
    ) -> RawResponse[None]:
        """Delete data stores if it does not contain any data-assets.

        ``DELETE /v1/data-stores`` (deleteDataStores).

        Args:
            body: a ``DeleteDataStoresRequest``, or its fields as keyword arguments:
            ids: list[str] | Unset

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            DeleteDataStoresRequest,
            body,
            {
                "ids": ids,
            },
            {
                "ids": "ids",
            },
            "delete_many",
            UNSET,
        )
        request = _delete_data_stores._get_kwargs(
            body=body,
        )
        response = self._caller.send("deleteDataStores", request)
        _deleteDataStores(self._caller.client, response)
        return RawResponse.of(response, None)

    def get(self, data_store_id: str, /, *, projections: builtins.list[str] | Unset = UNSET) -> RawResponse[DataStore]:
        """Get data store by ID.

        ``GET /v1/data-stores/{data-store-id}`` (getDataStore).

        Args:
            data_store_id: path parameter
            projections: Comma-separated fields to return in the response.

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (DataStore).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_data_store._get_kwargs(
            data_store_id,
            projections=projections,
        )
        response = self._caller.send("getDataStore", request)
        return RawResponse.of(response, _getDataStore(self._caller.client, response))

    @overload
    def update(self, data_store_id: str, body: DataStoreRequest, /) -> RawResponse[DataStore]: ...

    @overload
    def update(
        self,
        data_store_id: str,
        /,
        *,
        type: str,
        technical_name: str,
        id: str | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: int | Unset = UNSET,
        tenant_id: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        properties: DataStoreRequestProperties | Unset = UNSET,
        created_time: str | Unset = UNSET,
        description: str | Unset = UNSET,
        last_modified_by: str | Unset = UNSET,
        last_modified_time: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
    ) -> RawResponse[DataStore]: ...

    def update(
        self,
        data_store_id: str,
        body: DataStoreRequest | None = None,
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
        properties: DataStoreRequestProperties | Unset = UNSET,
        created_time: str | Unset = UNSET,
        description: str | Unset = UNSET,
        last_modified_by: str | Unset = UNSET,
        last_modified_time: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
    ) -> RawResponse[DataStore]:
        """Update data store.

        ``PUT /v1/data-stores/{data-store-id}`` (updateDataStore).

        Args:
            data_store_id: path parameter
            body: a ``DataStoreRequest``, or its fields as keyword arguments:
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
            ``RawResponse`` with status, headers, raw body and ``parsed`` (DataStore).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            DataStoreRequest,
            body,
            {
                "type": type,
                "technical_name": technical_name,
                "id": id,
                "uri": uri,
                "name": name,
                "tags": tags,
                "owner_id": owner_id,
                "space_id": space_id,
                "version": version,
                "tenant_id": tenant_id,
                "created_by": created_by,
                "properties": properties,
                "created_time": created_time,
                "description": description,
                "last_modified_by": last_modified_by,
                "last_modified_time": last_modified_time,
                "technical_description": technical_description,
            },
            {
                "type": "type_",
                "technical_name": "technical_name",
                "id": "id",
                "uri": "uri",
                "name": "name",
                "tags": "tags",
                "owner_id": "owner_id",
                "space_id": "space_id",
                "version": "version",
                "tenant_id": "tenant_id",
                "created_by": "created_by",
                "properties": "properties",
                "created_time": "created_time",
                "description": "description",
                "last_modified_by": "last_modified_by",
                "last_modified_time": "last_modified_time",
                "technical_description": "technical_description",
            },
            "update",
            UNSET,
        )
        request = _update_data_store._get_kwargs(
            data_store_id,
            body=body,
        )
        response = self._caller.send("updateDataStore", request)
        return RawResponse.of(response, _updateDataStore(self._caller.client, response))

    def patch(
        self, data_store_id: str, operations: builtins.list[JsonPatchOperation], /
    ) -> RawResponse[DataStore | None]:
        """Patch data store.

        ``PATCH /v1/data-stores/{data-store-id}`` (patchDataStore).

        Args:
            data_store_id: path parameter
            operations: Array of JSON patch documents as defined by RFC 6902.

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (DataStore | None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _patch_data_store._get_kwargs(
            data_store_id,
            body=operations,
        )
        response = self._caller.send("patchDataStore", request)
        return RawResponse.of(response, _patchDataStore(self._caller.client, response))


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
            page: int | Unset
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

        request = _get_data_stores._get_kwargs(
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
        )
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
            data = [] if isinstance(page.data, Unset) else page.data
            return data

        return Pager(fetch, request, next_request, items, limit_error=_page_limit_error)

    @overload
    def create(self, body: DataStoreRequest, /) -> DataStore: ...

    @overload
    def create(
        self,
        /,
        *,
        type: str,
        technical_name: str,
        id: str | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: int | Unset = UNSET,
        tenant_id: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        properties: DataStoreRequestProperties | Unset = UNSET,
        created_time: str | Unset = UNSET,
        description: str | Unset = UNSET,
        last_modified_by: str | Unset = UNSET,
        last_modified_time: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
    ) -> DataStore: ...

    def create(
        self,
        body: DataStoreRequest | None = None,
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
        properties: DataStoreRequestProperties | Unset = UNSET,
        created_time: str | Unset = UNSET,
        description: str | Unset = UNSET,
        last_modified_by: str | Unset = UNSET,
        last_modified_time: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
    ) -> DataStore:
        """Save new data store.

        ``POST /v1/data-stores`` (createDataStore).

        Args:
            body: a ``DataStoreRequest``, or its fields as keyword arguments:
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

        body = _facade.model_from_fields(
            DataStoreRequest,
            body,
            {
                "type": type,
                "technical_name": technical_name,
                "id": id,
                "uri": uri,
                "name": name,
                "tags": tags,
                "owner_id": owner_id,
                "space_id": space_id,
                "version": version,
                "tenant_id": tenant_id,
                "created_by": created_by,
                "properties": properties,
                "created_time": created_time,
                "description": description,
                "last_modified_by": last_modified_by,
                "last_modified_time": last_modified_time,
                "technical_description": technical_description,
            },
            {
                "type": "type_",
                "technical_name": "technical_name",
                "id": "id",
                "uri": "uri",
                "name": "name",
                "tags": "tags",
                "owner_id": "owner_id",
                "space_id": "space_id",
                "version": "version",
                "tenant_id": "tenant_id",
                "created_by": "created_by",
                "properties": "properties",
                "created_time": "created_time",
                "description": "description",
                "last_modified_by": "last_modified_by",
                "last_modified_time": "last_modified_time",
                "technical_description": "technical_description",
            },
            "create",
            UNSET,
        )
        request = _create_data_store._get_kwargs(
            body=body,
        )
        response = self._caller.send("createDataStore", request)
        return _createDataStore(self._caller.client, response)

    @overload
    def delete_many(self, body: DeleteDataStoresRequest, /) -> None: ...

    @overload
    def delete_many(self, /, *, ids: builtins.list[str] | Unset = UNSET) -> None: ...

    def delete_many(
        self, body: DeleteDataStoresRequest | None = None, /, *, ids: builtins.list[str] | Unset = UNSET
    ) -> None:
        """Delete data stores if it does not contain any data-assets.

        ``DELETE /v1/data-stores`` (deleteDataStores).

        Args:
            body: a ``DeleteDataStoresRequest``, or its fields as keyword arguments:
            ids: list[str] | Unset

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            DeleteDataStoresRequest,
            body,
            {
                "ids": ids,
            },
            {
                "ids": "ids",
            },
            "delete_many",
            UNSET,
        )
        request = _delete_data_stores._get_kwargs(
            body=body,
        )
        response = self._caller.send("deleteDataStores", request)
        _deleteDataStores(self._caller.client, response)

    def get(self, data_store_id: str, /, *, projections: builtins.list[str] | Unset = UNSET) -> DataStore:
        """Get data store by ID.

        ``GET /v1/data-stores/{data-store-id}`` (getDataStore).

        Args:
            data_store_id: path parameter
            projections: Comma-separated fields to return in the response.

        Returns:
            DataStore.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_data_store._get_kwargs(
            data_store_id,
            projections=projections,
        )
        response = self._caller.send("getDataStore", request)
        return _getDataStore(self._caller.client, response)

    @overload
    def update(self, data_store_id: str, body: DataStoreRequest, /) -> DataStore: ...

    @overload
    def update(
        self,
        data_store_id: str,
        /,
        *,
        type: str,
        technical_name: str,
        id: str | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: int | Unset = UNSET,
        tenant_id: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        properties: DataStoreRequestProperties | Unset = UNSET,
        created_time: str | Unset = UNSET,
        description: str | Unset = UNSET,
        last_modified_by: str | Unset = UNSET,
        last_modified_time: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
    ) -> DataStore: ...

    def update(
        self,
        data_store_id: str,
        body: DataStoreRequest | None = None,
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
        properties: DataStoreRequestProperties | Unset = UNSET,
        created_time: str | Unset = UNSET,
        description: str | Unset = UNSET,
        last_modified_by: str | Unset = UNSET,
        last_modified_time: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
    ) -> DataStore:
        """Update data store.

        ``PUT /v1/data-stores/{data-store-id}`` (updateDataStore).

        Args:
            data_store_id: path parameter
            body: a ``DataStoreRequest``, or its fields as keyword arguments:
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

        body = _facade.model_from_fields(
            DataStoreRequest,
            body,
            {
                "type": type,
                "technical_name": technical_name,
                "id": id,
                "uri": uri,
                "name": name,
                "tags": tags,
                "owner_id": owner_id,
                "space_id": space_id,
                "version": version,
                "tenant_id": tenant_id,
                "created_by": created_by,
                "properties": properties,
                "created_time": created_time,
                "description": description,
                "last_modified_by": last_modified_by,
                "last_modified_time": last_modified_time,
                "technical_description": technical_description,
            },
            {
                "type": "type_",
                "technical_name": "technical_name",
                "id": "id",
                "uri": "uri",
                "name": "name",
                "tags": "tags",
                "owner_id": "owner_id",
                "space_id": "space_id",
                "version": "version",
                "tenant_id": "tenant_id",
                "created_by": "created_by",
                "properties": "properties",
                "created_time": "created_time",
                "description": "description",
                "last_modified_by": "last_modified_by",
                "last_modified_time": "last_modified_time",
                "technical_description": "technical_description",
            },
            "update",
            UNSET,
        )
        request = _update_data_store._get_kwargs(
            data_store_id,
            body=body,
        )
        response = self._caller.send("updateDataStore", request)
        return _updateDataStore(self._caller.client, response)

    def patch(self, data_store_id: str, operations: builtins.list[JsonPatchOperation], /) -> DataStore | None:
        """Patch data store.

        ``PATCH /v1/data-stores/{data-store-id}`` (patchDataStore).

        Args:
            data_store_id: path parameter
            operations: Array of JSON patch documents as defined by RFC 6902.

        Returns:
            DataStore | None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _patch_data_store._get_kwargs(
            data_store_id,
            body=operations,
        )
        response = self._caller.send("patchDataStore", request)
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
        """Get all data stores.

        ``GET /v1/data-stores`` (getDataStores).

        Args:
            limit: Page size limit.
            page: int | Unset
            projections: Comma-separated fields to return in the response.
            sort: Comma-separated fields and field start with '-' character sorts the result set in
                descending order.

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (DataStorePage).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_data_stores._get_kwargs(
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
        )
        response = await self._caller.send_async("getDataStores", request)
        return RawResponse.of(response, _getDataStores(self._caller.client, response))

    @overload
    async def create(self, body: DataStoreRequest, /) -> RawResponse[DataStore]: ...

    @overload
    async def create(
        self,
        /,
        *,
        type: str,
        technical_name: str,
        id: str | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: int | Unset = UNSET,
        tenant_id: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        properties: DataStoreRequestProperties | Unset = UNSET,
        created_time: str | Unset = UNSET,
        description: str | Unset = UNSET,
        last_modified_by: str | Unset = UNSET,
        last_modified_time: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
    ) -> RawResponse[DataStore]: ...

    async def create(
        self,
        body: DataStoreRequest | None = None,
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
        properties: DataStoreRequestProperties | Unset = UNSET,
        created_time: str | Unset = UNSET,
        description: str | Unset = UNSET,
        last_modified_by: str | Unset = UNSET,
        last_modified_time: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
    ) -> RawResponse[DataStore]:
        """Save new data store.

        ``POST /v1/data-stores`` (createDataStore).

        Args:
            body: a ``DataStoreRequest``, or its fields as keyword arguments:
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
            ``RawResponse`` with status, headers, raw body and ``parsed`` (DataStore).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            DataStoreRequest,
            body,
            {
                "type": type,
                "technical_name": technical_name,
                "id": id,
                "uri": uri,
                "name": name,
                "tags": tags,
                "owner_id": owner_id,
                "space_id": space_id,
                "version": version,
                "tenant_id": tenant_id,
                "created_by": created_by,
                "properties": properties,
                "created_time": created_time,
                "description": description,
                "last_modified_by": last_modified_by,
                "last_modified_time": last_modified_time,
                "technical_description": technical_description,
            },
            {
                "type": "type_",
                "technical_name": "technical_name",
                "id": "id",
                "uri": "uri",
                "name": "name",
                "tags": "tags",
                "owner_id": "owner_id",
                "space_id": "space_id",
                "version": "version",
                "tenant_id": "tenant_id",
                "created_by": "created_by",
                "properties": "properties",
                "created_time": "created_time",
                "description": "description",
                "last_modified_by": "last_modified_by",
                "last_modified_time": "last_modified_time",
                "technical_description": "technical_description",
            },
            "create",
            UNSET,
        )
        request = _create_data_store._get_kwargs(
            body=body,
        )
        response = await self._caller.send_async("createDataStore", request)
        return RawResponse.of(response, _createDataStore(self._caller.client, response))

    @overload
    async def delete_many(self, body: DeleteDataStoresRequest, /) -> RawResponse[None]: ...

    @overload
    async def delete_many(self, /, *, ids: builtins.list[str] | Unset = UNSET) -> RawResponse[None]: ...

    async def delete_many(
        self, body: DeleteDataStoresRequest | None = None, /, *, ids: builtins.list[str] | Unset = UNSET
    ) -> RawResponse[None]:
        """Delete data stores if it does not contain any data-assets.

        ``DELETE /v1/data-stores`` (deleteDataStores).

        Args:
            body: a ``DeleteDataStoresRequest``, or its fields as keyword arguments:
            ids: list[str] | Unset

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            DeleteDataStoresRequest,
            body,
            {
                "ids": ids,
            },
            {
                "ids": "ids",
            },
            "delete_many",
            UNSET,
        )
        request = _delete_data_stores._get_kwargs(
            body=body,
        )
        response = await self._caller.send_async("deleteDataStores", request)
        _deleteDataStores(self._caller.client, response)
        return RawResponse.of(response, None)

    async def get(
        self, data_store_id: str, /, *, projections: builtins.list[str] | Unset = UNSET
    ) -> RawResponse[DataStore]:
        """Get data store by ID.

        ``GET /v1/data-stores/{data-store-id}`` (getDataStore).

        Args:
            data_store_id: path parameter
            projections: Comma-separated fields to return in the response.

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (DataStore).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_data_store._get_kwargs(
            data_store_id,
            projections=projections,
        )
        response = await self._caller.send_async("getDataStore", request)
        return RawResponse.of(response, _getDataStore(self._caller.client, response))

    @overload
    async def update(self, data_store_id: str, body: DataStoreRequest, /) -> RawResponse[DataStore]: ...

    @overload
    async def update(
        self,
        data_store_id: str,
        /,
        *,
        type: str,
        technical_name: str,
        id: str | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: int | Unset = UNSET,
        tenant_id: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        properties: DataStoreRequestProperties | Unset = UNSET,
        created_time: str | Unset = UNSET,
        description: str | Unset = UNSET,
        last_modified_by: str | Unset = UNSET,
        last_modified_time: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
    ) -> RawResponse[DataStore]: ...

    async def update(
        self,
        data_store_id: str,
        body: DataStoreRequest | None = None,
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
        properties: DataStoreRequestProperties | Unset = UNSET,
        created_time: str | Unset = UNSET,
        description: str | Unset = UNSET,
        last_modified_by: str | Unset = UNSET,
        last_modified_time: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
    ) -> RawResponse[DataStore]:
        """Update data store.

        ``PUT /v1/data-stores/{data-store-id}`` (updateDataStore).

        Args:
            data_store_id: path parameter
            body: a ``DataStoreRequest``, or its fields as keyword arguments:
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
            ``RawResponse`` with status, headers, raw body and ``parsed`` (DataStore).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            DataStoreRequest,
            body,
            {
                "type": type,
                "technical_name": technical_name,
                "id": id,
                "uri": uri,
                "name": name,
                "tags": tags,
                "owner_id": owner_id,
                "space_id": space_id,
                "version": version,
                "tenant_id": tenant_id,
                "created_by": created_by,
                "properties": properties,
                "created_time": created_time,
                "description": description,
                "last_modified_by": last_modified_by,
                "last_modified_time": last_modified_time,
                "technical_description": technical_description,
            },
            {
                "type": "type_",
                "technical_name": "technical_name",
                "id": "id",
                "uri": "uri",
                "name": "name",
                "tags": "tags",
                "owner_id": "owner_id",
                "space_id": "space_id",
                "version": "version",
                "tenant_id": "tenant_id",
                "created_by": "created_by",
                "properties": "properties",
                "created_time": "created_time",
                "description": "description",
                "last_modified_by": "last_modified_by",
                "last_modified_time": "last_modified_time",
                "technical_description": "technical_description",
            },
            "update",
            UNSET,
        )
        request = _update_data_store._get_kwargs(
            data_store_id,
            body=body,
        )
        response = await self._caller.send_async("updateDataStore", request)
        return RawResponse.of(response, _updateDataStore(self._caller.client, response))

    async def patch(
        self, data_store_id: str, operations: builtins.list[JsonPatchOperation], /
    ) -> RawResponse[DataStore | None]:
        """Patch data store.

        ``PATCH /v1/data-stores/{data-store-id}`` (patchDataStore).

        Args:
            data_store_id: path parameter
            operations: Array of JSON patch documents as defined by RFC 6902.

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (DataStore | None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _patch_data_store._get_kwargs(
            data_store_id,
            body=operations,
        )
        response = await self._caller.send_async("patchDataStore", request)
        return RawResponse.of(response, _patchDataStore(self._caller.client, response))


class AsyncDataStores:
    """Data stores of Qlik Cloud data stores (async)."""

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
        """Get all data stores.

        ``GET /v1/data-stores`` (getDataStores).

        Args:
            limit: Page size limit.
            page: int | Unset
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

        request = _get_data_stores._get_kwargs(
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
        )
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
            data = [] if isinstance(page.data, Unset) else page.data
            return data

        return AsyncPager(fetch, request, next_request, items, limit_error=_page_limit_error)

    @overload
    async def create(self, body: DataStoreRequest, /) -> DataStore: ...

    @overload
    async def create(
        self,
        /,
        *,
        type: str,
        technical_name: str,
        id: str | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: int | Unset = UNSET,
        tenant_id: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        properties: DataStoreRequestProperties | Unset = UNSET,
        created_time: str | Unset = UNSET,
        description: str | Unset = UNSET,
        last_modified_by: str | Unset = UNSET,
        last_modified_time: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
    ) -> DataStore: ...

    async def create(
        self,
        body: DataStoreRequest | None = None,
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
        properties: DataStoreRequestProperties | Unset = UNSET,
        created_time: str | Unset = UNSET,
        description: str | Unset = UNSET,
        last_modified_by: str | Unset = UNSET,
        last_modified_time: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
    ) -> DataStore:
        """Save new data store.

        ``POST /v1/data-stores`` (createDataStore).

        Args:
            body: a ``DataStoreRequest``, or its fields as keyword arguments:
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

        body = _facade.model_from_fields(
            DataStoreRequest,
            body,
            {
                "type": type,
                "technical_name": technical_name,
                "id": id,
                "uri": uri,
                "name": name,
                "tags": tags,
                "owner_id": owner_id,
                "space_id": space_id,
                "version": version,
                "tenant_id": tenant_id,
                "created_by": created_by,
                "properties": properties,
                "created_time": created_time,
                "description": description,
                "last_modified_by": last_modified_by,
                "last_modified_time": last_modified_time,
                "technical_description": technical_description,
            },
            {
                "type": "type_",
                "technical_name": "technical_name",
                "id": "id",
                "uri": "uri",
                "name": "name",
                "tags": "tags",
                "owner_id": "owner_id",
                "space_id": "space_id",
                "version": "version",
                "tenant_id": "tenant_id",
                "created_by": "created_by",
                "properties": "properties",
                "created_time": "created_time",
                "description": "description",
                "last_modified_by": "last_modified_by",
                "last_modified_time": "last_modified_time",
                "technical_description": "technical_description",
            },
            "create",
            UNSET,
        )
        request = _create_data_store._get_kwargs(
            body=body,
        )
        response = await self._caller.send_async("createDataStore", request)
        return _createDataStore(self._caller.client, response)

    @overload
    async def delete_many(self, body: DeleteDataStoresRequest, /) -> None: ...

    @overload
    async def delete_many(self, /, *, ids: builtins.list[str] | Unset = UNSET) -> None: ...

    async def delete_many(
        self, body: DeleteDataStoresRequest | None = None, /, *, ids: builtins.list[str] | Unset = UNSET
    ) -> None:
        """Delete data stores if it does not contain any data-assets.

        ``DELETE /v1/data-stores`` (deleteDataStores).

        Args:
            body: a ``DeleteDataStoresRequest``, or its fields as keyword arguments:
            ids: list[str] | Unset

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            DeleteDataStoresRequest,
            body,
            {
                "ids": ids,
            },
            {
                "ids": "ids",
            },
            "delete_many",
            UNSET,
        )
        request = _delete_data_stores._get_kwargs(
            body=body,
        )
        response = await self._caller.send_async("deleteDataStores", request)
        _deleteDataStores(self._caller.client, response)

    async def get(self, data_store_id: str, /, *, projections: builtins.list[str] | Unset = UNSET) -> DataStore:
        """Get data store by ID.

        ``GET /v1/data-stores/{data-store-id}`` (getDataStore).

        Args:
            data_store_id: path parameter
            projections: Comma-separated fields to return in the response.

        Returns:
            DataStore.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_data_store._get_kwargs(
            data_store_id,
            projections=projections,
        )
        response = await self._caller.send_async("getDataStore", request)
        return _getDataStore(self._caller.client, response)

    @overload
    async def update(self, data_store_id: str, body: DataStoreRequest, /) -> DataStore: ...

    @overload
    async def update(
        self,
        data_store_id: str,
        /,
        *,
        type: str,
        technical_name: str,
        id: str | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: int | Unset = UNSET,
        tenant_id: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        properties: DataStoreRequestProperties | Unset = UNSET,
        created_time: str | Unset = UNSET,
        description: str | Unset = UNSET,
        last_modified_by: str | Unset = UNSET,
        last_modified_time: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
    ) -> DataStore: ...

    async def update(
        self,
        data_store_id: str,
        body: DataStoreRequest | None = None,
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
        properties: DataStoreRequestProperties | Unset = UNSET,
        created_time: str | Unset = UNSET,
        description: str | Unset = UNSET,
        last_modified_by: str | Unset = UNSET,
        last_modified_time: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
    ) -> DataStore:
        """Update data store.

        ``PUT /v1/data-stores/{data-store-id}`` (updateDataStore).

        Args:
            data_store_id: path parameter
            body: a ``DataStoreRequest``, or its fields as keyword arguments:
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

        body = _facade.model_from_fields(
            DataStoreRequest,
            body,
            {
                "type": type,
                "technical_name": technical_name,
                "id": id,
                "uri": uri,
                "name": name,
                "tags": tags,
                "owner_id": owner_id,
                "space_id": space_id,
                "version": version,
                "tenant_id": tenant_id,
                "created_by": created_by,
                "properties": properties,
                "created_time": created_time,
                "description": description,
                "last_modified_by": last_modified_by,
                "last_modified_time": last_modified_time,
                "technical_description": technical_description,
            },
            {
                "type": "type_",
                "technical_name": "technical_name",
                "id": "id",
                "uri": "uri",
                "name": "name",
                "tags": "tags",
                "owner_id": "owner_id",
                "space_id": "space_id",
                "version": "version",
                "tenant_id": "tenant_id",
                "created_by": "created_by",
                "properties": "properties",
                "created_time": "created_time",
                "description": "description",
                "last_modified_by": "last_modified_by",
                "last_modified_time": "last_modified_time",
                "technical_description": "technical_description",
            },
            "update",
            UNSET,
        )
        request = _update_data_store._get_kwargs(
            data_store_id,
            body=body,
        )
        response = await self._caller.send_async("updateDataStore", request)
        return _updateDataStore(self._caller.client, response)

    async def patch(self, data_store_id: str, operations: builtins.list[JsonPatchOperation], /) -> DataStore | None:
        """Patch data store.

        ``PATCH /v1/data-stores/{data-store-id}`` (patchDataStore).

        Args:
            data_store_id: path parameter
            operations: Array of JSON patch documents as defined by RFC 6902.

        Returns:
            DataStore | None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _patch_data_store._get_kwargs(
            data_store_id,
            body=operations,
        )
        response = await self._caller.send_async("patchDataStore", request)
        return _patchDataStore(self._caller.client, response)


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
        """Get all data assets belonging to the data store(s).

        ``GET /v1/data-stores/{data-store-ids}/data-assets`` (getDataAssets).

        Args:
            data_store_ids: Comma-separated data store IDs or * to include all data stores.
            limit: Page size limit.
            page: int | Unset
            projections: Comma-separated fields to return in the response.
            sort: Comma-separated fields and field start with '-' character sorts the result set in
                descending order.

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (DataAssetPage).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_data_assets._get_kwargs(
            data_store_ids,
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
        )
        response = self._caller.send("getDataAssets", request)
        return RawResponse.of(response, _getDataAssets(self._caller.client, response))

    def delete(self, data_store_ids: str, /) -> RawResponse[None]:
        """Delete data assets and child data-sets by data-store IDs.

        ``DELETE /v1/data-stores/{data-store-ids}/data-assets`` (deleteDataAssets).

        Args:
            data_store_ids: Comma-separated data store IDs or * to include all data stores.

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _delete_data_assets._get_kwargs(
            data_store_ids,
        )
        response = self._caller.send("deleteDataAssets", request)
        _deleteDataAssets(self._caller.client, response)
        return RawResponse.of(response, None)


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
            page: int | Unset
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
            data_store_ids,
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
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
            data = [] if isinstance(page.data, Unset) else page.data
            return data

        return Pager(fetch, request, next_request, items, limit_error=_page_limit_error)

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

        request = _delete_data_assets._get_kwargs(
            data_store_ids,
        )
        response = self._caller.send("deleteDataAssets", request)
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
        """Get all data assets belonging to the data store(s).

        ``GET /v1/data-stores/{data-store-ids}/data-assets`` (getDataAssets).

        Args:
            data_store_ids: Comma-separated data store IDs or * to include all data stores.
            limit: Page size limit.
            page: int | Unset
            projections: Comma-separated fields to return in the response.
            sort: Comma-separated fields and field start with '-' character sorts the result set in
                descending order.

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (DataAssetPage).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_data_assets._get_kwargs(
            data_store_ids,
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
        )
        response = await self._caller.send_async("getDataAssets", request)
        return RawResponse.of(response, _getDataAssets(self._caller.client, response))

    async def delete(self, data_store_ids: str, /) -> RawResponse[None]:
        """Delete data assets and child data-sets by data-store IDs.

        ``DELETE /v1/data-stores/{data-store-ids}/data-assets`` (deleteDataAssets).

        Args:
            data_store_ids: Comma-separated data store IDs or * to include all data stores.

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _delete_data_assets._get_kwargs(
            data_store_ids,
        )
        response = await self._caller.send_async("deleteDataAssets", request)
        _deleteDataAssets(self._caller.client, response)
        return RawResponse.of(response, None)


class AsyncDataAssets:
    """Data assets of Qlik Cloud data stores (async)."""

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
        """Get all data assets belonging to the data store(s).

        ``GET /v1/data-stores/{data-store-ids}/data-assets`` (getDataAssets).

        Args:
            data_store_ids: Comma-separated data store IDs or * to include all data stores.
            limit: Page size limit.
            page: int | Unset
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
            data_store_ids,
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
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
            data = [] if isinstance(page.data, Unset) else page.data
            return data

        return AsyncPager(fetch, request, next_request, items, limit_error=_page_limit_error)

    async def delete(self, data_store_ids: str, /) -> None:
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

        request = _delete_data_assets._get_kwargs(
            data_store_ids,
        )
        response = await self._caller.send_async("deleteDataAssets", request)
        _deleteDataAssets(self._caller.client, response)


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
        """Get all data sets belonging to the data store(s) and data asset(s).

        ``GET /v1/data-stores/{data-store-ids}/data-assets/{data-asset-ids}/data-sets`` (getDataSets).

        Args:
            data_store_ids: Comma-separated data store IDs or * to include all data stores.
            data_asset_ids: Comma-separated data asset IDs or * to include all data assets.
            limit: Page size limit.
            page: int | Unset
            projections: Comma-separated fields to return in the response.
            sort: Comma-separated fields and field start with '-' character sorts the result set in
                descending order.

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (DataSetPage).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_data_sets._get_kwargs(
            data_store_ids,
            data_asset_ids,
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
        )
        response = self._caller.send("getDataSets", request)
        return RawResponse.of(response, _getDataSets(self._caller.client, response))

    def delete(self, data_store_ids: str, data_asset_ids: str, /) -> RawResponse[None]:
        """Delete data sets by data-store IDs and data-asset IDs.

        ``DELETE /v1/data-stores/{data-store-ids}/data-assets/{data-asset-ids}/data-sets`` (deleteDataSets).

        Args:
            data_store_ids: Comma-separated data store IDs or * to include all data stores.
            data_asset_ids: Comma-separated data asset IDs or * to include all data assets.

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _delete_data_sets._get_kwargs(
            data_store_ids,
            data_asset_ids,
        )
        response = self._caller.send("deleteDataSets", request)
        _deleteDataSets(self._caller.client, response)
        return RawResponse.of(response, None)


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
            page: int | Unset
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
            data_store_ids,
            data_asset_ids,
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
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
            data = [] if isinstance(page.data, Unset) else page.data
            return data

        return Pager(fetch, request, next_request, items, limit_error=_page_limit_error)

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

        request = _delete_data_sets._get_kwargs(
            data_store_ids,
            data_asset_ids,
        )
        response = self._caller.send("deleteDataSets", request)
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
        """Get all data sets belonging to the data store(s) and data asset(s).

        ``GET /v1/data-stores/{data-store-ids}/data-assets/{data-asset-ids}/data-sets`` (getDataSets).

        Args:
            data_store_ids: Comma-separated data store IDs or * to include all data stores.
            data_asset_ids: Comma-separated data asset IDs or * to include all data assets.
            limit: Page size limit.
            page: int | Unset
            projections: Comma-separated fields to return in the response.
            sort: Comma-separated fields and field start with '-' character sorts the result set in
                descending order.

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (DataSetPage).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_data_sets._get_kwargs(
            data_store_ids,
            data_asset_ids,
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
        )
        response = await self._caller.send_async("getDataSets", request)
        return RawResponse.of(response, _getDataSets(self._caller.client, response))

    async def delete(self, data_store_ids: str, data_asset_ids: str, /) -> RawResponse[None]:
        """Delete data sets by data-store IDs and data-asset IDs.

        ``DELETE /v1/data-stores/{data-store-ids}/data-assets/{data-asset-ids}/data-sets`` (deleteDataSets).

        Args:
            data_store_ids: Comma-separated data store IDs or * to include all data stores.
            data_asset_ids: Comma-separated data asset IDs or * to include all data assets.

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _delete_data_sets._get_kwargs(
            data_store_ids,
            data_asset_ids,
        )
        response = await self._caller.send_async("deleteDataSets", request)
        _deleteDataSets(self._caller.client, response)
        return RawResponse.of(response, None)


class AsyncDataSets:
    """Data sets of Qlik Cloud data stores (async)."""

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
        """Get all data sets belonging to the data store(s) and data asset(s).

        ``GET /v1/data-stores/{data-store-ids}/data-assets/{data-asset-ids}/data-sets`` (getDataSets).

        Args:
            data_store_ids: Comma-separated data store IDs or * to include all data stores.
            data_asset_ids: Comma-separated data asset IDs or * to include all data assets.
            limit: Page size limit.
            page: int | Unset
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
            data_store_ids,
            data_asset_ids,
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
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
            data = [] if isinstance(page.data, Unset) else page.data
            return data

        return AsyncPager(fetch, request, next_request, items, limit_error=_page_limit_error)

    async def delete(self, data_store_ids: str, data_asset_ids: str, /) -> None:
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

        request = _delete_data_sets._get_kwargs(
            data_store_ids,
            data_asset_ids,
        )
        response = await self._caller.send_async("deleteDataSets", request)
        _deleteDataSets(self._caller.client, response)


class DataStoresClient(AuthenticatedClient):
    """Qlik Cloud data stores, one attribute per resource.

        cloud = DataStoresClient.for_tenant("acme", region="eu", token=...)
        cloud = DataStoresClient(base_url="https://acme.eu.qlikcloud.com/api", token=...)

    Every keyword option of ``AuthenticatedClient`` applies (retries, timeouts, proxies, ..., rate_limit). Errors always
    raise: ``raise_on_error=False`` is refused (use the low-level ``AuthenticatedClient`` for it).
    """

    _path_overrides: Mapping[str, str] = _NO_OVERRIDES

    @property
    def raise_on_error(self) -> bool:
        """Always True: the resource methods raise for every error status."""
        return True

    @raise_on_error.setter
    def raise_on_error(self, value: bool) -> None:
        if not value:
            raise ValueError(
                "DataStoresClient always raises for error statuses; use AuthenticatedClient(raise_on_error=False) for the low-level functions"
            )

    def _caller(self) -> _facade.Caller[Any]:
        return _facade.Caller(
            self,
            send=_runtime.send,
            send_async=_runtime.send_async,
            routes=_ROUTES,
            overrides=self._path_overrides,
            api_error=errors.ApiError,
        )

    @property
    def data_stores(self) -> DataStores:
        """Data stores: list, create, delete_many, get, update, patch."""
        return DataStores(self._caller())

    @property
    def data_assets(self) -> DataAssets:
        """Data assets: list, delete."""
        return DataAssets(self._caller())

    @property
    def data_sets(self) -> DataSets:
        """Data sets: list, delete."""
        return DataSets(self._caller())


class AsyncDataStoresClient(AuthenticatedClient):
    """Qlik Cloud data stores (async: every method is a coroutine, pagers take ``async for``), one attribute per resource.

        cloud = AsyncDataStoresClient.for_tenant("acme", region="eu", token=...)
        cloud = AsyncDataStoresClient(base_url="https://acme.eu.qlikcloud.com/api", token=...)

    Every keyword option of ``AuthenticatedClient`` applies (retries, timeouts, proxies, ..., rate_limit). Errors always
    raise: ``raise_on_error=False`` is refused (use the low-level ``AuthenticatedClient`` for it).
    """

    _path_overrides: Mapping[str, str] = _NO_OVERRIDES

    @property
    def raise_on_error(self) -> bool:
        """Always True: the resource methods raise for every error status."""
        return True

    @raise_on_error.setter
    def raise_on_error(self, value: bool) -> None:
        if not value:
            raise ValueError(
                "AsyncDataStoresClient always raises for error statuses; use AuthenticatedClient(raise_on_error=False) for the low-level functions"
            )

    def _caller(self) -> _facade.Caller[Any]:
        return _facade.Caller(
            self,
            send=_runtime.send,
            send_async=_runtime.send_async,
            routes=_ROUTES,
            overrides=self._path_overrides,
            api_error=errors.ApiError,
        )

    @property
    def data_stores(self) -> AsyncDataStores:
        """Data stores: list, create, delete_many, get, update, patch."""
        return AsyncDataStores(self._caller())

    @property
    def data_assets(self) -> AsyncDataAssets:
        """Data assets: list, delete."""
        return AsyncDataAssets(self._caller())

    @property
    def data_sets(self) -> AsyncDataSets:
        """Data sets: list, delete."""
        return AsyncDataSets(self._caller())
