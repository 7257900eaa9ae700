"""``client.binary_options``: binary-option events, up/down candles and PnL, typed, on both faces.

Each read returns the generated model of its answer (``RespGetEvents``, ``RespGetUpDownCandles``,
``RespGetBoPnL``); ``iter_*`` follow the answer's ``next_cursor`` page after page and yield the entries.
Arguments are checked before anything is sent: an up/down candle range longer than 24 hours, a ``limit``
outside the exchange's bounds or an unknown resolution is an `InvalidInputError` naming the argument.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypedDict

from lighter._errors import InvalidInputError
from lighter.resources._seam import Faced, FaceT, read, stream

if TYPE_CHECKING:  # pragma: no cover
    from typing_extensions import Required, Unpack

    from lighter_generated.models import (
        BoEventPnL,
        EventDetail,
        RespGetBoPnL,
        RespGetEvents,
        RespGetUpDownCandles,
        UpDownCandle,
    )

MAX_CANDLE_RANGE_S = 24 * 3600
CANDLE_LIMIT = (1, 3600)
PAGE_LIMIT = (1, 100)
RESOLUTIONS = ("1s", "30s")
TIMESTAMP_MAX = 5_000_000_000  # seconds (the year 2128): larger values are milliseconds by mistake
MAX_IDS = 50


def _limit(value: int | None, bounds: tuple[int, int], name: str = "limit") -> int | None:
    if value is None:
        return None
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInputError(f"{name} must be an integer in {low}..{high}, got {value!r}")
    return value


def _seconds(value: datetime | int, name: str) -> int:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise InvalidInputError(f"{name} must be a timezone-aware datetime")
        return int(value.timestamp())
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= TIMESTAMP_MAX:
        raise InvalidInputError(
            f"{name} is unix time in seconds (0..{TIMESTAMP_MAX}) or a datetime, got {value!r}"
        )
    return value


def _millis(value: datetime | int | None, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise InvalidInputError(f"{name} must be a timezone-aware datetime")
        return int(value.timestamp() * 1000)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInputError(f"{name} is unix time in milliseconds or a datetime, got {value!r}")
    return value


def _ids(values: Iterable[int] | None, name: str) -> str | None:
    if values is None:
        return None
    ids = list(values)
    if (
        not ids
        or len(ids) > MAX_IDS
        or any(isinstance(i, bool) or not isinstance(i, int) or i <= 0 for i in ids)
    ):
        raise InvalidInputError(f"{name} takes 1..{MAX_IDS} positive integers, got {ids!r}")
    return ",".join(str(i) for i in ids)


class EventFilters(TypedDict, total=False):
    """The filters of ``events`` / ``iter_events`` (all optional)."""

    event_ids: Iterable[int]
    market_ids: Iterable[int]
    creator_account_index: int
    active: bool
    tag: str
    event_kind: str
    start_from: datetime | int
    start_before: datetime | int
    sort: str
    order: str
    limit: int
    cursor: int


def events_query(
    *,
    event_ids: Iterable[int] | None = None,
    market_ids: Iterable[int] | None = None,
    creator_account_index: int | None = None,
    active: bool | None = None,
    tag: str | None = None,
    event_kind: str | None = None,
    start_from: datetime | int | None = None,
    start_before: datetime | int | None = None,
    sort: str | None = None,
    order: str | None = None,
    limit: int | None = None,
    cursor: int | None = None,
) -> dict[str, Any]:
    """The checked query of ``GET /api/v1/events`` (absent arguments left out)."""
    if order not in (None, "asc", "desc"):
        raise InvalidInputError(f"order must be 'asc' or 'desc', got {order!r}")
    if active is not None and not isinstance(active, bool):
        raise InvalidInputError(f"active must be True or False, got {active!r}")
    query = {
        "event_ids": _ids(event_ids, "event_ids"),
        "market_ids": _ids(market_ids, "market_ids"),
        "creator_account_index": creator_account_index,
        "active": active,
        "tag": tag,
        "event_kind": event_kind,
        "start_from": _millis(start_from, "start_from"),
        "start_before": _millis(start_before, "start_before"),
        "sort": sort,
        "order": order,
        "limit": _limit(limit, PAGE_LIMIT),
        "cursor": cursor,
    }
    return {k: v for k, v in query.items() if v is not None}


def up_down_query(
    symbol: str,
    duration: str,
    *,
    start: datetime | int,
    end: datetime | int,
    resolution: str = "1s",
    limit: int | None = None,
) -> dict[str, Any]:
    """The checked query of ``GET /api/v1/upDownCandles``: at most 24 hours, 1..3600 candles a page."""
    if not isinstance(symbol, str) or not symbol.strip():
        raise InvalidInputError(f"symbol names the series' underlying, e.g. 'btc', got {symbol!r}")
    if not isinstance(duration, str) or not duration.strip():
        raise InvalidInputError(f"duration names the series' market length, e.g. '5m', got {duration!r}")
    if resolution not in RESOLUTIONS:
        raise InvalidInputError(f"resolution must be one of {list(RESOLUTIONS)}, got {resolution!r}")
    start_s, end_s = _seconds(start, "start"), _seconds(end, "end")
    if end_s < start_s or end_s - start_s > MAX_CANDLE_RANGE_S:
        raise InvalidInputError(
            f"end - start must be within 0..{MAX_CANDLE_RANGE_S} seconds (24 hours), got {end_s - start_s}"
        )
    query: dict[str, Any] = {
        "symbol": symbol,
        "duration": duration,
        "resolution": resolution,
        "start_timestamp": start_s,
        "end_timestamp": end_s,
    }
    if limit is not None:
        query["limit"] = _limit(limit, CANDLE_LIMIT)
    return query


def pnl_query(
    account_index: int, *, event_id: int | None = None, limit: int | None = None, cursor: int | None = None
) -> dict[str, Any]:
    """The checked query of ``GET /api/v1/portfolio/boPnl``."""
    query = {
        "account_index": account_index,
        "event_id": event_id,
        "limit": _limit(limit, PAGE_LIMIT),
        "cursor": cursor,
    }
    return {k: v for k, v in query.items() if v is not None}


def next_cursor(answer: Any) -> int | None:
    """The answer's ``next_cursor`` when there is a next page (absent, None and 0 mean none)."""
    value = getattr(answer, "next_cursor", None)
    return value if isinstance(value, int) and value > 0 else None


