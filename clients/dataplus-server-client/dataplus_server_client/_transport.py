# Copied from generator/runtime/_transport.py into the client generated from specs/dataplus-server.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""The transport every httpx client of the package sends through: retries and the API's request hooks.

It wraps the real transport, so it sees every attempt and every redirect hop httpx makes.
"""

from __future__ import annotations

import logging

import httpx

from ._hooks import ServiceHooks
from ._redaction import redact_url
from ._retry import RetryConfig, retryable_error, retryable_status

__all__ = ["AsyncRuntimeTransport", "RuntimeTransport"]

# The package's logger ("qlik_qrs_client", ...): retries are logged at INFO there.
logger = logging.getLogger(__name__.rpartition(".")[0])


class _TransportBase:
    def __init__(self, *, retry: RetryConfig, hooks: ServiceHooks) -> None:
        self.retry = retry
        self.hooks = hooks

    def _retry_wait(
        self,
        request: httpx.Request,
        attempt: int,
        response: httpx.Response | None = None,
        error: httpx.TransportError | None = None,
    ) -> float | None:
        """How long to wait before the next attempt (logged), or None when the outcome stands as it is."""
        if attempt >= self.retry.max_retries:
            return None
        if error is not None:
            if not retryable_error(request.method, error):
                return None
            delay, reason = self.retry.backoff(attempt), type(error).__name__
        else:
            assert response is not None
            if not retryable_status(request.method, response.status_code):
                return None
            delay, reason = self.retry.wait_for_response(attempt, response), f"status {response.status_code}"
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


class RuntimeTransport(_TransportBase, httpx.BaseTransport):
    """Wraps the real transport; sees every request httpx sends, redirect hops included."""

    def __init__(self, inner: httpx.BaseTransport, *, retry: RetryConfig, hooks: ServiceHooks) -> None:
        super().__init__(retry=retry, hooks=hooks)
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.hooks.prepare_request(request)
        attempt = 0
        while True:
            wait = self.hooks.pace(request)
            if wait > 0:
                self.retry.sleep(wait)
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError as error:
                delay = self._retry_wait(request, attempt, error=error)
                if delay is None:
                    raise
            else:
                delay = self._retry_wait(request, attempt, response=response)
                if delay is None:
                    return response
                response.close()
            self.retry.sleep(delay)
            attempt += 1

    def close(self) -> None:
        self.inner.close()


class AsyncRuntimeTransport(_TransportBase, httpx.AsyncBaseTransport):
    """The async twin of RuntimeTransport: same rules, same order."""

    def __init__(self, inner: httpx.AsyncBaseTransport, *, retry: RetryConfig, hooks: ServiceHooks) -> None:
        super().__init__(retry=retry, hooks=hooks)
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.hooks.prepare_request(request)
        attempt = 0
        while True:
            wait = self.hooks.pace(request)
            if wait > 0:
                await self.retry.async_sleep(wait)
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError as error:
                delay = self._retry_wait(request, attempt, error=error)
                if delay is None:
                    raise
            else:
                delay = self._retry_wait(request, attempt, response=response)
                if delay is None:
                    return response
                await response.aclose()
            await self.retry.async_sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self.inner.aclose()
