# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``api_keys`` of Qalyptus Cloud: ``ApiKeys`` (documented), ``AsyncApiKeys`` and their ``with_raw_response`` twins.

Reached as ``QalyptusClient(...).api_keys``. Each method sends one operation through its low-level module under ``api/``,
returns its success type and raises ``errors.ApiError`` (a subclass per status) for anything else.
"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict, Unpack, overload
from uuid import UUID

import httpx

from .. import _facade, _results
from .._facade import JsonObject, JsonValue, RawResponse
from ..api.api_keys import create_api_key as _create_api_key
from ..api.api_keys import delete_api_key as _delete_api_key
from ..api.api_keys import delete_api_keys as _delete_api_keys
from ..api.api_keys import get_api_key as _get_api_key
from ..api.api_keys import get_api_keys as _get_api_keys
from ..api.api_keys import update_api_key as _update_api_key
from ..client import AuthenticatedClient, Client
from ..models import (
    ApiResponse,
    CreateApiKeyRequest,
    NameDescriptionRequest,
)
from ..types import UNSET, Unset

__all__ = [
    "AsyncApiKeys",
    "AsyncApiKeysWithRawResponse",
    "ApiKeys",
    "ApiKeysWithRawResponse",
]


# By method: the keyword fields taking a str (UUID, date) or a mapping (model) for their type (_facade.accept).
_KINDS: dict[str, dict[str, Any]] = {}


