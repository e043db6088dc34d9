"""Exceptions raised by this package.

Every error carries what a caller needs to react (status, headers, body) and nothing secret: messages and
reprs are built from redacted URLs, and known credentials are scrubbed from any text shown.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from ._redaction import scrub

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientError",
    "ConflictError",
    "ErrorBody",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "UnexpectedResponseError",
    "UnexpectedStatus",
]

_BODY_PREVIEW = 500


class ClientError(Exception):
    """Base class of every exception this package raises."""


@dataclass(frozen=True)
class ErrorBody:
    """What an API's error body says, read by the API's own rules (see the client's service hooks).

    detail: the summary shown in the message (None: the body itself is shown, shortened).
    trace_id: a trace id for the vendor's support (Qlik Cloud's ``traceId``).
    error, error_details: the envelope's ``error`` / ``errorDetails`` values (Qalyptus).
    """

    detail: str | None = None
    trace_id: str | None = None
    error: Any = None
    error_details: Any = None


def _decode(content: bytes) -> Any:
    """The JSON body, or None when the body is not JSON (HTML error page, empty, truncated)."""
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return None


class ApiError(ClientError):
    """The server answered with an error: an HTTP status >= 400, or a body saying the call failed.

    Attributes:
        status_code: the HTTP status.
        headers: the response headers.
        content: the raw response body.
        body: the body decoded as JSON, or None when it is not JSON.
        method: the request method.
        url: the request URL with credentials and secret query values removed.
        message: a short human-readable summary taken from the body when it has one.
        trace_id: the error's trace id, when the API sends one (Qlik Cloud ``traceId``); else None.
        error: the envelope's ``error`` value, when the API wraps responses in one (Qalyptus); else None.
        error_details: the envelope's ``errorDetails`` value (Qalyptus); else None.
    """

    def __init__(
        self,
        *,
        status_code: int,
        headers: httpx.Headers,
        content: bytes,
        method: str,
        url: str,
        secrets: tuple[str, ...] = (),
        read_body: Callable[[Any], ErrorBody] | None = None,
    ) -> None:
        self.status_code = status_code
        self.headers = headers
        self.content = content
        self.body: Any = _decode(content)
        self.method = method
        self.url = url
        read = read_body(self.body) if read_body is not None else ErrorBody()
        self.trace_id: str | None = read.trace_id
        self.error: Any = read.error
        self.error_details: Any = read.error_details
        self.message = scrub(self._summary(read.detail), secrets)
        super().__init__(self.message)

    def _summary(self, detail: str | None) -> str:
        reason = httpx.codes.get_reason_phrase(self.status_code)
        head = f"{self.status_code}{' ' + reason if reason else ''} for {self.method} {self.url}"
        if detail is None:
            detail = self._body_preview()
        return f"{head}: {detail}" if detail else head

    def _body_preview(self) -> str:
        body = self.body
        if isinstance(body, (dict, list)):
            text = json.dumps(body, ensure_ascii=False)
        else:
            text = self.content.decode("utf-8", errors="replace").strip()
        if len(text) > _BODY_PREVIEW:
            text = text[:_BODY_PREVIEW] + f"... ({len(self.content)} bytes)"
        return text

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class BadRequestError(ApiError):
    """400 Bad Request."""


class AuthenticationError(ApiError):
    """401 Unauthorized: missing or invalid credentials."""


class PermissionDeniedError(ApiError):
    """403 Forbidden."""


class NotFoundError(ApiError):
    """404 Not Found."""


class ConflictError(ApiError):
    """409 Conflict."""


class RateLimitError(ApiError):
    """429 Too Many Requests (after the configured retries)."""


class ServerError(ApiError):
    """Any status >= 500 (after the configured retries)."""


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[ApiError]:
    if status_code >= 500:
        return ServerError
    return _BY_STATUS.get(status_code, ApiError)


class UnexpectedResponseError(ClientError):
    """A success response whose body could not be read as the documented type.

    Attributes:
        status_code, headers, content: the response as received.
        method, url: the request (URL redacted).
    """

    def __init__(
        self,
        reason: str,
        *,
        status_code: int,
        content: bytes,
        headers: httpx.Headers | None = None,
        method: str = "",
        url: str = "",
        secrets: tuple[str, ...] = (),
    ) -> None:
        self.status_code = status_code
        self.headers = headers if headers is not None else httpx.Headers()
        self.content = content
        self.method = method
        self.url = url
        preview = content[:_BODY_PREVIEW].decode("utf-8", errors="replace")
        where = f" for {method} {url}" if method else ""
        self.message = scrub(f"{reason} (status {status_code}{where}); body starts: {preview!r}", secrets)
        super().__init__(self.message)


class UnexpectedStatus(UnexpectedResponseError):
    """A success status the spec does not document, with ``raise_on_unexpected_status=True``."""

    def __init__(self, status_code: int, content: bytes) -> None:
        super().__init__("Undocumented status code", status_code=status_code, content=content)


class ApiConnectionError(ClientError):
    """The request could not be completed: connection refused, reset, DNS failure, TLS failure..."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        self.method = method
        self.url = url
        super().__init__(f"{message} ({method} {url})")


class ApiTimeoutError(ApiConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""
