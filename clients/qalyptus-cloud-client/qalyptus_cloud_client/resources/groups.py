# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``groups`` of Qalyptus Cloud: ``Groups`` (documented), ``AsyncGroups`` and their ``with_raw_response`` twins.

Reached as ``QalyptusClient(...).groups``. Each method sends one operation through its low-level module under ``api/``,
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
from ..api.groups import create_group as _create_group
from ..api.groups import delete_group as _delete_group
from ..api.groups import delete_groups as _delete_groups
from ..api.groups import get_group as _get_group
from ..api.groups import get_group_members as _get_group_members
from ..api.groups import get_groups as _get_groups
from ..api.groups import update_group as _update_group
from ..api.groups import update_group_members as _update_group_members
from ..client import AuthenticatedClient, Client
from ..models import (
    ApiResponse,
    CreateGroupRequest,
    NameDescriptionRequest,
)
from ..types import UNSET, Unset

__all__ = [
    "AsyncGroups",
    "AsyncGroupsWithRawResponse",
    "Groups",
    "GroupsWithRawResponse",
]


# By method: the keyword fields taking a str (UUID, date) or a mapping (model) for their type (_facade.accept).
_KINDS: dict[str, dict[str, Any]] = {}


def _getGroups(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[JsonObject]:
    parsed = _get_groups._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_list(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["create"] = {"organization_id": "uuid"}
if TYPE_CHECKING:

    class _createGroupFields(TypedDict, total=False):
        """``create``'s keyword fields, those of a ``CreateGroupRequest`` (shared by its four variants)."""

        name: Required[str]
        organization_id: Required[UUID | str]
        description: None | str | Unset


def _createGroup(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _create_group._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteGroups(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_groups._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getGroup(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_group._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


if TYPE_CHECKING:

    class _updateGroupFields(TypedDict, total=False):
        """``update``'s keyword fields, those of a ``NameDescriptionRequest`` (shared by its four variants)."""

        name: Required[str]
        description: None | str | Unset


def _updateGroup(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _update_group._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteGroup(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_group._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getGroupMembers(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_group_members._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _updateGroupMembers(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _update_group_members._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


class Groups:
    """Groups of Qalyptus Cloud."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> GroupsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return GroupsWithRawResponse(self._caller)

    def list(self) -> builtins.list[JsonObject]:
        """Get all groups.

        Get a list of all groups.

        ``GET /groups`` (getGroups), a verified path.

        Returns:
            list[JsonObject]: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getGroups", _get_groups._get_kwargs())
        return _getGroups(self._caller.client, response)

    @overload
    def create(self, body: CreateGroupRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def create(self, /, **fields: Unpack[_createGroupFields]) -> JsonValue: ...

    def create(
        self,
        body: CreateGroupRequest | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        organization_id: UUID | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
    ) -> JsonValue:
        """Create group.

        Create a new group with the provided details.

        ``POST /groups`` (createGroup): this path is inferred from the documentation's naming style, not
        verified. If the API answers 404 or 405, pass ``path_overrides={"createGroup": "/the/right/path"}``
        to the client.

        Args:
            body: a ``CreateGroupRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            name: (required) str
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
            CreateGroupRequest, body, locals(), ("self", "body"), "create", UNSET, kinds=_KINDS
        )
        response = self._caller.send("createGroup", _create_group._get_kwargs(body=body))
        return _createGroup(self._caller.client, response)

    def delete_many(self, ids: Sequence[UUID | str], /) -> JsonValue:
        """Delete groups.

        Delete multiple groups based on the provided list of group IDs.

        ``DELETE /groups`` (deleteGroups): this path is inferred from the documentation's naming style, not
        verified. Bulk delete modelled as DELETE with a JSON array body on the collection; alternatives:
        POST {collection}/delete or DELETE {collection}/bulk. If the API answers 404 or 405, pass
        ``path_overrides={"deleteGroups": "/the/right/path"}`` to the client.

        Args:
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteGroups", _delete_groups._get_kwargs(body=ids))
        return _deleteGroups(self._caller.client, response)

    def get(self, id: UUID | str, /) -> JsonObject:
        """Get group.

        Get a group by its unique identifier.

        ``GET /groups/{id}`` (getGroup): this path is inferred from the documentation's naming style, not
        verified. If the API answers 404 or 405, pass ``path_overrides={"getGroup": "/the/right/path"}`` to
        the client.

        Args:
            id: The ID of the group.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getGroup", _get_group._get_kwargs(id))
        return _getGroup(self._caller.client, response)

    @overload
    def update(self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateGroupFields]) -> JsonValue: ...

    def update(
        self,
        id: UUID | str,
        body: NameDescriptionRequest | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
    ) -> JsonValue:
        """Update group.

        Update an existing group with the provided details.

        ``PUT /groups/{id}`` (updateGroup): this path is inferred from the documentation's naming style, not
        verified. If the API answers 404 or 405, pass ``path_overrides={"updateGroup": "/the/right/path"}``
        to the client.

        Args:
            id: The ID of the group to be updated.
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
        response = self._caller.send("updateGroup", _update_group._get_kwargs(id, body=body))
        return _updateGroup(self._caller.client, response)

    def delete(self, id: UUID | str, /) -> JsonValue:
        """Delete group.

        Delete a group by its ID.

        ``DELETE /groups/{id}`` (deleteGroup): this path is inferred from the documentation's naming style,
        not verified. If the API answers 404 or 405, pass ``path_overrides={"deleteGroup":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the group to delete.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteGroup", _delete_group._get_kwargs(id))
        return _deleteGroup(self._caller.client, response)

    def get_members(self, id: UUID | str, /) -> JsonValue:
        """Get group members.

        Get the members of a group specified by the provided group ID.

        ``GET /groups/{id}/members`` (getGroupMembers): this path is inferred from the documentation's
        naming style, not verified. If the API answers 404 or 405, pass ``path_overrides={"getGroupMembers":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the group whose members are to be retrieved.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getGroupMembers", _get_group_members._get_kwargs(id))
        return _getGroupMembers(self._caller.client, response)

    def update_members(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """Update group members.

        Update the members of a group based on the provided list of user IDs.

        ``PUT /groups/{id}/members`` (updateGroupMembers): this path is inferred from the documentation's
        naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"updateGroupMembers": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the group to update.
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("updateGroupMembers", _update_group_members._get_kwargs(id, body=ids))
        return _updateGroupMembers(self._caller.client, response)


class GroupsWithRawResponse:
    """``groups`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def list(self) -> RawResponse[builtins.list[JsonObject]]:
        """``Groups.list`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getGroups", _get_groups._get_kwargs())
        return RawResponse.of(response, _getGroups(self._caller.client, response))

    @overload
    def create(self, body: CreateGroupRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def create(self, /, **fields: Unpack[_createGroupFields]) -> RawResponse[JsonValue]: ...

    def create(
        self, body: CreateGroupRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Groups.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(CreateGroupRequest, body, fields, "create", UNSET, kinds=_KINDS)
        response = self._caller.send("createGroup", _create_group._get_kwargs(body=body))
        return RawResponse.of(response, _createGroup(self._caller.client, response))

    def delete_many(self, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Groups.delete_many`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteGroups", _delete_groups._get_kwargs(body=ids))
        return RawResponse.of(response, _deleteGroups(self._caller.client, response))

    def get(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Groups.get`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getGroup", _get_group._get_kwargs(id))
        return RawResponse.of(response, _getGroup(self._caller.client, response))

    @overload
    def update(self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateGroupFields]) -> RawResponse[JsonValue]: ...

    def update(
        self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Groups.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(NameDescriptionRequest, body, fields, "update", UNSET)
        response = self._caller.send("updateGroup", _update_group._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateGroup(self._caller.client, response))

    def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Groups.delete`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteGroup", _delete_group._get_kwargs(id))
        return RawResponse.of(response, _deleteGroup(self._caller.client, response))

    def get_members(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Groups.get_members`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getGroupMembers", _get_group_members._get_kwargs(id))
        return RawResponse.of(response, _getGroupMembers(self._caller.client, response))

    def update_members(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Groups.update_members`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("updateGroupMembers", _update_group_members._get_kwargs(id, body=ids))
        return RawResponse.of(response, _updateGroupMembers(self._caller.client, response))


class AsyncGroups:
    """Groups of Qalyptus Cloud (async: the methods of ``Groups``, documented there)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncGroupsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncGroupsWithRawResponse(self._caller)

    async def list(self) -> builtins.list[JsonObject]:
        """``Groups.list`` (documented there), async."""
        response = await self._caller.send_async("getGroups", _get_groups._get_kwargs())
        return _getGroups(self._caller.client, response)

    @overload
    async def create(self, body: CreateGroupRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def create(self, /, **fields: Unpack[_createGroupFields]) -> JsonValue: ...

    async def create(self, body: CreateGroupRequest | Mapping[str, Any] | None = None, /, **fields: Any) -> JsonValue:
        """``Groups.create`` (documented there), async."""
        body = _facade.model_from_keywords(CreateGroupRequest, body, fields, "create", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("createGroup", _create_group._get_kwargs(body=body))
        return _createGroup(self._caller.client, response)

    async def delete_many(self, ids: Sequence[UUID | str], /) -> JsonValue:
        """``Groups.delete_many`` (documented there), async."""
        response = await self._caller.send_async("deleteGroups", _delete_groups._get_kwargs(body=ids))
        return _deleteGroups(self._caller.client, response)

    async def get(self, id: UUID | str, /) -> JsonObject:
        """``Groups.get`` (documented there), async."""
        response = await self._caller.send_async("getGroup", _get_group._get_kwargs(id))
        return _getGroup(self._caller.client, response)

    @overload
    async def update(self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def update(self, id: UUID | str, /, **fields: Unpack[_updateGroupFields]) -> JsonValue: ...

    async def update(
        self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Groups.update`` (documented there), async."""
        body = _facade.model_from_keywords(NameDescriptionRequest, body, fields, "update", UNSET)
        response = await self._caller.send_async("updateGroup", _update_group._get_kwargs(id, body=body))
        return _updateGroup(self._caller.client, response)

    async def delete(self, id: UUID | str, /) -> JsonValue:
        """``Groups.delete`` (documented there), async."""
        response = await self._caller.send_async("deleteGroup", _delete_group._get_kwargs(id))
        return _deleteGroup(self._caller.client, response)

    async def get_members(self, id: UUID | str, /) -> JsonValue:
        """``Groups.get_members`` (documented there), async."""
        response = await self._caller.send_async("getGroupMembers", _get_group_members._get_kwargs(id))
        return _getGroupMembers(self._caller.client, response)

    async def update_members(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """``Groups.update_members`` (documented there), async."""
        response = await self._caller.send_async("updateGroupMembers", _update_group_members._get_kwargs(id, body=ids))
        return _updateGroupMembers(self._caller.client, response)


class AsyncGroupsWithRawResponse:
    """``groups`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def list(self) -> RawResponse[builtins.list[JsonObject]]:
        """``Groups.list`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getGroups", _get_groups._get_kwargs())
        return RawResponse.of(response, _getGroups(self._caller.client, response))

    @overload
    async def create(self, body: CreateGroupRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    async def create(self, /, **fields: Unpack[_createGroupFields]) -> RawResponse[JsonValue]: ...

    async def create(
        self, body: CreateGroupRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Groups.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(CreateGroupRequest, body, fields, "create", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("createGroup", _create_group._get_kwargs(body=body))
        return RawResponse.of(response, _createGroup(self._caller.client, response))

    async def delete_many(self, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Groups.delete_many`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteGroups", _delete_groups._get_kwargs(body=ids))
        return RawResponse.of(response, _deleteGroups(self._caller.client, response))

    async def get(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Groups.get`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getGroup", _get_group._get_kwargs(id))
        return RawResponse.of(response, _getGroup(self._caller.client, response))

    @overload
    async def update(
        self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def update(self, id: UUID | str, /, **fields: Unpack[_updateGroupFields]) -> RawResponse[JsonValue]: ...

    async def update(
        self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Groups.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(NameDescriptionRequest, body, fields, "update", UNSET)
        response = await self._caller.send_async("updateGroup", _update_group._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateGroup(self._caller.client, response))

    async def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Groups.delete`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteGroup", _delete_group._get_kwargs(id))
        return RawResponse.of(response, _deleteGroup(self._caller.client, response))

    async def get_members(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Groups.get_members`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getGroupMembers", _get_group_members._get_kwargs(id))
        return RawResponse.of(response, _getGroupMembers(self._caller.client, response))

    async def update_members(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Groups.update_members`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("updateGroupMembers", _update_group_members._get_kwargs(id, body=ids))
        return RawResponse.of(response, _updateGroupMembers(self._caller.client, response))
