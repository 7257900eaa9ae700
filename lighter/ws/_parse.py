"""Pure frame parsers: one body per channel kind turns a data frame into its typed event's fields.

Every event carries the same envelope (``channel``, ``snapshot``, ``timestamp``, ``raw``), filled once by
:func:`_event`; a body returns only what its kind adds. Bodies get the channel kind, the subscription's
parameters, the frame and whether it is a snapshot, plus the account state to merge into (account
channels). They never raise on odd content: missing fields give empty tuples or None.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from lighter.ws.events import (
    AccountEvent,
    AccountTxEvent,
    BinaryOptionStatsEvent,
    CandleEvent,
    ChannelEvent,
    HeightEvent,
    MarketStatsEvent,
    NotificationEvent,
    PoolEvent,
    TickerEvent,
    TradeEvent,
    UpDownCandleEvent,
    UserStatsEvent,
)
from lighter.ws.models import (
    AccountState,
    Asset,
    BinaryOptionPosition,
    BinaryOptionStats,
    Order,
    Position,
    Trade,
    UpDownCandle,
    flatten,
)
from lighter.ws.orderbook import Level

AccountLookup = Callable[[int | None], AccountState | None]
Parser = Callable[[str, tuple[Any, ...], Mapping[str, Any], bool, AccountLookup], ChannelEvent]
Frame = Mapping[str, Any]
Params = tuple[Any, ...]
Fields = dict[str, Any]
Body = Callable[[str, Params, Frame, bool, AccountLookup], Fields]


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def _level(value: Any) -> Level | None:
    if not isinstance(value, Mapping):
        return None
    try:
        return (Decimal(str(value["price"])), Decimal(str(value["size"])))
    except (KeyError, InvalidOperation, ValueError):
        return None


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _objects(value: Any) -> tuple[Mapping[str, Any], ...]:
    return tuple(flatten(value))


def _one_or_many(value: Any, is_one: Callable[[Mapping[str, Any]], bool]) -> tuple[Mapping[str, Any], ...]:
    """A single object (``is_one`` says so) as a 1-tuple, else the objects of a list or map."""
    return (value,) if isinstance(value, Mapping) and is_one(value) else _objects(value)


def _candles(frame: Frame, is_one: Callable[[Mapping[str, Any]], bool]) -> tuple[Mapping[str, Any], ...]:
    """``candles`` (or ``candle``): one candle or a list of them."""
    return _one_or_many(frame.get("candles", frame.get("candle")), is_one)


def _account_id(params: Params, frame: Frame) -> int | None:
    return _int(params[-1]) if params else _int(frame.get("account_id", frame.get("account")))


def _event(kind: str, event: type[ChannelEvent], body: Body) -> Parser:
    """The parser of one kind: the envelope every event shares, plus what ``body`` reads for this kind."""

    def parse(
        address: str, params: Params, frame: Frame, snapshot: bool, account: AccountLookup
    ) -> ChannelEvent:
        timestamp = _int(frame.get("timestamp"))
        fields = body(kind, params, frame, snapshot, account)
        return event(channel=address, snapshot=snapshot, timestamp=timestamp, raw=frame, **fields)

    return parse


def _ticker(kind: str, params: Params, frame: Frame, snapshot: bool, account: AccountLookup) -> Fields:
    """Best bid and ask with their sizes."""
    ticker = _mapping(frame.get("ticker"))
    symbol = ticker.get("s")
    return {
        "market_id": _int(params[0]),
        "symbol": symbol if isinstance(symbol, str) else None,
        "bid": _level(ticker.get("b")),
        "ask": _level(ticker.get("a")),
    }


def _stats_map(value: Any) -> dict[int, Mapping[str, Any]]:
    """One market's statistics (it names its ``market_id``), or a map of them by market id (``all``)."""
    if not isinstance(value, Mapping):
        return {}
    if "market_id" in value:
        market_id = _int(value.get("market_id"))
        return {market_id: value} if market_id is not None else {}
    out: dict[int, Mapping[str, Any]] = {}
    for key, item in value.items():
        market_id = _int(key)
        if market_id is not None and isinstance(item, Mapping):
            out[market_id] = item
    return out


def _market_stats(kind: str, params: Params, frame: Frame, snapshot: bool, account: AccountLookup) -> Fields:
    """``market_stats`` and ``spot_market_stats``: the frame key is the channel kind."""
    return {"stats": _stats_map(frame.get(kind)), "spot": kind == "spot_market_stats"}


def _bo_market_stats(
    kind: str, params: Params, frame: Frame, snapshot: bool, account: AccountLookup
) -> Fields:
    """One binary-option market's statistics, or a map of them on ``all``."""
    stats = _stats_map(frame.get(kind))
    return {"stats": {market_id: BinaryOptionStats.from_wire(item) for market_id, item in stats.items()}}


def _up_down_candle(
    kind: str, params: Params, frame: Frame, snapshot: bool, account: AccountLookup
) -> Fields:
    """Candles (a list, or a single object) of the series' underlying."""
    symbol, duration, resolution = (str(p) for p in params)
    candles = _candles(frame, lambda c: "timestamp" in c)
    return {
        "symbol": symbol,
        "duration": duration,
        "resolution": resolution,
        "candles": tuple(UpDownCandle.from_wire(c) for c in candles),
    }


