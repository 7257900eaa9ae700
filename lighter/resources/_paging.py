"""Paging through history: pure pagers that say which request comes next and turn each answer into
read models. Each face drives them (`Lighter._paginate` loops, `AsyncLighter._paginate` awaits), so the
paging rules are written once and every request still goes through the weighted rate limiter.

Two kinds: time windows for bucketed series (candles, fundings, PnL: the API returns at most a few
hundred buckets per call, oldest first within a window) and cursors for lists served newest first
(trades, fills, orders, funding payments, transfers), which stop once they pass `start`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, timezone
from typing import Any

from lighter._errors import InvalidInputError

# Bucket sizes the exchange serves (openapi.yaml `candles`/`fundings`/`pnl` resolution enums).
RESOLUTION_SECONDS = {
    "1m": 60,
    "5m": 300,
    "15m": 900,
    "30m": 1800,
    "1h": 3600,
    "4h": 14400,
    "12h": 43200,
    "1d": 86400,
    "1w": 604800,
}
CANDLE_RESOLUTIONS = ("1m", "5m", "15m", "30m", "1h", "4h", "12h", "1d", "1w")
FUNDING_RESOLUTIONS = ("1h", "1d")
PNL_RESOLUTIONS = ("1m", "5m", "15m", "1h", "4h", "1d")
BUCKETS_PER_CALL = 500  # the API's cap per candles call (openapi.yaml); fundings/PnL stay under it too
PAGE_LIMIT = 100  # the API's maximum `limit` for cursor-paged lists

Request = tuple[str, dict[str, Any]]
TimeArg = datetime | timedelta | int | float | None


def now_ms() -> int:
    """The wall clock in unix milliseconds."""
    return int(time.time() * 1000)


def to_ms(value: TimeArg, now: int, what: str) -> int | None:
    """Unix ms from a datetime (naive = UTC), a timedelta (that long ago), or unix seconds/ms."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise InvalidInputError(f"{what} must be a datetime, a timedelta or a unix time, got {value!r}")
    if isinstance(value, datetime):
        stamp = value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)
        return int(stamp.timestamp() * 1000)
    if isinstance(value, timedelta):
        if value < timedelta(0):
            raise InvalidInputError(f"{what} as a timedelta means 'that long ago' and must not be negative")
        return now - int(value.total_seconds() * 1000)
    if isinstance(value, int | float):
        if value < 0:
            raise InvalidInputError(f"{what} must not be negative, got {value!r}")
        return int(value) if value >= 10**11 else int(value * 1000)
    raise InvalidInputError(
        f"{what} must be a datetime, a timedelta or a unix time, got {type(value).__name__}"
    )


def time_range(start: TimeArg, end: TimeArg, *, default_span: timedelta | None) -> tuple[int | None, int]:
    """(start_ms, end_ms) with end defaulting to now; start after end is an error naming both."""
    now = now_ms()
    end_ms = to_ms(end, now, "end")
    end_ms = now if end_ms is None else end_ms
    start_ms = to_ms(start, now, "start")
    if start_ms is None and default_span is not None:
        start_ms = end_ms - int(default_span.total_seconds() * 1000)
    if start_ms is not None and start_ms > end_ms:
        raise InvalidInputError(
            f"start ({_show(start_ms)}) is after end ({_show(end_ms)}): give a start before the end"
        )
    return start_ms, end_ms


def _utc(ms: int | None) -> datetime | None:
    return None if ms is None else datetime.fromtimestamp(ms / 1000, tz=timezone.utc)


