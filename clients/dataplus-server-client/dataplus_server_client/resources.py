# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Resource clients for Data+ Server: ``DataPlusClient`` and its async twin ``AsyncDataPlusClient``.

One attribute per resource ``mail``, ``tasks``, ``status``, ``entries``; each method
sends one operation, returns its success type and raises ``errors.ApiError`` (a subclass per status) for
anything else. ``resource.with_raw_response.method(...)`` returns a ``RawResponse`` (status, headers, raw
body and the parsed result) instead. The functions under ``api/`` stay available as the low-level layer.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, Self, overload

import httpx

from . import _facade, _runtime, errors
from ._facade import AsyncPager, JsonObject, JsonValue, Pager, RawResponse
from .api.database import add_comment_history_entry as _add_comment_history_entry
from .api.database import bulk_insert_entries as _bulk_insert_entries
from .api.database import bulk_update_entries as _bulk_update_entries
from .api.database import bulk_upsert_entries as _bulk_upsert_entries
from .api.database import delete_entries as _delete_entries
from .api.database import get_entries as _get_entries
from .api.database import insert_entry as _insert_entry
from .api.database import update_entry as _update_entry
from .api.database import upsert_entry as _upsert_entry
from .api.mail import send_mail as _send_mail
from .api.status import get_status as _get_status
from .api.task import get_all_task_info as _get_all_task_info
from .api.task import get_task_info as _get_task_info
from .api.task import start_task as _start_task
from .client import AuthenticatedClient, Client
from .models import (
    CommentHistoryEntry,
    DeleteEntriesRequest,
    EntriesPage,
    Row,
    RowInsert,
    RowUpdate,
    RowUpsert,
    SendMailRequest,
    ServerStatus,
    StartTaskRequest,
    TaskOperational,
)
from .types import UNSET, Unset

__all__ = [
    "AsyncDataPlusClient",
    "AsyncPager",
    "JsonObject",
    "JsonValue",
    "Pager",
    "RawResponse",
    "DataPlusClient",
]

_ROUTES: Mapping[str, _facade.Route] = MappingProxyType(
    {
        "sendMail": _facade.Route("POST", "/api/mail/send", False),
        "getAllTaskInfo": _facade.Route("GET", "/api/task/info", False),
        "getTaskInfo": _facade.Route("GET", "/api/task/info/{taskId}", False),
        "startTask": _facade.Route("POST", "/api/task/start", False),
        "getStatus": _facade.Route("GET", "/api/status", False),
        "getEntries": _facade.Route("GET", "/api/db/getEntries", False),
        "insertEntry": _facade.Route("POST", "/api/db/table/{tableName}/insert", False),
        "updateEntry": _facade.Route("POST", "/api/db/table/{tableName}/update", False),
        "upsertEntry": _facade.Route("POST", "/api/db/table/{tableName}/upsert", False),
        "addCommentHistoryEntry": _facade.Route("POST", "/api/db/table/{tableName}/commentHistoryEntry", False),
        "bulkInsertEntries": _facade.Route("POST", "/api/db/table/{tableName}/bulk/insert", False),
        "bulkUpdateEntries": _facade.Route("POST", "/api/db/table/{tableName}/bulk/update", False),
        "bulkUpsertEntries": _facade.Route("POST", "/api/db/table/{tableName}/bulk/upsert", False),
        "deleteEntries": _facade.Route("DELETE", "/api/db/deleteEntries", False),
    }
)
_NO_OVERRIDES: Mapping[str, str] = MappingProxyType({})


def _page_limit_error(reason: str) -> errors.PageLimitError:
    return errors.PageLimitError(reason, status_code=200, content=b"")


def _fail(
    client: AuthenticatedClient | Client, response: httpx.Response, reason: str
) -> errors.UnexpectedResponseError:
    return errors.UnexpectedResponseError(
        reason,
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        method=response.request.method,
        url=_facade.url_without_query(response.request.url),
        secrets=client.secret_values(),
    )


