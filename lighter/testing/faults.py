"""Fault injection state for the local exchange (HTTP errors, delays, WebSocket drops, book gaps).

Pure bookkeeping: the server asks ``Faults`` what to do for each request or frame.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lighter.testing import params
from lighter.testing.errors import invalid_param


@dataclass
class HttpFault:
    """Answer the next ``count`` requests whose path starts with ``path`` with ``status``."""

    path: str
    status: int
    count: int
    retry_after: float | None = None


@dataclass
class Delay:
    """Delay the next ``count`` requests (all if None) whose path starts with ``path`` by ``seconds``."""

    path: str
    seconds: float
    count: int | None = None


@dataclass
class Faults:
    """HTTP and WebSocket faults pending in a server, and counters of what they did."""

    http: list[HttpFault] = field(default_factory=list)
    delays: list[Delay] = field(default_factory=list)
    skip_book_updates: dict[int, int] = field(default_factory=dict)  # market (-1 = any) -> count
    drop_ws_every: float | None = None
    # what the server did, so tests can prove a fault acted without timing it
    delaying_now: int = 0  # requests held by a delay at this moment
    delayed: list[tuple[str, float]] = field(default_factory=list)  # (path, seconds) of each delay applied
    ws_drops: int = 0  # WebSocket connections closed by fault injection

    def http_fault(self, path: str) -> HttpFault | None:
        """The HTTP error fault that applies to ``path`` now (counted down), or None."""
        for f in self.http:
            if path.startswith(f.path) and f.count > 0:
                f.count -= 1
                if f.count == 0:
                    self.http.remove(f)
                return f
        return None

    def delay_for(self, path: str) -> float:
        """Seconds to hold a request on ``path`` (0 when no delay applies), counted down."""
        for d in self.delays:
            if path.startswith(d.path):
                if d.count is not None:
                    d.count -= 1
                    if d.count <= 0:
                        self.delays.remove(d)
                return d.seconds
        return 0.0

    def skip_book_update(self, market_id: int) -> bool:
        """Whether to swallow this order-book diff of ``market_id`` (counted down)."""
        for key in (market_id, -1):
            n = self.skip_book_updates.get(key, 0)
            if n > 0:
                if n == 1:
                    del self.skip_book_updates[key]
                else:
                    self.skip_book_updates[key] = n - 1
                return True
        return False

    def clear(self) -> None:
        """Forget every pending fault (the counters of what was done stay)."""
        self.http.clear()
        self.delays.clear()
        self.skip_book_updates.clear()
        self.drop_ws_every = None

    def describe(self) -> dict[str, Any]:
        """The pending faults and the counters, as ``GET /sim/v1/faults`` shows them."""
        return {
            "http_errors": [f.__dict__ for f in self.http],
            "delays": [d.__dict__ for d in self.delays],
            "skip_order_book_updates": {str(k): v for k, v in self.skip_book_updates.items()},
            "drop_ws_every": self.drop_ws_every,
            "delaying_now": self.delaying_now,
            "delayed": [{"path": p, "seconds": s} for p, s in self.delayed[-100:]],
            "ws_drops": self.ws_drops,
        }


def _path(body: dict[str, Any], prefix: str, default: str) -> str:
    raw = body.get("path", default)
    if not isinstance(raw, str) or not raw.startswith("/"):
        raise invalid_param(f"{prefix}.path must be a path starting with /")
    return raw


def _opt(body: dict[str, Any], key: str, default: Any) -> Any:
    value = body.get(key)
    return default if value is None else value


def parse_http_fault(body: dict[str, Any], prefix: str = "http_error") -> HttpFault:
    """``{path, status (429 or 5xx), count >= 1, retry_after >= 0}`` with defaults /api/v1/, 429, 1, 1 s."""
    status = params.integer(f"{prefix}.status", _opt(body, "status", 429))
    if status != 429 and not 500 <= status <= 599:
        raise invalid_param(f"{prefix}.status must be 429 or 5xx, got {status}")
    retry = _opt(body, "retry_after", 1.0 if status == 429 else None)
    retry_after = None if retry is None else params.number(f"{prefix}.retry_after", retry, low=0)
    count = params.integer(f"{prefix}.count", _opt(body, "count", 1), low=1)
    return HttpFault(_path(body, prefix, "/api/v1/"), status, count, retry_after)


def parse_delay(body: dict[str, Any], prefix: str = "delay") -> Delay:
    """``{path, seconds (0-60), count >= 1 or absent for all}``."""
    if body.get("seconds") is None:
        raise invalid_param(f"{prefix}.seconds is required")
    seconds = params.number(f"{prefix}.seconds", body["seconds"], low=0)
    if seconds > 60:
        raise invalid_param(f"{prefix}.seconds must be at most 60, got {seconds:g}")
    raw_count = body.get("count")
    count = None if raw_count is None else params.integer(f"{prefix}.count", raw_count, low=1)
    return Delay(_path(body, prefix, "/"), seconds, count)
