"""``WsClient``: the Lighter stream on websocket-client, in its own daemon thread.

One socket thread owns the connection: it reads frames, feeds the protocol core (order books, account
states, subscriptions), sends what the core queues (paced by the message-rate window), keeps the
connection alive, and reconnects with backoff. Events go into bounded queues; callbacks run on a separate
dispatcher thread, so a slow consumer never stalls the socket.

Thread-safety: every public method may be called from any thread (the core is guarded by one lock and the
socket thread is woken through a socket pair). Callbacks run on the dispatcher thread, one at a time, in
event order; a callback may call the client (subscribe, send_tx...), but must not block on ``wait=True`` or a
blocking ``send_tx`` for long, since that holds back later callbacks (not the socket).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import secrets
import selectors
import socket
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeoutError
from typing import Any, TypeVar, overload

import websocket

from lighter import _json, _telemetry
from lighter._errors import WebSocketError, WsTimeoutError, safe_url
from lighter._loggers import get_logger
from lighter.ws import _frames
from lighter.ws._auth import TokenCache, key_token_provider
from lighter.ws._channel_methods import ChannelMethods
from lighter.ws._core import MAX_BATCH_TXS, StreamCore, Subscription, WsTxResult
from lighter.ws._policy import Backoff, RateWindow
from lighter.ws._queue import EventQueue, _Closed
from lighter.ws._surface import callback_failed, receivers
from lighter.ws.events import ConnectionState, Event, StateChanged
from lighter.ws.models import AccountState
from lighter.ws.orderbook import OrderBook

log = get_logger("lighter.ws")

E = TypeVar("E", bound=Event)
Callback = Callable[[Any], Any]

_READ_BATCH = 256  # frames read before the core is called once for all of them


def tx_payload(tx: Any) -> dict[str, Any]:
    """``{"tx_type", "tx_info"}`` for ``jsonapi/sendtx`` from a signed tx (anything with ``.tx_type`` and
    ``.tx_info``, the JSON text the signer produced). Raises ValueError on bad input, before sending."""
    tx_type, tx_info = _tx_parts(tx)
    return {"tx_type": tx_type, "tx_info": _json.loads(tx_info)}


def tx_batch_payload(txs: Sequence[Any]) -> dict[str, Any]:
    """``{"tx_types", "tx_infos"}`` for ``jsonapi/sendtxbatch``: JSON-encoded lists, as the server expects."""
    if not 1 <= len(txs) <= MAX_BATCH_TXS:
        raise ValueError(f"a batch holds 1 to {MAX_BATCH_TXS} transactions, got {len(txs)}")
    parts = [_tx_parts(tx) for tx in txs]
    return {"tx_types": json.dumps([t for t, _ in parts]), "tx_infos": json.dumps([i for _, i in parts])}


def _tx_members(tx: Any) -> str:
    """``"tx_type":..,"tx_info":{..}`` as JSON text; our own signer's tx_info goes in as it is, anything
    else is checked first (see ``tx_payload``)."""
    from lighter.transactions._sign import SignedTx

    if type(tx) is SignedTx:  # the signer wrote this JSON object itself
        return f'"tx_type":{tx.tx_type},"tx_info":{tx.tx_info}'
    tx_type, tx_info = _tx_parts(tx)
    return f'"tx_type":{tx_type},"tx_info":{tx_info}'


def _tx_parts(tx: Any) -> tuple[int, str]:
    tx_type = getattr(tx, "tx_type", None)
    tx_info = getattr(tx, "tx_info", None)
    if isinstance(tx_type, bool) or not isinstance(tx_type, int):
        raise ValueError(f"expected a signed transaction with an int .tx_type, got {type(tx).__name__}")
    if not isinstance(tx_info, str):
        raise ValueError("expected a signed transaction whose .tx_info is the signer's JSON text")
    try:
        parsed = _json.loads(tx_info)
    except ValueError:
        raise ValueError("the transaction's tx_info is not valid JSON") from None
    if not isinstance(parsed, dict):
        raise ValueError("the transaction's tx_info is not a JSON object")
    return int(tx_type), tx_info


class WsClient(ChannelMethods[Subscription]):
    """A self-healing connection to the Lighter stream (``wss://.../stream``).

    ``auth`` returns an auth token for private channels (called when a token is needed; tokens are cached
    until shortly before their deadline and renewed on every reconnect). Instead, pass ``account_index``,
    ``api_key_index`` and ``api_private_key`` and the client signs its own tokens.

    Events: iterate the client (``for event in ws``), call :meth:`get`, register callbacks with :meth:`on`,
    or pass ``callback=`` to a subscribe call. Each consumer has its own bounded queue of ``queue_size``
    events with the ``overflow`` policy (``"drop_oldest"`` or ``"drop_newest"``) and an
    :class:`~lighter.ws.events.OverflowEvent` when events were dropped. Books and account states stay
    correct whatever is dropped.

    Hostile frames cannot stop the stream: a frame that is not JSON, or JSON beyond `lighter._json`'s
    depth bound, is a :class:`~lighter.ws.events.MalformedFrameEvent`; a message larger than
    ``max_message_size`` bytes (32 MiB) ends that connection, and the client reconnects.
    """

    waits_by_default = False  # subscribe calls return at once unless wait=True (see SubscribeSurface)

    def __init__(
        self,
        ws_url: str,
        *,
        auth: Callable[[], str] | None = None,
        account_index: int | None = None,
        api_key_index: int | None = None,
        api_private_key: Any = None,
        ping_interval: float = 30.0,
        dead_timeout: float = 75.0,
        connect_timeout: float = 10.0,
        reconnect: bool = True,
        backoff_initial: float = 0.5,
        backoff_max: float = 30.0,
        queue_size: int = 10_000,
        overflow: str = "drop_oldest",
        max_messages_per_minute: int = 180,
        tx_timeout: float = 30.0,
        headers: Mapping[str, str] | None = None,
        sslopt: Mapping[str, Any] | None = None,
        max_message_size: int = _json.MAX_SIZE,
    ) -> None:
        from lighter._log import configure_once

        configure_once()  # LIGHTER_LOG / LIGHTER_LOG_FORMAT, read once per process (AsyncWsClient too)
        if not isinstance(ws_url, str) or not ws_url.startswith(("ws://", "wss://")):
            raise ValueError(f"ws_url must start with ws:// or wss://, got {ws_url!r}")
        if ping_interval <= 0 or dead_timeout <= ping_interval:
            raise ValueError("need ping_interval > 0 and dead_timeout > ping_interval")
        if api_private_key is not None and auth is not None:
            raise ValueError("pass either auth= or api_private_key=, not both")
        if api_private_key is not None:
            if account_index is None or api_key_index is None:
                raise ValueError("api_private_key needs account_index and api_key_index")
            auth = key_token_provider(
                api_private_key, account_index=account_index, api_key_index=api_key_index
            )
        self.ws_url = ws_url
        self.account_index = account_index
        self._headers = dict(headers or {})
        self._sslopt = dict(sslopt or {})
        self._connect_timeout = connect_timeout
        self._max_message_size = max_message_size
        self._dead_timeout = dead_timeout
        self._reconnect = reconnect
        self._tx_timeout = tx_timeout
        self._queue_size = queue_size
        self._overflow = overflow
        self._core = StreamCore(
            token_cache=TokenCache(auth) if auth is not None else None,
            ping_interval=ping_interval,
            dead_timeout=dead_timeout,
            connect_timeout=connect_timeout,
            rate=RateWindow(max_messages_per_minute, 60.0),
            backoff=Backoff(initial=backoff_initial, maximum=backoff_max),
        )
        self._lock = threading.Lock()
        self._events = EventQueue(queue_size, overflow)
        self._callback_queue = EventQueue(queue_size, overflow)
        self._sinks: list[Callable[[list[Event]], int]] = []  # extra consumers (the asyncio face)
        self._iterated = False  # overflow of the iteration queue is only worth a log line once it is read
        self._last_overflow_log = -1e9
        self._listeners: tuple[tuple[type[Event], Callback], ...] = ()
        self._sub_callbacks: dict[str, Callback] = {}
        self._stop = threading.Event()
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._wake_w.setblocking(False)
        self._thread: threading.Thread | None = None
        self._dispatcher: threading.Thread | None = None
        self._ws: websocket.WebSocket | None = None
        self._connecting: websocket.WebSocket | None = None
        self.state = ConnectionState.CLOSED

    # -- lifecycle ------------------------------------------------------------------------------------------

    def start(self) -> WsClient:
        """Connect in the background (idempotent). Returns the client."""
        if self._stop.is_set():
            raise WebSocketError("a closed WsClient cannot be restarted; create a new one")
        if self._thread is None:
            self._dispatcher = threading.Thread(
                target=self._dispatch_loop, name="lighter-ws-callbacks", daemon=True
            )
            self._dispatcher.start()
            self._thread = threading.Thread(target=self._run, name="lighter-ws", daemon=True)
            self._thread.start()
        return self

    def close(self, timeout: float = 5.0) -> None:
        """Close the connection, fail what still waits, stop the threads (idempotent)."""
        self._stop.set()
        self._wake()
        self._abort_connect()
        deadline = time.monotonic() + timeout  # one bound for both threads
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        if thread is None:
            with self._lock:
                events = self._core.close()
            self._emit(events)
            self._close_queues()
        dispatcher = self._dispatcher
        if dispatcher is not None and dispatcher is not threading.current_thread():
            dispatcher.join(max(0.0, deadline - time.monotonic()))
        for sock in (self._wake_r, self._wake_w):
            try:
                sock.close()
            except OSError:
                pass

    def __enter__(self) -> WsClient:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        subs = len(self._core.subs)
        return f"WsClient({safe_url(self.ws_url)!r}, state={self.state.value!r}, subscriptions={subs})"

    # -- subscriptions ----------------------------------------------------------------------------------

    def _subscribe(
        self,
        kind: str,
        params: tuple[Any, ...],
        *,
        callback: Callback | None,
        wait: bool,
        timeout: float,
    ) -> Subscription:
        with self._lock:
            sub = self._core.subscribe_any(kind, params, callback)
            if callback is not None:
                self._sub_callbacks = {**self._sub_callbacks, sub.address: callback}
        self._wake()
        if wait:
            if self._thread is None:
                raise WebSocketError("start() the client before waiting on a subscription")
            sub.wait(timeout)
        return sub

    def unsubscribe(self, subscription: Subscription | str) -> bool:
        """Stop a subscription (a :class:`Subscription` or its address, e.g. ``"trade/0"``)."""
        address = subscription.address if isinstance(subscription, Subscription) else subscription
        with self._lock:
            removed = self._core.unsubscribe(address)
            if address in self._sub_callbacks:
                self._sub_callbacks = {k: v for k, v in self._sub_callbacks.items() if k != address}
        self._wake()
        return removed

    @property
    def subscriptions(self) -> list[Subscription]:
        """Current subscriptions."""
        with self._lock:
            return list(self._core.subs.values())

    def _set_book_decimals(
        self, market_id: int, price_decimals: int | None, size_decimals: int | None
    ) -> None:
        with self._lock:
            self._core.set_book_decimals(market_id, price_decimals, size_decimals)

    # -- state ----------------------------------------------------------------------------------------------

    def order_book(self, market_id: int) -> OrderBook:
        """The live book of a subscribed market (kept current by the socket thread; reads are thread-safe)."""
        with self._lock:
            book = self._core.order_book(market_id)
        if book is None:
            raise KeyError(
                f"not subscribed to order_book/{market_id}; call subscribe_order_book({market_id})"
            )
        return book

    def account(self, account_id: int | None = None) -> AccountState:
        """The merged state of an account from every account channel subscribed."""
        with self._lock:
            state = self._core.account(self._account_id(account_id))
        assert state is not None
        return state

    @property
    def session_id(self) -> str | None:
        """The server's session id of the current connection."""
        return self._core.session_id

    @property
    def last_frame_age(self) -> float | None:
        """Seconds since the last frame arrived (None before the first connection): the stream's lag."""
        with self._lock:
            last = self._core.last_received
        return None if last is None else max(0.0, time.monotonic() - last)

    @property
    def books_in_sync(self) -> bool:
        """False while an order book of this stream waits for a snapshot after a gap or a reconnect."""
        with self._lock:
            return all(book.is_synced for book in self._core.books.values())

    @property
    def stats(self) -> dict[str, int]:
        """Counters: frames, dropped_frames (unsubscribed channels), reconnects, gaps, dropped_events."""
        with self._lock:
            out = dict(self._core.stats)
        out["dropped_events"] = self._events.total_dropped + self._callback_queue.total_dropped
        return out

    # -- events ---------------------------------------------------------------------------------------------

    @overload
    def on(self, event_type: type[E]) -> Callable[[Callable[[E], Any]], Callable[[E], Any]]: ...

    @overload
    def on(self, event_type: type[E], callback: Callable[[E], Any]) -> Callable[[E], Any]: ...

    def on(self, event_type: type[E] = Event, callback: Callable[[E], Any] | None = None) -> Any:  # type: ignore[assignment]
        """Call ``callback(event)`` for every event of ``event_type`` (use as ``@ws.on(TradeEvent)`` too).

        Callbacks run on the dispatcher thread; an exception in one is logged and does not stop others.
        """

        def register(fn: Callable[[E], Any]) -> Callable[[E], Any]:
            with self._lock:
                self._listeners = (*self._listeners, (event_type, fn))
            return fn

        return register if callback is None else register(callback)

    def off(self, callback: Callable[..., Any]) -> None:
        """Remove a callback registered with :meth:`on`."""
        with self._lock:
            self._listeners = tuple(pair for pair in self._listeners if pair[1] is not callback)

    def get(self, timeout: float | None = None) -> Event | None:
        """The next event (None after ``timeout`` seconds, or once the client is closed and drained)."""
        self._iterated = True
        try:
            return self._events.get(timeout)
        except _Closed:
            return None

    def events(self, timeout: float | None = None) -> Iterator[Event]:
        """Iterate over events until the client is closed (or no event came for ``timeout`` seconds)."""
        self._iterated = True
        while True:
            try:
                event = self._events.get(timeout)
            except _Closed:
                return
            if event is None:
                return
            yield event

    def __iter__(self) -> Iterator[Event]:
        return self.events()

    def wait_for(self, predicate: Callable[[Event], bool], timeout: float = 10.0) -> Event:
        """Consume events from the iteration queue until one satisfies ``predicate``."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise WsTimeoutError(f"no matching event within {timeout}s")
            self._iterated = True
            try:
                event = self._events.get(left)
            except _Closed:  # closed by close(), or the stream ended by itself (reconnect=False)
                raise WebSocketError("the client is closed") from None
            if event is None:
                continue
            if predicate(event):
                return event

    # -- transactions ---------------------------------------------------------------------------------------

    def send_tx_nowait(self, tx: Any, *, timeout: float | None = None) -> Future[WsTxResult]:
        """Send a signed transaction; the future resolves with :class:`WsTxResult` or the typed error.

        When the session is up and nothing is queued ahead, the message is written from the calling thread
        right away (no hand-over to the socket thread); otherwise it waits in order in the outgoing queue.
        """
        return self._send_members(_tx_members(tx), batch=False, timeout=timeout)

    def send_tx_batch_nowait(self, txs: Sequence[Any], *, timeout: float | None = None) -> Future[WsTxResult]:
        """Send up to 50 signed transactions in one message; the result carries ``tx_hashes``."""
        members = json.dumps(tx_batch_payload(txs), separators=(",", ":"))[1:-1]
        return self._send_members(members, batch=True, timeout=timeout)

    def _send_members(self, members: str, *, batch: bool, timeout: float | None) -> Future[WsTxResult]:
        self._check_started()
        with self._lock:
            future, text = self._core.send_tx_text(
                members, batch=batch, timeout=timeout or self._tx_timeout, now=time.monotonic()
            )
        ws = self._ws
        if text is not None and ws is not None:
            try:
                ws.send(text)  # websocket-client serialises writers (enable_multithread)
                return future
            except Exception as exc:  # the socket thread sees the broken connection and settles the tx
                log.debug("direct send failed: %s", _describe(exc))
        self._wake()
        return future

    def _check_started(self) -> None:
        if self._stop.is_set():
            raise WebSocketError("the client is closed; create a new one")
        if self._thread is None:
            raise WebSocketError("start() the client before sending transactions")

    def send_tx(self, tx: Any, *, timeout: float | None = None) -> WsTxResult:
        """Send a signed transaction over the socket and wait for the server's answer.

        Raises the same typed errors as the REST path for a rejection (``InvalidNonceError``...),
        :class:`WsConnectionClosedError` / :class:`WsTimeoutError` when the outcome is unknown.
        """
        return self._result(self.send_tx_nowait(tx, timeout=timeout), timeout)

    def send_tx_batch(self, txs: Sequence[Any], *, timeout: float | None = None) -> WsTxResult:
        """Send a batch and wait for the answer (see :meth:`send_tx`)."""
        return self._result(self.send_tx_batch_nowait(txs, timeout=timeout), timeout)

    def _result(self, future: Future[WsTxResult], timeout: float | None) -> WsTxResult:
        # The core fails the future at its deadline; the extra second only guards against a dead thread.
        try:
            return future.result((timeout or self._tx_timeout) + 1.0)
        except FutureTimeoutError:
            raise WsTimeoutError("no answer to the transaction in time; the outcome is unknown") from None

    # -- internals: event delivery -----------------------------------------------------------------------

    def add_sink(self, put_many: Callable[[list[Event]], int]) -> None:
        """Hand every batch of events to ``put_many`` too (it returns how many it dropped), on the socket
        thread: how :class:`AsyncWsClient` feeds its loop-side queues. ``put_many`` must not block."""
        with self._lock:
            self._sinks = [*self._sinks, put_many]

    def _emit(self, events: list[Event]) -> None:
        if not events:
            return
        for event in events:
            if isinstance(event, StateChanged):
                self.state = event.state
        dropped = self._events.put_many(events)
        if dropped and self._iterated:
            self._warn_overflow(dropped, "iteration")
        for sink in self._sinks:
            dropped = sink(events)  # an AsyncWsClient's queue
            if dropped and _telemetry.observer is not None:
                _telemetry.observer.queue_overflow(dropped)
        if self._listeners or self._sub_callbacks:
            dropped = self._callback_queue.put_many(events)
            if dropped:
                self._warn_overflow(dropped, "callback")

    def _warn_overflow(self, dropped: int, which: str) -> None:
        observer = _telemetry.observer
        if observer is not None:
            observer.queue_overflow(dropped)
        now = time.monotonic()
        if now - self._last_overflow_log >= 10.0:  # at most one line per 10 s
            self._last_overflow_log = now
            log.warning("%s queue full: %d event(s) dropped (policy %s)", which, dropped, self._overflow)

    def _close_queues(self) -> None:
        self._events.close()
        self._callback_queue.close()

    def _dispatch_loop(self) -> None:
        while True:
            try:
                batch = self._callback_queue.get_batch()
            except _Closed:
                return
            for event in batch:
                for fn in receivers(event, self._sub_callbacks, self._listeners):
                    try:
                        fn(event)
                    except Exception:
                        callback_failed(fn, event)

    # -- internals: the socket thread --------------------------------------------------------------------

    def _wake(self) -> None:
        try:
            self._wake_w.send(b"\0")
        except (BlockingIOError, OSError):
            pass  # already woken (buffer full) or closed

    def _run(self) -> None:
        try:
            self._emit([StateChanged(state=ConnectionState.CONNECTING)])
            while not self._stop.is_set():
                try:
                    ws = self._connect()
                except Exception as exc:
                    if self._stop.is_set():
                        break
                    with self._lock:
                        events, delay = self._core.on_connect_failed(f"connect failed: {_describe(exc)}")
                    self._emit(events)
                    if not self._reconnect or self._pause(delay):
                        break
                    continue
                self._ws = ws
                with self._lock:
                    self._core.on_open(time.monotonic())
                reason = self._session(ws)
                self._ws = None
                self._close_socket(ws, graceful=self._stop.is_set())
                if self._stop.is_set():
                    break
                with self._lock:
                    events, delay = self._core.on_close(time.monotonic(), reason)
                self._emit(events)
                log.info("connection lost (%s); reconnecting in %.2fs", reason, delay)
                if not self._reconnect or self._pause(delay):
                    break
        except Exception:  # never die silently
            log.exception("the stream thread failed")
        finally:
            with self._lock:
                events = self._core.close()
            self._emit(events)
            self._close_queues()

    def _pause(self, delay: float) -> bool:
        """Wait out a reconnect delay; True when the client is closing. Transactions that time out meanwhile
        fail on time (the core's poll, while disconnected, only expires them)."""
        until = time.monotonic() + delay
        with selectors.DefaultSelector() as wake:  # close() and a new transaction end a wait early
            wake.register(self._wake_r, selectors.EVENT_READ)
            while True:
                now = time.monotonic()
                with self._lock:
                    tick = self._core.poll(now)
                if tick.events:
                    self._emit(tick.events)
                if self._stop.is_set() or now >= until:
                    return self._stop.is_set()
                wake.select(max(0.0, min(until, tick.wake_at) - now))
                self._drain_wake()

    def _connect(self) -> websocket.WebSocket:
        ws = websocket.WebSocket(
            skip_utf8_validation=True,
            enable_multithread=True,
            sslopt=self._sslopt or None,
            get_mask_key=_MaskKeys(),
        )
        _frames.bound(ws, self._max_message_size)  # a larger message ends the session (then reconnects)
        self._connecting = ws
        try:
            ws.connect(self.ws_url, timeout=self._connect_timeout, header=self._headers or None)
        finally:
            self._connecting = None
        ws.settimeout(self._dead_timeout)
        return ws

    def _abort_connect(self) -> None:
        """Unblock a handshake in progress (a server that accepts TCP but never answers), so close() is
        prompt."""
        ws = self._connecting
        sock = None if ws is None else ws.sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    @staticmethod
    def _close_socket(ws: websocket.WebSocket, *, graceful: bool) -> None:
        try:
            if graceful:
                ws.close(timeout=1.0)
            else:
                ws.abort()
                ws.shutdown()
        except Exception:
            ws.shutdown()

    def _session(self, ws: websocket.WebSocket) -> str:
        """Run one connection until it must end; returns why."""
        sock = ws.sock
        if sock is None:
            return "socket closed"
        pending = getattr(sock, "pending", None)  # SSL sockets may hold decrypted bytes select() cannot see
        selector = selectors.DefaultSelector()
        selector.register(sock, selectors.EVENT_READ, "sock")
        selector.register(self._wake_r, selectors.EVENT_READ, "wake")
        sock_only = selectors.DefaultSelector()  # "more frames waiting?" without counting wake-ups
        sock_only.register(sock, selectors.EVENT_READ)
        core = self._core
        lock = self._lock
        try:
            while not self._stop.is_set():
                now = time.monotonic()
                with lock:
                    tick = core.poll(now)
                try:
                    for text in tick.send:
                        ws.send(text)
                except Exception as exc:
                    return f"send failed: {_describe(exc)}"
                if tick.events:
                    self._emit(tick.events)
                if tick.reconnect:
                    return tick.reconnect
                readable = pending is not None and pending() > 0
                if not readable:
                    timeout = max(0.0, tick.wake_at - time.monotonic())
                    for key, _ in selector.select(timeout):
                        if key.data == "wake":
                            self._drain_wake()
                        else:
                            readable = True
                if not readable:
                    continue
                texts: list[bytes | str] = []
                try:
                    while True:
                        opcode, data = ws.recv_data()
                        if opcode == websocket.ABNF.OPCODE_CLOSE:
                            code = int.from_bytes(data[:2], "big") if len(data) >= 2 else None
                            self._feed(texts)
                            return f"server closed the connection (code {code})"
                        if opcode == websocket.ABNF.OPCODE_TEXT:
                            texts.append(data)
                        else:
                            texts.append(b"<binary frame>")
                        if len(texts) >= _READ_BATCH:
                            break
                        if not (pending is not None and pending() > 0) and not sock_only.select(0):
                            break
                except websocket.WebSocketTimeoutException:
                    self._feed(texts)
                    return f"no complete frame within {self._dead_timeout}s"
                except (websocket.WebSocketException, OSError) as exc:
                    self._feed(texts)
                    return f"connection lost: {_describe(exc)}"
                self._feed(texts)
            return "closed by the client"
        finally:
            selector.close()
            sock_only.close()

    def _feed(self, texts: list[bytes | str]) -> None:
        if not texts:
            return
        now = time.monotonic()
        events: list[Event] = []
        with self._lock:
            on_text = self._core.on_text
            for text in texts:
                events.extend(on_text(text, now))
        self._emit(events)

    def _drain_wake(self) -> None:
        try:
            while self._wake_r.recv(4096):
                pass
        except (BlockingIOError, OSError):
            pass


class _MaskKeys:
    """Frame masking keys without ``os.urandom`` per frame: its system call releases the GIL, and the
    sending thread then waits for another thread to hand it back. SHA-256 of a per-connection secret
    seed and a counter: as unpredictable to the network as the RFC 6455 mask needs to be."""

    def __init__(self) -> None:
        self._seed = secrets.token_bytes(32)
        self._counter = itertools.count()
        self._buffer = b""

    def __call__(self, length: int) -> bytes:
        while len(self._buffer) < length:
            block = hashlib.sha256(self._seed + next(self._counter).to_bytes(8, "little")).digest()
            self._buffer += block
        key, self._buffer = self._buffer[:length], self._buffer[length:]
        return key


def _describe(exc: BaseException) -> str:
    text = str(exc)
    # Never echo URLs with query strings (they could carry a token).
    if "?" in text:
        text = text.split("?", 1)[0] + "?..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