def _sendMail(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


def _getAllTaskInfo(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[TaskOperational]:
    parsed = _get_all_task_info._build_response(client=client, response=response).parsed
    if isinstance(parsed, list):
        return parsed
    raise _fail(client, response, "Response body is not the documented builtins.list[TaskOperational]")


def _getTaskInfo(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[TaskOperational]:
    parsed = _get_task_info._build_response(client=client, response=response).parsed
    if isinstance(parsed, list):
        return parsed
    raise _fail(client, response, "Response body is not the documented builtins.list[TaskOperational]")


def _startTask(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


def _getStatus(client: AuthenticatedClient | Client, response: httpx.Response) -> ServerStatus:
    parsed = _get_status._build_response(client=client, response=response).parsed
    if isinstance(parsed, ServerStatus):
        return parsed
    raise _fail(client, response, "Response body is not the documented ServerStatus")


def _getEntries(client: AuthenticatedClient | Client, response: httpx.Response) -> EntriesPage:
    parsed = _get_entries._build_response(client=client, response=response).parsed
    if isinstance(parsed, EntriesPage):
        return parsed
    raise _fail(client, response, "Response body is not the documented EntriesPage")


def _insertEntry(client: AuthenticatedClient | Client, response: httpx.Response) -> dict[str, str]:
    parsed = _insert_entry._build_response(client=client, response=response).parsed
    if isinstance(parsed, Row):
        return _facade.row_of(parsed)
    raise _fail(client, response, "Response body is not the documented dict[str, str]")


def _updateEntry(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


def _upsertEntry(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


def _addCommentHistoryEntry(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


def _bulkInsertEntries(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[dict[str, str]]:
    parsed = _bulk_insert_entries._build_response(client=client, response=response).parsed
    if isinstance(parsed, list):
        return [_facade.row_of(row) for row in parsed]
    raise _fail(client, response, "Response body is not the documented builtins.list[dict[str, str]]")


def _bulkUpdateEntries(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


def _bulkUpsertEntries(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


def _deleteEntries(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


class MailWithRawResponse:
    """``mail`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @overload
    def send(self, body: SendMailRequest, /) -> RawResponse[None]: ...

    @overload
    def send(
        self, /, *, to: str, from_: str, subject: str, content: str, html: bool | Unset = UNSET
    ) -> RawResponse[None]: ...

    def send(
        self,
        body: SendMailRequest | None = None,
        /,
        *,
        to: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        content: str | Unset = UNSET,
        html: bool | Unset = UNSET,
    ) -> RawResponse[None]:
        """Send a mail.

        Send a mail. The default mail settings of the server will be used.

        ``POST /api/mail/send`` (sendMail).

        Args:
            body: a ``SendMailRequest``, or its fields as keyword arguments:
            to: (required) Mail destination (comma separated for multiple)
            from_: (required) Mail sender display name
            subject: (required) Subject of the mail
            content: (required) Content of the mail
            html: Determines if the content should be send as HTML rather than plain text

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            SendMailRequest,
            body,
            {
                "to": to,
                "from_": from_,
                "subject": subject,
                "content": content,
                "html": html,
            },
            {
                "to": "to",
                "from_": "from_",
                "subject": "subject",
                "content": "content",
                "html": "html",
            },
            "send",
            UNSET,
        )
        request = _send_mail._get_kwargs(
            body=body,
        )
        response = self._caller.send("sendMail", request)
        _sendMail(self._caller.client, response)
        return RawResponse.of(response, None)


class Mail:
    """Mail of Data+ Server."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> MailWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return MailWithRawResponse(self._caller)

    @overload
    def send(self, body: SendMailRequest, /) -> None: ...

    @overload
    def send(self, /, *, to: str, from_: str, subject: str, content: str, html: bool | Unset = UNSET) -> None: ...

    def send(
        self,
        body: SendMailRequest | None = None,
        /,
        *,
        to: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        content: str | Unset = UNSET,
        html: bool | Unset = UNSET,
    ) -> None:
        """Send a mail.

        Send a mail. The default mail settings of the server will be used.

        ``POST /api/mail/send`` (sendMail).

        Args:
            body: a ``SendMailRequest``, or its fields as keyword arguments:
            to: (required) Mail destination (comma separated for multiple)
            from_: (required) Mail sender display name
            subject: (required) Subject of the mail
            content: (required) Content of the mail
            html: Determines if the content should be send as HTML rather than plain text

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            SendMailRequest,
            body,
            {
                "to": to,
                "from_": from_,
                "subject": subject,
                "content": content,
                "html": html,
            },
            {
                "to": "to",
                "from_": "from_",
                "subject": "subject",
                "content": "content",
                "html": "html",
            },
            "send",
            UNSET,
        )
        request = _send_mail._get_kwargs(
            body=body,
        )
        response = self._caller.send("sendMail", request)
        _sendMail(self._caller.client, response)


class AsyncMailWithRawResponse:
    """``mail`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @overload
    async def send(self, body: SendMailRequest, /) -> RawResponse[None]: ...

    @overload
    async def send(
        self, /, *, to: str, from_: str, subject: str, content: str, html: bool | Unset = UNSET
    ) -> RawResponse[None]: ...

    async def send(
        self,
        body: SendMailRequest | None = None,
        /,
        *,
        to: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        content: str | Unset = UNSET,
        html: bool | Unset = UNSET,
    ) -> RawResponse[None]:
        """Send a mail.

        Send a mail. The default mail settings of the server will be used.

        ``POST /api/mail/send`` (sendMail).

        Args:
            body: a ``SendMailRequest``, or its fields as keyword arguments:
            to: (required) Mail destination (comma separated for multiple)
            from_: (required) Mail sender display name
            subject: (required) Subject of the mail
            content: (required) Content of the mail
            html: Determines if the content should be send as HTML rather than plain text

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            SendMailRequest,
            body,
            {
                "to": to,
                "from_": from_,
                "subject": subject,
                "content": content,
                "html": html,
            },
            {
                "to": "to",
                "from_": "from_",
                "subject": "subject",
                "content": "content",
                "html": "html",
            },
            "send",
            UNSET,
        )
        request = _send_mail._get_kwargs(
            body=body,
        )
        response = await self._caller.send_async("sendMail", request)
        _sendMail(self._caller.client, response)
        return RawResponse.of(response, None)


class AsyncMail:
    """Mail of Data+ Server (async)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncMailWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncMailWithRawResponse(self._caller)

    @overload
    async def send(self, body: SendMailRequest, /) -> None: ...

    @overload
    async def send(self, /, *, to: str, from_: str, subject: str, content: str, html: bool | Unset = UNSET) -> None: ...

    async def send(
        self,
        body: SendMailRequest | None = None,
        /,
        *,
        to: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        content: str | Unset = UNSET,
        html: bool | Unset = UNSET,
    ) -> None:
        """Send a mail.

        Send a mail. The default mail settings of the server will be used.

        ``POST /api/mail/send`` (sendMail).

        Args:
            body: a ``SendMailRequest``, or its fields as keyword arguments:
            to: (required) Mail destination (comma separated for multiple)
            from_: (required) Mail sender display name
            subject: (required) Subject of the mail
            content: (required) Content of the mail
            html: Determines if the content should be send as HTML rather than plain text

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            SendMailRequest,
            body,
            {
                "to": to,
                "from_": from_,
                "subject": subject,
                "content": content,
                "html": html,
            },
            {
                "to": "to",
                "from_": "from_",
                "subject": "subject",
                "content": "content",
                "html": "html",
            },
            "send",
            UNSET,
        )
        request = _send_mail._get_kwargs(
            body=body,
        )
        response = await self._caller.send_async("sendMail", request)
        _sendMail(self._caller.client, response)


class TasksWithRawResponse:
    """``tasks`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def list(self) -> RawResponse[builtins.list[TaskOperational]]:
        """Get information of all tasks, returns a list of QMC TaskOperational Objects.

        Get information of all tasks, returns a list of QMC TaskOperational Objects.

        ``GET /api/task/info`` (getAllTaskInfo).

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (list[TaskOperational]).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_all_task_info._get_kwargs()
        response = self._caller.send("getAllTaskInfo", request)
        return RawResponse.of(response, _getAllTaskInfo(self._caller.client, response))

    def get(self, task_id: str, /) -> RawResponse[builtins.list[TaskOperational]]:
        """Get information of a specific task, returns a list of QMC TaskOperational Objects (which should be 1).

        Get information of a specific task, returns a list of QMC TaskOperational Objects (which should be
        1).

        ``GET /api/task/info/{taskId}`` (getTaskInfo).

        Args:
            task_id: Id of the task

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (list[TaskOperational]).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_task_info._get_kwargs(
            task_id,
        )
        response = self._caller.send("getTaskInfo", request)
        return RawResponse.of(response, _getTaskInfo(self._caller.client, response))

    @overload
    def start(self, body: StartTaskRequest, /) -> RawResponse[None]: ...

    @overload
    def start(self, /, *, task_id: str) -> RawResponse[None]: ...

    def start(self, body: StartTaskRequest | None = None, /, *, task_id: str | Unset = UNSET) -> RawResponse[None]:
        """Start a reload task.

        Start a reload task.

        ``POST /api/task/start`` (startTask).

        Args:
            body: a ``StartTaskRequest``, or its fields as keyword arguments:
            task_id: (required) Id of the task to start

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            StartTaskRequest,
            body,
            {
                "task_id": task_id,
            },
            {
                "task_id": "task_id",
            },
            "start",
            UNSET,
        )
        request = _start_task._get_kwargs(
            body=body,
        )
        response = self._caller.send("startTask", request)
        _startTask(self._caller.client, response)
        return RawResponse.of(response, None)


class Tasks:
    """Tasks of Data+ Server."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> TasksWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return TasksWithRawResponse(self._caller)

    def list(self) -> builtins.list[TaskOperational]:
        """Get information of all tasks, returns a list of QMC TaskOperational Objects.

        Get information of all tasks, returns a list of QMC TaskOperational Objects.

        ``GET /api/task/info`` (getAllTaskInfo).

        Returns:
            list[TaskOperational].

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_all_task_info._get_kwargs()
        response = self._caller.send("getAllTaskInfo", request)
        return _getAllTaskInfo(self._caller.client, response)

    def get(self, task_id: str, /) -> builtins.list[TaskOperational]:
        """Get information of a specific task, returns a list of QMC TaskOperational Objects (which should be 1).

        Get information of a specific task, returns a list of QMC TaskOperational Objects (which should be
        1).

        ``GET /api/task/info/{taskId}`` (getTaskInfo).

        Args:
            task_id: Id of the task

        Returns:
            list[TaskOperational].

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_task_info._get_kwargs(
            task_id,
        )
        response = self._caller.send("getTaskInfo", request)
        return _getTaskInfo(self._caller.client, response)

    @overload
    def start(self, body: StartTaskRequest, /) -> None: ...

    @overload
    def start(self, /, *, task_id: str) -> None: ...

    def start(self, body: StartTaskRequest | None = None, /, *, task_id: str | Unset = UNSET) -> None:
        """Start a reload task.

        Start a reload task.

        ``POST /api/task/start`` (startTask).

        Args:
            body: a ``StartTaskRequest``, or its fields as keyword arguments:
            task_id: (required) Id of the task to start

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            StartTaskRequest,
            body,
            {
                "task_id": task_id,
            },
            {
                "task_id": "task_id",
            },
            "start",
            UNSET,
        )
        request = _start_task._get_kwargs(
            body=body,
        )
        response = self._caller.send("startTask", request)
        _startTask(self._caller.client, response)


class AsyncTasksWithRawResponse:
    """``tasks`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def list(self) -> RawResponse[builtins.list[TaskOperational]]:
        """Get information of all tasks, returns a list of QMC TaskOperational Objects.

        Get information of all tasks, returns a list of QMC TaskOperational Objects.

        ``GET /api/task/info`` (getAllTaskInfo).

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (list[TaskOperational]).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_all_task_info._get_kwargs()
        response = await self._caller.send_async("getAllTaskInfo", request)
        return RawResponse.of(response, _getAllTaskInfo(self._caller.client, response))

    async def get(self, task_id: str, /) -> RawResponse[builtins.list[TaskOperational]]:
        """Get information of a specific task, returns a list of QMC TaskOperational Objects (which should be 1).

        Get information of a specific task, returns a list of QMC TaskOperational Objects (which should be
        1).

        ``GET /api/task/info/{taskId}`` (getTaskInfo).

        Args:
            task_id: Id of the task

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (list[TaskOperational]).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_task_info._get_kwargs(
            task_id,
        )
        response = await self._caller.send_async("getTaskInfo", request)
        return RawResponse.of(response, _getTaskInfo(self._caller.client, response))

    @overload
    async def start(self, body: StartTaskRequest, /) -> RawResponse[None]: ...

    @overload
    async def start(self, /, *, task_id: str) -> RawResponse[None]: ...

    async def start(
        self, body: StartTaskRequest | None = None, /, *, task_id: str | Unset = UNSET
    ) -> RawResponse[None]:
        """Start a reload task.

        Start a reload task.

        ``POST /api/task/start`` (startTask).

        Args:
            body: a ``StartTaskRequest``, or its fields as keyword arguments:
            task_id: (required) Id of the task to start

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            StartTaskRequest,
            body,
            {
                "task_id": task_id,
            },
            {
                "task_id": "task_id",
            },
            "start",
            UNSET,
        )
        request = _start_task._get_kwargs(
            body=body,
        )
        response = await self._caller.send_async("startTask", request)
        _startTask(self._caller.client, response)
        return RawResponse.of(response, None)


class AsyncTasks:
    """Tasks of Data+ Server (async)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncTasksWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncTasksWithRawResponse(self._caller)

    async def list(self) -> builtins.list[TaskOperational]:
        """Get information of all tasks, returns a list of QMC TaskOperational Objects.

        Get information of all tasks, returns a list of QMC TaskOperational Objects.

        ``GET /api/task/info`` (getAllTaskInfo).

        Returns:
            list[TaskOperational].

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_all_task_info._get_kwargs()
        response = await self._caller.send_async("getAllTaskInfo", request)
        return _getAllTaskInfo(self._caller.client, response)

    async def get(self, task_id: str, /) -> builtins.list[TaskOperational]:
        """Get information of a specific task, returns a list of QMC TaskOperational Objects (which should be 1).

        Get information of a specific task, returns a list of QMC TaskOperational Objects (which should be
        1).

        ``GET /api/task/info/{taskId}`` (getTaskInfo).

        Args:
            task_id: Id of the task

        Returns:
            list[TaskOperational].

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_task_info._get_kwargs(
            task_id,
        )
        response = await self._caller.send_async("getTaskInfo", request)
        return _getTaskInfo(self._caller.client, response)

    @overload
    async def start(self, body: StartTaskRequest, /) -> None: ...

    @overload
    async def start(self, /, *, task_id: str) -> None: ...

    async def start(self, body: StartTaskRequest | None = None, /, *, task_id: str | Unset = UNSET) -> None:
        """Start a reload task.

        Start a reload task.

        ``POST /api/task/start`` (startTask).

        Args:
            body: a ``StartTaskRequest``, or its fields as keyword arguments:
            task_id: (required) Id of the task to start

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            StartTaskRequest,
            body,
            {
                "task_id": task_id,
            },
            {
                "task_id": "task_id",
            },
            "start",
            UNSET,
        )
        request = _start_task._get_kwargs(
            body=body,
        )
        response = await self._caller.send_async("startTask", request)
        _startTask(self._caller.client, response)


class StatusWithRawResponse:
    """``status`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def get(self) -> RawResponse[ServerStatus]:
        """Get status information of the server and installed services.

        Get status information of the server and installed services.

        ``GET /api/status`` (getStatus).

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (ServerStatus).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_status._get_kwargs()
        response = self._caller.send("getStatus", request)
        return RawResponse.of(response, _getStatus(self._caller.client, response))


class Status:
    """Status of Data+ Server."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> StatusWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return StatusWithRawResponse(self._caller)

    def get(self) -> ServerStatus:
        """Get status information of the server and installed services.

        Get status information of the server and installed services.

        ``GET /api/status`` (getStatus).

        Returns:
            ServerStatus.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_status._get_kwargs()
        response = self._caller.send("getStatus", request)
        return _getStatus(self._caller.client, response)


class AsyncStatusWithRawResponse:
    """``status`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def get(self) -> RawResponse[ServerStatus]:
        """Get status information of the server and installed services.

        Get status information of the server and installed services.

        ``GET /api/status`` (getStatus).

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (ServerStatus).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_status._get_kwargs()
        response = await self._caller.send_async("getStatus", request)
        return RawResponse.of(response, _getStatus(self._caller.client, response))


class AsyncStatus:
    """Status of Data+ Server (async)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncStatusWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncStatusWithRawResponse(self._caller)

    async def get(self) -> ServerStatus:
        """Get status information of the server and installed services.

        Get status information of the server and installed services.

        ``GET /api/status`` (getStatus).

        Returns:
            ServerStatus.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_status._get_kwargs()
        response = await self._caller.send_async("getStatus", request)
        return _getStatus(self._caller.client, response)


class EntriesWithRawResponse:
    """``entries`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def list(
        self, table: str, /, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET, columns: str | Unset = UNSET
    ) -> RawResponse[EntriesPage]:
        """Get entries of table.

        ``GET /api/db/getEntries`` (getEntries).

        Args:
            table: db table name
            limit: rows to return (max 10000)
            offset: get rows with offset x
            columns: comma separated list of columns to return

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (EntriesPage).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_entries._get_kwargs(
            table=table,
            limit=limit,
            offset=offset,
            columns=columns,
        )
        response = self._caller.send("getEntries", request)
        return RawResponse.of(response, _getEntries(self._caller.client, response))

    def insert(self, table: str, row: Mapping[str, str], /) -> RawResponse[dict[str, str]]:
        """Insert a single entry in a table.

        Insert a single entry in a table. If no id is provided, the next db_id will be used.

        ``POST /api/db/table/{tableName}/insert`` (insertEntry).

        Args:
            table: db table name
            row: the entry, column name -> value (strings); An entry to insert. Every column value is a string.

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (dict[str, str]).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _insert_entry._get_kwargs(
            table,
            body=RowInsert.from_dict(dict(row)),
        )
        response = self._caller.send("insertEntry", request)
        return RawResponse.of(response, _insertEntry(self._caller.client, response))

    def update(self, table: str, row: Mapping[str, str], /) -> RawResponse[None]:
        """Update a single entry in a table.

        Update a single entry in a table.

        ``POST /api/db/table/{tableName}/update`` (updateEntry).

        Args:
            table: db table name
            row: the entry, column name -> value (strings); An entry to update. Every column value is a string.

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _update_entry._get_kwargs(
            table,
            body=RowUpdate.from_dict(dict(row)),
        )
        response = self._caller.send("updateEntry", request)
        _updateEntry(self._caller.client, response)
        return RawResponse.of(response, None)

    def upsert(self, table: str, row: Mapping[str, str], /) -> RawResponse[None]:
        """Updates or inserts (if id does not exist) a single entry in a table.

        Updates or inserts (if id does not exist) a single entry in a table.

        ``POST /api/db/table/{tableName}/upsert`` (upsertEntry).

        Args:
            table: db table name
            row: the entry, column name -> value (strings); An entry to update, or to insert if the id does not exist. Every column value is a string.

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _upsert_entry._get_kwargs(
            table,
            body=RowUpsert.from_dict(dict(row)),
        )
        response = self._caller.send("upsertEntry", request)
        _upsertEntry(self._caller.client, response)
        return RawResponse.of(response, None)

    @overload
    def add_comment_history(self, table: str, body: CommentHistoryEntry, /) -> RawResponse[None]: ...

    @overload
    def add_comment_history(
        self, table: str, /, *, id: str, column: str, text: str, user: str, img_url: str | Unset = UNSET
    ) -> RawResponse[None]: ...

    def add_comment_history(
        self,
        table: str,
        body: CommentHistoryEntry | None = None,
        /,
        *,
        id: str | Unset = UNSET,
        column: str | Unset = UNSET,
        text: str | Unset = UNSET,
        user: str | Unset = UNSET,
        img_url: str | Unset = UNSET,
    ) -> RawResponse[None]:
        """Adds a comment history entry for an existing field.

        Adds a comment history entry for an existing field. If the current content is not the expected
        format, it will be replaced with the posted single entry comment history.

        ``POST /api/db/table/{tableName}/commentHistoryEntry`` (addCommentHistoryEntry).

        Args:
            table: db table name
            body: a ``CommentHistoryEntry``, or its fields as keyword arguments:
            id: (required) row to update
            column: (required) column to update
            text: (required) Entry text
            user: (required) Entry user
            img_url: Entry img

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            CommentHistoryEntry,
            body,
            {
                "id": id,
                "column": column,
                "text": text,
                "user": user,
                "img_url": img_url,
            },
            {
                "id": "id",
                "column": "column",
                "text": "text",
                "user": "user",
                "img_url": "img_url",
            },
            "add_comment_history",
            UNSET,
        )
        request = _add_comment_history_entry._get_kwargs(
            table,
            body=body,
        )
        response = self._caller.send("addCommentHistoryEntry", request)
        _addCommentHistoryEntry(self._caller.client, response)
        return RawResponse.of(response, None)

    def bulk_insert(
        self, table: str, rows: Iterable[Mapping[str, str]], /
    ) -> RawResponse[builtins.list[dict[str, str]]]:
        """Inserts multiple entries in a table.

        Inserts multiple entries in a table. If no id is provided, the next db_id will be used.

        ``POST /api/db/table/{tableName}/bulk/insert`` (bulkInsertEntries).

        Args:
            table: db table name
            rows: the entries, each a mapping of column name -> value (strings).

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (list[dict[str, str]]).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _bulk_insert_entries._get_kwargs(
            table,
            body=[RowInsert.from_dict(dict(row)) for row in rows],
        )
        response = self._caller.send("bulkInsertEntries", request)
        return RawResponse.of(response, _bulkInsertEntries(self._caller.client, response))

    def bulk_update(self, table: str, rows: Iterable[Mapping[str, str]], /) -> RawResponse[None]:
        """Updates multiple entries in a table.

        Updates multiple entries in a table.

        ``POST /api/db/table/{tableName}/bulk/update`` (bulkUpdateEntries).

        Args:
            table: db table name
            rows: the entries, each a mapping of column name -> value (strings).

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _bulk_update_entries._get_kwargs(
            table,
            body=[RowUpdate.from_dict(dict(row)) for row in rows],
        )
        response = self._caller.send("bulkUpdateEntries", request)
        _bulkUpdateEntries(self._caller.client, response)
        return RawResponse.of(response, None)

    def bulk_upsert(self, table: str, rows: Iterable[Mapping[str, str]], /) -> RawResponse[None]:
        """Updates or inserts (if id does not exist) multiple entries in a table.

        Updates or inserts (if id does not exist) multiple entries in a table.

        ``POST /api/db/table/{tableName}/bulk/upsert`` (bulkUpsertEntries).

        Args:
            table: db table name
            rows: the entries, each a mapping of column name -> value (strings).

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _bulk_upsert_entries._get_kwargs(
            table,
            body=[RowUpsert.from_dict(dict(row)) for row in rows],
        )
        response = self._caller.send("bulkUpsertEntries", request)
        _bulkUpsertEntries(self._caller.client, response)
        return RawResponse.of(response, None)

    @overload
    def delete(self, body: DeleteEntriesRequest, /) -> RawResponse[None]: ...

    @overload
    def delete(self, /, *, table: str, ids: builtins.list[str]) -> RawResponse[None]: ...

    def delete(
        self,
        body: DeleteEntriesRequest | None = None,
        /,
        *,
        table: str | Unset = UNSET,
        ids: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[None]:
        """Delete table entries with the provided ids.

        Delete table entries with the provided ids. Using ["*"] for ids will delete all rows and reset the
        db_id counter.

        ``DELETE /api/db/deleteEntries`` (deleteEntries).

        Args:
            body: a ``DeleteEntriesRequest``, or its fields as keyword arguments:
            table: (required) db table name
            ids: (required) list of ids to delete. Using ["*"] deletes all rows and resets the db_id counter.

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            DeleteEntriesRequest,
            body,
            {
                "table": table,
                "ids": ids,
            },
            {
                "table": "table",
                "ids": "ids",
            },
            "delete",
            UNSET,
        )
        request = _delete_entries._get_kwargs(
            body=body,
        )
        response = self._caller.send("deleteEntries", request)
        _deleteEntries(self._caller.client, response)
        return RawResponse.of(response, None)


class Entries:
    """Entries of Data+ Server."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> EntriesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return EntriesWithRawResponse(self._caller)

    def list(
        self, table: str, /, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET, columns: str | Unset = UNSET
    ) -> Pager[dict[str, str], EntriesPage]:
        """Get entries of table.

        ``GET /api/db/getEntries`` (getEntries).

        Args:
            table: db table name
            limit: rows to return (max 10000)
            offset: get rows with offset x
            columns: comma separated list of columns to return

        Returns:
            A pager: iterating yields every row (a mapping) of every page, fetched lazily;
            ``.pages()`` yields the ``EntriesPage`` pages themselves.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_entries._get_kwargs(
            table=table,
            limit=limit,
            offset=offset,
            columns=columns,
        )
        caller = self._caller

        def fetch(request: dict[str, Any]) -> EntriesPage:
            return _getEntries(caller.client, caller.send("getEntries", request))

        def next_request(page: EntriesPage, previous: dict[str, Any]) -> dict[str, Any] | None:
            count = 0 if isinstance(page.data, Unset) else len(page.data)
            return _facade.next_offset_request(previous, count, None if isinstance(page.total, Unset) else page.total)

        def items(page: EntriesPage) -> builtins.list[dict[str, str]]:
            data = [] if isinstance(page.data, Unset) else page.data
            return [_facade.row_of(row) for row in data]

        return Pager(fetch, request, next_request, items, limit_error=_page_limit_error)

    def insert(self, table: str, row: Mapping[str, str], /) -> dict[str, str]:
        """Insert a single entry in a table.

        Insert a single entry in a table. If no id is provided, the next db_id will be used.

        ``POST /api/db/table/{tableName}/insert`` (insertEntry).

        Args:
            table: db table name
            row: the entry, column name -> value (strings); An entry to insert. Every column value is a string.

        Returns:
            dict[str, str].

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _insert_entry._get_kwargs(
            table,
            body=RowInsert.from_dict(dict(row)),
        )
        response = self._caller.send("insertEntry", request)
        return _insertEntry(self._caller.client, response)

    def update(self, table: str, row: Mapping[str, str], /) -> None:
        """Update a single entry in a table.

        Update a single entry in a table.

        ``POST /api/db/table/{tableName}/update`` (updateEntry).

        Args:
            table: db table name
            row: the entry, column name -> value (strings); An entry to update. Every column value is a string.

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _update_entry._get_kwargs(
            table,
            body=RowUpdate.from_dict(dict(row)),
        )
        response = self._caller.send("updateEntry", request)
        _updateEntry(self._caller.client, response)

    def upsert(self, table: str, row: Mapping[str, str], /) -> None:
        """Updates or inserts (if id does not exist) a single entry in a table.

        Updates or inserts (if id does not exist) a single entry in a table.

        ``POST /api/db/table/{tableName}/upsert`` (upsertEntry).

        Args:
            table: db table name
            row: the entry, column name -> value (strings); An entry to update, or to insert if the id does not exist. Every column value is a string.

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _upsert_entry._get_kwargs(
            table,
            body=RowUpsert.from_dict(dict(row)),
        )
        response = self._caller.send("upsertEntry", request)
        _upsertEntry(self._caller.client, response)

    @overload
    def add_comment_history(self, table: str, body: CommentHistoryEntry, /) -> None: ...

    @overload
    def add_comment_history(
        self, table: str, /, *, id: str, column: str, text: str, user: str, img_url: str | Unset = UNSET
    ) -> None: ...

    def add_comment_history(
        self,
        table: str,
        body: CommentHistoryEntry | None = None,
        /,
        *,
        id: str | Unset = UNSET,
        column: str | Unset = UNSET,
        text: str | Unset = UNSET,
        user: str | Unset = UNSET,
        img_url: str | Unset = UNSET,
    ) -> None:
        """Adds a comment history entry for an existing field.

        Adds a comment history entry for an existing field. If the current content is not the expected
        format, it will be replaced with the posted single entry comment history.

        ``POST /api/db/table/{tableName}/commentHistoryEntry`` (addCommentHistoryEntry).

        Args:
            table: db table name
            body: a ``CommentHistoryEntry``, or its fields as keyword arguments:
            id: (required) row to update
            column: (required) column to update
            text: (required) Entry text
            user: (required) Entry user
            img_url: Entry img

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            CommentHistoryEntry,
            body,
            {
                "id": id,
                "column": column,
                "text": text,
                "user": user,
                "img_url": img_url,
            },
            {
                "id": "id",
                "column": "column",
                "text": "text",
                "user": "user",
                "img_url": "img_url",
            },
            "add_comment_history",
            UNSET,
        )
        request = _add_comment_history_entry._get_kwargs(
            table,
            body=body,
        )
        response = self._caller.send("addCommentHistoryEntry", request)
        _addCommentHistoryEntry(self._caller.client, response)

    def bulk_insert(self, table: str, rows: Iterable[Mapping[str, str]], /) -> builtins.list[dict[str, str]]:
        """Inserts multiple entries in a table.

        Inserts multiple entries in a table. If no id is provided, the next db_id will be used.

        ``POST /api/db/table/{tableName}/bulk/insert`` (bulkInsertEntries).

        Args:
            table: db table name
            rows: the entries, each a mapping of column name -> value (strings).

        Returns:
            list[dict[str, str]].

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _bulk_insert_entries._get_kwargs(
            table,
            body=[RowInsert.from_dict(dict(row)) for row in rows],
        )
        response = self._caller.send("bulkInsertEntries", request)
        return _bulkInsertEntries(self._caller.client, response)

    def bulk_update(self, table: str, rows: Iterable[Mapping[str, str]], /) -> None:
        """Updates multiple entries in a table.

        Updates multiple entries in a table.

        ``POST /api/db/table/{tableName}/bulk/update`` (bulkUpdateEntries).

        Args:
            table: db table name
            rows: the entries, each a mapping of column name -> value (strings).

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _bulk_update_entries._get_kwargs(
            table,
            body=[RowUpdate.from_dict(dict(row)) for row in rows],
        )
        response = self._caller.send("bulkUpdateEntries", request)
        _bulkUpdateEntries(self._caller.client, response)

    def bulk_upsert(self, table: str, rows: Iterable[Mapping[str, str]], /) -> None:
        """Updates or inserts (if id does not exist) multiple entries in a table.

        Updates or inserts (if id does not exist) multiple entries in a table.

        ``POST /api/db/table/{tableName}/bulk/upsert`` (bulkUpsertEntries).

        Args:
            table: db table name
            rows: the entries, each a mapping of column name -> value (strings).

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _bulk_upsert_entries._get_kwargs(
            table,
            body=[RowUpsert.from_dict(dict(row)) for row in rows],
        )
        response = self._caller.send("bulkUpsertEntries", request)
        _bulkUpsertEntries(self._caller.client, response)

    @overload
    def delete(self, body: DeleteEntriesRequest, /) -> None: ...

    @overload
    def delete(self, /, *, table: str, ids: builtins.list[str]) -> None: ...

    def delete(
        self,
        body: DeleteEntriesRequest | None = None,
        /,
        *,
        table: str | Unset = UNSET,
        ids: builtins.list[str] | Unset = UNSET,
    ) -> None:
        """Delete table entries with the provided ids.

        Delete table entries with the provided ids. Using ["*"] for ids will delete all rows and reset the
        db_id counter.

        ``DELETE /api/db/deleteEntries`` (deleteEntries).

        Args:
            body: a ``DeleteEntriesRequest``, or its fields as keyword arguments:
            table: (required) db table name
            ids: (required) list of ids to delete. Using ["*"] deletes all rows and resets the db_id counter.

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            DeleteEntriesRequest,
            body,
            {
                "table": table,
                "ids": ids,
            },
            {
                "table": "table",
                "ids": "ids",
            },
            "delete",
            UNSET,
        )
        request = _delete_entries._get_kwargs(
            body=body,
        )
        response = self._caller.send("deleteEntries", request)
        _deleteEntries(self._caller.client, response)


