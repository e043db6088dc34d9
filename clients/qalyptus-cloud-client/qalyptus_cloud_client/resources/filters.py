# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``filters`` of Qalyptus Cloud: ``Filters`` (documented), ``AsyncFilters`` and their ``with_raw_response`` twins.

Reached as ``QalyptusClient(...).filters``. Each method sends one operation through its low-level module under ``api/``,
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
from ..api.filters import change_filter_owner as _change_filter_owner
from ..api.filters import create_filter as _create_filter
from ..api.filters import delete_filter as _delete_filter
from ..api.filters import delete_filter_member_permission as _delete_filter_member_permission
from ..api.filters import delete_filter_member_permissions as _delete_filter_member_permissions
from ..api.filters import delete_filter_values as _delete_filter_values
from ..api.filters import delete_filters as _delete_filters
from ..api.filters import duplicate_filter as _duplicate_filter
from ..api.filters import get_filter as _get_filter
from ..api.filters import get_filter_item as _get_filter_item
from ..api.filters import get_filter_items as _get_filter_items
from ..api.filters import get_filter_member_permissions as _get_filter_member_permissions
from ..api.filters import get_filter_permissions as _get_filter_permissions
from ..api.filters import get_filters as _get_filters
from ..api.filters import get_filters_by_project as _get_filters_by_project
from ..api.filters import get_report_filters as _get_report_filters
from ..api.filters import order_filter_values as _order_filter_values
from ..api.filters import set_filter_member_permissions as _set_filter_member_permissions
from ..api.filters import set_filter_permissions as _set_filter_permissions
from ..api.filters import update_filter as _update_filter
from ..api.filters import update_filter_bookmark_values as _update_filter_bookmark_values
from ..api.filters import update_filter_field_values as _update_filter_field_values
from ..api.filters import update_filter_variable_values as _update_filter_variable_values
from ..client import AuthenticatedClient, Client
from ..models import (
    ApiResponse,
    DuplicateRequest,
    FilterBookmarkValueRequest,
    FilterFieldValueRequest,
    FilterVariableValueRequest,
    MemberRequestDto,
    OrderFilterValuesRequest,
    PermissionDto,
    ProjectItemRequest,
    SetPermissionsRequest,
)
from ..types import UNSET, Unset

__all__ = [
    "AsyncFilters",
    "AsyncFiltersWithRawResponse",
    "Filters",
    "FiltersWithRawResponse",
]


# By method: the keyword fields taking a str (UUID, date) or a mapping (model) for their type (_facade.accept).
_KINDS: dict[str, dict[str, Any]] = {}


