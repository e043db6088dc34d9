# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``identity_providers`` of Qalyptus Cloud: ``IdentityProviders`` (documented), ``AsyncIdentityProviders`` and their ``with_raw_response`` twins.

Reached as ``QalyptusClient(...).identity_providers``. Each method sends one operation through its low-level module under ``api/``,
returns its success type and raises ``errors.ApiError`` (a subclass per status) for anything else.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict, Unpack, overload
from uuid import UUID

import httpx

from .. import _facade, _results
from .._facade import JsonObject, JsonValue, RawResponse
from ..api.identity_provider import create_identity_provider as _create_identity_provider
from ..api.identity_provider import delete_identity_provider as _delete_identity_provider
from ..api.identity_provider import get_identity_provider as _get_identity_provider
from ..api.identity_provider import get_identity_providers as _get_identity_providers
from ..api.identity_provider import update_identity_provider as _update_identity_provider
from ..client import AuthenticatedClient, Client
from ..models import (
    ApiResponse,
    CreateIdentityProviderRequest,
    UpdateIdentityProviderRequest,
)
from ..types import UNSET, Unset

__all__ = [
    "AsyncIdentityProviders",
    "AsyncIdentityProvidersWithRawResponse",
    "IdentityProviders",
    "IdentityProvidersWithRawResponse",
]


# By method: the keyword fields taking a str (UUID, date) or a mapping (model) for their type (_facade.accept).
_KINDS: dict[str, dict[str, Any]] = {}


