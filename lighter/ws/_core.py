"""The protocol core shared by :class:`WsClient` and :class:`AsyncWsClient`.

Pure state and decisions: it parses frames, keeps the subscription registry, the order books and account
states, the outgoing queue (paced by the message-rate window), pending transactions, keepalive and
reconnect decisions. It never touches a socket, never sleeps and never reads a clock: the faces pass ``now``
(monotonic seconds) in and send what :meth:`StreamCore.poll` hands back. Not thread-safe by itself: the faces
call it under one lock.
"""

from __future__ import annotations

import itertools
import json
import re
import secrets
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, InvalidStateError
from concurrent.futures import TimeoutError as FutureTimeoutError
from typing import TYPE_CHECKING, Any

import attrs

from lighter import _json, _telemetry
from lighter._errors import (
    MissingAuthError,
    OrderBookError,
    SubscriptionError,
    WebSocketError,
    WsConnectionClosedError,
    WsServerError,
    WsTimeoutError,
)
from lighter._loggers import get_logger
from lighter.ws._auth import TokenCache
from lighter.ws._parse import PARSERS
from lighter.ws._policy import Backoff, RateWindow
from lighter.ws.channels import CHANNELS, build_address, channel_kind, resolve_subscription
from lighter.ws.events import (
    ConnectionState,
    Event,
    MalformedFrameEvent,
    OrderBookEvent,
    OrderBookGapEvent,
    RawChannelEvent,
    ServerErrorEvent,
    ShutdownEvent,
    StateChanged,
    SubscriptionFailedEvent,
    UnknownMessageEvent,
    UnsubscribedEvent,
    _cached_model,
    _model_slot,
)
from lighter.ws.models import AccountState
from lighter.ws.orderbook import OrderBook, level_bounds

if TYPE_CHECKING:  # pragma: no cover
    from lighter.telemetry._observer import WsSession

log = get_logger("lighter.ws")

MAX_BATCH_TXS = 50
"""Largest ``jsonapi/sendtxbatch`` the client sends (apidocs: 50; asyncapi says 15)."""

# Server error codes with a known meaning for subscriptions (recorded frames, ccxt).
ALREADY_SUBSCRIBED = 30003
NOT_SUBSCRIBED = 30002

_LOOSE_KINDS = frozenset(
    kind for kind, spec in CHANNELS.items() if "account_id" in spec.params or kind.endswith("market_stats")
)


def _same_account(sub: Subscription, channel: Any) -> bool:
    """False when a frame's channel names an account id and it is not the subscription's: a frame still in
    flight for an unsubscribed account must not land in another account's state."""
    spec = CHANNELS.get(sub.kind)
    if spec is None or "account_id" not in spec.params or not isinstance(channel, str):
        return True
    ids = set(re.findall(r"\d+", channel.partition(":")[2] or channel.partition("/")[2]))
    return not ids or str(sub.params[spec.params.index("account_id")]) in ids


_CHANNEL_IN_MESSAGE = re.compile(r":\s*([a-z_]+(?::[A-Za-z0-9_]+)*)\s*$")


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return None


@attrs.frozen(kw_only=True)
class WsTxResult:
    """The server's answer to ``jsonapi/sendtx`` / ``jsonapi/sendtxbatch`` (code 200)."""

    id: str
    code: int
    tx_hash: str | None = None
    """The hash of a single transaction (None for a batch)."""
    tx_hashes: tuple[str, ...] = ()
    """The hashes of a batch, in order (for a single tx: a one-element tuple)."""
    message: str | None = None
    predicted_execution_time_ms: int | None = None
    raw: Mapping[str, Any] = attrs.field(repr=False, eq=False, factory=dict)
    _model: Any = _model_slot()

    @property
    def model(self) -> Any:
        """The answer as the generated ``lighter_generated.models.WsTxResponse`` (parsed on first access)."""
        return _cached_model(self, "WsTxResponse")


# The old public name (``lighter.ws.TxResult``), kept working; ``lighter.TxResult`` is the client's result.
TxResult = WsTxResult


