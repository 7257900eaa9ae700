"""``lighter sim --replay``: the local exchange's public market comes from a recording.

The recorded books are the exchange's books: each recorded level is one resting order of an internal
"market" account, so REST (``orderBookOrders``, ``orderBooks``...) and WebSocket snapshots show exactly the
recorded book, and recorded frames are passed on to subscribers verbatim (same ``offset``/``nonce``: a gap in
the recording reaches clients as the same jump in sequence numbers). Recorded trades set the last price
(marks, unrealized PnL, funding, triggers) and fill the market's trade history. The clock is the recording's.

Your orders (signed, checked and accounted by the ordinary engine: positions, margin, funding, PnL):

* **Taking**: an order that crosses walks the recorded book, level by level, up to the recorded size of
  each level, at the level's price. Liquidity you took at a level is not offered to you again until the
  recording next changes that level.
* **Resting** (the queue-position model): your order joins the back of its price level. ``ahead`` starts at
  the recorded size there; a recorded trade at your price first consumes ``ahead``, and only what trades
  beyond it fills you; a recorded size decrease at your level caps ``ahead`` at the new size (cancels are
  assumed to be ahead of you, an optimistic choice; a trade whose diff also arrives can count twice). A
  recorded trade at a worse price than yours (the market traded through you) fills you first, at your
  price, up to the trade's size. When the recorded opposite side crosses your price, you fill at your price
  up to the crossing size.
* **Limit**: your orders never change the replayed market. They are not shown in the public book or trade
  stream (only in your own account's channels and history, and the REST trade lists), they do not move
  the last price (marks and PnL follow the recorded trades), other participants never react to them, and
  liquidity you take comes back with the recording's next update of that level.

Speed: ``max`` applies frames as fast as the bot keeps up: after each frame that reached a WebSocket
client (or your account) it waits until every frame is handed to the sockets and no request is in
flight, then for the bot's answer: once a request or message came and was answered, ``settle`` seconds of
quiet end the wait; if none comes, a window that is at least ``settle`` and widens to 3x the slowest
reaction seen so far (the time from a frame to the bot's first request; at most 1 s; 0.25 s until a first
reaction or 8 unanswered frames). So a bot that starts answering each update within the window, and
finishes it with no pause longer than ``settle``, sees the same market at the same replay time on every
run. A bot that can take longer than that
should run at ``--speed 1``/``10``, or in-process with ``manual``, which applies frames only when asked.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from lighter._loggers import get_logger
from lighter.testing import views
from lighter.testing.accounts import Account, Accounts
from lighter.testing.book import MarketState, Order, Side, Trade
from lighter.testing.engine import Engine
from lighter.testing.exchange import Exchange
from lighter.testing.funding import DEFAULT_INTERVAL as DEFAULT_FUNDING_INTERVAL
from lighter.testing.markets import Asset, Market, default_markets
from lighter.testing.replay_data import BOOK, GAP, PASS, TRADES, Levels, ReplayData, ReplayError, Step, load
from lighter.testing.replay_data import parse_time as parse_time
from lighter.testing.report import ReportCollector
from lighter.testing.ws import MARKET_CHANNELS, Connection, Hub
from lighter.transactions._enums import OrderType, TimeInForce

log = get_logger("lighter.testing.replay")


class Server(Protocol):
    """What a replay waits on in the server (``app.ExchangeServer``): requests being answered now."""

    inflight: int


SAMPLE_RECORDING = Path(__file__).resolve().parent / "data" / "btc-mainnet-sample.jsonl.gz"
"""A small real recording (mainnet BTC book snapshot and trades, Dec 2025) shipped for docs and tests."""
MARKET_L1 = "0x00000000000000000000000000000000000000bb"  # the recorded market's side of every fill
FIRST_LEVEL_ORDER = 2**47  # order indexes of recorded levels (below the engine's own)
DEFAULT_SETTLE = 0.005
FIRST_WINDOW = 0.25  # quiet window before the bot's first reaction is seen
REACTION_FACTOR = 3.0
MAX_WINDOW = 1.0
PASSIVE_AFTER = 8  # frames without any reaction: the subscribers only watch
BARRIER_DEADLINE = 10.0  # a bot request held longer than this does not stall the replay forever
TICK_MS = 1000  # expiries, funding: every second of replay time
SPEEDS = "1, 10, any positive factor, 'max' or 'manual'"


def parse_speed(value: str | float | int) -> float | str:
    """``"max"``, ``"manual"`` or a positive factor of real time; ValueError names the argument."""
    if isinstance(value, str) and value.strip().lower() in ("max", "manual"):
        return value.strip().lower()
    try:
        factor = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"speed must be {SPEEDS}, got {value!r}") from None
    if not factor > 0:
        raise ValueError(f"speed must be {SPEEDS}, got {value!r}")
    return factor


@dataclass
class Slot:
    """One of your resting orders and the recorded size still ahead of it at its price."""

    order: Order
    ahead: int


class ReplayEngine(Engine):
    """The engine with the recorded book as liquidity and the queue-position model for your orders."""

    def __init__(self, markets: dict[int, Market], assets: dict[int, Asset], accounts: Accounts) -> None:
        super().__init__(markets, assets, accounts)
        self.queues: dict[int, dict[int, Slot]] = {}  # market -> order index -> slot
        self.taken: dict[tuple[int, bool, int], int] = {}  # (market, is_ask, price) -> size you took
        self.market_account: Account | None = None
        self.next_level_order = FIRST_LEVEL_ORDER

    # -- recorded levels ------------------------------------------------------------------------------
    def level_order(self, market_id: int, is_ask: bool, price: int, size: int) -> Order:
        """A resting order of the market account standing for one recorded level (or one trade side)."""
        acc = self.market_account
        assert acc is not None
        self.next_level_order += 1
        return Order(
            self.next_level_order, 0, acc.index, market_id, is_ask,
            OrderType.LIMIT, TimeInForce.GOOD_TILL_TIME, price, size, size,
            False, 0, 0, 0, self.now, self.now,
        )  # fmt: skip

    def apply_levels(self, ms: MarketState, is_ask: bool, changes: Levels) -> None:
        """Apply a recorded diff's levels to one side (the hot path of a replay)."""
        side = ms.side(is_ask)
        levels = side.levels
        mid = ms.market.market_id
        for price, size in changes:
            level = levels.get(price)
            if size == 0:
                if level is not None:
                    side._drop(price)
            elif level is not None:
                order = level[0]
                order.remaining = order.base_amount = size
            else:
                side.add(self.level_order(mid, is_ask, price, size))
        if self.taken:
            for price, _ in changes:
                self.taken.pop((mid, is_ask, price), None)

    def load_side(self, ms: MarketState, is_ask: bool, levels: Levels) -> None:
        """Replace one side with a recorded snapshot."""
        side = Side(is_ask)
        mid = ms.market.market_id
        for price, size in levels:
            if size > 0:
                side.levels[price] = deque([self.level_order(mid, is_ask, price, size)])
        side.prices = sorted(side.levels)
        if is_ask:
            ms.asks = side
        else:
            ms.bids = side
        for key in [k for k in self.taken if k[0] == mid and k[1] == is_ask]:
            del self.taken[key]

    # -- your orders ------------------------------------------------------------------------------------
    def _rest(self, ms: MarketState, order: Order) -> None:
        ahead = ms.side(order.is_ask).size_at(order.price)
        self.queues.setdefault(order.market_index, {})[order.order_index] = Slot(order, ahead)
        self._touch_order(order)

    def slots(self, market_id: int) -> list[Slot]:
        """Your resting orders in a market, best price first, oldest first (finished ones are dropped)."""
        queue = self.queues.get(market_id)
        if not queue:
            return []
        for index in [
            i for i, s in queue.items() if self.orders.get(i) is not s.order or s.order.status != "open"
        ]:
            del queue[index]
        return sorted(
            queue.values(),
            key=lambda s: (s.order.price if s.order.is_ask else -s.order.price, s.order.order_index),
        )

    def has_resting(self, market_id: int) -> bool:
        """Whether any of your orders rest in ``market_id`` (the fast path skips the model otherwise)."""
        return bool(self.queues.get(market_id))

    def _match(self, ms: MarketState, taker: Order) -> str:
        opposite = ms.side(not taker.is_ask)
        acc = self.accounts.by_index[taker.account_index]
        mid = ms.market.market_id
        for price in list(opposite.iter_prices()):
            if taker.remaining == 0 or (price > taker.price if not taker.is_ask else price < taker.price):
                break
            key = (mid, not taker.is_ask, price)
            available = opposite.size_at(price) - self.taken.get(key, 0)
            if available <= 0:
                continue
            qty = min(taker.remaining, available)
            if taker.reduce_only and not ms.market.is_spot:
                qty = min(qty, self._reducible(acc, taker))
                if qty <= 0:
                    return "canceled-reduce-only"
            if not self._fill_allowed(ms, acc, taker, qty, price):
                return "canceled-margin-not-allowed"
            self._fill(ms, taker, self.level_order(mid, not taker.is_ask, price, qty), qty, price)
            self.taken[key] = self.taken.get(key, 0) + qty
        return ""

    def _fill(self, ms: MarketState, taker: Order, maker: Order, qty: int, price: int) -> None:
        # your trades never move the replayed market: its last price (marks, PnL) and statistics stay
        kept = (ms.last_price, ms.trades_count, ms.base_volume, ms.quote_volume, ms.price_low, ms.price_high)
        super()._fill(ms, taker, maker, qty, price)
        ms.last_price, ms.trades_count, ms.base_volume, ms.quote_volume, ms.price_low, ms.price_high = kept

    def _passive_fill(self, ms: MarketState, order: Order, qty: int) -> None:
        taker = self.level_order(ms.market.market_id, not order.is_ask, order.price, qty)
        taker.time_in_force = TimeInForce.IMMEDIATE_OR_CANCEL
        self._fill(ms, taker, order, qty, order.price)
        if order.remaining == 0:
            self._finish(order, "filled")

    def on_book(self, ms: MarketState, bids: Levels, asks: Levels, snapshot: bool) -> None:
        """A recorded book change: size decreases consume the queue ahead; a crossing book fills you."""
        slots = self.slots(ms.market.market_id)
        for slot in slots:
            o = slot.order
            if snapshot:
                slot.ahead = min(slot.ahead, ms.side(o.is_ask).size_at(o.price))
            else:
                for price, size in asks if o.is_ask else bids:
                    if price == o.price:
                        slot.ahead = min(slot.ahead, size)
        mid = ms.market.market_id
        for slot in slots:
            o = slot.order
            opposite = ms.side(not o.is_ask)
            for price in list(opposite.iter_prices()):
                if o.remaining == 0 or (price > o.price if not o.is_ask else price < o.price):
                    break
                key = (mid, not o.is_ask, price)
                available = opposite.size_at(price) - self.taken.get(key, 0)
                if available > 0:
                    qty = min(o.remaining, available)
                    self._passive_fill(ms, o, qty)
                    self.taken[key] = self.taken.get(key, 0) + qty
        self._check_triggers(ms)

    def on_trades(self, ms: MarketState, trades: list[dict[str, Any]]) -> None:
        """Recorded trades: they consume the queue ahead of you, then fill you; trading through fills you."""
        slots = self.slots(ms.market.market_id)
        for tr in trades:
            price, left, maker_is_ask = tr["price"], tr["size"], tr["is_maker_ask"]
            for slot in slots:
                o = slot.order
                if left <= 0:
                    break
                if o.is_ask != maker_is_ask or o.remaining == 0:
                    continue
                through = o.price > price if not o.is_ask else o.price < price
                if through:
                    qty = min(left, o.remaining)
                elif o.price == price:
                    if slot.ahead >= left:
                        slot.ahead -= left
                        continue
                    qty = min(left - slot.ahead, o.remaining)
                    slot.ahead = 0
                else:
                    continue
                self._passive_fill(ms, o, qty)
                left -= qty
        self._check_triggers(ms)


