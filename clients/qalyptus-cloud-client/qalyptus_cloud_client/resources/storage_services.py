# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``storage_services`` of Qalyptus Cloud: ``StorageServices`` (documented), ``AsyncStorageServices`` and their ``with_raw_response`` twins.

Reached as ``QalyptusClient(...).storage_services``. Each method sends one operation through its low-level module under ``api/``,
returns its success type and raises ``errors.ApiError`` (a subclass per status) for anything else.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict, Unpack, overload
from uuid import UUID

import httpx

from .. import _facade, _results
from .._facade import JsonObject, JsonValue, RawResponse
from ..api.storage_services import delete_storage_service as _delete_storage_service
from ..api.storage_services import delete_storage_services as _delete_storage_services
from ..api.storage_services import get_storage_service as _get_storage_service
from ..api.storage_services import get_storage_services as _get_storage_services
from ..api.storage_services import update_storage_service as _update_storage_service
from ..client import AuthenticatedClient, Client
from ..models import (
    ApiResponse,
    UpdateStorageServiceRequest,
)
from ..types import UNSET, Unset

__all__ = [
    "AsyncStorageServices",
    "AsyncStorageServicesWithRawResponse",
    "StorageServices",
    "StorageServicesWithRawResponse",
]


# By method: the keyword fields taking a str (UUID, date) or a mapping (model) for their type (_facade.accept).
_KINDS: dict[str, dict[str, Any]] = {}


