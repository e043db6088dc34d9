# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``projects`` of Qalyptus Cloud: ``Projects`` (documented), ``AsyncProjects`` and their ``with_raw_response`` twins.

Reached as ``QalyptusClient(...).projects``. Each method sends one operation through its low-level module under ``api/``,
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
from ..api.projects import change_project_owner as _change_project_owner
from ..api.projects import create_project as _create_project
from ..api.projects import delete_project as _delete_project
from ..api.projects import delete_project_member_permission as _delete_project_member_permission
from ..api.projects import delete_project_member_permissions as _delete_project_member_permissions
from ..api.projects import delete_projects as _delete_projects
from ..api.projects import get_project as _get_project
from ..api.projects import get_project_member_permissions as _get_project_member_permissions
from ..api.projects import get_project_permissions as _get_project_permissions
from ..api.projects import get_projects as _get_projects
from ..api.projects import get_projects_by_organization as _get_projects_by_organization
from ..api.projects import set_project_member_permissions as _set_project_member_permissions
from ..api.projects import set_project_permissions as _set_project_permissions
from ..api.projects import update_project as _update_project
from ..api.projects import update_project_permission_mode as _update_project_permission_mode
from ..client import AuthenticatedClient, Client
from ..models import (
    ApiResponse,
    MemberRequestDto,
    NameDescriptionRequest,
    PermissionDto,
    SetPermissionsRequest,
)
from ..types import UNSET, Unset

__all__ = [
    "AsyncProjects",
    "AsyncProjectsWithRawResponse",
    "Projects",
    "ProjectsWithRawResponse",
]


# By method: the keyword fields taking a str (UUID, date) or a mapping (model) for their type (_facade.accept).
_KINDS: dict[str, dict[str, Any]] = {}