def _getApiKeys(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[JsonObject]:
    parsed = _get_api_keys._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_list(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["create"] = {"expiry_date": "datetime", "organization_id": "uuid"}
if TYPE_CHECKING:

    class _createApiKeyFields(TypedDict, total=False):
        """``create``'s keyword fields, those of a ``CreateApiKeyRequest`` (shared by its four variants)."""

        name: Required[str]
        expiry_date: Required[datetime.datetime | str]
        organization_id: Required[UUID | str]
        description: None | str | Unset


def _createApiKey(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _create_api_key._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteApiKeys(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_api_keys._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getApiKey(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_api_key._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


if TYPE_CHECKING:

    class _updateApiKeyFields(TypedDict, total=False):
        """``update``'s keyword fields, those of a ``NameDescriptionRequest`` (shared by its four variants)."""

        name: Required[str]
        description: None | str | Unset


def _updateApiKey(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _update_api_key._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteApiKey(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_api_key._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


class ApiKeys:
    """Api keys of Qalyptus Cloud."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> ApiKeysWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return ApiKeysWithRawResponse(self._caller)

    def list(self) -> builtins.list[JsonObject]:
        """Get user API keys.

        Get a list of all API keys.

        ``GET /api-keys`` (getApiKeys): this path is inferred from the documentation's naming style, not
        verified. If the API answers 404 or 405, pass ``path_overrides={"getApiKeys": "/the/right/path"}``
        to the client.

        Returns:
            list[JsonObject]: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getApiKeys", _get_api_keys._get_kwargs())
        return _getApiKeys(self._caller.client, response)

    @overload
    def create(self, body: CreateApiKeyRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def create(self, /, **fields: Unpack[_createApiKeyFields]) -> JsonValue: ...

    def create(
        self,
        body: CreateApiKeyRequest | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        expiry_date: datetime.datetime | str | Unset = UNSET,
        organization_id: UUID | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
    ) -> JsonValue:
        """Create API key.

        Create a new API key.

        ``POST /api-keys`` (createApiKey): this path is inferred from the documentation's naming style, not
        verified. If the API answers 404 or 405, pass ``path_overrides={"createApiKey": "/the/right/path"}``
        to the client.

        Args:
            body: a ``CreateApiKeyRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            name: (required) str
            expiry_date: (required) datetime.datetime | str
            organization_id: (required) UUID | str
            description: None | str | Unset

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            CreateApiKeyRequest, body, locals(), ("self", "body"), "create", UNSET, kinds=_KINDS
        )
        response = self._caller.send("createApiKey", _create_api_key._get_kwargs(body=body))
        return _createApiKey(self._caller.client, response)

    def delete_many(self, ids: Sequence[UUID | str], /) -> JsonValue:
        """Delete API keys.

        Delete multiple user API keys.

        ``DELETE /api-keys`` (deleteApiKeys): this path is inferred from the documentation's naming style,
        not verified. Bulk delete modelled as DELETE with a JSON array body on the collection; alternatives:
        POST {collection}/delete or DELETE {collection}/bulk. If the API answers 404 or 405, pass
        ``path_overrides={"deleteApiKeys": "/the/right/path"}`` to the client.

        Args:
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteApiKeys", _delete_api_keys._get_kwargs(body=ids))
        return _deleteApiKeys(self._caller.client, response)

    def get(self, id: UUID | str, /) -> JsonObject:
        """Get user API key.

        Get the details of a user's API key by its unique identifier.

        ``GET /api-keys/{id}`` (getApiKey): this path is inferred from the documentation's naming style, not
        verified. If the API answers 404 or 405, pass ``path_overrides={"getApiKey": "/the/right/path"}`` to
        the client.

        Args:
            id: The ID of the API key to retrieve.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getApiKey", _get_api_key._get_kwargs(id))
        return _getApiKey(self._caller.client, response)

    @overload
    def update(self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateApiKeyFields]) -> JsonValue: ...

    def update(
        self,
        id: UUID | str,
        body: NameDescriptionRequest | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
    ) -> JsonValue:
        """Update API key.

        Update an existing API key.

        ``PUT /api-keys/{id}`` (updateApiKey): this path is inferred from the documentation's naming style,
        not verified. If the API answers 404 or 405, pass ``path_overrides={"updateApiKey":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the API key to update.
            body: a ``NameDescriptionRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            name: (required) str
            description: None | str | Unset

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            NameDescriptionRequest, body, locals(), ("self", "body", "id"), "update", UNSET
        )
        response = self._caller.send("updateApiKey", _update_api_key._get_kwargs(id, body=body))
        return _updateApiKey(self._caller.client, response)

    def delete(self, id: UUID | str, /) -> JsonValue:
        """Delete API key.

        Delete a user's API key by its unique identifier.

        ``DELETE /api-keys/{id}`` (deleteApiKey): this path is inferred from the documentation's naming
        style, not verified. If the API answers 404 or 405, pass ``path_overrides={"deleteApiKey":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the API key to delete.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteApiKey", _delete_api_key._get_kwargs(id))
        return _deleteApiKey(self._caller.client, response)


class ApiKeysWithRawResponse:
    """``api_keys`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def list(self) -> RawResponse[builtins.list[JsonObject]]:
        """``ApiKeys.list`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getApiKeys", _get_api_keys._get_kwargs())
        return RawResponse.of(response, _getApiKeys(self._caller.client, response))

    @overload
    def create(self, body: CreateApiKeyRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def create(self, /, **fields: Unpack[_createApiKeyFields]) -> RawResponse[JsonValue]: ...

    def create(
        self, body: CreateApiKeyRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``ApiKeys.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(CreateApiKeyRequest, body, fields, "create", UNSET, kinds=_KINDS)
        response = self._caller.send("createApiKey", _create_api_key._get_kwargs(body=body))
        return RawResponse.of(response, _createApiKey(self._caller.client, response))

    def delete_many(self, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``ApiKeys.delete_many`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteApiKeys", _delete_api_keys._get_kwargs(body=ids))
        return RawResponse.of(response, _deleteApiKeys(self._caller.client, response))

    def get(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``ApiKeys.get`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getApiKey", _get_api_key._get_kwargs(id))
        return RawResponse.of(response, _getApiKey(self._caller.client, response))

    @overload
    def update(self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateApiKeyFields]) -> RawResponse[JsonValue]: ...

    def update(
        self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``ApiKeys.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(NameDescriptionRequest, body, fields, "update", UNSET)
        response = self._caller.send("updateApiKey", _update_api_key._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateApiKey(self._caller.client, response))

    def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``ApiKeys.delete`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteApiKey", _delete_api_key._get_kwargs(id))
        return RawResponse.of(response, _deleteApiKey(self._caller.client, response))


class AsyncApiKeys:
    """Api keys of Qalyptus Cloud (async: the methods of ``ApiKeys``, documented there)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncApiKeysWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncApiKeysWithRawResponse(self._caller)

    async def list(self) -> builtins.list[JsonObject]:
        """``ApiKeys.list`` (documented there), async."""
        response = await self._caller.send_async("getApiKeys", _get_api_keys._get_kwargs())
        return _getApiKeys(self._caller.client, response)

    @overload
    async def create(self, body: CreateApiKeyRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def create(self, /, **fields: Unpack[_createApiKeyFields]) -> JsonValue: ...

    async def create(self, body: CreateApiKeyRequest | Mapping[str, Any] | None = None, /, **fields: Any) -> JsonValue:
        """``ApiKeys.create`` (documented there), async."""
        body = _facade.model_from_keywords(CreateApiKeyRequest, body, fields, "create", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("createApiKey", _create_api_key._get_kwargs(body=body))
        return _createApiKey(self._caller.client, response)

    async def delete_many(self, ids: Sequence[UUID | str], /) -> JsonValue:
        """``ApiKeys.delete_many`` (documented there), async."""
        response = await self._caller.send_async("deleteApiKeys", _delete_api_keys._get_kwargs(body=ids))
        return _deleteApiKeys(self._caller.client, response)

    async def get(self, id: UUID | str, /) -> JsonObject:
        """``ApiKeys.get`` (documented there), async."""
        response = await self._caller.send_async("getApiKey", _get_api_key._get_kwargs(id))
        return _getApiKey(self._caller.client, response)

    @overload
    async def update(self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def update(self, id: UUID | str, /, **fields: Unpack[_updateApiKeyFields]) -> JsonValue: ...

    async def update(
        self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``ApiKeys.update`` (documented there), async."""
        body = _facade.model_from_keywords(NameDescriptionRequest, body, fields, "update", UNSET)
        response = await self._caller.send_async("updateApiKey", _update_api_key._get_kwargs(id, body=body))
        return _updateApiKey(self._caller.client, response)

    async def delete(self, id: UUID | str, /) -> JsonValue:
        """``ApiKeys.delete`` (documented there), async."""
        response = await self._caller.send_async("deleteApiKey", _delete_api_key._get_kwargs(id))
        return _deleteApiKey(self._caller.client, response)


class AsyncApiKeysWithRawResponse:
    """``api_keys`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def list(self) -> RawResponse[builtins.list[JsonObject]]:
        """``ApiKeys.list`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getApiKeys", _get_api_keys._get_kwargs())
        return RawResponse.of(response, _getApiKeys(self._caller.client, response))

    @overload
    async def create(self, body: CreateApiKeyRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    async def create(self, /, **fields: Unpack[_createApiKeyFields]) -> RawResponse[JsonValue]: ...

    async def create(
        self, body: CreateApiKeyRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``ApiKeys.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(CreateApiKeyRequest, body, fields, "create", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("createApiKey", _create_api_key._get_kwargs(body=body))
        return RawResponse.of(response, _createApiKey(self._caller.client, response))

    async def delete_many(self, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``ApiKeys.delete_many`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteApiKeys", _delete_api_keys._get_kwargs(body=ids))
        return RawResponse.of(response, _deleteApiKeys(self._caller.client, response))

    async def get(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``ApiKeys.get`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getApiKey", _get_api_key._get_kwargs(id))
        return RawResponse.of(response, _getApiKey(self._caller.client, response))

    @overload
    async def update(
        self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def update(self, id: UUID | str, /, **fields: Unpack[_updateApiKeyFields]) -> RawResponse[JsonValue]: ...

    async def update(
        self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``ApiKeys.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(NameDescriptionRequest, body, fields, "update", UNSET)
        response = await self._caller.send_async("updateApiKey", _update_api_key._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateApiKey(self._caller.client, response))

    async def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``ApiKeys.delete`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteApiKey", _delete_api_key._get_kwargs(id))
        return RawResponse.of(response, _deleteApiKey(self._caller.client, response))
