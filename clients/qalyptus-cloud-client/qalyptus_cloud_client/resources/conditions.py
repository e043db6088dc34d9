# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``conditions`` of Qalyptus Cloud: ``Conditions`` (documented), ``AsyncConditions`` and their ``with_raw_response`` twins.

Reached as ``QalyptusClient(...).conditions``. Each method sends one operation through its low-level module under ``api/``,
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
from ..api.conditions import change_condition_owner as _change_condition_owner
from ..api.conditions import create_condition as _create_condition
from ..api.conditions import create_or_update_condition_rule as _create_or_update_condition_rule
from ..api.conditions import delete_condition as _delete_condition
from ..api.conditions import delete_condition_member_permission as _delete_condition_member_permission
from ..api.conditions import delete_condition_member_permissions as _delete_condition_member_permissions
from ..api.conditions import delete_condition_rules as _delete_condition_rules
from ..api.conditions import delete_conditions as _delete_conditions
from ..api.conditions import duplicate_condition as _duplicate_condition
from ..api.conditions import get_condition as _get_condition
from ..api.conditions import get_condition_member_permissions as _get_condition_member_permissions
from ..api.conditions import get_condition_permissions as _get_condition_permissions
from ..api.conditions import get_condition_rule as _get_condition_rule
from ..api.conditions import get_condition_rules as _get_condition_rules
from ..api.conditions import get_conditions as _get_conditions
from ..api.conditions import get_project_conditions as _get_project_conditions
from ..api.conditions import set_condition_member_permissions as _set_condition_member_permissions
from ..api.conditions import set_condition_permissions as _set_condition_permissions
from ..api.conditions import update_condition as _update_condition
from ..client import AuthenticatedClient, Client
from ..models import (
    ApiResponse,
    ConditionRuleRequest,
    ConditionRuleValueRequestDto,
    DuplicateRequest,
    MemberRequestDto,
    NameDescriptionRequest,
    PermissionDto,
    ProjectItemRequest,
    SetPermissionsRequest,
)
from ..types import UNSET, Unset

__all__ = [
    "AsyncConditions",
    "AsyncConditionsWithRawResponse",
    "Conditions",
    "ConditionsWithRawResponse",
]


# By method: the keyword fields taking a str (UUID, date) or a mapping (model) for their type (_facade.accept).
_KINDS: dict[str, dict[str, Any]] = {}


