# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``organizations`` of Qalyptus Cloud: ``Organizations`` (documented), ``AsyncOrganizations`` and their ``with_raw_response`` twins.

Reached as ``QalyptusClient(...).organizations``. Each method sends one operation through its low-level module under ``api/``,
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
from ..api.organizations import create_organization as _create_organization
from ..api.organizations import delete_organization as _delete_organization
from ..api.organizations import delete_organizations as _delete_organizations
from ..api.organizations import get_organization as _get_organization
from ..api.organizations import get_organization_authentications as _get_organization_authentications
from ..api.organizations import get_organization_members as _get_organization_members
from ..api.organizations import get_organization_projects as _get_organization_projects
from ..api.organizations import get_organization_qlik_apps as _get_organization_qlik_apps
from ..api.organizations import get_organization_resources as _get_organization_resources
from ..api.organizations import get_organizations as _get_organizations
from ..api.organizations import get_user_organizations as _get_user_organizations
from ..api.organizations import update_organization as _update_organization
from ..api.organizations import update_organization_authentications as _update_organization_authentications
from ..client import AuthenticatedClient, Client
from ..models import (
    ApiResponse,
    CreateOrganizationRequest,
    UpdateOrganizationAuthenticationsRequest,
    UpdateOrganizationRequest,
)
from ..types import UNSET, Unset

__all__ = [
    "AsyncOrganizations",
    "AsyncOrganizationsWithRawResponse",
    "Organizations",
    "OrganizationsWithRawResponse",
]


# By method: the keyword fields taking a str (UUID, date) or a mapping (model) for their type (_facade.accept).
_KINDS: dict[str, dict[str, Any]] = {}


