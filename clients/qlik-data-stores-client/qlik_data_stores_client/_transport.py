# Copied from generator/runtime/_transport.py into the client generated from specs/qlik-cloud-data-stores.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""The transport every httpx client of the package sends through.

It wraps the real transport, so it sees every attempt and every redirect hop httpx makes, and it:
- refuses a hop to another origin (credentials, cookies and client certificates stay with the API);
- applies the API's request hooks (Xrfkey, pacing) and the retry rules;
- reads the body inside the retry scope (an idempotent request whose body breaks off is tried again), decoding
  gzip/deflate itself so that ``max_response_bytes`` bounds the decompressed size while reading;
- keeps the whole call within the client's ``call_timeout``, waits included.
"""

from __future__ import annotations

import contextvars
import logging
import time
import zlib
from typing import Any, cast

import httpx

from ._hooks import ServiceHooks
from ._redaction import redact_url
from ._retry import RetryConfig, retryable_error, retryable_status
from .errors import RedirectError, ResponseTooLargeError, UnexpectedResponseError

__all__ = [
    "CALL_DEADLINE",
    "STREAM_BODY",
    "AsyncRuntimeTransport",
    "DeadlineExceeded",
    "RuntimeTransport",
    "call_timeout",
]

# The package's logger ("qlik_qrs_client", ...): retries are logged at INFO there.
logger = logging.getLogger(__name__.rpartition(".")[0])
# The request extension carrying the call's deadline (time.monotonic() value), set when the call starts.
CALL_DEADLINE = "call_deadline"
# The request extension of a download: a success body is passed on as a stream (the reader bounds it).
STREAM_BODY = "stream_body"
# The URL the call asked for: set on its first request, and carried by httpx to every redirect hop made from it.
_REQUESTED_URL = "requested_url"
# (id of the client, timeout) set by Client.call_timeout() for the calls made inside its `with` block. Kept here,
# below both the client and _runtime, so that neither has to import the other.
call_timeout: contextvars.ContextVar[tuple[int, httpx.Timeout] | None] = contextvars.ContextVar(
    "call_timeout", default=None
)
_DECODED = ("gzip", "x-gzip", "deflate")
_CHUNK = 64 * 1024


class DeadlineExceeded(httpx.TimeoutException):
    """The call's overall deadline passed (never retried)."""


def _encoding_of(response: httpx.Response) -> str | None:
    """The Content-Encoding this transport decodes itself, if the response has one."""
    encoding = None
    for name, value in response.headers.raw:  # a scan of the raw pairs: half the cost of headers.get()
        if name.lower() == b"content-encoding":
            text = value.decode("latin-1").strip().lower()
            encoding = text if text in _DECODED else None
    return encoding


def _in_memory(response: httpx.Response, request: httpx.Request, limit: int | None) -> bool:
    """A body the transport already holds (an httpx.ByteStream, as from MockTransport) needs no reading or
    re-wrapping, only the size and deadline checks; a streamed or encoded one is read by a _Body."""
    stream = response.stream
    if type(stream) is not httpx.ByteStream or _encoding_of(response) is not None:
        return False
    size = sum(len(chunk) for chunk in stream)  # a ByteStream yields its bytes, as often as asked
    deadline = request.extensions.get(CALL_DEADLINE)
    if deadline is not None and time.monotonic() > deadline:
        raise DeadlineExceeded("the call took longer than call_timeout", request=request)
    if limit is not None and size > limit:
        raise _Body(response, request, limit).too_large()
    return True