def _getConditions(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[JsonObject]:
    parsed = _get_conditions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_list(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["create"] = {"project_id": "uuid"}
if TYPE_CHECKING:

    class _createConditionFields(TypedDict, total=False):
        """``create``'s keyword fields, those of a ``ProjectItemRequest`` (shared by its four variants)."""

        name: Required[str]
        project_id: Required[UUID | str]
        description: None | str | Unset


def _createCondition(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _create_condition._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteConditions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_conditions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["duplicate"] = {"project_id": "uuid", "organization_id": "uuid"}
if TYPE_CHECKING:

    class _duplicateConditionFields(TypedDict, total=False):
        """``duplicate``'s keyword fields, those of a ``DuplicateRequest`` (shared by its four variants)."""

        project_id: Required[UUID | str]
        organization_id: Required[UUID | str]


def _duplicateCondition(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _duplicate_condition._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getCondition(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_condition._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


if TYPE_CHECKING:

    class _updateConditionFields(TypedDict, total=False):
        """``update``'s keyword fields, those of a ``NameDescriptionRequest`` (shared by its four variants)."""

        name: Required[str]
        description: None | str | Unset


def _updateCondition(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _update_condition._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteCondition(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_condition._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getConditionRules(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_condition_rules._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["create_or_update_rule"] = {"qlik_app_id": "uuid", "values": [ConditionRuleValueRequestDto], "id": "uuid"}
if TYPE_CHECKING:

    class _createOrUpdateConditionRuleFields(TypedDict, total=False):
        """``create_or_update_rule``'s keyword fields, those of a ``ConditionRuleRequest`` (shared by its four variants)."""

        name: Required[str]
        qlik_app_id: Required[UUID | str]
        values: Required[Sequence[ConditionRuleValueRequestDto | Mapping[str, Any]]]


def _createOrUpdateConditionRule(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _create_or_update_condition_rule._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteConditionRules(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_condition_rules._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getProjectConditions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_project_conditions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


def _getConditionRule(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_condition_rule._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


def _getConditionPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_condition_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["set_permissions"] = {"members": [MemberRequestDto], "permissions": PermissionDto}
if TYPE_CHECKING:

    class _setConditionPermissionsFields(TypedDict, total=False):
        """``set_permissions``'s keyword fields, those of a ``SetPermissionsRequest`` (shared by its four variants)."""

        members: Required[Sequence[MemberRequestDto | Mapping[str, Any]]]
        permissions: Required[PermissionDto | Mapping[str, Any]]


def _setConditionPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _set_condition_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getConditionMemberPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_condition_member_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


if TYPE_CHECKING:

    class _setConditionMemberPermissionsFields(TypedDict, total=False):
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


def _setConditionMemberPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _set_condition_member_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteConditionMemberPermission(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_condition_member_permission._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteConditionMemberPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_condition_member_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _changeConditionOwner(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _change_condition_owner._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


class Conditions:
    """Conditions of Qalyptus Cloud."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> ConditionsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return ConditionsWithRawResponse(self._caller)

    def list(self) -> builtins.list[JsonObject]:
        """Get conditions.

        Get a list of all conditions.

        ``GET /conditions`` (getConditions): this path is inferred from the documentation's naming style,
        not verified. If the API answers 404 or 405, pass ``path_overrides={"getConditions":
        "/the/right/path"}`` to the client.

        Returns:
            list[JsonObject]: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getConditions", _get_conditions._get_kwargs())
        return _getConditions(self._caller.client, response)

    @overload
    def create(self, body: ProjectItemRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def create(self, /, **fields: Unpack[_createConditionFields]) -> JsonValue: ...

    def create(
        self,
        body: ProjectItemRequest | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        project_id: UUID | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
    ) -> JsonValue:
        """Create condition.

        Create a new condition

        ``POST /conditions`` (createCondition): this path is inferred from the documentation's naming style,
        not verified. If the API answers 404 or 405, pass ``path_overrides={"createCondition":
        "/the/right/path"}`` to the client.

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
        response = self._caller.send("createCondition", _create_condition._get_kwargs(body=body))
        return _createCondition(self._caller.client, response)

    def delete_many(self, ids: Sequence[UUID | str], /) -> JsonValue:
        """Delete conditions.

        Delete multiple conditions.

        ``DELETE /conditions`` (deleteConditions): this path is inferred from the documentation's naming
        style, not verified. Bulk delete modelled as DELETE with a JSON array body on the collection;
        alternatives: POST {collection}/delete or DELETE {collection}/bulk. If the API answers 404 or 405,
        pass ``path_overrides={"deleteConditions": "/the/right/path"}`` to the client.

        Args:
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteConditions", _delete_conditions._get_kwargs(body=ids))
        return _deleteConditions(self._caller.client, response)

    @overload
    def duplicate(self, id: UUID | str, body: DuplicateRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def duplicate(self, id: UUID | str, /, **fields: Unpack[_duplicateConditionFields]) -> JsonValue: ...

    def duplicate(
        self,
        id: UUID | str,
        body: DuplicateRequest | Mapping[str, Any] | None = None,
        /,
        *,
        project_id: UUID | str | Unset = UNSET,
        organization_id: UUID | str | Unset = UNSET,
    ) -> JsonValue:
        """Duplicate condition.

        Duplicate a condition.

        ``POST /conditions/{id}/duplicate`` (duplicateCondition): this path is inferred from the
        documentation's naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"duplicateCondition": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the condition to duplicate.
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
        response = self._caller.send("duplicateCondition", _duplicate_condition._get_kwargs(id, body=body))
        return _duplicateCondition(self._caller.client, response)

    def get(self, id: UUID | str, /) -> JsonObject:
        """Get condition.

        Get the details of a specific condition.

        ``GET /conditions/{id}`` (getCondition): this path is inferred from the documentation's naming
        style, not verified. If the API answers 404 or 405, pass ``path_overrides={"getCondition":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the condition.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getCondition", _get_condition._get_kwargs(id))
        return _getCondition(self._caller.client, response)

    @overload
    def update(self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateConditionFields]) -> JsonValue: ...

    def update(
        self,
        id: UUID | str,
        body: NameDescriptionRequest | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
    ) -> JsonValue:
        """Update condition.

        Update a condition.

        ``PUT /conditions/{id}`` (updateCondition): this path is inferred from the documentation's naming
        style, not verified. If the API answers 404 or 405, pass ``path_overrides={"updateCondition":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the condition to update.
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
        response = self._caller.send("updateCondition", _update_condition._get_kwargs(id, body=body))
        return _updateCondition(self._caller.client, response)

    def delete(self, id: UUID | str, /) -> JsonValue:
        """Delete condition.

        Delete a specific condition by its ID.

        ``DELETE /conditions/{id}`` (deleteCondition): this path is inferred from the documentation's naming
        style, not verified. If the API answers 404 or 405, pass ``path_overrides={"deleteCondition":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the condition to delete.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteCondition", _delete_condition._get_kwargs(id))
        return _deleteCondition(self._caller.client, response)

    def get_rules(self, id: UUID | str, /) -> JsonValue:
        """Get rules.

        Get the rules associated with a specific condition.

        ``GET /conditions/{id}/rules`` (getConditionRules): this path is inferred from the documentation's
        naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"getConditionRules": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the condition.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getConditionRules", _get_condition_rules._get_kwargs(id))
        return _getConditionRules(self._caller.client, response)

    @overload
    def create_or_update_rule(self, id: UUID | str, body: ConditionRuleRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def create_or_update_rule(
        self, id: UUID | str, /, **fields: Unpack[_createOrUpdateConditionRuleFields]
    ) -> JsonValue: ...

    def create_or_update_rule(
        self,
        id: UUID | str,
        body: ConditionRuleRequest | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        qlik_app_id: UUID | str | Unset = UNSET,
        values: Sequence[ConditionRuleValueRequestDto | Mapping[str, Any]] | Unset = UNSET,
    ) -> JsonValue:
        """Create or update rule.

        Create or update a rule for a condition.

        ``POST /conditions/{id}/rules`` (createOrUpdateConditionRule): this path is inferred from the
        documentation's naming style, not verified. Upsert (optional rule id in the body); PUT on the same
        path equally plausible. If the API answers 404 or 405, pass
        ``path_overrides={"createOrUpdateConditionRule": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the condition.
            body: a ``ConditionRuleRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            name: (required) str
            qlik_app_id: (required) UUID | str
            values: (required) Sequence[ConditionRuleValueRequestDto | Mapping[str, Any]]

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            ConditionRuleRequest,
            body,
            locals(),
            ("self", "body", "id"),
            "create_or_update_rule",
            UNSET,
            {},
            {"id": id},
            kinds=_KINDS,
        )
        response = self._caller.send(
            "createOrUpdateConditionRule", _create_or_update_condition_rule._get_kwargs(id, body=body)
        )
        return _createOrUpdateConditionRule(self._caller.client, response)

    def delete_rules(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """Delete condition rules.

        Delete multiple rules from a condition.

        ``DELETE /conditions/{id}/rules`` (deleteConditionRules): this path is inferred from the
        documentation's naming style, not verified. Bulk delete modelled as DELETE with a JSON array body on
        the sub-collection; alternative: POST {sub-collection}/delete. If the API answers 404 or 405, pass
        ``path_overrides={"deleteConditionRules": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the condition.
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteConditionRules", _delete_condition_rules._get_kwargs(id, body=ids))
        return _deleteConditionRules(self._caller.client, response)

    def list_by_project(self, id: UUID | str, /) -> JsonObject:
        """Get project conditions.

        Get the conditions associated with a specific project.

        ``GET /conditions/project/{id}`` (getProjectConditions): this path is inferred from the
        documentation's naming style, not verified. Follows the verified GET /filters/report/{reportId}
        style; alternative: /projects/{id}/conditions. If the API answers 404 or 405, pass
        ``path_overrides={"getProjectConditions": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the project.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getProjectConditions", _get_project_conditions._get_kwargs(id))
        return _getProjectConditions(self._caller.client, response)

    def get_rule(self, id: UUID | str, /) -> JsonObject:
        """Get rule.

        Get a specific condition rule by its ID.

        ``GET /conditions/rules/{id}`` (getConditionRule): this path is inferred from the documentation's
        naming style, not verified. The only path parameter is the RULE id, so the rule is addressed without
        its condition; alternatives: /conditions/rule/{id}, /condition-rules/{id}. If the API answers 404 or
        405, pass ``path_overrides={"getConditionRule": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the condition rule.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getConditionRule", _get_condition_rule._get_kwargs(id))
        return _getConditionRule(self._caller.client, response)

    def get_permissions(self, id: UUID | str, /) -> JsonValue:
        """Get condition permissions.

        Get the permissions associated with a specific condition.

        ``GET /conditions/{id}/permissions`` (getConditionPermissions): this path is inferred from the
        documentation's naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"getConditionPermissions": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the condition.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getConditionPermissions", _get_condition_permissions._get_kwargs(id))
        return _getConditionPermissions(self._caller.client, response)

    @overload
    def set_permissions(self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def set_permissions(self, id: UUID | str, /, **fields: Unpack[_setConditionPermissionsFields]) -> JsonValue: ...

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

        Set permissions for a condition.

        ``PUT /conditions/{id}/permissions`` (setConditionPermissions): this path is inferred from the
        documentation's naming style, not verified. PUT vs POST not documented (both plausible for setting
        permissions). If the API answers 404 or 405, pass ``path_overrides={"setConditionPermissions":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the condition.
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
        response = self._caller.send("setConditionPermissions", _set_condition_permissions._get_kwargs(id, body=body))
        return _setConditionPermissions(self._caller.client, response)

    def get_member_permissions(self, id: UUID | str, member_permission_id: UUID | str, /) -> JsonObject:
        """Get member permissions.

        Get the permissions associated with a specific member permission of a condition.

        ``GET /conditions/{id}/member-permissions/{memberPermissionId}`` (getConditionMemberPermissions):
        this path is inferred from the documentation's naming style, not verified. Segment
        'member-permissions' guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}. If the
        API answers 404 or 405, pass ``path_overrides={"getConditionMemberPermissions": "/the/right/path"}``
        to the client.

        Args:
            id: The ID of the condition.
            member_permission_id: The ID of the member permission.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "getConditionMemberPermissions", _get_condition_member_permissions._get_kwargs(id, member_permission_id)
        )
        return _getConditionMemberPermissions(self._caller.client, response)

    @overload
    def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, body: PermissionDto | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    def set_member_permissions(
        self,
        id: UUID | str,
        member_permission_id: UUID | str,
        /,
        **fields: Unpack[_setConditionMemberPermissionsFields],
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

        Set permissions for a specific member in a condition.

        ``PUT /conditions/{id}/member-permissions/{memberPermissionId}`` (setConditionMemberPermissions):
        this path is inferred from the documentation's naming style, not verified. Segment
        'member-permissions' guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}. If the
        API answers 404 or 405, pass ``path_overrides={"setConditionMemberPermissions": "/the/right/path"}``
        to the client.

        Args:
            id: The ID of the condition.
            member_permission_id: The ID of the member permission to set.
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
            "setConditionMemberPermissions",
            _set_condition_member_permissions._get_kwargs(id, member_permission_id, body=body),
        )
        return _setConditionMemberPermissions(self._caller.client, response)

    def delete_member_permission(self, id: UUID | str, member_permission_id: UUID | str, /) -> JsonValue:
        """Delete member permissions.

        Delete permissions of a specific member in a condition.

        ``DELETE /conditions/{id}/member-permissions/{memberPermissionId}``
        (deleteConditionMemberPermission): this path is inferred from the documentation's naming style, not
        verified. Segment 'member-permissions' guessed; alternative:
        {resource}/{id}/permissions/{memberPermissionId}. If the API answers 404 or 405, pass
        ``path_overrides={"deleteConditionMemberPermission": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the condition.
            member_permission_id: The ID of the member permission to delete.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "deleteConditionMemberPermission", _delete_condition_member_permission._get_kwargs(id, member_permission_id)
        )
        return _deleteConditionMemberPermission(self._caller.client, response)

    def delete_member_permissions(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """Delete members permissions.

        Delete members permissions in a condition.

        ``DELETE /conditions/{id}/member-permissions`` (deleteConditionMemberPermissions): this path is
        inferred from the documentation's naming style, not verified. Segment 'member-permissions' guessed;
        bulk delete with JSON array body; alternatives: DELETE {resource}/{id}/permissions or POST
        .../member-permissions/delete. If the API answers 404 or 405, pass
        ``path_overrides={"deleteConditionMemberPermissions": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the condition.
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "deleteConditionMemberPermissions", _delete_condition_member_permissions._get_kwargs(id, body=ids)
        )
        return _deleteConditionMemberPermissions(self._caller.client, response)

    def change_owner(self, id: UUID | str, owner_id: UUID | str, /) -> JsonValue:
        """Change owner.

        Change the owner of a condition.

        ``PUT /conditions/{id}/owner/{ownerId}`` (changeConditionOwner): this path is inferred from the
        documentation's naming style, not verified. ownerId is a documented path parameter; segment 'owner'
        guessed (alternative 'change-owner'); PUT vs POST not documented. If the API answers 404 or 405,
        pass ``path_overrides={"changeConditionOwner": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the condition.
            owner_id: The ID of the new owner.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("changeConditionOwner", _change_condition_owner._get_kwargs(id, owner_id))
        return _changeConditionOwner(self._caller.client, response)


class ConditionsWithRawResponse:
    """``conditions`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def list(self) -> RawResponse[builtins.list[JsonObject]]:
        """``Conditions.list`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getConditions", _get_conditions._get_kwargs())
        return RawResponse.of(response, _getConditions(self._caller.client, response))

    @overload
    def create(self, body: ProjectItemRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def create(self, /, **fields: Unpack[_createConditionFields]) -> RawResponse[JsonValue]: ...

    def create(
        self, body: ProjectItemRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Conditions.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(ProjectItemRequest, body, fields, "create", UNSET, kinds=_KINDS)
        response = self._caller.send("createCondition", _create_condition._get_kwargs(body=body))
        return RawResponse.of(response, _createCondition(self._caller.client, response))

    def delete_many(self, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Conditions.delete_many`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteConditions", _delete_conditions._get_kwargs(body=ids))
        return RawResponse.of(response, _deleteConditions(self._caller.client, response))

    @overload
    def duplicate(self, id: UUID | str, body: DuplicateRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def duplicate(self, id: UUID | str, /, **fields: Unpack[_duplicateConditionFields]) -> RawResponse[JsonValue]: ...

    def duplicate(
        self, id: UUID | str, body: DuplicateRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Conditions.duplicate`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(DuplicateRequest, body, fields, "duplicate", UNSET, kinds=_KINDS)
        response = self._caller.send("duplicateCondition", _duplicate_condition._get_kwargs(id, body=body))
        return RawResponse.of(response, _duplicateCondition(self._caller.client, response))

    def get(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Conditions.get`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getCondition", _get_condition._get_kwargs(id))
        return RawResponse.of(response, _getCondition(self._caller.client, response))

    @overload
    def update(self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateConditionFields]) -> RawResponse[JsonValue]: ...

    def update(
        self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Conditions.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(NameDescriptionRequest, body, fields, "update", UNSET)
        response = self._caller.send("updateCondition", _update_condition._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateCondition(self._caller.client, response))

    def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Conditions.delete`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteCondition", _delete_condition._get_kwargs(id))
        return RawResponse.of(response, _deleteCondition(self._caller.client, response))

    def get_rules(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Conditions.get_rules`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getConditionRules", _get_condition_rules._get_kwargs(id))
        return RawResponse.of(response, _getConditionRules(self._caller.client, response))

    @overload
    def create_or_update_rule(
        self, id: UUID | str, body: ConditionRuleRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    def create_or_update_rule(
        self, id: UUID | str, /, **fields: Unpack[_createOrUpdateConditionRuleFields]
    ) -> RawResponse[JsonValue]: ...

    def create_or_update_rule(
        self, id: UUID | str, body: ConditionRuleRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Conditions.create_or_update_rule`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            ConditionRuleRequest, body, fields, "create_or_update_rule", UNSET, {}, {"id": id}, kinds=_KINDS
        )
        response = self._caller.send(
            "createOrUpdateConditionRule", _create_or_update_condition_rule._get_kwargs(id, body=body)
        )
        return RawResponse.of(response, _createOrUpdateConditionRule(self._caller.client, response))

    def delete_rules(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Conditions.delete_rules`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteConditionRules", _delete_condition_rules._get_kwargs(id, body=ids))
        return RawResponse.of(response, _deleteConditionRules(self._caller.client, response))

    def list_by_project(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Conditions.list_by_project`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getProjectConditions", _get_project_conditions._get_kwargs(id))
        return RawResponse.of(response, _getProjectConditions(self._caller.client, response))

    def get_rule(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Conditions.get_rule`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getConditionRule", _get_condition_rule._get_kwargs(id))
        return RawResponse.of(response, _getConditionRule(self._caller.client, response))

    def get_permissions(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Conditions.get_permissions`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getConditionPermissions", _get_condition_permissions._get_kwargs(id))
        return RawResponse.of(response, _getConditionPermissions(self._caller.client, response))

    @overload
    def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    def set_permissions(
        self, id: UUID | str, /, **fields: Unpack[_setConditionPermissionsFields]
    ) -> RawResponse[JsonValue]: ...

    def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Conditions.set_permissions`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(SetPermissionsRequest, body, fields, "set_permissions", UNSET, kinds=_KINDS)
        response = self._caller.send("setConditionPermissions", _set_condition_permissions._get_kwargs(id, body=body))
        return RawResponse.of(response, _setConditionPermissions(self._caller.client, response))

    def get_member_permissions(self, id: UUID | str, member_permission_id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Conditions.get_member_permissions`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "getConditionMemberPermissions", _get_condition_member_permissions._get_kwargs(id, member_permission_id)
        )
        return RawResponse.of(response, _getConditionMemberPermissions(self._caller.client, response))

    @overload
    def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, body: PermissionDto | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    def set_member_permissions(
        self,
        id: UUID | str,
        member_permission_id: UUID | str,
        /,
        **fields: Unpack[_setConditionMemberPermissionsFields],
    ) -> RawResponse[JsonValue]: ...

    def set_member_permissions(
        self,
        id: UUID | str,
        member_permission_id: UUID | str,
        body: PermissionDto | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> RawResponse[JsonValue]:
        """``Conditions.set_member_permissions`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(PermissionDto, body, fields, "set_member_permissions", UNSET)
        response = self._caller.send(
            "setConditionMemberPermissions",
            _set_condition_member_permissions._get_kwargs(id, member_permission_id, body=body),
        )
        return RawResponse.of(response, _setConditionMemberPermissions(self._caller.client, response))

    def delete_member_permission(self, id: UUID | str, member_permission_id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Conditions.delete_member_permission`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "deleteConditionMemberPermission", _delete_condition_member_permission._get_kwargs(id, member_permission_id)
        )
        return RawResponse.of(response, _deleteConditionMemberPermission(self._caller.client, response))

    def delete_member_permissions(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Conditions.delete_member_permissions`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "deleteConditionMemberPermissions", _delete_condition_member_permissions._get_kwargs(id, body=ids)
        )
        return RawResponse.of(response, _deleteConditionMemberPermissions(self._caller.client, response))

    def change_owner(self, id: UUID | str, owner_id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Conditions.change_owner`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("changeConditionOwner", _change_condition_owner._get_kwargs(id, owner_id))
        return RawResponse.of(response, _changeConditionOwner(self._caller.client, response))


class AsyncConditions:
    """Conditions of Qalyptus Cloud (async: the methods of ``Conditions``, documented there)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncConditionsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncConditionsWithRawResponse(self._caller)

    async def list(self) -> builtins.list[JsonObject]:
        """``Conditions.list`` (documented there), async."""
        response = await self._caller.send_async("getConditions", _get_conditions._get_kwargs())
        return _getConditions(self._caller.client, response)

    @overload
    async def create(self, body: ProjectItemRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def create(self, /, **fields: Unpack[_createConditionFields]) -> JsonValue: ...

    async def create(self, body: ProjectItemRequest | Mapping[str, Any] | None = None, /, **fields: Any) -> JsonValue:
        """``Conditions.create`` (documented there), async."""
        body = _facade.model_from_keywords(ProjectItemRequest, body, fields, "create", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("createCondition", _create_condition._get_kwargs(body=body))
        return _createCondition(self._caller.client, response)

    async def delete_many(self, ids: Sequence[UUID | str], /) -> JsonValue:
        """``Conditions.delete_many`` (documented there), async."""
        response = await self._caller.send_async("deleteConditions", _delete_conditions._get_kwargs(body=ids))
        return _deleteConditions(self._caller.client, response)

    @overload
    async def duplicate(self, id: UUID | str, body: DuplicateRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def duplicate(self, id: UUID | str, /, **fields: Unpack[_duplicateConditionFields]) -> JsonValue: ...

    async def duplicate(
        self, id: UUID | str, body: DuplicateRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Conditions.duplicate`` (documented there), async."""
        body = _facade.model_from_keywords(DuplicateRequest, body, fields, "duplicate", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("duplicateCondition", _duplicate_condition._get_kwargs(id, body=body))
        return _duplicateCondition(self._caller.client, response)

    async def get(self, id: UUID | str, /) -> JsonObject:
        """``Conditions.get`` (documented there), async."""
        response = await self._caller.send_async("getCondition", _get_condition._get_kwargs(id))
        return _getCondition(self._caller.client, response)

    @overload
    async def update(self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def update(self, id: UUID | str, /, **fields: Unpack[_updateConditionFields]) -> JsonValue: ...

    async def update(
        self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Conditions.update`` (documented there), async."""
        body = _facade.model_from_keywords(NameDescriptionRequest, body, fields, "update", UNSET)
        response = await self._caller.send_async("updateCondition", _update_condition._get_kwargs(id, body=body))
        return _updateCondition(self._caller.client, response)

    async def delete(self, id: UUID | str, /) -> JsonValue:
        """``Conditions.delete`` (documented there), async."""
        response = await self._caller.send_async("deleteCondition", _delete_condition._get_kwargs(id))
        return _deleteCondition(self._caller.client, response)

    async def get_rules(self, id: UUID | str, /) -> JsonValue:
        """``Conditions.get_rules`` (documented there), async."""
        response = await self._caller.send_async("getConditionRules", _get_condition_rules._get_kwargs(id))
        return _getConditionRules(self._caller.client, response)

    @overload
    async def create_or_update_rule(
        self, id: UUID | str, body: ConditionRuleRequest | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    async def create_or_update_rule(
        self, id: UUID | str, /, **fields: Unpack[_createOrUpdateConditionRuleFields]
    ) -> JsonValue: ...

    async def create_or_update_rule(
        self, id: UUID | str, body: ConditionRuleRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Conditions.create_or_update_rule`` (documented there), async."""
        body = _facade.model_from_keywords(
            ConditionRuleRequest, body, fields, "create_or_update_rule", UNSET, {}, {"id": id}, kinds=_KINDS
        )
        response = await self._caller.send_async(
            "createOrUpdateConditionRule", _create_or_update_condition_rule._get_kwargs(id, body=body)
        )
        return _createOrUpdateConditionRule(self._caller.client, response)

    async def delete_rules(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """``Conditions.delete_rules`` (documented there), async."""
        response = await self._caller.send_async(
            "deleteConditionRules", _delete_condition_rules._get_kwargs(id, body=ids)
        )
        return _deleteConditionRules(self._caller.client, response)

    async def list_by_project(self, id: UUID | str, /) -> JsonObject:
        """``Conditions.list_by_project`` (documented there), async."""
        response = await self._caller.send_async("getProjectConditions", _get_project_conditions._get_kwargs(id))
        return _getProjectConditions(self._caller.client, response)

    async def get_rule(self, id: UUID | str, /) -> JsonObject:
        """``Conditions.get_rule`` (documented there), async."""
        response = await self._caller.send_async("getConditionRule", _get_condition_rule._get_kwargs(id))
        return _getConditionRule(self._caller.client, response)

    async def get_permissions(self, id: UUID | str, /) -> JsonValue:
        """``Conditions.get_permissions`` (documented there), async."""
        response = await self._caller.send_async("getConditionPermissions", _get_condition_permissions._get_kwargs(id))
        return _getConditionPermissions(self._caller.client, response)

    @overload
    async def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    async def set_permissions(
        self, id: UUID | str, /, **fields: Unpack[_setConditionPermissionsFields]
    ) -> JsonValue: ...

    async def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Conditions.set_permissions`` (documented there), async."""
        body = _facade.model_from_keywords(SetPermissionsRequest, body, fields, "set_permissions", UNSET, kinds=_KINDS)
        response = await self._caller.send_async(
            "setConditionPermissions", _set_condition_permissions._get_kwargs(id, body=body)
        )
        return _setConditionPermissions(self._caller.client, response)

    async def get_member_permissions(self, id: UUID | str, member_permission_id: UUID | str, /) -> JsonObject:
        """``Conditions.get_member_permissions`` (documented there), async."""
        response = await self._caller.send_async(
            "getConditionMemberPermissions", _get_condition_member_permissions._get_kwargs(id, member_permission_id)
        )
        return _getConditionMemberPermissions(self._caller.client, response)

    @overload
    async def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, body: PermissionDto | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    async def set_member_permissions(
        self,
        id: UUID | str,
        member_permission_id: UUID | str,
        /,
        **fields: Unpack[_setConditionMemberPermissionsFields],
    ) -> JsonValue: ...

    async def set_member_permissions(
        self,
        id: UUID | str,
        member_permission_id: UUID | str,
        body: PermissionDto | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> JsonValue:
        """``Conditions.set_member_permissions`` (documented there), async."""
        body = _facade.model_from_keywords(PermissionDto, body, fields, "set_member_permissions", UNSET)
        response = await self._caller.send_async(
            "setConditionMemberPermissions",
            _set_condition_member_permissions._get_kwargs(id, member_permission_id, body=body),
        )
        return _setConditionMemberPermissions(self._caller.client, response)

    async def delete_member_permission(self, id: UUID | str, member_permission_id: UUID | str, /) -> JsonValue:
        """``Conditions.delete_member_permission`` (documented there), async."""
        response = await self._caller.send_async(
            "deleteConditionMemberPermission", _delete_condition_member_permission._get_kwargs(id, member_permission_id)
        )
        return _deleteConditionMemberPermission(self._caller.client, response)

    async def delete_member_permissions(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """``Conditions.delete_member_permissions`` (documented there), async."""
        response = await self._caller.send_async(
            "deleteConditionMemberPermissions", _delete_condition_member_permissions._get_kwargs(id, body=ids)
        )
        return _deleteConditionMemberPermissions(self._caller.client, response)

    async def change_owner(self, id: UUID | str, owner_id: UUID | str, /) -> JsonValue:
        """``Conditions.change_owner`` (documented there), async."""
        response = await self._caller.send_async(
            "changeConditionOwner", _change_condition_owner._get_kwargs(id, owner_id)
        )
        return _changeConditionOwner(self._caller.client, response)


class AsyncConditionsWithRawResponse:
    """``conditions`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def list(self) -> RawResponse[builtins.list[JsonObject]]:
        """``Conditions.list`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getConditions", _get_conditions._get_kwargs())
        return RawResponse.of(response, _getConditions(self._caller.client, response))

    @overload
    async def create(self, body: ProjectItemRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    async def create(self, /, **fields: Unpack[_createConditionFields]) -> RawResponse[JsonValue]: ...

    async def create(
        self, body: ProjectItemRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Conditions.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(ProjectItemRequest, body, fields, "create", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("createCondition", _create_condition._get_kwargs(body=body))
        return RawResponse.of(response, _createCondition(self._caller.client, response))

    async def delete_many(self, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Conditions.delete_many`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteConditions", _delete_conditions._get_kwargs(body=ids))
        return RawResponse.of(response, _deleteConditions(self._caller.client, response))

    @overload
    async def duplicate(
        self, id: UUID | str, body: DuplicateRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def duplicate(
        self, id: UUID | str, /, **fields: Unpack[_duplicateConditionFields]
    ) -> RawResponse[JsonValue]: ...

    async def duplicate(
        self, id: UUID | str, body: DuplicateRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Conditions.duplicate`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(DuplicateRequest, body, fields, "duplicate", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("duplicateCondition", _duplicate_condition._get_kwargs(id, body=body))
        return RawResponse.of(response, _duplicateCondition(self._caller.client, response))

    async def get(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Conditions.get`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getCondition", _get_condition._get_kwargs(id))
        return RawResponse.of(response, _getCondition(self._caller.client, response))

    @overload
    async def update(
        self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def update(self, id: UUID | str, /, **fields: Unpack[_updateConditionFields]) -> RawResponse[JsonValue]: ...

    async def update(
        self, id: UUID | str, body: NameDescriptionRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Conditions.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(NameDescriptionRequest, body, fields, "update", UNSET)
        response = await self._caller.send_async("updateCondition", _update_condition._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateCondition(self._caller.client, response))

    async def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Conditions.delete`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteCondition", _delete_condition._get_kwargs(id))
        return RawResponse.of(response, _deleteCondition(self._caller.client, response))

    async def get_rules(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Conditions.get_rules`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getConditionRules", _get_condition_rules._get_kwargs(id))
        return RawResponse.of(response, _getConditionRules(self._caller.client, response))

    @overload
    async def create_or_update_rule(
        self, id: UUID | str, body: ConditionRuleRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def create_or_update_rule(
        self, id: UUID | str, /, **fields: Unpack[_createOrUpdateConditionRuleFields]
    ) -> RawResponse[JsonValue]: ...

    async def create_or_update_rule(
        self, id: UUID | str, body: ConditionRuleRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Conditions.create_or_update_rule`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            ConditionRuleRequest, body, fields, "create_or_update_rule", UNSET, {}, {"id": id}, kinds=_KINDS
        )
        response = await self._caller.send_async(
            "createOrUpdateConditionRule", _create_or_update_condition_rule._get_kwargs(id, body=body)
        )
        return RawResponse.of(response, _createOrUpdateConditionRule(self._caller.client, response))

    async def delete_rules(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Conditions.delete_rules`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "deleteConditionRules", _delete_condition_rules._get_kwargs(id, body=ids)
        )
        return RawResponse.of(response, _deleteConditionRules(self._caller.client, response))

    async def list_by_project(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Conditions.list_by_project`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getProjectConditions", _get_project_conditions._get_kwargs(id))
        return RawResponse.of(response, _getProjectConditions(self._caller.client, response))

    async def get_rule(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Conditions.get_rule`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getConditionRule", _get_condition_rule._get_kwargs(id))
        return RawResponse.of(response, _getConditionRule(self._caller.client, response))

    async def get_permissions(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Conditions.get_permissions`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getConditionPermissions", _get_condition_permissions._get_kwargs(id))
        return RawResponse.of(response, _getConditionPermissions(self._caller.client, response))

    @overload
    async def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def set_permissions(
        self, id: UUID | str, /, **fields: Unpack[_setConditionPermissionsFields]
    ) -> RawResponse[JsonValue]: ...

    async def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Conditions.set_permissions`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(SetPermissionsRequest, body, fields, "set_permissions", UNSET, kinds=_KINDS)
        response = await self._caller.send_async(
            "setConditionPermissions", _set_condition_permissions._get_kwargs(id, body=body)
        )
        return RawResponse.of(response, _setConditionPermissions(self._caller.client, response))

    async def get_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, /
    ) -> RawResponse[JsonObject]:
        """``Conditions.get_member_permissions`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "getConditionMemberPermissions", _get_condition_member_permissions._get_kwargs(id, member_permission_id)
        )
        return RawResponse.of(response, _getConditionMemberPermissions(self._caller.client, response))

    @overload
    async def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, body: PermissionDto | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def set_member_permissions(
        self,
        id: UUID | str,
        member_permission_id: UUID | str,
        /,
        **fields: Unpack[_setConditionMemberPermissionsFields],
    ) -> RawResponse[JsonValue]: ...

    async def set_member_permissions(
        self,
        id: UUID | str,
        member_permission_id: UUID | str,
        body: PermissionDto | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> RawResponse[JsonValue]:
        """``Conditions.set_member_permissions`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(PermissionDto, body, fields, "set_member_permissions", UNSET)
        response = await self._caller.send_async(
            "setConditionMemberPermissions",
            _set_condition_member_permissions._get_kwargs(id, member_permission_id, body=body),
        )
        return RawResponse.of(response, _setConditionMemberPermissions(self._caller.client, response))

    async def delete_member_permission(
        self, id: UUID | str, member_permission_id: UUID | str, /
    ) -> RawResponse[JsonValue]:
        """``Conditions.delete_member_permission`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "deleteConditionMemberPermission", _delete_condition_member_permission._get_kwargs(id, member_permission_id)
        )
        return RawResponse.of(response, _deleteConditionMemberPermission(self._caller.client, response))

    async def delete_member_permissions(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Conditions.delete_member_permissions`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "deleteConditionMemberPermissions", _delete_condition_member_permissions._get_kwargs(id, body=ids)
        )
        return RawResponse.of(response, _deleteConditionMemberPermissions(self._caller.client, response))

    async def change_owner(self, id: UUID | str, owner_id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Conditions.change_owner`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "changeConditionOwner", _change_condition_owner._get_kwargs(id, owner_id)
        )
        return RawResponse.of(response, _changeConditionOwner(self._caller.client, response))