def _getOrganizations(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[JsonObject]:
    parsed = _get_organizations._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_list(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["create"] = {"theme_id": "uuid"}
if TYPE_CHECKING:

    class _createOrganizationFields(TypedDict, total=False):
        """``create``'s keyword fields, those of a ``CreateOrganizationRequest`` (shared by its four variants)."""

        display_name: Required[str]
        theme_id: Required[UUID | str]
        name: None | str | Unset
        description: None | str | Unset


def _createOrganization(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _create_organization._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteOrganizations(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_organizations._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getOrganization(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_organization._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["update"] = {"theme_id": "uuid"}
if TYPE_CHECKING:

    class _updateOrganizationFields(TypedDict, total=False):
        """``update``'s keyword fields, those of a ``UpdateOrganizationRequest`` (shared by its four variants)."""

        display_name: Required[str]
        theme_id: Required[UUID | str]
        description: None | str | Unset


def _updateOrganization(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _update_organization._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteOrganization(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_organization._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getUserOrganizations(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_user_organizations._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getOrganizationProjects(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_organization_projects._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getOrganizationMembers(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_organization_members._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getOrganizationResources(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_organization_resources._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getOrganizationQlikApps(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_organization_qlik_apps._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getOrganizationAuthentications(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_organization_authentications._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["update_authentications"] = {"identity_provider": "uuid"}
if TYPE_CHECKING:

    class _updateOrganizationAuthenticationsFields(TypedDict, total=False):
        """``update_authentications``'s keyword fields, those of a ``UpdateOrganizationAuthenticationsRequest`` (shared by its four variants)."""

        qalyptus_auth: Required[bool]
        identity_provider: UUID | str | None | Unset


def _updateOrganizationAuthentications(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _update_organization_authentications._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


class Organizations:
    """Organizations of Qalyptus Cloud."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> OrganizationsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return OrganizationsWithRawResponse(self._caller)

    def list(self) -> builtins.list[JsonObject]:
        """Get all organizations.

        Get information about all organizations.

        ``GET /organizations`` (getOrganizations): this path is inferred from the documentation's naming
        style, not verified. If the API answers 404 or 405, pass ``path_overrides={"getOrganizations":
        "/the/right/path"}`` to the client.

        Returns:
            list[JsonObject]: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getOrganizations", _get_organizations._get_kwargs())
        return _getOrganizations(self._caller.client, response)

    @overload
    def create(self, body: CreateOrganizationRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def create(self, /, **fields: Unpack[_createOrganizationFields]) -> JsonValue: ...

    def create(
        self,
        body: CreateOrganizationRequest | Mapping[str, Any] | None = None,
        /,
        *,
        display_name: str | Unset = UNSET,
        theme_id: UUID | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
    ) -> JsonValue:
        """Create organization.

        Create a new organization with the provided details.

        ``POST /organizations`` (createOrganization): this path is inferred from the documentation's naming
        style, not verified. If the API answers 404 or 405, pass ``path_overrides={"createOrganization":
        "/the/right/path"}`` to the client.

        Args:
            body: a ``CreateOrganizationRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            display_name: (required) str
            theme_id: (required) UUID | str
            name: None | str | Unset
            description: None | str | Unset

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            CreateOrganizationRequest, body, locals(), ("self", "body"), "create", UNSET, kinds=_KINDS
        )
        response = self._caller.send("createOrganization", _create_organization._get_kwargs(body=body))
        return _createOrganization(self._caller.client, response)

    def delete_many(self, ids: Sequence[UUID | str], /) -> JsonValue:
        """Delete organizations.

        Delete multiple organizations.

        ``DELETE /organizations`` (deleteOrganizations): this path is inferred from the documentation's
        naming style, not verified. Bulk delete modelled as DELETE with a JSON array body on the collection;
        alternatives: POST {collection}/delete or DELETE {collection}/bulk. If the API answers 404 or 405,
        pass ``path_overrides={"deleteOrganizations": "/the/right/path"}`` to the client.

        Args:
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteOrganizations", _delete_organizations._get_kwargs(body=ids))
        return _deleteOrganizations(self._caller.client, response)

    def get(self, id: UUID | str, /) -> JsonObject:
        """Get organization by ID.

        Get organization details by ID.

        ``GET /organizations/{id}`` (getOrganization): this path is inferred from the documentation's naming
        style, not verified. If the API answers 404 or 405, pass ``path_overrides={"getOrganization":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the organization.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getOrganization", _get_organization._get_kwargs(id))
        return _getOrganization(self._caller.client, response)

    @overload
    def update(self, id: UUID | str, body: UpdateOrganizationRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateOrganizationFields]) -> JsonValue: ...

    def update(
        self,
        id: UUID | str,
        body: UpdateOrganizationRequest | Mapping[str, Any] | None = None,
        /,
        *,
        display_name: str | Unset = UNSET,
        theme_id: UUID | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
    ) -> JsonValue:
        """Update organization.

        Update the details of an existing organization with the provided information.

        ``PUT /organizations/{id}`` (updateOrganization): this path is inferred from the documentation's
        naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"updateOrganization": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the organization to update.
            body: a ``UpdateOrganizationRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            display_name: (required) str
            theme_id: (required) UUID | str
            description: None | str | Unset

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            UpdateOrganizationRequest, body, locals(), ("self", "body", "id"), "update", UNSET, kinds=_KINDS
        )
        response = self._caller.send("updateOrganization", _update_organization._get_kwargs(id, body=body))
        return _updateOrganization(self._caller.client, response)

    def delete(self, id: UUID | str, /) -> JsonValue:
        """Delete organization.

        Delete a specific organization.

        ``DELETE /organizations/{id}`` (deleteOrganization): this path is inferred from the documentation's
        naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"deleteOrganization": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the organization to be deleted.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteOrganization", _delete_organization._get_kwargs(id))
        return _deleteOrganization(self._caller.client, response)

    def list_for_user(self) -> JsonValue:
        """Get user organizations.

        Get organizations.

        ``GET /organizations/user`` (getUserOrganizations): this path is inferred from the documentation's
        naming style, not verified. No parameters (organizations of the calling user); alternatives:
        /organizations/me, /users/organizations. If the API answers 404 or 405, pass
        ``path_overrides={"getUserOrganizations": "/the/right/path"}`` to the client.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getUserOrganizations", _get_user_organizations._get_kwargs())
        return _getUserOrganizations(self._caller.client, response)

    def get_projects(self, id: UUID | str, /) -> JsonValue:
        """Get organization projects.

        Get projects belonging to the organization with the provided ID.

        ``GET /organizations/{id}/projects`` (getOrganizationProjects): this path is inferred from the
        documentation's naming style, not verified. Same title also documented under Projects (modelled
        there as GET /projects/organization/{id}); one is probably an alias of the other. If the API answers
        404 or 405, pass ``path_overrides={"getOrganizationProjects": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the organization.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getOrganizationProjects", _get_organization_projects._get_kwargs(id))
        return _getOrganizationProjects(self._caller.client, response)

    def get_members(self, id: UUID | str, /) -> JsonValue:
        """Get organization members.

        Get members belonging to the organization with the provided ID.

        ``GET /organizations/{id}/members`` (getOrganizationMembers): this path is inferred from the
        documentation's naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"getOrganizationMembers": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the organization.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getOrganizationMembers", _get_organization_members._get_kwargs(id))
        return _getOrganizationMembers(self._caller.client, response)

    def get_resources(self, id: UUID | str, /) -> JsonValue:
        """Get organization resources.

        Get resources belonging to the organization with the provided ID.

        ``GET /organizations/{id}/resources`` (getOrganizationResources): this path is inferred from the
        documentation's naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"getOrganizationResources": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the organization.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getOrganizationResources", _get_organization_resources._get_kwargs(id))
        return _getOrganizationResources(self._caller.client, response)

    def get_qlik_apps(self, id: UUID | str, /) -> JsonValue:
        """Get organization qlik apps.

        Get Qlik apps associated with a specific organization.

        ``GET /organizations/{id}/qlik-apps`` (getOrganizationQlikApps): this path is inferred from the
        documentation's naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"getOrganizationQlikApps": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the organization.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getOrganizationQlikApps", _get_organization_qlik_apps._get_kwargs(id))
        return _getOrganizationQlikApps(self._caller.client, response)

    def get_authentications(self, id: UUID | str, /) -> JsonValue:
        """Get organization authentications.

        Get authentication details for a specific organization.

        ``GET /organizations/{id}/authentications`` (getOrganizationAuthentications): this path is inferred
        from the documentation's naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"getOrganizationAuthentications": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the organization.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "getOrganizationAuthentications", _get_organization_authentications._get_kwargs(id)
        )
        return _getOrganizationAuthentications(self._caller.client, response)

    @overload
    def update_authentications(
        self, id: UUID | str, body: UpdateOrganizationAuthenticationsRequest | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    def update_authentications(
        self, id: UUID | str, /, **fields: Unpack[_updateOrganizationAuthenticationsFields]
    ) -> JsonValue: ...

    def update_authentications(
        self,
        id: UUID | str,
        body: UpdateOrganizationAuthenticationsRequest | Mapping[str, Any] | None = None,
        /,
        *,
        qalyptus_auth: bool | Unset = UNSET,
        identity_provider: UUID | str | None | Unset = UNSET,
    ) -> JsonValue:
        """Update organization authentications.

        Update authentication settings for a specific organization.

        ``PUT /organizations/{id}/authentications`` (updateOrganizationAuthentications): this path is
        inferred from the documentation's naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"updateOrganizationAuthentications": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the organization.
            body: a ``UpdateOrganizationAuthenticationsRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            qalyptus_auth: (required) bool
            identity_provider: UUID | str | None | Unset

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            UpdateOrganizationAuthenticationsRequest,
            body,
            locals(),
            ("self", "body", "id"),
            "update_authentications",
            UNSET,
            kinds=_KINDS,
        )
        response = self._caller.send(
            "updateOrganizationAuthentications", _update_organization_authentications._get_kwargs(id, body=body)
        )
        return _updateOrganizationAuthentications(self._caller.client, response)


class OrganizationsWithRawResponse:
    """``organizations`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def list(self) -> RawResponse[builtins.list[JsonObject]]:
        """``Organizations.list`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getOrganizations", _get_organizations._get_kwargs())
        return RawResponse.of(response, _getOrganizations(self._caller.client, response))

    @overload
    def create(self, body: CreateOrganizationRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def create(self, /, **fields: Unpack[_createOrganizationFields]) -> RawResponse[JsonValue]: ...

    def create(
        self, body: CreateOrganizationRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Organizations.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(CreateOrganizationRequest, body, fields, "create", UNSET, kinds=_KINDS)
        response = self._caller.send("createOrganization", _create_organization._get_kwargs(body=body))
        return RawResponse.of(response, _createOrganization(self._caller.client, response))

    def delete_many(self, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Organizations.delete_many`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteOrganizations", _delete_organizations._get_kwargs(body=ids))
        return RawResponse.of(response, _deleteOrganizations(self._caller.client, response))

    def get(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Organizations.get`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getOrganization", _get_organization._get_kwargs(id))
        return RawResponse.of(response, _getOrganization(self._caller.client, response))

    @overload
    def update(
        self, id: UUID | str, body: UpdateOrganizationRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateOrganizationFields]) -> RawResponse[JsonValue]: ...

    def update(
        self, id: UUID | str, body: UpdateOrganizationRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Organizations.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(UpdateOrganizationRequest, body, fields, "update", UNSET, kinds=_KINDS)
        response = self._caller.send("updateOrganization", _update_organization._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateOrganization(self._caller.client, response))

    def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Organizations.delete`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteOrganization", _delete_organization._get_kwargs(id))
        return RawResponse.of(response, _deleteOrganization(self._caller.client, response))

    def list_for_user(self) -> RawResponse[JsonValue]:
        """``Organizations.list_for_user`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getUserOrganizations", _get_user_organizations._get_kwargs())
        return RawResponse.of(response, _getUserOrganizations(self._caller.client, response))

    def get_projects(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Organizations.get_projects`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getOrganizationProjects", _get_organization_projects._get_kwargs(id))
        return RawResponse.of(response, _getOrganizationProjects(self._caller.client, response))

    def get_members(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Organizations.get_members`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getOrganizationMembers", _get_organization_members._get_kwargs(id))
        return RawResponse.of(response, _getOrganizationMembers(self._caller.client, response))

    def get_resources(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Organizations.get_resources`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getOrganizationResources", _get_organization_resources._get_kwargs(id))
        return RawResponse.of(response, _getOrganizationResources(self._caller.client, response))

    def get_qlik_apps(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Organizations.get_qlik_apps`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getOrganizationQlikApps", _get_organization_qlik_apps._get_kwargs(id))
        return RawResponse.of(response, _getOrganizationQlikApps(self._caller.client, response))

    def get_authentications(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Organizations.get_authentications`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "getOrganizationAuthentications", _get_organization_authentications._get_kwargs(id)
        )
        return RawResponse.of(response, _getOrganizationAuthentications(self._caller.client, response))

    @overload
    def update_authentications(
        self, id: UUID | str, body: UpdateOrganizationAuthenticationsRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    def update_authentications(
        self, id: UUID | str, /, **fields: Unpack[_updateOrganizationAuthenticationsFields]
    ) -> RawResponse[JsonValue]: ...

    def update_authentications(
        self,
        id: UUID | str,
        body: UpdateOrganizationAuthenticationsRequest | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> RawResponse[JsonValue]:
        """``Organizations.update_authentications`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            UpdateOrganizationAuthenticationsRequest, body, fields, "update_authentications", UNSET, kinds=_KINDS
        )
        response = self._caller.send(
            "updateOrganizationAuthentications", _update_organization_authentications._get_kwargs(id, body=body)
        )
        return RawResponse.of(response, _updateOrganizationAuthentications(self._caller.client, response))


class AsyncOrganizations:
    """Organizations of Qalyptus Cloud (async: the methods of ``Organizations``, documented there)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncOrganizationsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncOrganizationsWithRawResponse(self._caller)

    async def list(self) -> builtins.list[JsonObject]:
        """``Organizations.list`` (documented there), async."""
        response = await self._caller.send_async("getOrganizations", _get_organizations._get_kwargs())
        return _getOrganizations(self._caller.client, response)

    @overload
    async def create(self, body: CreateOrganizationRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def create(self, /, **fields: Unpack[_createOrganizationFields]) -> JsonValue: ...

    async def create(
        self, body: CreateOrganizationRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Organizations.create`` (documented there), async."""
        body = _facade.model_from_keywords(CreateOrganizationRequest, body, fields, "create", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("createOrganization", _create_organization._get_kwargs(body=body))
        return _createOrganization(self._caller.client, response)

    async def delete_many(self, ids: Sequence[UUID | str], /) -> JsonValue:
        """``Organizations.delete_many`` (documented there), async."""
        response = await self._caller.send_async("deleteOrganizations", _delete_organizations._get_kwargs(body=ids))
        return _deleteOrganizations(self._caller.client, response)

    async def get(self, id: UUID | str, /) -> JsonObject:
        """``Organizations.get`` (documented there), async."""
        response = await self._caller.send_async("getOrganization", _get_organization._get_kwargs(id))
        return _getOrganization(self._caller.client, response)

    @overload
    async def update(self, id: UUID | str, body: UpdateOrganizationRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def update(self, id: UUID | str, /, **fields: Unpack[_updateOrganizationFields]) -> JsonValue: ...

    async def update(
        self, id: UUID | str, body: UpdateOrganizationRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Organizations.update`` (documented there), async."""
        body = _facade.model_from_keywords(UpdateOrganizationRequest, body, fields, "update", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("updateOrganization", _update_organization._get_kwargs(id, body=body))
        return _updateOrganization(self._caller.client, response)

    async def delete(self, id: UUID | str, /) -> JsonValue:
        """``Organizations.delete`` (documented there), async."""
        response = await self._caller.send_async("deleteOrganization", _delete_organization._get_kwargs(id))
        return _deleteOrganization(self._caller.client, response)

    async def list_for_user(self) -> JsonValue:
        """``Organizations.list_for_user`` (documented there), async."""
        response = await self._caller.send_async("getUserOrganizations", _get_user_organizations._get_kwargs())
        return _getUserOrganizations(self._caller.client, response)

    async def get_projects(self, id: UUID | str, /) -> JsonValue:
        """``Organizations.get_projects`` (documented there), async."""
        response = await self._caller.send_async("getOrganizationProjects", _get_organization_projects._get_kwargs(id))
        return _getOrganizationProjects(self._caller.client, response)

    async def get_members(self, id: UUID | str, /) -> JsonValue:
        """``Organizations.get_members`` (documented there), async."""
        response = await self._caller.send_async("getOrganizationMembers", _get_organization_members._get_kwargs(id))
        return _getOrganizationMembers(self._caller.client, response)

    async def get_resources(self, id: UUID | str, /) -> JsonValue:
        """``Organizations.get_resources`` (documented there), async."""
        response = await self._caller.send_async(
            "getOrganizationResources", _get_organization_resources._get_kwargs(id)
        )
        return _getOrganizationResources(self._caller.client, response)

    async def get_qlik_apps(self, id: UUID | str, /) -> JsonValue:
        """``Organizations.get_qlik_apps`` (documented there), async."""
        response = await self._caller.send_async("getOrganizationQlikApps", _get_organization_qlik_apps._get_kwargs(id))
        return _getOrganizationQlikApps(self._caller.client, response)

    async def get_authentications(self, id: UUID | str, /) -> JsonValue:
        """``Organizations.get_authentications`` (documented there), async."""
        response = await self._caller.send_async(
            "getOrganizationAuthentications", _get_organization_authentications._get_kwargs(id)
        )
        return _getOrganizationAuthentications(self._caller.client, response)

    @overload
    async def update_authentications(
        self, id: UUID | str, body: UpdateOrganizationAuthenticationsRequest | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    async def update_authentications(
        self, id: UUID | str, /, **fields: Unpack[_updateOrganizationAuthenticationsFields]
    ) -> JsonValue: ...

    async def update_authentications(
        self,
        id: UUID | str,
        body: UpdateOrganizationAuthenticationsRequest | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> JsonValue:
        """``Organizations.update_authentications`` (documented there), async."""
        body = _facade.model_from_keywords(
            UpdateOrganizationAuthenticationsRequest, body, fields, "update_authentications", UNSET, kinds=_KINDS
        )
        response = await self._caller.send_async(
            "updateOrganizationAuthentications", _update_organization_authentications._get_kwargs(id, body=body)
        )
        return _updateOrganizationAuthentications(self._caller.client, response)


class AsyncOrganizationsWithRawResponse:
    """``organizations`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def list(self) -> RawResponse[builtins.list[JsonObject]]:
        """``Organizations.list`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getOrganizations", _get_organizations._get_kwargs())
        return RawResponse.of(response, _getOrganizations(self._caller.client, response))

    @overload
    async def create(self, body: CreateOrganizationRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    async def create(self, /, **fields: Unpack[_createOrganizationFields]) -> RawResponse[JsonValue]: ...

    async def create(
        self, body: CreateOrganizationRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Organizations.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(CreateOrganizationRequest, body, fields, "create", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("createOrganization", _create_organization._get_kwargs(body=body))
        return RawResponse.of(response, _createOrganization(self._caller.client, response))

    async def delete_many(self, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Organizations.delete_many`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteOrganizations", _delete_organizations._get_kwargs(body=ids))
        return RawResponse.of(response, _deleteOrganizations(self._caller.client, response))

    async def get(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Organizations.get`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getOrganization", _get_organization._get_kwargs(id))
        return RawResponse.of(response, _getOrganization(self._caller.client, response))

    @overload
    async def update(
        self, id: UUID | str, body: UpdateOrganizationRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def update(
        self, id: UUID | str, /, **fields: Unpack[_updateOrganizationFields]
    ) -> RawResponse[JsonValue]: ...

    async def update(
        self, id: UUID | str, body: UpdateOrganizationRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Organizations.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(UpdateOrganizationRequest, body, fields, "update", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("updateOrganization", _update_organization._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateOrganization(self._caller.client, response))

    async def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Organizations.delete`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteOrganization", _delete_organization._get_kwargs(id))
        return RawResponse.of(response, _deleteOrganization(self._caller.client, response))

    async def list_for_user(self) -> RawResponse[JsonValue]:
        """``Organizations.list_for_user`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getUserOrganizations", _get_user_organizations._get_kwargs())
        return RawResponse.of(response, _getUserOrganizations(self._caller.client, response))

    async def get_projects(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Organizations.get_projects`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getOrganizationProjects", _get_organization_projects._get_kwargs(id))
        return RawResponse.of(response, _getOrganizationProjects(self._caller.client, response))

    async def get_members(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Organizations.get_members`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getOrganizationMembers", _get_organization_members._get_kwargs(id))
        return RawResponse.of(response, _getOrganizationMembers(self._caller.client, response))

    async def get_resources(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Organizations.get_resources`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "getOrganizationResources", _get_organization_resources._get_kwargs(id)
        )
        return RawResponse.of(response, _getOrganizationResources(self._caller.client, response))

    async def get_qlik_apps(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Organizations.get_qlik_apps`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getOrganizationQlikApps", _get_organization_qlik_apps._get_kwargs(id))
        return RawResponse.of(response, _getOrganizationQlikApps(self._caller.client, response))

    async def get_authentications(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Organizations.get_authentications`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "getOrganizationAuthentications", _get_organization_authentications._get_kwargs(id)
        )
        return RawResponse.of(response, _getOrganizationAuthentications(self._caller.client, response))

    @overload
    async def update_authentications(
        self, id: UUID | str, body: UpdateOrganizationAuthenticationsRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def update_authentications(
        self, id: UUID | str, /, **fields: Unpack[_updateOrganizationAuthenticationsFields]
    ) -> RawResponse[JsonValue]: ...

    async def update_authentications(
        self,
        id: UUID | str,
        body: UpdateOrganizationAuthenticationsRequest | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> RawResponse[JsonValue]:
        """``Organizations.update_authentications`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            UpdateOrganizationAuthenticationsRequest, body, fields, "update_authentications", UNSET, kinds=_KINDS
        )
        response = await self._caller.send_async(
            "updateOrganizationAuthentications", _update_organization_authentications._get_kwargs(id, body=body)
        )
        return RawResponse.of(response, _updateOrganizationAuthentications(self._caller.client, response))