class AsyncEntriesWithRawResponse:
    """``entries`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def list(
        self, table: str, /, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET, columns: str | Unset = UNSET
    ) -> RawResponse[EntriesPage]:
        """Get entries of table.

        ``GET /api/db/getEntries`` (getEntries).

        Args:
            table: db table name
            limit: rows to return (max 10000)
            offset: get rows with offset x
            columns: comma separated list of columns to return

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (EntriesPage).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_entries._get_kwargs(
            table=table,
            limit=limit,
            offset=offset,
            columns=columns,
        )
        response = await self._caller.send_async("getEntries", request)
        return RawResponse.of(response, _getEntries(self._caller.client, response))

    async def insert(self, table: str, row: Mapping[str, str], /) -> RawResponse[dict[str, str]]:
        """Insert a single entry in a table.

        Insert a single entry in a table. If no id is provided, the next db_id will be used.

        ``POST /api/db/table/{tableName}/insert`` (insertEntry).

        Args:
            table: db table name
            row: the entry, column name -> value (strings); An entry to insert. Every column value is a string.

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (dict[str, str]).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _insert_entry._get_kwargs(
            table,
            body=RowInsert.from_dict(dict(row)),
        )
        response = await self._caller.send_async("insertEntry", request)
        return RawResponse.of(response, _insertEntry(self._caller.client, response))

    async def update(self, table: str, row: Mapping[str, str], /) -> RawResponse[None]:
        """Update a single entry in a table.

        Update a single entry in a table.

        ``POST /api/db/table/{tableName}/update`` (updateEntry).

        Args:
            table: db table name
            row: the entry, column name -> value (strings); An entry to update. Every column value is a string.

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _update_entry._get_kwargs(
            table,
            body=RowUpdate.from_dict(dict(row)),
        )
        response = await self._caller.send_async("updateEntry", request)
        _updateEntry(self._caller.client, response)
        return RawResponse.of(response, None)

    async def upsert(self, table: str, row: Mapping[str, str], /) -> RawResponse[None]:
        """Updates or inserts (if id does not exist) a single entry in a table.

        Updates or inserts (if id does not exist) a single entry in a table.

        ``POST /api/db/table/{tableName}/upsert`` (upsertEntry).

        Args:
            table: db table name
            row: the entry, column name -> value (strings); An entry to update, or to insert if the id does not exist. Every column value is a string.

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _upsert_entry._get_kwargs(
            table,
            body=RowUpsert.from_dict(dict(row)),
        )
        response = await self._caller.send_async("upsertEntry", request)
        _upsertEntry(self._caller.client, response)
        return RawResponse.of(response, None)

    @overload
    async def add_comment_history(self, table: str, body: CommentHistoryEntry, /) -> RawResponse[None]: ...

    @overload
    async def add_comment_history(
        self, table: str, /, *, id: str, column: str, text: str, user: str, img_url: str | Unset = UNSET
    ) -> RawResponse[None]: ...

    async def add_comment_history(
        self,
        table: str,
        body: CommentHistoryEntry | None = None,
        /,
        *,
        id: str | Unset = UNSET,
        column: str | Unset = UNSET,
        text: str | Unset = UNSET,
        user: str | Unset = UNSET,
        img_url: str | Unset = UNSET,
    ) -> RawResponse[None]:
        """Adds a comment history entry for an existing field.

        Adds a comment history entry for an existing field. If the current content is not the expected
        format, it will be replaced with the posted single entry comment history.

        ``POST /api/db/table/{tableName}/commentHistoryEntry`` (addCommentHistoryEntry).

        Args:
            table: db table name
            body: a ``CommentHistoryEntry``, or its fields as keyword arguments:
            id: (required) row to update
            column: (required) column to update
            text: (required) Entry text
            user: (required) Entry user
            img_url: Entry img

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            CommentHistoryEntry,
            body,
            {
                "id": id,
                "column": column,
                "text": text,
                "user": user,
                "img_url": img_url,
            },
            {
                "id": "id",
                "column": "column",
                "text": "text",
                "user": "user",
                "img_url": "img_url",
            },
            "add_comment_history",
            UNSET,
        )
        request = _add_comment_history_entry._get_kwargs(
            table,
            body=body,
        )
        response = await self._caller.send_async("addCommentHistoryEntry", request)
        _addCommentHistoryEntry(self._caller.client, response)
        return RawResponse.of(response, None)

    async def bulk_insert(
        self, table: str, rows: Iterable[Mapping[str, str]], /
    ) -> RawResponse[builtins.list[dict[str, str]]]:
        """Inserts multiple entries in a table.

        Inserts multiple entries in a table. If no id is provided, the next db_id will be used.

        ``POST /api/db/table/{tableName}/bulk/insert`` (bulkInsertEntries).

        Args:
            table: db table name
            rows: the entries, each a mapping of column name -> value (strings).

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (list[dict[str, str]]).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _bulk_insert_entries._get_kwargs(
            table,
            body=[RowInsert.from_dict(dict(row)) for row in rows],
        )
        response = await self._caller.send_async("bulkInsertEntries", request)
        return RawResponse.of(response, _bulkInsertEntries(self._caller.client, response))

    async def bulk_update(self, table: str, rows: Iterable[Mapping[str, str]], /) -> RawResponse[None]:
        """Updates multiple entries in a table.

        Updates multiple entries in a table.

        ``POST /api/db/table/{tableName}/bulk/update`` (bulkUpdateEntries).

        Args:
            table: db table name
            rows: the entries, each a mapping of column name -> value (strings).

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _bulk_update_entries._get_kwargs(
            table,
            body=[RowUpdate.from_dict(dict(row)) for row in rows],
        )
        response = await self._caller.send_async("bulkUpdateEntries", request)
        _bulkUpdateEntries(self._caller.client, response)
        return RawResponse.of(response, None)

    async def bulk_upsert(self, table: str, rows: Iterable[Mapping[str, str]], /) -> RawResponse[None]:
        """Updates or inserts (if id does not exist) multiple entries in a table.

        Updates or inserts (if id does not exist) multiple entries in a table.

        ``POST /api/db/table/{tableName}/bulk/upsert`` (bulkUpsertEntries).

        Args:
            table: db table name
            rows: the entries, each a mapping of column name -> value (strings).

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _bulk_upsert_entries._get_kwargs(
            table,
            body=[RowUpsert.from_dict(dict(row)) for row in rows],
        )
        response = await self._caller.send_async("bulkUpsertEntries", request)
        _bulkUpsertEntries(self._caller.client, response)
        return RawResponse.of(response, None)

    @overload
    async def delete(self, body: DeleteEntriesRequest, /) -> RawResponse[None]: ...

    @overload
    async def delete(self, /, *, table: str, ids: builtins.list[str]) -> RawResponse[None]: ...

    async def delete(
        self,
        body: DeleteEntriesRequest | None = None,
        /,
        *,
        table: str | Unset = UNSET,
        ids: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[None]:
        """Delete table entries with the provided ids.

        Delete table entries with the provided ids. Using ["*"] for ids will delete all rows and reset the
        db_id counter.

        ``DELETE /api/db/deleteEntries`` (deleteEntries).

        Args:
            body: a ``DeleteEntriesRequest``, or its fields as keyword arguments:
            table: (required) db table name
            ids: (required) list of ids to delete. Using ["*"] deletes all rows and resets the db_id counter.

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            DeleteEntriesRequest,
            body,
            {
                "table": table,
                "ids": ids,
            },
            {
                "table": "table",
                "ids": "ids",
            },
            "delete",
            UNSET,
        )
        request = _delete_entries._get_kwargs(
            body=body,
        )
        response = await self._caller.send_async("deleteEntries", request)
        _deleteEntries(self._caller.client, response)
        return RawResponse.of(response, None)


