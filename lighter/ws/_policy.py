"""Pure decisions of the stream: reconnect backoff and the client message-rate window."""

from __future__ import annotations

import random
from collections import deque

import attrs


@attrs.define
class Backoff:
    """Exponential backoff with jitter: ``min(initial * 2**(attempt-1), maximum) * uniform(1-jitter, 1)``.

    The attempt counter resets only after a connection stayed up for ``stable_after`` seconds, so a
    server that accepts and immediately drops connections still gets exponentially spaced retries.
    """

    initial: float = 0.5
    maximum: float = 30.0
    jitter: float = 0.5
    stable_after: float = 10.0
    rng: random.Random = attrs.field(factory=random.Random)
    attempt: int = 0

    def next_delay(self) -> float:
        """Count one more failed attempt and return the seconds to wait before the next one."""
        self.attempt += 1
        base = min(self.initial * 2 ** min(self.attempt - 1, 30), self.maximum)
        return base * (1.0 - self.jitter * self.rng.random())

    def connection_ended(self, uptime: float) -> None:
        """Record how long the connection that just ended was up (in seconds)."""
        if uptime >= self.stable_after:
            self.attempt = 0


class RateWindow:
    """At most ``limit`` messages in any ``window`` seconds (a sliding log of send times).

    Lighter allows 200 client messages per minute per IP (API-NOTES §6); the default keeps a margin.
    """

    def __init__(self, limit: int = 180, window: float = 60.0) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.limit = limit
        self.window = window
        self._sent: deque[float] = deque()

    def _trim(self, now: float) -> None:
        sent = self._sent
        while sent and sent[0] <= now - self.window:
            sent.popleft()

    def allowed(self, now: float) -> bool:
        """True when one more message may go out now."""
        self._trim(now)
        return len(self._sent) < self.limit

    def record(self, now: float) -> None:
        """Count a message sent at ``now``."""
        self._sent.append(now)

    def next_slot(self, now: float) -> float:
        """The earliest time a message may go out."""
        self._trim(now)
        if len(self._sent) < self.limit:
            return now
        return self._sent[0] + self.window
