"""Streaming: the Lighter WebSocket API with a threaded client, an asyncio face, and local order books.

```python
from lighter.ws import WsClient, OrderBookEvent

with WsClient("wss://mainnet.zklighter.elliot.ai/stream") as ws:
    ws.subscribe_order_book(0)
    for event in ws:
        if isinstance(event, OrderBookEvent):
            print(ws.order_book(0).best_bid, ws.order_book(0).best_ask)
```

``WsClient`` runs websocket-client in its own daemon thread; ``AsyncWsClient`` offers the same API to
asyncio code (``async with``, ``async for event in ws``, ``await ws.subscribe_...``). Both share one pure
protocol core (``lighter.ws._core``): frame parsing, subscription bookkeeping, book updates, keepalive,
backoff and rate decisions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lighter._lazy import lazy_exports

# Loaded on first use, so that ``lighter.OrderBook`` does not import websocket-client and asyncio.
_EXPORTS: dict[str, str] = {
    "AccountEvent": "lighter.ws.events",
    "AccountState": "lighter.ws.models",
    "AccountTxEvent": "lighter.ws.events",
    "Asset": "lighter.ws.models",
    "AsyncWsClient": "lighter.ws.aio",
    "BinaryOptionPosition": "lighter.ws.models",
    "BinaryOptionStats": "lighter.ws.models",
    "BinaryOptionStatsEvent": "lighter.ws.events",
    "CHANNELS": "lighter.ws.channels",
    "CHECKSUM_DEPTH": "lighter.ws.orderbook",
    "CandleEvent": "lighter.ws.events",
    "ChannelEvent": "lighter.ws.events",
    "ChannelSpec": "lighter.ws.channels",
    "ConnectionState": "lighter.ws.events",
    "Event": "lighter.ws.events",
    "HeightEvent": "lighter.ws.events",
    "InvalidOrderBookFrameError": "lighter.ws.errors",
    "MalformedFrameEvent": "lighter.ws.events",
    "MarketStatsEvent": "lighter.ws.events",
    "MissingAuthError": "lighter.ws.errors",
    "NotificationEvent": "lighter.ws.events",
    "Order": "lighter.ws.models",
    "OrderBook": "lighter.ws.orderbook",
    "OrderBookError": "lighter.ws.errors",
    "OrderBookEvent": "lighter.ws.events",
    "OrderBookGapError": "lighter.ws.errors",
    "OrderBookGapEvent": "lighter.ws.events",
    "OrderBookNotSnapshottedError": "lighter.ws.errors",
    "OverflowEvent": "lighter.ws.events",
    "PoolEvent": "lighter.ws.events",
    "Position": "lighter.ws.models",
    "RawChannelEvent": "lighter.ws.events",
    "ServerErrorEvent": "lighter.ws.events",
    "ShutdownEvent": "lighter.ws.events",
    "StateChanged": "lighter.ws.events",
    "Subscription": "lighter.ws._core",
    "SubscriptionError": "lighter.ws.errors",
    "SubscriptionFailedEvent": "lighter.ws.events",
    "TickerEvent": "lighter.ws.events",
    "Trade": "lighter.ws.models",
    "TradeEvent": "lighter.ws.events",
    "TxResult": "lighter.ws._core",  # the old name of WsTxResult
    "UnknownMessageEvent": "lighter.ws.events",
    "UnsubscribedEvent": "lighter.ws.events",
    "UpDownCandle": "lighter.ws.models",
    "UpDownCandleEvent": "lighter.ws.events",
    "UserStatsEvent": "lighter.ws.events",
    "WebSocketError": "lighter.ws.errors",
    "WsClient": "lighter.ws.client",
    "WsConnectionClosedError": "lighter.ws.errors",
    "WsServerError": "lighter.ws.errors",
    "WsTimeoutError": "lighter.ws.errors",
    "WsTxResult": "lighter.ws._core",
    "book_checksum": "lighter.ws.orderbook",
    "canonical_decimal": "lighter.ws.orderbook",
}

if TYPE_CHECKING:  # pragma: no cover
    from lighter.ws._core import Subscription, TxResult, WsTxResult
    from lighter.ws.aio import AsyncWsClient
    from lighter.ws.channels import CHANNELS, ChannelSpec
    from lighter.ws.client import WsClient
    from lighter.ws.errors import (
        InvalidOrderBookFrameError,
        MissingAuthError,
        OrderBookError,
        OrderBookGapError,
        OrderBookNotSnapshottedError,
        SubscriptionError,
        WebSocketError,
        WsConnectionClosedError,
        WsServerError,
        WsTimeoutError,
    )
    from lighter.ws.events import (
        AccountEvent,
        AccountTxEvent,
        BinaryOptionStatsEvent,
        CandleEvent,
        ChannelEvent,
        ConnectionState,
        Event,
        HeightEvent,
        MalformedFrameEvent,
        MarketStatsEvent,
        NotificationEvent,
        OrderBookEvent,
        OrderBookGapEvent,
        OverflowEvent,
        PoolEvent,
        RawChannelEvent,
        ServerErrorEvent,
        ShutdownEvent,
        StateChanged,
        SubscriptionFailedEvent,
        TickerEvent,
        TradeEvent,
        UnknownMessageEvent,
        UnsubscribedEvent,
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
    )
    from lighter.ws.orderbook import CHECKSUM_DEPTH, OrderBook, book_checksum, canonical_decimal

__all__ = [
    "CHANNELS",
    "CHECKSUM_DEPTH",
    "AccountEvent",
    "AccountState",
    "AccountTxEvent",
    "Asset",
    "AsyncWsClient",
    "BinaryOptionPosition",
    "BinaryOptionStats",
    "BinaryOptionStatsEvent",
    "CandleEvent",
    "ChannelEvent",
    "ChannelSpec",
    "ConnectionState",
    "Event",
    "HeightEvent",
    "InvalidOrderBookFrameError",
    "MalformedFrameEvent",
    "MarketStatsEvent",
    "MissingAuthError",
    "NotificationEvent",
    "Order",
    "OrderBook",
    "OrderBookError",
    "OrderBookEvent",
    "OrderBookGapError",
    "OrderBookGapEvent",
    "OrderBookNotSnapshottedError",
    "OverflowEvent",
    "PoolEvent",
    "Position",
    "RawChannelEvent",
    "ServerErrorEvent",
    "ShutdownEvent",
    "StateChanged",
    "Subscription",
    "SubscriptionError",
    "SubscriptionFailedEvent",
    "TickerEvent",
    "Trade",
    "TradeEvent",
    "TxResult",
    "UnknownMessageEvent",
    "UnsubscribedEvent",
    "UpDownCandle",
    "UpDownCandleEvent",
    "UserStatsEvent",
    "WebSocketError",
    "WsClient",
    "WsConnectionClosedError",
    "WsServerError",
    "WsTimeoutError",
    "WsTxResult",
    "book_checksum",
    "canonical_decimal",
]


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, __all__)
