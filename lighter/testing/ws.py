"""The ``/stream`` WebSocket of the local exchange: subscriptions, snapshots, diffs, and txs over the socket.

Clients subscribe to ``order_book/0``; frames name the channel ``order_book:0`` (as the real exchange does).
Each connection has an outbound queue drained by its own task, so pushing after a transaction never blocks
the exchange.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

from lighter import _json
from lighter._loggers import get_logger
from lighter.testing import errors, params, views, ws_binary
from lighter.testing.accounts import Account
from lighter.testing.book import Events, MarketState
from lighter.testing.errors import ExchangeError
from lighter.testing.limits import CLOSE_SLOW_READER, ServerLimits

if TYPE_CHECKING:  # pragma: no cover
    from lighter.testing.exchange import Exchange, TxRecord
    from lighter.testing.faults import Faults

log = get_logger("lighter.testing.ws")

MAX_SUBSCRIPTIONS = 500
MARKET_CHANNELS = {"order_book", "ticker", "trade", "market_stats", "spot_market_stats"}
ACCOUNT_CHANNELS = {
    "account_all",
    "user_stats",
    "account_tx",
    "account_all_orders",
    "account_all_trades",
    "account_all_positions",
    "account_all_assets",
    "account_spot_avg_entry_prices",
    "notification",
    "pool_data",
    "pool_info",
}
ACCOUNT_MARKET_CHANNELS = {"account_orders", "account_market"}
AUTH_CHANNELS = {
    "account_tx",
    "account_all_orders",
    "account_orders",
    "account_market",
    "account_all_assets",
    "account_spot_avg_entry_prices",
    "notification",
    "pool_data",
    "pool_info",
}
# fields of a public account channel that only a subscriber with a valid auth token receives (the real
# exchange puts no open orders on an unauthenticated account_all; account_all_orders needs auth)
PRIVATE_FIELDS = {"account_all": ("orders",)}
# public pools are not modelled: these channels answer a snapshot with the documented envelope only
# (type, channel, timestamp, account_id) and never push updates
POOL_CHANNELS = {"pool_data", "pool_info"}


class Connection:
    """One client socket."""

    def __init__(self, ws: web.WebSocketResponse, request: web.Request, max_queued: int) -> None:
        self.ws = ws
        self.request = request
        self.subs: set[str] = set()
        self.private: set[str] = set()  # channels subscribed with a valid auth token
        self.queue: asyncio.Queue[str | None] = asyncio.Queue(maxsize=max_queued)
        self.overflowed = False

    def send(self, obj: dict[str, Any]) -> None:
        """Queue a frame for this socket's writer task (never blocks). A client that lets the queue fill up
        does not read: it is disconnected (close code 1008), never allowed to grow the server."""
        self.send_text(json.dumps(obj, separators=(",", ":")))

    def send_text(self, text: str) -> None:
        """Queue a frame's text as it is (a replay passes recorded frames on verbatim); see :meth:`send`."""
        if self.overflowed:
            return
        try:
            self.queue.put_nowait(text)
        except asyncio.QueueFull:
            self.overflowed = True
            peer = self.request.remote
            log.warning(
                "websocket client %s does not read (%d frames queued): disconnecting",
                peer,
                self.queue.qsize(),
            )
            asyncio.get_running_loop().create_task(self._disconnect_slow_reader())

    async def _disconnect_slow_reader(self) -> None:
        try:
            await asyncio.wait_for(
                self.ws.close(code=CLOSE_SLOW_READER, message=b"send queue full: the client does not read"),
                1.0,
            )
        except (asyncio.TimeoutError, ConnectionError, RuntimeError):
            pass
        transport = self.request.transport
        if transport is not None:  # a close frame cannot get through a full socket buffer
            transport.abort()

    def finish(self) -> None:
        """Tell the writer task to stop (after what is queued, if there is room)."""
        try:
            self.queue.put_nowait(None)
        except asyncio.QueueFull:
            pass


