"""Retry decisions: pure functions shared by the blocking and the asyncio transport.

Reads (GET) are retried on connection errors, timeouts, 408, 429 and 5xx, with exponential backoff and
jitter, honouring ``Retry-After``. Writes (every POST, and above all sendTx/sendTxBatch, whose signed nonce
must not be spent twice) are resent only when the request provably never left this machine: the connection
could not be opened, or no pooled connection became free.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import httpx

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

# Exceptions raised before a single byte of the request was written.
NEVER_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def is_retryable_status(status_code: int) -> bool:
    """408, 429 and every 5xx (CDNs answer 520-530)."""
    return status_code in RETRY_STATUSES or status_code >= 500


def parse_retry_after(headers: Mapping[str, str], *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait per ``retry-after-ms`` or ``Retry-After`` (seconds or HTTP date), else None."""
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        try:
            return max(0.0, float(raw_ms) / 1000.0)
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if raw is None:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    parsed = email.utils.parsedate_tz(raw)
    if parsed is None:
        return None
    return max(0.0, float(email.utils.mktime_tz(parsed)) - now())


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to wait. ``max_retries=2`` means at most 3 tries."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def backoff(self, retries_done: int, *, rand: Callable[[], float] = random.random) -> float:
        """Exponential backoff ``initial * 2**n`` capped at ``max_delay``, times a jitter in [0.75, 1]."""
        delay = min(self.initial_delay * (2.0**retries_done), self.max_delay)
        return delay * (1.0 - 0.25 * rand())

    def delay_for_status(
        self,
        retries_done: int,
        status_code: int,
        headers: Mapping[str, str],
        *,
        is_write: bool,
        rand: Callable[[], float] = random.random,
        now: Callable[[], float] = time.time,
    ) -> float | None:
        """Seconds to wait before retrying an error answer, or None when it must not be retried."""
        if is_write or retries_done >= self.max_retries or not is_retryable_status(status_code):
            return None
        retry_after = parse_retry_after(headers, now=now)
        if retry_after is not None:
            if retry_after > self.max_retry_after:
                return None  # the server asks for a long pause: let the caller decide
            return retry_after
        return self.backoff(retries_done, rand=rand)

    def delay_for_exception(
        self,
        retries_done: int,
        exc: Exception,
        *,
        is_write: bool,
        rand: Callable[[], float] = random.random,
    ) -> float | None:
        """Seconds to wait before retrying after a transport exception, or None."""
        if retries_done >= self.max_retries:
            return None
        if is_write:
            return self.backoff(retries_done, rand=rand) if isinstance(exc, NEVER_SENT_ERRORS) else None
        if isinstance(exc, (httpx.TransportError,)):
            return self.backoff(retries_done, rand=rand)
        return None


TX_PATHS = frozenset({"/api/v1/sendTx", "/api/v1/sendTxBatch"})


def is_write_request(method: str, path: str) -> bool:
    """Everything but GET/HEAD/OPTIONS is a write and is never resent once it may have left."""
    return method.upper() not in ("GET", "HEAD", "OPTIONS") or path in TX_PATHS
