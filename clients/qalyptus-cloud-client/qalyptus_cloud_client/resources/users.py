# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``users`` of Qalyptus Cloud: ``Users`` (documented), ``AsyncUsers`` and their ``with_raw_response`` twins.

Reached as ``QalyptusClient(...).users``. Each method sends one operation through its low-level module under ``api/``,
returns its success type and raises ``errors.ApiError`` (a subclass per status) for anything else.
"""

from __future__ import annotations

import builtins
import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict, Unpack, overload
from uuid import UUID

import httpx

from .. import _facade, _results, _runtime
from .._facade import JsonObject, JsonValue, RawResponse
from .._runtime import Download
from ..api.users import add_user as _add_user
from ..api.users import delete_user as _delete_user
from ..api.users import delete_users as _delete_users
from ..api.users import download_users_import_template as _download_users_import_template
from ..api.users import get_user as _get_user
from ..api.users import get_users as _get_users
from ..api.users import import_users_from_excel as _import_users_from_excel
from ..api.users import invite_users as _invite_users
from ..api.users import transfer_user_content as _transfer_user_content
from ..api.users import update_user as _update_user
from ..client import AuthenticatedClient, Client
from ..models import (
    AddUserRequest,
    ApiResponse,
    ImportUsersRequest,
    InviteUsersRequest,
    OrganizationRoleDto,
    TransferUserRequest,
    UpdateUserRequest,
)
from ..types import UNSET, File, Unset

__all__ = [
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "Users",
    "UsersWithRawResponse",
]


# By method: the keyword fields taking a str (UUID, date) or a mapping (model) for their type (_facade.accept).
_KINDS: dict[str, dict[str, Any]] = {}


def _getUsers(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[JsonObject]:
    parsed = _get_users._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_list(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["create"] = {"organizations": ["uuid"]}
if TYPE_CHECKING:

    class _addUserFields(TypedDict, total=False):
        """``create``'s keyword fields, those of a ``AddUserRequest`` (shared by its four variants)."""

        first_name: Required[str]
        last_name: Required[str]
        organizations: Required[Sequence[UUID | str]]
        email: None | str | Unset