def _getProjects(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[JsonObject]:
    parsed = _get_projects._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_list(data, lambda reason: _results.unexpected(client, response, reason))


if TYPE_CHECKING:

    class _createProjectFields(TypedDict, total=False):
        """``create``'s keyword fields, those of a ``NameDescriptionRequest`` (shared by its four variants)."""

        name: Required[str]
        description: None | str | Unset


def _createProject(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _create_project._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteProjects(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_projects._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getProject(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_project._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


if TYPE_CHECKING:

    class _updateProjectFields(TypedDict, total=False):
        """``update``'s keyword fields, those of a ``NameDescriptionRequest`` (shared by its four variants)."""

        name: Required[str]
        description: None | str | Unset


def _updateProject(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _update_project._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteProject(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_project._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _updateProjectPermissionMode(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _update_project_permission_mode._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getProjectsByOrganization(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> builtins.list[JsonObject]:
    parsed = _get_projects_by_organization._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_list(data, lambda reason: _results.unexpected(client, response, reason))


def _getProjectPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_project_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["set_permissions"] = {"members": [MemberRequestDto], "permissions": PermissionDto}
if TYPE_CHECKING:

    class _setProjectPermissionsFields(TypedDict, total=False):
        """``set_permissions``'s keyword fields, those of a ``SetPermissionsRequest`` (shared by its four variants)."""

        members: Required[Sequence[MemberRequestDto | Mapping[str, Any]]]
        permissions: Required[PermissionDto | Mapping[str, Any]]


def _setProjectPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _set_project_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getProjectMemberPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_project_member_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


if TYPE_CHECKING:

    class _setProjectMemberPermissionsFields(TypedDict, total=False):
        """``set_member_permissions``'s keyword fields, those of a ``PermissionDto`` (shared by its four variants)."""

        view_project: bool | Unset
        view_report: bool | Unset
        create_report: bool | Unset
        use_report: bool | Unset
        edit_report: bool | Unset
        subscribe_report: bool | Unset
        run_report: bool | Unset
        delete_report: bool | Unset
        set_permissions_report: bool | Unset
        duplicate_report: bool | Unset
        move_report: bool | Unset
        view_filter: bool | Unset
        create_filter: bool | Unset
        use_filter: bool | Unset
        edit_filter: bool | Unset
        delete_filter: bool | Unset
        duplicate_filter: bool | Unset
        move_filter: bool | Unset
        set_permissions_filter: bool | Unset
        view_condition: bool | Unset
        create_condition: bool | Unset
        use_condition: bool | Unset
        edit_condition: bool | Unset
        delete_condition: bool | Unset
        set_permissions_condition: bool | Unset
        duplicate_condition: bool | Unset
        move_condition: bool | Unset
        view_task: bool | Unset
        create_task: bool | Unset
        edit_task: bool | Unset
        run_task: bool | Unset
        delete_task: bool | Unset
        set_permissions_task: bool | Unset
        duplicate_task: bool | Unset
        move_task: bool | Unset
        view_folder_content: bool | Unset
        create_folder_content: bool | Unset
        edit_folder_content: bool | Unset
        download_folder_content: bool | Unset
        delete_folder_content: bool | Unset
        duplicate_folder_content: bool | Unset
        move_folder_content: bool | Unset


def _setProjectMemberPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _set_project_member_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteProjectMemberPermission(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_project_member_permission._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteProjectMemberPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_project_member_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _changeProjectOwner(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _change_project_owner._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


class Projects:
    """Projects of Qalyptus Cloud."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> ProjectsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return ProjectsWithRawResponse(self._caller)

    def list(self) -> builtins.list[JsonObject]:
        """Get projects.

        Get a list of all projects

        ``GET /projects`` (getProjects), a verified path.

        Returns:
            list[JsonObject]: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getProjects", _get_projects._get_kwargs())
        return _getProjects(self._caller.client, response)

    @overload
    def create(self, body: NameDescriptionRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def create(self, /, **fields: Unpack[_createProjectFields]) -> JsonValue: ...

    def create(
        self,
        body: NameDescriptionRequest | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
    ) -> JsonValue:
        """Create project.

        Create a new project.

        ``POST /projects`` (createProject): this path is inferred from the documentation's naming style, not
        verified. If the API answers 404 or 405, pass ``path_overrides={"createProject":
        "/the/right/path"}`` to the client.

        Args:
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
        body = _facade.model_from_arguments(NameDescriptionRequest, body, locals(), ("self", "body"), "create", UNSET)
        response = self._caller.send("createProject", _create_project._get_kwargs(body=body))
        return _createProject(self._caller.client, response)

    def delete_many(self, ids: Sequence[UUID | str], /) -> JsonValue:
        """Delete multiple projects.

        Delete multiple projects by providing a list of project IDs.

        ``DELETE /projects`` (deleteProjects): this path is inferred from the documentation's naming style,
        not verified. Bulk delete modelled as DELETE with a JSON array body on the collection; alternatives:
        POST {collection}/delete or DELETE {collection}/bulk. If the API answers 404 or 405, pass
        ``path_overrides={"deleteProjects": "/the/right/path"}`` to the client.

        Args:
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteProjects", _delete_projects._get_kwargs(body=ids))
        return _deleteProjects(self._caller.client, response)

    def get(self, id: UUID | str, /) -> JsonObject:
        """Get project.

        Get details of a specific project.

        ``GET /projects/{id}`` (getProject): this path is inferred from the documentation's naming style,
        not verified. If the API answers 404 or 405, pass ``path_overrides={"getProject":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the project.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getProject", _get_project._get_kwargs(id))
        return _getProject(self._caller.client, response)

    @overload
    def update(self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateProjectFields]) -> JsonValue: ...

    def update(
        self,
        id: UUID | str,
        body: NameDescriptionRequest | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
    ) -> JsonValue:
        """Update project.

        Update an existing project.

        ``PUT /projects/{id}`` (updateProject): this path is inferred from the documentation's naming style,
        not verified. If the API answers 404 or 405, pass ``path_overrides={"updateProject":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the project to update.
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
        response = self._caller.send("updateProject", _update_project._get_kwargs(id, body=body))
        return _updateProject(self._caller.client, response)

    def delete(self, id: UUID | str, /) -> JsonValue:
        """Delete project.

        Delete a specific project.

        ``DELETE /projects/{id}`` (deleteProject): this path is inferred from the documentation's naming
        style, not verified. If the API answers 404 or 405, pass ``path_overrides={"deleteProject":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the project to delete.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteProject", _delete_project._get_kwargs(id))
        return _deleteProject(self._caller.client, response)

    def update_permission_mode(self, id: UUID | str, value: bool, /) -> JsonValue:
        """Update permission mode.

        Update permissions mode for a specific project.

        ``PUT /projects/{id}/permission-mode/{value}`` (updateProjectPermissionMode): this path is inferred
        from the documentation's naming style, not verified. The boolean 'value' is a documented PATH
        parameter; segment name guessed (alternative /global-permission/{value}); PUT vs POST not
        documented. If the API answers 404 or 405, pass ``path_overrides={"updateProjectPermissionMode":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the project to update.
            value: The new value for the global permission mode (true for enabled, false for disabled).

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "updateProjectPermissionMode", _update_project_permission_mode._get_kwargs(id, value)
        )
        return _updateProjectPermissionMode(self._caller.client, response)

    def list_by_organization(self, id: UUID | str, /) -> builtins.list[JsonObject]:
        """Get organization projects.

        Get a list of all projects associated with a specific organization.

        ``GET /projects/organization/{id}`` (getProjectsByOrganization): this path is inferred from the
        documentation's naming style, not verified. Same title also documented under Organizations (modelled
        there as GET /organizations/{id}/projects); this one follows the verified GET
        /filters/report/{reportId} style. If the API answers 404 or 405, pass
        ``path_overrides={"getProjectsByOrganization": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the organization to get projects for.

        Returns:
            list[JsonObject]: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getProjectsByOrganization", _get_projects_by_organization._get_kwargs(id))
        return _getProjectsByOrganization(self._caller.client, response)

    def get_permissions(self, id: UUID | str, /) -> JsonValue:
        """Get permissions.

        Get permissions of a specific project.

        ``GET /projects/{id}/permissions`` (getProjectPermissions): this path is inferred from the
        documentation's naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"getProjectPermissions": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the project to get permissions for.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getProjectPermissions", _get_project_permissions._get_kwargs(id))
        return _getProjectPermissions(self._caller.client, response)

    @overload
    def set_permissions(self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def set_permissions(self, id: UUID | str, /, **fields: Unpack[_setProjectPermissionsFields]) -> JsonValue: ...

    def set_permissions(
        self,
        id: UUID | str,
        body: SetPermissionsRequest | Mapping[str, Any] | None = None,
        /,
        *,
        members: Sequence[MemberRequestDto | Mapping[str, Any]] | Unset = UNSET,
        permissions: PermissionDto | Mapping[str, Any] | Unset = UNSET,
    ) -> JsonValue:
        """Set permissions.

        Set permissions for users or groups.

        ``PUT /projects/{id}/permissions`` (setProjectPermissions): this path is inferred from the
        documentation's naming style, not verified. PUT vs POST not documented (both plausible for setting
        permissions). If the API answers 404 or 405, pass ``path_overrides={"setProjectPermissions":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the project to set permissions for.
            body: a ``SetPermissionsRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            members: (required) Sequence[MemberRequestDto | Mapping[str, Any]]
            permissions: (required) A set of permission flags; each flag grants or denies the corresponding right.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            SetPermissionsRequest, body, locals(), ("self", "body", "id"), "set_permissions", UNSET, kinds=_KINDS
        )
        response = self._caller.send("setProjectPermissions", _set_project_permissions._get_kwargs(id, body=body))
        return _setProjectPermissions(self._caller.client, response)

    def get_member_permissions(self, id: UUID | str, member_permission_id: UUID | str, /) -> JsonObject:
        """Get member permissions.

        Get permissions of a specific member in a project.

        ``GET /projects/{id}/member-permissions/{memberPermissionId}`` (getProjectMemberPermissions): this
        path is inferred from the documentation's naming style, not verified. Segment 'member-permissions'
        guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}. If the API answers 404 or
        405, pass ``path_overrides={"getProjectMemberPermissions": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the project.
            member_permission_id: The ID of the member's permission.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "getProjectMemberPermissions", _get_project_member_permissions._get_kwargs(id, member_permission_id)
        )
        return _getProjectMemberPermissions(self._caller.client, response)

    @overload
    def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, body: PermissionDto | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, /, **fields: Unpack[_setProjectMemberPermissionsFields]
    ) -> JsonValue: ...

    def set_member_permissions(
        self,
        id: UUID | str,
        member_permission_id: UUID | str,
        body: PermissionDto | Mapping[str, Any] | None = None,
        /,
        *,
        view_project: bool | Unset = UNSET,
        view_report: bool | Unset = UNSET,
        create_report: bool | Unset = UNSET,
        use_report: bool | Unset = UNSET,
        edit_report: bool | Unset = UNSET,
        subscribe_report: bool | Unset = UNSET,
        run_report: bool | Unset = UNSET,
        delete_report: bool | Unset = UNSET,
        set_permissions_report: bool | Unset = UNSET,
        duplicate_report: bool | Unset = UNSET,
        move_report: bool | Unset = UNSET,
        view_filter: bool | Unset = UNSET,
        create_filter: bool | Unset = UNSET,
        use_filter: bool | Unset = UNSET,
        edit_filter: bool | Unset = UNSET,
        delete_filter: bool | Unset = UNSET,
        duplicate_filter: bool | Unset = UNSET,
        move_filter: bool | Unset = UNSET,
        set_permissions_filter: bool | Unset = UNSET,
        view_condition: bool | Unset = UNSET,
        create_condition: bool | Unset = UNSET,
        use_condition: bool | Unset = UNSET,
        edit_condition: bool | Unset = UNSET,
        delete_condition: bool | Unset = UNSET,
        set_permissions_condition: bool | Unset = UNSET,
        duplicate_condition: bool | Unset = UNSET,
        move_condition: bool | Unset = UNSET,
        view_task: bool | Unset = UNSET,
        create_task: bool | Unset = UNSET,
        edit_task: bool | Unset = UNSET,
        run_task: bool | Unset = UNSET,
        delete_task: bool | Unset = UNSET,
        set_permissions_task: bool | Unset = UNSET,
        duplicate_task: bool | Unset = UNSET,
        move_task: bool | Unset = UNSET,
        view_folder_content: bool | Unset = UNSET,
        create_folder_content: bool | Unset = UNSET,
        edit_folder_content: bool | Unset = UNSET,
        download_folder_content: bool | Unset = UNSET,
        delete_folder_content: bool | Unset = UNSET,
        duplicate_folder_content: bool | Unset = UNSET,
        move_folder_content: bool | Unset = UNSET,
    ) -> JsonValue:
        """Set member permissions.

        Set permissions for a specific member.

        ``PUT /projects/{id}/member-permissions/{memberPermissionId}`` (setProjectMemberPermissions): this
        path is inferred from the documentation's naming style, not verified. Segment 'member-permissions'
        guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}. If the API answers 404 or
        405, pass ``path_overrides={"setProjectMemberPermissions": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the project where permissions will be set.
            member_permission_id: The ID of the member's permission to be updated.
            body: a ``PermissionDto``, a mapping of its JSON fields, or its fields as keyword arguments:
            view_project: bool | Unset
            view_report: bool | Unset
            create_report: bool | Unset
            use_report: bool | Unset
            edit_report: bool | Unset
            subscribe_report: bool | Unset
            run_report: bool | Unset
            delete_report: bool | Unset
            set_permissions_report: bool | Unset
            duplicate_report: bool | Unset
            move_report: bool | Unset
            view_filter: bool | Unset
            create_filter: bool | Unset
            use_filter: bool | Unset
            edit_filter: bool | Unset
            delete_filter: bool | Unset
            duplicate_filter: bool | Unset
            move_filter: bool | Unset
            set_permissions_filter: bool | Unset
            view_condition: bool | Unset
            create_condition: bool | Unset
            use_condition: bool | Unset
            edit_condition: bool | Unset
            delete_condition: bool | Unset
            set_permissions_condition: bool | Unset
            duplicate_condition: bool | Unset
            move_condition: bool | Unset
            view_task: bool | Unset
            create_task: bool | Unset
            edit_task: bool | Unset
            run_task: bool | Unset
            delete_task: bool | Unset
            set_permissions_task: bool | Unset
            duplicate_task: bool | Unset
            move_task: bool | Unset
            view_folder_content: bool | Unset
            create_folder_content: bool | Unset
            edit_folder_content: bool | Unset
            download_folder_content: bool | Unset
            delete_folder_content: bool | Unset
            duplicate_folder_content: bool | Unset
            move_folder_content: bool | Unset

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            PermissionDto,
            body,
            locals(),
            ("self", "body", "id", "member_permission_id"),
            "set_member_permissions",
            UNSET,
        )
        response = self._caller.send(
            "setProjectMemberPermissions",
            _set_project_member_permissions._get_kwargs(id, member_permission_id, body=body),
        )
        return _setProjectMemberPermissions(self._caller.client, response)

    def delete_member_permission(self, id: UUID | str, member_permission_id: UUID | str, /) -> JsonValue:
        """Delete member permission.

        Delete permission for a specific member

        ``DELETE /projects/{id}/member-permissions/{memberPermissionId}`` (deleteProjectMemberPermission):
        this path is inferred from the documentation's naming style, not verified. Segment
        'member-permissions' guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}. If the
        API answers 404 or 405, pass ``path_overrides={"deleteProjectMemberPermission": "/the/right/path"}``
        to the client.

        Args:
            id: The ID of the project from which permission will be deleted.
            member_permission_id: The ID of the member's permission to be deleted.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "deleteProjectMemberPermission", _delete_project_member_permission._get_kwargs(id, member_permission_id)
        )
        return _deleteProjectMemberPermission(self._caller.client, response)

    def delete_member_permissions(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """Delete member's permissions.

        Delete member's permissions.

        ``DELETE /projects/{id}/member-permissions`` (deleteProjectMemberPermissions): this path is inferred
        from the documentation's naming style, not verified. Segment 'member-permissions' guessed; bulk
        delete with JSON array body; alternatives: DELETE {resource}/{id}/permissions or POST
        .../member-permissions/delete. If the API answers 404 or 405, pass
        ``path_overrides={"deleteProjectMemberPermissions": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the project from which permissions will be deleted.
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "deleteProjectMemberPermissions", _delete_project_member_permissions._get_kwargs(id, body=ids)
        )
        return _deleteProjectMemberPermissions(self._caller.client, response)

    def change_owner(self, id: UUID | str, owner_id: UUID | str, /) -> JsonValue:
        """Change owner.

        Change the owner of a project.

        ``PUT /projects/{id}/owner/{ownerId}`` (changeProjectOwner): this path is inferred from the
        documentation's naming style, not verified. ownerId is a documented path parameter; segment 'owner'
        guessed (alternative 'change-owner'); PUT vs POST not documented. If the API answers 404 or 405,
        pass ``path_overrides={"changeProjectOwner": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the project for which the owner will be changed.
            owner_id: The ID of the new owner.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("changeProjectOwner", _change_project_owner._get_kwargs(id, owner_id))
        return _changeProjectOwner(self._caller.client, response)


class ProjectsWithRawResponse:
    """``projects`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def list(self) -> RawResponse[builtins.list[JsonObject]]:
        """``Projects.list`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getProjects", _get_projects._get_kwargs())
        return RawResponse.of(response, _getProjects(self._caller.client, response))

    @overload
    def create(self, body: NameDescriptionRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def create(self, /, **fields: Unpack[_createProjectFields]) -> RawResponse[JsonValue]: ...

    def create(
        self, body: NameDescriptionRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Projects.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(NameDescriptionRequest, body, fields, "create", UNSET)
        response = self._caller.send("createProject", _create_project._get_kwargs(body=body))
        return RawResponse.of(response, _createProject(self._caller.client, response))

    def delete_many(self, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Projects.delete_many`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteProjects", _delete_projects._get_kwargs(body=ids))
        return RawResponse.of(response, _deleteProjects(self._caller.client, response))

    def get(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Projects.get`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getProject", _get_project._get_kwargs(id))
        return RawResponse.of(response, _getProject(self._caller.client, response))

    @overload
    def update(self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateProjectFields]) -> RawResponse[JsonValue]: ...

    def update(
        self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Projects.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(NameDescriptionRequest, body, fields, "update", UNSET)
        response = self._caller.send("updateProject", _update_project._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateProject(self._caller.client, response))

    def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Projects.delete`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteProject", _delete_project._get_kwargs(id))
        return RawResponse.of(response, _deleteProject(self._caller.client, response))

    def update_permission_mode(self, id: UUID | str, value: bool, /) -> RawResponse[JsonValue]:
        """``Projects.update_permission_mode`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "updateProjectPermissionMode", _update_project_permission_mode._get_kwargs(id, value)
        )
        return RawResponse.of(response, _updateProjectPermissionMode(self._caller.client, response))

    def list_by_organization(self, id: UUID | str, /) -> RawResponse[builtins.list[JsonObject]]:
        """``Projects.list_by_organization`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getProjectsByOrganization", _get_projects_by_organization._get_kwargs(id))
        return RawResponse.of(response, _getProjectsByOrganization(self._caller.client, response))

    def get_permissions(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Projects.get_permissions`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getProjectPermissions", _get_project_permissions._get_kwargs(id))
        return RawResponse.of(response, _getProjectPermissions(self._caller.client, response))

    @overload
    def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    def set_permissions(
        self, id: UUID | str, /, **fields: Unpack[_setProjectPermissionsFields]
    ) -> RawResponse[JsonValue]: ...

    def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Projects.set_permissions`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(SetPermissionsRequest, body, fields, "set_permissions", UNSET, kinds=_KINDS)
        response = self._caller.send("setProjectPermissions", _set_project_permissions._get_kwargs(id, body=body))
        return RawResponse.of(response, _setProjectPermissions(self._caller.client, response))

    def get_member_permissions(self, id: UUID | str, member_permission_id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Projects.get_member_permissions`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "getProjectMemberPermissions", _get_project_member_permissions._get_kwargs(id, member_permission_id)
        )
        return RawResponse.of(response, _getProjectMemberPermissions(self._caller.client, response))

    @overload
    def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, body: PermissionDto | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, /, **fields: Unpack[_setProjectMemberPermissionsFields]
    ) -> RawResponse[JsonValue]: ...

    def set_member_permissions(
        self,
        id: UUID | str,
        member_permission_id: UUID | str,
        body: PermissionDto | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> RawResponse[JsonValue]:
        """``Projects.set_member_permissions`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(PermissionDto, body, fields, "set_member_permissions", UNSET)
        response = self._caller.send(
            "setProjectMemberPermissions",
            _set_project_member_permissions._get_kwargs(id, member_permission_id, body=body),
        )
        return RawResponse.of(response, _setProjectMemberPermissions(self._caller.client, response))

    def delete_member_permission(self, id: UUID | str, member_permission_id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Projects.delete_member_permission`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "deleteProjectMemberPermission", _delete_project_member_permission._get_kwargs(id, member_permission_id)
        )
        return RawResponse.of(response, _deleteProjectMemberPermission(self._caller.client, response))

    def delete_member_permissions(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Projects.delete_member_permissions`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "deleteProjectMemberPermissions", _delete_project_member_permissions._get_kwargs(id, body=ids)
        )
        return RawResponse.of(response, _deleteProjectMemberPermissions(self._caller.client, response))

    def change_owner(self, id: UUID | str, owner_id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Projects.change_owner`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("changeProjectOwner", _change_project_owner._get_kwargs(id, owner_id))
        return RawResponse.of(response, _changeProjectOwner(self._caller.client, response))


class AsyncProjects:
    """Projects of Qalyptus Cloud (async: the methods of ``Projects``, documented there)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncProjectsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncProjectsWithRawResponse(self._caller)

    async def list(self) -> builtins.list[JsonObject]:
        """``Projects.list`` (documented there), async."""
        response = await self._caller.send_async("getProjects", _get_projects._get_kwargs())
        return _getProjects(self._caller.client, response)

    @overload
    async def create(self, body: NameDescriptionRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def create(self, /, **fields: Unpack[_createProjectFields]) -> JsonValue: ...

    async def create(
        self, body: NameDescriptionRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Projects.create`` (documented there), async."""
        body = _facade.model_from_keywords(NameDescriptionRequest, body, fields, "create", UNSET)
        response = await self._caller.send_async("createProject", _create_project._get_kwargs(body=body))
        return _createProject(self._caller.client, response)

    async def delete_many(self, ids: Sequence[UUID | str], /) -> JsonValue:
        """``Projects.delete_many`` (documented there), async."""
        response = await self._caller.send_async("deleteProjects", _delete_projects._get_kwargs(body=ids))
        return _deleteProjects(self._caller.client, response)

    async def get(self, id: UUID | str, /) -> JsonObject:
        """``Projects.get`` (documented there), async."""
        response = await self._caller.send_async("getProject", _get_project._get_kwargs(id))
        return _getProject(self._caller.client, response)

    @overload
    async def update(self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def update(self, id: UUID | str, /, **fields: Unpack[_updateProjectFields]) -> JsonValue: ...

    async def update(
        self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Projects.update`` (documented there), async."""
        body = _facade.model_from_keywords(NameDescriptionRequest, body, fields, "update", UNSET)
        response = await self._caller.send_async("updateProject", _update_project._get_kwargs(id, body=body))
        return _updateProject(self._caller.client, response)

    async def delete(self, id: UUID | str, /) -> JsonValue:
        """``Projects.delete`` (documented there), async."""
        response = await self._caller.send_async("deleteProject", _delete_project._get_kwargs(id))
        return _deleteProject(self._caller.client, response)

    async def update_permission_mode(self, id: UUID | str, value: bool, /) -> JsonValue:
        """``Projects.update_permission_mode`` (documented there), async."""
        response = await self._caller.send_async(
            "updateProjectPermissionMode", _update_project_permission_mode._get_kwargs(id, value)
        )
        return _updateProjectPermissionMode(self._caller.client, response)

    async def list_by_organization(self, id: UUID | str, /) -> builtins.list[JsonObject]:
        """``Projects.list_by_organization`` (documented there), async."""
        response = await self._caller.send_async(
            "getProjectsByOrganization", _get_projects_by_organization._get_kwargs(id)
        )
        return _getProjectsByOrganization(self._caller.client, response)

    async def get_permissions(self, id: UUID | str, /) -> JsonValue:
        """``Projects.get_permissions`` (documented there), async."""
        response = await self._caller.send_async("getProjectPermissions", _get_project_permissions._get_kwargs(id))
        return _getProjectPermissions(self._caller.client, response)

    @overload
    async def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    async def set_permissions(self, id: UUID | str, /, **fields: Unpack[_setProjectPermissionsFields]) -> JsonValue: ...

    async def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Projects.set_permissions`` (documented there), async."""
        body = _facade.model_from_keywords(SetPermissionsRequest, body, fields, "set_permissions", UNSET, kinds=_KINDS)
        response = await self._caller.send_async(
            "setProjectPermissions", _set_project_permissions._get_kwargs(id, body=body)
        )
        return _setProjectPermissions(self._caller.client, response)

    async def get_member_permissions(self, id: UUID | str, member_permission_id: UUID | str, /) -> JsonObject:
        """``Projects.get_member_permissions`` (documented there), async."""
        response = await self._caller.send_async(
            "getProjectMemberPermissions", _get_project_member_permissions._get_kwargs(id, member_permission_id)
        )
        return _getProjectMemberPermissions(self._caller.client, response)

    @overload
    async def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, body: PermissionDto | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    async def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, /, **fields: Unpack[_setProjectMemberPermissionsFields]
    ) -> JsonValue: ...

    async def set_member_permissions(
        self,
        id: UUID | str,
        member_permission_id: UUID | str,
        body: PermissionDto | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> JsonValue:
        """``Projects.set_member_permissions`` (documented there), async."""
        body = _facade.model_from_keywords(PermissionDto, body, fields, "set_member_permissions", UNSET)
        response = await self._caller.send_async(
            "setProjectMemberPermissions",
            _set_project_member_permissions._get_kwargs(id, member_permission_id, body=body),
        )
        return _setProjectMemberPermissions(self._caller.client, response)

    async def delete_member_permission(self, id: UUID | str, member_permission_id: UUID | str, /) -> JsonValue:
        """``Projects.delete_member_permission`` (documented there), async."""
        response = await self._caller.send_async(
            "deleteProjectMemberPermission", _delete_project_member_permission._get_kwargs(id, member_permission_id)
        )
        return _deleteProjectMemberPermission(self._caller.client, response)

    async def delete_member_permissions(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """``Projects.delete_member_permissions`` (documented there), async."""
        response = await self._caller.send_async(
            "deleteProjectMemberPermissions", _delete_project_member_permissions._get_kwargs(id, body=ids)
        )
        return _deleteProjectMemberPermissions(self._caller.client, response)

    async def change_owner(self, id: UUID | str, owner_id: UUID | str, /) -> JsonValue:
        """``Projects.change_owner`` (documented there), async."""
        response = await self._caller.send_async("changeProjectOwner", _change_project_owner._get_kwargs(id, owner_id))
        return _changeProjectOwner(self._caller.client, response)


class AsyncProjectsWithRawResponse:
    """``projects`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def list(self) -> RawResponse[builtins.list[JsonObject]]:
        """``Projects.list`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getProjects", _get_projects._get_kwargs())
        return RawResponse.of(response, _getProjects(self._caller.client, response))

    @overload
    async def create(self, body: NameDescriptionRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    async def create(self, /, **fields: Unpack[_createProjectFields]) -> RawResponse[JsonValue]: ...

    async def create(
        self, body: NameDescriptionRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Projects.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(NameDescriptionRequest, body, fields, "create", UNSET)
        response = await self._caller.send_async("createProject", _create_project._get_kwargs(body=body))
        return RawResponse.of(response, _createProject(self._caller.client, response))

    async def delete_many(self, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Projects.delete_many`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteProjects", _delete_projects._get_kwargs(body=ids))
        return RawResponse.of(response, _deleteProjects(self._caller.client, response))

    async def get(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Projects.get`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getProject", _get_project._get_kwargs(id))
        return RawResponse.of(response, _getProject(self._caller.client, response))

    @overload
    async def update(
        self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def update(self, id: UUID | str, /, **fields: Unpack[_updateProjectFields]) -> RawResponse[JsonValue]: ...

    async def update(
        self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Projects.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(NameDescriptionRequest, body, fields, "update", UNSET)
        response = await self._caller.send_async("updateProject", _update_project._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateProject(self._caller.client, response))

    async def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Projects.delete`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteProject", _delete_project._get_kwargs(id))
        return RawResponse.of(response, _deleteProject(self._caller.client, response))

    async def update_permission_mode(self, id: UUID | str, value: bool, /) -> RawResponse[JsonValue]:
        """``Projects.update_permission_mode`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "updateProjectPermissionMode", _update_project_permission_mode._get_kwargs(id, value)
        )
        return RawResponse.of(response, _updateProjectPermissionMode(self._caller.client, response))

    async def list_by_organization(self, id: UUID | str, /) -> RawResponse[builtins.list[JsonObject]]:
        """``Projects.list_by_organization`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "getProjectsByOrganization", _get_projects_by_organization._get_kwargs(id)
        )
        return RawResponse.of(response, _getProjectsByOrganization(self._caller.client, response))

    async def get_permissions(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Projects.get_permissions`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getProjectPermissions", _get_project_permissions._get_kwargs(id))
        return RawResponse.of(response, _getProjectPermissions(self._caller.client, response))

    @overload
    async def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def set_permissions(
        self, id: UUID | str, /, **fields: Unpack[_setProjectPermissionsFields]
    ) -> RawResponse[JsonValue]: ...

    async def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Projects.set_permissions`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(SetPermissionsRequest, body, fields, "set_permissions", UNSET, kinds=_KINDS)
        response = await self._caller.send_async(
            "setProjectPermissions", _set_project_permissions._get_kwargs(id, body=body)
        )
        return RawResponse.of(response, _setProjectPermissions(self._caller.client, response))

    async def get_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, /
    ) -> RawResponse[JsonObject]:
        """``Projects.get_member_permissions`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "getProjectMemberPermissions", _get_project_member_permissions._get_kwargs(id, member_permission_id)
        )
        return RawResponse.of(response, _getProjectMemberPermissions(self._caller.client, response))

    @overload
    async def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, body: PermissionDto | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, /, **fields: Unpack[_setProjectMemberPermissionsFields]
    ) -> RawResponse[JsonValue]: ...

    async def set_member_permissions(
        self,
        id: UUID | str,
        member_permission_id: UUID | str,
        body: PermissionDto | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> RawResponse[JsonValue]:
        """``Projects.set_member_permissions`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(PermissionDto, body, fields, "set_member_permissions", UNSET)
        response = await self._caller.send_async(
            "setProjectMemberPermissions",
            _set_project_member_permissions._get_kwargs(id, member_permission_id, body=body),
        )
        return RawResponse.of(response, _setProjectMemberPermissions(self._caller.client, response))

    async def delete_member_permission(
        self, id: UUID | str, member_permission_id: UUID | str, /
    ) -> RawResponse[JsonValue]:
        """``Projects.delete_member_permission`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "deleteProjectMemberPermission", _delete_project_member_permission._get_kwargs(id, member_permission_id)
        )
        return RawResponse.of(response, _deleteProjectMemberPermission(self._caller.client, response))

    async def delete_member_permissions(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Projects.delete_member_permissions`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "deleteProjectMemberPermissions", _delete_project_member_permissions._get_kwargs(id, body=ids)
        )
        return RawResponse.of(response, _deleteProjectMemberPermissions(self._caller.client, response))

    async def change_owner(self, id: UUID | str, owner_id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Projects.change_owner`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("changeProjectOwner", _change_project_owner._get_kwargs(id, owner_id))
        return RawResponse.of(response, _changeProjectOwner(self._caller.client, response))
