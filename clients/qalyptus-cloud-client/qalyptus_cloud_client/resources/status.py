# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``status`` of Qalyptus Cloud: ``Status`` (documented), ``AsyncStatus`` and their ``with_raw_response`` twins.

Reached as ``QalyptusClient(...).status``. Each method sends one operation through its low-level module under ``api/``,
returns its success type and raises ``errors.ApiError`` (a subclass per status) for anything else.
"""

from __future__ import annotations

import os
from typing import Any
from uuid import UUID

import httpx

from .. import _facade, _results, _runtime
from .._facade import JsonObject, JsonValue, RawResponse
from .._runtime import Download
from ..api.status import delete_request as _delete_request
from ..api.status import download_on_demand_request_log as _download_on_demand_request_log
from ..api.status import download_on_demand_request_smtp_log as _download_on_demand_request_smtp_log
from ..api.status import download_scheduled_task_log as _download_scheduled_task_log
from ..api.status import download_scheduled_task_smtp_log as _download_scheduled_task_smtp_log
from ..api.status import get_on_demand_request_status as _get_on_demand_request_status
from ..api.status import get_on_demand_request_statuses as _get_on_demand_request_statuses
from ..api.status import get_scheduled_task_status as _get_scheduled_task_status
from ..api.status import get_scheduled_task_statuses as _get_scheduled_task_statuses
from ..api.status import run_request as _run_request
from ..api.status import stop_request as _stop_request
from ..client import AuthenticatedClient, Client
from ..models import (
    ApiResponse,
)
from ..types import File, Unset

__all__ = [
    "AsyncStatus",
    "AsyncStatusWithRawResponse",
    "Status",
    "StatusWithRawResponse",
]


# By method: the keyword fields taking a str (UUID, date) or a mapping (model) for their type (_facade.accept).
_KINDS: dict[str, dict[str, Any]] = {}


def _getScheduledTaskStatuses(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_scheduled_task_statuses._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getScheduledTaskStatus(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_scheduled_task_status._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


def _getOnDemandRequestStatuses(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_on_demand_request_statuses._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _getOnDemandRequestStatus(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonObject:
    parsed = _get_on_demand_request_status._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_object(data, lambda reason: _results.unexpected(client, response, reason))


def _runRequest(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _run_request._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _stopRequest(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _stop_request._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


def _downloadScheduledTaskLog(client: AuthenticatedClient | Client, response: httpx.Response) -> File:
    parsed = _download_scheduled_task_log._build_response(client=client, response=response).parsed
    if isinstance(parsed, File):
        return parsed
    raise _results.unexpected(client, response, "Response body is not the documented File")


def _downloadScheduledTaskSmtpLog(client: AuthenticatedClient | Client, response: httpx.Response) -> File:
    parsed = _download_scheduled_task_smtp_log._build_response(client=client, response=response).parsed
    if isinstance(parsed, File):
        return parsed
    raise _results.unexpected(client, response, "Response body is not the documented File")


def _downloadOnDemandRequestLog(client: AuthenticatedClient | Client, response: httpx.Response) -> File:
    parsed = _download_on_demand_request_log._build_response(client=client, response=response).parsed
    if isinstance(parsed, File):
        return parsed
    raise _results.unexpected(client, response, "Response body is not the documented File")


def _downloadOnDemandRequestSmtpLog(client: AuthenticatedClient | Client, response: httpx.Response) -> File:
    parsed = _download_on_demand_request_smtp_log._build_response(client=client, response=response).parsed
    if isinstance(parsed, File):
        return parsed
    raise _results.unexpected(client, response, "Response body is not the documented File")


def _deleteRequest(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _delete_request._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


class Status:
    """Status of Qalyptus Cloud."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> StatusWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return StatusWithRawResponse(self._caller)

    def list_scheduled_tasks(self) -> JsonValue:
        """Get scheduled task status list.

        Get the status of scheduled tasks.

        ``GET /status/scheduled-tasks`` (getScheduledTaskStatuses): this path is inferred from the
        documentation's naming style, not verified. Status controller naming not documented; alternatives:
        /status/{id}/..., /requests/{id}/..., /tasks/status/... If the API answers 404 or 405, pass
        ``path_overrides={"getScheduledTaskStatuses": "/the/right/path"}`` to the client.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getScheduledTaskStatuses", _get_scheduled_task_statuses._get_kwargs())
        return _getScheduledTaskStatuses(self._caller.client, response)

    def get_scheduled_task(self, id: UUID | str, /) -> JsonObject:
        """Get scheduled task status.

        Get the status of a scheduled task based on the provided ID.

        ``GET /status/scheduled-tasks/{id}`` (getScheduledTaskStatus): this path is inferred from the
        documentation's naming style, not verified. Status controller naming not documented; alternatives:
        /status/{id}/..., /requests/{id}/..., /tasks/status/... If the API answers 404 or 405, pass
        ``path_overrides={"getScheduledTaskStatus": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the scheduled task.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getScheduledTaskStatus", _get_scheduled_task_status._get_kwargs(id))
        return _getScheduledTaskStatus(self._caller.client, response)

    def list_on_demand_requests(self) -> JsonValue:
        """Get on-demand requests status.

        Get the status of on-demand requests.

        ``GET /status/on-demand-requests`` (getOnDemandRequestStatuses): this path is inferred from the
        documentation's naming style, not verified. Status controller naming not documented; alternatives:
        /status/{id}/..., /requests/{id}/..., /tasks/status/... If the API answers 404 or 405, pass
        ``path_overrides={"getOnDemandRequestStatuses": "/the/right/path"}`` to the client.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getOnDemandRequestStatuses", _get_on_demand_request_statuses._get_kwargs())
        return _getOnDemandRequestStatuses(self._caller.client, response)

    def get_on_demand_request(self, id: UUID | str, /) -> JsonObject:
        """Get on-demand request status.

        Get the status of the specified on-demand request.

        ``GET /status/on-demand-requests/{id}`` (getOnDemandRequestStatus): this path is inferred from the
        documentation's naming style, not verified. Status controller naming not documented; alternatives:
        /status/{id}/..., /requests/{id}/..., /tasks/status/... If the API answers 404 or 405, pass
        ``path_overrides={"getOnDemandRequestStatus": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the on-demand request.

        Returns:
            JsonObject: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getOnDemandRequestStatus", _get_on_demand_request_status._get_kwargs(id))
        return _getOnDemandRequestStatus(self._caller.client, response)

    def run(self, id: UUID | str, /) -> JsonValue:
        """Runs a specified task or report.

        Initiates the execution of the specified task or report request. The request can be a scheduled
        task, on-demand report, or on-demand task.

        ``POST /status/{id}/run`` (runRequest): this path is inferred from the documentation's naming style,
        not verified. The id may be a scheduled task or an on-demand request, so no sub-collection is used;
        naming guessed. If the API answers 404 or 405, pass ``path_overrides={"runRequest":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task or report request to run.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("runRequest", _run_request._get_kwargs(id))
        return _runRequest(self._caller.client, response)

    def stop(self, id: UUID | str, /) -> JsonValue:
        """Stop the execution of a specified task or request.

        Stops the execution of the specified task or request. The request can be a scheduled task or an
        on-demand request.

        ``POST /status/{id}/stop`` (stopRequest): this path is inferred from the documentation's naming
        style, not verified. The id may be a scheduled task or an on-demand request, so no sub-collection is
        used; naming guessed. If the API answers 404 or 405, pass ``path_overrides={"stopRequest":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the task or request to stop.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("stopRequest", _stop_request._get_kwargs(id))
        return _stopRequest(self._caller.client, response)

    def download_scheduled_task_log(self, id: UUID | str, /) -> File:
        """Download the scheduled task log file.

        Download the log file of the specified scheduled task if available. The log file contains
        information about the execution of the task.

        ``GET /status/scheduled-tasks/{id}/log`` (downloadScheduledTaskLog): this path is inferred from the
        documentation's naming style, not verified. File download; segment name guessed (alternative
        .../log-file). If the API answers 404 or 405, pass ``path_overrides={"downloadScheduledTaskLog":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the scheduled task.

        Returns:
            File.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("downloadScheduledTaskLog", _download_scheduled_task_log._get_kwargs(id))
        return _downloadScheduledTaskLog(self._caller.client, response)

    def download_scheduled_task_log_to(self, id: UUID | str, destination: str | os.PathLike[str], /) -> Download:
        """``download_scheduled_task_log``, with the file streamed into ``destination`` instead of held in memory.

        The file is written whole or not at all (a failure leaves no partial file under that name); the body
        is bounded by the client's ``max_response_bytes`` and ``call_timeout``. Any status other than 2xx
        raises the package's error, as ``download_scheduled_task_log`` does.

        Returns:
            Download: the path, the size in bytes and the response's ``Content-Type``.
        """
        request = _download_scheduled_task_log._get_kwargs(id)
        return self._caller.call(
            "downloadScheduledTaskLog",
            request,
            lambda client, prepared: _runtime.download(client, prepared, destination),
        )

    def download_scheduled_task_smtp_log(self, id: UUID | str, /) -> File:
        """Download the scheduled task SMTP log file.

        Download the SMTP log file of the specified scheduled task if available.

        ``GET /status/scheduled-tasks/{id}/smtp-log`` (downloadScheduledTaskSmtpLog): this path is inferred
        from the documentation's naming style, not verified. File download; segment name guessed
        (alternative .../smtp-log-file). If the API answers 404 or 405, pass
        ``path_overrides={"downloadScheduledTaskSmtpLog": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the scheduled task.

        Returns:
            File.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("downloadScheduledTaskSmtpLog", _download_scheduled_task_smtp_log._get_kwargs(id))
        return _downloadScheduledTaskSmtpLog(self._caller.client, response)

    def download_scheduled_task_smtp_log_to(self, id: UUID | str, destination: str | os.PathLike[str], /) -> Download:
        """``download_scheduled_task_smtp_log``, with the file streamed into ``destination`` instead of held in memory.

        The file is written whole or not at all (a failure leaves no partial file under that name); the body
        is bounded by the client's ``max_response_bytes`` and ``call_timeout``. Any status other than 2xx
        raises the package's error, as ``download_scheduled_task_smtp_log`` does.

        Returns:
            Download: the path, the size in bytes and the response's ``Content-Type``.
        """
        request = _download_scheduled_task_smtp_log._get_kwargs(id)
        return self._caller.call(
            "downloadScheduledTaskSmtpLog",
            request,
            lambda client, prepared: _runtime.download(client, prepared, destination),
        )

    def download_on_demand_request_log(self, id: UUID | str, /) -> File:
        """Download the on-demand request log.

        Download the log file of the specified on-demand request if available. The log file contains
        information about the execution of the on-demand request.

        ``GET /status/on-demand-requests/{id}/log`` (downloadOnDemandRequestLog): this path is inferred from
        the documentation's naming style, not verified. File download; segment name guessed (alternative
        .../log-file). If the API answers 404 or 405, pass ``path_overrides={"downloadOnDemandRequestLog":
        "/the/right/path"}`` to the client.

        Args:
            id: The ID of the on-demand request.

        Returns:
            File.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("downloadOnDemandRequestLog", _download_on_demand_request_log._get_kwargs(id))
        return _downloadOnDemandRequestLog(self._caller.client, response)

    def download_on_demand_request_log_to(self, id: UUID | str, destination: str | os.PathLike[str], /) -> Download:
        """``download_on_demand_request_log``, with the file streamed into ``destination`` instead of held in memory.

        The file is written whole or not at all (a failure leaves no partial file under that name); the body
        is bounded by the client's ``max_response_bytes`` and ``call_timeout``. Any status other than 2xx
        raises the package's error, as ``download_on_demand_request_log`` does.

        Returns:
            Download: the path, the size in bytes and the response's ``Content-Type``.
        """
        request = _download_on_demand_request_log._get_kwargs(id)
        return self._caller.call(
            "downloadOnDemandRequestLog",
            request,
            lambda client, prepared: _runtime.download(client, prepared, destination),
        )

    def download_on_demand_request_smtp_log(self, id: UUID | str, /) -> File:
        """Download on-demand request SMTP log file.

        Download the SMTP log file of the specified on-demand request if available.

        ``GET /status/on-demand-requests/{id}/smtp-log`` (downloadOnDemandRequestSmtpLog): this path is
        inferred from the documentation's naming style, not verified. File download; segment name guessed
        (alternative .../smtp-log-file). If the API answers 404 or 405, pass
        ``path_overrides={"downloadOnDemandRequestSmtpLog": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the on-demand request.

        Returns:
            File.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "downloadOnDemandRequestSmtpLog", _download_on_demand_request_smtp_log._get_kwargs(id)
        )
        return _downloadOnDemandRequestSmtpLog(self._caller.client, response)

    def download_on_demand_request_smtp_log_to(
        self, id: UUID | str, destination: str | os.PathLike[str], /
    ) -> Download:
        """``download_on_demand_request_smtp_log``, with the file streamed into ``destination`` instead of held in memory.

        The file is written whole or not at all (a failure leaves no partial file under that name); the body
        is bounded by the client's ``max_response_bytes`` and ``call_timeout``. Any status other than 2xx
        raises the package's error, as ``download_on_demand_request_smtp_log`` does.

        Returns:
            Download: the path, the size in bytes and the response's ``Content-Type``.
        """
        request = _download_on_demand_request_smtp_log._get_kwargs(id)
        return self._caller.call(
            "downloadOnDemandRequestSmtpLog",
            request,
            lambda client, prepared: _runtime.download(client, prepared, destination),
        )

    def delete(self, id: UUID | str, /) -> JsonValue:
        """Delete request.

        Deletes the specified request. If the request is currently in the running or queued state, it will
        first be stopped before deletion. Additionally, associated log files and report files, if any, will
        be deleted from the storage.

        ``DELETE /status/{id}`` (deleteRequest): this path is inferred from the documentation's naming
        style, not verified. The id may be a scheduled task or an on-demand request; alternatives:
        /status/requests/{id}, /requests/{id}. If the API answers 404 or 405, pass
        ``path_overrides={"deleteRequest": "/the/right/path"}`` to the client.

        Args:
            id: The ID of the request to delete.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteRequest", _delete_request._get_kwargs(id))
        return _deleteRequest(self._caller.client, response)


class StatusWithRawResponse:
    """``status`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def list_scheduled_tasks(self) -> RawResponse[JsonValue]:
        """``Status.list_scheduled_tasks`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getScheduledTaskStatuses", _get_scheduled_task_statuses._get_kwargs())
        return RawResponse.of(response, _getScheduledTaskStatuses(self._caller.client, response))

    def get_scheduled_task(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Status.get_scheduled_task`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getScheduledTaskStatus", _get_scheduled_task_status._get_kwargs(id))
        return RawResponse.of(response, _getScheduledTaskStatus(self._caller.client, response))

    def list_on_demand_requests(self) -> RawResponse[JsonValue]:
        """``Status.list_on_demand_requests`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getOnDemandRequestStatuses", _get_on_demand_request_statuses._get_kwargs())
        return RawResponse.of(response, _getOnDemandRequestStatuses(self._caller.client, response))

    def get_on_demand_request(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Status.get_on_demand_request`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getOnDemandRequestStatus", _get_on_demand_request_status._get_kwargs(id))
        return RawResponse.of(response, _getOnDemandRequestStatus(self._caller.client, response))

    def run(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Status.run`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("runRequest", _run_request._get_kwargs(id))
        return RawResponse.of(response, _runRequest(self._caller.client, response))

    def stop(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Status.stop`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("stopRequest", _stop_request._get_kwargs(id))
        return RawResponse.of(response, _stopRequest(self._caller.client, response))

    def download_scheduled_task_log(self, id: UUID | str, /) -> RawResponse[File]:
        """``Status.download_scheduled_task_log`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("downloadScheduledTaskLog", _download_scheduled_task_log._get_kwargs(id))
        return RawResponse.of(response, _downloadScheduledTaskLog(self._caller.client, response))

    def download_scheduled_task_smtp_log(self, id: UUID | str, /) -> RawResponse[File]:
        """``Status.download_scheduled_task_smtp_log`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("downloadScheduledTaskSmtpLog", _download_scheduled_task_smtp_log._get_kwargs(id))
        return RawResponse.of(response, _downloadScheduledTaskSmtpLog(self._caller.client, response))

    def download_on_demand_request_log(self, id: UUID | str, /) -> RawResponse[File]:
        """``Status.download_on_demand_request_log`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("downloadOnDemandRequestLog", _download_on_demand_request_log._get_kwargs(id))
        return RawResponse.of(response, _downloadOnDemandRequestLog(self._caller.client, response))

    def download_on_demand_request_smtp_log(self, id: UUID | str, /) -> RawResponse[File]:
        """``Status.download_on_demand_request_smtp_log`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "downloadOnDemandRequestSmtpLog", _download_on_demand_request_smtp_log._get_kwargs(id)
        )
        return RawResponse.of(response, _downloadOnDemandRequestSmtpLog(self._caller.client, response))

    def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Status.delete`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteRequest", _delete_request._get_kwargs(id))
        return RawResponse.of(response, _deleteRequest(self._caller.client, response))


class AsyncStatus:
    """Status of Qalyptus Cloud (async: the methods of ``Status``, documented there)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncStatusWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncStatusWithRawResponse(self._caller)

    async def list_scheduled_tasks(self) -> JsonValue:
        """``Status.list_scheduled_tasks`` (documented there), async."""
        response = await self._caller.send_async("getScheduledTaskStatuses", _get_scheduled_task_statuses._get_kwargs())
        return _getScheduledTaskStatuses(self._caller.client, response)

    async def get_scheduled_task(self, id: UUID | str, /) -> JsonObject:
        """``Status.get_scheduled_task`` (documented there), async."""
        response = await self._caller.send_async("getScheduledTaskStatus", _get_scheduled_task_status._get_kwargs(id))
        return _getScheduledTaskStatus(self._caller.client, response)

    async def list_on_demand_requests(self) -> JsonValue:
        """``Status.list_on_demand_requests`` (documented there), async."""
        response = await self._caller.send_async(
            "getOnDemandRequestStatuses", _get_on_demand_request_statuses._get_kwargs()
        )
        return _getOnDemandRequestStatuses(self._caller.client, response)

    async def get_on_demand_request(self, id: UUID | str, /) -> JsonObject:
        """``Status.get_on_demand_request`` (documented there), async."""
        response = await self._caller.send_async(
            "getOnDemandRequestStatus", _get_on_demand_request_status._get_kwargs(id)
        )
        return _getOnDemandRequestStatus(self._caller.client, response)

    async def run(self, id: UUID | str, /) -> JsonValue:
        """``Status.run`` (documented there), async."""
        response = await self._caller.send_async("runRequest", _run_request._get_kwargs(id))
        return _runRequest(self._caller.client, response)

    async def stop(self, id: UUID | str, /) -> JsonValue:
        """``Status.stop`` (documented there), async."""
        response = await self._caller.send_async("stopRequest", _stop_request._get_kwargs(id))
        return _stopRequest(self._caller.client, response)

    async def download_scheduled_task_log(self, id: UUID | str, /) -> File:
        """``Status.download_scheduled_task_log`` (documented there), async."""
        response = await self._caller.send_async(
            "downloadScheduledTaskLog", _download_scheduled_task_log._get_kwargs(id)
        )
        return _downloadScheduledTaskLog(self._caller.client, response)

    async def download_scheduled_task_log_to(self, id: UUID | str, destination: str | os.PathLike[str], /) -> Download:
        """``download_scheduled_task_log_to`` of the sync resource (documented there), async."""
        request = _download_scheduled_task_log._get_kwargs(id)
        return await self._caller.call_async(
            "downloadScheduledTaskLog",
            request,
            lambda client, prepared: _runtime.download_async(client, prepared, destination),
        )

    async def download_scheduled_task_smtp_log(self, id: UUID | str, /) -> File:
        """``Status.download_scheduled_task_smtp_log`` (documented there), async."""
        response = await self._caller.send_async(
            "downloadScheduledTaskSmtpLog", _download_scheduled_task_smtp_log._get_kwargs(id)
        )
        return _downloadScheduledTaskSmtpLog(self._caller.client, response)

    async def download_scheduled_task_smtp_log_to(
        self, id: UUID | str, destination: str | os.PathLike[str], /
    ) -> Download:
        """``download_scheduled_task_smtp_log_to`` of the sync resource (documented there), async."""
        request = _download_scheduled_task_smtp_log._get_kwargs(id)
        return await self._caller.call_async(
            "downloadScheduledTaskSmtpLog",
            request,
            lambda client, prepared: _runtime.download_async(client, prepared, destination),
        )

    async def download_on_demand_request_log(self, id: UUID | str, /) -> File:
        """``Status.download_on_demand_request_log`` (documented there), async."""
        response = await self._caller.send_async(
            "downloadOnDemandRequestLog", _download_on_demand_request_log._get_kwargs(id)
        )
        return _downloadOnDemandRequestLog(self._caller.client, response)

    async def download_on_demand_request_log_to(
        self, id: UUID | str, destination: str | os.PathLike[str], /
    ) -> Download:
        """``download_on_demand_request_log_to`` of the sync resource (documented there), async."""
        request = _download_on_demand_request_log._get_kwargs(id)
        return await self._caller.call_async(
            "downloadOnDemandRequestLog",
            request,
            lambda client, prepared: _runtime.download_async(client, prepared, destination),
        )

    async def download_on_demand_request_smtp_log(self, id: UUID | str, /) -> File:
        """``Status.download_on_demand_request_smtp_log`` (documented there), async."""
        response = await self._caller.send_async(
            "downloadOnDemandRequestSmtpLog", _download_on_demand_request_smtp_log._get_kwargs(id)
        )
        return _downloadOnDemandRequestSmtpLog(self._caller.client, response)

    async def download_on_demand_request_smtp_log_to(
        self, id: UUID | str, destination: str | os.PathLike[str], /
    ) -> Download:
        """``download_on_demand_request_smtp_log_to`` of the sync resource (documented there), async."""
        request = _download_on_demand_request_smtp_log._get_kwargs(id)
        return await self._caller.call_async(
            "downloadOnDemandRequestSmtpLog",
            request,
            lambda client, prepared: _runtime.download_async(client, prepared, destination),
        )

    async def delete(self, id: UUID | str, /) -> JsonValue:
        """``Status.delete`` (documented there), async."""
        response = await self._caller.send_async("deleteRequest", _delete_request._get_kwargs(id))
        return _deleteRequest(self._caller.client, response)


class AsyncStatusWithRawResponse:
    """``status`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def list_scheduled_tasks(self) -> RawResponse[JsonValue]:
        """``Status.list_scheduled_tasks`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getScheduledTaskStatuses", _get_scheduled_task_statuses._get_kwargs())
        return RawResponse.of(response, _getScheduledTaskStatuses(self._caller.client, response))

    async def get_scheduled_task(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Status.get_scheduled_task`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getScheduledTaskStatus", _get_scheduled_task_status._get_kwargs(id))
        return RawResponse.of(response, _getScheduledTaskStatus(self._caller.client, response))

    async def list_on_demand_requests(self) -> RawResponse[JsonValue]:
        """``Status.list_on_demand_requests`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "getOnDemandRequestStatuses", _get_on_demand_request_statuses._get_kwargs()
        )
        return RawResponse.of(response, _getOnDemandRequestStatuses(self._caller.client, response))

    async def get_on_demand_request(self, id: UUID | str, /) -> RawResponse[JsonObject]:
        """``Status.get_on_demand_request`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "getOnDemandRequestStatus", _get_on_demand_request_status._get_kwargs(id)
        )
        return RawResponse.of(response, _getOnDemandRequestStatus(self._caller.client, response))

    async def run(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Status.run`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("runRequest", _run_request._get_kwargs(id))
        return RawResponse.of(response, _runRequest(self._caller.client, response))

    async def stop(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Status.stop`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("stopRequest", _stop_request._get_kwargs(id))
        return RawResponse.of(response, _stopRequest(self._caller.client, response))

    async def download_scheduled_task_log(self, id: UUID | str, /) -> RawResponse[File]:
        """``Status.download_scheduled_task_log`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "downloadScheduledTaskLog", _download_scheduled_task_log._get_kwargs(id)
        )
        return RawResponse.of(response, _downloadScheduledTaskLog(self._caller.client, response))

    async def download_scheduled_task_smtp_log(self, id: UUID | str, /) -> RawResponse[File]:
        """``Status.download_scheduled_task_smtp_log`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "downloadScheduledTaskSmtpLog", _download_scheduled_task_smtp_log._get_kwargs(id)
        )
        return RawResponse.of(response, _downloadScheduledTaskSmtpLog(self._caller.client, response))

    async def download_on_demand_request_log(self, id: UUID | str, /) -> RawResponse[File]:
        """``Status.download_on_demand_request_log`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "downloadOnDemandRequestLog", _download_on_demand_request_log._get_kwargs(id)
        )
        return RawResponse.of(response, _downloadOnDemandRequestLog(self._caller.client, response))

    async def download_on_demand_request_smtp_log(self, id: UUID | str, /) -> RawResponse[File]:
        """``Status.download_on_demand_request_smtp_log`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "downloadOnDemandRequestSmtpLog", _download_on_demand_request_smtp_log._get_kwargs(id)
        )
        return RawResponse.of(response, _downloadOnDemandRequestSmtpLog(self._caller.client, response))

    async def delete(self, id: UUID | str, /) -> RawResponse[JsonValue]:
        """``Status.delete`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteRequest", _delete_request._get_kwargs(id))
        return RawResponse.of(response, _deleteRequest(self._caller.client, response))