def _show(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


def check_resolution(resolution: object, allowed: tuple[str, ...], what: str = "resolution") -> str:
    """`resolution` if it is one of `allowed`, else an InvalidInputError listing them."""
    if resolution not in allowed:
        raise InvalidInputError(f"{what} must be one of {', '.join(allowed)} (got {resolution!r})")
    return str(resolution)


class _Pager:
    op: str
    params: dict[str, Any]
    market_id: int = -1
    market_param: str | None = "market_id"
    auth: bool = True
    """Send the client's auth token (False for public lists: a token names an account)."""
    as_json = True  # pages are read from the answers' JSON (lighter.models._convert)

    def bind_market(self, index: int) -> None:
        """Restrict to one market (its index, resolved by the face)."""
        self.market_id = index
        if self.market_param is not None:
            self.params[self.market_param] = index


class WindowPager(_Pager):
    """Bucketed series over [start, end]: one request per window of `BUCKETS_PER_CALL` buckets (windows
    share their edges: the exchange refuses an empty range), items kept once (by time) and only inside the
    range; yields oldest first."""

    def __init__(
        self,
        op: str,
        params: dict[str, Any],
        *,
        resolution: str,
        start_ms: int,
        end_ms: int,
        items: Callable[[Mapping[str, Any], Any], list[Any]],
        time_of: Callable[[Any], datetime | None],
    ) -> None:
        self.op, self.params = op, params
        self.step = RESOLUTION_SECONDS[resolution] * 1000
        self.start_ms, self.end_ms = start_ms, max(end_ms, start_ms + 1)  # the API refuses start >= end
        self.cursor = start_ms
        self.items, self.time_of = items, time_of
        self.seen: set[datetime] = set()

    def next_request(self) -> Request | None:
        """The next (operation, params), or None when the range is covered."""
        if self.cursor >= self.end_ms:
            return None
        upper = min(self.cursor + self.step * BUCKETS_PER_CALL, self.end_ms)
        params = {**self.params, "start_timestamp": self.cursor, "end_timestamp": upper}
        self.cursor = upper  # the next window starts at this one's end: an item there is kept once
        return self.op, params

    def feed(self, body: Any) -> list[Any]:
        """The new items of one answer, oldest first, inside the range, each time once."""
        from lighter.models import _convert as C

        low = datetime.fromtimestamp(self.start_ms / 1000, tz=timezone.utc)
        high = datetime.fromtimestamp(self.end_ms / 1000, tz=timezone.utc)
        out = []
        for item in sorted(self.items(C.as_dict(body), self), key=self._key):
            t = self.time_of(item)
            if t is None or t in self.seen or not low <= t <= high:
                continue
            self.seen.add(t)
            out.append(item)
        return out

    def _key(self, item: Any) -> datetime:
        return self.time_of(item) or datetime.fromtimestamp(0, tz=timezone.utc)


class CursorPager(_Pager):
    """A newest-first list paged by `cursor`/`next_cursor`; stops at the end, after `limit` items, or
    once items are older than `start_ms` (items newer than `end_ms` are skipped)."""

    def __init__(
        self,
        op: str,
        params: dict[str, Any],
        *,
        items: Callable[[Mapping[str, Any], Any], list[Any]],
        time_of: Callable[[Any], datetime | None],
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
        cursor_key: str = "next_cursor",
        market_param: str | None = "market_id",
        auth: bool = True,
    ) -> None:
        self.op, self.params = op, params
        self.items, self.time_of = items, time_of
        self.low = _utc(start_ms)
        self.high = _utc(end_ms)
        self.remaining = limit
        self.cursor: str | None = None
        self.done = False
        self.cursor_key = cursor_key
        self.market_param = market_param
        self.auth = auth

    def next_request(self) -> Request | None:
        """The next (operation, params), or None after the last page."""
        if self.done or self.remaining == 0:
            return None
        params = dict(self.params)
        if self.cursor:
            params["cursor"] = self.cursor
        return self.op, params

    def feed(self, body: Any) -> list[Any]:
        """The items of one page to yield; notes the next cursor and whether to stop."""
        from lighter.models import _convert as C

        data = C.as_dict(body)
        page = self.items(data, self)
        cursor = data.get(self.cursor_key) or data.get("cursor")
        self.done = not page or not cursor or cursor == self.cursor
        self.cursor = str(cursor) if cursor else None
        out = []
        for item in page:
            t = self.time_of(item)
            if t is not None and self.high is not None and t > self.high:
                continue
            if t is not None and self.low is not None and t < self.low:
                self.done = True
                break
            out.append(item)
            if self.remaining is not None:
                self.remaining -= 1
                if self.remaining == 0:
                    break
        return out


Pager = WindowPager | CursorPager
