# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Exceptions raised by this package.

Every error carries what a caller needs to react (status, headers, body) and nothing secret: messages and
reprs are built from redacted URLs, and known credentials are scrubbed from any text shown.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientError",
    "ConflictError",
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


def _decode(content: bytes) -> Any:
    """The JSON body, or None when the body is not JSON (HTML error page, empty, truncated)."""
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return None


class ApiError(ClientError):
    """The server answered with an error: an HTTP status >= 400.

    Attributes:
        status_code: the HTTP status.
        headers: the response headers.
        content: the raw response body.
        body: the body decoded as JSON, or None when it is not JSON.
        method: the request method.
        url: the request URL with credentials and secret query values removed.
        message: a short human-readable summary taken from the body when it has one.
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
    ) -> None:
        self.status_code = status_code
        self.headers = headers
        self.content = content
        self.body: Any = _decode(content)
        self.method = method
        self.url = url
        self.message = _scrub(self._summary(), secrets)
        super().__init__(self.message)

    def _summary(self) -> str:
        reason = httpx.codes.get_reason_phrase(self.status_code)
        head = f"{self.status_code}{' ' + reason if reason else ''} for {self.method} {self.url}"
        detail = self._detail()
        return f"{head}: {detail}" if detail else head

    def _detail(self) -> str:
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
        self.message = _scrub(f"{reason} (status {status_code}{where}); body starts: {preview!r}", secrets)
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


def _scrub(text: str, secrets: tuple[str, ...]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "<redacted>")
    return text