class ReplayHub(Hub):
    """The WebSocket hub of a replay: market channels carry the recorded frames, account channels yours."""

    def __init__(self, replay: Replay, *args: Any) -> None:
        super().__init__(*args)
        self.replay = replay
        self.book_nonce = replay.book_nonce

    def _on_text(self, conn: Connection, text: str) -> None:
        self.replay.touch()
        super()._on_text(conn, text)

    def _subscribe(self, conn: Connection, msg: dict[str, Any]) -> None:
        super()._subscribe(conn, msg)
        channel = msg.get("channel")
        if isinstance(channel, str) and channel.replace(":", "/").split("/")[0] in MARKET_CHANNELS:
            self.replay.begin()  # a replay waiting for its first market subscriber starts now

    def _push_book(self, ms: MarketState, events: Any) -> None:
        return  # the book's frames come from the recording

    def on_change(self, events: Any, records: list[Any]) -> None:
        """Exchange listener: your account channels (and the height); market channels are the recording's."""
        if records:
            self._push("height", "height", [], events, records)
        self._push_accounts(events, records)

    def forward(self, channel: str, text: str) -> int:
        """Send a recorded frame's text to the subscribers of ``channel``; returns how many."""
        subs = self.by_channel.get(channel)
        if not subs:
            return 0
        for conn in subs:
            conn.send_text(text)
        return len(subs)

    def busy(self) -> bool:
        """Frames still waiting for a connection's writer."""
        return any(not c.queue.empty() for c in self.conns)


