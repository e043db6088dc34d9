# Copied from generator/runtime/_tier_pacing.py into the client generated from specs/qlik-cloud-data-stores.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
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
    """Sliding-window pacing per tier: at most `limit` requests start in any `period` seconds.

    Reservations are taken under a lock and waited for outside it, so one limiter paces every thread and task
    of a client together without holding the lock while sleeping.
    """

    def __init__(
        self, limits: dict[int, int] | None = None, *, period: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limits = dict(limits or TIER_LIMITS)
        self.period = period
        self.clock = clock
        self._lock = threading.Lock()
        self._starts: dict[int, collections.deque[float]] = {
            tier: collections.deque(maxlen=limit) for tier, limit in self.limits.items()
        }

    def reserve(self, tier: int) -> float:
        """Book the next start time for a request of this tier; returns how long to wait for it."""
        with self._lock:
            now = self.clock()
            starts = self._starts[tier]
            start = now if len(starts) < self.limits[tier] else max(now, starts[0] + self.period)
            starts.append(start)
            return start - now


class PacingHooks(ServiceHooks):
    """Waits for a tier reservation before each attempt; nothing when the client was built without pacing."""

    def __init__(self, limiter: RateLimiter | None) -> None:
        self.limiter = limiter

    def pace(self, request: httpx.Request) -> float:
        if self.limiter is None:
            return 0.0
        tier = tier_of(request)
        return 0.0 if tier is None or tier not in self.limiter.limits else self.limiter.reserve(tier)
