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

from lighter.ws._core import Subscription, TxResult
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
    ServerErrorEvent,
    ShutdownEvent,
    StateChanged,
    SubscriptionFailedEvent,
    TickerEvent,
    TradeEvent,
    UnknownMessageEvent,
    UnsubscribedEvent,
    UserStatsEvent,
)
from lighter.ws.models import AccountState, Asset, Order, Position, Trade
from lighter.ws.orderbook import CHECKSUM_DEPTH, OrderBook, book_checksum, canonical_decimal

__all__ = [
    "CHANNELS",
    "CHECKSUM_DEPTH",
    "AccountEvent",
    "AccountState",
    "AccountTxEvent",
    "Asset",
    "AsyncWsClient",
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
    "UserStatsEvent",
    "WebSocketError",
    "WsClient",
    "WsConnectionClosedError",
    "WsServerError",
    "WsTimeoutError",
    "book_checksum",
    "canonical_decimal",
]