def _addUser(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _add_user._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteUsers(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_users._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getUser(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_user._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


if TYPE_CHECKING:

    class _updateUserFields(TypedDict, total=False):
        """``update``'s keyword fields, those of a ``UpdateUserRequest`` (shared by its four variants)."""

        type: Required[str]
        value: Required[Any]


def _updateUser(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _update_user._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteUser(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_user._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


if TYPE_CHECKING:

    class _importUsersFromExcelFields(TypedDict, total=False):
        """``import_from_excel``'s keyword fields, those of a ``ImportUsersRequest`` (shared by its four variants)."""

        file: Required[File]


def _importUsersFromExcel(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _import_users_from_excel._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["transfer_content"] = {"new_user_id": "uuid"}
if TYPE_CHECKING:

    class _transferUserContentFields(TypedDict, total=False):
        """``transfer_content``'s keyword fields, those of a ``TransferUserRequest`` (shared by its four variants)."""

        new_user_id: Required[UUID | str]
        transfer_content: Required[bool]
        transfer_permissions: Required[bool]


def _transferUserContent(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _transfer_user_content._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _downloadUsersImportTemplate(client: AuthenticatedClient | Client, response: httpx.Response) -> File:
    parsed = _download_users_import_template._build_response(client=client, response=response).parsed
    if isinstance(parsed, File):
        return parsed
    raise _results.unexpected(client, response, "Response body is not the documented File")


_KINDS["invite"] = {"organizations": [OrganizationRoleDto]}
if TYPE_CHECKING:

    class _inviteUsersFields(TypedDict, total=False):
        """``invite``'s keyword fields, those of a ``InviteUsersRequest`` (shared by its four variants)."""

        emails: Required[builtins.list[str]]
        tenant_admin_role: None | str | Unset
        organizations: Sequence[OrganizationRoleDto | Mapping[str, Any]] | None | Unset


def _inviteUsers(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _invite_users._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


class Users:
    """Users of Qalyptus Cloud."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> UsersWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return UsersWithRawResponse(self._caller)

    def list(self) -> builtins.list[JsonObject]:
        """Get users.

        Get a list of users.

        ``GET /users`` (getUsers), a verified path.

        Returns:
            list[JsonObject]: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getUsers", _get_users._get_kwargs())
        return _getUsers(self._caller.client, response)

    @overload
    def create(self, body: AddUserRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def create(self, /, **fields: Unpack[_addUserFields]) -> JsonValue: ...

    def create(
        self,
        body: AddUserRequest | Mapping[str, Any] | None = None,
        /,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        organizations: Sequence[UUID | str] | Unset = UNSET,
        email: None | str | Unset = UNSET,
    ) -> JsonValue:
        """Add user.

        Add a new recipient. The recipient is added to the specified organizations and the default group
        'All users'.

        ``POST /users`` (addUser): this path is inferred from the documentation's naming style, not
        verified. If the API answers 404 or 405, pass ``path_overrides={"addUser": "/the/right/path"}`` to
        the client.

        Args:
            body: a ``AddUserRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            first_name: (required) str
            last_name: (required) str
            organizations: (required) Sequence[UUID | str]
            email: None | str | Unset

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            AddUserRequest, body, locals(), ("self", "body"), "create", UNSET, kinds=_KINDS
        )
        response = self._caller.send("addUser", _add_user._get_kwargs(body=body))
        return _addUser(self._caller.client, response)

    def delete_many(self, ids: Sequence[UUID | str], /) -> JsonValue:
        """Delete users.

        Delete multiple users based on their IDs.

        ``DELETE /users`` (deleteUsers): this path is inferred from the documentation's naming style, not
        verified. Bulk delete modelled as DELETE with a JSON array body on the collection; alternatives:
        POST {collection}/delete or DELETE {collection}/bulk. If the API answers 404 or 405, pass
        ``path_overrides={"deleteUsers": "/the/right/path"}`` to the client.

        Args:
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteUsers", _delete_users._get_kwargs(body=ids))
        return _deleteUsers(self._caller.client, response)

    def get(self, id: UUID | str, /) -> JsonObject:
        """Get user.

        Get information about a user.

        ``GET /users/{id}`` (getUser): this path is inferred from the documentation's naming style, not
        verified. If the API answers 404 or 405, pass ``path_overrides={"getUser": "/the/right/path"}`` to
        the client.

        Args:
            id: The ID of the user.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getUser", _get_user._get_kwargs(id))
        return _getUser(self._caller.client, response)

    @overload
    def update(self, id: UUID | str, body: UpdateUserRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateUserFields]) -> JsonValue: ...

    def update(
        self,
        id: UUID | str,
        body: UpdateUserRequest | Mapping[str, Any] | None = None,
        /,
        *,
        type: str | Unset = UNSET,
        value: Any | Unset = UNSET,
    ) -> JsonValue:
        """Update user.

        Update an existing user with the provided details. Supports updating user status, organizations,
        groups, organization roles, license, and tenant admin role.

        ``PUT /users/{id}`` (updateUser): this path is inferred from the documentation's naming style, not
        verified. The body is an action ({type, value}); PATCH is also plausible. If the API answers 404 or
        405, pass ``path_overrides={"updateUser": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the user to be updated.
            body: a ``UpdateUserRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            type: (required) str
            value: (required) Any JSON value (its meaning depends on `type`).

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            UpdateUserRequest, body, locals(), ("self", "body", "id"), "update", UNSET, {"type": "type_"}
        )
        response = self._caller.send("updateUser", _update_user._get_kwargs(id, body=body))
        return _updateUser(self._caller.client, response)

    def delete(self, id: UUID | str, /) -> JsonValue:
        """Delete user.

        Delete a user based on the provided user ID. Users cannot delete themselves. If the user is a tenant
        owner, deletion is forbidden. If the user has associated content, deletion is also forbidden.

        ``DELETE /users/{id}`` (deleteUser): this path is inferred from the documentation's naming style,
        not verified. If the API answers 404 or 405, pass ``path_overrides={"deleteUser":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the user to delete.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteUser", _delete_user._get_kwargs(id))
        return _deleteUser(self._caller.client, response)

    @overload
    def import_from_excel(self, body: ImportUsersRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def import_from_excel(self, /, **fields: Unpack[_importUsersFromExcelFields]) -> JsonValue: ...

    def import_from_excel(
        self, body: ImportUsersRequest | Mapping[str, Any] | None = None, /, *, file: File | Unset = UNSET
    ) -> JsonValue:
        """Add users from Excel.

        Add users to the system by importing their details from an Excel file. Supported file formats
        include .xlsx, .xls, and .xlsm.

        ``POST /users/import`` (importUsersFromExcel): this path is inferred from the documentation's naming
        style, not verified. Request body not documented; a multipart upload of the Excel file is assumed.
        Alternatives: /users/import-excel, /users/excel. If the API answers 404 or 405, pass
        ``path_overrides={"importUsersFromExcel": "/the/right/path"}`` to the client.

        Args:
            body: a ``ImportUsersRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            file: (required) The Excel file.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            ImportUsersRequest, body, locals(), ("self", "body"), "import_from_excel", UNSET
        )
        response = self._caller.send("importUsersFromExcel", _import_users_from_excel._get_kwargs(body=body))
        return _importUsersFromExcel(self._caller.client, response)

    @overload
    def transfer_content(self, id: UUID | str, body: TransferUserRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def transfer_content(self, id: UUID | str, /, **fields: Unpack[_transferUserContentFields]) -> JsonValue: ...

    def transfer_content(
        self,
        id: UUID | str,
        body: TransferUserRequest | Mapping[str, Any] | None = None,
        /,
        *,
        new_user_id: UUID | str | Unset = UNSET,
        transfer_content: bool | Unset = UNSET,
        transfer_permissions: bool | Unset = UNSET,
    ) -> JsonValue:
        """Transfer user content and authorizations.

        Transfer content and authorizations from one user to another based on the provided user ID and
        transfer request.

        ``POST /users/{id}/transfer`` (transferUserContent): this path is inferred from the documentation's
        naming style, not verified. Segment name guessed; alternatives: /users/{id}/transfer-content, PUT
        instead of POST. If the API answers 404 or 405, pass ``path_overrides={"transferUserContent":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the user whose content and authorizations will be transferred.
            body: a ``TransferUserRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            new_user_id: (required) UUID | str
            transfer_content: (required) bool
            transfer_permissions: (required) bool

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            TransferUserRequest, body, locals(), ("self", "body", "id"), "transfer_content", UNSET, kinds=_KINDS
        )
        response = self._caller.send("transferUserContent", _transfer_user_content._get_kwargs(id, body=body))
        return _transferUserContent(self._caller.client, response)

    def download_import_template(self) -> File:
        """Download import users template.

        Download an Excel file template for importing users.

        ``GET /users/import-template`` (downloadUsersImportTemplate): this path is inferred from the
        documentation's naming style, not verified. File download; segment name guessed (alternatives
        /users/import/template, /users/template). If the API answers 404 or 405, pass
        ``path_overrides={"downloadUsersImportTemplate": "/the/right/path"}`` to the client.

        Returns:
            File.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("downloadUsersImportTemplate", _download_users_import_template._get_kwargs())
        return _downloadUsersImportTemplate(self._caller.client, response)

    def download_import_template_to(self, destination: str | os.PathLike[str], /) -> Download:
        """``download_import_template``, with the file streamed into ``destination`` instead of held in memory.

        The file is written whole or not at all (a failure leaves no partial file under that name); the body
        is bounded by the client's ``max_response_bytes`` and ``call_timeout``. Any status other than 2xx
        raises the package's error, as ``download_import_template`` does.

        Returns:
            Download: the path, the size in bytes and the response's ``Content-Type``.
        """
        request = _download_users_import_template._get_kwargs()
        return self._caller.call(
            "downloadUsersImportTemplate",
            request,
            lambda client, prepared: _runtime.download(client, prepared, destination),
        )

    @overload
    def invite(self, body: InviteUsersRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def invite(self, /, **fields: Unpack[_inviteUsersFields]) -> JsonValue: ...

    def invite(
        self,
        body: InviteUsersRequest | Mapping[str, Any] | None = None,
        /,
        *,
        emails: builtins.list[str] | Unset = UNSET,
        tenant_admin_role: None | str | Unset = UNSET,
        organizations: Sequence[OrganizationRoleDto | Mapping[str, Any]] | None | Unset = UNSET,
    ) -> JsonValue:
        """Invite users.

        Invite multiple users by email.

        ``POST /users/invite`` (inviteUsers): this path is inferred from the documentation's naming style,
        not verified. Action segment guessed; alternative /users/invitations. If the API answers 404 or 405,
        pass ``path_overrides={"inviteUsers": "/the/right/path"}`` to the client.

        Args:
            body: a ``InviteUsersRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            emails: (required) list[str]
            tenant_admin_role: None | str | Unset
            organizations: Sequence[OrganizationRoleDto | Mapping[str, Any]] | None | Unset

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            InviteUsersRequest, body, locals(), ("self", "body"), "invite", UNSET, kinds=_KINDS
        )
        response = self._caller.send("inviteUsers", _invite_users._get_kwargs(body=body))
        return _inviteUsers(self._caller.client, response)


class UsersWithRawResponse:
    """``users`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def list(self) -> RawResponse[builtins.list[JsonObject]]:
        """``Users.list`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getUsers", _get_users._get_kwargs())
        return RawResponse.of(response, _getUsers(self._caller.client, response))

    @overload
    def create(self, body: AddUserRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def create(self, /, **fields: Unpack[_addUserFields]) -> RawResponse[JsonValue]: ...

    def create(
        self, body: AddUserRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Users.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(AddUserRequest, body, fields, "create", UNSET, kinds=_KINDS)
        response = self._caller.send("addUser", _add_user._get_kwargs(body=body))
        return RawResponse.of(response, _addUser(self._caller.client, response))

    def delete_many(self, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Users.delete_many`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteUsers", _delete_users._get_kwargs(body=ids))
        return RawResponse.of(response, _deleteUsers(self._caller.client, response))

    def get(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Users.get`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getUser", _get_user._get_kwargs(id))
        return RawResponse.of(response, _getUser(self._caller.client, response))

    @overload
    def update(self, id: UUID | str, body: UpdateUserRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateUserFields]) -> RawResponse[JsonValue]: ...

    def update(
        self, id: UUID | str, body: UpdateUserRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Users.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(UpdateUserRequest, body, fields, "update", UNSET, {"type": "type_"})
        response = self._caller.send("updateUser", _update_user._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateUser(self._caller.client, response))

    def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Users.delete`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteUser", _delete_user._get_kwargs(id))
        return RawResponse.of(response, _deleteUser(self._caller.client, response))

    @overload
    def import_from_excel(self, body: ImportUsersRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def import_from_excel(self, /, **fields: Unpack[_importUsersFromExcelFields]) -> RawResponse[JsonValue]: ...

    def import_from_excel(
        self, body: ImportUsersRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Users.import_from_excel`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(ImportUsersRequest, body, fields, "import_from_excel", UNSET)
        response = self._caller.send("importUsersFromExcel", _import_users_from_excel._get_kwargs(body=body))
        return RawResponse.of(response, _importUsersFromExcel(self._caller.client, response))

    @overload
    def transfer_content(
        self, id: UUID | str, body: TransferUserRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    def transfer_content(
        self, id: UUID | str, /, **fields: Unpack[_transferUserContentFields]
    ) -> RawResponse[JsonValue]: ...

    def transfer_content(
        self, id: UUID | str, body: TransferUserRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Users.transfer_content`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(TransferUserRequest, body, fields, "transfer_content", UNSET, kinds=_KINDS)
        response = self._caller.send("transferUserContent", _transfer_user_content._get_kwargs(id, body=body))
        return RawResponse.of(response, _transferUserContent(self._caller.client, response))

    def download_import_template(self) -> RawResponse[File]:
        """``Users.download_import_template`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("downloadUsersImportTemplate", _download_users_import_template._get_kwargs())
        return RawResponse.of(response, _downloadUsersImportTemplate(self._caller.client, response))

    @overload
    def invite(self, body: InviteUsersRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def invite(self, /, **fields: Unpack[_inviteUsersFields]) -> RawResponse[JsonValue]: ...

    def invite(
        self, body: InviteUsersRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Users.invite`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(InviteUsersRequest, body, fields, "invite", UNSET, kinds=_KINDS)
        response = self._caller.send("inviteUsers", _invite_users._get_kwargs(body=body))
        return RawResponse.of(response, _inviteUsers(self._caller.client, response))


class AsyncUsers:
    """Users of Qalyptus Cloud (async: the methods of ``Users``, documented there)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncUsersWithRawResponse(self._caller)

    async def list(self) -> builtins.list[JsonObject]:
        """``Users.list`` (documented there), async."""
        response = await self._caller.send_async("getUsers", _get_users._get_kwargs())
        return _getUsers(self._caller.client, response)

    @overload
    async def create(self, body: AddUserRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def create(self, /, **fields: Unpack[_addUserFields]) -> JsonValue: ...

    async def create(self, body: AddUserRequest | Mapping[str, Any] | None = None, /, **fields: Any) -> JsonValue:
        """``Users.create`` (documented there), async."""
        body = _facade.model_from_keywords(AddUserRequest, body, fields, "create", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("addUser", _add_user._get_kwargs(body=body))
        return _addUser(self._caller.client, response)

    async def delete_many(self, ids: Sequence[UUID | str], /) -> JsonValue:
        """``Users.delete_many`` (documented there), async."""
        response = await self._caller.send_async("deleteUsers", _delete_users._get_kwargs(body=ids))
        return _deleteUsers(self._caller.client, response)

    async def get(self, id: UUID | str, /) -> JsonObject:
        """``Users.get`` (documented there), async."""
        response = await self._caller.send_async("getUser", _get_user._get_kwargs(id))
        return _getUser(self._caller.client, response)

    @overload
    async def update(self, id: UUID | str, body: UpdateUserRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def update(self, id: UUID | str, /, **fields: Unpack[_updateUserFields]) -> JsonValue: ...

    async def update(
        self, id: UUID | str, body: UpdateUserRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Users.update`` (documented there), async."""
        body = _facade.model_from_keywords(UpdateUserRequest, body, fields, "update", UNSET, {"type": "type_"})
        response = await self._caller.send_async("updateUser", _update_user._get_kwargs(id, body=body))
        return _updateUser(self._caller.client, response)

    async def delete(self, id: UUID | str, /) -> JsonValue:
        """``Users.delete`` (documented there), async."""
        response = await self._caller.send_async("deleteUser", _delete_user._get_kwargs(id))
        return _deleteUser(self._caller.client, response)

    @overload
    async def import_from_excel(self, body: ImportUsersRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def import_from_excel(self, /, **fields: Unpack[_importUsersFromExcelFields]) -> JsonValue: ...

    async def import_from_excel(
        self, body: ImportUsersRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Users.import_from_excel`` (documented there), async."""
        body = _facade.model_from_keywords(ImportUsersRequest, body, fields, "import_from_excel", UNSET)
        response = await self._caller.send_async(
            "importUsersFromExcel", _import_users_from_excel._get_kwargs(body=body)
        )
        return _importUsersFromExcel(self._caller.client, response)

    @overload
    async def transfer_content(self, id: UUID | str, body: TransferUserRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def transfer_content(self, id: UUID | str, /, **fields: Unpack[_transferUserContentFields]) -> JsonValue: ...

    async def transfer_content(
        self, id: UUID | str, body: TransferUserRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Users.transfer_content`` (documented there), async."""
        body = _facade.model_from_keywords(TransferUserRequest, body, fields, "transfer_content", UNSET, kinds=_KINDS)
        response = await self._caller.send_async(
            "transferUserContent", _transfer_user_content._get_kwargs(id, body=body)
        )
        return _transferUserContent(self._caller.client, response)

    async def download_import_template(self) -> File:
        """``Users.download_import_template`` (documented there), async."""
        response = await self._caller.send_async(
            "downloadUsersImportTemplate", _download_users_import_template._get_kwargs()
        )
        return _downloadUsersImportTemplate(self._caller.client, response)

    async def download_import_template_to(self, destination: str | os.PathLike[str], /) -> Download:
        """``download_import_template_to`` of the sync resource (documented there), async."""
        request = _download_users_import_template._get_kwargs()
        return await self._caller.call_async(
            "downloadUsersImportTemplate",
            request,
            lambda client, prepared: _runtime.download_async(client, prepared, destination),
        )

    @overload
    async def invite(self, body: InviteUsersRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def invite(self, /, **fields: Unpack[_inviteUsersFields]) -> JsonValue: ...

    async def invite(self, body: InviteUsersRequest | Mapping[str, Any] | None = None, /, **fields: Any) -> JsonValue:
        """``Users.invite`` (documented there), async."""
        body = _facade.model_from_keywords(InviteUsersRequest, body, fields, "invite", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("inviteUsers", _invite_users._get_kwargs(body=body))
        return _inviteUsers(self._caller.client, response)


class AsyncUsersWithRawResponse:
    """``users`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def list(self) -> RawResponse[builtins.list[JsonObject]]:
        """``Users.list`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getUsers", _get_users._get_kwargs())
        return RawResponse.of(response, _getUsers(self._caller.client, response))

    @overload
    async def create(self, body: AddUserRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    async def create(self, /, **fields: Unpack[_addUserFields]) -> RawResponse[JsonValue]: ...

    async def create(
        self, body: AddUserRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Users.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(AddUserRequest, body, fields, "create", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("addUser", _add_user._get_kwargs(body=body))
        return RawResponse.of(response, _addUser(self._caller.client, response))

    async def delete_many(self, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Users.delete_many`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteUsers", _delete_users._get_kwargs(body=ids))
        return RawResponse.of(response, _deleteUsers(self._caller.client, response))

    async def get(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Users.get`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getUser", _get_user._get_kwargs(id))
        return RawResponse.of(response, _getUser(self._caller.client, response))

    @overload
    async def update(
        self, id: UUID | str, body: UpdateUserRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def update(self, id: UUID | str, /, **fields: Unpack[_updateUserFields]) -> RawResponse[JsonValue]: ...

    async def update(
        self, id: UUID | str, body: UpdateUserRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Users.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(UpdateUserRequest, body, fields, "update", UNSET, {"type": "type_"})
        response = await self._caller.send_async("updateUser", _update_user._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateUser(self._caller.client, response))

    async def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Users.delete`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteUser", _delete_user._get_kwargs(id))
        return RawResponse.of(response, _deleteUser(self._caller.client, response))

    @overload
    async def import_from_excel(self, body: ImportUsersRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    async def import_from_excel(self, /, **fields: Unpack[_importUsersFromExcelFields]) -> RawResponse[JsonValue]: ...

    async def import_from_excel(
        self, body: ImportUsersRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Users.import_from_excel`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(ImportUsersRequest, body, fields, "import_from_excel", UNSET)
        response = await self._caller.send_async(
            "importUsersFromExcel", _import_users_from_excel._get_kwargs(body=body)
        )
        return RawResponse.of(response, _importUsersFromExcel(self._caller.client, response))

    @overload
    async def transfer_content(
        self, id: UUID | str, body: TransferUserRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def transfer_content(
        self, id: UUID | str, /, **fields: Unpack[_transferUserContentFields]
    ) -> RawResponse[JsonValue]: ...

    async def transfer_content(
        self, id: UUID | str, body: TransferUserRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Users.transfer_content`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(TransferUserRequest, body, fields, "transfer_content", UNSET, kinds=_KINDS)
        response = await self._caller.send_async(
            "transferUserContent", _transfer_user_content._get_kwargs(id, body=body)
        )
        return RawResponse.of(response, _transferUserContent(self._caller.client, response))

    async def download_import_template(self) -> RawResponse[File]:
        """``Users.download_import_template`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "downloadUsersImportTemplate", _download_users_import_template._get_kwargs()
        )
        return RawResponse.of(response, _downloadUsersImportTemplate(self._caller.client, response))

    @overload
    async def invite(self, body: InviteUsersRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    async def invite(self, /, **fields: Unpack[_inviteUsersFields]) -> RawResponse[JsonValue]: ...

    async def invite(
        self, body: InviteUsersRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Users.invite`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(InviteUsersRequest, body, fields, "invite", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("inviteUsers", _invite_users._get_kwargs(body=body))
        return RawResponse.of(response, _inviteUsers(self._caller.client, response))
