# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``status`` of Data+ Server: ``Status`` (documented), ``AsyncStatus`` and their ``with_raw_response`` twins.

Reached as ``DataPlusClient(...).status``. Each method sends one operation through its low-level module under ``api/``,
returns its success type and raises ``errors.ApiError`` (a subclass per status) for anything else.
"""

from __future__ import annotations

from typing import Any

import httpx

from .. import _facade, _results
from .._facade import RawResponse
from ..api.status import get_status as _get_status
from ..client import AuthenticatedClient, Client
from ..models import (
    ServerStatus,
)

__all__ = [
    "AsyncStatus",
    "AsyncStatusWithRawResponse",
    "Status",
    "StatusWithRawResponse",
]


# By method: the keyword fields taking a str (UUID, date) or a mapping (model) for their type (_facade.accept).
_KINDS: dict[str, dict[str, Any]] = {}


def _getStatus(client: AuthenticatedClient | Client, response: httpx.Response) -> ServerStatus:
    parsed = _get_status._build_response(client=client, response=response).parsed
    if isinstance(parsed, ServerStatus):
        return parsed
    raise _results.unexpected(client, response, "Response body is not the documented ServerStatus")


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
        response = self._caller.send("getStatus", _get_status._get_kwargs())
        return _getStatus(self._caller.client, response)


class StatusWithRawResponse:
    """``status`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def get(self) -> RawResponse[ServerStatus]:
        """``Status.get`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getStatus", _get_status._get_kwargs())
        return RawResponse.of(response, _getStatus(self._caller.client, response))


class AsyncStatus:
    """Status of Data+ Server (async: the methods of ``Status``, documented there)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncStatusWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncStatusWithRawResponse(self._caller)

    async def get(self) -> ServerStatus:
        """``Status.get`` (documented there), async."""
        response = await self._caller.send_async("getStatus", _get_status._get_kwargs())
        return _getStatus(self._caller.client, response)


class AsyncStatusWithRawResponse:
    """``status`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def get(self) -> RawResponse[ServerStatus]:
        """``Status.get`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getStatus", _get_status._get_kwargs())
        return RawResponse.of(response, _getStatus(self._caller.client, response))
