# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``tasks`` of Qalyptus Cloud: ``Tasks`` (documented), ``AsyncTasks`` and their ``with_raw_response`` twins.

Reached as ``QalyptusClient(...).tasks``. Each method sends one operation through its low-level module under ``api/``,
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
from ..api.tasks import change_task_owner as _change_task_owner
from ..api.tasks import create_or_update_task_external_event as _create_or_update_task_external_event
from ..api.tasks import create_or_update_task_report as _create_or_update_task_report
from ..api.tasks import create_or_update_task_schedule as _create_or_update_task_schedule
from ..api.tasks import create_task as _create_task
from ..api.tasks import delete_task as _delete_task
from ..api.tasks import delete_task_external_event as _delete_task_external_event
from ..api.tasks import delete_task_external_events as _delete_task_external_events
from ..api.tasks import delete_task_member_permission as _delete_task_member_permission
from ..api.tasks import delete_task_member_permissions as _delete_task_member_permissions
from ..api.tasks import delete_task_recipients as _delete_task_recipients
from ..api.tasks import delete_task_reports as _delete_task_reports
from ..api.tasks import delete_task_schedules as _delete_task_schedules
from ..api.tasks import delete_task_triggers as _delete_task_triggers
from ..api.tasks import delete_tasks as _delete_tasks
from ..api.tasks import duplicate_task as _duplicate_task
from ..api.tasks import get_task as _get_task
from ..api.tasks import get_task_email as _get_task_email
from ..api.tasks import get_task_external_event as _get_task_external_event
from ..api.tasks import get_task_external_events as _get_task_external_events
from ..api.tasks import get_task_member_permissions as _get_task_member_permissions
from ..api.tasks import get_task_permissions as _get_task_permissions
from ..api.tasks import get_task_recipients as _get_task_recipients
from ..api.tasks import get_task_report as _get_task_report
from ..api.tasks import get_task_reports as _get_task_reports
from ..api.tasks import get_task_schedule as _get_task_schedule
from ..api.tasks import get_task_schedules as _get_task_schedules
from ..api.tasks import get_task_triggers as _get_task_triggers
from ..api.tasks import get_tasks as _get_tasks
from ..api.tasks import run_task as _run_task
from ..api.tasks import set_task_member_permissions as _set_task_member_permissions
from ..api.tasks import set_task_permissions as _set_task_permissions
from ..api.tasks import update_task as _update_task
from ..api.tasks import update_task_email as _update_task_email
from ..api.tasks import update_task_recipients as _update_task_recipients
from ..client import AuthenticatedClient, Client
from ..models import (
    ApiResponse,
    IterationReportDto,
    MemberRequestDto,
    PermissionDto,
    ProjectItemRequest,
    ReportConditionDto,
    ReportFileStorageDto,
    ReportFilterDto,
    ReportHubDto,
    ReportStorageServiceDto,
    SeparatorOptionsDto,
    SetPermissionsRequest,
    TaskExternalEventRequest,
    TaskRecipientRequest,
    TaskReportRequest,
    TaskScheduleRequest,
    UpdateTaskEmailRequest,
    UpdateTaskRequest,
)
from ..types import UNSET, Unset

__all__ = [
    "AsyncTasks",
    "AsyncTasksWithRawResponse",
    "Tasks",
    "TasksWithRawResponse",
]


# By method: the keyword fields taking a str (UUID, date) or a mapping (model) for their type (_facade.accept).
_KINDS: dict[str, dict[str, Any]] = {}


