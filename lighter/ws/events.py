"""Events delivered by :class:`~lighter.ws.WsClient` and :class:`~lighter.ws.AsyncWsClient`.

Data events derive from :class:`ChannelEvent` (``channel`` is the subscribe address, ``snapshot`` is True for
``subscribed/...`` frames, ``raw`` is the parsed frame). Control events report the connection, errors, gaps
and queue overflows. All events are immutable; the ``book`` and ``account`` they reference are live objects
kept current by the client (read them through their thread-safe accessors).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs

from lighter._errors import OrderBookError, WebSocketError, WsServerError
from lighter.ws import _generated
from lighter.ws.models import (
    AccountState,
    Asset,
    BinaryOptionPosition,
    BinaryOptionStats,
    Order,
    Position,
    Trade,
    UpDownCandle,
)
from lighter.ws.orderbook import Level, OrderBook

__all__ = [
    "AccountEvent",
    "AccountTxEvent",
    "BinaryOptionStatsEvent",
    "CandleEvent",
    "ChannelEvent",
    "ConnectionState",
    "Event",
    "HeightEvent",
    "MalformedFrameEvent",
    "MarketStatsEvent",
    "NotificationEvent",
    "OrderBookEvent",
    "OrderBookGapEvent",
    "OverflowEvent",
    "PoolEvent",
    "RawChannelEvent",
    "ServerErrorEvent",
    "ShutdownEvent",
    "StateChanged",
    "SubscriptionFailedEvent",
    "TickerEvent",
    "TradeEvent",
    "UnknownMessageEvent",
    "UnsubscribedEvent",
    "UpDownCandleEvent",
    "UserStatsEvent",
]


class ConnectionState(str, enum.Enum):
    """Where the connection stands."""

    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    CLOSED = "closed"


def _raw() -> Any:
    return attrs.field(repr=False, eq=False, factory=dict)


_NOT_PARSED: Any = object()


def _model_slot() -> Any:
    # Where `.model` caches the generated model: one slot per event, filled on first access only.
    return attrs.field(init=False, default=_NOT_PARSED, repr=False, eq=False)


def _cached_model(event: Any, model_name: str | None) -> Any:
    cached = event._model
    if cached is _NOT_PARSED:
        cached = _generated.parse(model_name, event.raw)
        object.__setattr__(event, "_model", cached)
    return cached


@attrs.frozen(kw_only=True)
class Event:
    """Base class of every event."""


# -- control events ------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class StateChanged(Event):
    """The connection changed state. ``reason`` says why (for reconnects and closes)."""

    state: ConnectionState
    reason: str | None = None
    attempt: int = 0
    """Reconnect attempt number (1 for the first retry after a drop)."""
    delay: float | None = None
    """Seconds before the next connection attempt (RECONNECTING only)."""


@attrs.frozen(kw_only=True)
class ShutdownEvent(Event):
    """The server announced it will close the connection; the client reconnects in an orderly way."""

    close_in_ms: int | None = None


@attrs.frozen(kw_only=True)
class ServerErrorEvent(Event):
    """An ``error`` frame that no waiting request claimed (it is also raised to a waiting caller)."""

    error: WsServerError
    raw: Mapping[str, Any] = _raw()
    _model: Any = _model_slot()

    @property
    def model(self) -> Any:
        """The frame as the generated ``lighter_generated.models.WsError`` (parsed on first access)."""
        return _cached_model(self, "WsError")


@attrs.frozen(kw_only=True)
class SubscriptionFailedEvent(Event):
    """The server refused a subscription; it is dropped from the client's registry."""

    channel: str
    error: WebSocketError


@attrs.frozen(kw_only=True)
class UnsubscribedEvent(Event):
    """The server confirmed an unsubscribe."""

    channel: str


@attrs.frozen(kw_only=True)
class OrderBookGapEvent(Event):
    """The local book for ``market_id`` is known to be wrong; the client is fetching a fresh snapshot."""

    market_id: int
    error: OrderBookError


@attrs.frozen(kw_only=True)
class OverflowEvent(Event):
    """``dropped`` events were discarded because the consumer fell behind (see the queue policy)."""

    dropped: int


@attrs.frozen(kw_only=True)
class MalformedFrameEvent(Event):
    """A frame that is not a JSON object. ``text`` is truncated to 200 characters."""

    text: str
    error: str


@attrs.frozen(kw_only=True)
class UnknownMessageEvent(Event):
    """A well-formed frame of a type or channel the client does not know."""

    raw: Mapping[str, Any] = _raw()


# -- data events ---------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class ChannelEvent(Event):
    """A snapshot (``snapshot=True``) or update from a subscribed channel."""

    channel: str
    snapshot: bool
    timestamp: int | None = None
    raw: Mapping[str, Any] = _raw()
    _model: Any = _model_slot()

    @property
    def model(self) -> Any:
        """The raw frame parsed into its generated ``lighter_generated.models`` class, or None for a channel
        the spec gives no schema (account_market, account_spot_avg_entry_prices, notification, pool_data,
        pool_info). Parsed on first access and cached; the first access imports the generated package
        (~0.3 s, once). The event's own fields stay the fast path.

        By channel: order_book -> ``WsOrderBookUpdate``, ticker -> ``WsTickerUpdate``, market_stats ->
        ``WsMarketStatsUpdate``, spot_market_stats -> ``WsSpotMarketStatsUpdate``, trade ->
        ``WsTradeUpdate``, candle -> ``WsCandleUpdate``, height -> ``WsHeightUpdate``, account_all ->
        ``WsAccountAllUpdate``, account_all_orders -> ``WsAccountAllOrdersUpdate``, account_orders ->
        ``WsAccountOrdersUpdate``, account_all_trades -> ``WsAccountAllTradesUpdate``,
        account_all_positions -> ``WsAccountAllPositionsUpdate``, account_all_assets ->
        ``WsAccountAllAssetsUpdate``, account_tx -> ``WsAccountTxUpdate``, user_stats ->
        ``WsUserStatsUpdate``, bo_market_stats -> ``WsBoMarketStatsUpdate``, up_down_candle ->
        ``WsUpDownCandleUpdate`` (``lighter.ws._generated.MODEL_BY_KIND``)."""
        return _cached_model(self, _generated.MODEL_BY_KIND.get(self.channel.partition("/")[0]))


