# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``reports`` of Qalyptus Cloud: ``Reports`` (documented), ``AsyncReports`` and their ``with_raw_response`` twins.

Reached as ``QalyptusClient(...).reports``. Each method sends one operation through its low-level module under ``api/``,
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
from ..api.reports import change_report_owner as _change_report_owner
from ..api.reports import create_report as _create_report
from ..api.reports import delete_report as _delete_report
from ..api.reports import delete_report_member_permission as _delete_report_member_permission
from ..api.reports import delete_report_member_permissions as _delete_report_member_permissions
from ..api.reports import delete_reports as _delete_reports
from ..api.reports import duplicate_report as _duplicate_report
from ..api.reports import generate_on_demand_report as _generate_on_demand_report
from ..api.reports import get_report as _get_report
from ..api.reports import get_report_dynamic_names as _get_report_dynamic_names
from ..api.reports import get_report_html_content as _get_report_html_content
from ..api.reports import get_report_iteration_fields as _get_report_iteration_fields
from ..api.reports import get_report_member_permissions as _get_report_member_permissions
from ..api.reports import get_report_permissions as _get_report_permissions
from ..api.reports import get_report_qlik_apps as _get_report_qlik_apps
from ..api.reports import get_report_qlik_objects as _get_report_qlik_objects
from ..api.reports import get_report_template_items as _get_report_template_items
from ..api.reports import get_report_variables as _get_report_variables
from ..api.reports import get_reports as _get_reports
from ..api.reports import get_reports_by_project as _get_reports_by_project
from ..api.reports import set_report_member_permissions as _set_report_member_permissions
from ..api.reports import set_report_permissions as _set_report_permissions
from ..api.reports import update_report as _update_report
from ..api.status import download_report as _download_report
from ..api.status import download_report_stream as _download_report_stream
from ..client import AuthenticatedClient, Client
from ..models import (
    ApiResponse,
    CreateReportRequest,
    DuplicateRequest,
    DynamicNameRequestDto,
    FieldSelectionDto,
    GenerateReportRequest,
    IterationFieldRequestDto,
    MemberRequestDto,
    PermissionDto,
    SetPermissionsRequest,
    TemplateItems,
    TemplateItemsResponse,
    UpdateReportRequest,
)
from ..types import UNSET, File, Unset

__all__ = [
    "AsyncReports",
    "AsyncReportsWithRawResponse",
    "Reports",
    "ReportsWithRawResponse",
]


# By method: the keyword fields taking a str (UUID, date) or a mapping (model) for their type (_facade.accept).
_KINDS: dict[str, dict[str, Any]] = {}