def _getIdentityProviders(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[JsonObject]:
    parsed = _get_identity_providers._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_list(data, lambda reason: _results.unexpected(client, response, reason))


if TYPE_CHECKING:

    class _createIdentityProviderFields(TypedDict, total=False):
        """``create``'s keyword fields, those of a ``CreateIdentityProviderRequest`` (shared by its four variants)."""

        name: Required[str]
        type: Required[str]
        client_id: Required[str]
        client_secret: Required[str]
        authorization_endpoint: Required[str]
        access_token_endpoint: Required[str]
        userinfo_endpoint: Required[str]
        description: None | str | Unset
        logout_endpoint: None | str | Unset
        post_logout_redirect_url: None | str | Unset


def _createIdentityProvider(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _create_identity_provider._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getIdentityProvider(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_identity_provider._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


if TYPE_CHECKING:

    class _updateIdentityProviderFields(TypedDict, total=False):
        """``update``'s keyword fields, those of a ``UpdateIdentityProviderRequest`` (shared by its four variants)."""

        name: Required[str]
        client_id: Required[str]
        authorization_endpoint: Required[str]
        access_token_endpoint: Required[str]
        userinfo_endpoint: Required[str]
        description: None | str | Unset
        client_secret: None | str | Unset
        logout_endpoint: None | str | Unset
        post_logout_redirect_url: None | str | Unset


def _updateIdentityProvider(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _update_identity_provider._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteIdentityProvider(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_identity_provider._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


class IdentityProviders:
    """Identity providers of Qalyptus Cloud."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> IdentityProvidersWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return IdentityProvidersWithRawResponse(self._caller)

    def list(self) -> builtins.list[JsonObject]:
        """Get all identity providers.

        Get a list of all identity providers available in the system.

        ``GET /identity-providers`` (getIdentityProviders): this path is inferred from the documentation's
        naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"getIdentityProviders": "/the/right/path"}`` to the client.

        Returns:
            list[JsonObject]: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getIdentityProviders", _get_identity_providers._get_kwargs())
        return _getIdentityProviders(self._caller.client, response)

    @overload
    def create(self, body: CreateIdentityProviderRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def create(self, /, **fields: Unpack[_createIdentityProviderFields]) -> JsonValue: ...

    def create(
        self,
        body: CreateIdentityProviderRequest | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        type: str | Unset = UNSET,
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        authorization_endpoint: str | Unset = UNSET,
        access_token_endpoint: str | Unset = UNSET,
        userinfo_endpoint: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        logout_endpoint: None | str | Unset = UNSET,
        post_logout_redirect_url: None | str | Unset = UNSET,
    ) -> JsonValue:
        """Create an identity provider.

        Create a new identity provider based on the provided request data.

        ``POST /identity-providers`` (createIdentityProvider): this path is inferred from the
        documentation's naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"createIdentityProvider": "/the/right/path"}`` to the client.

        Args:
            body: a ``CreateIdentityProviderRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            name: (required) str
            type: (required) str
            client_id: (required) str
            client_secret: (required) str
            authorization_endpoint: (required) str
            access_token_endpoint: (required) str
            userinfo_endpoint: (required) str
            description: None | str | Unset
            logout_endpoint: None | str | Unset
            post_logout_redirect_url: None | str | Unset

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            CreateIdentityProviderRequest, body, locals(), ("self", "body"), "create", UNSET, {"type": "type_"}
        )
        response = self._caller.send("createIdentityProvider", _create_identity_provider._get_kwargs(body=body))
        return _createIdentityProvider(self._caller.client, response)

    def get(self, id: UUID | str, /) -> JsonObject:
        """Get identity provider.

        Get details of a specific identity provider based on its unique ID.

        ``GET /identity-providers/{id}`` (getIdentityProvider): this path is inferred from the
        documentation's naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"getIdentityProvider": "/the/right/path"}`` to the client.

        Args:
            id: The unique identifier of the identity provider.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getIdentityProvider", _get_identity_provider._get_kwargs(id))
        return _getIdentityProvider(self._caller.client, response)

    @overload
    def update(self, id: UUID | str, body: UpdateIdentityProviderRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateIdentityProviderFields]) -> JsonValue: ...

    def update(
        self,
        id: UUID | str,
        body: UpdateIdentityProviderRequest | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        client_id: str | Unset = UNSET,
        authorization_endpoint: str | Unset = UNSET,
        access_token_endpoint: str | Unset = UNSET,
        userinfo_endpoint: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        client_secret: None | str | Unset = UNSET,
        logout_endpoint: None | str | Unset = UNSET,
        post_logout_redirect_url: None | str | Unset = UNSET,
    ) -> JsonValue:
        """Update identity provider.

        Update an existing identity provider based on the provided ID and request data.

        ``PUT /identity-providers/{id}`` (updateIdentityProvider): this path is inferred from the
        documentation's naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"updateIdentityProvider": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the identity provider to be updated.
            body: a ``UpdateIdentityProviderRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            name: (required) str
            client_id: (required) str
            authorization_endpoint: (required) str
            access_token_endpoint: (required) str
            userinfo_endpoint: (required) str
            description: None | str | Unset
            client_secret: None | str | Unset
            logout_endpoint: None | str | Unset
            post_logout_redirect_url: None | str | Unset

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            UpdateIdentityProviderRequest, body, locals(), ("self", "body", "id"), "update", UNSET
        )
        response = self._caller.send("updateIdentityProvider", _update_identity_provider._get_kwargs(id, body=body))
        return _updateIdentityProvider(self._caller.client, response)

    def delete(self, id: UUID | str, /) -> JsonValue:
        """Delete identity provider.

        Delete a specific identity provider based on its unique ID.

        ``DELETE /identity-providers/{id}`` (deleteIdentityProvider): this path is inferred from the
        documentation's naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"deleteIdentityProvider": "/the/right/path"}`` to the client.

        Args:
            id: The unique identifier of the identity provider to delete.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteIdentityProvider", _delete_identity_provider._get_kwargs(id))
        return _deleteIdentityProvider(self._caller.client, response)


class IdentityProvidersWithRawResponse:
    """``identity_providers`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def list(self) -> RawResponse[builtins.list[JsonObject]]:
        """``IdentityProviders.list`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getIdentityProviders", _get_identity_providers._get_kwargs())
        return RawResponse.of(response, _getIdentityProviders(self._caller.client, response))

    @overload
    def create(self, body: CreateIdentityProviderRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def create(self, /, **fields: Unpack[_createIdentityProviderFields]) -> RawResponse[JsonValue]: ...

    def create(
        self, body: CreateIdentityProviderRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``IdentityProviders.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            CreateIdentityProviderRequest, body, fields, "create", UNSET, {"type": "type_"}
        )
        response = self._caller.send("createIdentityProvider", _create_identity_provider._get_kwargs(body=body))
        return RawResponse.of(response, _createIdentityProvider(self._caller.client, response))

    def get(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``IdentityProviders.get`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getIdentityProvider", _get_identity_provider._get_kwargs(id))
        return RawResponse.of(response, _getIdentityProvider(self._caller.client, response))

    @overload
    def update(
        self, id: UUID | str, body: UpdateIdentityProviderRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateIdentityProviderFields]) -> RawResponse[JsonValue]: ...

    def update(
        self, id: UUID | str, body: UpdateIdentityProviderRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``IdentityProviders.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(UpdateIdentityProviderRequest, body, fields, "update", UNSET)
        response = self._caller.send("updateIdentityProvider", _update_identity_provider._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateIdentityProvider(self._caller.client, response))

    def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``IdentityProviders.delete`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteIdentityProvider", _delete_identity_provider._get_kwargs(id))
        return RawResponse.of(response, _deleteIdentityProvider(self._caller.client, response))


class AsyncIdentityProviders:
    """Identity providers of Qalyptus Cloud (async: the methods of ``IdentityProviders``, documented there)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncIdentityProvidersWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncIdentityProvidersWithRawResponse(self._caller)

    async def list(self) -> builtins.list[JsonObject]:
        """``IdentityProviders.list`` (documented there), async."""
        response = await self._caller.send_async("getIdentityProviders", _get_identity_providers._get_kwargs())
        return _getIdentityProviders(self._caller.client, response)

    @overload
    async def create(self, body: CreateIdentityProviderRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def create(self, /, **fields: Unpack[_createIdentityProviderFields]) -> JsonValue: ...

    async def create(
        self, body: CreateIdentityProviderRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``IdentityProviders.create`` (documented there), async."""
        body = _facade.model_from_keywords(
            CreateIdentityProviderRequest, body, fields, "create", UNSET, {"type": "type_"}
        )
        response = await self._caller.send_async(
            "createIdentityProvider", _create_identity_provider._get_kwargs(body=body)
        )
        return _createIdentityProvider(self._caller.client, response)

    async def get(self, id: UUID | str, /) -> JsonObject:
        """``IdentityProviders.get`` (documented there), async."""
        response = await self._caller.send_async("getIdentityProvider", _get_identity_provider._get_kwargs(id))
        return _getIdentityProvider(self._caller.client, response)

    @overload
    async def update(self, id: UUID | str, body: UpdateIdentityProviderRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def update(self, id: UUID | str, /, **fields: Unpack[_updateIdentityProviderFields]) -> JsonValue: ...

    async def update(
        self, id: UUID | str, body: UpdateIdentityProviderRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``IdentityProviders.update`` (documented there), async."""
        body = _facade.model_from_keywords(UpdateIdentityProviderRequest, body, fields, "update", UNSET)
        response = await self._caller.send_async(
            "updateIdentityProvider", _update_identity_provider._get_kwargs(id, body=body)
        )
        return _updateIdentityProvider(self._caller.client, response)

    async def delete(self, id: UUID | str, /) -> JsonValue:
        """``IdentityProviders.delete`` (documented there), async."""
        response = await self._caller.send_async("deleteIdentityProvider", _delete_identity_provider._get_kwargs(id))
        return _deleteIdentityProvider(self._caller.client, response)


class AsyncIdentityProvidersWithRawResponse:
    """``identity_providers`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def list(self) -> RawResponse[builtins.list[JsonObject]]:
        """``IdentityProviders.list`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getIdentityProviders", _get_identity_providers._get_kwargs())
        return RawResponse.of(response, _getIdentityProviders(self._caller.client, response))

    @overload
    async def create(self, body: CreateIdentityProviderRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    async def create(self, /, **fields: Unpack[_createIdentityProviderFields]) -> RawResponse[JsonValue]: ...

    async def create(
        self, body: CreateIdentityProviderRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``IdentityProviders.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            CreateIdentityProviderRequest, body, fields, "create", UNSET, {"type": "type_"}
        )
        response = await self._caller.send_async(
            "createIdentityProvider", _create_identity_provider._get_kwargs(body=body)
        )
        return RawResponse.of(response, _createIdentityProvider(self._caller.client, response))

    async def get(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``IdentityProviders.get`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getIdentityProvider", _get_identity_provider._get_kwargs(id))
        return RawResponse.of(response, _getIdentityProvider(self._caller.client, response))

    @overload
    async def update(
        self, id: UUID | str, body: UpdateIdentityProviderRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def update(
        self, id: UUID | str, /, **fields: Unpack[_updateIdentityProviderFields]
    ) -> RawResponse[JsonValue]: ...

    async def update(
        self, id: UUID | str, body: UpdateIdentityProviderRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``IdentityProviders.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(UpdateIdentityProviderRequest, body, fields, "update", UNSET)
        response = await self._caller.send_async(
            "updateIdentityProvider", _update_identity_provider._get_kwargs(id, body=body)
        )
        return RawResponse.of(response, _updateIdentityProvider(self._caller.client, response))

    async def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``IdentityProviders.delete`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteIdentityProvider", _delete_identity_provider._get_kwargs(id))
        return RawResponse.of(response, _deleteIdentityProvider(self._caller.client, response))