class _Body:
    """Collects a body chunk by chunk: decoded as it arrives, bounded in size, and within the deadline."""

    def __init__(self, response: httpx.Response, request: httpx.Request, limit: int | None) -> None:
        self.request = request
        self.limit = limit
        self.deadline: float | None = request.extensions.get(CALL_DEADLINE)
        self.status = response.status_code
        self.encoding = _encoding_of(response)
        if self.encoding == "deflate":
            self.decoder: Any = zlib.decompressobj()
        elif self.encoding is not None:
            self.decoder = zlib.decompressobj(zlib.MAX_WBITS | 16)
        self.parts: list[bytes] = []
        self.size = 0

    def feed(self, chunk: bytes) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise DeadlineExceeded("the call took longer than call_timeout", request=self.request)
        if self.encoding is None:
            self.size += len(chunk)
            if self.limit is not None and self.size > self.limit:
                raise self.too_large()
            self.parts.append(chunk)
            return
        try:
            if self.encoding == "deflate" and not self.parts and self.size == 0 and chunk[:1] != b"\x78":
                self.decoder = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, as some servers send it
            data = chunk
            while data:
                budget = 0 if self.limit is None else self.limit - self.size + 1
                out = self.decoder.decompress(data, budget)
                self._keep(out)
                data = self.decoder.unconsumed_tail
        except zlib.error as error:
            raise self._undecodable(error) from None

    def finish(self) -> bytes:
        if self.encoding is None:
            return self.parts[0] if len(self.parts) == 1 else b"".join(self.parts)
        try:
            self._keep(self.decoder.flush())
        except zlib.error as error:
            raise self._undecodable(error) from None
        return b"".join(self.parts)

    def _keep(self, data: bytes) -> None:
        self.size += len(data)
        if self.limit is not None and self.size > self.limit:
            raise self.too_large()
        if data:
            self.parts.append(data)

    def too_large(self) -> ResponseTooLargeError:
        assert self.limit is not None
        return ResponseTooLargeError(
            self.limit, status_code=self.status, method=self.request.method, url=redact_url(self.request.url)
        )

    def _undecodable(self, error: zlib.error) -> UnexpectedResponseError:
        return UnexpectedResponseError(
            f"Response body could not be decoded ({self.encoding}: {error})",
            status_code=self.status,
            content=b"",
            method=self.request.method,
            url=redact_url(self.request.url),
        )

    def install(self, response: httpx.Response, content: bytes) -> None:
        """Give `response` the body read here, as if httpx had never streamed it."""
        if self.encoding is not None:  # decoded here: httpx must not decode it again
            del response.headers["content-encoding"]
            response.headers["content-length"] = str(len(content))
        response.stream = httpx.ByteStream(content)


class _TransportBase:
    def __init__(
        self, *, retry: RetryConfig, hooks: ServiceHooks, origin: httpx.URL, max_response_bytes: int | None
    ) -> None:
        self.retry = retry
        self.hooks = hooks
        # The base hooks do nothing: a call per request saved where the API overrides neither.
        self.prepares = type(hooks).prepare_request is not ServiceHooks.prepare_request
        self.paces = type(hooks).pace is not ServiceHooks.pace
        self.origin = (origin.scheme, origin.host, origin.port)
        self.max_response_bytes = max_response_bytes

    def _check_origin(self, request: httpx.Request) -> None:
        requested = request.extensions.setdefault(_REQUESTED_URL, request.url)
        if (request.url.scheme, request.url.host, request.url.port) != self.origin:
            raise RedirectError(
                f"Not following a redirect to another origin ({redact_url(request.url)}): the client's credentials "
                "stay with the API. Request the target yourself if you trust it.",
                location=redact_url(request.url),
                method=request.method,
                url=redact_url(requested),
            )

    def _remaining(self, request: httpx.Request) -> float | None:
        deadline = request.extensions.get(CALL_DEADLINE)
        if deadline is None:
            return None
        remaining = float(deadline) - time.monotonic()
        if remaining <= 0:
            raise DeadlineExceeded("the call took longer than call_timeout", request=request)
        # Every connect/read/write/pool wait of this attempt ends by the deadline too.
        timeouts = dict(request.extensions.get("timeout") or {})
        request.extensions["timeout"] = {
            key: remaining if timeouts.get(key) is None else min(timeouts[key], remaining)
            for key in ("connect", "read", "write", "pool")
        }
        return remaining

    def _capped(self, request: httpx.Request, wait: float) -> float:
        remaining = self._remaining(request)
        if remaining is not None and wait >= remaining:
            raise DeadlineExceeded("the call would pass call_timeout while waiting to retry", request=request)
        return wait

    def _retry_wait(
        self,
        request: httpx.Request,
        attempt: int,
        response: httpx.Response | None = None,
        error: httpx.TransportError | None = None,
    ) -> float | None:
        """How long to wait before the next attempt (logged), or None when the outcome stands as it is."""
        if attempt >= self.retry.max_retries or isinstance(error, DeadlineExceeded):
            return None
        if error is not None:
            if not retryable_error(request.method, error):  # a body breaking off counts as any failure after sending
                return None
            delay, reason = self.retry.backoff(attempt), type(error).__name__
        else:
            assert response is not None
            if not retryable_status(request.method, response.status_code):
                return None
            delay, reason = self.retry.wait_for_response(attempt, response), f"status {response.status_code}"
        delay = self._capped(request, delay)
        logger.info(
            "Retrying %s %s in %.2f s (retry %d of %d): %s",
            request.method,
            redact_url(request.url),
            delay,
            attempt + 1,
            self.retry.max_retries,
            reason,
        )
        return delay