def _getReports(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[JsonObject]:
    parsed = _get_reports._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_list(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["create"] = {"project_id": "uuid"}
if TYPE_CHECKING:

    class _createReportFields(TypedDict, total=False):
        """``create``'s keyword fields, those of a ``CreateReportRequest`` (shared by its four variants)."""

        name: Required[str]
        project_id: Required[UUID | str]
        description: None | str | Unset
        type: None | str | Unset


def _createReport(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _create_report._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteReports(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_reports._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["duplicate"] = {"project_id": "uuid", "organization_id": "uuid"}
if TYPE_CHECKING:

    class _duplicateReportFields(TypedDict, total=False):
        """``duplicate``'s keyword fields, those of a ``DuplicateRequest`` (shared by its four variants)."""

        project_id: Required[UUID | str]
        organization_id: Required[UUID | str]


def _duplicateReport(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _duplicate_report._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getReport(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_report._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["update"] = {"iteration_fields": [IterationFieldRequestDto], "dynamic_names": [DynamicNameRequestDto]}
if TYPE_CHECKING:

    class _updateReportFields(TypedDict, total=False):
        """``update``'s keyword fields, those of a ``UpdateReportRequest`` (shared by its four variants)."""

        name: Required[str]
        is_iteration: Required[bool]
        description: None | str | Unset
        iteration_fields: Sequence[IterationFieldRequestDto | Mapping[str, Any]] | None | Unset
        dynamic_name_separator: None | str | Unset
        dynamic_names: Sequence[DynamicNameRequestDto | Mapping[str, Any]] | None | Unset


def _updateReport(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _update_report._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteReport(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_report._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getReportsByProject(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[JsonObject]:
    parsed = _get_reports_by_project._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_list(data, lambda reason: _results.unexpected(client, response, reason))


def _getReportIterationFields(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_report_iteration_fields._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getReportDynamicNames(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_report_dynamic_names._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getReportHtmlContent(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_report_html_content._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getReportPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_report_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["set_permissions"] = {"members": [MemberRequestDto], "permissions": PermissionDto}
if TYPE_CHECKING:

    class _setReportPermissionsFields(TypedDict, total=False):
        """``set_permissions``'s keyword fields, those of a ``SetPermissionsRequest`` (shared by its four variants)."""

        members: Required[Sequence[MemberRequestDto | Mapping[str, Any]]]
        permissions: Required[PermissionDto | Mapping[str, Any]]


def _setReportPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _set_report_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getReportMemberPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_report_member_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


if TYPE_CHECKING:

    class _setReportMemberPermissionsFields(TypedDict, total=False):
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


def _setReportMemberPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _set_report_member_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteReportMemberPermission(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_report_member_permission._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteReportMemberPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_report_member_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _changeReportOwner(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _change_report_owner._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getReportVariables(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[JsonObject]:
    parsed = _get_report_variables._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_list(data, lambda reason: _results.unexpected(client, response, reason))


def _getReportQlikApps(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[JsonObject]:
    parsed = _get_report_qlik_apps._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_list(data, lambda reason: _results.unexpected(client, response, reason))


def _getReportQlikObjects(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[JsonObject]:
    parsed = _get_report_qlik_objects._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_list(data, lambda reason: _results.unexpected(client, response, reason))


def _getReportTemplateItems(client: AuthenticatedClient | Client, response: httpx.Response) -> TemplateItems:
    parsed = _get_report_template_items._build_response(client=client, response=response).parsed
    if not isinstance(parsed, TemplateItemsResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    if not isinstance(data, TemplateItems):
        raise _results.unexpected(client, response, "The envelope's data is not a TemplateItems")
    return data


_KINDS["generate"] = {"selections": [FieldSelectionDto]}
if TYPE_CHECKING:

    class _generateOnDemandReportFields(TypedDict, total=False):
        """``generate``'s keyword fields, those of a ``GenerateReportRequest`` (shared by its four variants)."""

        selections: Sequence[FieldSelectionDto | Mapping[str, Any]] | None | Unset
        app_id: None | str | Unset
        bookmark_id: None | str | Unset


def _generateOnDemandReport(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _generate_on_demand_report._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _downloadReport(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _download_report._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _downloadReportStream(client: AuthenticatedClient | Client, response: httpx.Response) -> File:
    parsed = _download_report_stream._build_response(client=client, response=response).parsed
    if isinstance(parsed, File):
        return parsed
    raise _results.unexpected(client, response, "Response body is not the documented File")


class Reports:
    """Reports of Qalyptus Cloud."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> ReportsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return ReportsWithRawResponse(self._caller)

    def list(self) -> builtins.list[JsonObject]:
        """Get reports.

        Get the list of all reports.

        ``GET /reports`` (getReports), a verified path.

        Returns:
            list[JsonObject]: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getReports", _get_reports._get_kwargs())
        return _getReports(self._caller.client, response)

    @overload
    def create(self, body: CreateReportRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def create(self, /, **fields: Unpack[_createReportFields]) -> JsonValue: ...

    def create(
        self,
        body: CreateReportRequest | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        project_id: UUID | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        type: None | str | Unset = UNSET,
    ) -> JsonValue:
        """Create report.

        Create a new report.

        ``POST /reports`` (createReport): this path is inferred from the documentation's naming style, not
        verified. If the API answers 404 or 405, pass ``path_overrides={"createReport": "/the/right/path"}``
        to the client.

        Args:
            body: a ``CreateReportRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            name: (required) str
            project_id: (required) UUID | str
            description: None | str | Unset
            type: None | str | Unset

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            CreateReportRequest, body, locals(), ("self", "body"), "create", UNSET, {"type": "type_"}, kinds=_KINDS
        )
        response = self._caller.send("createReport", _create_report._get_kwargs(body=body))
        return _createReport(self._caller.client, response)

    def delete_many(self, ids: Sequence[UUID | str], /) -> JsonValue:
        """Delete reports.

        Delete multiple reports with the specified IDs.

        ``DELETE /reports`` (deleteReports): this path is inferred from the documentation's naming style,
        not verified. Bulk delete modelled as DELETE with a JSON array body on the collection; alternatives:
        POST {collection}/delete or DELETE {collection}/bulk. If the API answers 404 or 405, pass
        ``path_overrides={"deleteReports": "/the/right/path"}`` to the client.

        Args:
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteReports", _delete_reports._get_kwargs(body=ids))
        return _deleteReports(self._caller.client, response)

    @overload
    def duplicate(self, id: UUID | str, body: DuplicateRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def duplicate(self, id: UUID | str, /, **fields: Unpack[_duplicateReportFields]) -> JsonValue: ...

    def duplicate(
        self,
        id: UUID | str,
        body: DuplicateRequest | Mapping[str, Any] | None = None,
        /,
        *,
        project_id: UUID | str | Unset = UNSET,
        organization_id: UUID | str | Unset = UNSET,
    ) -> JsonValue:
        """Duplicate report.

        Create a duplicate of the specified report.

        ``POST /reports/{id}/duplicate`` (duplicateReport): this path is inferred from the documentation's
        naming style, not verified. If the API answers 404 or 405, pass ``path_overrides={"duplicateReport":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the report to duplicate.
            body: a ``DuplicateRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            project_id: (required) UUID | str
            organization_id: (required) UUID | str

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            DuplicateRequest, body, locals(), ("self", "body", "id"), "duplicate", UNSET, kinds=_KINDS
        )
        response = self._caller.send("duplicateReport", _duplicate_report._get_kwargs(id, body=body))
        return _duplicateReport(self._caller.client, response)

    def get(self, id: UUID | str, /) -> JsonObject:
        """Get report by ID.

        Get the report with the specified ID.

        ``GET /reports/{id}`` (getReport): this path is inferred from the documentation's naming style, not
        verified. If the API answers 404 or 405, pass ``path_overrides={"getReport": "/the/right/path"}`` to
        the client.

        Args:
            id: The ID of the report.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getReport", _get_report._get_kwargs(id))
        return _getReport(self._caller.client, response)

    @overload
    def update(self, id: UUID | str, body: UpdateReportRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateReportFields]) -> JsonValue: ...

    def update(
        self,
        id: UUID | str,
        body: UpdateReportRequest | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        is_iteration: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        iteration_fields: Sequence[IterationFieldRequestDto | Mapping[str, Any]] | None | Unset = UNSET,
        dynamic_name_separator: None | str | Unset = UNSET,
        dynamic_names: Sequence[DynamicNameRequestDto | Mapping[str, Any]] | None | Unset = UNSET,
    ) -> JsonValue:
        """Update a report.

        Update the details of the specified report.

        ``PUT /reports/{id}`` (updateReport): this path is inferred from the documentation's naming style,
        not verified. If the API answers 404 or 405, pass ``path_overrides={"updateReport":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the report to update.
            body: a ``UpdateReportRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            name: (required) str
            is_iteration: (required) bool
            description: None | str | Unset
            iteration_fields: Sequence[IterationFieldRequestDto | Mapping[str, Any]] | None | Unset
            dynamic_name_separator: None | str | Unset
            dynamic_names: Sequence[DynamicNameRequestDto | Mapping[str, Any]] | None | Unset

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            UpdateReportRequest, body, locals(), ("self", "body", "id"), "update", UNSET, kinds=_KINDS
        )
        response = self._caller.send("updateReport", _update_report._get_kwargs(id, body=body))
        return _updateReport(self._caller.client, response)

    def delete(self, id: UUID | str, /) -> JsonValue:
        """Delete report.

        Delete a report with the specified ID.

        ``DELETE /reports/{id}`` (deleteReport): this path is inferred from the documentation's naming
        style, not verified. If the API answers 404 or 405, pass ``path_overrides={"deleteReport":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the report to delete.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteReport", _delete_report._get_kwargs(id))
        return _deleteReport(self._caller.client, response)

    def list_by_project(self, id: UUID | str, /) -> builtins.list[JsonObject]:
        """Get reports by project ID.

        Get the list of reports associated to a specific project.

        ``GET /reports/project/{id}`` (getReportsByProject): this path is inferred from the documentation's
        naming style, not verified. Follows the verified GET /filters/report/{reportId} style; alternative:
        /projects/{id}/reports. If the API answers 404 or 405, pass ``path_overrides={"getReportsByProject":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the project.

        Returns:
            list[JsonObject]: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getReportsByProject", _get_reports_by_project._get_kwargs(id))
        return _getReportsByProject(self._caller.client, response)

    def get_iteration_fields(self, id: UUID | str, /) -> JsonValue:
        """Get report iteration fields.

        Get the iteration fields of a specific report.

        ``GET /reports/{id}/iteration-fields`` (getReportIterationFields): this path is inferred from the
        documentation's naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"getReportIterationFields": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the report.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getReportIterationFields", _get_report_iteration_fields._get_kwargs(id))
        return _getReportIterationFields(self._caller.client, response)

    def get_dynamic_names(self, id: UUID | str, /) -> JsonValue:
        """Get report dynamic names.

        Get the dynamic names associated with a specific report.

        ``GET /reports/{id}/dynamic-names`` (getReportDynamicNames): this path is inferred from the
        documentation's naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"getReportDynamicNames": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the report.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getReportDynamicNames", _get_report_dynamic_names._get_kwargs(id))
        return _getReportDynamicNames(self._caller.client, response)

    def get_html_content(self, id: UUID | str, /) -> JsonValue:
        """Get report HTML content.

        Get the HTML content of a report.

        ``GET /reports/{id}/html-content`` (getReportHtmlContent): this path is inferred from the
        documentation's naming style, not verified. Segment name guessed; alternative /reports/{id}/html. If
        the API answers 404 or 405, pass ``path_overrides={"getReportHtmlContent": "/the/right/path"}`` to
        the client.

        Args:
            id: The ID of the report.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getReportHtmlContent", _get_report_html_content._get_kwargs(id))
        return _getReportHtmlContent(self._caller.client, response)

    def get_permissions(self, id: UUID | str, /) -> JsonValue:
        """Get permissions.

        Get the permissions associated with a report

        ``GET /reports/{id}/permissions`` (getReportPermissions): this path is inferred from the
        documentation's naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"getReportPermissions": "/the/right/path"}`` to the client.

        Args:
            id: The unique ID of the report.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getReportPermissions", _get_report_permissions._get_kwargs(id))
        return _getReportPermissions(self._caller.client, response)

    @overload
    def set_permissions(self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def set_permissions(self, id: UUID | str, /, **fields: Unpack[_setReportPermissionsFields]) -> JsonValue: ...

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

        Set permissions for a report

        ``PUT /reports/{id}/permissions`` (setReportPermissions): this path is inferred from the
        documentation's naming style, not verified. PUT vs POST not documented (both plausible for setting
        permissions). If the API answers 404 or 405, pass ``path_overrides={"setReportPermissions":
        "/the/right/path"}`` to the client.

        Args:
            id: The unique ID of the report.
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
        response = self._caller.send("setReportPermissions", _set_report_permissions._get_kwargs(id, body=body))
        return _setReportPermissions(self._caller.client, response)

    def get_member_permissions(self, id: UUID | str, member_permission_id: UUID | str, /) -> JsonObject:
        """Get member permissions.

        Get the permissions associated with the specified member in the report.

        ``GET /reports/{id}/member-permissions/{memberPermissionId}`` (getReportMemberPermissions): this
        path is inferred from the documentation's naming style, not verified. Segment 'member-permissions'
        guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}. If the API answers 404 or
        405, pass ``path_overrides={"getReportMemberPermissions": "/the/right/path"}`` to the client.

        Args:
            id: The unique ID of the report.
            member_permission_id: The unique ID of the member's permission.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "getReportMemberPermissions", _get_report_member_permissions._get_kwargs(id, member_permission_id)
        )
        return _getReportMemberPermissions(self._caller.client, response)

    @overload
    def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, body: PermissionDto | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, /, **fields: Unpack[_setReportMemberPermissionsFields]
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
        """Sets member permissions.

        Set permissions for the specified member of the report.

        ``PUT /reports/{id}/member-permissions/{memberPermissionId}`` (setReportMemberPermissions): this
        path is inferred from the documentation's naming style, not verified. Segment 'member-permissions'
        guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}. If the API answers 404 or
        405, pass ``path_overrides={"setReportMemberPermissions": "/the/right/path"}`` to the client.

        Args:
            id: The unique ID of the report.
            member_permission_id: The ID of the member permission.
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
            "setReportMemberPermissions",
            _set_report_member_permissions._get_kwargs(id, member_permission_id, body=body),
        )
        return _setReportMemberPermissions(self._caller.client, response)

    def delete_member_permission(self, id: UUID | str, member_permission_id: UUID | str, /) -> JsonValue:
        """Delete member permissions.

        Delete member permission from the report.

        ``DELETE /reports/{id}/member-permissions/{memberPermissionId}`` (deleteReportMemberPermission):
        this path is inferred from the documentation's naming style, not verified. Segment
        'member-permissions' guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}. If the
        API answers 404 or 405, pass ``path_overrides={"deleteReportMemberPermission": "/the/right/path"}``
        to the client.

        Args:
            id: The unique ID of the report.
            member_permission_id: The unique ID of the member's permission to be deleted.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "deleteReportMemberPermission", _delete_report_member_permission._get_kwargs(id, member_permission_id)
        )
        return _deleteReportMemberPermission(self._caller.client, response)

    def delete_member_permissions(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """Delete member permissions.

        Delete member permissions from the report.

        ``DELETE /reports/{id}/member-permissions`` (deleteReportMemberPermissions): this path is inferred
        from the documentation's naming style, not verified. Segment 'member-permissions' guessed; bulk
        delete with JSON array body; alternatives: DELETE {resource}/{id}/permissions or POST
        .../member-permissions/delete. If the API answers 404 or 405, pass
        ``path_overrides={"deleteReportMemberPermissions": "/the/right/path"}`` to the client.

        Args:
            id: The unique ID of the report.
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "deleteReportMemberPermissions", _delete_report_member_permissions._get_kwargs(id, body=ids)
        )
        return _deleteReportMemberPermissions(self._caller.client, response)

    def change_owner(self, id: UUID | str, owner_id: UUID | str, /) -> JsonValue:
        """Change owner.

        Change the owner of the specified report to the user with the provided ID.

        ``PUT /reports/{id}/owner/{ownerId}`` (changeReportOwner): this path is inferred from the
        documentation's naming style, not verified. ownerId is a documented path parameter; segment 'owner'
        guessed (alternative 'change-owner'); PUT vs POST not documented. If the API answers 404 or 405,
        pass ``path_overrides={"changeReportOwner": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the report.
            owner_id: The ID of the new owner.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("changeReportOwner", _change_report_owner._get_kwargs(id, owner_id))
        return _changeReportOwner(self._caller.client, response)

    def get_variables(self, id: UUID | str, /) -> builtins.list[JsonObject]:
        """Get report variables.

        Get a list of Qlik variables.

        ``GET /reports/{id}/variables`` (getReportVariables): this path is inferred from the documentation's
        naming style, not verified. Segment name guessed; alternative /reports/{id}/qlik-variables. If the
        API answers 404 or 405, pass ``path_overrides={"getReportVariables": "/the/right/path"}`` to the
        client.

        Args:
            id: The unique ID of the report.

        Returns:
            list[JsonObject]: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getReportVariables", _get_report_variables._get_kwargs(id))
        return _getReportVariables(self._caller.client, response)

    def get_qlik_apps(self, id: UUID | str, /) -> builtins.list[JsonObject]:
        """Get report Qlik apps.

        Get the list of Qlik apps from the report template items.

        ``GET /reports/{id}/qlik-apps`` (getReportQlikApps): this path is inferred from the documentation's
        naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"getReportQlikApps": "/the/right/path"}`` to the client.

        Args:
            id: The unique ID of the report.

        Returns:
            list[JsonObject]: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getReportQlikApps", _get_report_qlik_apps._get_kwargs(id))
        return _getReportQlikApps(self._caller.client, response)

    def get_qlik_objects(self, id: UUID | str, /) -> builtins.list[JsonObject]:
        """Get Qlik objects by report.

        Get the list of Qlik objects from the report template items.

        ``GET /reports/{id}/qlik-objects`` (getReportQlikObjects): this path is inferred from the
        documentation's naming style, not verified. Segment name guessed; alternative /reports/{id}/objects.
        If the API answers 404 or 405, pass ``path_overrides={"getReportQlikObjects": "/the/right/path"}``
        to the client.

        Args:
            id: The unique ID of the report.

        Returns:
            list[JsonObject]: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getReportQlikObjects", _get_report_qlik_objects._get_kwargs(id))
        return _getReportQlikObjects(self._caller.client, response)

    def get_template_items(self, id: UUID | str, /) -> TemplateItems:
        """Get report objects.

        Get a list of template items

        ``GET /reports/{id}/template-items`` (getReportTemplateItems), a verified path.

        Args:
            id: The unique ID of the report.

        Returns:
            TemplateItems.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getReportTemplateItems", _get_report_template_items._get_kwargs(id))
        return _getReportTemplateItems(self._caller.client, response)

    @overload
    def generate(
        self, id: UUID | str, output_format: str, body: GenerateReportRequest | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    def generate(
        self, id: UUID | str, output_format: str, /, **fields: Unpack[_generateOnDemandReportFields]
    ) -> JsonValue: ...

    def generate(
        self,
        id: UUID | str,
        output_format: str,
        body: GenerateReportRequest | Mapping[str, Any] | None = None,
        /,
        *,
        selections: Sequence[FieldSelectionDto | Mapping[str, Any]] | None | Unset = UNSET,
        app_id: None | str | Unset = UNSET,
        bookmark_id: None | str | Unset = UNSET,
    ) -> JsonValue:
        """Generate an on-demand report.

        Generate a report in the specified output format based on the provided selections.

        ``POST /reports/{id}/generate/{outputFormat}`` (generateOnDemandReport): this path is inferred from
        the documentation's naming style, not verified. outputFormat is a documented PATH parameter; segment
        name guessed (alternative /reports/{id}/on-demand/{outputFormat}). If the API answers 404 or 405,
        pass ``path_overrides={"generateOnDemandReport": "/the/right/path"}`` to the client.

        Args:
            id: The unique ID of the report.
            output_format: The desired output format for the generated report.
            body: a ``GenerateReportRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            selections: Sequence[FieldSelectionDto | Mapping[str, Any]] | None | Unset
            app_id: None | str | Unset
            bookmark_id: None | str | Unset

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            GenerateReportRequest,
            body,
            locals(),
            ("self", "body", "id", "output_format"),
            "generate",
            UNSET,
            kinds=_KINDS,
        )
        response = self._caller.send(
            "generateOnDemandReport", _generate_on_demand_report._get_kwargs(id, output_format, body=body)
        )
        return _generateOnDemandReport(self._caller.client, response)

    def download(self, id: UUID | str, /, *, version: str | Unset = UNSET) -> JsonValue:
        """Download report.

        Download the report file generated by the specified request. The method gets the file from the
        storage and returns its URI for download.

        ``GET /status/{id}/download`` (downloadReport): this path is inferred from the documentation's
        naming style, not verified. Returns the URI of the report file (per the docs), not the file itself;
        segment name guessed (alternative /status/{id}/report). If the API answers 404 or 405, pass
        ``path_overrides={"downloadReport": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the request for which to download the report.
            version: the version query parameter (str)

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("downloadReport", _download_report._get_kwargs(id, version=version))
        return _downloadReport(self._caller.client, response)

    def download_stream(self, id: UUID | str, /) -> File:
        """Download report as a stream.

        Download the report file as a stream. The method gets the file from the storage and returns it as a
        stream.

        ``GET /status/{id}/download-stream`` (downloadReportStream): this path is inferred from the
        documentation's naming style, not verified. File stream; segment name guessed (alternatives
        /status/{id}/stream, /status/{id}/download/stream). If the API answers 404 or 405, pass
        ``path_overrides={"downloadReportStream": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the request for which to download the report.

        Returns:
            File.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("downloadReportStream", _download_report_stream._get_kwargs(id))
        return _downloadReportStream(self._caller.client, response)

    def download_stream_to(self, id: UUID | str, destination: str | os.PathLike[str], /) -> Download:
        """``download_stream``, with the file streamed into ``destination`` instead of held in memory.

        The file is written whole or not at all (a failure leaves no partial file under that name); the body
        is bounded by the client's ``max_response_bytes`` and ``call_timeout``. Any status other than 2xx
        raises the package's error, as ``download_stream`` does.

        Returns:
            Download: the path, the size in bytes and the response's ``Content-Type``.
        """
        request = _download_report_stream._get_kwargs(id)
        return self._caller.call(
            "downloadReportStream", request, lambda client, prepared: _runtime.download(client, prepared, destination)
        )


class ReportsWithRawResponse:
    """``reports`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def list(self) -> RawResponse[builtins.list[JsonObject]]:
        """``Reports.list`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getReports", _get_reports._get_kwargs())
        return RawResponse.of(response, _getReports(self._caller.client, response))

    @overload
    def create(self, body: CreateReportRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def create(self, /, **fields: Unpack[_createReportFields]) -> RawResponse[JsonValue]: ...

    def create(
        self, body: CreateReportRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Reports.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            CreateReportRequest, body, fields, "create", UNSET, {"type": "type_"}, kinds=_KINDS
        )
        response = self._caller.send("createReport", _create_report._get_kwargs(body=body))
        return RawResponse.of(response, _createReport(self._caller.client, response))

    def delete_many(self, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Reports.delete_many`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteReports", _delete_reports._get_kwargs(body=ids))
        return RawResponse.of(response, _deleteReports(self._caller.client, response))

    @overload
    def duplicate(self, id: UUID | str, body: DuplicateRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def duplicate(self, id: UUID | str, /, **fields: Unpack[_duplicateReportFields]) -> RawResponse[JsonValue]: ...

    def duplicate(
        self, id: UUID | str, body: DuplicateRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Reports.duplicate`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(DuplicateRequest, body, fields, "duplicate", UNSET, kinds=_KINDS)
        response = self._caller.send("duplicateReport", _duplicate_report._get_kwargs(id, body=body))
        return RawResponse.of(response, _duplicateReport(self._caller.client, response))

    def get(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Reports.get`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getReport", _get_report._get_kwargs(id))
        return RawResponse.of(response, _getReport(self._caller.client, response))

    @overload
    def update(self, id: UUID | str, body: UpdateReportRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateReportFields]) -> RawResponse[JsonValue]: ...

    def update(
        self, id: UUID | str, body: UpdateReportRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Reports.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(UpdateReportRequest, body, fields, "update", UNSET, kinds=_KINDS)
        response = self._caller.send("updateReport", _update_report._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateReport(self._caller.client, response))

    def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Reports.delete`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteReport", _delete_report._get_kwargs(id))
        return RawResponse.of(response, _deleteReport(self._caller.client, response))

    def list_by_project(self, id: UUID | str, /) -> RawResponse[builtins.list[JsonObject]]:
        """``Reports.list_by_project`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getReportsByProject", _get_reports_by_project._get_kwargs(id))
        return RawResponse.of(response, _getReportsByProject(self._caller.client, response))

    def get_iteration_fields(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Reports.get_iteration_fields`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getReportIterationFields", _get_report_iteration_fields._get_kwargs(id))
        return RawResponse.of(response, _getReportIterationFields(self._caller.client, response))

    def get_dynamic_names(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Reports.get_dynamic_names`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getReportDynamicNames", _get_report_dynamic_names._get_kwargs(id))
        return RawResponse.of(response, _getReportDynamicNames(self._caller.client, response))

    def get_html_content(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Reports.get_html_content`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getReportHtmlContent", _get_report_html_content._get_kwargs(id))
        return RawResponse.of(response, _getReportHtmlContent(self._caller.client, response))

    def get_permissions(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Reports.get_permissions`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getReportPermissions", _get_report_permissions._get_kwargs(id))
        return RawResponse.of(response, _getReportPermissions(self._caller.client, response))

    @overload
    def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    def set_permissions(
        self, id: UUID | str, /, **fields: Unpack[_setReportPermissionsFields]
    ) -> RawResponse[JsonValue]: ...

    def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Reports.set_permissions`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(SetPermissionsRequest, body, fields, "set_permissions", UNSET, kinds=_KINDS)
        response = self._caller.send("setReportPermissions", _set_report_permissions._get_kwargs(id, body=body))
        return RawResponse.of(response, _setReportPermissions(self._caller.client, response))

    def get_member_permissions(self, id: UUID | str, member_permission_id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Reports.get_member_permissions`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "getReportMemberPermissions", _get_report_member_permissions._get_kwargs(id, member_permission_id)
        )
        return RawResponse.of(response, _getReportMemberPermissions(self._caller.client, response))

    @overload
    def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, body: PermissionDto | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, /, **fields: Unpack[_setReportMemberPermissionsFields]
    ) -> RawResponse[JsonValue]: ...

    def set_member_permissions(
        self,
        id: UUID | str,
        member_permission_id: UUID | str,
        body: PermissionDto | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> RawResponse[JsonValue]:
        """``Reports.set_member_permissions`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(PermissionDto, body, fields, "set_member_permissions", UNSET)
        response = self._caller.send(
            "setReportMemberPermissions",
            _set_report_member_permissions._get_kwargs(id, member_permission_id, body=body),
        )
        return RawResponse.of(response, _setReportMemberPermissions(self._caller.client, response))

    def delete_member_permission(self, id: UUID | str, member_permission_id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Reports.delete_member_permission`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "deleteReportMemberPermission", _delete_report_member_permission._get_kwargs(id, member_permission_id)
        )
        return RawResponse.of(response, _deleteReportMemberPermission(self._caller.client, response))

    def delete_member_permissions(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Reports.delete_member_permissions`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "deleteReportMemberPermissions", _delete_report_member_permissions._get_kwargs(id, body=ids)
        )
        return RawResponse.of(response, _deleteReportMemberPermissions(self._caller.client, response))

    def change_owner(self, id: UUID | str, owner_id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Reports.change_owner`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("changeReportOwner", _change_report_owner._get_kwargs(id, owner_id))
        return RawResponse.of(response, _changeReportOwner(self._caller.client, response))

    def get_variables(self, id: UUID | str, /) -> RawResponse[builtins.list[JsonObject]]:
        """``Reports.get_variables`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getReportVariables", _get_report_variables._get_kwargs(id))
        return RawResponse.of(response, _getReportVariables(self._caller.client, response))

    def get_qlik_apps(self, id: UUID | str, /) -> RawResponse[builtins.list[JsonObject]]:
        """``Reports.get_qlik_apps`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getReportQlikApps", _get_report_qlik_apps._get_kwargs(id))
        return RawResponse.of(response, _getReportQlikApps(self._caller.client, response))

    def get_qlik_objects(self, id: UUID | str, /) -> RawResponse[builtins.list[JsonObject]]:
        """``Reports.get_qlik_objects`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getReportQlikObjects", _get_report_qlik_objects._get_kwargs(id))
        return RawResponse.of(response, _getReportQlikObjects(self._caller.client, response))

    def get_template_items(self, id: UUID | str, /) -> RawResponse[TemplateItems]:
        """``Reports.get_template_items`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getReportTemplateItems", _get_report_template_items._get_kwargs(id))
        return RawResponse.of(response, _getReportTemplateItems(self._caller.client, response))

    @overload
    def generate(
        self, id: UUID | str, output_format: str, body: GenerateReportRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    def generate(
        self, id: UUID | str, output_format: str, /, **fields: Unpack[_generateOnDemandReportFields]
    ) -> RawResponse[JsonValue]: ...

    def generate(
        self,
        id: UUID | str,
        output_format: str,
        body: GenerateReportRequest | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> RawResponse[JsonValue]:
        """``Reports.generate`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(GenerateReportRequest, body, fields, "generate", UNSET, kinds=_KINDS)
        response = self._caller.send(
            "generateOnDemandReport", _generate_on_demand_report._get_kwargs(id, output_format, body=body)
        )
        return RawResponse.of(response, _generateOnDemandReport(self._caller.client, response))

    def download(self, id: UUID | str, /, *, version: str | Unset = UNSET) -> RawResponse[JsonValue]:
        """``Reports.download`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("downloadReport", _download_report._get_kwargs(id, version=version))
        return RawResponse.of(response, _downloadReport(self._caller.client, response))

    def download_stream(self, id: UUID | str, /) -> RawResponse[File]:
        """``Reports.download_stream`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("downloadReportStream", _download_report_stream._get_kwargs(id))
        return RawResponse.of(response, _downloadReportStream(self._caller.client, response))


class AsyncReports:
    """Reports of Qalyptus Cloud (async: the methods of ``Reports``, documented there)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncReportsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncReportsWithRawResponse(self._caller)

    async def list(self) -> builtins.list[JsonObject]:
        """``Reports.list`` (documented there), async."""
        response = await self._caller.send_async("getReports", _get_reports._get_kwargs())
        return _getReports(self._caller.client, response)

    @overload
    async def create(self, body: CreateReportRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def create(self, /, **fields: Unpack[_createReportFields]) -> JsonValue: ...

    async def create(self, body: CreateReportRequest | Mapping[str, Any] | None = None, /, **fields: Any) -> JsonValue:
        """``Reports.create`` (documented there), async."""
        body = _facade.model_from_keywords(
            CreateReportRequest, body, fields, "create", UNSET, {"type": "type_"}, kinds=_KINDS
        )
        response = await self._caller.send_async("createReport", _create_report._get_kwargs(body=body))
        return _createReport(self._caller.client, response)

    async def delete_many(self, ids: Sequence[UUID | str], /) -> JsonValue:
        """``Reports.delete_many`` (documented there), async."""
        response = await self._caller.send_async("deleteReports", _delete_reports._get_kwargs(body=ids))
        return _deleteReports(self._caller.client, response)

    @overload
    async def duplicate(self, id: UUID | str, body: DuplicateRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def duplicate(self, id: UUID | str, /, **fields: Unpack[_duplicateReportFields]) -> JsonValue: ...

    async def duplicate(
        self, id: UUID | str, body: DuplicateRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Reports.duplicate`` (documented there), async."""
        body = _facade.model_from_keywords(DuplicateRequest, body, fields, "duplicate", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("duplicateReport", _duplicate_report._get_kwargs(id, body=body))
        return _duplicateReport(self._caller.client, response)

    async def get(self, id: UUID | str, /) -> JsonObject:
        """``Reports.get`` (documented there), async."""
        response = await self._caller.send_async("getReport", _get_report._get_kwargs(id))
        return _getReport(self._caller.client, response)

    @overload
    async def update(self, id: UUID | str, body: UpdateReportRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def update(self, id: UUID | str, /, **fields: Unpack[_updateReportFields]) -> JsonValue: ...

    async def update(
        self, id: UUID | str, body: UpdateReportRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Reports.update`` (documented there), async."""
        body = _facade.model_from_keywords(UpdateReportRequest, body, fields, "update", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("updateReport", _update_report._get_kwargs(id, body=body))
        return _updateReport(self._caller.client, response)

    async def delete(self, id: UUID | str, /) -> JsonValue:
        """``Reports.delete`` (documented there), async."""
        response = await self._caller.send_async("deleteReport", _delete_report._get_kwargs(id))
        return _deleteReport(self._caller.client, response)

    async def list_by_project(self, id: UUID | str, /) -> builtins.list[JsonObject]:
        """``Reports.list_by_project`` (documented there), async."""
        response = await self._caller.send_async("getReportsByProject", _get_reports_by_project._get_kwargs(id))
        return _getReportsByProject(self._caller.client, response)

    async def get_iteration_fields(self, id: UUID | str, /) -> JsonValue:
        """``Reports.get_iteration_fields`` (documented there), async."""
        response = await self._caller.send_async(
            "getReportIterationFields", _get_report_iteration_fields._get_kwargs(id)
        )
        return _getReportIterationFields(self._caller.client, response)

    async def get_dynamic_names(self, id: UUID | str, /) -> JsonValue:
        """``Reports.get_dynamic_names`` (documented there), async."""
        response = await self._caller.send_async("getReportDynamicNames", _get_report_dynamic_names._get_kwargs(id))
        return _getReportDynamicNames(self._caller.client, response)

    async def get_html_content(self, id: UUID | str, /) -> JsonValue:
        """``Reports.get_html_content`` (documented there), async."""
        response = await self._caller.send_async("getReportHtmlContent", _get_report_html_content._get_kwargs(id))
        return _getReportHtmlContent(self._caller.client, response)

    async def get_permissions(self, id: UUID | str, /) -> JsonValue:
        """``Reports.get_permissions`` (documented there), async."""
        response = await self._caller.send_async("getReportPermissions", _get_report_permissions._get_kwargs(id))
        return _getReportPermissions(self._caller.client, response)

    @overload
    async def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    async def set_permissions(self, id: UUID | str, /, **fields: Unpack[_setReportPermissionsFields]) -> JsonValue: ...

    async def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Reports.set_permissions`` (documented there), async."""
        body = _facade.model_from_keywords(SetPermissionsRequest, body, fields, "set_permissions", UNSET, kinds=_KINDS)
        response = await self._caller.send_async(
            "setReportPermissions", _set_report_permissions._get_kwargs(id, body=body)
        )
        return _setReportPermissions(self._caller.client, response)

    async def get_member_permissions(self, id: UUID | str, member_permission_id: UUID | str, /) -> JsonObject:
        """``Reports.get_member_permissions`` (documented there), async."""
        response = await self._caller.send_async(
            "getReportMemberPermissions", _get_report_member_permissions._get_kwargs(id, member_permission_id)
        )
        return _getReportMemberPermissions(self._caller.client, response)

    @overload
    async def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, body: PermissionDto | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    async def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, /, **fields: Unpack[_setReportMemberPermissionsFields]
    ) -> JsonValue: ...

    async def set_member_permissions(
        self,
        id: UUID | str,
        member_permission_id: UUID | str,
        body: PermissionDto | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> JsonValue:
        """``Reports.set_member_permissions`` (documented there), async."""
        body = _facade.model_from_keywords(PermissionDto, body, fields, "set_member_permissions", UNSET)
        response = await self._caller.send_async(
            "setReportMemberPermissions",
            _set_report_member_permissions._get_kwargs(id, member_permission_id, body=body),
        )
        return _setReportMemberPermissions(self._caller.client, response)

    async def delete_member_permission(self, id: UUID | str, member_permission_id: UUID | str, /) -> JsonValue:
        """``Reports.delete_member_permission`` (documented there), async."""
        response = await self._caller.send_async(
            "deleteReportMemberPermission", _delete_report_member_permission._get_kwargs(id, member_permission_id)
        )
        return _deleteReportMemberPermission(self._caller.client, response)

    async def delete_member_permissions(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """``Reports.delete_member_permissions`` (documented there), async."""
        response = await self._caller.send_async(
            "deleteReportMemberPermissions", _delete_report_member_permissions._get_kwargs(id, body=ids)
        )
        return _deleteReportMemberPermissions(self._caller.client, response)

    async def change_owner(self, id: UUID | str, owner_id: UUID | str, /) -> JsonValue:
        """``Reports.change_owner`` (documented there), async."""
        response = await self._caller.send_async("changeReportOwner", _change_report_owner._get_kwargs(id, owner_id))
        return _changeReportOwner(self._caller.client, response)

    async def get_variables(self, id: UUID | str, /) -> builtins.list[JsonObject]:
        """``Reports.get_variables`` (documented there), async."""
        response = await self._caller.send_async("getReportVariables", _get_report_variables._get_kwargs(id))
        return _getReportVariables(self._caller.client, response)

    async def get_qlik_apps(self, id: UUID | str, /) -> builtins.list[JsonObject]:
        """``Reports.get_qlik_apps`` (documented there), async."""
        response = await self._caller.send_async("getReportQlikApps", _get_report_qlik_apps._get_kwargs(id))
        return _getReportQlikApps(self._caller.client, response)

    async def get_qlik_objects(self, id: UUID | str, /) -> builtins.list[JsonObject]:
        """``Reports.get_qlik_objects`` (documented there), async."""
        response = await self._caller.send_async("getReportQlikObjects", _get_report_qlik_objects._get_kwargs(id))
        return _getReportQlikObjects(self._caller.client, response)

    async def get_template_items(self, id: UUID | str, /) -> TemplateItems:
        """``Reports.get_template_items`` (documented there), async."""
        response = await self._caller.send_async("getReportTemplateItems", _get_report_template_items._get_kwargs(id))
        return _getReportTemplateItems(self._caller.client, response)

    @overload
    async def generate(
        self, id: UUID | str, output_format: str, body: GenerateReportRequest | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    async def generate(
        self, id: UUID | str, output_format: str, /, **fields: Unpack[_generateOnDemandReportFields]
    ) -> JsonValue: ...

    async def generate(
        self,
        id: UUID | str,
        output_format: str,
        body: GenerateReportRequest | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> JsonValue:
        """``Reports.generate`` (documented there), async."""
        body = _facade.model_from_keywords(GenerateReportRequest, body, fields, "generate", UNSET, kinds=_KINDS)
        response = await self._caller.send_async(
            "generateOnDemandReport", _generate_on_demand_report._get_kwargs(id, output_format, body=body)
        )
        return _generateOnDemandReport(self._caller.client, response)

    async def download(self, id: UUID | str, /, *, version: str | Unset = UNSET) -> JsonValue:
        """``Reports.download`` (documented there), async."""
        response = await self._caller.send_async("downloadReport", _download_report._get_kwargs(id, version=version))
        return _downloadReport(self._caller.client, response)

    async def download_stream(self, id: UUID | str, /) -> File:
        """``Reports.download_stream`` (documented there), async."""
        response = await self._caller.send_async("downloadReportStream", _download_report_stream._get_kwargs(id))
        return _downloadReportStream(self._caller.client, response)

    async def download_stream_to(self, id: UUID | str, destination: str | os.PathLike[str], /) -> Download:
        """``download_stream_to`` of the sync resource (documented there), async."""
        request = _download_report_stream._get_kwargs(id)
        return await self._caller.call_async(
            "downloadReportStream",
            request,
            lambda client, prepared: _runtime.download_async(client, prepared, destination),
        )


class AsyncReportsWithRawResponse:
    """``reports`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def list(self) -> RawResponse[builtins.list[JsonObject]]:
        """``Reports.list`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getReports", _get_reports._get_kwargs())
        return RawResponse.of(response, _getReports(self._caller.client, response))

    @overload
    async def create(self, body: CreateReportRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    async def create(self, /, **fields: Unpack[_createReportFields]) -> RawResponse[JsonValue]: ...

    async def create(
        self, body: CreateReportRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Reports.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            CreateReportRequest, body, fields, "create", UNSET, {"type": "type_"}, kinds=_KINDS
        )
        response = await self._caller.send_async("createReport", _create_report._get_kwargs(body=body))
        return RawResponse.of(response, _createReport(self._caller.client, response))

    async def delete_many(self, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Reports.delete_many`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteReports", _delete_reports._get_kwargs(body=ids))
        return RawResponse.of(response, _deleteReports(self._caller.client, response))

    @overload
    async def duplicate(
        self, id: UUID | str, body: DuplicateRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def duplicate(
        self, id: UUID | str, /, **fields: Unpack[_duplicateReportFields]
    ) -> RawResponse[JsonValue]: ...

    async def duplicate(
        self, id: UUID | str, body: DuplicateRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Reports.duplicate`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(DuplicateRequest, body, fields, "duplicate", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("duplicateReport", _duplicate_report._get_kwargs(id, body=body))
        return RawResponse.of(response, _duplicateReport(self._caller.client, response))

    async def get(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Reports.get`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getReport", _get_report._get_kwargs(id))
        return RawResponse.of(response, _getReport(self._caller.client, response))

    @overload
    async def update(
        self, id: UUID | str, body: UpdateReportRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def update(self, id: UUID | str, /, **fields: Unpack[_updateReportFields]) -> RawResponse[JsonValue]: ...

    async def update(
        self, id: UUID | str, body: UpdateReportRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Reports.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(UpdateReportRequest, body, fields, "update", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("updateReport", _update_report._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateReport(self._caller.client, response))

    async def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Reports.delete`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteReport", _delete_report._get_kwargs(id))
        return RawResponse.of(response, _deleteReport(self._caller.client, response))

    async def list_by_project(self, id: UUID | str, /) -> RawResponse[builtins.list[JsonObject]]:
        """``Reports.list_by_project`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getReportsByProject", _get_reports_by_project._get_kwargs(id))
        return RawResponse.of(response, _getReportsByProject(self._caller.client, response))

    async def get_iteration_fields(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Reports.get_iteration_fields`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "getReportIterationFields", _get_report_iteration_fields._get_kwargs(id)
        )
        return RawResponse.of(response, _getReportIterationFields(self._caller.client, response))

    async def get_dynamic_names(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Reports.get_dynamic_names`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getReportDynamicNames", _get_report_dynamic_names._get_kwargs(id))
        return RawResponse.of(response, _getReportDynamicNames(self._caller.client, response))

    async def get_html_content(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Reports.get_html_content`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getReportHtmlContent", _get_report_html_content._get_kwargs(id))
        return RawResponse.of(response, _getReportHtmlContent(self._caller.client, response))

    async def get_permissions(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Reports.get_permissions`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getReportPermissions", _get_report_permissions._get_kwargs(id))
        return RawResponse.of(response, _getReportPermissions(self._caller.client, response))

    @overload
    async def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def set_permissions(
        self, id: UUID | str, /, **fields: Unpack[_setReportPermissionsFields]
    ) -> RawResponse[JsonValue]: ...

    async def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Reports.set_permissions`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(SetPermissionsRequest, body, fields, "set_permissions", UNSET, kinds=_KINDS)
        response = await self._caller.send_async(
            "setReportPermissions", _set_report_permissions._get_kwargs(id, body=body)
        )
        return RawResponse.of(response, _setReportPermissions(self._caller.client, response))

    async def get_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, /
    ) -> RawResponse[JsonObject]:
        """``Reports.get_member_permissions`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "getReportMemberPermissions", _get_report_member_permissions._get_kwargs(id, member_permission_id)
        )
        return RawResponse.of(response, _getReportMemberPermissions(self._caller.client, response))

    @overload
    async def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, body: PermissionDto | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, /, **fields: Unpack[_setReportMemberPermissionsFields]
    ) -> RawResponse[JsonValue]: ...

    async def set_member_permissions(
        self,
        id: UUID | str,
        member_permission_id: UUID | str,
        body: PermissionDto | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> RawResponse[JsonValue]:
        """``Reports.set_member_permissions`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(PermissionDto, body, fields, "set_member_permissions", UNSET)
        response = await self._caller.send_async(
            "setReportMemberPermissions",
            _set_report_member_permissions._get_kwargs(id, member_permission_id, body=body),
        )
        return RawResponse.of(response, _setReportMemberPermissions(self._caller.client, response))

    async def delete_member_permission(
        self, id: UUID | str, member_permission_id: UUID | str, /
    ) -> RawResponse[JsonValue]:
        """``Reports.delete_member_permission`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "deleteReportMemberPermission", _delete_report_member_permission._get_kwargs(id, member_permission_id)
        )
        return RawResponse.of(response, _deleteReportMemberPermission(self._caller.client, response))

    async def delete_member_permissions(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Reports.delete_member_permissions`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "deleteReportMemberPermissions", _delete_report_member_permissions._get_kwargs(id, body=ids)
        )
        return RawResponse.of(response, _deleteReportMemberPermissions(self._caller.client, response))

    async def change_owner(self, id: UUID | str, owner_id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Reports.change_owner`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("changeReportOwner", _change_report_owner._get_kwargs(id, owner_id))
        return RawResponse.of(response, _changeReportOwner(self._caller.client, response))

    async def get_variables(self, id: UUID | str, /) -> RawResponse[builtins.list[JsonObject]]:
        """``Reports.get_variables`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getReportVariables", _get_report_variables._get_kwargs(id))
        return RawResponse.of(response, _getReportVariables(self._caller.client, response))

    async def get_qlik_apps(self, id: UUID | str, /) -> RawResponse[builtins.list[JsonObject]]:
        """``Reports.get_qlik_apps`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getReportQlikApps", _get_report_qlik_apps._get_kwargs(id))
        return RawResponse.of(response, _getReportQlikApps(self._caller.client, response))

    async def get_qlik_objects(self, id: UUID | str, /) -> RawResponse[builtins.list[JsonObject]]:
        """``Reports.get_qlik_objects`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getReportQlikObjects", _get_report_qlik_objects._get_kwargs(id))
        return RawResponse.of(response, _getReportQlikObjects(self._caller.client, response))

    async def get_template_items(self, id: UUID | str, /) -> RawResponse[TemplateItems]:
        """``Reports.get_template_items`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getReportTemplateItems", _get_report_template_items._get_kwargs(id))
        return RawResponse.of(response, _getReportTemplateItems(self._caller.client, response))

    @overload
    async def generate(
        self, id: UUID | str, output_format: str, body: GenerateReportRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def generate(
        self, id: UUID | str, output_format: str, /, **fields: Unpack[_generateOnDemandReportFields]
    ) -> RawResponse[JsonValue]: ...

    async def generate(
        self,
        id: UUID | str,
        output_format: str,
        body: GenerateReportRequest | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> RawResponse[JsonValue]:
        """``Reports.generate`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(GenerateReportRequest, body, fields, "generate", UNSET, kinds=_KINDS)
        response = await self._caller.send_async(
            "generateOnDemandReport", _generate_on_demand_report._get_kwargs(id, output_format, body=body)
        )
        return RawResponse.of(response, _generateOnDemandReport(self._caller.client, response))

    async def download(self, id: UUID | str, /, *, version: str | Unset = UNSET) -> RawResponse[JsonValue]:
        """``Reports.download`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("downloadReport", _download_report._get_kwargs(id, version=version))
        return RawResponse.of(response, _downloadReport(self._caller.client, response))

    async def download_stream(self, id: UUID | str, /) -> RawResponse[File]:
        """``Reports.download_stream`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("downloadReportStream", _download_report_stream._get_kwargs(id))
        return RawResponse.of(response, _downloadReportStream(self._caller.client, response))
