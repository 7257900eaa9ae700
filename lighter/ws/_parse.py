"""Pure frame parsers: one function per channel kind turns a data frame into its typed event.

Each parser gets the subscription's parameters, the frame and whether it is a snapshot, plus the account
state to merge into (account channels). Parsers never raise on odd content: missing fields give empty
tuples or None.
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


def _objects(value: Any) -> tuple[Mapping[str, Any], ...]:
    return tuple(flatten(value))


def _timestamp(frame: Mapping[str, Any]) -> int | None:
    return _int(frame.get("timestamp"))


def parse_ticker(
    address: str, params: tuple[Any, ...], frame: Mapping[str, Any], snapshot: bool, account: AccountLookup
) -> ChannelEvent:
    """A ``ticker`` frame: best bid and ask with their sizes."""
    ticker = frame.get("ticker")
    ticker = ticker if isinstance(ticker, Mapping) else {}
    return TickerEvent(
        channel=address,
        snapshot=snapshot,
        timestamp=_timestamp(frame),
        raw=frame,
        market_id=_int(params[0]),
        symbol=ticker.get("s") if isinstance(ticker.get("s"), str) else None,
        bid=_level(ticker.get("b")),
        ask=_level(ticker.get("a")),
    )


def _stats_map(value: Any) -> dict[int, Mapping[str, Any]]:
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


def _market_stats_parser(kind: str) -> Parser:
    """``market_stats`` and ``spot_market_stats``: the frame key is the channel kind."""
    spot = kind == "spot_market_stats"

    def parse(
        address: str,
        params: tuple[Any, ...],
        frame: Mapping[str, Any],
        snapshot: bool,
        account: AccountLookup,
    ) -> ChannelEvent:
        return MarketStatsEvent(
            channel=address,
            snapshot=snapshot,
            timestamp=_timestamp(frame),
            raw=frame,
            stats=_stats_map(frame.get(kind)),
            spot=spot,
        )

    return parse


def parse_bo_market_stats(
    address: str, params: tuple[Any, ...], frame: Mapping[str, Any], snapshot: bool, account: AccountLookup
) -> ChannelEvent:
    """A ``bo_market_stats`` frame: one market's statistics, or a map of them on ``all``."""
    stats = _stats_map(frame.get("bo_market_stats"))
    return BinaryOptionStatsEvent(
        channel=address,
        snapshot=snapshot,
        timestamp=_timestamp(frame),
        raw=frame,
        stats={market_id: BinaryOptionStats.from_wire(item) for market_id, item in stats.items()},
    )


def parse_up_down_candle(
    address: str, params: tuple[Any, ...], frame: Mapping[str, Any], snapshot: bool, account: AccountLookup
) -> ChannelEvent:
    """An ``up_down_candle`` frame: candles (a list, or a single object) of the series' underlying."""
    candles = frame.get("candles", frame.get("candle"))
    items = (candles,) if isinstance(candles, Mapping) and "timestamp" in candles else _objects(candles)
    symbol, duration, resolution = (str(p) for p in params)
    return UpDownCandleEvent(
        channel=address,
        snapshot=snapshot,
        timestamp=_timestamp(frame),
        raw=frame,
        symbol=symbol,
        duration=duration,
        resolution=resolution,
        candles=tuple(UpDownCandle.from_wire(c) for c in items),
    )


def parse_trade(
    address: str, params: tuple[Any, ...], frame: Mapping[str, Any], snapshot: bool, account: AccountLookup
) -> ChannelEvent:
    """A ``trade`` frame: the trades (and liquidation trades) it carries."""
    return TradeEvent(
        channel=address,
        snapshot=snapshot,
        timestamp=_timestamp(frame),
        raw=frame,
        market_id=_int(params[0]),
        trades=tuple(Trade.from_wire(t) for t in flatten(frame.get("trades"))),
        liquidation_trades=tuple(Trade.from_wire(t) for t in flatten(frame.get("liquidation_trades"))),
    )


def parse_candle(
    address: str, params: tuple[Any, ...], frame: Mapping[str, Any], snapshot: bool, account: AccountLookup
) -> ChannelEvent:
    """A ``candle`` frame: one candle or a list of them."""
    candles = frame.get("candles", frame.get("candle"))
    items = (
        (candles,)
        if isinstance(candles, Mapping) and not any(k.isdigit() for k in candles)
        else _objects(candles)
    )
    resolution = frame.get("resolution", params[1] if len(params) > 1 else None)
    return CandleEvent(
        channel=address,
        snapshot=snapshot,
        timestamp=_timestamp(frame),
        raw=frame,
        market_id=_int(params[0]),
        resolution=resolution if isinstance(resolution, str) else None,
        candles=tuple(items),
    )