def _getStorageServices(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[JsonObject]:
    parsed = _get_storage_services._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_list(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteStorageServices(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_storage_services._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getStorageService(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_storage_service._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


if TYPE_CHECKING:

    class _updateStorageServiceFields(TypedDict, total=False):
        """``update``'s keyword fields, those of a ``UpdateStorageServiceRequest`` (shared by its four variants)."""

        name: Required[str]
        description: None | str | Unset
        type: None | str | Unset
        host: None | str | Unset
        username: None | str | Unset
        password: None | str | Unset
        passive_mode: bool | None | Unset
        ftp_test_directory_path: None | str | Unset
        sftp_port: int | None | Unset


def _updateStorageService(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _update_storage_service._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteStorageService(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_storage_service._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


class StorageServices:
    """Storage services of Qalyptus Cloud."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> StorageServicesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return StorageServicesWithRawResponse(self._caller)

    def list(self) -> builtins.list[JsonObject]:
        """Get a list of all storage services.

        Get the storage services associated with the authenticated user.

        ``GET /storage-services`` (getStorageServices): this path is inferred from the documentation's
        naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"getStorageServices": "/the/right/path"}`` to the client.

        Returns:
            list[JsonObject]: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getStorageServices", _get_storage_services._get_kwargs())
        return _getStorageServices(self._caller.client, response)

    def delete_many(self, ids: Sequence[UUID | str], /) -> JsonValue:
        """Delete multiple storage services.

        Delete multiple storage services with the specified IDs.

        ``DELETE /storage-services`` (deleteStorageServices): this path is inferred from the documentation's
        naming style, not verified. Bulk delete modelled as DELETE with a JSON array body on the collection;
        alternatives: POST {collection}/delete or DELETE {collection}/bulk. If the API answers 404 or 405,
        pass ``path_overrides={"deleteStorageServices": "/the/right/path"}`` to the client.

        Args:
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteStorageServices", _delete_storage_services._get_kwargs(body=ids))
        return _deleteStorageServices(self._caller.client, response)

    def get(self, id: UUID | str, /) -> JsonObject:
        """Get the storage service with the specified ID.

        Get the details of a specific storage service associated with the authenticated user.

        ``GET /storage-services/{id}`` (getStorageService): this path is inferred from the documentation's
        naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"getStorageService": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the storage service.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getStorageService", _get_storage_service._get_kwargs(id))
        return _getStorageService(self._caller.client, response)

    @overload
    def update(self, id: UUID | str, body: UpdateStorageServiceRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateStorageServiceFields]) -> JsonValue: ...

    def update(
        self,
        id: UUID | str,
        body: UpdateStorageServiceRequest | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        type: None | str | Unset = UNSET,
        host: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        password: None | str | Unset = UNSET,
        passive_mode: bool | None | Unset = UNSET,
        ftp_test_directory_path: None | str | Unset = UNSET,
        sftp_port: int | None | Unset = UNSET,
    ) -> JsonValue:
        """Update a storage service.

        Update the storage service with the specified ID.

        ``PUT /storage-services/{id}`` (updateStorageService): this path is inferred from the
        documentation's naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"updateStorageService": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the storage service to update.
            body: a ``UpdateStorageServiceRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            name: (required) str
            description: None | str | Unset
            type: None | str | Unset
            host: None | str | Unset
            username: None | str | Unset
            password: None | str | Unset
            passive_mode: bool | None | Unset
            ftp_test_directory_path: None | str | Unset
            sftp_port: int | None | Unset

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            UpdateStorageServiceRequest, body, locals(), ("self", "body", "id"), "update", UNSET, {"type": "type_"}
        )
        response = self._caller.send("updateStorageService", _update_storage_service._get_kwargs(id, body=body))
        return _updateStorageService(self._caller.client, response)

    def delete(self, id: UUID | str, /) -> JsonValue:
        """Delete the storage service with the specified ID.

        Delete a specific storage service with the specified ID.

        ``DELETE /storage-services/{id}`` (deleteStorageService): this path is inferred from the
        documentation's naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"deleteStorageService": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the storage service to delete.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteStorageService", _delete_storage_service._get_kwargs(id))
        return _deleteStorageService(self._caller.client, response)


class StorageServicesWithRawResponse:
    """``storage_services`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def list(self) -> RawResponse[builtins.list[JsonObject]]:
        """``StorageServices.list`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getStorageServices", _get_storage_services._get_kwargs())
        return RawResponse.of(response, _getStorageServices(self._caller.client, response))

    def delete_many(self, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``StorageServices.delete_many`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteStorageServices", _delete_storage_services._get_kwargs(body=ids))
        return RawResponse.of(response, _deleteStorageServices(self._caller.client, response))

    def get(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``StorageServices.get`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getStorageService", _get_storage_service._get_kwargs(id))
        return RawResponse.of(response, _getStorageService(self._caller.client, response))

    @overload
    def update(
        self, id: UUID | str, body: UpdateStorageServiceRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateStorageServiceFields]) -> RawResponse[JsonValue]: ...

    def update(
        self, id: UUID | str, body: UpdateStorageServiceRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``StorageServices.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            UpdateStorageServiceRequest, body, fields, "update", UNSET, {"type": "type_"}
        )
        response = self._caller.send("updateStorageService", _update_storage_service._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateStorageService(self._caller.client, response))

    def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``StorageServices.delete`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteStorageService", _delete_storage_service._get_kwargs(id))
        return RawResponse.of(response, _deleteStorageService(self._caller.client, response))


class AsyncStorageServices:
    """Storage services of Qalyptus Cloud (async: the methods of ``StorageServices``, documented there)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncStorageServicesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncStorageServicesWithRawResponse(self._caller)

    async def list(self) -> builtins.list[JsonObject]:
        """``StorageServices.list`` (documented there), async."""
        response = await self._caller.send_async("getStorageServices", _get_storage_services._get_kwargs())
        return _getStorageServices(self._caller.client, response)

    async def delete_many(self, ids: Sequence[UUID | str], /) -> JsonValue:
        """``StorageServices.delete_many`` (documented there), async."""
        response = await self._caller.send_async(
            "deleteStorageServices", _delete_storage_services._get_kwargs(body=ids)
        )
        return _deleteStorageServices(self._caller.client, response)

    async def get(self, id: UUID | str, /) -> JsonObject:
        """``StorageServices.get`` (documented there), async."""
        response = await self._caller.send_async("getStorageService", _get_storage_service._get_kwargs(id))
        return _getStorageService(self._caller.client, response)

    @overload
    async def update(self, id: UUID | str, body: UpdateStorageServiceRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def update(self, id: UUID | str, /, **fields: Unpack[_updateStorageServiceFields]) -> JsonValue: ...

    async def update(
        self, id: UUID | str, body: UpdateStorageServiceRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``StorageServices.update`` (documented there), async."""
        body = _facade.model_from_keywords(
            UpdateStorageServiceRequest, body, fields, "update", UNSET, {"type": "type_"}
        )
        response = await self._caller.send_async(
            "updateStorageService", _update_storage_service._get_kwargs(id, body=body)
        )
        return _updateStorageService(self._caller.client, response)

    async def delete(self, id: UUID | str, /) -> JsonValue:
        """``StorageServices.delete`` (documented there), async."""
        response = await self._caller.send_async("deleteStorageService", _delete_storage_service._get_kwargs(id))
        return _deleteStorageService(self._caller.client, response)


class AsyncStorageServicesWithRawResponse:
    """``storage_services`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def list(self) -> RawResponse[builtins.list[JsonObject]]:
        """``StorageServices.list`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getStorageServices", _get_storage_services._get_kwargs())
        return RawResponse.of(response, _getStorageServices(self._caller.client, response))

    async def delete_many(self, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``StorageServices.delete_many`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "deleteStorageServices", _delete_storage_services._get_kwargs(body=ids)
        )
        return RawResponse.of(response, _deleteStorageServices(self._caller.client, response))

    async def get(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``StorageServices.get`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getStorageService", _get_storage_service._get_kwargs(id))
        return RawResponse.of(response, _getStorageService(self._caller.client, response))

    @overload
    async def update(
        self, id: UUID | str, body: UpdateStorageServiceRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def update(
        self, id: UUID | str, /, **fields: Unpack[_updateStorageServiceFields]
    ) -> RawResponse[JsonValue]: ...

    async def update(
        self, id: UUID | str, body: UpdateStorageServiceRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``StorageServices.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            UpdateStorageServiceRequest, body, fields, "update", UNSET, {"type": "type_"}
        )
        response = await self._caller.send_async(
            "updateStorageService", _update_storage_service._get_kwargs(id, body=body)
        )
        return RawResponse.of(response, _updateStorageService(self._caller.client, response))

    async def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``StorageServices.delete`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteStorageService", _delete_storage_service._get_kwargs(id))
        return RawResponse.of(response, _deleteStorageService(self._caller.client, response))