def _candles_page(query: dict[str, Any], answer: Any) -> dict[str, Any] | None:
    """The query of the next page of candles, or None (``next_cursor`` is the next start)."""
    cursor = next_cursor(answer)
    if cursor is None or cursor > query["end_timestamp"] or cursor <= query["start_timestamp"]:
        return None
    return {**query, "start_timestamp": cursor}


def _events_page(query: dict[str, Any], answer: Any) -> dict[str, Any] | None:
    """The query of the next page of events or PnL entries (``next_cursor`` is the next ``cursor``)."""
    cursor = next_cursor(answer)
    return {**query, "cursor": cursor} if cursor is not None and answer.events else None


class CandleRange(TypedDict, total=False):
    """The range of ``up_down_candles`` / ``iter_up_down_candles``: ``start`` and ``end`` (unix seconds or
    datetimes, at most 24 hours apart) are required; ``resolution`` "1s" (default) or "30s"; ``limit``
    1..3600 candles a page."""

    start: Required[datetime | int]
    end: Required[datetime | int]
    resolution: str
    limit: int


Following = Callable[[dict[str, Any], Any], "dict[str, Any] | None"]


class _Follow:
    """The pages of one generated operation, following its ``next_cursor`` (a pager for the `Reader`):
    each answer is the generated model; its `field` holds the entries."""

    auth = True
    as_json = False

    def __init__(self, op: str, query: dict[str, Any] | None, field: str, following: Following) -> None:
        self.op, self.query, self.field, self.following = op, query, field, following

    def next_request(self) -> tuple[str, dict[str, Any]] | None:
        return None if self.query is None else (self.op, self.query)

    def feed(self, answer: Any) -> list[Any]:
        assert self.query is not None
        items = list(getattr(answer, self.field))
        self.query = self.following(self.query, answer)
        return items

    def bind_market(self, index: int) -> None:  # pragma: no cover - these series take no market
        raise AssertionError("binary-option pages take no market")


class BinaryOptions(Faced[FaceT]):
    """Binary-option reads (``client.binary_options``): values and iterators on `Lighter`, awaitables and
    async iterators on `AsyncLighter` (``AsyncBinaryOptions``)."""

    @read
    def events(self, **filters: Unpack[EventFilters]) -> RespGetEvents:
        """One page of events. Filters: event_ids / market_ids (up to 50 each), creator_account_index,
        active (True: still trading), tag (a series, e.g. "btc/5m"), event_kind, start_from / start_before
        (datetimes or unix ms), sort, order ("asc"/"desc"), limit (1..100), cursor."""
        answer: RespGetEvents = self._reads.call("events", events_query(**filters))
        return answer

    @stream
    def iter_events(self, **filters: Unpack[EventFilters]) -> Iterator[EventDetail]:
        """Every event matching the filters, page after page."""
        return self._pages("events", events_query(**filters), "events", _events_page)

    @read
    def up_down_candles(
        self, symbol: str, duration: str, **span: Unpack[CandleRange]
    ) -> RespGetUpDownCandles:
        """One page of candles of an up/down series (e.g. "btc", "5m"), oldest first (see `CandleRange`)."""
        query = up_down_query(symbol, duration, **span)
        answer: RespGetUpDownCandles = self._reads.call("up_down_candles", query)
        return answer

    @stream
    def iter_up_down_candles(
        self, symbol: str, duration: str, **span: Unpack[CandleRange]
    ) -> Iterator[UpDownCandle]:
        """Every candle of the range, following ``next_cursor``."""
        query = up_down_query(symbol, duration, **span)
        return self._pages("up_down_candles", query, "candles", _candles_page)

    @read
    def pnl(
        self, account_index: int | None = None, *, event_id: int | None = None, limit: int | None = None
    ) -> RespGetBoPnL:
        """One page of binary-option PnL per event (auth); default: this client's account."""
        index = self._reads.require_account() if account_index is None else account_index
        answer: RespGetBoPnL = self._reads.call("bo_pnl", pnl_query(index, event_id=event_id, limit=limit))
        return answer

    @stream
    def iter_pnl(
        self, account_index: int | None = None, *, event_id: int | None = None
    ) -> Iterator[BoEventPnL]:
        """Every event's PnL, page after page."""
        index = self._reads.require_account() if account_index is None else account_index
        return self._pages("bo_pnl", pnl_query(index, event_id=event_id), "events", _events_page)

    def _pages(self, op: str, query: dict[str, Any], field: str, following: Following) -> Any:
        return self._reads.pages(_Follow(op, query, field, following), None, collect=False)


AsyncBinaryOptions = BinaryOptions
"""The same class: ``client.binary_options`` of an `AsyncLighter` is a ``BinaryOptions[Awaiting]``."""