class Subscription:
    """A channel the client keeps subscribed, across reconnects, until :meth:`WsClient.unsubscribe`.

    ``state`` is ``"pending"`` (not sent on this connection yet), ``"sent"``, ``"active"`` (data flowing),
    ``"failed"`` (refused by the server) or ``"closed"`` (unsubscribed).
    """

    def __init__(
        self,
        kind: str,
        params: tuple[Any, ...],
        address: str,
        *,
        private: bool,
        callback: Callable[[Any], Any] | None = None,
    ) -> None:
        self.kind = kind
        self.params = params
        self.address = address
        self.private = private
        self.callback = callback
        self.state = "pending"
        self.resyncing = False
        self.ack: Future[Subscription] = Future()

    @property
    def active(self) -> bool:
        """True while data flows for this subscription."""
        return self.state == "active"

    def wait(self, timeout: float | None = None) -> Subscription:
        """Block until the first snapshot arrives; raise :class:`SubscriptionError` if refused."""
        try:
            return self.ack.result(timeout)
        except FutureTimeoutError:
            raise self.snapshot_timeout(timeout) from None

    def snapshot_timeout(self, timeout: float | None) -> WsTimeoutError:
        """What a wait for the first snapshot raises after ``timeout`` seconds (either face)."""
        return WsTimeoutError(f"no snapshot for {self.address} within {timeout}s")

    def __repr__(self) -> str:
        return f"Subscription({self.address!r}, state={self.state!r})"


class _PendingTx:
    __slots__ = ("id", "future", "deadline", "message", "sent")

    def __init__(self, tx_id: str, message: str, deadline: float) -> None:
        self.id = tx_id
        self.future: Future[WsTxResult] = Future()
        self.deadline = deadline
        self.message = message
        self.sent = False


@attrs.define
class _Out:
    kind: str  # subscribe | unsubscribe | ping | pong | tx
    payload: dict[str, Any] | str  # a transaction's message is JSON text already
    sub: Subscription | None = None
    tx: _PendingTx | None = None


@attrs.frozen
class Tick:
    """What the face must do after :meth:`StreamCore.poll`."""

    send: list[str]
    events: list[Event]
    wake_at: float
    reconnect: str | None = None


def _fail(future: Future[Any], exc: BaseException) -> None:
    try:
        future.set_exception(exc)
    except InvalidStateError:
        pass  # already resolved, or cancelled by a caller that stopped waiting (an asyncio task)


def _succeed(future: Future[Any], value: Any) -> None:
    try:
        future.set_result(value)
    except InvalidStateError:
        pass