class Hub:
    """Subscriptions of every connection, and the frames an exchange change produces."""

    def __init__(
        self,
        exchange: Exchange,
        faults: Faults,
        auth_check: Callable[[str, int], bool],
        limits: ServerLimits | None = None,
    ) -> None:
        self.limits = limits if limits is not None else ServerLimits()
        self.ex = exchange
        self.faults = faults
        self.auth_check = auth_check
        self.conns: set[Connection] = set()
        self.by_channel: dict[str, set[Connection]] = {}
        self.book_nonce: dict[int, int] = {}
        self.accepted = self.frames_received = self.frames_sent = 0  # GET /metrics
        self._bo_pusher: asyncio.Task[None] | None = None
        exchange.listeners.append(self.on_change)

    # ------------------------------------------------------------------ connection lifecycle
    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        """The ``/stream`` handler: one connection from ``connected`` to close."""
        limits = self.limits
        if len(self.conns) >= limits.max_ws_connections:
            log.warning("websocket from %s refused: %d connections already", request.remote, len(self.conns))
            raise ExchangeError(
                errors.INTERNAL, f"too many connections (at most {limits.max_ws_connections})", status=503
            )
        ws = web.WebSocketResponse(
            autoping=True, receive_timeout=limits.ws_idle_timeout, max_msg_size=4 * 1024 * 1024
        )
        await ws.prepare(request)
        conn = Connection(ws, request, limits.send_queue_frames)
        self.conns.add(conn)
        self.accepted += 1
        writer = asyncio.get_running_loop().create_task(self._writer(conn))
        import uuid

        conn.send({"session_id": str(uuid.uuid4()), "type": "connected"})
        try:
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    self._on_text(conn, msg.data)
                elif msg.type == WSMsgType.BINARY:
                    conn.send(_error(errors.INVALID_PARAM, "invalid param : binary frames are not supported"))
                elif msg.type == WSMsgType.ERROR:
                    break
        except asyncio.TimeoutError:
            log.info("closing websocket from %s: idle for %.0f s", request.remote, limits.ws_idle_timeout)
        finally:
            self._drop(conn)
            conn.finish()
            try:
                await asyncio.wait_for(writer, 1.0)
            except (asyncio.TimeoutError, asyncio.CancelledError):
                writer.cancel()
            if not ws.closed:
                await ws.close()
        return ws

    async def _writer(self, conn: Connection) -> None:
        while True:
            text = await conn.queue.get()
            if text is None or conn.ws.closed:
                return
            try:
                await conn.ws.send_str(text)
            except (ConnectionError, RuntimeError):
                return
            self.frames_sent += 1

    def _drop(self, conn: Connection) -> None:
        self.conns.discard(conn)
        for ch in conn.subs:
            subs = self.by_channel.get(ch)
            if subs:
                subs.discard(conn)
                if not subs:
                    del self.by_channel[ch]
        conn.subs.clear()
        conn.private.clear()

    async def drop_all(self) -> int:
        """Close every client connection (fault injection); returns how many were closed."""
        conns = list(self.conns)
        if self._bo_pusher is not None:
            self._bo_pusher.cancel()
        self.faults.ws_drops += len(conns)
        for conn in conns:
            self._drop(conn)
            await conn.ws.close(code=1001, message=b"dropped by fault injection")
        return len(conns)

    # ------------------------------------------------------------------ client messages
    def _on_text(self, conn: Connection, text: str) -> None:
        self.frames_received += 1
        try:
            msg = _json.loads(text)
        except ValueError:
            conn.send(_error(errors.INVALID_PARAM, "invalid param : message is not valid JSON"))
            return
        if not isinstance(msg, dict):
            conn.send(_error(errors.INVALID_PARAM, "invalid param : message must be a JSON object"))
            return
        kind = msg.get("type")
        if kind == "ping":
            conn.send({"type": "pong"})
        elif kind == "pong":
            pass
        elif kind == "subscribe":
            self._subscribe(conn, msg)
        elif kind == "unsubscribe":
            self._unsubscribe(conn, msg)
        elif kind == "jsonapi/sendtx":
            self._send_tx(conn, msg)
        elif kind == "jsonapi/sendtxbatch":
            self._send_tx_batch(conn, msg)
        else:
            conn.send(_error(errors.INVALID_PARAM, f"invalid param : unknown message type {kind!r}"))

    def _parse_channel(self, channel: Any) -> tuple[str, list[int]]:
        """``order_book/0`` -> ("order_book", [0]); raises ExchangeError for unknown names or ids."""
        if not isinstance(channel, str) or not channel:
            raise ExchangeError(errors.WS_INVALID_CHANNEL, f"Invalid Channel:  ({channel})")
        parts = channel.replace(":", "/").split("/")
        name, args = parts[0], parts[1:]
        bad = ExchangeError(errors.WS_INVALID_CHANNEL, f"Invalid Channel:  ({channel})")
        if name == "height" and not args:
            return name, []
        if name in ("market_stats", "spot_market_stats") and args == ["all"]:
            return name, [-1]
        if name == "candle" and len(args) == 2 and args[1] in views.RESOLUTIONS:
            ids = self._ints(args[:1], bad)
            self._market(ids[0], bad)
            return name, [ids[0], list(views.RESOLUTIONS).index(args[1])]
        if name in MARKET_CHANNELS and len(args) == 1:
            ids = self._ints(args, bad)
            self._market(ids[0], bad)
            return name, ids
        if name in ACCOUNT_CHANNELS and len(args) == 1:
            return name, self._ints(args, bad)
        if name in ACCOUNT_MARKET_CHANNELS and len(args) == 2:
            ids = self._ints(args, bad)
            self._market(ids[0], bad)
            return name, ids
        raise bad

    @staticmethod
    def _ints(args: list[str], bad: ExchangeError) -> list[int]:
        try:
            return [int(a) for a in args]
        except ValueError:
            raise bad from None

    def _market(self, market_id: int, bad: ExchangeError) -> MarketState:
        ms = self.ex.engine.markets.get(market_id)
        if ms is None:
            raise bad
        return ms

    def _subscribe(self, conn: Connection, msg: dict[str, Any]) -> None:
        channel = msg.get("channel")
        if isinstance(channel, str) and self._subscribe_binary(conn, channel):
            return
        try:
            name, ids = self._parse_channel(channel)
            key = _key(name, ids)
            auth = msg.get("auth")
            if name in AUTH_CHANNELS and (not isinstance(auth, str) or not auth):
                raise ExchangeError(errors.INVALID_PARAM, f"invalid param : auth field is required: {key}")
            authorized = (
                name in (AUTH_CHANNELS | PRIVATE_FIELDS.keys()) and isinstance(auth, str) and bool(auth)
            )
            if authorized and not self.auth_check(str(auth), ids[-1]):
                raise ExchangeError(errors.INVALID_PARAM, f"invalid param : invalid auth: {key}")
            if key in conn.subs:
                raise ExchangeError(errors.WS_ALREADY_SUBSCRIBED, f"Already Subscribed to : {key}")
            if len(conn.subs) >= MAX_SUBSCRIPTIONS:
                raise ExchangeError(errors.INVALID_PARAM, "invalid param : too many subscriptions")
            if name in ACCOUNT_CHANNELS | ACCOUNT_MARKET_CHANNELS and self.ex.accounts.get(ids[-1]) is None:
                raise ExchangeError(errors.ACCOUNT_NOT_FOUND, "account not found")
            snapshot = self._snapshot(name, ids, key)
        except ExchangeError as exc:
            conn.send(_error(exc.code, exc.message))
            return
        conn.subs.add(key)
        if authorized:
            conn.private.add(key)
        self.by_channel.setdefault(key, set()).add(conn)
        conn.send(snapshot if authorized else _public(name, snapshot))

    def _subscribe_binary(self, conn: Connection, channel: str) -> bool:
        """Subscribe a binary-option channel (True), or leave the address to `_subscribe` (False)."""
        try:
            key = ws_binary.parse(channel)
            if key is None:
                return False
            if key in conn.subs:
                raise ExchangeError(errors.WS_ALREADY_SUBSCRIBED, f"Already Subscribed to : {key}")
            if len(conn.subs) >= MAX_SUBSCRIPTIONS:
                raise ExchangeError(errors.INVALID_PARAM, "invalid param : too many subscriptions")
        except ExchangeError as exc:
            conn.send(_error(exc.code, exc.message))
            return True
        conn.subs.add(key)
        self.by_channel.setdefault(key, set()).add(conn)
        frame = ws_binary.payload(key, self._now(), snapshot=True)
        conn.send({**frame, "channel": key, "type": f"subscribed/{key.split(':')[0]}"})
        if self._bo_pusher is None or self._bo_pusher.done():
            self._bo_pusher = asyncio.get_running_loop().create_task(self._push_binary())
        return True

    async def _push_binary(self) -> None:
        """Update frames of the binary-option channels, every PUSH_INTERVAL while any is subscribed."""
        while True:
            await asyncio.sleep(ws_binary.PUSH_INTERVAL)
            keys = [k for k, conns in self.by_channel.items() if conns and k.split(":")[0] in ws_binary.KINDS]
            if not keys:
                return
            for key in keys:
                frame = ws_binary.payload(key, self._now(), snapshot=False)
                frame.update({"channel": key, "type": f"update/{key.split(':')[0]}"})
                for conn in list(self.by_channel.get(key, ())):
                    conn.send(frame)

    def _unsubscribe(self, conn: Connection, msg: dict[str, Any]) -> None:
        channel = msg.get("channel")
        try:
            key = ws_binary.parse(channel) if isinstance(channel, str) else None
            if key is None:
                name, ids = self._parse_channel(channel)
                key = _key(name, ids)
        except ExchangeError as exc:
            conn.send(_error(exc.code, exc.message))
            return
        if key not in conn.subs:
            conn.send(_error(errors.WS_NOT_SUBSCRIBED, f"Not Subscribed to : {key}"))
            return
        conn.subs.discard(key)
        conn.private.discard(key)
        subs = self.by_channel.get(key)
        if subs:
            subs.discard(conn)
            if not subs:
                del self.by_channel[key]
        conn.send({"type": "unsubscribed", "channel": key})

    def _send_tx(self, conn: Connection, msg: dict[str, Any]) -> None:
        data = msg.get("data")
        req_id = data.get("id") if isinstance(data, dict) else None
        reply: dict[str, Any] = {"type": "jsonapi/sendtx", "id": req_id}
        try:
            if not isinstance(data, dict):
                raise errors.invalid_param("data must be an object with tx_type and tx_info")
            tx_info = data.get("tx_info")
            record = self.ex.submit(data.get("tx_type"), tx_info)
            reply.update(
                {
                    "code": errors.OK,
                    "tx_hash": record.hash,
                    "predicted_execution_time_ms": self.ex.now_ms() + 1,
                }
            )
        except ExchangeError as exc:
            reply.update({"code": exc.code, "message": exc.message, "error": exc.body()})
        conn.send(reply)

    def _send_tx_batch(self, conn: Connection, msg: dict[str, Any]) -> None:
        data = msg.get("data")
        req_id = data.get("id") if isinstance(data, dict) else None
        reply: dict[str, Any] = {"type": "jsonapi/sendtxbatch", "id": req_id}
        try:
            if not isinstance(data, dict):
                raise errors.invalid_param("data must be an object with tx_types and tx_infos")
            types = _json_list(data.get("tx_types"), "tx_types")
            infos = _json_list(data.get("tx_infos"), "tx_infos")
            records = self.ex.submit_batch(types, infos)
            reply.update(
                {
                    "code": errors.OK,
                    "tx_hash": [r.hash for r in records],
                    "predicted_execution_time_ms": self.ex.now_ms() + 1,
                }
            )
        except ExchangeError as exc:
            reply.update({"code": exc.code, "message": exc.message, "error": exc.body()})
        conn.send(reply)

    # ------------------------------------------------------------------ snapshots
    def _snapshot(self, name: str, ids: list[int], key: str) -> dict[str, Any]:
        frame = self._payload(name, ids, snapshot=True)
        frame.update({"channel": key, "type": f"subscribed/{name}"})
        return frame

    def _now(self) -> int:
        return self.ex.now_ms()

    def _payload(
        self,
        name: str,
        ids: list[int],
        *,
        snapshot: bool,
        events: Events | None = None,
        records: list[TxRecord] | None = None,
    ) -> dict[str, Any]:
        ex = self.ex
        now = self._now()
        if name == "order_book":
            ms = ex.engine.markets[ids[0]]
            m = ms.market
            nonce = self.book_nonce.get(m.market_id, 0)
            book = {
                "code": 0,
                "asks": [views.level_json(m, p, s) for p, s in ms.asks.depth(10**9)],
                "bids": [views.level_json(m, p, s) for p, s in ms.bids.depth(10**9)],
                "offset": ms.offset,
                "nonce": nonce,
                "begin_nonce": nonce,
                "last_updated_at": now * 1000,
            }
            return {"offset": ms.offset, "order_book": book, "last_updated_at": now * 1000, "timestamp": now}
        if name == "ticker":
            ms = ex.engine.markets[ids[0]]
            return {
                "ticker": views.ticker_json(ms, now * 1000),
                "nonce": self.book_nonce.get(ids[0], 0),
                "last_updated_at": now * 1000,
                "timestamp": now,
            }
        if name == "trade":
            ms = ex.engine.markets[ids[0]]
            trades = (
                list(ms.trades)[-50:]
                if snapshot
                else [t for t in (events.trades if events else []) if t.market_id == ids[0]]
            )
            return {
                "trades": [views.trade_json(t, ms.market) for t in reversed(trades)],
                "liquidation_trades": [],
                "nonce": self.book_nonce.get(ids[0], 0),
                "timestamp": now,
            }
        if name in ("market_stats", "spot_market_stats"):
            if ids[0] == -1:
                stats = {
                    str(mid): views.market_stats_json(ex, ms)
                    for mid, ms in ex.engine.markets.items()
                    if ms.market.is_spot == (name == "spot_market_stats")
                }
                return {name: stats, "timestamp": now}
            return {name: views.market_stats_json(ex, ex.engine.markets[ids[0]]), "timestamp": now}
        if name == "candle":
            ms = ex.engine.markets[ids[0]]
            res = list(views.RESOLUTIONS)[ids[1]]
            cs = views.candles(ms, res, 0, 2**62, 1)
            # `candles` (a list) is what current clients read; asyncapi's single `candle` is kept beside it
            return {"candle": cs[-1] if cs else {}, "candles": cs, "resolution": res, "timestamp": now}
        if name == "height":
            return {"height": ex.height, "timestamp": now}
        acc = ex.accounts.by_index[ids[-1]]
        base: dict[str, Any] = {"account_id": acc.index, "timestamp": now}
        if name == "user_stats":
            return {**base, "stats": views.user_stats_json(ex, acc)}
        if name == "account_tx":
            recs = (
                ex.account_txs.get(acc.index, [])[-50:]
                if snapshot
                else [r for r in (records or []) if r.account_index == acc.index]
            )
            return {**base, "txs": [views.tx_json(r) for r in recs]}
        if name == "account_all_assets":
            return {**base, "assets": self._assets(acc)}
        if name == "account_spot_avg_entry_prices":
            assets = None if snapshot else self._spot_assets(acc.index, events)
            return {**base, "avg_entry_prices": views.spot_avg_entry_prices_json(ex, acc, assets)}
        if name == "notification":
            notes = (
                ex.notifications.pending(acc.index)
                if snapshot
                else [n for n in (events.notifications if events else []) if n.account_index == acc.index]
            )
            return {**base, "notifications": [n.to_json() for n in notes]}
        if name in POOL_CHANNELS:
            return base
        if name == "account_all_positions":
            return {**base, "positions": self._positions(acc.index), "shares": []}
        if name == "account_all_trades":
            return {
                **base,
                "trades": self._account_trades(acc.index, None, snapshot, events),
                "total_volume": views.activity_json(acc, now)["total_volume"],
                "monthly_volume": views.activity_json(acc, now)["monthly_volume"],
            }
        market = ids[0] if name in ACCOUNT_MARKET_CHANNELS else None
        orders = self._orders(acc.index, market, snapshot, events)
        if name == "account_all_orders":
            return {**base, "orders": orders}
        if name == "account_orders":
            return {**base, "account": acc.index, "nonce": acc.next_nonce(0), "orders": orders}
        positions = self._positions(acc.index)
        acc_trades = self._account_trades(acc.index, market, snapshot, events)
        if name == "account_market":
            key = str(market)
            return {
                **base,
                "account": acc.index,
                "orders": orders.get(key, []),
                "position": positions.get(key),
                "trades": acc_trades.get(key, []),
            }
        # account_all: with the account index and its assets, as the real channel sends them
        return {
            **base,
            "account": acc.index,
            "assets": self._assets(acc),
            **views.activity_json(acc, now),
            "orders": orders,
            "positions": positions,
            "trades": acc_trades,
            "funding_histories": self._funding_histories(acc.index, snapshot, events),
            "shares": [],
        }

    def _orders(
        self, account: int, market: int | None, snapshot: bool, events: Events | None
    ) -> dict[str, list[dict[str, Any]]]:
        eng = self.ex.engine
        if snapshot:
            orders = eng.account_orders(account, market)
        else:
            orders = [
                o
                for o in (events.orders.values() if events else [])
                if o.account_index == account and (market is None or o.market_index == market)
            ]
        out: dict[str, list[dict[str, Any]]] = {}
        for o in orders:
            out.setdefault(str(o.market_index), []).append(
                views.order_json(o, eng.markets[o.market_index].market)
            )
        return out

    def _assets(self, acc: Account) -> dict[str, Any]:
        """Balances keyed by asset id, USDC collateral included (as account_all_assets sends them)."""
        return {str(a["asset_id"]): a for a in views.assets_json(self.ex, acc, with_collateral=True)}

    def _positions(self, account: int) -> dict[str, Any]:
        acc = self.ex.accounts.by_index[account]
        return {str(mid): views.position_json(self.ex, acc, p) for mid, p in sorted(acc.positions.items())}

    def _spot_assets(self, account: int, events: Events | None) -> set[int]:
        """Base assets of the spot markets where ``account`` traded in ``events``."""
        markets = self.ex.engine.markets
        return {
            markets[t.market_id].market.base_asset_id
            for t in (events.trades if events else [])
            if markets[t.market_id].market.is_spot and account in (t.ask_account_id, t.bid_account_id)
        }

    def _funding_histories(
        self, account: int, snapshot: bool, events: Events | None
    ) -> dict[str, list[dict[str, Any]]]:
        """Funding payments by market: the latest 50 in a snapshot, those just settled in an update."""
        if snapshot:
            payments = list(self.ex.funding.payments.get(account, ()))[-50:]
        else:
            payments = [p for p in (events.fundings if events else []) if p.account_index == account]
        out: dict[str, list[dict[str, Any]]] = {}
        for p in payments:
            m = self.ex.engine.markets[p.market_id].market
            out.setdefault(str(p.market_id), []).append(views.position_funding_json(p, m))
        return out

    def _account_trades(
        self, account: int, market: int | None, snapshot: bool, events: Events | None
    ) -> dict[str, list[dict[str, Any]]]:
        eng = self.ex.engine
        if snapshot:
            trades = [t for ms in eng.markets.values() for t in list(ms.trades)[-100:]]
        else:
            trades = list(events.trades) if events else []
        out: dict[str, list[dict[str, Any]]] = {}
        for t in trades:
            if account in (t.ask_account_id, t.bid_account_id) and market in (None, t.market_id):
                out.setdefault(str(t.market_id), []).append(
                    views.trade_json(t, eng.markets[t.market_id].market, account)
                )
        return out

    # ------------------------------------------------------------------ pushes
    def on_change(self, events: Events, records: list[TxRecord]) -> None:
        """Exchange listener: turn one change into update frames for the subscribed channels."""
        ex = self.ex
        book_markets = {mid for mid, _, _ in events.levels}
        for mid in sorted(book_markets):
            self._push_book(ex.engine.markets[mid], events)
        if not self.by_channel:
            return
        trade_markets = {t.market_id for t in events.trades}
        for mid in book_markets | trade_markets:
            self._push(f"ticker:{mid}", "ticker", [mid], events, records)
        for mid in trade_markets:
            self._push(f"trade:{mid}", "trade", [mid], events, records)
            for i, res in enumerate(views.RESOLUTIONS):
                self._push(f"candle:{mid}:{res}", "candle", [mid, i], events, records)
        for mid in sorted(trade_markets | events.markets):  # trades, funding, index price changes
            spot = ex.engine.markets[mid].market.is_spot
            stats = "spot_market_stats" if spot else "market_stats"
            self._push(f"{stats}:{mid}", stats, [mid], events, records)
            self._push(f"{stats}:all", stats, [-1], events, records)
        if records:
            self._push("height", "height", [], events, records)
        self._push_accounts(events, records)

    def _push_accounts(self, events: Events, records: list[TxRecord]) -> None:
        """Update frames of the account channels a change touched."""
        ex = self.ex
        accounts = set(events.accounts) | {r.account_index for r in records}
        for acc in accounts:
            if acc not in ex.accounts.by_index:
                continue
            for name in (
                "account_all",
                "user_stats",
                "account_all_orders",
                "account_all_positions",
                "account_all_assets",
            ):
                self._push(f"{name}:{acc}", name, [acc], events, records)
            if any(acc in (t.ask_account_id, t.bid_account_id) for t in events.trades):
                self._push(f"account_all_trades:{acc}", "account_all_trades", [acc], events, records)
            if self._spot_assets(acc, events):
                name = "account_spot_avg_entry_prices"
                self._push(f"{name}:{acc}", name, [acc], events, records)
            if any(n.account_index == acc for n in events.notifications):
                self._push(f"notification:{acc}", "notification", [acc], events, records)
            if any(r.account_index == acc for r in records):
                self._push(f"account_tx:{acc}", "account_tx", [acc], events, records)
            for mid in {o.market_index for o in events.orders.values() if o.account_index == acc}:
                self._push(f"account_orders:{mid}:{acc}", "account_orders", [mid, acc], events, records)
                self._push(f"account_market:{mid}:{acc}", "account_market", [mid, acc], events, records)

    def _push(self, key: str, name: str, ids: list[int], events: Events, records: list[TxRecord]) -> None:
        subs = self.by_channel.get(key)
        if not subs:
            return
        frame = self._payload(name, ids, snapshot=False, events=events, records=records)
        frame.update({"channel": key, "type": f"update/{name}"})
        public = _public(name, frame)
        for conn in subs:
            conn.send(frame if key in conn.private else public)

    def _push_book(self, ms: MarketState, events: Events) -> None:
        m = ms.market
        begin = self.book_nonce.get(m.market_id, 0)
        ms.offset += 1
        nonce = begin + 1
        self.book_nonce[m.market_id] = nonce
        key = f"order_book:{m.market_id}"
        subs = self.by_channel.get(key)
        if self.faults.skip_book_update(m.market_id) or not subs:
            return
        asks: list[dict[str, str]] = []
        bids: list[dict[str, str]] = []
        for mid, is_ask, price in sorted(events.levels):
            if mid != m.market_id:
                continue
            level = views.level_json(m, price, ms.side(is_ask).size_at(price))
            (asks if is_ask else bids).append(level)
        now = self._now()
        frame = {
            "channel": key,
            "offset": ms.offset,
            "last_updated_at": now * 1000,
            "timestamp": now,
            "type": "update/order_book",
            "order_book": {
                "code": 0,
                "asks": asks,
                "bids": bids,
                "offset": ms.offset,
                "nonce": nonce,
                "begin_nonce": begin,
                "last_updated_at": now * 1000,
            },
        }
        for conn in subs:
            conn.send(frame)


def _key(name: str, ids: list[int]) -> str:
    if name == "height":
        return "height"
    if name == "candle":
        return f"candle:{ids[0]}:{list(views.RESOLUTIONS)[ids[1]]}"
    parts = ["all" if i == -1 else str(i) for i in ids]
    return ":".join([name, *parts])


def _public(name: str, frame: dict[str, Any]) -> dict[str, Any]:
    """`frame` as a subscriber without auth may see it: private fields emptied, the shape kept."""
    hidden = PRIVATE_FIELDS.get(name)
    if not hidden:
        return frame
    return {**frame, **{field: {} for field in hidden}}


def _error(code: int, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


def _json_list(value: Any, name: str) -> list[Any]:
    if isinstance(value, str):
        value = params.json_value(name, value)
    if not isinstance(value, list):
        raise errors.invalid_param(f"{name} must be a JSON list")
    return value
