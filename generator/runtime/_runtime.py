"""What every generated operation calls: send a request, raise typed errors, parse the body robustly.

The endpoint modules call ``send``/``send_async`` with the arguments their ``_get_kwargs`` built, then
``parse`` with their generated parser; ``path_param`` encodes path parameters.
"""

from __future__ import annotations

import os
import ssl
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from . import errors
from ._redaction import redact_url, scrub
from ._transport import CALL_DEADLINE, STREAM_BODY, call_timeout
from ._validation import path_param

if TYPE_CHECKING:
    from ._base_client import BaseClient

__all__ = [
    "Download",
    "call_timeout",
    "check",
    "download",
    "download_async",
    "parse",
    "path_param",
    "send",
    "send_async",
    "status_of",
    "undocumented",
]

T = TypeVar("T")

# httpcore's async (anyio) backend maps TLS errors to httpx errors only during the handshake; with TLS 1.3 a
# refused client certificate arrives as an alert on the first read and escapes as a raw ssl.SSLError.
SEND_ERRORS = (httpx.TransportError, ssl.SSLError)


def _connection_error(
    client: BaseClient, error: httpx.TransportError | ssl.SSLError, sent: dict[str, Any]
) -> errors.ApiConnectionError:
    request: httpx.Request | None = None
    if isinstance(error, httpx.TransportError):
        try:
            request = error.request
        except RuntimeError:  # raised by httpx when the error was not tied to a request
            request = None
    method = request.method if request is not None else str(sent.get("method", "?")).upper()
    url = redact_url(request.url) if request is not None else _sent_url(client, sent)
    kind = errors.ApiTimeoutError if isinstance(error, httpx.TimeoutException) else errors.ApiConnectionError
    text = str(error) or type(error).__name__
    if isinstance(error.__context__, ssl.SSLError) and error.__context__.reason:
        text = f"{text} ({error.__context__.reason})"
    return kind(f"{type(error).__name__}: {scrub(text, client.secret_values())}", method=method, url=url)


def _sent_url(client: BaseClient, kwargs: dict[str, Any]) -> str:
    """The redacted URL of a request that may not have been built (it may be what httpx refused)."""
    path = str(kwargs.get("url", ""))
    try:
        return redact_url(client.base_url + path)
    except httpx.InvalidURL:
        return f"{client.base_url}{path[:80]}... (not a valid URL, {len(path)} characters)"


def _api_error(
    client: BaseClient, response: httpx.Response, kind: type[errors.ApiError], content: bytes | None = None
) -> errors.ApiError:
    return kind(
        status_code=response.status_code,
        headers=response.headers,
        content=response.content if content is None else content,
        method=response.request.method,
        url=redact_url(response.request.url),
        secrets=client.secret_values(),
        read_body=client.service_hooks.read_error_body,
        hint=client.service_hooks.error_hint(response),
    )


def check(client: BaseClient, response: httpx.Response) -> None:
    """Raise the typed error for an error response (unless the client was built with raise_on_error=False)."""
    if client.raise_on_error and response.status_code >= 400:
        raise _api_error(client, response, errors.error_class_for(response.status_code))


def _prepared(client: BaseClient, kwargs: dict[str, Any]) -> dict[str, Any]:
    """`kwargs` (the fresh dict of the endpoint's _get_kwargs) completed for sending, in place."""
    override = call_timeout.get()
    if override is not None and override[0] == id(client):
        kwargs["timeout"] = override[1]
    if client.call_deadline is not None:
        kwargs["extensions"] = {**kwargs.get("extensions", {}), CALL_DEADLINE: time.monotonic() + client.call_deadline}
    client.service_hooks.prepare_kwargs(kwargs)
    return kwargs


