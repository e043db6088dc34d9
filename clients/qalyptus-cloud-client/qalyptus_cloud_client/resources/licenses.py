# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``licenses`` of Qalyptus Cloud: ``Licenses`` (documented), ``AsyncLicenses`` and their ``with_raw_response`` twins.

Reached as ``QalyptusClient(...).licenses``. Each method sends one operation through its low-level module under ``api/``,
returns its success type and raises ``errors.ApiError`` (a subclass per status) for anything else.
"""

from __future__ import annotations

from typing import Any

import httpx

from .. import _facade, _results
from .._facade import JsonValue, RawResponse
from ..api.licenses import get_licenses as _get_licenses
from ..client import AuthenticatedClient, Client
from ..models import (
    ApiResponse,
)
from ..types import Unset

__all__ = [
    "AsyncLicenses",
    "AsyncLicensesWithRawResponse",
    "Licenses",
    "LicensesWithRawResponse",
]


# By method: the keyword fields taking a str (UUID, date) or a mapping (model) for their type (_facade.accept).
_KINDS: dict[str, dict[str, Any]] = {}


def _getLicenses(client: AuthenticatedClient | Client, response: httpx.Response) -> JsonValue:
    parsed = _get_licenses._build_response(client=client, response=response).parsed
    if not isinstance(parsed, ApiResponse):
        raise _results.unexpected(client, response, "Response body is not the documented envelope")
    data = None if isinstance(parsed.data, Unset) else parsed.data
    return _facade.json_value(data, lambda reason: _results.unexpected(client, response, reason))


class Licenses:
    """Licenses of Qalyptus Cloud."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> LicensesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return LicensesWithRawResponse(self._caller)

    def list(self) -> JsonValue:
        """Get licenses.

        Get information about licenses.

        ``GET /licenses`` (getLicenses): this path is inferred from the documentation's naming style, not
        verified. If the API answers 404 or 405, pass ``path_overrides={"getLicenses": "/the/right/path"}``
        to the client.

        Returns:
            JsonValue: the envelope's ``data``.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...), or ``isSuccess: false``.
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getLicenses", _get_licenses._get_kwargs())
        return _getLicenses(self._caller.client, response)


class LicensesWithRawResponse:
    """``licenses`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def list(self) -> RawResponse[JsonValue]:
        """``Licenses.list`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getLicenses", _get_licenses._get_kwargs())
        return RawResponse.of(response, _getLicenses(self._caller.client, response))


class AsyncLicenses:
    """Licenses of Qalyptus Cloud (async: the methods of ``Licenses``, documented there)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncLicensesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncLicensesWithRawResponse(self._caller)

    async def list(self) -> JsonValue:
        """``Licenses.list`` (documented there), async."""
        response = await self._caller.send_async("getLicenses", _get_licenses._get_kwargs())
        return _getLicenses(self._caller.client, response)


class AsyncLicensesWithRawResponse:
    """``licenses`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def list(self) -> RawResponse[JsonValue]:
        """``Licenses.list`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("getLicenses", _get_licenses._get_kwargs())
        return RawResponse.of(response, _getLicenses(self._caller.client, response))