def parse_height(
    address: str, params: tuple[Any, ...], frame: Mapping[str, Any], snapshot: bool, account: AccountLookup
) -> ChannelEvent:
    """A ``height`` frame: the chain's current block height."""
    return HeightEvent(
        channel=address,
        snapshot=snapshot,
        timestamp=_timestamp(frame),
        raw=frame,
        height=_int(frame.get("height")),
    )


def _account_id(params: tuple[Any, ...], frame: Mapping[str, Any]) -> int | None:
    return _int(params[-1]) if params else _int(frame.get("account_id", frame.get("account")))


def _account_parser(kind: str) -> Parser:
    per_market = kind in ("account_market", "account_orders")

    def parse(
        address: str,
        params: tuple[Any, ...],
        frame: Mapping[str, Any],
        snapshot: bool,
        account: AccountLookup,
    ) -> ChannelEvent:
        account_id = _account_id(params, frame)
        market_id = _int(params[0]) if per_market else None
        orders = tuple(Order.from_wire(o) for o in flatten(frame.get("orders")))
        positions = tuple(Position.from_wire(p) for p in flatten(frame.get("positions"), "market_id"))
        trades = tuple(Trade.from_wire(t) for t in flatten(frame.get("trades")))
        assets = tuple(Asset.from_wire(a) for a in flatten(frame.get("assets"), "asset_id"))
        bo_raw = frame.get("bo_positions", frame.get("bo_position"))
        bo_items = (
            [bo_raw]
            if isinstance(bo_raw, Mapping) and "market_id" in bo_raw
            else flatten(bo_raw, "market_id")
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
        return AccountEvent(
            channel=address,
            snapshot=snapshot,
            timestamp=_timestamp(frame),
            raw=frame,
            kind=kind,
            account_id=account_id,
            account=state,
            market_id=market_id,
            orders=orders,
            positions=positions,
            trades=trades,
            assets=assets,
            bo_positions=bo_positions,
        )

    return parse


def parse_user_stats(
    address: str, params: tuple[Any, ...], frame: Mapping[str, Any], snapshot: bool, account: AccountLookup
) -> ChannelEvent:
    """A ``user_stats`` frame: the account's stats, also merged into its AccountState."""
    stats = frame.get("stats")
    stats = stats if isinstance(stats, Mapping) else {}
    account_id = _account_id(params, frame)
    state = account(account_id)
    if state is not None and stats:
        state.set_stats(stats)
    return UserStatsEvent(
        channel=address,
        snapshot=snapshot,
        timestamp=_timestamp(frame),
        raw=frame,
        account_id=account_id,
        stats=stats,
    )


def parse_account_tx(
    address: str, params: tuple[Any, ...], frame: Mapping[str, Any], snapshot: bool, account: AccountLookup
) -> ChannelEvent:
    """An ``account_tx`` frame: the account's transactions."""
    return AccountTxEvent(
        channel=address,
        snapshot=snapshot,
        timestamp=_timestamp(frame),
        raw=frame,
        account_id=_account_id(params, frame),
        txs=_objects(frame.get("txs")),
    )


def parse_notification(
    address: str, params: tuple[Any, ...], frame: Mapping[str, Any], snapshot: bool, account: AccountLookup
) -> ChannelEvent:
    """A ``notification`` frame: the account's notifications."""
    notes = frame.get("notifications", frame.get("notifs"))
    return NotificationEvent(
        channel=address,
        snapshot=snapshot,
        timestamp=_timestamp(frame),
        raw=frame,
        account_id=_account_id(params, frame),
        notifications=_objects(notes),
    )


def _pool_parser(kind: str) -> Parser:
    def parse(
        address: str,
        params: tuple[Any, ...],
        frame: Mapping[str, Any],
        snapshot: bool,
        account: AccountLookup,
    ) -> ChannelEvent:
        return PoolEvent(
            channel=address,
            snapshot=snapshot,
            timestamp=_timestamp(frame),
            raw=frame,
            kind=kind,
            account_id=_account_id(params, frame),
        )

    return parse


PARSERS: dict[str, Parser] = {
    "ticker": parse_ticker,
    "market_stats": _market_stats_parser("market_stats"),
    "spot_market_stats": _market_stats_parser("spot_market_stats"),
    "bo_market_stats": parse_bo_market_stats,
    "up_down_candle": parse_up_down_candle,
    "trade": parse_trade,
    "candle": parse_candle,
    "height": parse_height,
    "user_stats": parse_user_stats,
    "account_tx": parse_account_tx,
    "notification": parse_notification,
    "pool_data": _pool_parser("pool_data"),
    "pool_info": _pool_parser("pool_info"),
    **{
        kind: _account_parser(kind)
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
"""Parsers for every channel kind except ``order_book`` (handled by the core with its OrderBook)."""