class AsyncEntries:
    """Entries of Data+ Server (async)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncEntriesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncEntriesWithRawResponse(self._caller)

    def list(
        self, table: str, /, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET, columns: str | Unset = UNSET
    ) -> AsyncPager[dict[str, str], EntriesPage]:
        """Get entries of table.

        ``GET /api/db/getEntries`` (getEntries).

        Args:
            table: db table name
            limit: rows to return (max 10000)
            offset: get rows with offset x
            columns: comma separated list of columns to return

        Returns:
            A pager: iterating yields every row (a mapping) of every page, fetched lazily;
            ``.pages()`` yields the ``EntriesPage`` pages themselves.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_entries._get_kwargs(
            table=table,
            limit=limit,
            offset=offset,
            columns=columns,
        )
        caller = self._caller

        async def fetch(request: dict[str, Any]) -> EntriesPage:
            return _getEntries(caller.client, await caller.send_async("getEntries", request))

        def next_request(page: EntriesPage, previous: dict[str, Any]) -> dict[str, Any] | None:
            count = 0 if isinstance(page.data, Unset) else len(page.data)
            return _facade.next_offset_request(previous, count, None if isinstance(page.total, Unset) else page.total)

        def items(page: EntriesPage) -> builtins.list[dict[str, str]]:
            data = [] if isinstance(page.data, Unset) else page.data
            return [_facade.row_of(row) for row in data]

        return AsyncPager(fetch, request, next_request, items, limit_error=_page_limit_error)

    async def insert(self, table: str, row: Mapping[str, str], /) -> dict[str, str]:
        """Insert a single entry in a table.

        Insert a single entry in a table. If no id is provided, the next db_id will be used.

        ``POST /api/db/table/{tableName}/insert`` (insertEntry).

        Args:
            table: db table name
            row: the entry, column name -> value (strings); An entry to insert. Every column value is a string.

        Returns:
            dict[str, str].

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _insert_entry._get_kwargs(
            table,
            body=RowInsert.from_dict(dict(row)),
        )
        response = await self._caller.send_async("insertEntry", request)
        return _insertEntry(self._caller.client, response)

    async def update(self, table: str, row: Mapping[str, str], /) -> None:
        """Update a single entry in a table.

        Update a single entry in a table.

        ``POST /api/db/table/{tableName}/update`` (updateEntry).

        Args:
            table: db table name
            row: the entry, column name -> value (strings); An entry to update. Every column value is a string.

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _update_entry._get_kwargs(
            table,
            body=RowUpdate.from_dict(dict(row)),
        )
        response = await self._caller.send_async("updateEntry", request)
        _updateEntry(self._caller.client, response)

    async def upsert(self, table: str, row: Mapping[str, str], /) -> None:
        """Updates or inserts (if id does not exist) a single entry in a table.

        Updates or inserts (if id does not exist) a single entry in a table.

        ``POST /api/db/table/{tableName}/upsert`` (upsertEntry).

        Args:
            table: db table name
            row: the entry, column name -> value (strings); An entry to update, or to insert if the id does not exist. Every column value is a string.

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _upsert_entry._get_kwargs(
            table,
            body=RowUpsert.from_dict(dict(row)),
        )
        response = await self._caller.send_async("upsertEntry", request)
        _upsertEntry(self._caller.client, response)

    @overload
    async def add_comment_history(self, table: str, body: CommentHistoryEntry, /) -> None: ...

    @overload
    async def add_comment_history(
        self, table: str, /, *, id: str, column: str, text: str, user: str, img_url: str | Unset = UNSET
    ) -> None: ...

    async def add_comment_history(
        self,
        table: str,
        body: CommentHistoryEntry | None = None,
        /,
        *,
        id: str | Unset = UNSET,
        column: str | Unset = UNSET,
        text: str | Unset = UNSET,
        user: str | Unset = UNSET,
        img_url: str | Unset = UNSET,
    ) -> None:
        """Adds a comment history entry for an existing field.

        Adds a comment history entry for an existing field. If the current content is not the expected
        format, it will be replaced with the posted single entry comment history.

        ``POST /api/db/table/{tableName}/commentHistoryEntry`` (addCommentHistoryEntry).

        Args:
            table: db table name
            body: a ``CommentHistoryEntry``, or its fields as keyword arguments:
            id: (required) row to update
            column: (required) column to update
            text: (required) Entry text
            user: (required) Entry user
            img_url: Entry img

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            CommentHistoryEntry,
            body,
            {
                "id": id,
                "column": column,
                "text": text,
                "user": user,
                "img_url": img_url,
            },
            {
                "id": "id",
                "column": "column",
                "text": "text",
                "user": "user",
                "img_url": "img_url",
            },
            "add_comment_history",
            UNSET,
        )
        request = _add_comment_history_entry._get_kwargs(
            table,
            body=body,
        )
        response = await self._caller.send_async("addCommentHistoryEntry", request)
        _addCommentHistoryEntry(self._caller.client, response)

    async def bulk_insert(self, table: str, rows: Iterable[Mapping[str, str]], /) -> builtins.list[dict[str, str]]:
        """Inserts multiple entries in a table.

        Inserts multiple entries in a table. If no id is provided, the next db_id will be used.

        ``POST /api/db/table/{tableName}/bulk/insert`` (bulkInsertEntries).

        Args:
            table: db table name
            rows: the entries, each a mapping of column name -> value (strings).

        Returns:
            list[dict[str, str]].

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _bulk_insert_entries._get_kwargs(
            table,
            body=[RowInsert.from_dict(dict(row)) for row in rows],
        )
        response = await self._caller.send_async("bulkInsertEntries", request)
        return _bulkInsertEntries(self._caller.client, response)

    async def bulk_update(self, table: str, rows: Iterable[Mapping[str, str]], /) -> None:
        """Updates multiple entries in a table.

        Updates multiple entries in a table.

        ``POST /api/db/table/{tableName}/bulk/update`` (bulkUpdateEntries).

        Args:
            table: db table name
            rows: the entries, each a mapping of column name -> value (strings).

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _bulk_update_entries._get_kwargs(
            table,
            body=[RowUpdate.from_dict(dict(row)) for row in rows],
        )
        response = await self._caller.send_async("bulkUpdateEntries", request)
        _bulkUpdateEntries(self._caller.client, response)

    async def bulk_upsert(self, table: str, rows: Iterable[Mapping[str, str]], /) -> None:
        """Updates or inserts (if id does not exist) multiple entries in a table.

        Updates or inserts (if id does not exist) multiple entries in a table.

        ``POST /api/db/table/{tableName}/bulk/upsert`` (bulkUpsertEntries).

        Args:
            table: db table name
            rows: the entries, each a mapping of column name -> value (strings).

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _bulk_upsert_entries._get_kwargs(
            table,
            body=[RowUpsert.from_dict(dict(row)) for row in rows],
        )
        response = await self._caller.send_async("bulkUpsertEntries", request)
        _bulkUpsertEntries(self._caller.client, response)

    @overload
    async def delete(self, body: DeleteEntriesRequest, /) -> None: ...

    @overload
    async def delete(self, /, *, table: str, ids: builtins.list[str]) -> None: ...

    async def delete(
        self,
        body: DeleteEntriesRequest | None = None,
        /,
        *,
        table: str | Unset = UNSET,
        ids: builtins.list[str] | Unset = UNSET,
    ) -> None:
        """Delete table entries with the provided ids.

        Delete table entries with the provided ids. Using ["*"] for ids will delete all rows and reset the
        db_id counter.

        ``DELETE /api/db/deleteEntries`` (deleteEntries).

        Args:
            body: a ``DeleteEntriesRequest``, or its fields as keyword arguments:
            table: (required) db table name
            ids: (required) list of ids to delete. Using ["*"] deletes all rows and resets the db_id counter.

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            DeleteEntriesRequest,
            body,
            {
                "table": table,
                "ids": ids,
            },
            {
                "table": "table",
                "ids": "ids",
            },
            "delete",
            UNSET,
        )
        request = _delete_entries._get_kwargs(
            body=body,
        )
        response = await self._caller.send_async("deleteEntries", request)
        _deleteEntries(self._caller.client, response)


