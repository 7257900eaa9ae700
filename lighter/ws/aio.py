"""``AsyncWsClient``: the same stream for asyncio code.

It runs a :class:`~lighter.ws.client.WsClient` (same protocol core, same socket thread) and bridges to the
event loop: events land in a loop-side bounded queue (one loop wake-up per batch), futures are wrapped
with ``asyncio.wrap_future``, callbacks (plain functions or coroutines) run on the loop. Nothing blocks the
loop except ``close()``, which joins the socket thread in an executor.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any, TypeVar

from lighter._errors import WebSocketError, WsTimeoutError
from lighter.ws._core import Subscription, WsTxResult
from lighter.ws._queue import AsyncEventQueue, _Closed
from lighter.ws.channels import resolve_subscription
from lighter.ws.client import WsClient
from lighter.ws.events import ChannelEvent, ConnectionState, Event
from lighter.ws.models import AccountState
from lighter.ws.orderbook import OrderBook

log = logging.getLogger("lighter.ws")

E = TypeVar("E", bound=Event)
AsyncCallback = Callable[[Any], Any]


class AsyncWsClient:
    """The Lighter stream for asyncio: ``async with AsyncWsClient(url) as ws: await ws.subscribe_...``.

    Takes the same arguments as :class:`WsClient`. Subscribe calls are coroutines that, by default, wait
    for the channel's first snapshot (``wait=False`` returns at once). Iterate events with
    ``async for event in ws`` or :meth:`get`; register callbacks with :meth:`on` (sync or async, run on
    the loop, one at a time, in order). Not thread-safe: use it from its event loop.
    """

    def __init__(self, ws_url: str, **kwargs: Any) -> None:
        self._client = WsClient(ws_url, **kwargs)
        self._queue_size: int = kwargs.get("queue_size", 10_000)
        self._overflow: str = kwargs.get("overflow", "drop_oldest")
        self._queue: AsyncEventQueue | None = None
        self._callback_queue: AsyncEventQueue | None = None
        self._listeners: list[tuple[type[Event], AsyncCallback]] = []
        self._sub_callbacks: dict[str, AsyncCallback] = {}
        self._dispatcher: asyncio.Task[None] | None = None

    @property
    def sync_client(self) -> WsClient:
        """The underlying threaded client."""
        return self._client

    @property
    def state(self) -> ConnectionState:
        """Where the connection stands."""
        return self._client.state

    # -- lifecycle ------------------------------------------------------------------------------------------

    async def start(self) -> AsyncWsClient:
        """Connect in the background (idempotent)."""
        if self._queue is None:
            loop = asyncio.get_running_loop()
            self._queue = AsyncEventQueue(loop, self._queue_size, self._overflow)
            self._callback_queue = AsyncEventQueue(loop, self._queue_size, self._overflow)
            self._client._add_sink(self._queue.put_many)
            self._client._add_sink(self._forward_to_callbacks)
            self._dispatcher = loop.create_task(self._dispatch_loop(), name="lighter-ws-async-callbacks")
            self._client.start()
        return self

    async def close(self) -> None:
        """Close the connection and stop delivering events."""
        await asyncio.get_running_loop().run_in_executor(None, self._client.close)
        for queue in (self._queue, self._callback_queue):
            if queue is not None:
                queue.close()
        if self._dispatcher is not None:
            try:
                await asyncio.wait_for(self._dispatcher, 5.0)
            except (asyncio.TimeoutError, asyncio.CancelledError):
                self._dispatcher.cancel()

    async def __aenter__(self) -> AsyncWsClient:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"Async{self._client!r}"

    # -- subscriptions ----------------------------------------------------------------------------------

    async def subscribe(
        self,
        kind: str,
        *params: Any,
        callback: AsyncCallback | None = None,
        wait: bool = True,
        timeout: float = 10.0,
    ) -> Subscription:
        """Subscribe to a channel by kind and parameters or by address (any channel name: unknown ones
        arrive unparsed as :class:`RawChannelEvent`, see `WsClient.subscribe`); with ``wait`` (default)
        return once the first snapshot has arrived.

        Raises :class:`SubscriptionError` if the server refuses, :class:`WsTimeoutError` after ``timeout``.
        """
        if callback is not None:  # registered first: the snapshot may arrive before subscribe returns
            self._sub_callbacks[resolve_subscription(kind, params)[2]] = callback
        sub = self._client.subscribe(kind, *params)
        if wait:
            if self._queue is None:
                raise WebSocketError("start the client (async with / await start()) before waiting")
            try:
                await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(sub.ack)), timeout)
            except asyncio.TimeoutError:
                raise WsTimeoutError(f"no snapshot for {sub.address} within {timeout}s") from None
        return sub

    async def unsubscribe(self, subscription: Subscription | str) -> bool:
        """Stop a subscription."""
        address = subscription.address if isinstance(subscription, Subscription) else subscription
        self._sub_callbacks.pop(address, None)
        return self._client.unsubscribe(address)

    @property
    def subscriptions(self) -> list[Subscription]:
        """Current subscriptions."""
        return self._client.subscriptions

    def _account_id(self, account_id: int | None) -> int:
        return self._client._account_id(account_id)

    async def subscribe_order_book(
        self,
        market_id: int,
        *,
        price_decimals: int | None = None,
        size_decimals: int | None = None,
        **kw: Any,
    ) -> Subscription:
        """Order book snapshot + diffs of a market, kept in :meth:`order_book` (decimals: see
        `WsClient.subscribe_order_book`)."""
        if price_decimals is not None or size_decimals is not None:
            with self._client._lock:
                self._client._core.set_book_decimals(market_id, price_decimals, size_decimals)
        return await self.subscribe("order_book", market_id, **kw)

    async def subscribe_ticker(self, market_id: int, **kw: Any) -> Subscription:
        """Best bid and offer of a market."""
        return await self.subscribe("ticker", market_id, **kw)

    async def subscribe_market_stats(self, market_id: int | str = "all", **kw: Any) -> Subscription:
        """Market statistics of one market, or ``"all"``."""
        return await self.subscribe("market_stats", market_id, **kw)

    async def subscribe_spot_market_stats(self, market_id: int | str = "all", **kw: Any) -> Subscription:
        """Spot market statistics of one spot market, or ``"all"``."""
        return await self.subscribe("spot_market_stats", market_id, **kw)

    async def subscribe_bo_market_stats(self, market_id: int | str = "all", **kw: Any) -> Subscription:
        """Statistics of one binary-option market, or ``"all"``."""
        return await self.subscribe("bo_market_stats", market_id, **kw)

    async def subscribe_up_down_candle(
        self, symbol: str, duration: str, resolution: str = "1s", **kw: Any
    ) -> Subscription:
        """Candles of an up/down series' underlying, e.g. ``("btc", "5m", "1s")``."""
        return await self.subscribe("up_down_candle", symbol, duration, resolution, **kw)

    async def subscribe_trade(self, market_id: int, **kw: Any) -> Subscription:
        """Public trades of a market."""
        return await self.subscribe("trade", market_id, **kw)

    async def subscribe_candle(self, market_id: int, resolution: str, **kw: Any) -> Subscription:
        """Candlesticks of a market at a resolution."""
        return await self.subscribe("candle", market_id, resolution, **kw)

    async def subscribe_height(self, **kw: Any) -> Subscription:
        """The latest L2 block height."""
        return await self.subscribe("height", **kw)

    async def subscribe_account_all(self, account_id: int | None = None, **kw: Any) -> Subscription:
        """Orders, positions, trades, funding and pool shares of an account."""
        return await self.subscribe("account_all", self._account_id(account_id), **kw)

    async def subscribe_account_market(
        self, market_id: int, account_id: int | None = None, **kw: Any
    ) -> Subscription:
        """An account's orders, positions and trades in one market (private)."""
        return await self.subscribe("account_market", market_id, self._account_id(account_id), **kw)

    async def subscribe_user_stats(self, account_id: int | None = None, **kw: Any) -> Subscription:
        """Collateral, portfolio value, leverage... of an account."""
        return await self.subscribe("user_stats", self._account_id(account_id), **kw)

    async def subscribe_account_tx(self, account_id: int | None = None, **kw: Any) -> Subscription:
        """Transactions of an account (private)."""
        return await self.subscribe("account_tx", self._account_id(account_id), **kw)

    async def subscribe_account_all_orders(self, account_id: int | None = None, **kw: Any) -> Subscription:
        """All orders of an account across markets (private)."""
        return await self.subscribe("account_all_orders", self._account_id(account_id), **kw)

    async def subscribe_account_orders(
        self, market_id: int, account_id: int | None = None, **kw: Any
    ) -> Subscription:
        """Orders of an account in one market (private)."""
        return await self.subscribe("account_orders", market_id, self._account_id(account_id), **kw)

    async def subscribe_account_all_trades(self, account_id: int | None = None, **kw: Any) -> Subscription:
        """All fills of an account."""
        return await self.subscribe("account_all_trades", self._account_id(account_id), **kw)

    async def subscribe_account_all_positions(self, account_id: int | None = None, **kw: Any) -> Subscription:
        """All positions of an account."""
        return await self.subscribe("account_all_positions", self._account_id(account_id), **kw)

    async def subscribe_account_all_assets(self, account_id: int | None = None, **kw: Any) -> Subscription:
        """Asset balances of an account (private)."""
        return await self.subscribe("account_all_assets", self._account_id(account_id), **kw)

    async def subscribe_account_spot_avg_entry_prices(
        self, account_id: int | None = None, **kw: Any
    ) -> Subscription:
        """Average entry prices of an account's spot assets (private)."""
        return await self.subscribe("account_spot_avg_entry_prices", self._account_id(account_id), **kw)

    async def subscribe_notification(self, account_id: int | None = None, **kw: Any) -> Subscription:
        """Notifications of an account (private)."""
        return await self.subscribe("notification", self._account_id(account_id), **kw)

    async def subscribe_pool_data(self, account_id: int | None = None, **kw: Any) -> Subscription:
        """Pool data of a pool account (private)."""
        return await self.subscribe("pool_data", self._account_id(account_id), **kw)

    async def subscribe_pool_info(self, account_id: int | None = None, **kw: Any) -> Subscription:
        """Pool info of a pool account (private)."""
        return await self.subscribe("pool_info", self._account_id(account_id), **kw)

    # -- state ----------------------------------------------------------------------------------------------

    def order_book(self, market_id: int) -> OrderBook:
        """The live book of a subscribed market."""
        return self._client.order_book(market_id)

    def account(self, account_id: int | None = None) -> AccountState:
        """The merged state of an account."""
        return self._client.account(account_id)

    @property
    def stats(self) -> dict[str, int]:
        """Counters (see :attr:`WsClient.stats`)."""
        return self._client.stats

    # -- events ---------------------------------------------------------------------------------------------

    def on(self, event_type: type[E] = Event, callback: Callable[[E], Any] | None = None) -> Any:  # type: ignore[assignment]
        """Call ``callback(event)`` (a function or a coroutine function) on the loop for every
        ``event_type`` event; usable as a decorator."""

        def register(fn: Callable[[E], Any]) -> Callable[[E], Any]:
            self._listeners.append((event_type, fn))
            return fn

        return register if callback is None else register(callback)

    def off(self, callback: Callable[..., Any]) -> None:
        """Remove a callback registered with :meth:`on`."""
        self._listeners = [pair for pair in self._listeners if pair[1] is not callback]

    async def get(self, timeout: float | None = None) -> Event | None:
        """The next event; None after ``timeout`` or once closed and drained."""
        if self._queue is None:
            raise WebSocketError("start the client first")
        try:
            if timeout is None:
                return await self._queue.get()
            return await asyncio.wait_for(self._queue.get(), timeout)
        except (_Closed, asyncio.TimeoutError):
            return None

    def __aiter__(self) -> AsyncIterator[Event]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[Event]:
        if self._queue is None:
            raise WebSocketError("start the client first")
        while True:
            try:
                yield await self._queue.get()
            except _Closed:
                return

    async def wait_for(self, predicate: Callable[[Event], bool], timeout: float = 10.0) -> Event:
        """Consume events until one satisfies ``predicate``."""

        async def scan() -> Event:
            async for event in self:
                if predicate(event):
                    return event
            raise WebSocketError("the client is closed")

        try:
            return await asyncio.wait_for(scan(), timeout)
        except asyncio.TimeoutError:
            raise WsTimeoutError(f"no matching event within {timeout}s") from None

    # -- transactions ---------------------------------------------------------------------------------------

    async def send_tx(self, tx: Any, *, timeout: float | None = None) -> WsTxResult:
        """Send a signed transaction over the socket and await the server's answer."""
        return await asyncio.wrap_future(self._client.send_tx_nowait(tx, timeout=timeout))

    async def send_tx_batch(self, txs: Sequence[Any], *, timeout: float | None = None) -> WsTxResult:
        """Send up to 50 signed transactions in one message and await the answer."""
        return await asyncio.wrap_future(self._client.send_tx_batch_nowait(txs, timeout=timeout))

    # -- callbacks ------------------------------------------------------------------------------------------

    def _forward_to_callbacks(self, events: list[Event]) -> int:
        if (self._listeners or self._sub_callbacks) and self._callback_queue is not None:
            return self._callback_queue.put_many(events)
        return 0

    async def _dispatch_loop(self) -> None:
        assert self._callback_queue is not None
        while True:
            try:
                event = await self._callback_queue.get()
            except _Closed:
                return
            if isinstance(event, ChannelEvent):
                callback = self._sub_callbacks.get(event.channel)
                if callback is not None:
                    await self._call(callback, event)
            for event_type, fn in list(self._listeners):
                if isinstance(event, event_type):
                    await self._call(fn, event)

    @staticmethod
    async def _call(fn: AsyncCallback, event: Event) -> None:
        try:
            result = fn(event)
            if inspect.isawaitable(result):
                await result
        except Exception:
            log.exception("callback %r failed on %s", fn, type(event).__name__)