def _getTasks(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[JsonObject]:
    parsed = _get_tasks._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_list(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["create"] = {"project_id": "uuid"}
if TYPE_CHECKING:

    class _createTaskFields(TypedDict, total=False):
        """``create``'s keyword fields, those of a ``ProjectItemRequest`` (shared by its four variants)."""

        name: Required[str]
        project_id: Required[UUID | str]
        description: None | str | Unset


def _createTask(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _create_task._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteTasks(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_tasks._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _duplicateTask(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _duplicate_task._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getTask(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_task._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


if TYPE_CHECKING:

    class _updateTaskFields(TypedDict, total=False):
        """``update``'s keyword fields, those of a ``UpdateTaskRequest`` (shared by its four variants)."""

        name: Required[str]
        is_active: Required[bool]
        send_notifications: Required[bool]
        description: None | str | Unset
        notify_if_error: bool | None | Unset
        notify_if_warning: bool | None | Unset
        notify_if_success: bool | None | Unset
        notification_recipients: None | str | Unset
        notification_cc: None | str | Unset
        notification_bcc: None | str | Unset
        test_mode: bool | Unset
        test_mode_recipients: None | str | Unset


def _updateTask(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _update_task._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteTask(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_task._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getTaskPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_task_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["set_permissions"] = {"members": [MemberRequestDto], "permissions": PermissionDto}
if TYPE_CHECKING:

    class _setTaskPermissionsFields(TypedDict, total=False):
        """``set_permissions``'s keyword fields, those of a ``SetPermissionsRequest`` (shared by its four variants)."""

        members: Required[Sequence[MemberRequestDto | Mapping[str, Any]]]
        permissions: Required[PermissionDto | Mapping[str, Any]]


def _setTaskPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _set_task_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getTaskMemberPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_task_member_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


if TYPE_CHECKING:

    class _setTaskMemberPermissionsFields(TypedDict, total=False):
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


def _setTaskMemberPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _set_task_member_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteTaskMemberPermission(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_task_member_permission._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteTaskMemberPermissions(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_task_member_permissions._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _changeTaskOwner(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _change_task_owner._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getTaskEmail(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_task_email._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["update_email"] = {"cc_qlik_variable": "uuid", "bcc_qlik_variable": "uuid"}
if TYPE_CHECKING:

    class _updateTaskEmailFields(TypedDict, total=False):
        """``update_email``'s keyword fields, those of a ``UpdateTaskEmailRequest`` (shared by its four variants)."""

        from_: Required[str]
        subject: Required[str]
        is_active: Required[bool]
        cc_bcc: bool | Unset
        cc: None | str | Unset
        bcc: None | str | Unset
        cc_qlik_variable: UUID | str | None | Unset
        bcc_qlik_variable: UUID | str | None | Unset
        message: None | str | Unset
        one_to_all: bool | Unset


def _updateTaskEmail(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _update_task_email._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getTaskRecipients(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_task_recipients._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _updateTaskRecipients(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _update_task_recipients._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteTaskRecipients(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_task_recipients._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getTaskSchedules(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_task_schedules._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["add_or_update_schedule"] = {"start_date": "datetime", "end_date": "datetime"}
if TYPE_CHECKING:

    class _createOrUpdateTaskScheduleFields(TypedDict, total=False):
        """``add_or_update_schedule``'s keyword fields, those of a ``TaskScheduleRequest`` (shared by its four variants)."""

        name: Required[str]
        time_zone: Required[str]
        frequency: None | str | Unset
        execution: None | str | Unset
        priority: int | Unset
        day: int | Unset
        month: int | Unset
        at_hour: int | None | Unset
        at_minut: int | None | Unset
        every_hours: int | Unset
        from_hour: int | None | Unset
        from_minut: int | None | Unset
        to_hour: int | None | Unset
        to_minut: int | None | Unset
        weekly_days: None | str | Unset
        start_date: datetime.datetime | str | Unset
        end_date: datetime.datetime | str | Unset


def _createOrUpdateTaskSchedule(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _create_or_update_task_schedule._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteTaskSchedules(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_task_schedules._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getTaskSchedule(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_task_schedule._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


def _getTaskExternalEvents(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[JsonObject]:
    parsed = _get_task_external_events._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_list(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["add_or_update_external_event"] = {"start_date": "datetime", "end_date": "datetime"}
if TYPE_CHECKING:

    class _createOrUpdateTaskExternalEventFields(TypedDict, total=False):
        """``add_or_update_external_event``'s keyword fields, those of a ``TaskExternalEventRequest`` (shared by its four variants)."""

        name: Required[str]
        execution: Required[str]
        priority: Required[int]
        qlik_event: Required[str]
        description: None | str | Unset
        app_id: None | str | Unset
        start_date: datetime.datetime | str | Unset
        end_date: datetime.datetime | str | Unset
        time_zone: None | str | Unset


def _createOrUpdateTaskExternalEvent(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _create_or_update_task_external_event._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteTaskExternalEvents(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_task_external_events._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getTaskExternalEvent(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_task_external_event._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteTaskExternalEvent(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_task_external_event._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getTaskTriggers(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_task_triggers._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteTaskTriggers(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_task_triggers._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getTaskReports(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_task_reports._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


_KINDS["add_or_update_report"] = {
    "report_id": "uuid",
    "iteration_options": IterationReportDto,
    "filters": [ReportFilterDto],
    "conditions": [ReportConditionDto],
    "storage_services": [ReportStorageServiceDto],
    "hub": ReportHubDto,
    "file_storage": ReportFileStorageDto,
    "separator_options": SeparatorOptionsDto,
}
if TYPE_CHECKING:

    class _createOrUpdateTaskReportFields(TypedDict, total=False):
        """``add_or_update_report``'s keyword fields, those of a ``TaskReportRequest`` (shared by its four variants)."""

        report_id: Required[UUID | str]
        format: Required[str]
        email_embedment: Required[bool]
        email_attachment: Required[bool]
        file_open_password: None | str | Unset
        file_write_password: None | str | Unset
        is_open_file_password_protected: bool | Unset
        is_write_file_password_protected: bool | Unset
        iteration_options: IterationReportDto | Mapping[str, Any] | Unset
        filters: Sequence[ReportFilterDto | Mapping[str, Any]] | None | Unset
        conditions: Sequence[ReportConditionDto | Mapping[str, Any]] | None | Unset
        storage_services: Sequence[ReportStorageServiceDto | Mapping[str, Any]] | None | Unset
        hub: ReportHubDto | Mapping[str, Any] | Unset
        file_storage: ReportFileStorageDto | Mapping[str, Any] | Unset
        separator_options: SeparatorOptionsDto | Mapping[str, Any] | Unset


def _createOrUpdateTaskReport(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _create_or_update_task_report._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _deleteTaskReports(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_task_reports._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getTaskReport(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_task_report._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


def _runTask(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _run_task._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


class Tasks:
    """Tasks of Qalyptus Cloud."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> TasksWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return TasksWithRawResponse(self._caller)

    def list(self) -> builtins.list[JsonObject]:
        """Get tasks.

        Get a list of all tasks.

        ``GET /tasks`` (getTasks), a verified path.

        Returns:
            list[JsonObject]: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getTasks", _get_tasks._get_kwargs())
        return _getTasks(self._caller.client, response)

    @overload
    def create(self, body: ProjectItemRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def create(self, /, **fields: Unpack[_createTaskFields]) -> JsonValue: ...

    def create(
        self,
        body: ProjectItemRequest | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        project_id: UUID | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
    ) -> JsonValue:
        """Create task.

        Create a new task.

        ``POST /tasks`` (createTask): this path is inferred from the documentation's naming style, not
        verified. If the API answers 404 or 405, pass ``path_overrides={"createTask": "/the/right/path"}``
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
        response = self._caller.send("createTask", _create_task._get_kwargs(body=body))
        return _createTask(self._caller.client, response)

    def delete_many(self, ids: Sequence[UUID | str], /) -> JsonValue:
        """Delete tasks.

        Delete multiple tasks.

        ``DELETE /tasks`` (deleteTasks): this path is inferred from the documentation's naming style, not
        verified. Bulk delete modelled as DELETE with a JSON array body on the collection; alternatives:
        POST {collection}/delete or DELETE {collection}/bulk. If the API answers 404 or 405, pass
        ``path_overrides={"deleteTasks": "/the/right/path"}`` to the client.

        Args:
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteTasks", _delete_tasks._get_kwargs(body=ids))
        return _deleteTasks(self._caller.client, response)

    def duplicate(self, id: UUID | str, /) -> JsonValue:
        """Duplicate task.

        Duplicate an existing task.

        ``POST /tasks/{id}/duplicate`` (duplicateTask): this path is inferred from the documentation's
        naming style, not verified. If the API answers 404 or 405, pass ``path_overrides={"duplicateTask":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task to duplicate.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("duplicateTask", _duplicate_task._get_kwargs(id))
        return _duplicateTask(self._caller.client, response)

    def get(self, id: UUID | str, /) -> JsonObject:
        """Get task.

        Get details of a specific task by its ID.

        ``GET /tasks/{id}`` (getTask): this path is inferred from the documentation's naming style, not
        verified. If the API answers 404 or 405, pass ``path_overrides={"getTask": "/the/right/path"}`` to
        the client.

        Args:
            id: The ID of the task.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getTask", _get_task._get_kwargs(id))
        return _getTask(self._caller.client, response)

    @overload
    def update(self, id: UUID | str, body: UpdateTaskRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateTaskFields]) -> JsonValue: ...

    def update(
        self,
        id: UUID | str,
        body: UpdateTaskRequest | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        send_notifications: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        notify_if_error: bool | None | Unset = UNSET,
        notify_if_warning: bool | None | Unset = UNSET,
        notify_if_success: bool | None | Unset = UNSET,
        notification_recipients: None | str | Unset = UNSET,
        notification_cc: None | str | Unset = UNSET,
        notification_bcc: None | str | Unset = UNSET,
        test_mode: bool | Unset = UNSET,
        test_mode_recipients: None | str | Unset = UNSET,
    ) -> JsonValue:
        """Update task.

        Update an existing task.

        ``PUT /tasks/{id}`` (updateTask): this path is inferred from the documentation's naming style, not
        verified. If the API answers 404 or 405, pass ``path_overrides={"updateTask": "/the/right/path"}``
        to the client.

        Args:
            id: The ID of the task to update.
            body: a ``UpdateTaskRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            name: (required) str
            is_active: (required) bool
            send_notifications: (required) bool
            description: None | str | Unset
            notify_if_error: bool | None | Unset
            notify_if_warning: bool | None | Unset
            notify_if_success: bool | None | Unset
            notification_recipients: None | str | Unset
            notification_cc: None | str | Unset
            notification_bcc: None | str | Unset
            test_mode: bool | Unset
            test_mode_recipients: None | str | Unset

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(UpdateTaskRequest, body, locals(), ("self", "body", "id"), "update", UNSET)
        response = self._caller.send("updateTask", _update_task._get_kwargs(id, body=body))
        return _updateTask(self._caller.client, response)

    def delete(self, id: UUID | str, /) -> JsonValue:
        """Delete task.

        Delete a task by its ID.

        ``DELETE /tasks/{id}`` (deleteTask): this path is inferred from the documentation's naming style,
        not verified. If the API answers 404 or 405, pass ``path_overrides={"deleteTask":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task to delete.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteTask", _delete_task._get_kwargs(id))
        return _deleteTask(self._caller.client, response)

    def get_permissions(self, id: UUID | str, /) -> JsonValue:
        """Get permissions.

        Get permissions associated with a specific task.

        ``GET /tasks/{id}/permissions`` (getTaskPermissions): this path is inferred from the documentation's
        naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"getTaskPermissions": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getTaskPermissions", _get_task_permissions._get_kwargs(id))
        return _getTaskPermissions(self._caller.client, response)

    @overload
    def set_permissions(self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def set_permissions(self, id: UUID | str, /, **fields: Unpack[_setTaskPermissionsFields]) -> JsonValue: ...

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

        Set permission for a task.

        ``PUT /tasks/{id}/permissions`` (setTaskPermissions): this path is inferred from the documentation's
        naming style, not verified. PUT vs POST not documented (both plausible for setting permissions). If
        the API answers 404 or 405, pass ``path_overrides={"setTaskPermissions": "/the/right/path"}`` to the
        client.

        Args:
            id: The ID of the task.
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
        response = self._caller.send("setTaskPermissions", _set_task_permissions._get_kwargs(id, body=body))
        return _setTaskPermissions(self._caller.client, response)

    def get_member_permissions(self, id: UUID | str, member_permission_id: UUID | str, /) -> JsonObject:
        """Get member permissions.

        Get permissions associated with a specific member of a task.

        ``GET /tasks/{id}/member-permissions/{memberPermissionId}`` (getTaskMemberPermissions): this path is
        inferred from the documentation's naming style, not verified. Segment 'member-permissions' guessed;
        alternative: {resource}/{id}/permissions/{memberPermissionId}. If the API answers 404 or 405, pass
        ``path_overrides={"getTaskMemberPermissions": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task.
            member_permission_id: The ID of the member permissions.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "getTaskMemberPermissions", _get_task_member_permissions._get_kwargs(id, member_permission_id)
        )
        return _getTaskMemberPermissions(self._caller.client, response)

    @overload
    def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, body: PermissionDto | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, /, **fields: Unpack[_setTaskMemberPermissionsFields]
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

        Set permissions for a member of a task.

        ``PUT /tasks/{id}/member-permissions/{memberPermissionId}`` (setTaskMemberPermissions): this path is
        inferred from the documentation's naming style, not verified. Segment 'member-permissions' guessed;
        alternative: {resource}/{id}/permissions/{memberPermissionId}. If the API answers 404 or 405, pass
        ``path_overrides={"setTaskMemberPermissions": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task.
            member_permission_id: The ID of the member's permissions.
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
            "setTaskMemberPermissions", _set_task_member_permissions._get_kwargs(id, member_permission_id, body=body)
        )
        return _setTaskMemberPermissions(self._caller.client, response)

    def delete_member_permission(self, id: UUID | str, member_permission_id: UUID | str, /) -> JsonValue:
        """Delete member permissions.

        Delete permissions for a member.

        ``DELETE /tasks/{id}/member-permissions/{memberPermissionId}`` (deleteTaskMemberPermission): this
        path is inferred from the documentation's naming style, not verified. Segment 'member-permissions'
        guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}. If the API answers 404 or
        405, pass ``path_overrides={"deleteTaskMemberPermission": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task.
            member_permission_id: The ID of the member's permissions to delete.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "deleteTaskMemberPermission", _delete_task_member_permission._get_kwargs(id, member_permission_id)
        )
        return _deleteTaskMemberPermission(self._caller.client, response)

    def delete_member_permissions(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """Delete members permissions.

        Delete members permissions.

        ``DELETE /tasks/{id}/member-permissions`` (deleteTaskMemberPermissions): this path is inferred from
        the documentation's naming style, not verified. Segment 'member-permissions' guessed; bulk delete
        with JSON array body; alternatives: DELETE {resource}/{id}/permissions or POST
        .../member-permissions/delete. If the API answers 404 or 405, pass
        ``path_overrides={"deleteTaskMemberPermissions": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task.
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "deleteTaskMemberPermissions", _delete_task_member_permissions._get_kwargs(id, body=ids)
        )
        return _deleteTaskMemberPermissions(self._caller.client, response)

    def change_owner(self, id: UUID | str, owner_id: UUID | str, /) -> JsonValue:
        """Change owner.

        Change the owner of a task.

        ``PUT /tasks/{id}/owner/{ownerId}`` (changeTaskOwner): this path is inferred from the
        documentation's naming style, not verified. ownerId is a documented path parameter; segment 'owner'
        guessed (alternative 'change-owner'); PUT vs POST not documented. If the API answers 404 or 405,
        pass ``path_overrides={"changeTaskOwner": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task.
            owner_id: The ID of the new owner.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("changeTaskOwner", _change_task_owner._get_kwargs(id, owner_id))
        return _changeTaskOwner(self._caller.client, response)

    def get_email(self, id: UUID | str, /) -> JsonValue:
        """Get task email.

        Get the email details associated with a task.

        ``GET /tasks/{id}/email`` (getTaskEmail): this path is inferred from the documentation's naming
        style, not verified. If the API answers 404 or 405, pass ``path_overrides={"getTaskEmail":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getTaskEmail", _get_task_email._get_kwargs(id))
        return _getTaskEmail(self._caller.client, response)

    @overload
    def update_email(self, id: UUID | str, body: UpdateTaskEmailRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    def update_email(self, id: UUID | str, /, **fields: Unpack[_updateTaskEmailFields]) -> JsonValue: ...

    def update_email(
        self,
        id: UUID | str,
        body: UpdateTaskEmailRequest | Mapping[str, Any] | None = None,
        /,
        *,
        from_: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        cc_bcc: bool | Unset = UNSET,
        cc: None | str | Unset = UNSET,
        bcc: None | str | Unset = UNSET,
        cc_qlik_variable: UUID | str | None | Unset = UNSET,
        bcc_qlik_variable: UUID | str | None | Unset = UNSET,
        message: None | str | Unset = UNSET,
        one_to_all: bool | Unset = UNSET,
    ) -> JsonValue:
        """Update task email.

        Update the email details associated with a task.

        ``PUT /tasks/{id}/email`` (updateTaskEmail): this path is inferred from the documentation's naming
        style, not verified. If the API answers 404 or 405, pass ``path_overrides={"updateTaskEmail":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task.
            body: a ``UpdateTaskEmailRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            from_: (required) str
            subject: (required) str
            is_active: (required) bool
            cc_bcc: bool | Unset
            cc: None | str | Unset
            bcc: None | str | Unset
            cc_qlik_variable: UUID | str | None | Unset
            bcc_qlik_variable: UUID | str | None | Unset
            message: None | str | Unset
            one_to_all: bool | Unset

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            UpdateTaskEmailRequest, body, locals(), ("self", "body", "id"), "update_email", UNSET, kinds=_KINDS
        )
        response = self._caller.send("updateTaskEmail", _update_task_email._get_kwargs(id, body=body))
        return _updateTaskEmail(self._caller.client, response)

    def get_recipients(self, id: UUID | str, /) -> JsonValue:
        """Get task recipients.

        Get the recipients associated with a task.

        ``GET /tasks/{id}/recipients`` (getTaskRecipients), a verified path.

        Args:
            id: The ID of the task.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getTaskRecipients", _get_task_recipients._get_kwargs(id))
        return _getTaskRecipients(self._caller.client, response)

    def update_recipients(
        self, id: UUID | str, requests: Sequence[TaskRecipientRequest | Mapping[str, Any]], /
    ) -> JsonValue:
        """Update task recipients.

        Update the recipients associated with a task.

        ``PUT /tasks/{id}/recipients`` (updateTaskRecipients): this path is inferred from the
        documentation's naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"updateTaskRecipients": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task.
            requests: the request body

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "updateTaskRecipients",
            _update_task_recipients._get_kwargs(id, body=_facade.accept(requests, [TaskRecipientRequest], "requests")),
        )
        return _updateTaskRecipients(self._caller.client, response)

    def delete_recipients(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """Delete task recipients.

        Delete the specified recipients from the task.

        ``DELETE /tasks/{id}/recipients`` (deleteTaskRecipients): this path is inferred from the
        documentation's naming style, not verified. Bulk delete modelled as DELETE with a JSON array body on
        the sub-collection; alternative: POST {sub-collection}/delete. If the API answers 404 or 405, pass
        ``path_overrides={"deleteTaskRecipients": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task.
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteTaskRecipients", _delete_task_recipients._get_kwargs(id, body=ids))
        return _deleteTaskRecipients(self._caller.client, response)

    def get_schedules(self, id: UUID | str, /) -> JsonValue:
        """Get task schedules.

        Get the schedules associated with the specified task.

        ``GET /tasks/{id}/schedules`` (getTaskSchedules): this path is inferred from the documentation's
        naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"getTaskSchedules": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getTaskSchedules", _get_task_schedules._get_kwargs(id))
        return _getTaskSchedules(self._caller.client, response)

    @overload
    def add_or_update_schedule(
        self,
        id: UUID | str,
        body: TaskScheduleRequest | Mapping[str, Any],
        /,
        *,
        task_schedule_id: UUID | str | Unset = UNSET,
    ) -> JsonValue: ...

    @overload
    def add_or_update_schedule(
        self,
        id: UUID | str,
        /,
        *,
        task_schedule_id: UUID | str | Unset = UNSET,
        **fields: Unpack[_createOrUpdateTaskScheduleFields],
    ) -> JsonValue: ...

    def add_or_update_schedule(
        self,
        id: UUID | str,
        body: TaskScheduleRequest | Mapping[str, Any] | None = None,
        /,
        *,
        task_schedule_id: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        frequency: None | str | Unset = UNSET,
        execution: None | str | Unset = UNSET,
        priority: int | Unset = UNSET,
        day: int | Unset = UNSET,
        month: int | Unset = UNSET,
        at_hour: int | None | Unset = UNSET,
        at_minut: int | None | Unset = UNSET,
        every_hours: int | Unset = UNSET,
        from_hour: int | None | Unset = UNSET,
        from_minut: int | None | Unset = UNSET,
        to_hour: int | None | Unset = UNSET,
        to_minut: int | None | Unset = UNSET,
        weekly_days: None | str | Unset = UNSET,
        start_date: datetime.datetime | str | Unset = UNSET,
        end_date: datetime.datetime | str | Unset = UNSET,
    ) -> JsonValue:
        """Add or update a schedule.

        Add or update a schedule for the specified task.

        ``POST /tasks/{id}/schedules`` (createOrUpdateTaskSchedule): this path is inferred from the
        documentation's naming style, not verified. Upsert keyed by an optional taskScheduleID query
        parameter; PUT on the same path equally plausible. If the API answers 404 or 405, pass
        ``path_overrides={"createOrUpdateTaskSchedule": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task.
            body: a ``TaskScheduleRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            name: (required) str
            time_zone: (required) str
            frequency: None | str | Unset
            execution: None | str | Unset
            priority: int | Unset
            day: int | Unset
            month: int | Unset
            at_hour: int | None | Unset
            at_minut: int | None | Unset
            every_hours: int | Unset
            from_hour: int | None | Unset
            from_minut: int | None | Unset
            to_hour: int | None | Unset
            to_minut: int | None | Unset
            weekly_days: None | str | Unset
            start_date: datetime.datetime | str | Unset
            end_date: datetime.datetime | str | Unset
            task_schedule_id: The ID of the task schedule, if updating an existing schedule.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            TaskScheduleRequest,
            body,
            locals(),
            ("self", "body", "id", "task_schedule_id"),
            "add_or_update_schedule",
            UNSET,
            kinds=_KINDS,
        )
        response = self._caller.send(
            "createOrUpdateTaskSchedule",
            _create_or_update_task_schedule._get_kwargs(id, body=body, task_schedule_id=task_schedule_id),
        )
        return _createOrUpdateTaskSchedule(self._caller.client, response)

    def delete_schedules(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """Delete task schedules.

        Delete multiple task schedules based on their unique identifiers.

        ``DELETE /tasks/{id}/schedules`` (deleteTaskSchedules): this path is inferred from the
        documentation's naming style, not verified. Bulk delete modelled as DELETE with a JSON array body on
        the sub-collection; alternative: POST {sub-collection}/delete. If the API answers 404 or 405, pass
        ``path_overrides={"deleteTaskSchedules": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task whose schedules are to be deleted.
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteTaskSchedules", _delete_task_schedules._get_kwargs(id, body=ids))
        return _deleteTaskSchedules(self._caller.client, response)

    def get_schedule(self, id: UUID | str, task_schedule_id: UUID | str, /) -> JsonObject:
        """Get task schedule.

        Get the schedule details for the specified task schedule ID.

        ``GET /tasks/{id}/schedules/{taskScheduleID}`` (getTaskSchedule): this path is inferred from the
        documentation's naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"getTaskSchedule": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task.
            task_schedule_id: The ID of the task schedule.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getTaskSchedule", _get_task_schedule._get_kwargs(id, task_schedule_id))
        return _getTaskSchedule(self._caller.client, response)

    def list_external_events(self, id: UUID | str, /) -> builtins.list[JsonObject]:
        """Get task external event.

        Get a list of external events associated with a specific task identified by its ID.

        ``GET /tasks/{id}/external-events`` (getTaskExternalEvents): this path is inferred from the
        documentation's naming style, not verified. Title is singular but the docs describe a list of the
        task's external events. If the API answers 404 or 405, pass
        ``path_overrides={"getTaskExternalEvents": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task.

        Returns:
            list[JsonObject]: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getTaskExternalEvents", _get_task_external_events._get_kwargs(id))
        return _getTaskExternalEvents(self._caller.client, response)

    @overload
    def add_or_update_external_event(
        self,
        id: UUID | str,
        body: TaskExternalEventRequest | Mapping[str, Any],
        /,
        *,
        task_external_event_id: UUID | str | Unset = UNSET,
    ) -> JsonValue: ...

    @overload
    def add_or_update_external_event(
        self,
        id: UUID | str,
        /,
        *,
        task_external_event_id: UUID | str | Unset = UNSET,
        **fields: Unpack[_createOrUpdateTaskExternalEventFields],
    ) -> JsonValue: ...

    def add_or_update_external_event(
        self,
        id: UUID | str,
        body: TaskExternalEventRequest | Mapping[str, Any] | None = None,
        /,
        *,
        task_external_event_id: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        execution: str | Unset = UNSET,
        priority: int | Unset = UNSET,
        qlik_event: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        app_id: None | str | Unset = UNSET,
        start_date: datetime.datetime | str | Unset = UNSET,
        end_date: datetime.datetime | str | Unset = UNSET,
        time_zone: None | str | Unset = UNSET,
    ) -> JsonValue:
        """Add or update external event.

        Add or update an external event associated with a task. If a taskExternalEventID is provided, it
        updates the existing external event; otherwise, it adds a new external event.

        ``POST /tasks/{id}/external-events`` (createOrUpdateTaskExternalEvent): this path is inferred from
        the documentation's naming style, not verified. Upsert keyed by an optional taskExternalEventID
        query parameter; PUT on the same path equally plausible. If the API answers 404 or 405, pass
        ``path_overrides={"createOrUpdateTaskExternalEvent": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task.
            body: a ``TaskExternalEventRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            name: (required) str
            execution: (required) str
            priority: (required) int
            qlik_event: (required) str
            description: None | str | Unset
            app_id: None | str | Unset
            start_date: datetime.datetime | str | Unset
            end_date: datetime.datetime | str | Unset
            time_zone: None | str | Unset
            task_external_event_id: The ID of the external event (optional).

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            TaskExternalEventRequest,
            body,
            locals(),
            ("self", "body", "id", "task_external_event_id"),
            "add_or_update_external_event",
            UNSET,
            kinds=_KINDS,
        )
        response = self._caller.send(
            "createOrUpdateTaskExternalEvent",
            _create_or_update_task_external_event._get_kwargs(
                id, body=body, task_external_event_id=task_external_event_id
            ),
        )
        return _createOrUpdateTaskExternalEvent(self._caller.client, response)

    def delete_external_events(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """Delete external events.

        Delete multiple external events associated with a specific task identified by its ID.

        ``DELETE /tasks/{id}/external-events`` (deleteTaskExternalEvents): this path is inferred from the
        documentation's naming style, not verified. Bulk delete modelled as DELETE with a JSON array body on
        the sub-collection; alternative: POST {sub-collection}/delete. If the API answers 404 or 405, pass
        ``path_overrides={"deleteTaskExternalEvents": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task.
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteTaskExternalEvents", _delete_task_external_events._get_kwargs(id, body=ids))
        return _deleteTaskExternalEvents(self._caller.client, response)

    def get_external_event(self, id: UUID | str, task_external_event_id: UUID | str, /) -> JsonObject:
        """Get external event.

        Get a specific external event associated with a task identified by its ID and the external event ID.

        ``GET /tasks/{id}/external-events/{taskExternalEventID}`` (getTaskExternalEvent): this path is
        inferred from the documentation's naming style, not verified. If the API answers 404 or 405, pass
        ``path_overrides={"getTaskExternalEvent": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task.
            task_external_event_id: The ID of the external event.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "getTaskExternalEvent", _get_task_external_event._get_kwargs(id, task_external_event_id)
        )
        return _getTaskExternalEvent(self._caller.client, response)

    def delete_external_event(self, id: UUID | str, task_external_event_id: UUID | str, /) -> JsonValue:
        """Delete external event.

        Delete a specific external event associated with a task identified by its ID and the ID of the
        external event.

        ``DELETE /tasks/{id}/external-events/{taskExternalEventID}`` (deleteTaskExternalEvent): this path is
        inferred from the documentation's naming style, not verified. The docs name this path parameter
        'externalEventId'; it shares the path of 'Get external event', whose parameter is
        'taskExternalEventID', and one templated path can carry only one name. If the API answers 404 or
        405, pass ``path_overrides={"deleteTaskExternalEvent": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task.
            task_external_event_id: The ID of the external event to delete.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "deleteTaskExternalEvent", _delete_task_external_event._get_kwargs(id, task_external_event_id)
        )
        return _deleteTaskExternalEvent(self._caller.client, response)

    def get_triggers(self, id: UUID | str, /) -> JsonValue:
        """Get triggers.

        Get triggers associated with a specific task identified by its ID.

        ``GET /tasks/{id}/triggers`` (getTaskTriggers), a verified path.

        Args:
            id: The ID of the task.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getTaskTriggers", _get_task_triggers._get_kwargs(id))
        return _getTaskTriggers(self._caller.client, response)

    def delete_triggers(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """Delete triggers.

        Delete multiple triggers associated with a task.

        ``DELETE /tasks/{id}/triggers`` (deleteTaskTriggers): this path is inferred from the documentation's
        naming style, not verified. Bulk delete modelled as DELETE with a JSON array body on the
        sub-collection; alternative: POST {sub-collection}/delete. If the API answers 404 or 405, pass
        ``path_overrides={"deleteTaskTriggers": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task.
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteTaskTriggers", _delete_task_triggers._get_kwargs(id, body=ids))
        return _deleteTaskTriggers(self._caller.client, response)

    def get_reports(self, id: UUID | str, /) -> JsonValue:
        """Get task reports.

        Get reports associated with a specific task.

        ``GET /tasks/{id}/reports`` (getTaskReports), a verified path.

        Args:
            id: The ID of the task.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getTaskReports", _get_task_reports._get_kwargs(id))
        return _getTaskReports(self._caller.client, response)

    @overload
    def add_or_update_report(
        self,
        id: UUID | str,
        body: TaskReportRequest | Mapping[str, Any],
        /,
        *,
        task_report_id: UUID | str | Unset = UNSET,
    ) -> JsonValue: ...

    @overload
    def add_or_update_report(
        self,
        id: UUID | str,
        /,
        *,
        task_report_id: UUID | str | Unset = UNSET,
        **fields: Unpack[_createOrUpdateTaskReportFields],
    ) -> JsonValue: ...

    def add_or_update_report(
        self,
        id: UUID | str,
        body: TaskReportRequest | Mapping[str, Any] | None = None,
        /,
        *,
        task_report_id: UUID | str | Unset = UNSET,
        report_id: UUID | str | Unset = UNSET,
        format: str | Unset = UNSET,
        email_embedment: bool | Unset = UNSET,
        email_attachment: bool | Unset = UNSET,
        file_open_password: None | str | Unset = UNSET,
        file_write_password: None | str | Unset = UNSET,
        is_open_file_password_protected: bool | Unset = UNSET,
        is_write_file_password_protected: bool | Unset = UNSET,
        iteration_options: IterationReportDto | Mapping[str, Any] | Unset = UNSET,
        filters: Sequence[ReportFilterDto | Mapping[str, Any]] | None | Unset = UNSET,
        conditions: Sequence[ReportConditionDto | Mapping[str, Any]] | None | Unset = UNSET,
        storage_services: Sequence[ReportStorageServiceDto | Mapping[str, Any]] | None | Unset = UNSET,
        hub: ReportHubDto | Mapping[str, Any] | Unset = UNSET,
        file_storage: ReportFileStorageDto | Mapping[str, Any] | Unset = UNSET,
        separator_options: SeparatorOptionsDto | Mapping[str, Any] | Unset = UNSET,
    ) -> JsonValue:
        """Add or update report.

        Add or update a report associated with a task.

        ``POST /tasks/{id}/reports`` (createOrUpdateTaskReport): this path is inferred from the
        documentation's naming style, not verified. Upsert keyed by an optional taskReportID query
        parameter; PUT on the same path equally plausible. If the API answers 404 or 405, pass
        ``path_overrides={"createOrUpdateTaskReport": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task.
            body: a ``TaskReportRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            report_id: (required) UUID | str
            format: (required) str
            email_embedment: (required) bool
            email_attachment: (required) bool
            file_open_password: None | str | Unset
            file_write_password: None | str | Unset
            is_open_file_password_protected: bool | Unset
            is_write_file_password_protected: bool | Unset
            iteration_options: Iteration options of a task report. The documentation names this type but does not detail
                its properties.
            filters: Sequence[ReportFilterDto | Mapping[str, Any]] | None | Unset
            conditions: Sequence[ReportConditionDto | Mapping[str, Any]] | None | Unset
            storage_services: Sequence[ReportStorageServiceDto | Mapping[str, Any]] | None | Unset
            hub: Hub publication settings of a task report. The documentation names this type but does not
                detail its properties.
            file_storage: File storage settings of a task report. The documentation names this type but does not
                detail its properties.
            separator_options: Separator options of a task report. The documentation names this type but does not detail
                its properties.
            task_report_id: The ID of the task report.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            TaskReportRequest,
            body,
            locals(),
            ("self", "body", "id", "task_report_id"),
            "add_or_update_report",
            UNSET,
            {"format": "format_"},
            kinds=_KINDS,
        )
        response = self._caller.send(
            "createOrUpdateTaskReport",
            _create_or_update_task_report._get_kwargs(id, body=body, task_report_id=task_report_id),
        )
        return _createOrUpdateTaskReport(self._caller.client, response)

    def delete_reports(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """Delete task reports.

        Delete task reports associated with a task.

        ``DELETE /tasks/{id}/reports`` (deleteTaskReports): this path is inferred from the documentation's
        naming style, not verified. Bulk delete modelled as DELETE with a JSON array body on the
        sub-collection; alternative: POST {sub-collection}/delete. If the API answers 404 or 405, pass
        ``path_overrides={"deleteTaskReports": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task.
            ids: A list of unique identifiers.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteTaskReports", _delete_task_reports._get_kwargs(id, body=ids))
        return _deleteTaskReports(self._caller.client, response)

    def get_report(self, id: UUID | str, task_report_id: UUID | str, /) -> JsonObject:
        """Get task report.

        Get a specific task report.

        ``GET /tasks/{id}/reports/{taskReportId}`` (getTaskReport), a verified path. The docs name this path
        parameter 'taskReportID'; the verified path spells it 'taskReportId'.

        Args:
            id: The ID of the task.
            task_report_id: The ID of the task report.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getTaskReport", _get_task_report._get_kwargs(id, task_report_id))
        return _getTaskReport(self._caller.client, response)

    def run(self, id: UUID | str, /) -> JsonValue:
        """Run.

        Run a task

        ``POST /tasks/{id}/run`` (runTask): this path is inferred from the documentation's naming style, not
        verified. If the API answers 404 or 405, pass ``path_overrides={"runTask": "/the/right/path"}`` to
        the client.

        Args:
            id: The ID of the task to run.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("runTask", _run_task._get_kwargs(id))
        return _runTask(self._caller.client, response)


class TasksWithRawResponse:
    """``tasks`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def list(self) -> RawResponse[builtins.list[JsonObject]]:
        """``Tasks.list`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getTasks", _get_tasks._get_kwargs())
        return RawResponse.of(response, _getTasks(self._caller.client, response))

    @overload
    def create(self, body: ProjectItemRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def create(self, /, **fields: Unpack[_createTaskFields]) -> RawResponse[JsonValue]: ...

    def create(
        self, body: ProjectItemRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Tasks.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(ProjectItemRequest, body, fields, "create", UNSET, kinds=_KINDS)
        response = self._caller.send("createTask", _create_task._get_kwargs(body=body))
        return RawResponse.of(response, _createTask(self._caller.client, response))

    def delete_many(self, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Tasks.delete_many`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteTasks", _delete_tasks._get_kwargs(body=ids))
        return RawResponse.of(response, _deleteTasks(self._caller.client, response))

    def duplicate(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Tasks.duplicate`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("duplicateTask", _duplicate_task._get_kwargs(id))
        return RawResponse.of(response, _duplicateTask(self._caller.client, response))

    def get(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Tasks.get`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getTask", _get_task._get_kwargs(id))
        return RawResponse.of(response, _getTask(self._caller.client, response))

    @overload
    def update(self, id: UUID | str, body: UpdateTaskRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateTaskFields]) -> RawResponse[JsonValue]: ...

    def update(
        self, id: UUID | str, body: UpdateTaskRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Tasks.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(UpdateTaskRequest, body, fields, "update", UNSET)
        response = self._caller.send("updateTask", _update_task._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateTask(self._caller.client, response))

    def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Tasks.delete`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteTask", _delete_task._get_kwargs(id))
        return RawResponse.of(response, _deleteTask(self._caller.client, response))

    def get_permissions(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Tasks.get_permissions`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getTaskPermissions", _get_task_permissions._get_kwargs(id))
        return RawResponse.of(response, _getTaskPermissions(self._caller.client, response))

    @overload
    def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    def set_permissions(
        self, id: UUID | str, /, **fields: Unpack[_setTaskPermissionsFields]
    ) -> RawResponse[JsonValue]: ...

    def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Tasks.set_permissions`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(SetPermissionsRequest, body, fields, "set_permissions", UNSET, kinds=_KINDS)
        response = self._caller.send("setTaskPermissions", _set_task_permissions._get_kwargs(id, body=body))
        return RawResponse.of(response, _setTaskPermissions(self._caller.client, response))

    def get_member_permissions(self, id: UUID | str, member_permission_id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Tasks.get_member_permissions`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "getTaskMemberPermissions", _get_task_member_permissions._get_kwargs(id, member_permission_id)
        )
        return RawResponse.of(response, _getTaskMemberPermissions(self._caller.client, response))

    @overload
    def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, body: PermissionDto | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, /, **fields: Unpack[_setTaskMemberPermissionsFields]
    ) -> RawResponse[JsonValue]: ...

    def set_member_permissions(
        self,
        id: UUID | str,
        member_permission_id: UUID | str,
        body: PermissionDto | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> RawResponse[JsonValue]:
        """``Tasks.set_member_permissions`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(PermissionDto, body, fields, "set_member_permissions", UNSET)
        response = self._caller.send(
            "setTaskMemberPermissions", _set_task_member_permissions._get_kwargs(id, member_permission_id, body=body)
        )
        return RawResponse.of(response, _setTaskMemberPermissions(self._caller.client, response))

    def delete_member_permission(self, id: UUID | str, member_permission_id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Tasks.delete_member_permission`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "deleteTaskMemberPermission", _delete_task_member_permission._get_kwargs(id, member_permission_id)
        )
        return RawResponse.of(response, _deleteTaskMemberPermission(self._caller.client, response))

    def delete_member_permissions(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Tasks.delete_member_permissions`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "deleteTaskMemberPermissions", _delete_task_member_permissions._get_kwargs(id, body=ids)
        )
        return RawResponse.of(response, _deleteTaskMemberPermissions(self._caller.client, response))

    def change_owner(self, id: UUID | str, owner_id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Tasks.change_owner`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("changeTaskOwner", _change_task_owner._get_kwargs(id, owner_id))
        return RawResponse.of(response, _changeTaskOwner(self._caller.client, response))

    def get_email(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Tasks.get_email`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getTaskEmail", _get_task_email._get_kwargs(id))
        return RawResponse.of(response, _getTaskEmail(self._caller.client, response))

    @overload
    def update_email(
        self, id: UUID | str, body: UpdateTaskEmailRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    def update_email(self, id: UUID | str, /, **fields: Unpack[_updateTaskEmailFields]) -> RawResponse[JsonValue]: ...

    def update_email(
        self, id: UUID | str, body: UpdateTaskEmailRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Tasks.update_email`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(UpdateTaskEmailRequest, body, fields, "update_email", UNSET, kinds=_KINDS)
        response = self._caller.send("updateTaskEmail", _update_task_email._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateTaskEmail(self._caller.client, response))

    def get_recipients(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Tasks.get_recipients`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getTaskRecipients", _get_task_recipients._get_kwargs(id))
        return RawResponse.of(response, _getTaskRecipients(self._caller.client, response))

    def update_recipients(
        self, id: UUID | str, requests: Sequence[TaskRecipientRequest | Mapping[str, Any]], /
    ) -> RawResponse[JsonValue]:
        """``Tasks.update_recipients`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "updateTaskRecipients",
            _update_task_recipients._get_kwargs(id, body=_facade.accept(requests, [TaskRecipientRequest], "requests")),
        )
        return RawResponse.of(response, _updateTaskRecipients(self._caller.client, response))

    def delete_recipients(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Tasks.delete_recipients`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteTaskRecipients", _delete_task_recipients._get_kwargs(id, body=ids))
        return RawResponse.of(response, _deleteTaskRecipients(self._caller.client, response))

    def get_schedules(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Tasks.get_schedules`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getTaskSchedules", _get_task_schedules._get_kwargs(id))
        return RawResponse.of(response, _getTaskSchedules(self._caller.client, response))

    @overload
    def add_or_update_schedule(
        self,
        id: UUID | str,
        body: TaskScheduleRequest | Mapping[str, Any],
        /,
        *,
        task_schedule_id: UUID | str | Unset = UNSET,
    ) -> RawResponse[JsonValue]: ...

    @overload
    def add_or_update_schedule(
        self,
        id: UUID | str,
        /,
        *,
        task_schedule_id: UUID | str | Unset = UNSET,
        **fields: Unpack[_createOrUpdateTaskScheduleFields],
    ) -> RawResponse[JsonValue]: ...

    def add_or_update_schedule(
        self,
        id: UUID | str,
        body: TaskScheduleRequest | Mapping[str, Any] | None = None,
        /,
        *,
        task_schedule_id: UUID | str | Unset = UNSET,
        **fields: Any,
    ) -> RawResponse[JsonValue]:
        """``Tasks.add_or_update_schedule`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            TaskScheduleRequest, body, fields, "add_or_update_schedule", UNSET, kinds=_KINDS
        )
        response = self._caller.send(
            "createOrUpdateTaskSchedule",
            _create_or_update_task_schedule._get_kwargs(id, body=body, task_schedule_id=task_schedule_id),
        )
        return RawResponse.of(response, _createOrUpdateTaskSchedule(self._caller.client, response))

    def delete_schedules(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Tasks.delete_schedules`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteTaskSchedules", _delete_task_schedules._get_kwargs(id, body=ids))
        return RawResponse.of(response, _deleteTaskSchedules(self._caller.client, response))

    def get_schedule(self, id: UUID | str, task_schedule_id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Tasks.get_schedule`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getTaskSchedule", _get_task_schedule._get_kwargs(id, task_schedule_id))
        return RawResponse.of(response, _getTaskSchedule(self._caller.client, response))

    def list_external_events(self, id: UUID | str, /) -> RawResponse[builtins.list[JsonObject]]:
        """``Tasks.list_external_events`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getTaskExternalEvents", _get_task_external_events._get_kwargs(id))
        return RawResponse.of(response, _getTaskExternalEvents(self._caller.client, response))

    @overload
    def add_or_update_external_event(
        self,
        id: UUID | str,
        body: TaskExternalEventRequest | Mapping[str, Any],
        /,
        *,
        task_external_event_id: UUID | str | Unset = UNSET,
    ) -> RawResponse[JsonValue]: ...

    @overload
    def add_or_update_external_event(
        self,
        id: UUID | str,
        /,
        *,
        task_external_event_id: UUID | str | Unset = UNSET,
        **fields: Unpack[_createOrUpdateTaskExternalEventFields],
    ) -> RawResponse[JsonValue]: ...

    def add_or_update_external_event(
        self,
        id: UUID | str,
        body: TaskExternalEventRequest | Mapping[str, Any] | None = None,
        /,
        *,
        task_external_event_id: UUID | str | Unset = UNSET,
        **fields: Any,
    ) -> RawResponse[JsonValue]:
        """``Tasks.add_or_update_external_event`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            TaskExternalEventRequest, body, fields, "add_or_update_external_event", UNSET, kinds=_KINDS
        )
        response = self._caller.send(
            "createOrUpdateTaskExternalEvent",
            _create_or_update_task_external_event._get_kwargs(
                id, body=body, task_external_event_id=task_external_event_id
            ),
        )
        return RawResponse.of(response, _createOrUpdateTaskExternalEvent(self._caller.client, response))

    def delete_external_events(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Tasks.delete_external_events`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteTaskExternalEvents", _delete_task_external_events._get_kwargs(id, body=ids))
        return RawResponse.of(response, _deleteTaskExternalEvents(self._caller.client, response))

    def get_external_event(self, id: UUID | str, task_external_event_id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Tasks.get_external_event`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "getTaskExternalEvent", _get_task_external_event._get_kwargs(id, task_external_event_id)
        )
        return RawResponse.of(response, _getTaskExternalEvent(self._caller.client, response))

    def delete_external_event(self, id: UUID | str, task_external_event_id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Tasks.delete_external_event`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "deleteTaskExternalEvent", _delete_task_external_event._get_kwargs(id, task_external_event_id)
        )
        return RawResponse.of(response, _deleteTaskExternalEvent(self._caller.client, response))

    def get_triggers(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Tasks.get_triggers`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getTaskTriggers", _get_task_triggers._get_kwargs(id))
        return RawResponse.of(response, _getTaskTriggers(self._caller.client, response))

    def delete_triggers(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Tasks.delete_triggers`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteTaskTriggers", _delete_task_triggers._get_kwargs(id, body=ids))
        return RawResponse.of(response, _deleteTaskTriggers(self._caller.client, response))

    def get_reports(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Tasks.get_reports`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getTaskReports", _get_task_reports._get_kwargs(id))
        return RawResponse.of(response, _getTaskReports(self._caller.client, response))

    @overload
    def add_or_update_report(
        self,
        id: UUID | str,
        body: TaskReportRequest | Mapping[str, Any],
        /,
        *,
        task_report_id: UUID | str | Unset = UNSET,
    ) -> RawResponse[JsonValue]: ...

    @overload
    def add_or_update_report(
        self,
        id: UUID | str,
        /,
        *,
        task_report_id: UUID | str | Unset = UNSET,
        **fields: Unpack[_createOrUpdateTaskReportFields],
    ) -> RawResponse[JsonValue]: ...

    def add_or_update_report(
        self,
        id: UUID | str,
        body: TaskReportRequest | Mapping[str, Any] | None = None,
        /,
        *,
        task_report_id: UUID | str | Unset = UNSET,
        **fields: Any,
    ) -> RawResponse[JsonValue]:
        """``Tasks.add_or_update_report`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            TaskReportRequest, body, fields, "add_or_update_report", UNSET, {"format": "format_"}, kinds=_KINDS
        )
        response = self._caller.send(
            "createOrUpdateTaskReport",
            _create_or_update_task_report._get_kwargs(id, body=body, task_report_id=task_report_id),
        )
        return RawResponse.of(response, _createOrUpdateTaskReport(self._caller.client, response))

    def delete_reports(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Tasks.delete_reports`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteTaskReports", _delete_task_reports._get_kwargs(id, body=ids))
        return RawResponse.of(response, _deleteTaskReports(self._caller.client, response))

    def get_report(self, id: UUID | str, task_report_id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Tasks.get_report`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getTaskReport", _get_task_report._get_kwargs(id, task_report_id))
        return RawResponse.of(response, _getTaskReport(self._caller.client, response))

    def run(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Tasks.run`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("runTask", _run_task._get_kwargs(id))
        return RawResponse.of(response, _runTask(self._caller.client, response))


class AsyncTasks:
    """Tasks of Qalyptus Cloud (async: the methods of ``Tasks``, documented there)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncTasksWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncTasksWithRawResponse(self._caller)

    async def list(self) -> builtins.list[JsonObject]:
        """``Tasks.list`` (documented there), async."""
        response = await self._caller.send_async("getTasks", _get_tasks._get_kwargs())
        return _getTasks(self._caller.client, response)

    @overload
    async def create(self, body: ProjectItemRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def create(self, /, **fields: Unpack[_createTaskFields]) -> JsonValue: ...

    async def create(self, body: ProjectItemRequest | Mapping[str, Any] | None = None, /, **fields: Any) -> JsonValue:
        """``Tasks.create`` (documented there), async."""
        body = _facade.model_from_keywords(ProjectItemRequest, body, fields, "create", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("createTask", _create_task._get_kwargs(body=body))
        return _createTask(self._caller.client, response)

    async def delete_many(self, ids: Sequence[UUID | str], /) -> JsonValue:
        """``Tasks.delete_many`` (documented there), async."""
        response = await self._caller.send_async("deleteTasks", _delete_tasks._get_kwargs(body=ids))
        return _deleteTasks(self._caller.client, response)

    async def duplicate(self, id: UUID | str, /) -> JsonValue:
        """``Tasks.duplicate`` (documented there), async."""
        response = await self._caller.send_async("duplicateTask", _duplicate_task._get_kwargs(id))
        return _duplicateTask(self._caller.client, response)

    async def get(self, id: UUID | str, /) -> JsonObject:
        """``Tasks.get`` (documented there), async."""
        response = await self._caller.send_async("getTask", _get_task._get_kwargs(id))
        return _getTask(self._caller.client, response)

    @overload
    async def update(self, id: UUID | str, body: UpdateTaskRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def update(self, id: UUID | str, /, **fields: Unpack[_updateTaskFields]) -> JsonValue: ...

    async def update(
        self, id: UUID | str, body: UpdateTaskRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Tasks.update`` (documented there), async."""
        body = _facade.model_from_keywords(UpdateTaskRequest, body, fields, "update", UNSET)
        response = await self._caller.send_async("updateTask", _update_task._get_kwargs(id, body=body))
        return _updateTask(self._caller.client, response)

    async def delete(self, id: UUID | str, /) -> JsonValue:
        """``Tasks.delete`` (documented there), async."""
        response = await self._caller.send_async("deleteTask", _delete_task._get_kwargs(id))
        return _deleteTask(self._caller.client, response)

    async def get_permissions(self, id: UUID | str, /) -> JsonValue:
        """``Tasks.get_permissions`` (documented there), async."""
        response = await self._caller.send_async("getTaskPermissions", _get_task_permissions._get_kwargs(id))
        return _getTaskPermissions(self._caller.client, response)

    @overload
    async def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    async def set_permissions(self, id: UUID | str, /, **fields: Unpack[_setTaskPermissionsFields]) -> JsonValue: ...

    async def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Tasks.set_permissions`` (documented there), async."""
        body = _facade.model_from_keywords(SetPermissionsRequest, body, fields, "set_permissions", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("setTaskPermissions", _set_task_permissions._get_kwargs(id, body=body))
        return _setTaskPermissions(self._caller.client, response)

    async def get_member_permissions(self, id: UUID | str, member_permission_id: UUID | str, /) -> JsonObject:
        """``Tasks.get_member_permissions`` (documented there), async."""
        response = await self._caller.send_async(
            "getTaskMemberPermissions", _get_task_member_permissions._get_kwargs(id, member_permission_id)
        )
        return _getTaskMemberPermissions(self._caller.client, response)

    @overload
    async def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, body: PermissionDto | Mapping[str, Any], /
    ) -> JsonValue: ...

    @overload
    async def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, /, **fields: Unpack[_setTaskMemberPermissionsFields]
    ) -> JsonValue: ...

    async def set_member_permissions(
        self,
        id: UUID | str,
        member_permission_id: UUID | str,
        body: PermissionDto | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> JsonValue:
        """``Tasks.set_member_permissions`` (documented there), async."""
        body = _facade.model_from_keywords(PermissionDto, body, fields, "set_member_permissions", UNSET)
        response = await self._caller.send_async(
            "setTaskMemberPermissions", _set_task_member_permissions._get_kwargs(id, member_permission_id, body=body)
        )
        return _setTaskMemberPermissions(self._caller.client, response)

    async def delete_member_permission(self, id: UUID | str, member_permission_id: UUID | str, /) -> JsonValue:
        """``Tasks.delete_member_permission`` (documented there), async."""
        response = await self._caller.send_async(
            "deleteTaskMemberPermission", _delete_task_member_permission._get_kwargs(id, member_permission_id)
        )
        return _deleteTaskMemberPermission(self._caller.client, response)

    async def delete_member_permissions(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """``Tasks.delete_member_permissions`` (documented there), async."""
        response = await self._caller.send_async(
            "deleteTaskMemberPermissions", _delete_task_member_permissions._get_kwargs(id, body=ids)
        )
        return _deleteTaskMemberPermissions(self._caller.client, response)

    async def change_owner(self, id: UUID | str, owner_id: UUID | str, /) -> JsonValue:
        """``Tasks.change_owner`` (documented there), async."""
        response = await self._caller.send_async("changeTaskOwner", _change_task_owner._get_kwargs(id, owner_id))
        return _changeTaskOwner(self._caller.client, response)

    async def get_email(self, id: UUID | str, /) -> JsonValue:
        """``Tasks.get_email`` (documented there), async."""
        response = await self._caller.send_async("getTaskEmail", _get_task_email._get_kwargs(id))
        return _getTaskEmail(self._caller.client, response)

    @overload
    async def update_email(self, id: UUID | str, body: UpdateTaskEmailRequest | Mapping[str, Any], /) -> JsonValue: ...

    @overload
    async def update_email(self, id: UUID | str, /, **fields: Unpack[_updateTaskEmailFields]) -> JsonValue: ...

    async def update_email(
        self, id: UUID | str, body: UpdateTaskEmailRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> JsonValue:
        """``Tasks.update_email`` (documented there), async."""
        body = _facade.model_from_keywords(UpdateTaskEmailRequest, body, fields, "update_email", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("updateTaskEmail", _update_task_email._get_kwargs(id, body=body))
        return _updateTaskEmail(self._caller.client, response)

    async def get_recipients(self, id: UUID | str, /) -> JsonValue:
        """``Tasks.get_recipients`` (documented there), async."""
        response = await self._caller.send_async("getTaskRecipients", _get_task_recipients._get_kwargs(id))
        return _getTaskRecipients(self._caller.client, response)

    async def update_recipients(
        self, id: UUID | str, requests: Sequence[TaskRecipientRequest | Mapping[str, Any]], /
    ) -> JsonValue:
        """``Tasks.update_recipients`` (documented there), async."""
        response = await self._caller.send_async(
            "updateTaskRecipients",
            _update_task_recipients._get_kwargs(id, body=_facade.accept(requests, [TaskRecipientRequest], "requests")),
        )
        return _updateTaskRecipients(self._caller.client, response)

    async def delete_recipients(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """``Tasks.delete_recipients`` (documented there), async."""
        response = await self._caller.send_async(
            "deleteTaskRecipients", _delete_task_recipients._get_kwargs(id, body=ids)
        )
        return _deleteTaskRecipients(self._caller.client, response)

    async def get_schedules(self, id: UUID | str, /) -> JsonValue:
        """``Tasks.get_schedules`` (documented there), async."""
        response = await self._caller.send_async("getTaskSchedules", _get_task_schedules._get_kwargs(id))
        return _getTaskSchedules(self._caller.client, response)

    @overload
    async def add_or_update_schedule(
        self,
        id: UUID | str,
        body: TaskScheduleRequest | Mapping[str, Any],
        /,
        *,
        task_schedule_id: UUID | str | Unset = UNSET,
    ) -> JsonValue: ...

    @overload
    async def add_or_update_schedule(
        self,
        id: UUID | str,
        /,
        *,
        task_schedule_id: UUID | str | Unset = UNSET,
        **fields: Unpack[_createOrUpdateTaskScheduleFields],
    ) -> JsonValue: ...

    async def add_or_update_schedule(
        self,
        id: UUID | str,
        body: TaskScheduleRequest | Mapping[str, Any] | None = None,
        /,
        *,
        task_schedule_id: UUID | str | Unset = UNSET,
        **fields: Any,
    ) -> JsonValue:
        """``Tasks.add_or_update_schedule`` (documented there), async."""
        body = _facade.model_from_keywords(
            TaskScheduleRequest, body, fields, "add_or_update_schedule", UNSET, kinds=_KINDS
        )
        response = await self._caller.send_async(
            "createOrUpdateTaskSchedule",
            _create_or_update_task_schedule._get_kwargs(id, body=body, task_schedule_id=task_schedule_id),
        )
        return _createOrUpdateTaskSchedule(self._caller.client, response)

    async def delete_schedules(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """``Tasks.delete_schedules`` (documented there), async."""
        response = await self._caller.send_async(
            "deleteTaskSchedules", _delete_task_schedules._get_kwargs(id, body=ids)
        )
        return _deleteTaskSchedules(self._caller.client, response)

    async def get_schedule(self, id: UUID | str, task_schedule_id: UUID | str, /) -> JsonObject:
        """``Tasks.get_schedule`` (documented there), async."""
        response = await self._caller.send_async(
            "getTaskSchedule", _get_task_schedule._get_kwargs(id, task_schedule_id)
        )
        return _getTaskSchedule(self._caller.client, response)

    async def list_external_events(self, id: UUID | str, /) -> builtins.list[JsonObject]:
        """``Tasks.list_external_events`` (documented there), async."""
        response = await self._caller.send_async("getTaskExternalEvents", _get_task_external_events._get_kwargs(id))
        return _getTaskExternalEvents(self._caller.client, response)

    @overload
    async def add_or_update_external_event(
        self,
        id: UUID | str,
        body: TaskExternalEventRequest | Mapping[str, Any],
        /,
        *,
        task_external_event_id: UUID | str | Unset = UNSET,
    ) -> JsonValue: ...

    @overload
    async def add_or_update_external_event(
        self,
        id: UUID | str,
        /,
        *,
        task_external_event_id: UUID | str | Unset = UNSET,
        **fields: Unpack[_createOrUpdateTaskExternalEventFields],
    ) -> JsonValue: ...

    async def add_or_update_external_event(
        self,
        id: UUID | str,
        body: TaskExternalEventRequest | Mapping[str, Any] | None = None,
        /,
        *,
        task_external_event_id: UUID | str | Unset = UNSET,
        **fields: Any,
    ) -> JsonValue:
        """``Tasks.add_or_update_external_event`` (documented there), async."""
        body = _facade.model_from_keywords(
            TaskExternalEventRequest, body, fields, "add_or_update_external_event", UNSET, kinds=_KINDS
        )
        response = await self._caller.send_async(
            "createOrUpdateTaskExternalEvent",
            _create_or_update_task_external_event._get_kwargs(
                id, body=body, task_external_event_id=task_external_event_id
            ),
        )
        return _createOrUpdateTaskExternalEvent(self._caller.client, response)

    async def delete_external_events(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """``Tasks.delete_external_events`` (documented there), async."""
        response = await self._caller.send_async(
            "deleteTaskExternalEvents", _delete_task_external_events._get_kwargs(id, body=ids)
        )
        return _deleteTaskExternalEvents(self._caller.client, response)

    async def get_external_event(self, id: UUID | str, task_external_event_id: UUID | str, /) -> JsonObject:
        """``Tasks.get_external_event`` (documented there), async."""
        response = await self._caller.send_async(
            "getTaskExternalEvent", _get_task_external_event._get_kwargs(id, task_external_event_id)
        )
        return _getTaskExternalEvent(self._caller.client, response)

    async def delete_external_event(self, id: UUID | str, task_external_event_id: UUID | str, /) -> JsonValue:
        """``Tasks.delete_external_event`` (documented there), async."""
        response = await self._caller.send_async(
            "deleteTaskExternalEvent", _delete_task_external_event._get_kwargs(id, task_external_event_id)
        )
        return _deleteTaskExternalEvent(self._caller.client, response)

    async def get_triggers(self, id: UUID | str, /) -> JsonValue:
        """``Tasks.get_triggers`` (documented there), async."""
        response = await self._caller.send_async("getTaskTriggers", _get_task_triggers._get_kwargs(id))
        return _getTaskTriggers(self._caller.client, response)

    async def delete_triggers(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """``Tasks.delete_triggers`` (documented there), async."""
        response = await self._caller.send_async("deleteTaskTriggers", _delete_task_triggers._get_kwargs(id, body=ids))
        return _deleteTaskTriggers(self._caller.client, response)

    async def get_reports(self, id: UUID | str, /) -> JsonValue:
        """``Tasks.get_reports`` (documented there), async."""
        response = await self._caller.send_async("getTaskReports", _get_task_reports._get_kwargs(id))
        return _getTaskReports(self._caller.client, response)

    @overload
    async def add_or_update_report(
        self,
        id: UUID | str,
        body: TaskReportRequest | Mapping[str, Any],
        /,
        *,
        task_report_id: UUID | str | Unset = UNSET,
    ) -> JsonValue: ...

    @overload
    async def add_or_update_report(
        self,
        id: UUID | str,
        /,
        *,
        task_report_id: UUID | str | Unset = UNSET,
        **fields: Unpack[_createOrUpdateTaskReportFields],
    ) -> JsonValue: ...

    async def add_or_update_report(
        self,
        id: UUID | str,
        body: TaskReportRequest | Mapping[str, Any] | None = None,
        /,
        *,
        task_report_id: UUID | str | Unset = UNSET,
        **fields: Any,
    ) -> JsonValue:
        """``Tasks.add_or_update_report`` (documented there), async."""
        body = _facade.model_from_keywords(
            TaskReportRequest, body, fields, "add_or_update_report", UNSET, {"format": "format_"}, kinds=_KINDS
        )
        response = await self._caller.send_async(
            "createOrUpdateTaskReport",
            _create_or_update_task_report._get_kwargs(id, body=body, task_report_id=task_report_id),
        )
        return _createOrUpdateTaskReport(self._caller.client, response)

    async def delete_reports(self, id: UUID | str, ids: Sequence[UUID | str], /) -> JsonValue:
        """``Tasks.delete_reports`` (documented there), async."""
        response = await self._caller.send_async("deleteTaskReports", _delete_task_reports._get_kwargs(id, body=ids))
        return _deleteTaskReports(self._caller.client, response)

    async def get_report(self, id: UUID | str, task_report_id: UUID | str, /) -> JsonObject:
        """``Tasks.get_report`` (documented there), async."""
        response = await self._caller.send_async("getTaskReport", _get_task_report._get_kwargs(id, task_report_id))
        return _getTaskReport(self._caller.client, response)

    async def run(self, id: UUID | str, /) -> JsonValue:
        """``Tasks.run`` (documented there), async."""
        response = await self._caller.send_async("runTask", _run_task._get_kwargs(id))
        return _runTask(self._caller.client, response)


class AsyncTasksWithRawResponse:
    """``tasks`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def list(self) -> RawResponse[builtins.list[JsonObject]]:
        """``Tasks.list`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getTasks", _get_tasks._get_kwargs())
        return RawResponse.of(response, _getTasks(self._caller.client, response))

    @overload
    async def create(self, body: ProjectItemRequest | Mapping[str, Any], /) -> RawResponse[JsonValue]: ...

    @overload
    async def create(self, /, **fields: Unpack[_createTaskFields]) -> RawResponse[JsonValue]: ...

    async def create(
        self, body: ProjectItemRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Tasks.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(ProjectItemRequest, body, fields, "create", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("createTask", _create_task._get_kwargs(body=body))
        return RawResponse.of(response, _createTask(self._caller.client, response))

    async def delete_many(self, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Tasks.delete_many`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteTasks", _delete_tasks._get_kwargs(body=ids))
        return RawResponse.of(response, _deleteTasks(self._caller.client, response))

    async def duplicate(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Tasks.duplicate`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("duplicateTask", _duplicate_task._get_kwargs(id))
        return RawResponse.of(response, _duplicateTask(self._caller.client, response))

    async def get(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Tasks.get`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getTask", _get_task._get_kwargs(id))
        return RawResponse.of(response, _getTask(self._caller.client, response))

    @overload
    async def update(
        self, id: UUID | str, body: UpdateTaskRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def update(self, id: UUID | str, /, **fields: Unpack[_updateTaskFields]) -> RawResponse[JsonValue]: ...

    async def update(
        self, id: UUID | str, body: UpdateTaskRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Tasks.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(UpdateTaskRequest, body, fields, "update", UNSET)
        response = await self._caller.send_async("updateTask", _update_task._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateTask(self._caller.client, response))

    async def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Tasks.delete`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteTask", _delete_task._get_kwargs(id))
        return RawResponse.of(response, _deleteTask(self._caller.client, response))

    async def get_permissions(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Tasks.get_permissions`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getTaskPermissions", _get_task_permissions._get_kwargs(id))
        return RawResponse.of(response, _getTaskPermissions(self._caller.client, response))

    @overload
    async def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def set_permissions(
        self, id: UUID | str, /, **fields: Unpack[_setTaskPermissionsFields]
    ) -> RawResponse[JsonValue]: ...

    async def set_permissions(
        self, id: UUID | str, body: SetPermissionsRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Tasks.set_permissions`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(SetPermissionsRequest, body, fields, "set_permissions", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("setTaskPermissions", _set_task_permissions._get_kwargs(id, body=body))
        return RawResponse.of(response, _setTaskPermissions(self._caller.client, response))

    async def get_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, /
    ) -> RawResponse[JsonObject]:
        """``Tasks.get_member_permissions`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "getTaskMemberPermissions", _get_task_member_permissions._get_kwargs(id, member_permission_id)
        )
        return RawResponse.of(response, _getTaskMemberPermissions(self._caller.client, response))

    @overload
    async def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, body: PermissionDto | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def set_member_permissions(
        self, id: UUID | str, member_permission_id: UUID | str, /, **fields: Unpack[_setTaskMemberPermissionsFields]
    ) -> RawResponse[JsonValue]: ...

    async def set_member_permissions(
        self,
        id: UUID | str,
        member_permission_id: UUID | str,
        body: PermissionDto | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> RawResponse[JsonValue]:
        """``Tasks.set_member_permissions`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(PermissionDto, body, fields, "set_member_permissions", UNSET)
        response = await self._caller.send_async(
            "setTaskMemberPermissions", _set_task_member_permissions._get_kwargs(id, member_permission_id, body=body)
        )
        return RawResponse.of(response, _setTaskMemberPermissions(self._caller.client, response))

    async def delete_member_permission(
        self, id: UUID | str, member_permission_id: UUID | str, /
    ) -> RawResponse[JsonValue]:
        """``Tasks.delete_member_permission`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "deleteTaskMemberPermission", _delete_task_member_permission._get_kwargs(id, member_permission_id)
        )
        return RawResponse.of(response, _deleteTaskMemberPermission(self._caller.client, response))

    async def delete_member_permissions(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Tasks.delete_member_permissions`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "deleteTaskMemberPermissions", _delete_task_member_permissions._get_kwargs(id, body=ids)
        )
        return RawResponse.of(response, _deleteTaskMemberPermissions(self._caller.client, response))

    async def change_owner(self, id: UUID | str, owner_id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Tasks.change_owner`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("changeTaskOwner", _change_task_owner._get_kwargs(id, owner_id))
        return RawResponse.of(response, _changeTaskOwner(self._caller.client, response))

    async def get_email(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Tasks.get_email`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getTaskEmail", _get_task_email._get_kwargs(id))
        return RawResponse.of(response, _getTaskEmail(self._caller.client, response))

    @overload
    async def update_email(
        self, id: UUID | str, body: UpdateTaskEmailRequest | Mapping[str, Any], /
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def update_email(
        self, id: UUID | str, /, **fields: Unpack[_updateTaskEmailFields]
    ) -> RawResponse[JsonValue]: ...

    async def update_email(
        self, id: UUID | str, body: UpdateTaskEmailRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[JsonValue]:
        """``Tasks.update_email`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(UpdateTaskEmailRequest, body, fields, "update_email", UNSET, kinds=_KINDS)
        response = await self._caller.send_async("updateTaskEmail", _update_task_email._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateTaskEmail(self._caller.client, response))

    async def get_recipients(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Tasks.get_recipients`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getTaskRecipients", _get_task_recipients._get_kwargs(id))
        return RawResponse.of(response, _getTaskRecipients(self._caller.client, response))

    async def update_recipients(
        self, id: UUID | str, requests: Sequence[TaskRecipientRequest | Mapping[str, Any]], /
    ) -> RawResponse[JsonValue]:
        """``Tasks.update_recipients`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "updateTaskRecipients",
            _update_task_recipients._get_kwargs(id, body=_facade.accept(requests, [TaskRecipientRequest], "requests")),
        )
        return RawResponse.of(response, _updateTaskRecipients(self._caller.client, response))

    async def delete_recipients(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Tasks.delete_recipients`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "deleteTaskRecipients", _delete_task_recipients._get_kwargs(id, body=ids)
        )
        return RawResponse.of(response, _deleteTaskRecipients(self._caller.client, response))

    async def get_schedules(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Tasks.get_schedules`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getTaskSchedules", _get_task_schedules._get_kwargs(id))
        return RawResponse.of(response, _getTaskSchedules(self._caller.client, response))

    @overload
    async def add_or_update_schedule(
        self,
        id: UUID | str,
        body: TaskScheduleRequest | Mapping[str, Any],
        /,
        *,
        task_schedule_id: UUID | str | Unset = UNSET,
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def add_or_update_schedule(
        self,
        id: UUID | str,
        /,
        *,
        task_schedule_id: UUID | str | Unset = UNSET,
        **fields: Unpack[_createOrUpdateTaskScheduleFields],
    ) -> RawResponse[JsonValue]: ...

    async def add_or_update_schedule(
        self,
        id: UUID | str,
        body: TaskScheduleRequest | Mapping[str, Any] | None = None,
        /,
        *,
        task_schedule_id: UUID | str | Unset = UNSET,
        **fields: Any,
    ) -> RawResponse[JsonValue]:
        """``Tasks.add_or_update_schedule`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            TaskScheduleRequest, body, fields, "add_or_update_schedule", UNSET, kinds=_KINDS
        )
        response = await self._caller.send_async(
            "createOrUpdateTaskSchedule",
            _create_or_update_task_schedule._get_kwargs(id, body=body, task_schedule_id=task_schedule_id),
        )
        return RawResponse.of(response, _createOrUpdateTaskSchedule(self._caller.client, response))

    async def delete_schedules(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Tasks.delete_schedules`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "deleteTaskSchedules", _delete_task_schedules._get_kwargs(id, body=ids)
        )
        return RawResponse.of(response, _deleteTaskSchedules(self._caller.client, response))

    async def get_schedule(self, id: UUID | str, task_schedule_id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Tasks.get_schedule`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "getTaskSchedule", _get_task_schedule._get_kwargs(id, task_schedule_id)
        )
        return RawResponse.of(response, _getTaskSchedule(self._caller.client, response))

    async def list_external_events(self, id: UUID | str, /) -> RawResponse[builtins.list[JsonObject]]:
        """``Tasks.list_external_events`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getTaskExternalEvents", _get_task_external_events._get_kwargs(id))
        return RawResponse.of(response, _getTaskExternalEvents(self._caller.client, response))

    @overload
    async def add_or_update_external_event(
        self,
        id: UUID | str,
        body: TaskExternalEventRequest | Mapping[str, Any],
        /,
        *,
        task_external_event_id: UUID | str | Unset = UNSET,
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def add_or_update_external_event(
        self,
        id: UUID | str,
        /,
        *,
        task_external_event_id: UUID | str | Unset = UNSET,
        **fields: Unpack[_createOrUpdateTaskExternalEventFields],
    ) -> RawResponse[JsonValue]: ...

    async def add_or_update_external_event(
        self,
        id: UUID | str,
        body: TaskExternalEventRequest | Mapping[str, Any] | None = None,
        /,
        *,
        task_external_event_id: UUID | str | Unset = UNSET,
        **fields: Any,
    ) -> RawResponse[JsonValue]:
        """``Tasks.add_or_update_external_event`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            TaskExternalEventRequest, body, fields, "add_or_update_external_event", UNSET, kinds=_KINDS
        )
        response = await self._caller.send_async(
            "createOrUpdateTaskExternalEvent",
            _create_or_update_task_external_event._get_kwargs(
                id, body=body, task_external_event_id=task_external_event_id
            ),
        )
        return RawResponse.of(response, _createOrUpdateTaskExternalEvent(self._caller.client, response))

    async def delete_external_events(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Tasks.delete_external_events`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "deleteTaskExternalEvents", _delete_task_external_events._get_kwargs(id, body=ids)
        )
        return RawResponse.of(response, _deleteTaskExternalEvents(self._caller.client, response))

    async def get_external_event(
        self, id: UUID | str, task_external_event_id: UUID | str, /
    ) -> RawResponse[JsonObject]:
        """``Tasks.get_external_event`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "getTaskExternalEvent", _get_task_external_event._get_kwargs(id, task_external_event_id)
        )
        return RawResponse.of(response, _getTaskExternalEvent(self._caller.client, response))

    async def delete_external_event(
        self, id: UUID | str, task_external_event_id: UUID | str, /
    ) -> RawResponse[JsonValue]:
        """``Tasks.delete_external_event`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "deleteTaskExternalEvent", _delete_task_external_event._get_kwargs(id, task_external_event_id)
        )
        return RawResponse.of(response, _deleteTaskExternalEvent(self._caller.client, response))

    async def get_triggers(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Tasks.get_triggers`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getTaskTriggers", _get_task_triggers._get_kwargs(id))
        return RawResponse.of(response, _getTaskTriggers(self._caller.client, response))

    async def delete_triggers(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Tasks.delete_triggers`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteTaskTriggers", _delete_task_triggers._get_kwargs(id, body=ids))
        return RawResponse.of(response, _deleteTaskTriggers(self._caller.client, response))

    async def get_reports(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Tasks.get_reports`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getTaskReports", _get_task_reports._get_kwargs(id))
        return RawResponse.of(response, _getTaskReports(self._caller.client, response))

    @overload
    async def add_or_update_report(
        self,
        id: UUID | str,
        body: TaskReportRequest | Mapping[str, Any],
        /,
        *,
        task_report_id: UUID | str | Unset = UNSET,
    ) -> RawResponse[JsonValue]: ...

    @overload
    async def add_or_update_report(
        self,
        id: UUID | str,
        /,
        *,
        task_report_id: UUID | str | Unset = UNSET,
        **fields: Unpack[_createOrUpdateTaskReportFields],
    ) -> RawResponse[JsonValue]: ...

    async def add_or_update_report(
        self,
        id: UUID | str,
        body: TaskReportRequest | Mapping[str, Any] | None = None,
        /,
        *,
        task_report_id: UUID | str | Unset = UNSET,
        **fields: Any,
    ) -> RawResponse[JsonValue]:
        """``Tasks.add_or_update_report`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            TaskReportRequest, body, fields, "add_or_update_report", UNSET, {"format": "format_"}, kinds=_KINDS
        )
        response = await self._caller.send_async(
            "createOrUpdateTaskReport",
            _create_or_update_task_report._get_kwargs(id, body=body, task_report_id=task_report_id),
        )
        return RawResponse.of(response, _createOrUpdateTaskReport(self._caller.client, response))

    async def delete_reports(self, id: UUID | str, ids: Sequence[UUID | str], /) -> RawResponse[JsonValue]:
        """``Tasks.delete_reports`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteTaskReports", _delete_task_reports._get_kwargs(id, body=ids))
        return RawResponse.of(response, _deleteTaskReports(self._caller.client, response))

    async def get_report(self, id: UUID | str, task_report_id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Tasks.get_report`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getTaskReport", _get_task_report._get_kwargs(id, task_report_id))
        return RawResponse.of(response, _getTaskReport(self._caller.client, response))

    async def run(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Tasks.run`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("runTask", _run_task._get_kwargs(id))
        return RawResponse.of(response, _runTask(self._caller.client, response))