def _send_error(client: BaseClient, error: Exception, kwargs: dict[str, Any]) -> Exception:
    """The package's error for a failure raised while sending (never a raw httpx or codec exception)."""
    if isinstance(error, SEND_ERRORS):
        return _connection_error(client, error, kwargs)
    method = str(kwargs.get("method", "?")).upper()
    url = _sent_url(client, kwargs)
    if isinstance(error, httpx.TooManyRedirects):
        return errors.RedirectError(
            f"Redirects went round in a loop or too far for {method} {url}", location=None, method=method, url=url
        )
    if isinstance(error, httpx.DecodingError):
        return errors.UnexpectedResponseError(
            f"Response body could not be decoded ({error})", status_code=0, content=b"", method=method, url=url
        )
    if isinstance(error, (httpx.InvalidURL, UnicodeError)):
        return ValueError(f"cannot send {method} {url}: {scrub(str(error), client.secret_values())}")
    return errors.ApiConnectionError(
        f"{type(error).__name__}: {scrub(str(error), client.secret_values())}", method=method, url=url
    )


# Raised by httpx (or codecs under it) for a request or a response it cannot handle.
_FAILURES = (httpx.HTTPError, httpx.InvalidURL, ssl.SSLError, UnicodeError)


def send(client: BaseClient, kwargs: dict[str, Any]) -> httpx.Response:
    kwargs = _prepared(client, kwargs)
    try:
        response = client.get_httpx_client().request(**kwargs)
    except _FAILURES as error:
        raise _send_error(client, error, kwargs) from error
    check(client, response)
    return response


async def send_async(client: BaseClient, kwargs: dict[str, Any]) -> httpx.Response:
    kwargs = _prepared(client, kwargs)
    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except _FAILURES as error:
        raise _send_error(client, error, kwargs) from error
    check(client, response)
    return response


# A dict lookup instead of the enum's own call, once a call.
_STATUSES = {status.value: status for status in HTTPStatus}


def status_of(client: BaseClient, response: httpx.Response) -> HTTPStatus:
    """The response's status as ``HTTPStatus``; a code the standard does not name (299, 499...) is an error."""
    status = _STATUSES.get(response.status_code)
    if status is None:
        raise undocumented_status(client, response)
    return status


def undocumented_status(client: BaseClient, response: httpx.Response) -> errors.UnexpectedStatus:
    return errors.UnexpectedStatus(
        response.status_code,
        response.content,
        headers=response.headers,
        method=response.request.method,
        url=redact_url(response.request.url),
        secrets=client.secret_values(),
    )


def undocumented(client: BaseClient, response: httpx.Response) -> None:
    """What an operation does with a status its spec does not document: raise ``UnexpectedStatus`` (a 204 or an
    unfollowed 302 where a body is documented must not pass for an empty result); with ``raise_on_error=False``
    and ``raise_on_unexpected_status=False``, give back None as the plain generated code does."""
    if client.raise_on_error or client.raise_on_unexpected_status:
        raise undocumented_status(client, response)


def parse(parser: Callable[..., T], *, client: BaseClient, response: httpx.Response) -> T | None:
    """Run a generated response parser; a body that is not what the spec says never escapes as a raw
    JSONDecodeError/KeyError/TypeError. Success bodies raise UnexpectedResponseError; error bodies
    (seen only with raise_on_error=False) parse to None, the response itself stays available.
    A success body that reports failure by the API's own rules (an envelope) raises ApiError."""
    try:
        result = parser(client=client, response=response)
    except (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as error:
        if response.status_code >= 400:
            return None
        raise errors.UnexpectedResponseError(
            f"Response body does not match the documented type ({type(error).__name__}: {error})",
            status_code=response.status_code,
            content=response.content,
            headers=response.headers,
            method=response.request.method,
            url=redact_url(response.request.url),
            secrets=client.secret_values(),
        ) from error
    if client.raise_on_error and response.status_code < 400 and client.service_hooks.failed(result):
        raise _api_error(client, response, errors.ApiError)
    return result


@dataclass(frozen=True)
class Download:
    """A body written to a file by a ``download_to`` function.

    path: the file (written whole, or not at all). size: its length in bytes, after decoding.
    mime_type: the response's ``Content-Type``, if any.
    """

    path: Path
    size: int
    mime_type: str | None


class _Writer:
    """Writes a streamed body beside its destination, bounded by the client's limits; renamed into place at the end
    so that a failed download never leaves a partial file under the destination's name."""

    def __init__(self, client: BaseClient, response: httpx.Response, destination: str | os.PathLike[str]) -> None:
        self.client = client
        self.response = response
        self.path = Path(destination)
        self.deadline = response.request.extensions.get(CALL_DEADLINE)
        handle, name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent)
        self.file = os.fdopen(handle, "wb")
        self.temporary = Path(name)
        self.size = 0

    def write(self, chunk: bytes) -> None:
        self.size = _bounded(self.client, self.response, self.size, chunk)
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise httpx.ReadTimeout("the call took longer than call_timeout", request=self.response.request)
        self.file.write(chunk)

    def finish(self) -> Download:
        self.file.close()
        os.replace(self.temporary, self.path)
        return Download(self.path, self.size, self.response.headers.get("content-type"))

    def discard(self) -> None:
        self.file.close()
        self.temporary.unlink(missing_ok=True)


