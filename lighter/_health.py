"""``client.health()``: is this client fit to trade right now? One typed report, ok / degraded / down.

The faces gather the facts (one ``GET /`` probe sent once, without retries or pacing; ``nextNonce`` for
the API keys whose counter is loaded; the rate limiter's budget; an attached stream's state); everything
here is pure: thresholds and the verdict are written once for both faces.

Verdict: **down** when the exchange did not answer the probe (connection refused, timeout, an error
status); **degraded** when it answered but something needs a look: probe latency above `slow`, clock skew
above `MAX_SKEW_SECONDS`, a nonce counter that differs from the exchange's, less than
`LOW_BUDGET_FRACTION` of the rate budget left, or an attached stream that is not connected, silent for
longer than `STALE_STREAM_SECONDS` or holding an order book out of sync; **ok** otherwise.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import Any

OK, DEGRADED, DOWN = "ok", "degraded", "down"
DEFAULT_SLOW_SECONDS = 1.0
MAX_SKEW_SECONDS = 3.0  # the exchange's clock is read in whole seconds
LOW_BUDGET_FRACTION = 0.1
STALE_STREAM_SECONDS = 60.0  # the server pings well within this; silence this long means a dead stream


@dataclass(frozen=True)
class NonceHealth:
    """One API key: the next nonce this client would use and the exchange's (None: not known)."""

    api_key_index: int
    local_next: int | None
    exchange_next: int | None

    @property
    def in_sync(self) -> bool | None:
        """True when both agree; None when the client has not loaded this key yet (or the read failed)."""
        if self.local_next is None or self.exchange_next is None:
            return None
        return self.local_next == self.exchange_next


@dataclass(frozen=True)
class StreamHealth:
    """An attached WebSocket: its state, seconds since its last frame, reconnects and book gaps so far."""

    state: str
    last_frame_age_seconds: float | None
    reconnects: int
    gaps: int
    books_in_sync: bool


@dataclass(frozen=True)
class HealthReport:
    """What ``client.health()`` returns. ``status`` is "ok", "degraded" or "down"; ``problems`` say why."""

    status: str
    reachable: bool
    latency_seconds: float | None
    clock_skew_seconds: float | None
    nonces: tuple[NonceHealth, ...] = ()
    rate_limit_tier: str | None = None
    rate_limit_remaining: float | None = None
    stream: StreamHealth | None = None
    problems: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """True when the status is "ok"."""
        return self.status == OK

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (``lighter health --json``)."""
        out = asdict(self)
        out["nonces"] = [{**asdict(n), "in_sync": n.in_sync} for n in self.nonces]
        return out


@dataclass
class Probe:
    """The facts a face gathered, for :func:`assess`."""

    latency_seconds: float | None = None
    server_time: float | None = None  # unix seconds, from the exchange's answer
    local_time: float | None = None  # unix seconds halfway through the probe
    error: str | None = None
    rate_limited: bool = False  # the probe itself was answered 429
    local_nonces: dict[int, int | None] = field(
        default_factory=dict
    )  # API key -> next local (None: not loaded)
    exchange_nonces: dict[int, int | None] = field(default_factory=dict)  # API key -> nextNonce read
    limiter: Any = None
    stream: StreamHealth | None = None

    def keys_to_compare(self) -> list[int]:
        """API keys whose nextNonce is worth a read: loaded locally, and the exchange answered."""
        if self.error is not None:
            return []
        return [key for key, local in self.local_nonces.items() if local is not None]

    @property
    def nonces(self) -> tuple[NonceHealth, ...]:
        """Local and exchange nonce per API key."""
        return tuple(
            NonceHealth(key, local, self.exchange_nonces.get(key)) for key, local in self.local_nonces.items()
        )


def probe_started() -> tuple[float, float]:
    """(wall clock, perf counter) at the start of the probe."""
    return time.time(), time.perf_counter()


def probe_answered(probe: Probe, started: tuple[float, float], body: Any) -> None:
    """Fill latency, local time and the exchange's time from the answer to ``GET /``."""
    wall, perf = started
    probe.latency_seconds = time.perf_counter() - perf
    probe.local_time = wall + probe.latency_seconds / 2
    timestamp = body.get("timestamp") if isinstance(body, dict) else None
    if isinstance(timestamp, (int, float)) and not isinstance(timestamp, bool) and timestamp > 0:
        probe.server_time = timestamp / 1000 if timestamp > 1e11 else float(timestamp)  # ms or s


def stream_health(client: Any) -> StreamHealth:
    """The health of a `WsClient` (the face hands over the one behind an `AsyncWsClient`)."""
    stats = client.stats
    return StreamHealth(
        state=client.state.value,
        last_frame_age_seconds=client.last_frame_age,
        reconnects=stats.get("reconnects", 0),
        gaps=stats.get("gaps", 0),
        books_in_sync=client.books_in_sync,
    )


def assess(probe: Probe, *, slow: float = DEFAULT_SLOW_SECONDS) -> HealthReport:
    """The verdict on what a face gathered."""
    problems: list[str] = []
    skew = None
    if probe.server_time is not None and probe.local_time is not None:
        # the exchange truncates to whole seconds: compare with the middle of its second
        skew = round(probe.local_time - (probe.server_time + 0.5), 3)
    tier = getattr(probe.limiter, "tier", None)
    remaining = probe.limiter.remaining() if probe.limiter is not None else None
    if probe.error is not None:
        return HealthReport(
            DOWN, False, probe.latency_seconds, None, probe.nonces, tier, remaining, probe.stream,
            (f"exchange unreachable: {probe.error}",),
        )  # fmt: skip
    if probe.latency_seconds is not None and probe.latency_seconds > slow:
        problems.append(f"slow exchange: {probe.latency_seconds:.3f} s to answer (limit {slow:g} s)")
    if skew is not None and abs(skew) > MAX_SKEW_SECONDS:
        problems.append(f"clock skew {skew:+.1f} s against the exchange: check NTP on this machine")
    nonces = probe.nonces
    for n in nonces:
        if n.in_sync is False:
            problems.append(
                f"nonce of API key {n.api_key_index}: local {n.local_next}, exchange {n.exchange_next} "
                "(the next transaction resyncs; a transaction in flight can show this briefly)"
            )
    capacity = getattr(probe.limiter, "capacity", None)
    if remaining is not None and capacity and remaining < capacity * LOW_BUDGET_FRACTION:
        problems.append(f"rate budget nearly spent: {remaining:.0f} of {capacity:.0f} left in the window")
    stream = probe.stream
    if stream is not None:
        if stream.state != "connected":
            problems.append(f"stream {stream.state}")
        elif (
            stream.last_frame_age_seconds is not None and stream.last_frame_age_seconds > STALE_STREAM_SECONDS
        ):
            problems.append(f"stream silent for {stream.last_frame_age_seconds:.0f} s")
        if not stream.books_in_sync:
            problems.append("an order book of the stream is out of sync (waiting for a snapshot)")
    if probe.rate_limited:
        problems.append("the exchange answers 429 (rate limited): requests are being refused")
    status = DEGRADED if problems else OK
    return HealthReport(
        status,
        True,
        probe.latency_seconds,
        skew,
        probe.nonces,
        tier,
        remaining,
        stream,
        tuple(problems),
    )
