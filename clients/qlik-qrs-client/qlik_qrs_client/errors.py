# Copied from generator/runtime/errors.py into the client generated from specs/qlik-qrs-data-connection.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""Exceptions raised by this package.

Every error carries what a caller needs to react (status, headers, body) and nothing secret: messages and
reprs are built from redacted URLs, and known credentials are scrubbed from any text shown. Errors can be
copied and pickled (e.g. raised in a process pool worker); the copy carries redacted headers and a scrubbed body.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from ._redaction import REDACTED, is_credential_header, scrub

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
    "PageLimitError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "ResponseTooLargeError",
    "ServerError",
    "UnexpectedResponseError",
    "UnexpectedStatus",
]

_BODY_PREVIEW = 500


class ClientError(Exception):
    """Base class of every exception this package raises."""

    # Credentials known when the error was made; used to scrub what a copy or pickle carries, never copied.
    _secrets: tuple[str, ...] = ()

    def __reduce__(self) -> tuple[Any, ...]:
        state = {k: v for k, v in self.__dict__.items() if k != "_secrets"}
        if isinstance(state.get("headers"), httpx.Headers):
            state["headers"] = _redacted_headers(state["headers"])
        if isinstance(state.get("content"), bytes):
            state["content"] = scrub(state["content"].decode("utf-8", errors="replace"), self._secrets).encode()
            if "body" in state:
                state["body"] = _decode(state["content"])
        return _restore, (type(self), str(self), state)


def _restore(cls: type[ClientError], message: str, state: dict[str, Any]) -> ClientError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


def _redacted_headers(headers: httpx.Headers) -> httpx.Headers:
    return httpx.Headers([(k, REDACTED if is_credential_header(k) else v) for k, v in headers.multi_items()])


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
    except (ValueError, RecursionError):  # RecursionError: JSON nested deeper than Python's stack
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
        message: a short human-readable summary taken from the body when it has one, then the API's hint
            when it knows a likely cause (e.g. a QRS base URL without ``/qrs``).
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
        hint: str = "",
    ) -> None:
        self.status_code = status_code
        self.headers = headers
        self.content = content
        self.body: Any = _decode(content)
        self.method = method
        self.url = url
        self._secrets = secrets
        try:
            read = read_body(self.body) if read_body is not None else ErrorBody()
        except RecursionError:
            read = ErrorBody()
        self.trace_id: str | None = read.trace_id
        self.error: Any = read.error
        self.error_details: Any = read.error_details
        self.message = self._summary(read.detail, secrets) + (f" -- {hint}" if hint else "")
        super().__init__(self.message)

    def _summary(self, detail: str | None, secrets: tuple[str, ...]) -> str:
        reason = httpx.codes.get_reason_phrase(self.status_code)
        head = f"{self.status_code}{' ' + reason if reason else ''} for {self.method} {self.url}"
        # Scrubbed before shortening, so that no part of a secret is left at the cut.
        detail = _preview(scrub(detail if detail is not None else self._body_text(), secrets), len(self.content))
        return f"{head}: {detail}" if detail else head

    def _body_text(self) -> str:
        body = self.body
        if isinstance(body, (dict, list)):
            try:
                return json.dumps(body, ensure_ascii=False)
            except RecursionError:
                pass
        return self.content.decode("utf-8", errors="replace").strip()

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


def _preview(text: str, size: int) -> str:
    return text if len(text) <= _BODY_PREVIEW else text[:_BODY_PREVIEW] + f"... ({size} bytes)"


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
        self._secrets = secrets
        # Scrubbed before shortening (a secret straddling the cut leaves nothing), shown as a Python literal.
        text = scrub(content[: _BODY_PREVIEW * 4].decode("utf-8", errors="replace"), secrets)[:_BODY_PREVIEW]
        where = f" for {method} {url}" if method else ""
        self.message = scrub(f"{reason} (status {status_code}{where}); body starts: {text!r}", secrets)
        super().__init__(self.message)


class UnexpectedStatus(UnexpectedResponseError):
    """A status the spec does not document for the operation (a 204 or 302 where a body is documented...)."""

    def __init__(
        self,
        status_code: int,
        content: bytes,
        *,
        headers: httpx.Headers | None = None,
        method: str = "",
        url: str = "",
        secrets: tuple[str, ...] = (),
    ) -> None:
        super().__init__(
            "Undocumented status code",
            status_code=status_code,
            content=content,
            headers=headers,
            method=method,
            url=url,
            secrets=secrets,
        )


class ResponseTooLargeError(UnexpectedResponseError):
    """The body grew past the client's ``max_response_bytes`` (decompressed size); reading stopped there.

    Attributes:
        limit: the configured maximum, in bytes.
    """

    def __init__(self, limit: int, *, status_code: int, method: str = "", url: str = "") -> None:
        self.limit = limit
        super().__init__(
            f"Response body larger than max_response_bytes={limit}",
            status_code=status_code,
            content=b"",
            method=method,
            url=url,
        )


class PageLimitError(UnexpectedResponseError):
    """A list operation kept answering further pages past ``max_pages``; iteration stopped."""


class ApiConnectionError(ClientError):
    """The request could not be completed: connection refused, reset, DNS failure, TLS failure..."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        self.method = method
        self.url = url
        super().__init__(f"{message} ({method} {url})")


class ApiTimeoutError(ApiConnectionError):
    """The request timed out (connect, read, write or pool timeout, or the client's overall ``call_timeout``)."""


class RedirectError(ClientError):
    """A redirect was not followed: it pointed to another origin (scheme, host or port), where the client's
    credentials must not go, or the redirects went round in a loop.

    Attributes:
        location: the redirect target (redacted), or None for a loop.
        method, url: the request that was redirected (URL redacted).
    """

    def __init__(self, message: str, *, location: str | None, method: str, url: str) -> None:
        self.location = location
        self.method = method
        self.url = url
        super().__init__(message)