class StreamCore:
    """Protocol state for one logical stream (survives reconnects)."""

    def __init__(
        self,
        *,
        token_cache: TokenCache | None = None,
        ping_interval: float = 30.0,
        dead_timeout: float = 75.0,
        connect_timeout: float = 10.0,
        shutdown_grace: float = 5.0,
        max_subscriptions: int = 500,
        max_inflight_txs: int = 50,
        rate: RateWindow | None = None,
        backoff: Backoff | None = None,
    ) -> None:
        self.token_cache = token_cache
        self.ping_interval = ping_interval
        self.dead_timeout = dead_timeout
        self.connect_timeout = connect_timeout
        self.shutdown_grace = shutdown_grace
        self.max_subscriptions = max_subscriptions
        self.max_inflight_txs = max_inflight_txs
        self.rate = rate or RateWindow()
        self.backoff = backoff or Backoff()
        self.subs: dict[str, Subscription] = {}
        self.books: dict[int, OrderBook] = {}
        self.book_decimals: dict[int, tuple[int | None, int | None]] = {}  # market -> (price, size)
        self.accounts: dict[int, AccountState] = {}
        self.session_id: str | None = None
        self._by_frame_channel: dict[str, Subscription] = {}
        self._outbox: deque[_Out] = deque()
        self._txs: dict[str, _PendingTx] = {}
        self._tx_ids = itertools.count(1)
        self._tx_prefix = secrets.token_hex(3)
        self._open = False
        self._ready = False
        self._closed = False
        self._opened_at = 0.0
        self._connected_at: float | None = None
        self._last_recv = 0.0
        self._last_ping = 0.0
        self._draining_until: float | None = None
        self._warned_kinds: set[str] = set()  # unknown channel kinds already warned about
        self.stats = {"frames": 0, "dropped_frames": 0, "reconnects": 0, "gaps": 0}
        self._trace: WsSession | None = None  # the session span and counters, while telemetry is on

    # -- user operations --------------------------------------------------------------------------------

    def subscribe(
        self, kind: str, params: Sequence[Any], callback: Callable[[Any], Any] | None = None
    ) -> Subscription:
        """Register a channel (idempotent). Sent now if the session is ready, else on (re)connect."""
        return self._add(kind, tuple(params), build_address(kind, *params), callback)

    def subscribe_any(
        self, kind: str, params: Sequence[Any], callback: Callable[[Any], Any] | None = None
    ) -> Subscription:
        """`subscribe`, plus the escape hatch: ``kind`` may be a whole address (``"order_book/0"``), and a
        channel this SDK does not know is subscribed as given, its frames delivered raw."""
        kind, params, address = resolve_subscription(kind, params)
        return self._add(kind, params, address, callback)

    def _add(
        self, kind: str, params: tuple[Any, ...], address: str, callback: Callable[[Any], Any] | None
    ) -> Subscription:
        if self._closed:
            raise WebSocketError("the client is closed")
        existing = self.subs.get(address)
        if existing is not None:
            if callback is not None:
                existing.callback = callback
            return existing
        spec = CHANNELS.get(kind)
        if spec is not None and spec.private and self.token_cache is None:
            raise MissingAuthError(
                f"channel {address} needs an auth token: pass auth=... or account_index, api_key_index and "
                "api_private_key to the client"
            )
        if len(self.subs) >= self.max_subscriptions:
            raise SubscriptionError(
                f"at most {self.max_subscriptions} subscriptions per connection", channel=address
            )
        if spec is None and kind not in self._warned_kinds:
            self._warned_kinds.add(kind)
            log.warning(
                "channel %r is not known to this SDK version: its frames are delivered as RawChannelEvent "
                "(unparsed; see docs/streaming.md)",
                kind,
            )
        # An unknown channel may or may not need auth: send the token when the client has one (channels
        # accept it).
        private = spec.private if spec is not None else self.token_cache is not None
        sub = Subscription(kind, params, address, private=private, callback=callback)
        self.subs[address] = sub
        if kind == "order_book":
            price_decimals, size_decimals = self.book_decimals.get(params[0], (None, None))
            self.books[params[0]] = OrderBook(
                params[0], price_decimals=price_decimals, size_decimals=size_decimals
            )
        if spec is not None and "account_id" in spec.params:
            self.account(params[-1])
        if self._ready:
            self._queue_subscribe(sub)
        return sub

    def set_book_decimals(
        self, market_id: int, price_decimals: int | None, size_decimals: int | None
    ) -> None:
        """The market's decimals: exact price and size bounds for its `OrderBook`, kept for resubscribes."""
        book = self.books.get(market_id)
        if book is not None:
            book.set_decimals(price_decimals, size_decimals)  # validates
        else:
            level_bounds(price_decimals, size_decimals)  # validates
        self.book_decimals[market_id] = (price_decimals, size_decimals)

    def unsubscribe(self, address: str) -> bool:
        """Forget a channel and tell the server. Returns False if it was not subscribed."""
        sub = self.subs.pop(address, None)
        if sub is None:
            return False
        self._by_frame_channel.clear()
        if self._ready and sub.state in ("sent", "active"):
            self._outbox.append(_Out("unsubscribe", {"type": "unsubscribe", "channel": address}))
        else:
            self._outbox = deque(o for o in self._outbox if o.sub is not sub)
        sub.state = "closed"
        _fail(sub.ack, SubscriptionError("unsubscribed before the first snapshot", channel=address))
        if sub.kind == "order_book":
            book = self.books.pop(sub.params[0], None)
            if book is not None:
                book.mark_unsynced()
        return True

    def send_tx(self, data: dict[str, Any], *, batch: bool, timeout: float, now: float) -> Future[WsTxResult]:
        """Queue a ``jsonapi/sendtx`` (or batch) message; the future resolves with the server's answer."""
        members = json.dumps(data, separators=(",", ":"))[1:-1]
        future, _ = self.send_tx_text(members, batch=batch, timeout=timeout, now=now, write_now=False)
        return future

    def send_tx_text(
        self, members: str, *, batch: bool, timeout: float, now: float, write_now: bool = True
    ) -> tuple[Future[WsTxResult], str | None]:
        """Register a transaction whose ``data`` members (all but ``id``) are the JSON text ``members``.

        Returns its future, and the message text when the caller should write it at once (``write_now``,
        the session is ready, nothing is queued ahead of it, under the in-flight cap): it then counts as
        sent. Otherwise the text is None and the message waits in the queue for the socket thread.
        """
        if self._closed:
            raise WebSocketError("the client is closed")
        tx_id = f"{self._tx_prefix}-{next(self._tx_ids)}"
        kind = "jsonapi/sendtxbatch" if batch else "jsonapi/sendtx"
        text = f'{{"type":"{kind}","data":{{"id":"{tx_id}"{"," if members else ""}{members}}}}}'
        pending = _PendingTx(tx_id, text, now + timeout)
        self._txs[tx_id] = pending
        if (
            write_now
            and self._ready
            and self._draining_until is None
            and not self._outbox
            and sum(1 for t in self._txs.values() if t.sent) < self.max_inflight_txs
        ):
            pending.sent = True
            return pending.future, text
        self._outbox.append(_Out("tx", text, tx=pending))
        return pending.future, None

    @property
    def last_received(self) -> float | None:
        """Monotonic time of the last frame (None before the first connection)."""
        return self._last_recv or None

    def order_book(self, market_id: int) -> OrderBook | None:
        """The live book of a subscribed market."""
        return self.books.get(market_id)

    def account(self, account_id: int | None) -> AccountState | None:
        """The merged state of an account (created on first use)."""
        if account_id is None:
            return None
        state = self.accounts.get(account_id)
        if state is None:
            state = self.accounts[account_id] = AccountState(account_id)
        return state

    # -- connection lifecycle ---------------------------------------------------------------------------

    def on_open(self, now: float) -> None:
        """The socket is open; the session starts when the server's ``connected`` frame arrives."""
        self._open = True
        self._ready = False
        self._opened_at = now
        self._connected_at = None
        self._last_recv = now
        self._last_ping = now
        self._draining_until = None

    def on_close(self, now: float, reason: str) -> tuple[list[Event], float]:
        """The socket is gone: reset per-connection state. Returns events and the delay to reconnect."""
        orderly = self._draining_until is not None
        uptime = now - self._connected_at if self._connected_at is not None else 0.0
        self._reset_connection(
            WsConnectionClosedError(f"connection closed ({reason}); the outcome is unknown")
        )
        self.backoff.connection_ended(uptime)
        self.stats["reconnects"] += 1
        delay = 0.0 if orderly else self.backoff.next_delay()
        if _telemetry.observer is not None:
            self._telemetry_event(
                "reconnect", **{"lighter.attempt": self.backoff.attempt, "lighter.delay_seconds": delay}
            )
        return [
            StateChanged(
                state=ConnectionState.RECONNECTING, reason=reason, attempt=self.backoff.attempt, delay=delay
            )
        ], delay

    def on_connect_failed(self, reason: str) -> tuple[list[Event], float]:
        """A connection attempt failed; returns the RECONNECTING event and the delay."""
        delay = self.backoff.next_delay()
        return [
            StateChanged(
                state=ConnectionState.RECONNECTING, reason=reason, attempt=self.backoff.attempt, delay=delay
            )
        ], delay

    def close(self, reason: str = "closed by the client") -> list[Event]:
        """The client is closing for good: fail everything still waiting."""
        if self._closed:
            return []
        self._closed = True
        error = WsConnectionClosedError(reason)
        self._reset_connection(error)
        for pending in list(self._txs.values()):
            _fail(pending.future, error)
        self._txs.clear()
        self._outbox.clear()
        for sub in self.subs.values():
            _fail(sub.ack, error)
        if self._trace is not None:
            self._trace.end()
            self._trace = None
        return [StateChanged(state=ConnectionState.CLOSED, reason=reason)]

    def _reset_connection(self, error: WebSocketError) -> None:
        self._open = False
        self._ready = False
        self._connected_at = None
        self._draining_until = None
        for book in self.books.values():
            book.mark_unsynced()
        for sub in self.subs.values():
            sub.state = "pending"
            sub.resyncing = False
        # Sent transactions have an unknown outcome; unsent ones wait for the next connection.
        for tx_id in [t.id for t in self._txs.values() if t.sent]:
            _fail(self._txs.pop(tx_id).future, error)
        self._outbox = deque(o for o in self._outbox if o.kind == "tx")
        if self.token_cache is not None:
            self.token_cache.invalidate()

    # -- incoming -------------------------------------------------------------------------------------

    def on_text(self, text: str | bytes, now: float) -> list[Event]:
        """Handle one frame; returns the events to deliver. Never raises on bad input."""
        self._last_recv = now
        self.stats["frames"] += 1
        try:
            frame = _json.loads(text)
        except ValueError as exc:
            log.warning("malformed frame ignored: %s", exc)
            return [MalformedFrameEvent(text=str(text)[:200], error=str(exc))]
        if not isinstance(frame, dict):
            log.warning("frame that is not a JSON object ignored")
            return [MalformedFrameEvent(text=str(text)[:200], error="not a JSON object")]
        kind = frame.get("type")
        if _telemetry.observer is not None:
            self._frame_seen(kind)
        try:
            if isinstance(kind, str):
                slash = kind.find("/")
                if slash > 0 and kind[:slash] in ("update", "subscribed"):
                    return self._on_data(kind[slash + 1 :], frame, kind[0] == "s")
                handler = self._HANDLERS.get(kind)
                if handler is not None:
                    return handler(self, frame, now)
            elif "error" in frame:
                return self._on_error(frame)
        except Exception as exc:  # a parser bug must not kill the stream
            log.exception("failed to handle a %r frame", kind)
            return [MalformedFrameEvent(text=str(text)[:200], error=f"{type(exc).__name__}: {exc}")]
        log.debug("unknown frame type %r", kind)
        return [UnknownMessageEvent(raw=frame)]

    def _on_connected(self, frame: dict[str, Any], now: float) -> list[Event]:
        session = frame.get("session_id")
        self.session_id = session if isinstance(session, str) else None
        self._ready = True
        self._connected_at = now
        for sub in self.subs.values():
            self._queue_subscribe(sub)
        if _telemetry.observer is not None:
            self._telemetry_event("connect", **{"lighter.ws.session": self.session_id})
            if self.subs and self.stats["reconnects"]:
                self._telemetry_event("resubscribe", **{"lighter.ws.subscriptions": len(self.subs)})
        return [StateChanged(state=ConnectionState.CONNECTED)]

    def _on_ping(self, frame: dict[str, Any], now: float) -> list[Event]:
        self._outbox.appendleft(_Out("pong", {"type": "pong"}))
        return []

    def _on_pong(self, frame: dict[str, Any], now: float) -> list[Event]:
        return []

    def _on_shutdown(self, frame: dict[str, Any], now: float) -> list[Event]:
        close_in = _int(frame.get("close_in_ms"))
        grace = self.shutdown_grace if close_in is None else min(self.shutdown_grace, close_in / 1000.0)
        self._draining_until = now + max(grace, 0.0)
        log.info("server shutdown announced (close_in_ms=%s): reconnecting", close_in)
        return [ShutdownEvent(close_in_ms=close_in)]

    def _on_unsubscribed(self, frame: dict[str, Any], now: float) -> list[Event]:
        channel = frame.get("channel")
        address = channel.replace(":", "/") if isinstance(channel, str) else ""
        return [UnsubscribedEvent(channel=address)]

    def _on_error_frame(self, frame: dict[str, Any], now: float) -> list[Event]:
        return self._on_error(frame)

    def _on_tx_response(self, frame: dict[str, Any], now: float) -> list[Event]:
        data = frame.get("data")
        body: Mapping[str, Any] = data if isinstance(data, Mapping) and "id" in data else frame
        tx_id = body.get("id", frame.get("id"))
        pending = self._txs.pop(tx_id, None) if isinstance(tx_id, str) else None
        if pending is None:
            log.debug("answer to an unknown transaction id %r", tx_id)
            return [UnknownMessageEvent(raw=frame)]
        code = _int(body.get("code"))
        message = body.get("message")
        message = message if isinstance(message, str) else None
        hashes = body.get("tx_hashes", body.get("tx_hash"))
        if code == 200 or (code is None and hashes):
            hash_list = tuple(h for h in hashes if isinstance(h, str)) if isinstance(hashes, list) else ()
            single = hashes if isinstance(hashes, str) else None
            _succeed(
                pending.future,
                WsTxResult(
                    id=pending.id,
                    code=200,
                    tx_hash=single,
                    tx_hashes=hash_list or ((single,) if single else ()),
                    message=message,
                    predicted_execution_time_ms=_int(body.get("predicted_execution_time_ms")),
                    raw=frame,
                ),
            )
        else:
            error = body.get("error")
            if not message and isinstance(error, str):
                message = error
            _fail(pending.future, _tx_error(code, message or "transaction rejected", frame))
        return []

    def _on_error(self, frame: Mapping[str, Any]) -> list[Event]:
        inner = frame.get("error")
        body: Mapping[str, Any] = inner if isinstance(inner, Mapping) else frame
        code = _int(body.get("code"))
        message = body.get("message")
        message = message if isinstance(message, str) and message else str(inner or "error")
        tx_id = frame.get("id", body.get("id"))
        if isinstance(tx_id, str) and tx_id in self._txs:
            _fail(self._txs.pop(tx_id).future, _tx_error(code, message, frame))
            return []
        match = _CHANNEL_IN_MESSAGE.search(message)
        channel = match.group(1) if match else None
        sub = self._resolve(channel, channel_kind(channel)) if channel else None
        if code == ALREADY_SUBSCRIBED and sub is not None:
            self._activate(sub)
            return []
        if code == NOT_SUBSCRIBED:
            log.debug("server: %s", message)
            return []
        if sub is None:
            waiting = [s for s in self.subs.values() if s.state == "sent"]
            sent_txs = [t for t in self._txs.values() if t.sent]
            if len(waiting) == 1 and not sent_txs and channel is None:
                sub = waiting[0]
            elif len(sent_txs) == 1 and not waiting:
                tx = self._txs.pop(sent_txs[0].id)
                _fail(tx.future, _tx_error(code, message, frame))
                return []
        if sub is not None:
            error = SubscriptionError(message, code=code, channel=sub.address)
            log.warning("subscription %s refused: %s", sub.address, error)
            self.subs.pop(sub.address, None)
            self._by_frame_channel.clear()
            sub.state = "failed"
            _fail(sub.ack, error)
            return [SubscriptionFailedEvent(channel=sub.address, error=error)]
        error_event = WsServerError(message, code=code, channel=channel)
        log.warning("server error: %s", error_event)
        return [ServerErrorEvent(error=error_event, raw=frame)]

    def _resolve(self, channel: Any, kind: str) -> Subscription | None:
        if isinstance(channel, str):
            sub = self._by_frame_channel.get(channel)
            if sub is not None:
                return sub
            sub = self.subs.get(channel.replace(":", "/"))
            if sub is not None:
                self._by_frame_channel[channel] = sub
                return sub
        # The server may name a channel differently from the subscribe address (an "all" stream answering
        # per market, account channels named by account only): fall back on the only subscription of that
        # kind, or its "all" variant. Market channels must match exactly.
        if kind not in _LOOSE_KINDS and isinstance(channel, str):
            return None
        same_kind = [s for s in self.subs.values() if s.kind == kind and _same_account(s, channel)]
        if len(same_kind) == 1:
            return same_kind[0]
        for s in same_kind:
            if s.params and s.params[0] == "all":
                return s
        return None

    def _activate(self, sub: Subscription) -> None:
        sub.state = "active"
        if not sub.ack.done():
            sub.ack.set_result(sub)

    def _on_data(self, kind: str, frame: dict[str, Any], snapshot: bool) -> list[Event]:
        sub = self._resolve(frame.get("channel"), kind)
        if sub is not None and sub.kind not in CHANNELS:  # subscribed by name: deliver as it came
            if snapshot or sub.state == "sent":
                self._activate(sub)
            raw_ts = frame.get("timestamp")
            timestamp = raw_ts if isinstance(raw_ts, int) and not isinstance(raw_ts, bool) else None
            return [
                RawChannelEvent(
                    channel=sub.address, snapshot=snapshot, timestamp=timestamp, raw=frame, kind=sub.kind
                )
            ]
        if sub is None or sub.kind != kind:
            self.stats["dropped_frames"] += 1
            log.debug("frame for a channel not subscribed: %r", frame.get("channel"))
            return []
        if snapshot:
            self._activate(sub)
        elif sub.state != "active":
            if sub.state == "sent" and kind != "order_book":
                self._activate(sub)  # some channels may skip the snapshot
        if kind == "order_book":
            return self._on_book(sub, frame, snapshot)
        event = PARSERS[kind](sub.address, sub.params, frame, snapshot, self.account)
        return [event]

    def _on_book(self, sub: Subscription, frame: dict[str, Any], snapshot: bool) -> list[Event]:
        market_id = sub.params[0]
        book = self.books[market_id]
        try:
            applied = book.apply(frame)
        except OrderBookError as exc:
            return self._resync(sub, exc)
        if not applied:
            return []
        if snapshot and sub.resyncing:
            sub.resyncing = False
            if _telemetry.observer is not None:
                self._telemetry_event("resync", **{"lighter.market": market_id})
        raw_ts = frame.get("timestamp")
        return [
            OrderBookEvent(
                channel=sub.address,
                snapshot=snapshot,
                timestamp=raw_ts if isinstance(raw_ts, int) else None,
                raw=frame,
                market_id=market_id,
                book=book,
                offset=book.offset,
                nonce=book.nonce,
            )
        ]

    def _resync(self, sub: Subscription, exc: OrderBookError) -> list[Event]:
        if sub.resyncing:
            return []
        sub.resyncing = True
        self.stats["gaps"] += 1
        log.warning("%s; resubscribing for a fresh snapshot", exc)
        if _telemetry.observer is not None:
            self._telemetry_event("gap", **{"lighter.market": sub.params[0]})
        if self._ready:
            self._outbox.append(_Out("unsubscribe", {"type": "unsubscribe", "channel": sub.address}))
            self._queue_subscribe(sub)
        return [OrderBookGapEvent(market_id=sub.params[0], error=exc)]

    # -- telemetry (only called while lighter._telemetry.observer is set) --------------------------------

    def _session_trace(self) -> WsSession | None:
        observer = _telemetry.observer
        if self._trace is None and observer is not None:
            self._trace = observer.ws_session("/stream")
        return self._trace

    def _telemetry_event(self, name: str, **attributes: Any) -> None:
        trace = self._session_trace()
        if trace is not None:
            trace.event(name, **attributes)

    def _frame_seen(self, kind: Any) -> None:
        trace = self._session_trace()
        if trace is not None:
            trace.frame(kind if isinstance(kind, str) and kind in _FRAME_KINDS else "other")

    _HANDLERS: dict[str, Callable[[StreamCore, dict[str, Any], float], list[Event]]] = {
        "connected": _on_connected,
        "ping": _on_ping,
        "pong": _on_pong,
        "shutdown": _on_shutdown,
        "unsubscribed": _on_unsubscribed,
        "error": _on_error_frame,
        "jsonapi/sendtx": _on_tx_response,
        "jsonapi/sendtxbatch": _on_tx_response,
    }

    # -- outgoing and timers ----------------------------------------------------------------------------

    def _queue_subscribe(self, sub: Subscription) -> None:
        sub.state = "pending"  # "sent" once it actually goes out
        self._outbox.append(_Out("subscribe", {"type": "subscribe", "channel": sub.address}, sub=sub))

    def _subscribe_payload(self, out: _Out) -> dict[str, Any]:
        sub = out.sub
        assert sub is not None and isinstance(out.payload, dict)
        payload = dict(out.payload)
        spec = CHANNELS.get(sub.kind)  # None for a channel subscribed by name (private when a token exists)
        wants_auth = sub.private or (spec is not None and "account_id" in spec.params)
        if wants_auth and self.token_cache is not None:
            payload["auth"] = self.token_cache.get()
        return payload

    def poll(self, now: float) -> Tick:
        """Timers and the outgoing queue: what to send now, events, when to call again, or reconnect."""
        events: list[Event] = []
        wake = now + self.ping_interval
        if self._txs:
            for pending in [t for t in self._txs.values() if t.deadline <= now]:
                del self._txs[pending.id]
                if not pending.sent:
                    self._outbox = deque(o for o in self._outbox if o.tx is not pending)
                _fail(
                    pending.future,
                    WsTimeoutError(f"no answer to transaction {pending.id} in time; the outcome is unknown"),
                )
            if self._txs:
                wake = min(wake, min(t.deadline for t in self._txs.values()))
        if not self._open:
            return Tick([], events, wake)
        if not self._ready:
            if now - self._opened_at >= self.connect_timeout:
                return Tick([], events, now, reconnect=f"no 'connected' frame within {self.connect_timeout}s")
            return Tick([], events, min(wake, self._opened_at + self.connect_timeout))
        if now - self._last_recv >= self.dead_timeout:
            return Tick([], events, now, reconnect=f"nothing received for {self.dead_timeout}s")
        wake = min(wake, self._last_recv + self.dead_timeout)
        if self._draining_until is not None:
            if now >= self._draining_until or not any(t.sent for t in self._txs.values()):
                return Tick([], events, now, reconnect="server shutdown")
            return Tick([], events, min(wake, self._draining_until))
        if now - self._last_ping >= self.ping_interval:
            self._outbox.appendleft(_Out("ping", {"type": "ping"}))
            self._last_ping = now
        wake = min(wake, self._last_ping + self.ping_interval)
        send: list[str] = []
        inflight = sum(1 for t in self._txs.values() if t.sent) if self._txs else 0
        outbox = self._outbox
        kept: deque[_Out] = deque()
        rate_blocked = False
        reconnect: str | None = None
        while outbox:
            out = outbox.popleft()
            if out.kind == "tx":
                # Transactions share the REST limits, not the message window; only the in-flight cap applies
                # (the next poll, run after every frame, resumes once an answer frees a slot).
                if inflight >= self.max_inflight_txs:
                    kept.append(out)
                    continue
                assert out.tx is not None
                out.tx.sent = True
                inflight += 1
                assert isinstance(out.payload, str)
                send.append(out.payload)
                continue
            if rate_blocked or not self.rate.allowed(now):
                rate_blocked = True
                kept.append(out)
                continue
            payload = out.payload
            if out.kind == "subscribe":
                assert out.sub is not None
                if out.sub.address not in self.subs:
                    continue  # unsubscribed meanwhile
                try:
                    payload = self._subscribe_payload(out)
                except Exception as exc:  # the auth provider failed
                    if _was_active(out.sub):  # a channel the user has: retry on the next connection
                        out.sub.state = "pending"
                        failure = type(exc).__name__
                        reconnect = f"could not create an auth token for {out.sub.address}: {failure}"
                        log.warning("%s; reconnecting to subscribe again", reconnect)
                    else:  # a new subscribe: refuse it, the caller sees why
                        events.extend(self._auth_failed(out.sub, exc))
                    continue
                out.sub.state = "sent"
            self.rate.record(now)
            if out.kind != "pong" and out.kind != "ping":
                self._last_ping = now  # any client message keeps the connection alive
            send.append(json.dumps(payload, separators=(",", ":")))
        self._outbox = kept
        if rate_blocked:
            wake = min(wake, self.rate.next_slot(now))
        return Tick(send, events, wake, reconnect=reconnect)

    def _auth_failed(self, sub: Subscription, exc: Exception) -> list[Event]:
        error = SubscriptionError(
            f"could not create an auth token: {type(exc).__name__}", channel=sub.address
        )
        log.error("auth provider failed for %s: %s", sub.address, type(exc).__name__)
        self.subs.pop(sub.address, None)
        sub.state = "failed"
        _fail(sub.ack, error)
        return [SubscriptionFailedEvent(channel=sub.address, error=error)]


# frame kinds counted by name (anything else is "other": a server cannot grow the label set)
_FRAME_KINDS = frozenset(
    [*StreamCore._HANDLERS, *(f"{p}/{kind}" for p in ("update", "subscribed") for kind in CHANNELS)]
)


def _was_active(sub: Subscription) -> bool:
    """The subscription was confirmed on an earlier connection (this one is a resubscribe)."""
    return sub.ack.done() and not sub.ack.cancelled() and sub.ack.exception() is None


def _tx_error(code: int | None, message: str, frame: Mapping[str, Any]) -> Exception:
    """The same exception class the REST path raises for this result code."""
    from lighter import _errors

    chooser = getattr(_errors, "error_class_for", None)
    if chooser is not None:
        cls = chooser(None, code, message)
        try:
            return cls(message, code=code, body=dict(frame))
        except TypeError:
            pass
    return _errors.APIError(message, code=code)
