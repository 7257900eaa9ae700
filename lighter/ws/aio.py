"""``AsyncWsClient``: the same stream for asyncio code.

It runs a :class:`~lighter.ws.client.WsClient` (same protocol core, same socket thread) and bridges to the
event loop: events land in a loop-side bounded queue (one loop wake-up per batch), futures are wrapped
with ``asyncio.wrap_future``, callbacks (plain functions or coroutines) run on the loop. Nothing blocks the
loop except ``close()``, which joins the socket thread in an executor.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Callable, Coroutine, Sequence
from typing import Any, TypeVar

from lighter._errors import WebSocketError, WsTimeoutError
from lighter.ws._channel_methods import ChannelMethods
from lighter.ws._core import Subscription, WsTxResult
from lighter.ws._queue import AsyncEventQueue, _Closed
from lighter.ws._surface import callback_failed, receivers
from lighter.ws.channels import resolve_subscription
from lighter.ws.client import WsClient
from lighter.ws.events import ConnectionState, Event
from lighter.ws.models import AccountState
from lighter.ws.orderbook import OrderBook

E = TypeVar("E", bound=Event)
AsyncCallback = Callable[[Any], Any]


class AsyncWsClient(ChannelMethods[Coroutine[Any, Any, Subscription]]):
    """The Lighter stream for asyncio: ``async with AsyncWsClient(url) as ws: await ws.subscribe_...``.

    Takes the same arguments as :class:`WsClient`. Subscribe calls return coroutines that, by default,
    wait for the channel's first snapshot (``wait=False`` returns at once), as ``WsClient``'s calls block.
    Iterate events with ``async for event in ws`` or :meth:`get`; register callbacks with :meth:`on` (sync
    or async, run on the loop, one at a time, in order). Not thread-safe: use it from its event loop.
    """

    waits_by_default = True  # subscribe calls await the first snapshot unless wait=False

    def __init__(self, ws_url: str, **kwargs: Any) -> None:
        self._client = WsClient(ws_url, **kwargs)
        self.account_index = self._client.account_index
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
            self._client.add_sink(self._queue.put_many)
            self._client.add_sink(self._forward_to_callbacks)
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

    async def _subscribe(
        self,
        kind: str,
        params: tuple[Any, ...],
        *,
        callback: AsyncCallback | None,
        wait: bool,
        timeout: float,
    ) -> Subscription:
        if callback is not None:  # registered first: the snapshot may arrive before subscribe returns
            self._sub_callbacks[resolve_subscription(kind, params)[2]] = callback
        sub = self._client.subscribe(kind, *params, wait=False)
        if wait:
            if self._queue is None:
                raise WebSocketError("start the client (async with / await start()) before waiting")
            try:
                await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(sub.ack)), timeout)
            except asyncio.TimeoutError:
                raise sub.snapshot_timeout(timeout) from None
        return sub

    def _set_book_decimals(
        self, market_id: int, price_decimals: int | None, size_decimals: int | None
    ) -> None:
        self._client._set_book_decimals(market_id, price_decimals, size_decimals)

    async def unsubscribe(self, subscription: Subscription | str) -> bool:
        """Stop a subscription."""
        address = subscription.address if isinstance(subscription, Subscription) else subscription
        self._sub_callbacks.pop(address, None)
        return self._client.unsubscribe(address)

    @property
    def subscriptions(self) -> list[Subscription]:
        """Current subscriptions."""
        return self._client.subscriptions

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
            for fn in receivers(event, self._sub_callbacks, self._listeners):
                try:
                    result = fn(event)
                    if inspect.isawaitable(result):
                        await result
                except Exception:
                    callback_failed(fn, event)