def _trade(kind: str, params: Params, frame: Frame, snapshot: bool, account: AccountLookup) -> Fields:
    """The trades (and liquidation trades) a frame carries."""
    return {
        "market_id": _int(params[0]),
        "trades": tuple(Trade.from_wire(t) for t in flatten(frame.get("trades"))),
        "liquidation_trades": tuple(Trade.from_wire(t) for t in flatten(frame.get("liquidation_trades"))),
    }


def _candle(kind: str, params: Params, frame: Frame, snapshot: bool, account: AccountLookup) -> Fields:
    """One candle or a list of them (a map keyed by index is a list)."""
    resolution = frame.get("resolution", params[1] if len(params) > 1 else None)
    return {
        "market_id": _int(params[0]),
        "resolution": resolution if isinstance(resolution, str) else None,
        "candles": _candles(frame, lambda c: not any(k.isdigit() for k in c)),
    }


def _height(kind: str, params: Params, frame: Frame, snapshot: bool, account: AccountLookup) -> Fields:
    """The chain's current block height."""
    return {"height": _int(frame.get("height"))}


_PER_MARKET = frozenset({"account_market", "account_orders"})


def _account(kind: str, params: Params, frame: Frame, snapshot: bool, account: AccountLookup) -> Fields:
    """What an account channel carries, merged into the account's state."""
    account_id = _account_id(params, frame)
    market_id = _int(params[0]) if kind in _PER_MARKET else None
    orders = tuple(Order.from_wire(o) for o in flatten(frame.get("orders")))
    positions = tuple(Position.from_wire(p) for p in flatten(frame.get("positions"), "market_id"))
    trades = tuple(Trade.from_wire(t) for t in flatten(frame.get("trades")))
    assets = tuple(Asset.from_wire(a) for a in flatten(frame.get("assets"), "asset_id"))
    bo_raw = frame.get("bo_positions", frame.get("bo_position"))
    bo_items = (
        [bo_raw] if isinstance(bo_raw, Mapping) and "market_id" in bo_raw else flatten(bo_raw, "market_id")
    )
    bo_positions = tuple(BinaryOptionPosition.from_wire(p) for p in bo_items)
    state = account(account_id)
    if state is not None:
        if "orders" in frame:
            state.merge_orders(orders, snapshot=snapshot, market_id=market_id)
        if "positions" in frame:
            state.merge_positions(positions, snapshot=snapshot, market_id=market_id)
        if trades:
            state.merge_trades(trades)
        if "assets" in frame:
            state.merge_assets(assets, snapshot=snapshot)
        if "bo_positions" in frame or "bo_position" in frame:
            state.merge_bo_positions(bo_positions, snapshot=snapshot, market_id=market_id)
        if "avg_entry_prices" in frame:
            state.merge_avg_entry_prices(
                flatten(frame.get("avg_entry_prices"), "asset_id"), snapshot=snapshot
            )
    return {
        "kind": kind,
        "account_id": account_id,
        "account": state,
        "market_id": market_id,
        "orders": orders,
        "positions": positions,
        "trades": trades,
        "assets": assets,
        "bo_positions": bo_positions,
    }


def _user_stats(kind: str, params: Params, frame: Frame, snapshot: bool, account: AccountLookup) -> Fields:
    """The account's stats, also merged into its AccountState."""
    stats = _mapping(frame.get("stats"))
    account_id = _account_id(params, frame)
    state = account(account_id)
    if state is not None and stats:
        state.set_stats(stats)
    return {"account_id": account_id, "stats": stats}


def _account_tx(kind: str, params: Params, frame: Frame, snapshot: bool, account: AccountLookup) -> Fields:
    """The account's transactions."""
    return {"account_id": _account_id(params, frame), "txs": _objects(frame.get("txs"))}


def _notification(kind: str, params: Params, frame: Frame, snapshot: bool, account: AccountLookup) -> Fields:
    """The account's notifications."""
    notes = frame.get("notifications", frame.get("notifs"))
    return {"account_id": _account_id(params, frame), "notifications": _objects(notes)}


def _pool(kind: str, params: Params, frame: Frame, snapshot: bool, account: AccountLookup) -> Fields:
    """``pool_data`` / ``pool_info``: the payload stays in ``raw``."""
    return {"kind": kind, "account_id": _account_id(params, frame)}


_BODIES: dict[str, tuple[type[ChannelEvent], Body]] = {
    "ticker": (TickerEvent, _ticker),
    "market_stats": (MarketStatsEvent, _market_stats),
    "spot_market_stats": (MarketStatsEvent, _market_stats),
    "bo_market_stats": (BinaryOptionStatsEvent, _bo_market_stats),
    "up_down_candle": (UpDownCandleEvent, _up_down_candle),
    "trade": (TradeEvent, _trade),
    "candle": (CandleEvent, _candle),
    "height": (HeightEvent, _height),
    "user_stats": (UserStatsEvent, _user_stats),
    "account_tx": (AccountTxEvent, _account_tx),
    "notification": (NotificationEvent, _notification),
    "pool_data": (PoolEvent, _pool),
    "pool_info": (PoolEvent, _pool),
    **{
        kind: (AccountEvent, _account)
        for kind in (
            "account_all",
            "account_market",
            "account_all_orders",
            "account_orders",
            "account_all_trades",
            "account_all_positions",
            "account_all_assets",
            "account_spot_avg_entry_prices",
        )
    },
}

PARSERS: dict[str, Parser] = {kind: _event(kind, event, body) for kind, (event, body) in _BODIES.items()}
"""Parsers for every channel kind except ``order_book`` (handled by the core with its OrderBook)."""