# The stream is closed, not the response: httpx then reads the response's new, in-memory stream as usual.
def _close(stream: Any) -> None:
    stream.close()


async def _aclose(stream: Any) -> None:
    await stream.aclose()


class RuntimeTransport(_TransportBase, httpx.BaseTransport):
    """Wraps the real transport; sees every request httpx sends, redirect hops included."""

    def __init__(self, inner: httpx.BaseTransport, **options: Any) -> None:
        super().__init__(**options)
        self.inner = inner

    def _pace(self, request: httpx.Request) -> None:
        while (wait := self.hooks.pace(request)) > 0:
            self.retry.sleep(self._capped(request, wait))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._check_origin(request)
        if self.prepares:
            self.hooks.prepare_request(request)
        attempt = 0
        while True:
            self._remaining(request)
            if self.paces:
                self._pace(request)
            try:
                response = self.inner.handle_request(request)
                if request.extensions.get(STREAM_BODY) and not retryable_status(request.method, response.status_code):
                    return response
                if not _in_memory(response, request, self.max_response_bytes):
                    body = _Body(response, request, self.max_response_bytes)
                    try:
                        for chunk in cast(httpx.SyncByteStream, response.stream):
                            body.feed(chunk)
                        content = body.finish()
                    finally:
                        _close(response.stream)
                    body.install(response, content)
            except httpx.TransportError as error:
                delay = self._retry_wait(request, attempt, error=error)
                if delay is None:
                    raise
            else:
                if response.status_code < 400:  # never retried (retryable_status: 408, 429, 5xx)
                    return response
                delay = self._retry_wait(request, attempt, response=response)
                if delay is None:
                    return response
            self.retry.sleep(delay)
            attempt += 1

    def close(self) -> None:
        self.inner.close()


class AsyncRuntimeTransport(_TransportBase, httpx.AsyncBaseTransport):
    """The async twin of RuntimeTransport: same rules, same order."""

    def __init__(self, inner: httpx.AsyncBaseTransport, **options: Any) -> None:
        super().__init__(**options)
        self.inner = inner

    async def _pace(self, request: httpx.Request) -> None:
        while (wait := self.hooks.pace(request)) > 0:
            await self.retry.async_sleep(self._capped(request, wait))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._check_origin(request)
        if self.prepares:
            self.hooks.prepare_request(request)
        attempt = 0
        while True:
            self._remaining(request)
            if self.paces:
                await self._pace(request)
            try:
                response = await self.inner.handle_async_request(request)
                if request.extensions.get(STREAM_BODY) and not retryable_status(request.method, response.status_code):
                    return response
                if not _in_memory(response, request, self.max_response_bytes):
                    body = _Body(response, request, self.max_response_bytes)
                    try:
                        async for chunk in cast(httpx.AsyncByteStream, response.stream):
                            body.feed(chunk)
                        content = body.finish()
                    finally:
                        await _aclose(response.stream)
                    body.install(response, content)
            except httpx.TransportError as error:
                delay = self._retry_wait(request, attempt, error=error)
                if delay is None:
                    raise
            else:
                if response.status_code < 400:  # never retried (retryable_status: 408, 429, 5xx)
                    return response
                delay = self._retry_wait(request, attempt, response=response)
                if delay is None:
                    return response
            await self.retry.async_sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self.inner.aclose()
