# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``tasks`` of Data+ Server: ``Tasks`` (documented), ``AsyncTasks`` and their ``with_raw_response`` twins.

Reached as ``DataPlusClient(...).tasks``. Each method sends one operation through its low-level module under ``api/``,
returns its success type and raises ``errors.ApiError`` (a subclass per status) for anything else.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict, Unpack, overload

import httpx

from .. import _facade, _results
from .._facade import RawResponse
from ..api.task import get_all_task_info as _get_all_task_info
from ..api.task import get_task_info as _get_task_info
from ..api.task import start_task as _start_task
from ..client import AuthenticatedClient, Client
from ..models import (
    StartTaskRequest,
    TaskOperational,
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


def _getAllTaskInfo(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[TaskOperational]:
    parsed = _get_all_task_info._build_response(client=client, response=response).parsed
    if isinstance(parsed, list):
        return parsed
    raise _results.unexpected(client, response, "Response body is not the documented builtins.list[TaskOperational]")


def _getTaskInfo(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[TaskOperational]:
    parsed = _get_task_info._build_response(client=client, response=response).parsed
    if isinstance(parsed, list):
        return parsed
    raise _results.unexpected(client, response, "Response body is not the documented builtins.list[TaskOperational]")


if TYPE_CHECKING:

    class _startTaskFields(TypedDict, total=False):
        """``start``'s keyword fields, those of a ``StartTaskRequest`` (shared by its four variants)."""

        task_id: Required[str]


def _startTask(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


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
        response = self._caller.send("getAllTaskInfo", _get_all_task_info._get_kwargs())
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
        response = self._caller.send("getTaskInfo", _get_task_info._get_kwargs(task_id))
        return _getTaskInfo(self._caller.client, response)

    @overload
    def start(self, body: StartTaskRequest | Mapping[str, Any], /) -> None: ...

    @overload
    def start(self, /, **fields: Unpack[_startTaskFields]) -> None: ...

    def start(
        self, body: StartTaskRequest | Mapping[str, Any] | None = None, /, *, task_id: str | Unset = UNSET
    ) -> None:
        """Start a reload task.

        Start a reload task.

        ``POST /api/task/start`` (startTask).

        Args:
            body: a ``StartTaskRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            task_id: (required) Id of the task to start

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(StartTaskRequest, body, locals(), ("self", "body"), "start", UNSET)
        response = self._caller.send("startTask", _start_task._get_kwargs(body=body))
        _startTask(self._caller.client, response)


class TasksWithRawResponse:
    """``tasks`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def list(self) -> RawResponse[builtins.list[TaskOperational]]:
        """``Tasks.list`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getAllTaskInfo", _get_all_task_info._get_kwargs())
        return RawResponse.of(response, _getAllTaskInfo(self._caller.client, response))

    def get(self, task_id: str, /) -> RawResponse[builtins.list[TaskOperational]]:
        """``Tasks.get`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getTaskInfo", _get_task_info._get_kwargs(task_id))
        return RawResponse.of(response, _getTaskInfo(self._caller.client, response))

    @overload
    def start(self, body: StartTaskRequest | Mapping[str, Any], /) -> RawResponse[None]: ...

    @overload
    def start(self, /, **fields: Unpack[_startTaskFields]) -> RawResponse[None]: ...

    def start(self, body: StartTaskRequest | Mapping[str, Any] | None = None, /, **fields: Any) -> RawResponse[None]:
        """``Tasks.start`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(StartTaskRequest, body, fields, "start", UNSET)
        response = self._caller.send("startTask", _start_task._get_kwargs(body=body))
        _startTask(self._caller.client, response)
        return RawResponse.of(response, None)


class AsyncTasks:
    """Tasks of Data+ Server (async: the methods of ``Tasks``, documented there)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncTasksWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncTasksWithRawResponse(self._caller)

    async def list(self) -> builtins.list[TaskOperational]:
        """``Tasks.list`` (documented there), async."""
        response = await self._caller.send_async("getAllTaskInfo", _get_all_task_info._get_kwargs())
        return _getAllTaskInfo(self._caller.client, response)

    async def get(self, task_id: str, /) -> builtins.list[TaskOperational]:
        """``Tasks.get`` (documented there), async."""
        response = await self._caller.send_async("getTaskInfo", _get_task_info._get_kwargs(task_id))
        return _getTaskInfo(self._caller.client, response)

    @overload
    async def start(self, body: StartTaskRequest | Mapping[str, Any], /) -> None: ...

    @overload
    async def start(self, /, **fields: Unpack[_startTaskFields]) -> None: ...

    async def start(self, body: StartTaskRequest | Mapping[str, Any] | None = None, /, **fields: Any) -> None:
        """``Tasks.start`` (documented there), async."""
        body = _facade.model_from_keywords(StartTaskRequest, body, fields, "start", UNSET)
        response = await self._caller.send_async("startTask", _start_task._get_kwargs(body=body))
        _startTask(self._caller.client, response)


class AsyncTasksWithRawResponse:
    """``tasks`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def list(self) -> RawResponse[builtins.list[TaskOperational]]:
        """``Tasks.list`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getAllTaskInfo", _get_all_task_info._get_kwargs())
        return RawResponse.of(response, _getAllTaskInfo(self._caller.client, response))

    async def get(self, task_id: str, /) -> RawResponse[builtins.list[TaskOperational]]:
        """``Tasks.get`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getTaskInfo", _get_task_info._get_kwargs(task_id))
        return RawResponse.of(response, _getTaskInfo(self._caller.client, response))

    @overload
    async def start(self, body: StartTaskRequest | Mapping[str, Any], /) -> RawResponse[None]: ...

    @overload
    async def start(self, /, **fields: Unpack[_startTaskFields]) -> RawResponse[None]: ...

    async def start(
        self, body: StartTaskRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[None]:
        """``Tasks.start`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(StartTaskRequest, body, fields, "start", UNSET)
        response = await self._caller.send_async("startTask", _start_task._get_kwargs(body=body))
        _startTask(self._caller.client, response)
        return RawResponse.of(response, None)
