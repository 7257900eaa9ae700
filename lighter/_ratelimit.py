"""A client-side weighted rate limiter that paces requests instead of failing them.

Lighter limits every IP and L1 address over a rolling minute (apidocs "Rate Limits"):
- Premium: 24,000 weight per minute; each endpoint has a weight (sendTx 6, trades 600, most 300, ...).
- Standard: 60 requests per minute, and never more than the premium allowance of an endpoint
  (24,000 / weight: changeAccountTier at 3000 is 8 per minute for everyone).

Both are modelled as one sliding-window budget: Premium spends ``weight`` of 24,000, Standard spends
``max(1, weight / 400)`` of 60. The core (`WindowLimiter`) is pure arithmetic over a clock value and only
says how long to wait; `RateLimiter.acquire` sleeps with ``time.sleep`` and `acquire_async` with
``asyncio.sleep``. Reservations are FIFO, so concurrent callers are served in order.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

from lighter._loggers import get_logger

log = get_logger("lighter.ratelimit")

WINDOW_SECONDS = 60.0
PREMIUM_WEIGHT_PER_MINUTE = 24_000
STANDARD_REQUESTS_PER_MINUTE = 60
DEFAULT_WEIGHT = 300

# Path (under /api/v1/) -> weight. Prefix entries end with "/".
ENDPOINT_WEIGHTS: dict[str, int] = {
    "sendTx": 6,
    "sendTxBatch": 6,
    "nextNonce": 6,
    "publicPoolsMetadata": 50,
    "txFromL1TxHash": 50,
    "accountInactiveOrders": 100,
    "deposit/latest": 100,
    "apikeys": 150,
    "transferFeeInfo": 500,
    "trades": 600,
    "recentTrades": 600,
    "changeAccountTier": 3000,
    "tokens": 3000,
    "tokens/": 3000,
    "setAccountMetadata": 3000,
    "notification/ack": 3000,
    "createIntentAddress": 3000,
    "fastwithdraw": 3000,
    "referral/": 3000,
}


def endpoint_weight(path: str) -> int:
    """Weight of a request path such as ``/api/v1/trades`` (300 when not listed)."""
    name = path.split("?", 1)[0]
    if name.startswith("/api/v1/"):
        name = name[len("/api/v1/") :]
    else:
        name = name.lstrip("/")
    weight = ENDPOINT_WEIGHTS.get(name)
    if weight is not None:
        return weight
    for prefix, value in ENDPOINT_WEIGHTS.items():
        if prefix.endswith("/") and name.startswith(prefix):
            return value
    return DEFAULT_WEIGHT


TIERS = ("standard", "premium")


def tier_budget(tier: str) -> tuple[float, Callable[[int], float]]:
    """``(capacity per window, weight -> cost)`` for a tier name."""
    if tier == "premium":
        return float(PREMIUM_WEIGHT_PER_MINUTE), float
    if tier == "standard":
        ratio = PREMIUM_WEIGHT_PER_MINUTE / STANDARD_REQUESTS_PER_MINUTE  # 400

        def standard_cost(weight: int) -> float:
            return max(1.0, weight / ratio)

        return float(STANDARD_REQUESTS_PER_MINUTE), standard_cost
    raise ValueError(f"unknown rate-limit tier {tier!r}; use 'standard', 'premium' or None to disable")


class WindowLimiter:
    """Sliding-window budget. Pure: callers pass the clock; it returns the wait and books the slot."""

    def __init__(self, capacity: float, window: float = WINDOW_SECONDS) -> None:
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.window = window
        self._entries: deque[tuple[float, float]] = deque()  # (time the request may start, cost)
        self._used = 0.0
        self._blocked_until = 0.0

    def reserve(self, cost: float, now: float) -> float:
        """Book `cost` at the earliest allowed time; return how long the caller must wait first."""
        cost = min(cost, self.capacity)
        entries = self._entries
        horizon = now - self.window
        while entries and entries[0][0] <= horizon:
            self._used -= entries.popleft()[1]
        start = max(now, self._blocked_until, entries[-1][0] if entries else now)
        excess = self._used + cost - self.capacity
        if excess > 1e-9:
            freed = 0.0
            for t, c in entries:
                freed += c
                if freed >= excess - 1e-9:
                    start = max(start, t + self.window)
                    break
        entries.append((start, cost))
        self._used += cost
        return start - now

    def block(self, seconds: float, now: float) -> None:
        """Pause every request for `seconds` (the server said 429 with Retry-After)."""
        self._blocked_until = max(self._blocked_until, now + seconds)

    @property
    def used(self) -> float:
        """Budget currently booked within the window (including reservations in the future)."""
        return self._used


class RateLimiter:
    """Thread-safe pacing for one client: one budget, both faces.

    `clock`, `sleep` and `async_sleep` are injectable (tests drive them; the defaults are the real ones).
    """

    def __init__(
        self,
        tier: str = "standard",
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        capacity, cost = tier_budget(tier)
        self.tier = tier
        self._core = WindowLimiter(capacity)
        self._cost = cost
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._lock = threading.Lock()

    def reserve(self, path: str) -> float:
        """Book one request to `path`; return the seconds to wait before sending it."""
        cost = self._cost(endpoint_weight(path))
        with self._lock:
            wait = self._core.reserve(cost, self._clock())
        if wait > 0:
            log.debug("rate limit (%s): waiting %.3f s before %s", self.tier, wait, path)
        return wait

    def acquire(self, path: str) -> float:
        """Blocking face: sleep until `path` may be requested; returns the seconds slept."""
        wait = self.reserve(path)
        if wait > 0:
            self._sleep(wait)
        return max(wait, 0.0)

    async def acquire_async(self, path: str) -> float:
        """Asyncio face: await until `path` may be requested; returns the seconds waited."""
        wait = self.reserve(path)
        if wait > 0:
            await self._async_sleep(wait)
        return max(wait, 0.0)

    @property
    def capacity(self) -> float:
        """The budget of one window (requests for standard, weight for premium)."""
        return self._core.capacity

    def remaining(self) -> float | None:
        """Budget left in the current window (requests for standard, weight for premium)."""
        with self._lock:
            return max(0.0, self._core.capacity - self._core.used)

    def block(self, seconds: float) -> None:
        """Hold every request back for `seconds` (after a 429 with Retry-After)."""
        with self._lock:
            self._core.block(seconds, self._clock())
