"""Default deadlines the official signer fills in (SPEC §10). Only these helpers read the clock."""

from __future__ import annotations

import time

#: ExpiredAt default: now + 10 minutes - 1 second, in milliseconds.
DEFAULT_TX_LIFETIME_MS = 10 * 60 * 1000 - 1000
#: OrderExpiry default for resting orders: now + 28 days, in milliseconds.
DEFAULT_ORDER_LIFETIME_MS = 28 * 24 * 60 * 60 * 1000


def now_ms() -> int:
    """Wall-clock time in milliseconds since the Unix epoch."""
    return time.time_ns() // 1_000_000


def default_expired_at(now: int | None = None) -> int:
    """``expired_at`` as the official signer sets it: ``now + 599 000`` ms (``now`` in ms; default: clock)."""
    return (now_ms() if now is None else now) + DEFAULT_TX_LIFETIME_MS


def default_order_expiry(now: int | None = None) -> int:
    """What the official SDK's ``order_expiry=-1`` means: now + 28 days, in ms. IOC/market orders use 0."""
    return (now_ms() if now is None else now) + DEFAULT_ORDER_LIFETIME_MS