def _download_kwargs(client: BaseClient, kwargs: dict[str, Any]) -> dict[str, Any]:
    kwargs = _prepared(client, kwargs)
    kwargs["extensions"] = {**kwargs.get("extensions", {}), STREAM_BODY: True}
    return kwargs


def _refuse_download(client: BaseClient, response: httpx.Response, content: bytes) -> errors.ClientError:
    """The package's error for a download answered with an error or a status other than 2xx."""
    if response.status_code >= 400:
        return _api_error(client, response, errors.error_class_for(response.status_code), content)
    return errors.UnexpectedStatus(
        response.status_code,
        content,
        headers=response.headers,
        method=response.request.method,
        url=redact_url(response.request.url),
        secrets=client.secret_values(),
    )


def _bounded(client: BaseClient, response: httpx.Response, size: int, chunk: bytes) -> int:
    size += len(chunk)
    if client.max_response_bytes is not None and size > client.max_response_bytes:
        raise errors.ResponseTooLargeError(
            client.max_response_bytes,
            status_code=response.status_code,
            method=response.request.method,
            url=redact_url(response.request.url),
        )
    return size


def download(client: BaseClient, kwargs: dict[str, Any], destination: str | os.PathLike[str]) -> Download:
    """Send the request and stream a success body into `destination`, never holding it all in memory.

    Any status other than 2xx raises (there is no error model to give back, whatever ``raise_on_error`` says).
    The body is still bounded by ``max_response_bytes`` and ``call_timeout``; it is not retried once it
    started (the file would have to start over).
    """
    kwargs = _download_kwargs(client, kwargs)
    try:
        with client.get_httpx_client().stream(**kwargs) as response:
            if not 200 <= response.status_code < 300:
                parts: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size = _bounded(client, response, size, chunk)
                    parts.append(chunk)
                raise _refuse_download(client, response, b"".join(parts))
            writer = _Writer(client, response, destination)
            try:
                for chunk in response.iter_bytes():
                    writer.write(chunk)
            except BaseException:
                writer.discard()
                raise
            return writer.finish()
    except _FAILURES as error:
        raise _send_error(client, error, kwargs) from error


async def download_async(client: BaseClient, kwargs: dict[str, Any], destination: str | os.PathLike[str]) -> Download:
    """The async twin of ``download`` (the file is written with blocking writes, chunk by chunk)."""
    kwargs = _download_kwargs(client, kwargs)
    try:
        async with client.get_async_httpx_client().stream(**kwargs) as response:
            if not 200 <= response.status_code < 300:
                parts = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size = _bounded(client, response, size, chunk)
                    parts.append(chunk)
                raise _refuse_download(client, response, b"".join(parts))
            writer = _Writer(client, response, destination)
            try:
                async for chunk in response.aiter_bytes():
                    writer.write(chunk)
            except BaseException:
                writer.discard()
                raise
            return writer.finish()
    except _FAILURES as error:
        raise _send_error(client, error, kwargs) from error