def _getFilters(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[JsonObject]:
    parsed = _get_filters._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_list(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["create"] = {"project_id": "uuid"}
if TYPE_CHECKING:

    class _createFilterFields(TypedDict, total=False):
        """``create``'s keyword fields, those of a ``ProjectItemRequest`` (shared by its four variants)."""

        name: Required[str]
        project_id: Required[UUID | str]
        description: None | str | Unset


def _createFilter(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _create_filter._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteFilters(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_filters._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["duplicate"] = {"project_id": "uuid", "organization_id": "uuid"}
if TYPE_CHECKING:

    class _duplicateFilterFields(TypedDict, total=False):
        """``duplicate``'s keyword fields, those of a ``DuplicateRequest`` (shared by its four variants)."""

        project_id: Required[UUID | str]
        organization_id: Required[UUID | str]


def _duplicateFilter(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _duplicate_filter._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getFilter(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_filter._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["update"] = {"project_id": "uuid"}
if TYPE_CHECKING:

    class _updateFilterFields(TypedDict, total=False):
        """``update``'s keyword fields, those of a ``ProjectItemRequest`` (shared by its four variants)."""

        name: Required[str]
        project_id: Required[UUID | str]
        description: None | str | Unset


def _updateFilter(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _update_filter._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteFilter(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_filter._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["update_variable_values"] = {"qlik_variable_id": "uuid", "id": "uuid"}
if TYPE_CHECKING:

    class _updateFilterVariableValuesFields(TypedDict, total=False):
        """``update_variable_values``'s keyword fields, those of a ``FilterVariableValueRequest`` (shared by its four variants)."""

        qlik_variable_id: Required[UUID | str]
        variable_value: Required[str]


def _updateFilterVariableValues(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _update_filter_variable_values._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["update_bookmark_values"] = {"qlik_bookmark_id": "uuid", "id": "uuid"}
if TYPE_CHECKING:

    class _updateFilterBookmarkValuesFields(TypedDict, total=False):
        """``update_bookmark_values``'s keyword fields, those of a ``FilterBookmarkValueRequest`` (shared by its four variants)."""

        qlik_bookmark_id: Required[UUID | str]


def _updateFilterBookmarkValues(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _update_filter_bookmark_values._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["update_field_values"] = {"qlik_field_id": "uuid", "id": "uuid"}
if TYPE_CHECKING:

    class _updateFilterFieldValuesFields(TypedDict, total=False):
        """``update_field_values``'s keyword fields, those of a ``FilterFieldValueRequest`` (shared by its four variants)."""

        qlik_field_id: Required[UUID | str]
        filter_item_field_values: Required[builtins.list[str]]


def _updateFilterFieldValues(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _update_filter_field_values._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteFilterValues(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_filter_values._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["order_values"] = {"id": "uuid"}
if TYPE_CHECKING:

    class _orderFilterValuesFields(TypedDict, total=False):
        """``order_values``'s keyword fields, those of a ``OrderFilterValuesRequest`` (shared by its four variants)."""

        direction: Required[str]


def _orderFilterValues(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _order_filter_values._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getFilterItems(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_filter_items._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getFilterItem(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_filter_item._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


def _getFiltersByProject(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[JsonObject]:
    parsed = _get_filters_by_project._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_list(data, lambda reason: _results.unexpected(client, response, reason))


def _getReportFilters(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_report_filters._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


def _getFilterPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_filter_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["set_permissions"] = {"members": [MemberRequestDto], "permissions": PermissionDto}
if TYPE_CHECKING:

    class _setFilterPermissionsFields(TypedDict, total=False):
        """``set_permissions``'s keyword fields, those of a ``SetPermissionsRequest`` (shared by its four variants)."""

        members: Required[Sequence[MemberRequestDto | Mapping[str, Any]]]
        permissions: Required[PermissionDto | Mapping[str, Any]]


def _setFilterPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _set_filter_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getFilterMemberPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_filter_member_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


if TYPE_CHECKING:

    class _setFilterMemberPermissionsFields(TypedDict, total=False):
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


def _setFilterMemberPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _set_filter_member_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteFilterMemberPermission(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_filter_member_permission._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteFilterMemberPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_filter_member_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _changeFilterOwner(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _change_filter_owner._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


class Filters:
    """Filters of Qalyptus Cloud."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> FiltersWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return FiltersWithRawResponse(self._caller)

    def list(self) -> builtins.list[JsonObject]:
        """Get filters.

        Get a list of all filters.

        ``GET /filters`` (getFilters), a verified path.

        Returns:
            list[JsonObject]: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getFilters", _get_filters._get_kwargs())
        return _getFilters(self._caller.client, response)

    @overload
    def create(self, body: ProjectItemRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def create(self, /, **fields: Unpack[_createFilterFields]) -> JsonValue: ...

    def create(
        self,
        body: ProjectItemRequest | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        project_id: UUID | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
    ) -> JsonValue:
        """Create filter.

        Create a new filter in a project.

        ``POST /filters`` (createFilter): this path is inferred from the documentation's naming style, not
        verified. If the API answers 404 or 405, pass ``path_overrides={"createFilter": "/the/right/path"}``
        to the client.

        Args:
            body: a ``ProjectItemRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            name: (required) str
            project_id: (required) UUID | str
            description: None | str | Unset

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            ProjectItemRequest, body, locals(), ("self", "body"), "create", UNSET, kinds=_KINDS
        )
        response = self._caller.send("createFilter", _create_filter._get_kwargs(body=body))
        return _createFilter(self._caller.client, response)

    def delete_many(self, ids: Sequence[UUID | str], /) -> JsonValue:
        """Delete filters.

        Delete the filters with the specified IDs.

        ``DELETE /filters`` (deleteFilters): this path is inferred from the documentation's naming style,
        not verified. Bulk delete modelled as DELETE with a JSON array body on the collection; alternatives:
        POST {collection}/delete or DELETE {collection}/bulk. If the API answers 404 or 405, pass
        ``path_overrides={"deleteFilters": "/the/right/path"}`` to the client.

        Args:
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteFilters", _delete_filters._get_kwargs(body=ids))
        return _deleteFilters(self._caller.client, response)

    @overload
    def duplicate(self, id: UUID | str, body: DuplicateRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def duplicate(self, id: UUID | str, /, **fields: Unpack[_duplicateFilterFields]) -> JsonValue: ...

    def duplicate(
        self,
        id: UUID | str,
        body: DuplicateRequest | Mapping[str, Any] | None = None,
        /,
        *,
        project_id: UUID | str | Unset = UNSET,
        organization_id: UUID | str | Unset = UNSET,
    ) -> JsonValue:
        """Duplicate filter.

        Create a duplicate of the specified filter.

        ``POST /filters/{id}/duplicate`` (duplicateFilter): this path is inferred from the documentation's
        naming style, not verified. If the API answers 404 or 405, pass ``path_overrides={"duplicateFilter":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the filter to duplicate.
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
        response = self._caller.send("duplicateFilter", _duplicate_filter._get_kwargs(id, body=body))
        return _duplicateFilter(self._caller.client, response)

    def get(self, id: UUID | str, /) -> JsonObject:
        """Get filter by ID.

        Get the filter with the specified ID.

        ``GET /filters/{id}`` (getFilter): this path is inferred from the documentation's naming style, not
        verified. If the API answers 404 or 405, pass ``path_overrides={"getFilter": "/the/right/path"}`` to
        the client.

        Args:
            id: The ID of the filter.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getFilter", _get_filter._get_kwargs(id))
        return _getFilter(self._caller.client, response)

    @overload
    def update(self, id: UUID | str, body: ProjectItemRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateFilterFields]) -> JsonValue: ...

    def update(
        self,
        id: UUID | str,
        body: ProjectItemRequest | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        project_id: UUID | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
    ) -> JsonValue:
        """Update filter.

        Update the details of an existing filter.

        ``PUT /filters/{id}`` (updateFilter): this path is inferred from the documentation's naming style,
        not verified. If the API answers 404 or 405, pass ``path_overrides={"updateFilter":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the filter to update.
            body: a ``ProjectItemRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            name: (required) str
            project_id: (required) UUID | str
            description: None | str | Unset

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            ProjectItemRequest, body, locals(), ("self", "body", "id"), "update", UNSET, kinds=_KINDS
        )
        response = self._caller.send("updateFilter", _update_filter._get_kwargs(id, body=body))
        return _updateFilter(self._caller.client, response)

    def delete(self, id: UUID | str, /) -> JsonValue:
        """Delete filter.

        Delete the filter with the specified ID.

        ``DELETE /filters/{id}`` (deleteFilter): this path is inferred from the documentation's naming
        style, not verified. If the API answers 404 or 405, pass ``path_overrides={"deleteFilter":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the filter to delete.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteFilter", _delete_filter._get_kwargs(id))
        return _deleteFilter(self._caller.client, response)

    @overload
    def update_variable_values(
        self, id: UUID | str, body: FilterVariableValueRequest | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    def update_variable_values(
        self, id: UUID | str, /, **fields: Unpack[_updateFilterVariableValuesFields]
    ) -> JsonValue: ...

    def update_variable_values(
        self,
        id: UUID | str,
        body: FilterVariableValueRequest | Mapping[str, Any] | None = None,
        /,
        *,
        qlik_variable_id: UUID | str | Unset = UNSET,
        variable_value: str | Unset = UNSET,
    ) -> JsonValue:
        """Update filter variable values.

        Update the variable values of a specified filter.

        ``PUT /filters/{id}/variable-values`` (updateFilterVariableValues): this path is inferred from the
        documentation's naming style, not verified. Segment name guessed; upsert-like (optional item id in
        the body), so POST is also plausible. If the API answers 404 or 405, pass
        ``path_overrides={"updateFilterVariableValues": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the filter to update variable values for.
            body: a ``FilterVariableValueRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            qlik_variable_id: (required) UUID | str
            variable_value: (required) str

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            FilterVariableValueRequest,
            body,
            locals(),
            ("self", "body", "id"),
            "update_variable_values",
            UNSET,
            {},
            {"id": id},
            kinds=_KINDS,
        )
        response = self._caller.send(
            "updateFilterVariableValues", _update_filter_variable_values._get_kwargs(id, body=body)
        )
        return _updateFilterVariableValues(self._caller.client, response)

    @overload
    def update_bookmark_values(
        self, id: UUID | str, body: FilterBookmarkValueRequest | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    def update_bookmark_values(
        self, id: UUID | str, /, **fields: Unpack[_updateFilterBookmarkValuesFields]
    ) -> JsonValue: ...

    def update_bookmark_values(
        self,
        id: UUID | str,
        body: FilterBookmarkValueRequest | Mapping[str, Any] | None = None,
        /,
        *,
        qlik_bookmark_id: UUID | str | Unset = UNSET,
    ) -> JsonValue:
        """Update filter bookmark values.

        Update the bookmark values of a specified filter.

        ``PUT /filters/{id}/bookmark-values`` (updateFilterBookmarkValues): this path is inferred from the
        documentation's naming style, not verified. Segment name guessed; upsert-like (optional item id in
        the body), so POST is also plausible. If the API answers 404 or 405, pass
        ``path_overrides={"updateFilterBookmarkValues": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the filter to update bookmark values for.
            body: a ``FilterBookmarkValueRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            qlik_bookmark_id: (required) UUID | str

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            FilterBookmarkValueRequest,
            body,
            locals(),
            ("self", "body", "id"),
            "update_bookmark_values",
            UNSET,
            {},
            {"id": id},
            kinds=_KINDS,
        )
        response = self._caller.send(
            "updateFilterBookmarkValues", _update_filter_bookmark_values._get_kwargs(id, body=body)
        )
        return _updateFilterBookmarkValues(self._caller.client, response)

    @overload
    def update_field_values(
        self, id: UUID | str, body: FilterFieldValueRequest | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    def update_field_values(self, id: UUID | str, /, **fields: Unpack[_updateFilterFieldValuesFields]) -> JsonValue: ...

    def update_field_values(
        self,
        id: UUID | str,
        body: FilterFieldValueRequest | Mapping[str, Any] | None = None,
        /,
        *,
        qlik_field_id: UUID | str | Unset = UNSET,
        filter_item_field_values: builtins.list[str] | Unset = UNSET,
    ) -> JsonValue:
        """Update filter field values.

        Update the field values of a specified filter.

        ``PUT /filters/{id}/field-values`` (updateFilterFieldValues): this path is inferred from the
        documentation's naming style, not verified. Segment name guessed; upsert-like (optional item id in
        the body), so POST is also plausible. If the API answers 404 or 405, pass
        ``path_overrides={"updateFilterFieldValues": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the filter to update field values for.
            body: a ``FilterFieldValueRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            qlik_field_id: (required) UUID | str
            filter_item_field_values: (required) list[str]

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            FilterFieldValueRequest,
            body,
            locals(),
            ("self", "body", "id"),
            "update_field_values",
            UNSET,
            {},
            {"id": id},
            kinds=_KINDS,
        )
        response = self._caller.send("updateFilterFieldValues", _update_filter_field_values._get_kwargs(id, body=body))
        return _updateFilterFieldValues(self._caller.client, response)

    def delete_values(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """Delete filter values.

        Delete specified filter values associated with a filter.

        ``DELETE /filters/{id}/values`` (deleteFilterValues): this path is inferred from the documentation's
        naming style, not verified. Bulk delete with JSON array body; segment guessed (alternative
        /filters/{id}/items); POST .../delete also plausible. If the API answers 404 or 405, pass
        ``path_overrides={"deleteFilterValues": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the filter whose values are to be deleted.
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteFilterValues", _delete_filter_values._get_kwargs(id, body=ids))
        return _deleteFilterValues(self._caller.client, response)

    @overload
    def order_values(self, id: UUID | str, body: OrderFilterValuesRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def order_values(self, id: UUID | str, /, **fields: Unpack[_orderFilterValuesFields]) -> JsonValue: ...

    def order_values(
        self,
        id: UUID | str,
        body: OrderFilterValuesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        direction: str | Unset = UNSET,
    ) -> JsonValue:
        """Order filter values.

        Updates the order of filter values associated with a filter item.

        ``PUT /filters/{id}/values/order`` (orderFilterValues): this path is inferred from the
        documentation's naming style, not verified. Action endpoint; alternatives: POST
        /filters/{id}/values/order, PUT /filters/{id}/order. If the API answers 404 or 405, pass
        ``path_overrides={"orderFilterValues": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the filter whose values order is to be updated.
            body: a ``OrderFilterValuesRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            direction: (required) The direction of the order change (Up/Down).

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            OrderFilterValuesRequest,
            body,
            locals(),
            ("self", "body", "id"),
            "order_values",
            UNSET,
            {},
            {"id": id},
            kinds=_KINDS,
        )
        response = self._caller.send("orderFilterValues", _order_filter_values._get_kwargs(id, body=body))
        return _orderFilterValues(self._caller.client, response)

    def get_items(self, id: UUID | str, /) -> JsonValue:
        """Get filter items.

        Get filter items associated with a specific filter.

        ``GET /filters/{id}/items`` (getFilterItems): this path is inferred from the documentation's naming
        style, not verified. If the API answers 404 or 405, pass ``path_overrides={"getFilterItems":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the filter whose items are to be retrieved.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getFilterItems", _get_filter_items._get_kwargs(id))
        return _getFilterItems(self._caller.client, response)

    def get_item(self, id: UUID | str, /) -> JsonObject:
        """Get filter items field.

        Get details of a specific filter item.

        ``GET /filters/items/{id}`` (getFilterItem): this path is inferred from the documentation's naming
        style, not verified. The only path parameter is a FILTER ITEM id, not a filter id; alternatives:
        /filters/item/{id}, /filter-items/{id}. If the API answers 404 or 405, pass
        ``path_overrides={"getFilterItem": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the filter item to retrieve.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getFilterItem", _get_filter_item._get_kwargs(id))
        return _getFilterItem(self._caller.client, response)

    def list_by_project(self, id: UUID | str, /) -> builtins.list[JsonObject]:
        """Get filters by project.

        Get a list of filters associated with the specified project.

        ``GET /filters/project/{id}`` (getFiltersByProject): this path is inferred from the documentation's
        naming style, not verified. Follows the verified GET /filters/report/{reportId} style; alternative:
        /projects/{id}/filters. If the API answers 404 or 405, pass ``path_overrides={"getFiltersByProject":
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
        response = self._caller.send("getFiltersByProject", _get_filters_by_project._get_kwargs(id))
        return _getFiltersByProject(self._caller.client, response)

    def list_by_report(self, report_id: UUID | str, /) -> JsonObject:
        """Get report filters.

        Get the filters applicable to the specified report.

        ``GET /filters/report/{reportId}`` (getReportFilters), a verified path. The docs name this path
        parameter 'id'; the verified path spells it 'reportId'.

        Args:
            report_id: The ID of the report.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getReportFilters", _get_report_filters._get_kwargs(report_id))
        return _getReportFilters(self._caller.client, response)

    def get_permissions(self, id: UUID | str, /) -> JsonValue:
        """Get filter permissions.

        Get the permissions associated with the specified filter.

        ``GET /filters/{id}/permissions`` (getFilterPermissions): this path is inferred from the
        documentation's naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"getFilterPermissions": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the filter.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getFilterPermissions", _get_filter_permissions._get_kwargs(id))
        return _getFilterPermissions(self._caller.client, response)

    @overload
    def set_permissions(self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def set_permissions(self, id: UUID | str, /, **fields: Unpack[_setFilterPermissionsFields]) -> JsonValue: ...

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

        Set permissions for the specified filter.

        ``PUT /filters/{id}/permissions`` (setFilterPermissions): this path is inferred from the
        documentation's naming style, not verified. PUT vs POST not documented (both plausible for setting
        permissions). If the API answers 404 or 405, pass ``path_overrides={"setFilterPermissions":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the filter.
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
        response = self._caller.send("setFilterPermissions", _set_filter_permissions._get_kwargs(id, body=body))
        return _setFilterPermissions(self._caller.client, response)

    def get_member_permissions(self, id: UUID | str, member_permission_id: UUID | str, /) -> JsonObject:
        """Get member permissions.

        Get the permissions associated with the specified member in the filter.

        ``GET /filters/{id}/member-permissions/{memberPermissionId}`` (getFilterMemberPermissions): this
        path is inferred from the documentation's naming style, not verified. Segment 'member-permissions'
        guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}. If the API answers 404 or
        405, pass ``path_overrides={"getFilterMemberPermissions": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the filter.
            member_permission_id: The ID of the member permission.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "getFilterMemberPermissions", _get_filter_member_permissions._get_kwargs(id, member_permission_id)
        )
        return _getFilterMemberPermissions(self._caller.client, response)

    @overload
    def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, body: PermissionDto | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, /, **fields: Unpack[_setFilterMemberPermissionsFields]
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

        Set permissions for the specified member of the filter.

        ``PUT /filters/{id}/member-permissions/{memberPermissionId}`` (setFilterMemberPermissions): this
        path is inferred from the documentation's naming style, not verified. Segment 'member-permissions'
        guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}. If the API answers 404 or
        405, pass ``path_overrides={"setFilterMemberPermissions": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the filter.
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
            "setFilterMemberPermissions",
            _set_filter_member_permissions._get_kwargs(id, member_permission_id, body=body),
        )
        return _setFilterMemberPermissions(self._caller.client, response)

    def delete_member_permission(self, id: UUID | str, member_permission_id: UUID | str, /) -> JsonValue:
        """Delete member permission.

        Delete member permission from the filter.

        ``DELETE /filters/{id}/member-permissions/{memberPermissionId}`` (deleteFilterMemberPermission):
        this path is inferred from the documentation's naming style, not verified. Segment
        'member-permissions' guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}. If the
        API answers 404 or 405, pass ``path_overrides={"deleteFilterMemberPermission": "/the/right/path"}``
        to the client.

        Args:
            id: The ID of the filter.
            member_permission_id: The ID of the member permission.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "deleteFilterMemberPermission", _delete_filter_member_permission._get_kwargs(id, member_permission_id)
        )
        return _deleteFilterMemberPermission(self._caller.client, response)

    def delete_member_permissions(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """Delete member permissions.

        Delete member permissions from the filter.

        ``DELETE /filters/{id}/member-permissions`` (deleteFilterMemberPermissions): this path is inferred
        from the documentation's naming style, not verified. Segment 'member-permissions' guessed; bulk
        delete with JSON array body; alternatives: DELETE {resource}/{id}/permissions or POST
        .../member-permissions/delete. If the API answers 404 or 405, pass
        ``path_overrides={"deleteFilterMemberPermissions": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the filter.
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "deleteFilterMemberPermissions", _delete_filter_member_permissions._get_kwargs(id, body=ids)
        )
        return _deleteFilterMemberPermissions(self._caller.client, response)

    def change_owner(self, id: UUID | str, owner_id: UUID | str, /) -> JsonValue:
        """Change owner.

        Change the owner of the specified filter to the user with the provided ID.

        ``PUT /filters/{id}/owner/{ownerId}`` (changeFilterOwner): this path is inferred from the
        documentation's naming style, not verified. ownerId is a documented path parameter; segment 'owner'
        guessed (alternative 'change-owner'); PUT vs POST not documented. If the API answers 404 or 405,
        pass ``path_overrides={"changeFilterOwner": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the filter.
            owner_id: The ID of the new owner.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("changeFilterOwner", _change_filter_owner._get_kwargs(id, owner_id))
        return _changeFilterOwner(self._caller.client, response)


class FiltersWithRawResponse:
    """``filters`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def list(self) -> RawResponse[builtins.list[JsonObject]]:
        """``Filters.list`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getFilters", _get_filters._get_kwargs())
        return RawResponse.of(response, _getFilters(self._caller.client, response))

    @overload
    def create(self, body: ProjectItemRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def create(self, /, **fields: Unpack[_createFilterFields]) -> RawResponse[JsonValue]: ...

    def create(
        self, body: ProjectItemRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Filters.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(ProjectItemRequest, body, fields, "create", UNSET, kinds=_KINDS)
        response = self._caller.send("createFilter", _create_filter._get_kwargs(body=body))
        return RawResponse.of(response, _createFilter(self._caller.client, response))

    def delete_many(self, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Filters.delete_many`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteFilters", _delete_filters._get_kwargs(body=ids))
        return RawResponse.of(response, _deleteFilters(self._caller.client, response))

    @overload
    def duplicate(self, id: UUID | str, body: DuplicateRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def duplicate(self, id: UUID | str, /, **fields: Unpack[_duplicateFilterFields]) -> RawResponse[JsonValue]: ...

    def duplicate(
        self, id: UUID | str, body: DuplicateRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Filters.duplicate`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(DuplicateRequest, body, fields, "duplicate", UNSET, kinds=_KINDS)
        response = self._caller.send("duplicateFilter", _duplicate_filter._get_kwargs(id, body=body))
        return RawResponse.of(response, _duplicateFilter(self._caller.client, response))

    def get(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Filters.get`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getFilter", _get_filter._get_kwargs(id))
        return RawResponse.of(response, _getFilter(self._caller.client, response))

    @overload
    def update(self, id: UUID | str, body: ProjectItemRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateFilterFields]) -> RawResponse[JsonValue]: ...

    def update(
        self, id: UUID | str, body: ProjectItemRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Filters.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(ProjectItemRequest, body, fields, "update", UNSET, kinds=_KINDS)
        response = self._caller.send("updateFilter", _update_filter._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateFilter(self._caller.client, response))

    def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Filters.delete`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteFilter", _delete_filter._get_kwargs(id))
        return RawResponse.of(response, _deleteFilter(self._caller.client, response))

    @overload
    def update_variable_values(
        self, id: UUID | str, body: FilterVariableValueRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    def update_variable_values(
        self, id: UUID | str, /, **fields: Unpack[_updateFilterVariableValuesFields]
    ) -> RawResponse[JsonValue]: ...

    def update_variable_values(
        self, id: UUID | str, body: FilterVariableValueRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Filters.update_variable_values`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            FilterVariableValueRequest, body, fields, "update_variable_values", UNSET, {}, {"id": id}, kinds=_KINDS
        )
        response = self._caller.send(
            "updateFilterVariableValues", _update_filter_variable_values._get_kwargs(id, body=body)
        )
        return RawResponse.of(response, _updateFilterVariableValues(self._caller.client, response))

    @overload
    def update_bookmark_values(
        self, id: UUID | str, body: FilterBookmarkValueRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    def update_bookmark_values(
        self, id: UUID | str, /, **fields: Unpack[_updateFilterBookmarkValuesFields]
    ) -> RawResponse[JsonValue]: ...

    def update_bookmark_values(
        self, id: UUID | str, body: FilterBookmarkValueRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Filters.update_bookmark_values`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            FilterBookmarkValueRequest, body, fields, "update_bookmark_values", UNSET, {}, {"id": id}, kinds=_KINDS
        )
        response = self._caller.send(
            "updateFilterBookmarkValues", _update_filter_bookmark_values._get_kwargs(id, body=body)
        )
        return RawResponse.of(response, _updateFilterBookmarkValues(self._caller.client, response))

    @overload
    def update_field_values(
        self, id: UUID | str, body: FilterFieldValueRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    def update_field_values(
        self, id: UUID | str, /, **fields: Unpack[_updateFilterFieldValuesFields]
    ) -> RawResponse[JsonValue]: ...

    def update_field_values(
        self, id: UUID | str, body: FilterFieldValueRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Filters.update_field_values`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            FilterFieldValueRequest, body, fields, "update_field_values", UNSET, {}, {"id": id}, kinds=_KINDS
        )
        response = self._caller.send("updateFilterFieldValues", _update_filter_field_values._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateFilterFieldValues(self._caller.client, response))

    def delete_values(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Filters.delete_values`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteFilterValues", _delete_filter_values._get_kwargs(id, body=ids))
        return RawResponse.of(response, _deleteFilterValues(self._caller.client, response))

    @overload
    def order_values(
        self, id: UUID | str, body: OrderFilterValuesRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    def order_values(self, id: UUID | str, /, **fields: Unpack[_orderFilterValuesFields]) -> RawResponse[JsonValue]: ...

    def order_values(
        self, id: UUID | str, body: OrderFilterValuesRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Filters.order_values`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            OrderFilterValuesRequest, body, fields, "order_values", UNSET, {}, {"id": id}, kinds=_KINDS
        )
        response = self._caller.send("orderFilterValues", _order_filter_values._get_kwargs(id, body=body))
        return RawResponse.of(response, _orderFilterValues(self._caller.client, response))

    def get_items(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Filters.get_items`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getFilterItems", _get_filter_items._get_kwargs(id))
        return RawResponse.of(response, _getFilterItems(self._caller.client, response))

    def get_item(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Filters.get_item`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getFilterItem", _get_filter_item._get_kwargs(id))
        return RawResponse.of(response, _getFilterItem(self._caller.client, response))

    def list_by_project(self, id: UUID | str, /) -> RawResponse[builtins.list[JsonObject]]:
        """``Filters.list_by_project`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getFiltersByProject", _get_filters_by_project._get_kwargs(id))
        return RawResponse.of(response, _getFiltersByProject(self._caller.client, response))

    def list_by_report(self, report_id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Filters.list_by_report`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getReportFilters", _get_report_filters._get_kwargs(report_id))
        return RawResponse.of(response, _getReportFilters(self._caller.client, response))

    def get_permissions(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Filters.get_permissions`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getFilterPermissions", _get_filter_permissions._get_kwargs(id))
        return RawResponse.of(response, _getFilterPermissions(self._caller.client, response))

    @overload
    def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    def set_permissions(
        self, id: UUID | str, /, **fields: Unpack[_setFilterPermissionsFields]
    ) -> RawResponse[JsonValue]: ...

    def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Filters.set_permissions`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(SetPermissionsRequest, body, fields, "set_permissions", UNSET, kinds=_KINDS)
        response = self._caller.send("setFilterPermissions", _set_filter_permissions._get_kwargs(id, body=body))
        return RawResponse.of(response, _setFilterPermissions(self._caller.client, response))

    def get_member_permissions(self, id: UUID | str, member_permission_id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Filters.get_member_permissions`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "getFilterMemberPermissions", _get_filter_member_permissions._get_kwargs(id, member_permission_id)
        )
        return RawResponse.of(response, _getFilterMemberPermissions(self._caller.client, response))

    @overload
    def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, body: PermissionDto | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, /, **fields: Unpack[_setFilterMemberPermissionsFields]
    ) -> RawResponse[JsonValue]: ...

    def set_member_permissions(
        self,
        id: UUID | str,
        member_permission_id: UUID | str,
        body: PermissionDto | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> RawResponse[JsonValue]:
        """``Filters.set_member_permissions`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(PermissionDto, body, fields, "set_member_permissions", UNSET)
        response = self._caller.send(
            "setFilterMemberPermissions",
            _set_filter_member_permissions._get_kwargs(id, member_permission_id, body=body),
        )
        return RawResponse.of(response, _setFilterMemberPermissions(self._caller.client, response))

    def delete_member_permission(self, id: UUID | str, member_permission_id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Filters.delete_member_permission`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "deleteFilterMemberPermission", _delete_filter_member_permission._get_kwargs(id, member_permission_id)
        )
        return RawResponse.of(response, _deleteFilterMemberPermission(self._caller.client, response))

    def delete_member_permissions(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Filters.delete_member_permissions`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "deleteFilterMemberPermissions", _delete_filter_member_permissions._get_kwargs(id, body=ids)
        )
        return RawResponse.of(response, _deleteFilterMemberPermissions(self._caller.client, response))

    def change_owner(self, id: UUID | str, owner_id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Filters.change_owner`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("changeFilterOwner", _change_filter_owner._get_kwargs(id, owner_id))
        return RawResponse.of(response, _changeFilterOwner(self._caller.client, response))


class AsyncFilters:
    """Filters of Qalyptus Cloud (async: the methods of ``Filters``, documented there)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncFiltersWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncFiltersWithRawResponse(self._caller)

    async def list(self) -> builtins.list[JsonObject]:
        """``Filters.list`` (documented there), async."""
        response = await self._caller.send_async("getFilters", _get_filters._get_kwargs())
        return _getFilters(self._caller.client, response)

    @overload
    async def create(self, body: ProjectItemRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def create(self, /, **fields: Unpack[_createFilterFields]) -> JsonValue: ...

    async def create(self, body: ProjectItemRequest | Mapping[str, Any] | None = None, /, **fields: Any) -> JsonValue:
        """``Filters.create`` (documented there), async."""
        body = _facade.model_from_keywords(ProjectItemRequest, body, fields, "create", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("createFilter", _create_filter._get_kwargs(body=body))
        return _createFilter(self._caller.client, response)

    async def delete_many(self, ids: Sequence[UUID | str], /) -> JsonValue:
        """``Filters.delete_many`` (documented there), async."""
        response = await self._caller.send_async("deleteFilters", _delete_filters._get_kwargs(body=ids))
        return _deleteFilters(self._caller.client, response)

    @overload
    async def duplicate(self, id: UUID | str, body: DuplicateRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def duplicate(self, id: UUID | str, /, **fields: Unpack[_duplicateFilterFields]) -> JsonValue: ...

    async def duplicate(
        self, id: UUID | str, body: DuplicateRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Filters.duplicate`` (documented there), async."""
        body = _facade.model_from_keywords(DuplicateRequest, body, fields, "duplicate", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("duplicateFilter", _duplicate_filter._get_kwargs(id, body=body))
        return _duplicateFilter(self._caller.client, response)

    async def get(self, id: UUID | str, /) -> JsonObject:
        """``Filters.get`` (documented there), async."""
        response = await self._caller.send_async("getFilter", _get_filter._get_kwargs(id))
        return _getFilter(self._caller.client, response)

    @overload
    async def update(self, id: UUID | str, body: ProjectItemRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def update(self, id: UUID | str, /, **fields: Unpack[_updateFilterFields]) -> JsonValue: ...

    async def update(
        self, id: UUID | str, body: ProjectItemRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Filters.update`` (documented there), async."""
        body = _facade.model_from_keywords(ProjectItemRequest, body, fields, "update", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("updateFilter", _update_filter._get_kwargs(id, body=body))
        return _updateFilter(self._caller.client, response)

    async def delete(self, id: UUID | str, /) -> JsonValue:
        """``Filters.delete`` (documented there), async."""
        response = await self._caller.send_async("deleteFilter", _delete_filter._get_kwargs(id))
        return _deleteFilter(self._caller.client, response)

    @overload
    async def update_variable_values(
        self, id: UUID | str, body: FilterVariableValueRequest | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    async def update_variable_values(
        self, id: UUID | str, /, **fields: Unpack[_updateFilterVariableValuesFields]
    ) -> JsonValue: ...

    async def update_variable_values(
        self, id: UUID | str, body: FilterVariableValueRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Filters.update_variable_values`` (documented there), async."""
        body = _facade.model_from_keywords(
            FilterVariableValueRequest, body, fields, "update_variable_values", UNSET, {}, {"id": id}, kinds=_KINDS
        )
        response = await self._caller.send_async(
            "updateFilterVariableValues", _update_filter_variable_values._get_kwargs(id, body=body)
        )
        return _updateFilterVariableValues(self._caller.client, response)

    @overload
    async def update_bookmark_values(
        self, id: UUID | str, body: FilterBookmarkValueRequest | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    async def update_bookmark_values(
        self, id: UUID | str, /, **fields: Unpack[_updateFilterBookmarkValuesFields]
    ) -> JsonValue: ...

    async def update_bookmark_values(
        self, id: UUID | str, body: FilterBookmarkValueRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Filters.update_bookmark_values`` (documented there), async."""
        body = _facade.model_from_keywords(
            FilterBookmarkValueRequest, body, fields, "update_bookmark_values", UNSET, {}, {"id": id}, kinds=_KINDS
        )
        response = await self._caller.send_async(
            "updateFilterBookmarkValues", _update_filter_bookmark_values._get_kwargs(id, body=body)
        )
        return _updateFilterBookmarkValues(self._caller.client, response)

    @overload
    async def update_field_values(
        self, id: UUID | str, body: FilterFieldValueRequest | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    async def update_field_values(
        self, id: UUID | str, /, **fields: Unpack[_updateFilterFieldValuesFields]
    ) -> JsonValue: ...

    async def update_field_values(
        self, id: UUID | str, body: FilterFieldValueRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Filters.update_field_values`` (documented there), async."""
        body = _facade.model_from_keywords(
            FilterFieldValueRequest, body, fields, "update_field_values", UNSET, {}, {"id": id}, kinds=_KINDS
        )
        response = await self._caller.send_async(
            "updateFilterFieldValues", _update_filter_field_values._get_kwargs(id, body=body)
        )
        return _updateFilterFieldValues(self._caller.client, response)

    async def delete_values(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """``Filters.delete_values`` (documented there), async."""
        response = await self._caller.send_async("deleteFilterValues", _delete_filter_values._get_kwargs(id, body=ids))
        return _deleteFilterValues(self._caller.client, response)

    @overload
    async def order_values(
        self, id: UUID | str, body: OrderFilterValuesRequest | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    async def order_values(self, id: UUID | str, /, **fields: Unpack[_orderFilterValuesFields]) -> JsonValue: ...

    async def order_values(
        self, id: UUID | str, body: OrderFilterValuesRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Filters.order_values`` (documented there), async."""
        body = _facade.model_from_keywords(
            OrderFilterValuesRequest, body, fields, "order_values", UNSET, {}, {"id": id}, kinds=_KINDS
        )
        response = await self._caller.send_async("orderFilterValues", _order_filter_values._get_kwargs(id, body=body))
        return _orderFilterValues(self._caller.client, response)

    async def get_items(self, id: UUID | str, /) -> JsonValue:
        """``Filters.get_items`` (documented there), async."""
        response = await self._caller.send_async("getFilterItems", _get_filter_items._get_kwargs(id))
        return _getFilterItems(self._caller.client, response)

    async def get_item(self, id: UUID | str, /) -> JsonObject:
        """``Filters.get_item`` (documented there), async."""
        response = await self._caller.send_async("getFilterItem", _get_filter_item._get_kwargs(id))
        return _getFilterItem(self._caller.client, response)

    async def list_by_project(self, id: UUID | str, /) -> builtins.list[JsonObject]:
        """``Filters.list_by_project`` (documented there), async."""
        response = await self._caller.send_async("getFiltersByProject", _get_filters_by_project._get_kwargs(id))
        return _getFiltersByProject(self._caller.client, response)

    async def list_by_report(self, report_id: UUID | str, /) -> JsonObject:
        """``Filters.list_by_report`` (documented there), async."""
        response = await self._caller.send_async("getReportFilters", _get_report_filters._get_kwargs(report_id))
        return _getReportFilters(self._caller.client, response)

    async def get_permissions(self, id: UUID | str, /) -> JsonValue:
        """``Filters.get_permissions`` (documented there), async."""
        response = await self._caller.send_async("getFilterPermissions", _get_filter_permissions._get_kwargs(id))
        return _getFilterPermissions(self._caller.client, response)

    @overload
    async def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    async def set_permissions(self, id: UUID | str, /, **fields: Unpack[_setFilterPermissionsFields]) -> JsonValue: ...

    async def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Filters.set_permissions`` (documented there), async."""
        body = _facade.model_from_keywords(SetPermissionsRequest, body, fields, "set_permissions", UNSET, kinds=_KINDS)
        response = await self._caller.send_async(
            "setFilterPermissions", _set_filter_permissions._get_kwargs(id, body=body)
        )
        return _setFilterPermissions(self._caller.client, response)

    async def get_member_permissions(self, id: UUID | str, member_permission_id: UUID | str, /) -> JsonObject:
        """``Filters.get_member_permissions`` (documented there), async."""
        response = await self._caller.send_async(
            "getFilterMemberPermissions", _get_filter_member_permissions._get_kwargs(id, member_permission_id)
        )
        return _getFilterMemberPermissions(self._caller.client, response)

    @overload
    async def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, body: PermissionDto | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    async def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, /, **fields: Unpack[_setFilterMemberPermissionsFields]
    ) -> JsonValue: ...

    async def set_member_permissions(
        self,
        id: UUID | str,
        member_permission_id: UUID | str,
        body: PermissionDto | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> JsonValue:
        """``Filters.set_member_permissions`` (documented there), async."""
        body = _facade.model_from_keywords(PermissionDto, body, fields, "set_member_permissions", UNSET)
        response = await self._caller.send_async(
            "setFilterMemberPermissions",
            _set_filter_member_permissions._get_kwargs(id, member_permission_id, body=body),
        )
        return _setFilterMemberPermissions(self._caller.client, response)

    async def delete_member_permission(self, id: UUID | str, member_permission_id: UUID | str, /) -> JsonValue:
        """``Filters.delete_member_permission`` (documented there), async."""
        response = await self._caller.send_async(
            "deleteFilterMemberPermission", _delete_filter_member_permission._get_kwargs(id, member_permission_id)
        )
        return _deleteFilterMemberPermission(self._caller.client, response)

    async def delete_member_permissions(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """``Filters.delete_member_permissions`` (documented there), async."""
        response = await self._caller.send_async(
            "deleteFilterMemberPermissions", _delete_filter_member_permissions._get_kwargs(id, body=ids)
        )
        return _deleteFilterMemberPermissions(self._caller.client, response)

    async def change_owner(self, id: UUID | str, owner_id: UUID | str, /) -> JsonValue:
        """``Filters.change_owner`` (documented there), async."""
        response = await self._caller.send_async("changeFilterOwner", _change_filter_owner._get_kwargs(id, owner_id))
        return _changeFilterOwner(self._caller.client, response)


class AsyncFiltersWithRawResponse:
    """``filters`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def list(self) -> RawResponse[builtins.list[JsonObject]]:
        """``Filters.list`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getFilters", _get_filters._get_kwargs())
        return RawResponse.of(response, _getFilters(self._caller.client, response))

    @overload
    async def create(self, body: ProjectItemRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    async def create(self, /, **fields: Unpack[_createFilterFields]) -> RawResponse[JsonValue]: ...

    async def create(
        self, body: ProjectItemRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Filters.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(ProjectItemRequest, body, fields, "create", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("createFilter", _create_filter._get_kwargs(body=body))
        return RawResponse.of(response, _createFilter(self._caller.client, response))

    async def delete_many(self, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Filters.delete_many`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteFilters", _delete_filters._get_kwargs(body=ids))
        return RawResponse.of(response, _deleteFilters(self._caller.client, response))

    @overload
    async def duplicate(
        self, id: UUID | str, body: DuplicateRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def duplicate(
        self, id: UUID | str, /, **fields: Unpack[_duplicateFilterFields]
    ) -> RawResponse[JsonValue]: ...

    async def duplicate(
        self, id: UUID | str, body: DuplicateRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Filters.duplicate`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(DuplicateRequest, body, fields, "duplicate", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("duplicateFilter", _duplicate_filter._get_kwargs(id, body=body))
        return RawResponse.of(response, _duplicateFilter(self._caller.client, response))

    async def get(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Filters.get`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getFilter", _get_filter._get_kwargs(id))
        return RawResponse.of(response, _getFilter(self._caller.client, response))

    @overload
    async def update(
        self, id: UUID | str, body: ProjectItemRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def update(self, id: UUID | str, /, **fields: Unpack[_updateFilterFields]) -> RawResponse[JsonValue]: ...

    async def update(
        self, id: UUID | str, body: ProjectItemRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Filters.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(ProjectItemRequest, body, fields, "update", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("updateFilter", _update_filter._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateFilter(self._caller.client, response))

    async def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Filters.delete`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteFilter", _delete_filter._get_kwargs(id))
        return RawResponse.of(response, _deleteFilter(self._caller.client, response))

    @overload
    async def update_variable_values(
        self, id: UUID | str, body: FilterVariableValueRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def update_variable_values(
        self, id: UUID | str, /, **fields: Unpack[_updateFilterVariableValuesFields]
    ) -> RawResponse[JsonValue]: ...

    async def update_variable_values(
        self, id: UUID | str, body: FilterVariableValueRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Filters.update_variable_values`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            FilterVariableValueRequest, body, fields, "update_variable_values", UNSET, {}, {"id": id}, kinds=_KINDS
        )
        response = await self._caller.send_async(
            "updateFilterVariableValues", _update_filter_variable_values._get_kwargs(id, body=body)
        )
        return RawResponse.of(response, _updateFilterVariableValues(self._caller.client, response))

    @overload
    async def update_bookmark_values(
        self, id: UUID | str, body: FilterBookmarkValueRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def update_bookmark_values(
        self, id: UUID | str, /, **fields: Unpack[_updateFilterBookmarkValuesFields]
    ) -> RawResponse[JsonValue]: ...

    async def update_bookmark_values(
        self, id: UUID | str, body: FilterBookmarkValueRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Filters.update_bookmark_values`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            FilterBookmarkValueRequest, body, fields, "update_bookmark_values", UNSET, {}, {"id": id}, kinds=_KINDS
        )
        response = await self._caller.send_async(
            "updateFilterBookmarkValues", _update_filter_bookmark_values._get_kwargs(id, body=body)
        )
        return RawResponse.of(response, _updateFilterBookmarkValues(self._caller.client, response))

    @overload
    async def update_field_values(
        self, id: UUID | str, body: FilterFieldValueRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def update_field_values(
        self, id: UUID | str, /, **fields: Unpack[_updateFilterFieldValuesFields]
    ) -> RawResponse[JsonValue]: ...

    async def update_field_values(
        self, id: UUID | str, body: FilterFieldValueRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Filters.update_field_values`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            FilterFieldValueRequest, body, fields, "update_field_values", UNSET, {}, {"id": id}, kinds=_KINDS
        )
        response = await self._caller.send_async(
            "updateFilterFieldValues", _update_filter_field_values._get_kwargs(id, body=body)
        )
        return RawResponse.of(response, _updateFilterFieldValues(self._caller.client, response))

    async def delete_values(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Filters.delete_values`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteFilterValues", _delete_filter_values._get_kwargs(id, body=ids))
        return RawResponse.of(response, _deleteFilterValues(self._caller.client, response))

    @overload
    async def order_values(
        self, id: UUID | str, body: OrderFilterValuesRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def order_values(
        self, id: UUID | str, /, **fields: Unpack[_orderFilterValuesFields]
    ) -> RawResponse[JsonValue]: ...

    async def order_values(
        self, id: UUID | str, body: OrderFilterValuesRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Filters.order_values`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            OrderFilterValuesRequest, body, fields, "order_values", UNSET, {}, {"id": id}, kinds=_KINDS
        )
        response = await self._caller.send_async("orderFilterValues", _order_filter_values._get_kwargs(id, body=body))
        return RawResponse.of(response, _orderFilterValues(self._caller.client, response))

    async def get_items(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Filters.get_items`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getFilterItems", _get_filter_items._get_kwargs(id))
        return RawResponse.of(response, _getFilterItems(self._caller.client, response))

    async def get_item(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Filters.get_item`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getFilterItem", _get_filter_item._get_kwargs(id))
        return RawResponse.of(response, _getFilterItem(self._caller.client, response))

    async def list_by_project(self, id: UUID | str, /) -> RawResponse[builtins.list[JsonObject]]:
        """``Filters.list_by_project`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getFiltersByProject", _get_filters_by_project._get_kwargs(id))
        return RawResponse.of(response, _getFiltersByProject(self._caller.client, response))

    async def list_by_report(self, report_id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Filters.list_by_report`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getReportFilters", _get_report_filters._get_kwargs(report_id))
        return RawResponse.of(response, _getReportFilters(self._caller.client, response))

    async def get_permissions(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Filters.get_permissions`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getFilterPermissions", _get_filter_permissions._get_kwargs(id))
        return RawResponse.of(response, _getFilterPermissions(self._caller.client, response))

    @overload
    async def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def set_permissions(
        self, id: UUID | str, /, **fields: Unpack[_setFilterPermissionsFields]
    ) -> RawResponse[JsonValue]: ...

    async def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Filters.set_permissions`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(SetPermissionsRequest, body, fields, "set_permissions", UNSET, kinds=_KINDS)
        response = await self._caller.send_async(
            "setFilterPermissions", _set_filter_permissions._get_kwargs(id, body=body)
        )
        return RawResponse.of(response, _setFilterPermissions(self._caller.client, response))

    async def get_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, /
    ) -> RawResponse[JsonObject]:
        """``Filters.get_member_permissions`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "getFilterMemberPermissions", _get_filter_member_permissions._get_kwargs(id, member_permission_id)
        )
        return RawResponse.of(response, _getFilterMemberPermissions(self._caller.client, response))

    @overload
    async def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, body: PermissionDto | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, /, **fields: Unpack[_setFilterMemberPermissionsFields]
    ) -> RawResponse[JsonValue]: ...

    async def set_member_permissions(
        self,
        id: UUID | str,
        member_permission_id: UUID | str,
        body: PermissionDto | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> RawResponse[JsonValue]:
        """``Filters.set_member_permissions`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(PermissionDto, body, fields, "set_member_permissions", UNSET)
        response = await self._caller.send_async(
            "setFilterMemberPermissions",
            _set_filter_member_permissions._get_kwargs(id, member_permission_id, body=body),
        )
        return RawResponse.of(response, _setFilterMemberPermissions(self._caller.client, response))

    async def delete_member_permission(
        self, id: UUID | str, member_permission_id: UUID | str, /
    ) -> RawResponse[JsonValue]:
        """``Filters.delete_member_permission`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "deleteFilterMemberPermission", _delete_filter_member_permission._get_kwargs(id, member_permission_id)
        )
        return RawResponse.of(response, _deleteFilterMemberPermission(self._caller.client, response))

    async def delete_member_permissions(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Filters.delete_member_permissions`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "deleteFilterMemberPermissions", _delete_filter_member_permissions._get_kwargs(id, body=ids)
        )
        return RawResponse.of(response, _deleteFilterMemberPermissions(self._caller.client, response))

    async def change_owner(self, id: UUID | str, owner_id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Filters.change_owner`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("changeFilterOwner", _change_filter_owner._get_kwargs(id, owner_id))
        return RawResponse.of(response, _changeFilterOwner(self._caller.client, response))