def _levels(entries: Any) -> list[Level]:
    out = []
    if isinstance(entries, list):
        for entry in entries:
            if isinstance(entry, Mapping):
                out.append((Decimal(str(entry.get("price"))), Decimal(str(entry.get("size")))))
    return out


@attrs.frozen(kw_only=True)
class OrderBookEvent(ChannelEvent):
    """An order-book snapshot or diff, already applied to ``book`` (the live book)."""

    market_id: int
    book: OrderBook = attrs.field(repr=False, eq=False)
    offset: int | None = None
    nonce: int | None = None

    @property
    def bid_changes(self) -> list[Level]:
        """The bid levels this frame carried (size 0 = removed)."""
        return _levels(self.raw.get("order_book", {}).get("bids"))

    @property
    def ask_changes(self) -> list[Level]:
        """The ask levels this frame carried (size 0 = removed)."""
        return _levels(self.raw.get("order_book", {}).get("asks"))


@attrs.frozen(kw_only=True)
class TickerEvent(ChannelEvent):
    """Best bid and offer."""

    market_id: int | None
    symbol: str | None = None
    bid: Level | None = None
    ask: Level | None = None


@attrs.frozen(kw_only=True)
class MarketStatsEvent(ChannelEvent):
    """Market statistics by market id (one market, or all with ``market_stats/all``)."""

    stats: Mapping[int, Mapping[str, Any]]
    spot: bool = False


@attrs.frozen(kw_only=True)
class BinaryOptionStatsEvent(ChannelEvent):
    """Statistics of binary-option markets by market id (one market, or all with ``bo_market_stats/all``)."""

    stats: Mapping[int, BinaryOptionStats]


@attrs.frozen(kw_only=True)
class UpDownCandleEvent(ChannelEvent):
    """Candles of an up/down series' underlying (``up_down_candle/<symbol>/<duration>/<resolution>``),
    oldest first: the snapshot carries the recent ones, an update the forming candle (and the one just
    closed when a bucket rolls over)."""

    symbol: str
    duration: str
    resolution: str
    candles: tuple[UpDownCandle, ...] = ()


@attrs.frozen(kw_only=True)
class RawChannelEvent(ChannelEvent):
    """A frame of a channel this SDK does not know yet, subscribed by name (``ws.subscribe("<channel>")``):
    the frame is in ``raw``, unparsed; ``kind`` is the channel's name (``raw["type"]`` says whether it is a
    snapshot or an update)."""

    kind: str


@attrs.frozen(kw_only=True)
class TradeEvent(ChannelEvent):
    """Public trades of one market."""

    market_id: int | None
    trades: tuple[Trade, ...] = ()
    liquidation_trades: tuple[Trade, ...] = ()


@attrs.frozen(kw_only=True)
class CandleEvent(ChannelEvent):
    """Candlesticks (raw objects) of one market and resolution."""

    market_id: int | None
    resolution: str | None = None
    candles: tuple[Mapping[str, Any], ...] = ()


@attrs.frozen(kw_only=True)
class HeightEvent(ChannelEvent):
    """The latest L2 block height."""

    height: int | None = None


@attrs.frozen(kw_only=True)
class AccountEvent(ChannelEvent):
    """A frame from an account channel (``account_all``, ``account_market``, ``account_all_orders``,
    ``account_orders``, ``account_all_trades``, ``account_all_positions``, ``account_all_assets``,
    ``account_spot_avg_entry_prices``), already merged into ``account``.

    ``orders``/``positions``/``trades``/``assets``/``bo_positions`` (binary-option holdings: ``bo_positions``
    on account-wide channels, ``bo_position`` on ``account_market``) are what this frame carried.
    """

    kind: str
    account_id: int | None
    account: AccountState | None = attrs.field(default=None, repr=False, eq=False)
    market_id: int | None = None
    orders: tuple[Order, ...] = ()
    positions: tuple[Position, ...] = ()
    trades: tuple[Trade, ...] = ()
    assets: tuple[Asset, ...] = ()
    bo_positions: tuple[BinaryOptionPosition, ...] = ()


@attrs.frozen(kw_only=True)
class UserStatsEvent(ChannelEvent):
    """Account statistics (collateral, portfolio value, leverage...) as strings."""

    account_id: int | None
    stats: Mapping[str, Any] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class AccountTxEvent(ChannelEvent):
    """Transactions of an account (raw objects)."""

    account_id: int | None
    txs: tuple[Mapping[str, Any], ...] = ()


@attrs.frozen(kw_only=True)
class NotificationEvent(ChannelEvent):
    """Account notifications (raw objects)."""

    account_id: int | None
    notifications: tuple[Mapping[str, Any], ...] = ()


@attrs.frozen(kw_only=True)
class PoolEvent(ChannelEvent):
    """``pool_data`` or ``pool_info`` (``kind``); the payload stays in ``raw``."""

    kind: str
    account_id: int | None
