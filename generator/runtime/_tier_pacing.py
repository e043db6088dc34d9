"""Client-side pacing by documented rate-limit tier (Qlik Cloud: Tier 1 1000/min, Tier 2 100/min).

Each generated operation names its tier in the request's ``extensions`` (from the spec's
``x-rate-limit-tier``), so finding it costs nothing per request.
"""

from __future__ import annotations

import collections
import threading
import time
from collections.abc import Callable

import httpx

from ._hooks import ServiceHooks

__all__ = ["TIER_EXTENSION", "TIER_LIMITS", "PacingHooks", "RateLimiter", "tier_of"]

# Requests per minute of each documented tier.
TIER_LIMITS = {1: 1000, 2: 100}
# The request extension carrying an operation's tier.
TIER_EXTENSION = "rate_limit_tier"


def tier_of(request: httpx.Request) -> int | None:
    tier = request.extensions.get(TIER_EXTENSION)
    return tier if isinstance(tier, int) else None


class RateLimiter:
    """Sliding-window pacing per tier: at most `limit` requests are sent in any `period` seconds.

    A slot is taken right before the request is sent and recorded at that moment, so late senders cannot bunch
    up with later ones. One limiter paces every thread and task of a client together; the lock is never held
    while waiting.
    """

    def __init__(
        self, limits: dict[int, int] | None = None, *, period: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limits = dict(limits or TIER_LIMITS)
        self.period = period
        self.clock = clock
        self._lock = threading.Lock()
        self._sends: dict[int, collections.deque[float]] = {
            tier: collections.deque(maxlen=limit) for tier, limit in self.limits.items()
        }

    def acquire(self, tier: int) -> float:
        """Take a send slot of this tier now and return 0.0, or return how long to wait before asking again."""
        with self._lock:
            now = self.clock()
            sends = self._sends[tier]
            if len(sends) == sends.maxlen and now < sends[0] + self.period:
                return sends[0] + self.period - now
            sends.append(now)  # a full deque drops its oldest send, which is out of the window
            return 0.0


class PacingHooks(ServiceHooks):
    """Waits for a tier reservation before each attempt; nothing when the client was built without pacing."""

    def __init__(self, limiter: RateLimiter | None) -> None:
        self.limiter = limiter

    def pace(self, request: httpx.Request) -> float:
        if self.limiter is None:
            return 0.0
        tier = tier_of(request)
        return 0.0 if tier is None or tier not in self.limiter.limits else self.limiter.acquire(tier)