class DataPlusClient(AuthenticatedClient):
    """Data+ Server, one attribute per resource.

        dp = DataPlusClient.for_server(api_key, base_url="http://localhost:7766")
        dp = DataPlusClient(base_url="http://localhost:7766", api_key=...)

    Every keyword option of ``AuthenticatedClient`` applies (retries, timeouts, proxies, ...). Errors always
    raise: ``raise_on_error=False`` is refused (use the low-level ``AuthenticatedClient`` for it).
    """

    _path_overrides: Mapping[str, str] = _NO_OVERRIDES

    def __init__(self, base_url: str = "http://localhost:7766", *, api_key: str, **options: Any) -> None:
        options.setdefault("prefix", "")
        super().__init__(base_url, token=api_key, **options)

    @classmethod
    def for_server(cls, api_key: str, *, base_url: str = "http://localhost:7766", **options: Any) -> Self:
        """A Data+ Server (default ``http://localhost:7766``); the API key goes raw in ``Authorization``."""
        return cls(base_url, api_key=api_key, **options)

    @property
    def raise_on_error(self) -> bool:
        """Always True: the resource methods raise for every error status."""
        return True

    @raise_on_error.setter
    def raise_on_error(self, value: bool) -> None:
        if not value:
            raise ValueError(
                "DataPlusClient always raises for error statuses; use AuthenticatedClient(raise_on_error=False) for the low-level functions"
            )

    def _caller(self) -> _facade.Caller[Any]:
        return _facade.Caller(
            self,
            send=_runtime.send,
            send_async=_runtime.send_async,
            routes=_ROUTES,
            overrides=self._path_overrides,
            api_error=errors.ApiError,
        )

    @property
    def mail(self) -> Mail:
        """Mail: send."""
        return Mail(self._caller())

    @property
    def tasks(self) -> Tasks:
        """Tasks: list, get, start."""
        return Tasks(self._caller())

    @property
    def status(self) -> Status:
        """Status: get."""
        return Status(self._caller())

    @property
    def entries(self) -> Entries:
        """Entries: list, insert, update, upsert, add_comment_history, bulk_insert, bulk_update, bulk_upsert, delete."""
        return Entries(self._caller())