class ReplayClock:
    """The exchange clock of a replay (seconds): the time of the last applied frame, flowing at ``rate``
    times real time between frames when the replay is timed, never past the recording's end."""

    def __init__(self, t_ms: int) -> None:
        self.t_ms = t_ms
        self.rate: float | None = None
        self._base = t_ms
        self._wall = 0.0
        self.limit = t_ms

    def now(self) -> float:
        """Seconds since the epoch, replay time."""
        if self.rate is None:
            return self.t_ms / 1000
        t = self._base + (time.monotonic() - self._wall) * 1000 * self.rate
        return max(min(t, self.limit), self.t_ms) / 1000

    def set(self, t_ms: int) -> None:
        """Move to ``t_ms`` (never backwards)."""
        if t_ms > self.t_ms:
            self.t_ms = t_ms

    def flow(self, rate: float, limit: int) -> None:
        """Let time flow at ``rate`` x real time from now on, up to ``limit`` ms."""
        self._base, self._wall, self.rate, self.limit = self.t_ms, time.monotonic(), rate, limit

    def freeze(self) -> None:
        """Stop the flow where it is."""
        self.t_ms = int(self.now() * 1000)
        self.rate = None


class Replay:
    """A recording driving a local exchange: ``Replay(path).exchange`` is the :class:`Exchange` to serve.

    ``speed``: a factor of real time (1, 10...), ``"max"`` or ``"manual"`` (frames applied only by
    :meth:`advance_to`). A timed or max replay starts when a WebSocket client first subscribes to a
    market channel (``order_book``, ``trade``...), or on :meth:`begin` (``wait=False``: at once).
    """

    def __init__(
        self,
        source: str | Path,
        *,
        speed: str | float = "max",
        start: Any = None,
        end: Any = None,
        seed: int | None = None,
        settle: float = DEFAULT_SETTLE,
        wait: bool = True,
        chain_id: int = 304,
        verify_signatures: bool = True,
        funding_interval: float = DEFAULT_FUNDING_INTERVAL,
        sample_ms: int = 1000,
    ) -> None:
        self.speed = parse_speed(speed)
        if settle < 0:
            raise ValueError(f"settle must be >= 0 seconds, got {settle!r}")
        self.settle = settle
        self.seed = seed
        markets = default_markets()
        start_ms, end_ms = parse_time(start), parse_time(end)
        self.data: ReplayData = load(source, markets, start=start_ms, end=end_ms)
        self.clock = ReplayClock(self.data.first_ms)
        ex = Exchange(
            chain_id=chain_id,
            verify_signatures=verify_signatures,
            markets=markets,
            clock=self.clock.now,
            funding_interval=funding_interval,
        )
        engine = ReplayEngine(markets, ex.assets, ex.accounts)
        ex.engine = engine
        self.exchange = ex
        self.engine = engine
        engine.market_account = ex.deposit(MARKET_L1, 10**18)
        for asset, route in ((1, 1), (3, 1)):  # spot ETH and USDC for the spot market's side
            ex.deposit(MARKET_L1, 10**18, asset, route)
        self.book_nonce: dict[int, int] = {}
        self.hub: ReplayHub | None = None
        self.server: Server | None = None
        self.pos = 0
        self.gaps = 0
        self.applied_books = 0
        self.finished = threading.Event()
        self.activity = 0  # requests and client messages (the barrier of --speed max watches them)
        self._first_activity: float | None = None
        self._reaction = 0.0  # the slowest reaction seen (s)
        self._unanswered = 0
        self._began: asyncio.Event | None = None
        self._begin_now = not wait
        self._last_tick = self.data.first_ms
        self._seen_trades: dict[int, set[int]] = {}
        self.collector = ReportCollector(ex, exclude={engine.market_account.index}, sample_ms=sample_ms)
        steps = self.data.steps
        while self.pos < len(steps) and (steps[self.pos].snapshot or steps[self.pos].kind == GAP):
            self.apply(steps[self.pos])  # the opening snapshots are the market as the replay starts
            self.pos += 1
        if start_ms is not None:  # the market as it stood at --start, before anyone trades
            self.advance_to(start_ms)

    # -- applying frames ------------------------------------------------------------------------------
    def apply(self, step: Step) -> bool:
        """Apply one step; True when it reached a WebSocket client or your account (the barrier's cue)."""
        self.clock.set(step.t)
        touched = False
        if step.kind == BOOK:
            touched = self._book(step)
        elif step.kind == TRADES:
            touched = self._trades(step)
        elif step.kind == PASS:
            touched = self.hub is not None and self.hub.forward(step.channel, step.text) > 0
        elif step.kind == GAP:
            self.gaps += 1
        if step.t - self._last_tick >= TICK_MS:
            self._last_tick = step.t
            self.exchange.tick()
        self.collector.at(step.t)
        return touched

    def _book(self, step: Step) -> bool:
        eng = self.engine
        ms = eng.markets[step.market]
        self.applied_books += 1
        hub = self.hub
        listening = hub is not None and bool(hub.by_channel.get(step.channel))
        if step.snapshot:
            # subscribers hold the book as it was (empty before the market's first snapshot): they get
            # the changes, numbered as the snapshot is, so a jump in the sequence shows them the gap
            before = _levels_of(ms) if listening else None
            eng.load_side(ms, False, step.bids)
            eng.load_side(ms, True, step.asks)
            text = _resnapshot_frame(ms, before, step) if before is not None else ""
        else:
            if step.bids:
                eng.apply_levels(ms, False, step.bids)
            if step.asks:
                eng.apply_levels(ms, True, step.asks)
            text = step.text
        if step.offset is not None:
            ms.offset = step.offset
        if step.nonce is not None:
            self.book_nonce[step.market] = step.nonce
        sent = hub.forward(step.channel, text) > 0 if hub is not None and text else False
        if eng.has_resting(step.market):
            self.exchange.internal(lambda: eng.on_book(ms, step.bids, step.asks, step.snapshot))
            return True
        return sent

    def _trades(self, step: Step) -> bool:
        eng = self.engine
        ms = eng.markets[step.market]
        m = ms.market
        seen = self._seen_trades.setdefault(step.market, set())
        fresh = [tr for tr in sorted(step.trades, key=lambda x: x["trade_id"]) if tr["trade_id"] not in seen]
        for tr in fresh:
            seen.add(tr["trade_id"])
            ms.trades.append(_trade(tr, m))
            if not step.snapshot:
                _count(ms, tr["price"], tr["size"], m)
        if len(seen) > 10_000:
            seen.clear()
            seen.update(t.trade_id for t in ms.trades)
        if step.snapshot:
            if fresh and not ms.trades_count:
                ms.last_price = fresh[-1]["price"]
            return False
        sent = self.hub is not None and self.hub.forward(step.channel, step.text) > 0
        if fresh and (eng.has_resting(step.market) or ms.triggers):
            self.exchange.internal(lambda: eng.on_trades(ms, fresh))
            return True
        return sent

    # -- driving --------------------------------------------------------------------------------------
    def advance_to(self, t_ms: int | None = None) -> int:
        """Apply every step up to ``t_ms`` (all when None) now, on the exchange's thread; the clock ends
        at ``t_ms``. Returns how many steps were applied."""
        steps = self.data.steps
        n = 0
        while self.pos < len(steps) and (t_ms is None or steps[self.pos].t <= t_ms):
            self.apply(steps[self.pos])
            self.pos += 1
            n += 1
        if t_ms is not None:
            self.clock.set(min(t_ms, self.data.last_ms))
            self.exchange.tick()
            self.collector.at(self.clock.t_ms)
        if self.pos >= len(steps):
            self._finish()
        return n

    def begin(self) -> None:
        """Start a timed or max replay now (it otherwise waits for the first WebSocket subscription)."""
        self._begin_now = True
        if self._began is not None:
            self._began.set()

    async def run(self, server: Server) -> None:
        """The replay task of a running server (nothing to do for ``manual``)."""
        if self.speed == "manual":
            return
        self._began = asyncio.Event()
        if self._begin_now:
            self._began.set()
        await self._began.wait()
        steps = self.data.steps
        if self.speed == "max" and self.hub is not None and self.hub.conns:
            await self._barrier(server)  # the subscriber's answer to its snapshot comes before the next frame
        timed = isinstance(self.speed, float)
        if isinstance(self.speed, float):
            self.clock.flow(self.speed, self.data.last_ms)
        while self.pos < len(steps):
            step = steps[self.pos]
            if timed:
                wait = (step.t - self.clock.now() * 1000) / 1000 / float(self.speed)
                if wait > 0:
                    await asyncio.sleep(min(wait, 0.5))
                    continue
            touched = self.apply(step)
            self.pos += 1
            if not timed and (touched or server.inflight):
                await self._barrier(server)
            elif self.pos % 512 == 0:
                await asyncio.sleep(0)
        self._finish()

    def touch(self) -> None:
        """A request or client message arrived (the server and the hub call this)."""
        self.activity += 1
        if self._first_activity is None:
            self._first_activity = time.monotonic()

    def _window(self) -> float:
        if self._reaction:
            return max(self.settle, min(REACTION_FACTOR * self._reaction, MAX_WINDOW))
        return self.settle if self._unanswered >= PASSIVE_AFTER else max(self.settle, FIRST_WINDOW)

    async def _barrier(self, server: Server) -> None:
        hub = self.hub
        assert hub is not None
        start = time.monotonic()
        deadline = start + BARRIER_DEADLINE
        self._first_activity = None
        while time.monotonic() < deadline:
            while (hub.busy() or server.inflight) and time.monotonic() < deadline:
                await asyncio.sleep(0.0002)
            mark = self.activity
            # once the bot answered this frame, a short quiet time ends the wait; until then, the window
            quiet = self.settle if self._first_activity is not None else self._window()
            end = time.monotonic() + quiet
            while time.monotonic() < end and self.activity == mark and not server.inflight:
                await asyncio.sleep(0.0005)
            if mark == self.activity and not server.inflight and not hub.busy():
                break
        else:
            log.warning(
                "replay: a request is still running after %.0f s; the replay goes on", BARRIER_DEADLINE
            )
        if self._first_activity is None:
            self._unanswered += 1
        else:
            self._reaction = max(self._reaction, self._first_activity - start)

    def _finish(self) -> None:
        if not self.finished.is_set():
            self.clock.freeze()
            self.collector.at(self.clock.t_ms, force=True)
            self.finished.set()
            log.info("replay finished at %s", self.clock.t_ms)

    # -- results --------------------------------------------------------------------------------------
    def status(self) -> dict[str, Any]:
        """Where the replay is: steps applied of total, clock, gaps, finished."""
        return {
            "source": self.data.source,
            "speed": self.speed,
            "position": self.pos,
            "steps": len(self.data.steps),
            "book_updates": self.data.book_updates,
            "clock_ms": int(self.clock.now() * 1000),
            "first_ms": self.data.first_ms,
            "last_ms": self.data.last_ms,
            "gaps": self.gaps,
            "out_of_order": self.data.out_of_order,
            "skipped_markets": {str(k): v for k, v in self.data.skipped_markets.items()},
            "finished": self.finished.is_set(),
        }

    def report(self) -> dict[str, Any]:
        """The backtest report (fills, fees, PnL over time, max drawdown, inventory) as JSON data."""
        meta = {
            "recording": self.data.source,
            "seed": self.seed,
            "speed": self.speed,
            "start_ms": self.data.first_ms,
            "end_ms": self.clock.t_ms,
            "frames_applied": self.pos,
            "gaps": self.gaps,
        }
        return self.collector.report(meta)


