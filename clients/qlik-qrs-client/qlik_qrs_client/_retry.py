# Copied from generator/runtime/_retry.py into the client generated from specs/qlik-qrs-data-connection.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""When a request is tried again, and how long to wait before it.

httpx-retries was considered; it has no rule for "POST only when the request never left" nor a hook for the
pacing and Xrfkey steps, so the runtime's own transport (``_transport``) applies these rules.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
RETRY_STATUSES = frozenset({408, 429, 502, 503, 504})
# Failures that happen before any byte of the request is sent: safe to retry for every method.
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # only async users pay for importing asyncio, and they have it loaded already

    await asyncio.sleep(seconds)


@dataclass(frozen=True)
class RetryConfig:
    """When and how long to wait before trying a request again.

    Waits are exponential with full jitter (random between 0 and initial * 2**attempt, capped); a
    Retry-After header (seconds or HTTP date) is honoured instead, capped at `retry_after_max`.
    `sleep`, `async_sleep`, `random` and `clock` are injectable for tests.
    """

    max_retries: int = 2
    backoff_initial: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = 60.0
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep
    random: Callable[[], float] = random.random
    clock: Callable[[], float] = time.time

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ValueError("max_retries must be an integer >= 0")

    def backoff(self, attempt: int) -> float:
        return self.random() * min(self.backoff_max, self.backoff_initial * 2.0**attempt)

    def retry_after(self, headers: httpx.Headers) -> float | None:
        value = headers.get("retry-after")
        if value is None:
            return None
        value = value.strip()
        try:
            seconds = float(value)
        except ValueError:
            import email.utils  # rarely needed: deferred to keep the package's import time down

            try:
                when = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError):
                return None
            if when is None:
                return None
            seconds = when.timestamp() - self.clock()
        if seconds != seconds:  # NaN
            return None
        return min(max(seconds, 0.0), self.retry_after_max)

    def wait_for_response(self, attempt: int, response: httpx.Response) -> float:
        after = self.retry_after(response.headers)
        return self.backoff(attempt) if after is None else after


def retryable_status(method: str, status_code: int) -> bool:
    return status_code == 429 or (method in IDEMPOTENT_METHODS and status_code in RETRY_STATUSES)


def retryable_error(method: str, error: httpx.TransportError) -> bool:
    return isinstance(error, NOT_SENT_ERRORS) or method in IDEMPOTENT_METHODS