class AsyncDataPlusClient(AuthenticatedClient):
    """Data+ Server (async: every method is a coroutine, pagers take ``async for``), one attribute per resource.

        dp = AsyncDataPlusClient.for_server(api_key, base_url="http://localhost:7766")
        dp = AsyncDataPlusClient(base_url="http://localhost:7766", api_key=...)

    Every keyword option of ``AuthenticatedClient`` applies (retries, timeouts, proxies, ...). Errors always
    raise: ``raise_on_error=False`` is refused (use the low-level ``AuthenticatedClient`` for it).
    """

    _path_overrides: Mapping[str, str] = _NO_OVERRIDES

    def __init__(self, base_url: str = "http://localhost:7766", *, api_key: str, **options: Any) -> None:
        options.setdefault("prefix", "")
        super().__init__(base_url, token=api_key, **options)

    @classmethod
    def for_server(cls, api_key: str, *, base_url: str = "http://localhost:7766", **options: Any) -> Self:
        """A Data+ Server (default ``http://localhost:7766``); the API key goes raw in ``Authorization``."""
        return cls(base_url, api_key=api_key, **options)

    @property
    def raise_on_error(self) -> bool:
        """Always True: the resource methods raise for every error status."""
        return True

    @raise_on_error.setter
    def raise_on_error(self, value: bool) -> None:
        if not value:
            raise ValueError(
                "AsyncDataPlusClient always raises for error statuses; use AuthenticatedClient(raise_on_error=False) for the low-level functions"
            )

    def _caller(self) -> _facade.Caller[Any]:
        return _facade.Caller(
            self,
            send=_runtime.send,
            send_async=_runtime.send_async,
            routes=_ROUTES,
            overrides=self._path_overrides,
            api_error=errors.ApiError,
        )

    @property
    def mail(self) -> AsyncMail:
        """Mail: send."""
        return AsyncMail(self._caller())

    @property
    def tasks(self) -> AsyncTasks:
        """Tasks: list, get, start."""
        return AsyncTasks(self._caller())

    @property
    def status(self) -> AsyncStatus:
        """Status: get."""
        return AsyncStatus(self._caller())

    @property
    def entries(self) -> AsyncEntries:
        """Entries: list, insert, update, upsert, add_comment_history, bulk_insert, bulk_update, bulk_upsert, delete."""
        return AsyncEntries(self._caller())