def _levels_of(ms: MarketState) -> tuple[dict[int, int], dict[int, int]]:
    return dict(ms.bids.depth(10**9)), dict(ms.asks.depth(10**9))


def _resnapshot_frame(ms: MarketState, before: tuple[dict[int, int], dict[int, int]], step: Step) -> str:
    """A recorded snapshot in mid-stream (the recorder reconnected) as the update a subscribed client gets:
    the level changes, with the snapshot's own ``offset``/``nonce`` (so missed updates show as a gap)."""
    m = ms.market
    sides = []
    for old, side in zip(before, (ms.bids, ms.asks), strict=True):
        new = dict(side.depth(10**9))
        changed = {p: new.get(p, 0) for p in old.keys() | new.keys() if old.get(p) != new.get(p)}
        sides.append([views.level_json(m, p, s) for p, s in sorted(changed.items())])
    frame = {
        "channel": step.channel,
        "offset": step.offset,
        "timestamp": step.t,
        "type": "update/order_book",
        "order_book": {
            "code": 0,
            "bids": sides[0],
            "asks": sides[1],
            "offset": step.offset,
            "nonce": step.nonce,
            "begin_nonce": step.nonce,
        },
    }
    return views.dumps(frame)


def _trade(tr: dict[str, Any], m: Market) -> Trade:
    raw = tr["raw"]

    def num(key: str) -> int:
        value = raw.get(key, 0)
        return value if isinstance(value, int) and not isinstance(value, bool) else 0

    return Trade(
        tr["trade_id"], m.market_id, tr["size"], tr["price"], m.quote(tr["size"], tr["price"]),
        num("ask_id"), num("bid_id"), num("ask_client_id"), num("bid_client_id"),
        num("ask_account_id"), num("bid_account_id"), tr["is_maker_ask"], tr["timestamp"],
        str(raw.get("tx_hash", "")), num("block_height"),
    )  # fmt: skip


def _count(ms: MarketState, price: int, size: int, m: Market) -> None:
    ms.last_price = price
    ms.trades_count += 1
    ms.base_volume += size
    ms.quote_volume += m.quote(size, price)
    ms.price_low = min(ms.price_low, price) if ms.price_low else price
    ms.price_high = max(ms.price_high, price)


__all__ = [
    "SAMPLE_RECORDING",
    "Replay",
    "ReplayError",
    "ReplayEngine",
    "ReplayHub",
    "parse_speed",
    "parse_time",
]
