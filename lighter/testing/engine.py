"""The matching engine of the local exchange: order books, order types, triggers, groups, positions, margin.

Pure and synchronous: no I/O, no clock of its own (callers pass ``now`` in ms). Every change is recorded
in ``Engine.events`` so the server can push WebSocket diffs after each transaction. Amounts are integers:
base units (10^-size_decimals), price units (10^-price_decimals) and micro USDC.
"""

from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lighter.testing import errors, integrators
from lighter.testing.accounts import Account, Accounts, Position
from lighter.testing.errors import ExchangeError
from lighter.testing.markets import USDC_ASSET_ID, Asset, Market
from lighter.testing.spot_entries import SpotEntries
from lighter.transactions._checks import NIL_MARKET_INDEX
from lighter.transactions._enums import (
    AttributeType,
    CancelAllTimeInForce,
    GroupingType,
    MarginDirection,
    MarginMode,
    OrderType,
    SelfTradeMode,
    SelfTradeScope,
    TimeInForce,
)

# short names of the protocol enums (lighter.transactions), for the engine's callers and tests
LIMIT, MARKET, STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT, TAKE_PROFIT_LIMIT, TWAP = OrderType
IOC, GTT, POST_ONLY = TimeInForce
OTO, OCO, OTOCO = GroupingType.OTO, GroupingType.OCO, GroupingType.OTOCO
EXPIRE_MAKER, EXPIRE_TAKER, EXPIRE_BOTH, REDUCE = SelfTradeMode
TRIGGER_TYPES = (STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT, TAKE_PROFIT_LIMIT)
# as the API spells them: "stop-loss-limit", "good-till-time"
TYPE_NAMES = [t.name.lower().replace("_", "-") for t in OrderType]
TIF_NAMES = [t.name.lower().replace("_", "-") for t in TimeInForce]
_ORDER_TYPES = frozenset(OrderType)
_MARGIN_MODES = frozenset(MarginMode)
_GROUP_SIZES: dict[int, int] = {OTO: 2, OCO: 2, OTOCO: 3}  # orders in a group

FIRST_ORDER_INDEX = 2**48 + 1_000
MAX_TRIGGER_ROUNDS = 64
TRADE_HISTORY = 1_000
INACTIVE_HISTORY = 500


@dataclass
class Order:
    """An order, resting, pending a trigger, or finished."""

    order_index: int
    client_order_index: int
    account_index: int
    market_index: int
    is_ask: bool
    type: int
    time_in_force: int
    price: int
    base_amount: int  # initial size (0 for position-tied children until activated)
    remaining: int
    reduce_only: bool
    trigger_price: int
    order_expiry: int
    nonce: int
    created_at: int
    updated_at: int
    status: str = "open"
    trigger_status: str = "na"
    trigger_time: int = 0
    filled_base: int = 0
    filled_quote: int = 0
    parent_order_index: int = 0
    to_trigger: list[int] = field(default_factory=list)
    to_cancel: int = 0
    self_trade_mode: int = EXPIRE_MAKER
    self_trade_equality: int = 0
    block_height: int = 0
    order_version: int = 0
    integrator: int = 0  # account credited with this order's integrator fees (attribute 1)
    integrator_taker_fee: int = 0  # millionths of the traded value (attributes 2 and 3)
    integrator_maker_fee: int = 0

    @property
    def is_active(self) -> bool:
        """Resting, waiting for its trigger, or being executed (not filled, cancelled or expired)."""
        return self.status in ("open", "pending", "in-progress")


@dataclass
class Trade:
    """One fill between a taker and a maker order."""

    trade_id: int
    market_id: int
    size: int
    price: int
    usd_amount: int
    ask_id: int
    bid_id: int
    ask_client_id: int
    bid_client_id: int
    ask_account_id: int
    bid_account_id: int
    is_maker_ask: bool
    timestamp: int
    tx_hash: str
    block_height: int
    taker_position_size_before: int = 0
    taker_entry_quote_before: int = 0
    maker_position_size_before: int = 0
    maker_entry_quote_before: int = 0
    taker_imf_before: int = 0
    maker_imf_before: int = 0
    taker_sign_changed: bool = False
    maker_sign_changed: bool = False
    ask_pnl: int = 0
    bid_pnl: int = 0
    integrator_taker_fee: int = 0  # USDC micro units paid by the taker to `integrator_taker`
    integrator_taker: int = 0
    integrator_maker_fee: int = 0
    integrator_maker: int = 0


@dataclass
class Events:
    """What one transaction changed, for the push channels."""

    levels: set[tuple[int, bool, int]] = field(default_factory=set)  # (market, is_ask, price)
    orders: dict[int, Order] = field(default_factory=dict)
    trades: list[Trade] = field(default_factory=list)
    accounts: set[int] = field(default_factory=set)
    markets: set[int] = field(default_factory=set)
    fundings: list[Any] = field(default_factory=list)  # funding.Payment of a settlement
    notifications: list[Any] = field(default_factory=list)  # notifications.Notification, set on publish

    def __bool__(self) -> bool:
        return bool(
            self.levels
            or self.orders
            or self.trades
            or self.accounts
            or self.markets
            or self.fundings
            or self.notifications
        )


class Side:
    """One side of a book: price levels (FIFO queues) with a sorted price list."""

    def __init__(self, is_ask: bool) -> None:
        self.is_ask = is_ask
        self.prices: list[int] = []  # ascending
        self.levels: dict[int, deque[Order]] = {}

    def best(self) -> int | None:
        """The best price of this side (lowest ask, highest bid), or None when empty."""
        if not self.prices:
            return None
        return self.prices[0] if self.is_ask else self.prices[-1]

    def add(self, order: Order) -> None:
        """Queue ``order`` last at its price level (price-time priority)."""
        level = self.levels.get(order.price)
        if level is None:
            level = self.levels[order.price] = deque()
            bisect.insort(self.prices, order.price)
        level.append(order)

    def remove(self, order: Order) -> int:
        """Take ``order`` out of its level; returns its queue position (-1 if it was not there)."""
        level = self.levels.get(order.price)
        if level is None:
            return -1
        try:
            pos = level.index(order)
        except ValueError:
            return -1
        del level[pos]
        if not level:
            self._drop(order.price)
        return pos

    def restore(self, order: Order, pos: int) -> None:
        """Put an order back where ``remove`` found it (undo); -1: it was not in this side."""
        if pos < 0:
            return
        self.add(order)
        level = self.levels[order.price]
        level.pop()
        level.insert(pos, order)

    def _drop(self, price: int) -> None:
        del self.levels[price]
        i = bisect.bisect_left(self.prices, price)
        del self.prices[i]

    def size_at(self, price: int) -> int:
        """Total remaining size resting at ``price`` (0 if no level)."""
        return sum(o.remaining for o in self.levels.get(price, ()))

    def iter_prices(self) -> Iterator[int]:
        """Prices from best to worst."""
        return iter(self.prices) if self.is_ask else reversed(self.prices)

    def depth(self, limit: int) -> list[tuple[int, int]]:
        """``[(price, size)]`` of the best ``limit`` levels, best first."""
        out = []
        for price in self.iter_prices():
            out.append((price, self.size_at(price)))
            if len(out) >= limit:
                break
        return out

    def orders(self) -> Iterator[Order]:
        """Resting orders from best price to worst, oldest first within a level."""
        for price in self.iter_prices():
            yield from self.levels[price]


@dataclass
class MarketState:
    """Book and running statistics of one market."""

    market: Market
    asks: Side = field(default_factory=lambda: Side(True))
    bids: Side = field(default_factory=lambda: Side(False))
    triggers: list[Order] = field(default_factory=list)
    trades: deque[Trade] = field(default_factory=lambda: deque(maxlen=TRADE_HISTORY))
    last_price: int = 0
    offset: int = 0  # order-book update counter
    nonce: int = 0  # order-book version (begin_nonce of the next diff)
    trades_count: int = 0
    base_volume: int = 0
    quote_volume: int = 0
    price_low: int = 0
    price_high: int = 0
    open_price: int = 0

    def side(self, is_ask: bool) -> Side:
        """The asks (``is_ask``) or the bids."""
        return self.asks if is_ask else self.bids


@dataclass
class OrderSpec:
    """What a CreateOrder (or one order of a group) asks for."""

    market_index: int
    client_order_index: int
    base_amount: int
    price: int
    is_ask: bool
    type: int
    time_in_force: int
    reduce_only: bool
    trigger_price: int
    order_expiry: int


class Engine:
    """All books and balances; each public method applies a whole operation or raises before any change."""

    def __init__(self, markets: dict[int, Market], assets: dict[int, Asset], accounts: Accounts) -> None:
        self.markets = {
            mid: MarketState(m, last_price=m.price_from_float(m.start_price)) for mid, m in markets.items()
        }
        for ms in self.markets.values():
            ms.open_price = ms.price_low = ms.price_high = ms.last_price
        self.assets = assets
        self.accounts = accounts
        self.spot_entries = SpotEntries(assets)
        self.orders: dict[int, Order] = {}  # active orders (resting or pending)
        self.inactive: dict[int, deque[Order]] = {}  # account -> finished orders, newest last
        self.by_client: dict[tuple[int, int], int] = {}  # (account, client_order_index) -> order index
        self.next_order_index = FIRST_ORDER_INDEX
        self.next_trade_id = 1
        self.events = Events()
        self.block_height = 1
        self.tx_hash = ""
        self.now = 0

    # ---------------------------------------------------------------- helpers
    def drain_events(self) -> Events:
        """The changes recorded since the last call, and a fresh empty record."""
        ev, self.events = self.events, Events()
        return ev

    def spot_markets(self) -> list[Market]:
        """The spot markets' definitions."""
        return [ms.market for ms in self.markets.values() if ms.market.is_spot]

    def market(self, market_index: int) -> MarketState:
        """The state of ``market_index``; ExchangeError for an unknown market."""
        ms = self.markets.get(market_index)
        if ms is None:
            raise ExchangeError(errors.MARKET_NOT_FOUND, f"market not found: {market_index}")
        return ms

    def account_orders(self, account_index: int, market_index: int | None = None) -> list[Order]:
        """Active orders of ``account_index`` (in one market, or all), oldest first."""
        return [
            o
            for o in self.orders.values()
            if o.account_index == account_index and (market_index is None or o.market_index == market_index)
        ]

    def _touch_order(self, order: Order) -> None:
        order.updated_at = self.now
        self.events.orders[order.order_index] = order
        self.events.accounts.add(order.account_index)

    def _finish(self, order: Order, status: str) -> None:
        """Take an order out of the book/trigger list and record it as inactive with ``status``."""
        ms = self.markets[order.market_index]
        if order.status == "open" and order.trigger_status == "na":
            ms.side(order.is_ask).remove(order)
            self.events.levels.add((order.market_index, order.is_ask, order.price))
        elif order in ms.triggers:
            ms.triggers.remove(order)
        order.status = status
        self.orders.pop(order.order_index, None)
        key = (order.account_index, order.client_order_index)
        if self.by_client.get(key) == order.order_index:
            del self.by_client[key]
        hist = self.inactive.setdefault(order.account_index, deque(maxlen=INACTIVE_HISTORY))
        hist.append(order)
        self._touch_order(order)
        self._after_finish(order)

    def _after_finish(self, order: Order) -> None:
        # grouped orders: an OCO sibling dies with its partner; OTO children follow their parent
        if order.to_cancel:
            sibling = self.orders.get(order.to_cancel)
            if sibling is not None:
                self._finish(sibling, "canceled-oco")
        for child_index in order.to_trigger:
            child = self.orders.get(child_index)
            if child is None:
                continue
            if order.filled_base > 0:
                self._activate_child(child, order)
            else:
                self._finish(child, "canceled-child")

    def _activate_child(self, child: Order, parent: Order) -> None:
        if child.base_amount == 0:
            child.base_amount = child.remaining = parent.filled_base
        child.parent_order_index = 0
        if child.type in TRIGGER_TYPES:
            child.trigger_status = "mark-price"
            self._touch_order(child)
            self._check_triggers(self.markets[child.market_index])
        else:
            child.trigger_status = "na"
            self.markets[child.market_index].triggers.remove(child)
            self._execute(child)

    # ---------------------------------------------------------------- margin
    def equity(self, acc: Account) -> int:
        """Perp collateral plus unrealized PnL at the last trade price (micro USDC)."""
        total = acc.collateral
        for pos in acc.positions.values():
            if pos.size:
                total += self.unrealized(pos)
        return total

    def unrealized(self, pos: Position) -> int:
        """Unrealized PnL of a perp position at its market's last price, in micro USDC."""
        ms = self.markets[pos.market_id]
        value = ms.market.quote(abs(pos.size), ms.last_price)
        return value - pos.entry_quote if pos.size > 0 else pos.entry_quote - value

    def imf(self, acc: Account, market_index: int) -> int:
        """The initial margin fraction (1/10,000) the account uses in ``market_index``."""
        pos = acc.positions.get(market_index)
        if pos is not None and pos.imf:
            return pos.imf
        return self.markets[market_index].market.default_imf

    def margin_required(self, acc: Account, extra: Order | None = None) -> int:
        """Initial margin of positions plus open orders (worst side per market), in micro USDC."""
        per_market: dict[int, tuple[int, int]] = {}
        orders = self.account_orders(acc.index)
        if extra is not None:
            orders.append(extra)
        for o in orders:
            ms = self.markets[o.market_index]
            if ms.market.is_spot or o.reduce_only or o.trigger_status != "na":
                continue
            bids, asks = per_market.get(o.market_index, (0, 0))
            q = ms.market.quote(o.remaining, o.price)
            per_market[o.market_index] = (bids, asks + q) if o.is_ask else (bids + q, asks)
        total = 0
        for mid in set(per_market) | {m for m, p in acc.positions.items() if p.size}:
            ms = self.markets[mid]
            pos = acc.positions.get(mid)
            size = pos.size if pos else 0
            signed = ms.market.quote(size, ms.last_price)
            bids, asks = per_market.get(mid, (0, 0))
            exposure = max(abs(signed + bids), abs(signed - asks))
            total += exposure * self.imf(acc, mid) // 10_000
        return total

    def available(self, acc: Account) -> int:
        """Collateral free for new orders and withdrawals: equity minus margin required."""
        return self.equity(acc) - self.margin_required(acc)

    def spot_locked(self, acc: Account) -> dict[int, int]:
        """Asset units held by open spot orders."""
        locked: dict[int, int] = {}
        for o in self.account_orders(acc.index):
            m = self.markets[o.market_index].market
            if not m.is_spot or o.trigger_status != "na":
                continue
            if o.is_ask:
                locked[m.base_asset_id] = locked.get(m.base_asset_id, 0) + self._base_to_asset(m, o.remaining)
            else:
                locked[m.quote_asset_id] = locked.get(m.quote_asset_id, 0) + m.quote(o.remaining, o.price)
        return locked

    def _base_to_asset(self, m: Market, base: int) -> int:
        return base * 10 ** (self.assets[m.base_asset_id].decimals - m.size_decimals)

    def _check_funds(self, acc: Account, order: Order) -> None:
        m = self.markets[order.market_index].market
        if m.is_spot:
            locked = self.spot_locked(acc)
            if order.is_ask:
                need, asset = self._base_to_asset(m, order.remaining), m.base_asset_id
            else:
                need, asset = m.quote(order.remaining, order.price), m.quote_asset_id
            if acc.assets.get(asset, 0) - locked.get(asset, 0) < need:
                raise ExchangeError(errors.NOT_ENOUGH_BALANCE, "not enough balance to create the order")
            return
        if order.reduce_only:
            return
        if self.margin_required(acc, order) > self.equity(acc):
            raise ExchangeError(
                errors.NOT_ENOUGH_MARGIN, "order limit failed: not enough margin to create the order"
            )

    # ---------------------------------------------------------------- orders
    def _validate_spec(self, spec: OrderSpec, *, child: bool = False) -> MarketState:
        ms = self.market(spec.market_index)
        m = ms.market
        if spec.type not in _ORDER_TYPES:
            raise errors.invalid_param(f"invalid order type {spec.type}")
        if spec.type == TWAP:
            raise ExchangeError(errors.UNSUPPORTED_TX, "twap orders are not supported by the local exchange")
        if spec.time_in_force not in (IOC, GTT, POST_ONLY):
            raise errors.invalid_param(f"invalid time in force {spec.time_in_force}")
        if not 1 <= spec.price < 2**32:
            raise ExchangeError(errors.INVALID_PRICE, "invalid price")
        zero_ok = child or spec.reduce_only
        if spec.base_amount == 0 and not zero_ok or not 0 <= spec.base_amount < 2**48:
            raise ExchangeError(errors.INVALID_BASE_AMOUNT, "invalid base amount")
        if spec.base_amount and not spec.reduce_only:
            if spec.base_amount < m.min_base_amount:
                raise ExchangeError(
                    errors.INVALID_BASE_AMOUNT, "invalid base amount: below the market minimum"
                )
            if m.quote(spec.base_amount, spec.price) < m.min_quote_amount:
                raise ExchangeError(
                    errors.INVALID_BASE_AMOUNT, "invalid base amount: order value below minimum"
                )
        if spec.type in TRIGGER_TYPES and spec.trigger_price <= 0:
            raise errors.invalid_param("trigger price required for stop-loss/take-profit orders")
        if spec.type in (LIMIT, MARKET) and spec.trigger_price != 0:
            raise errors.invalid_param("trigger price must be 0 for limit and market orders")
        if spec.type == MARKET and spec.time_in_force != IOC:
            raise errors.invalid_param("market orders must be immediate-or-cancel")
        if m.is_spot and spec.reduce_only:
            raise errors.invalid_param("reduce-only is not allowed on spot markets")
        return ms

    def _new_order(self, acc: Account, spec: OrderSpec, nonce: int, attrs: dict[int, int]) -> Order:
        expiry = spec.order_expiry
        if spec.time_in_force == IOC and spec.type in (LIMIT, MARKET):
            expiry = 0
        order = Order(
            order_index=self.next_order_index,
            client_order_index=spec.client_order_index,
            account_index=acc.index,
            market_index=spec.market_index,
            is_ask=spec.is_ask,
            type=spec.type,
            time_in_force=spec.time_in_force,
            price=spec.price,
            base_amount=spec.base_amount,
            remaining=spec.base_amount,
            reduce_only=spec.reduce_only,
            trigger_price=spec.trigger_price,
            order_expiry=expiry,
            nonce=nonce,
            created_at=self.now,
            updated_at=self.now,
            self_trade_mode=attrs.get(AttributeType.SELF_TRADE_BEHAVIOR_MODE, EXPIRE_MAKER),
            self_trade_equality=attrs.get(AttributeType.SELF_TRADE_EQUALITY_MODE, SelfTradeScope.ACCOUNT),
            block_height=self.block_height,
            integrator=attrs.get(AttributeType.INTEGRATOR_ACCOUNT_INDEX, 0),
            integrator_taker_fee=attrs.get(AttributeType.INTEGRATOR_TAKER_FEE, 0),
            integrator_maker_fee=attrs.get(AttributeType.INTEGRATOR_MAKER_FEE, 0),
        )
        self.next_order_index += 1
        return order

    def _check_client_index(self, acc: Account, cidx: int) -> None:
        if cidx and (acc.index, cidx) in self.by_client:
            raise errors.invalid_param(f"client order index {cidx} is already used by an active order")

    def create_order(self, acc: Account, spec: OrderSpec, nonce: int, attrs: dict[int, int]) -> Order:
        """Validate, check funds, then match or rest one order."""
        self._validate_spec(spec)
        self._check_client_index(acc, spec.client_order_index)
        order = self._new_order(acc, spec, nonce, attrs)
        if order.type not in TRIGGER_TYPES and order.time_in_force != IOC:
            self._check_funds(acc, order)
        elif order.type in TRIGGER_TYPES:
            pass  # checked when it triggers
        self._admit(acc, order)
        return order

    def _admit(self, acc: Account, order: Order) -> None:
        acc.total_order_count += 1
        if order.client_order_index:
            self.by_client[(acc.index, order.client_order_index)] = order.order_index
        self.orders[order.order_index] = order
        if order.type in TRIGGER_TYPES or order.parent_order_index:
            order.status = "pending"
            if order.trigger_status == "na":
                order.trigger_status = "mark-price"
            self.markets[order.market_index].triggers.append(order)
            self._touch_order(order)
            if order.trigger_status == "mark-price":
                self._check_triggers(self.markets[order.market_index])
            return
        self._execute(order)

    def create_grouped(
        self, acc: Account, grouping: int, specs: list[OrderSpec], nonce: int, attrs: dict[int, int]
    ) -> list[Order]:
        """OTO (parent + child), OCO (two trigger/limit orders), OTOCO (parent + OCO pair)."""
        expected = _GROUP_SIZES.get(grouping)
        if expected is None:
            raise errors.invalid_param(f"invalid grouping type {grouping}")
        if len(specs) != expected:
            raise errors.invalid_param(f"grouping type {grouping} needs {expected} orders, got {len(specs)}")
        has_parent = grouping in (OTO, OTOCO)
        for i, spec in enumerate(specs):
            self._validate_spec(spec, child=has_parent and i > 0)
            self._check_client_index(acc, spec.client_order_index)
        if len({s.market_index for s in specs}) != 1:
            raise errors.invalid_param("grouped orders must be in one market")
        if has_parent and any(s.type not in TRIGGER_TYPES for s in specs[1:]):
            raise errors.invalid_param("child orders must be stop-loss or take-profit orders")
        if has_parent and any(s.is_ask == specs[0].is_ask for s in specs[1:]):
            raise errors.invalid_param("child orders must be on the opposite side of the parent")
        orders = [self._new_order(acc, s, nonce, attrs) for s in specs]
        if has_parent:
            parent, children = orders[0], orders[1:]
            if parent.type not in TRIGGER_TYPES and parent.time_in_force != IOC:
                self._check_funds(acc, parent)
            parent.to_trigger = [c.order_index for c in children]
            for c in children:
                c.parent_order_index = parent.order_index
                c.trigger_status = "parent-order"
                c.reduce_only = True
            if len(children) == 2:
                children[0].to_cancel, children[1].to_cancel = (
                    children[1].order_index,
                    children[0].order_index,
                )
            for c in children:
                self._admit(acc, c)
            self._admit(acc, parent)
        else:
            a, b = orders
            a.to_cancel, b.to_cancel = b.order_index, a.order_index
            for o in orders:
                if o.type not in TRIGGER_TYPES and o.time_in_force != IOC:
                    self._check_funds(acc, o)
            for o in orders:
                if o.is_active:
                    self._admit(acc, o)
        return orders

    def _execute(self, order: Order) -> None:
        """Match an order that is now live; rest what is left (GTT) or finish it."""
        ms = self.markets[order.market_index]
        acc = self.accounts.by_index[order.account_index]
        order.status = "open"
        self._touch_order(order)
        if order.reduce_only and not ms.market.is_spot:
            allowed = self._reducible(acc, order)
            if allowed <= 0:
                self._finish(order, "canceled-reduce-only")
                return
            if order.remaining > allowed:
                order.remaining = allowed
        opposite = ms.side(not order.is_ask)
        best = opposite.best()
        crosses = best is not None and (best <= order.price if not order.is_ask else best >= order.price)
        if order.time_in_force == POST_ONLY and crosses:
            self._finish(order, "canceled-post-only")
            return
        stop_status = self._match(ms, order)
        if order.remaining == 0 and order.filled_base == 0:
            self._finish(order, "canceled-self-trade")
        elif order.remaining == 0:
            self._finish(order, "filled")
        elif stop_status:
            self._finish(order, stop_status)
        elif order.time_in_force == IOC:
            slipped = opposite.best() is not None
            status = (
                "canceled-too-much-slippage"
                if order.type == MARKET and slipped
                else ("canceled-not-enough-liquidity" if order.type == MARKET else "canceled")
            )
            self._finish(order, status)
        else:
            self._rest(ms, order)
        self._check_triggers(ms)

    def _rest(self, ms: MarketState, order: Order) -> None:
        """Put what is left of a good-till-time order in the book (the replay keeps its own queue)."""
        ms.side(order.is_ask).add(order)
        self.events.levels.add((order.market_index, order.is_ask, order.price))

    def _reducible(self, acc: Account, order: Order) -> int:
        pos = acc.positions.get(order.market_index)
        size = pos.size if pos else 0
        if order.is_ask:
            return max(size, 0)
        return max(-size, 0)

    def _same_owner(self, taker: Order, maker: Order) -> bool:
        if taker.account_index == maker.account_index:
            return True
        if taker.self_trade_equality == SelfTradeScope.MASTER_ACCOUNT:
            a = self.accounts.by_index[taker.account_index]
            b = self.accounts.by_index[maker.account_index]
            return a.l1_address.lower() == b.l1_address.lower()
        return False

    def _match(self, ms: MarketState, taker: Order) -> str:
        """Fill ``taker`` against the opposite side. Returns a cancel status if matching had to stop early."""
        opposite = ms.side(not taker.is_ask)
        taker_acc = self.accounts.by_index[taker.account_index]
        while taker.remaining > 0:
            price = opposite.best()
            if price is None or (price > taker.price if not taker.is_ask else price < taker.price):
                return ""
            level = opposite.levels[price]
            maker = level[0]
            if maker.order_expiry and maker.order_expiry <= self.now:
                self._finish(maker, "canceled-expired")
                continue
            if self._same_owner(taker, maker):
                mode = taker.self_trade_mode
                if mode == EXPIRE_MAKER:
                    self._finish(maker, "canceled-self-trade")
                    continue
                if mode == EXPIRE_TAKER:
                    return "canceled-self-trade"
                if mode == EXPIRE_BOTH:
                    self._finish(maker, "canceled-self-trade")
                    return "canceled-self-trade"
                qty = min(taker.remaining, maker.remaining)  # REDUCE: shrink both, no trade
                taker.remaining -= qty
                maker.remaining -= qty
                self.events.levels.add((ms.market.market_id, maker.is_ask, price))
                self._touch_order(maker)
                if maker.remaining == 0:
                    self._finish(maker, "canceled-self-trade")
                continue
            qty = min(taker.remaining, maker.remaining)
            maker_acc = self.accounts.by_index[maker.account_index]
            if maker.reduce_only and not ms.market.is_spot:
                qty = min(qty, self._reducible(maker_acc, maker))
                if qty <= 0:
                    self._finish(maker, "canceled-reduce-only")
                    continue
            if taker.reduce_only and not ms.market.is_spot:
                qty = min(qty, self._reducible(taker_acc, taker))
                if qty <= 0:
                    return "canceled-reduce-only"
            if not self._fill_allowed(ms, taker_acc, taker, qty, price):
                return "canceled-margin-not-allowed"
            self._fill(ms, taker, maker, qty, price)
            if maker.remaining == 0:
                self._finish(maker, "filled")
        return ""

    def _fill_allowed(self, ms: MarketState, acc: Account, taker: Order, qty: int, price: int) -> bool:
        """IOC/market takers are margin-checked per fill (their worst price is not a fair estimate)."""
        m = ms.market
        if m.is_spot:
            if taker.is_ask:
                need, asset = self._base_to_asset(m, qty), m.base_asset_id
            else:
                need, asset = m.quote(qty, price), m.quote_asset_id
            locked = self.spot_locked(acc)
            return acc.assets.get(asset, 0) - locked.get(asset, 0) >= need
        if taker.reduce_only or taker.time_in_force != IOC:
            return True
        pos = acc.position(m.market_id)
        new_size = pos.size + (-qty if taker.is_ask else qty)
        if abs(new_size) <= abs(pos.size):
            return True
        saved = (pos.size, pos.entry_quote)
        pos.size = new_size
        pos.entry_quote = m.quote(abs(new_size), price)
        try:
            ok = self.margin_required(acc) <= self.equity(acc)
        finally:
            pos.size, pos.entry_quote = saved
        return ok

    def _fill(self, ms: MarketState, taker: Order, maker: Order, qty: int, price: int) -> None:
        m = ms.market
        quote = m.quote(qty, price)
        ask, bid = (taker, maker) if taker.is_ask else (maker, taker)
        ask_acc = self.accounts.by_index[ask.account_index]
        bid_acc = self.accounts.by_index[bid.account_index]
        trade = Trade(
            trade_id=self.next_trade_id,
            market_id=m.market_id,
            size=qty,
            price=price,
            usd_amount=quote,
            ask_id=ask.order_index,
            bid_id=bid.order_index,
            ask_client_id=ask.client_order_index,
            bid_client_id=bid.client_order_index,
            ask_account_id=ask.account_index,
            bid_account_id=bid.account_index,
            is_maker_ask=maker.is_ask,
            timestamp=self.now,
            tx_hash=self.tx_hash,
            block_height=self.block_height,
        )
        self.next_trade_id += 1
        if m.is_spot:
            base_units = self._base_to_asset(m, qty)
            self.spot_entries.fill(ask_acc, bid_acc, m.base_asset_id, base_units, quote, trade.trade_id)
            ask_acc.assets[m.base_asset_id] = ask_acc.assets.get(m.base_asset_id, 0) - base_units
            bid_acc.assets[m.base_asset_id] = bid_acc.assets.get(m.base_asset_id, 0) + base_units
            ask_acc.assets[USDC_ASSET_ID] = ask_acc.assets.get(USDC_ASSET_ID, 0) + quote
            bid_acc.assets[USDC_ASSET_ID] = bid_acc.assets.get(USDC_ASSET_ID, 0) - quote
        else:
            taker_acc = ask_acc if taker is ask else bid_acc
            maker_acc = bid_acc if taker is ask else ask_acc
            tp, mp = taker_acc.position(m.market_id), maker_acc.position(m.market_id)
            trade.taker_position_size_before, trade.taker_entry_quote_before = tp.size, tp.entry_quote
            trade.maker_position_size_before, trade.maker_entry_quote_before = mp.size, mp.entry_quote
            trade.taker_imf_before = self.imf(taker_acc, m.market_id)
            trade.maker_imf_before = self.imf(maker_acc, m.market_id)
            pnl_ask = self._apply_fill(ask_acc, m, -qty, price)
            pnl_bid = self._apply_fill(bid_acc, m, qty, price)
            trade.ask_pnl, trade.bid_pnl = pnl_ask, pnl_bid
            trade.taker_sign_changed = _sign(trade.taker_position_size_before) != _sign(tp.size)
            trade.maker_sign_changed = _sign(trade.maker_position_size_before) != _sign(mp.size)
        for o in (taker, maker):
            o.remaining -= qty
            o.filled_base += qty
            o.filled_quote += quote
            self._touch_order(o)
        trade.integrator_taker_fee = integrators.charge(self.accounts, m, taker, quote, is_taker=True)
        trade.integrator_maker_fee = integrators.charge(self.accounts, m, maker, quote, is_taker=False)
        trade.integrator_taker, trade.integrator_maker = taker.integrator, maker.integrator
        for index in (taker.integrator, maker.integrator):
            if index:
                self.events.accounts.add(index)
        ms.trades.append(trade)
        ask_acc.activity.fill(self.now, quote, trade.ask_pnl)
        if bid_acc is not ask_acc:
            bid_acc.activity.fill(self.now, quote, trade.bid_pnl)
        ms.last_price = price
        ms.trades_count += 1
        ms.base_volume += qty
        ms.quote_volume += quote
        ms.price_low = min(ms.price_low, price) if ms.price_low else price
        ms.price_high = max(ms.price_high, price)
        self.events.trades.append(trade)
        self.events.levels.add((m.market_id, maker.is_ask, price))
        self.events.accounts.update((ask.account_index, bid.account_index))
        self.events.markets.add(m.market_id)

    def _apply_fill(self, acc: Account, m: Market, delta: int, price: int) -> int:
        """Update a perp position by ``delta`` base units at ``price``; realized PnL goes to collateral."""
        pos = acc.position(m.market_id)
        pnl = 0
        if pos.size == 0 or (pos.size > 0) == (delta > 0):
            pos.size += delta
            pos.entry_quote += m.quote(abs(delta), price)
            return 0
        close = min(abs(delta), abs(pos.size))
        entry_part = pos.entry_quote * close // abs(pos.size)
        exit_quote = m.quote(close, price)
        pnl = exit_quote - entry_part if pos.size > 0 else entry_part - exit_quote
        pos.entry_quote -= entry_part
        pos.size += close if pos.size < 0 else -close
        pos.realized_pnl += pnl
        acc.collateral += pnl
        rest = abs(delta) - close
        if rest:
            pos.size = rest if delta > 0 else -rest
            pos.entry_quote = m.quote(rest, price)
        if pos.size == 0:
            pos.entry_quote = 0
        return pnl

    # ---------------------------------------------------------------- triggers, expiry
    def _check_triggers(self, ms: MarketState) -> None:
        for _ in range(MAX_TRIGGER_ROUNDS):
            fired = [
                o for o in ms.triggers if o.trigger_status == "mark-price" and self._fires(o, ms.last_price)
            ]
            if not fired:
                return
            for order in fired:
                if order.order_index not in self.orders or order not in ms.triggers:
                    continue
                ms.triggers.remove(order)
                order.trigger_status = "na"
                order.trigger_time = self.now
                if order.to_cancel:
                    sibling = self.orders.get(order.to_cancel)
                    order.to_cancel = 0
                    if sibling is not None:
                        self._finish(sibling, "canceled-oco")
                if order.type in (STOP_LOSS, TAKE_PROFIT):
                    order.time_in_force = IOC
                if order.reduce_only and order.remaining == 0:
                    acc = self.accounts.by_index[order.account_index]
                    order.remaining = order.base_amount = self._reducible(acc, order)
                self._execute(order)

    @staticmethod
    def _fires(order: Order, last: int) -> bool:
        stop = order.type in (STOP_LOSS, STOP_LOSS_LIMIT)
        # a stop sells when the price falls to the trigger, buys when it rises to it; take-profit the reverse
        if order.is_ask == stop:
            return last <= order.trigger_price
        return last >= order.trigger_price

    def expire(self, now: int) -> None:
        """Cancel expired orders and run due scheduled cancel-alls."""
        self.now = now
        for order in [o for o in self.orders.values() if o.order_expiry and o.order_expiry <= now]:
            if order.order_index in self.orders:
                self._finish(order, "canceled-expired")
        for acc in self.accounts:
            if acc.cancel_all_time and acc.cancel_all_time <= now:
                market = acc.cancel_all_market
                acc.cancel_all_time, acc.cancel_all_market = 0, NIL_MARKET_INDEX
                self._cancel_many(acc, None if market == NIL_MARKET_INDEX else market)
                self.events.accounts.add(acc.index)

    # ---------------------------------------------------------------- cancel / modify
    def _own_order(self, acc: Account, market_index: int, index: int) -> Order:
        self.market(market_index)
        order = self.orders.get(index)
        if order is None and index < FIRST_ORDER_INDEX:  # a client order index
            oi = self.by_client.get((acc.index, index))
            order = self.orders.get(oi) if oi is not None else None
        if order is None or order.account_index != acc.index or order.market_index != market_index:
            raise ExchangeError(errors.ORDER_NOT_FOUND, "order not found")
        return order

    def cancel(self, acc: Account, market_index: int, index: int) -> Order:
        """Cancel one of the account's active orders; returns it."""
        order = self._own_order(acc, market_index, index)
        self._finish(order, "canceled")
        return order

    def cancel_all(self, acc: Account, tif: int, time: int, market_index: int) -> None:
        """Immediate (0), scheduled at ``time`` ms (1) or abort the scheduled one (2)."""
        if market_index != NIL_MARKET_INDEX:
            self.market(market_index)
        if tif == CancelAllTimeInForce.IMMEDIATE:
            self._cancel_many(acc, None if market_index == NIL_MARKET_INDEX else market_index)
        elif tif == CancelAllTimeInForce.SCHEDULED:
            if time <= self.now:
                raise errors.invalid_param("scheduled cancel-all time must be in the future")
            acc.cancel_all_time, acc.cancel_all_market = time, market_index
        elif tif == CancelAllTimeInForce.ABORT_SCHEDULED:
            acc.cancel_all_time, acc.cancel_all_market = 0, NIL_MARKET_INDEX
        else:
            raise errors.invalid_param(f"invalid cancel-all time in force {tif}")
        self.events.accounts.add(acc.index)

    def _cancel_many(self, acc: Account, market_index: int | None) -> None:
        for order in self.account_orders(acc.index, market_index):
            if order.order_index in self.orders:
                self._finish(order, "canceled")

    def modify(
        self, acc: Account, market_index: int, index: int, base_amount: int, price: int, trigger_price: int
    ) -> Order:
        """Change size/price/trigger; the order loses its time priority and may match."""
        order = self._own_order(acc, market_index, index)
        m = self.markets[market_index].market
        if not 1 <= price < 2**32:
            raise ExchangeError(errors.INVALID_PRICE, "invalid price")
        if base_amount <= order.filled_base and not order.reduce_only or base_amount >= 2**48:
            raise ExchangeError(errors.INVALID_BASE_AMOUNT, "invalid base amount")
        new_remaining = max(base_amount - order.filled_base, 0)
        if order.type in TRIGGER_TYPES and order.trigger_status != "na":
            if trigger_price <= 0:
                raise errors.invalid_param("trigger price required")
        elif trigger_price != 0 and order.type in (LIMIT, MARKET):
            raise errors.invalid_param("trigger price must be 0 for limit orders")
        if m.quote(base_amount, price) < m.min_quote_amount and not order.reduce_only:
            raise ExchangeError(errors.INVALID_BASE_AMOUNT, "invalid base amount: order value below minimum")
        resting = order.status == "open" and order.trigger_status == "na"
        trial = Order(
            **{
                **order.__dict__,
                "price": price,
                "remaining": new_remaining,
                "to_trigger": [],
                "order_index": -1,
            }
        )
        if resting:
            side = self.markets[market_index].side(order.is_ask)
            queue_pos = side.remove(order)
            del self.orders[order.order_index]
            try:
                self._check_funds(acc, trial)
            except ExchangeError:
                side.restore(order, queue_pos)
                self.orders[order.order_index] = order
                raise
            self.orders[order.order_index] = order
            self.events.levels.add((market_index, order.is_ask, order.price))
        order.price, order.base_amount, order.remaining, order.trigger_price = (
            price,
            base_amount,
            new_remaining,
            trigger_price,
        )
        order.order_version += 1
        self._touch_order(order)
        if resting:
            if order.remaining == 0:
                self._finish(order, "filled")
            else:
                self._execute(order)
        else:
            self._check_triggers(self.markets[market_index])
        return order

    # ---------------------------------------------------------------- collateral
    def withdraw_perp(self, acc: Account, amount: int) -> None:
        """Take ``amount`` micro USDC out of the perp collateral, if free."""
        if amount > self.available(acc) or amount > acc.collateral:
            raise ExchangeError(errors.NOT_ENOUGH_BALANCE, "not enough collateral")
        acc.collateral -= amount
        self.events.accounts.add(acc.index)

    def withdraw_spot(self, acc: Account, asset_id: int, amount: int) -> None:
        """Take ``amount`` asset units out of a spot balance, if not locked by orders."""
        free = acc.assets.get(asset_id, 0) - self.spot_locked(acc).get(asset_id, 0)
        if amount > free:
            raise ExchangeError(errors.NOT_ENOUGH_BALANCE, "not enough balance")
        acc.assets[asset_id] = acc.assets.get(asset_id, 0) - amount
        self.events.accounts.add(acc.index)

    def update_leverage(self, acc: Account, market_index: int, imf: int, margin_mode: int) -> None:
        """Set a perp market's initial margin fraction and margin mode for the account."""
        m = self.market(market_index).market
        if m.is_spot:
            raise errors.invalid_param("leverage applies to perp markets only")
        if margin_mode not in _MARGIN_MODES:
            raise ExchangeError(errors.INVALID_PARAM, "invalid margin mode")
        if not m.min_imf <= imf <= 10_000:
            raise errors.invalid_param(f"initial margin fraction {imf} out of range [{m.min_imf}, 10000]")
        pos = acc.position(market_index)
        saved = (pos.imf, pos.margin_mode)
        pos.imf, pos.margin_mode = imf, margin_mode
        if self.margin_required(acc) > self.equity(acc):
            pos.imf, pos.margin_mode = saved
            raise ExchangeError(errors.NOT_ENOUGH_MARGIN, "not enough margin to update leverage")
        pos.margin_set = True
        self.events.accounts.add(acc.index)

    def update_margin(self, acc: Account, market_index: int, amount: int, direction: int) -> None:
        """Move ``amount`` micro USDC into (``direction`` 1) or out of an isolated position."""
        m = self.market(market_index).market
        if m.is_spot:
            raise errors.invalid_param("margin applies to perp markets only")
        pos = acc.position(market_index)
        if pos.margin_mode != MarginMode.ISOLATED:
            raise ExchangeError(errors.INVALID_PARAM, "invalid margin mode")
        if direction == MarginDirection.ADD:
            if amount <= 0 or amount > self.available(acc):
                raise ExchangeError(errors.NOT_ENOUGH_BALANCE, "not enough collateral")
            pos.allocated_margin += amount
        elif direction == MarginDirection.REMOVE:
            if amount <= 0 or amount > pos.allocated_margin:
                raise ExchangeError(errors.NOT_ENOUGH_BALANCE, "not enough allocated margin")
            pos.allocated_margin -= amount
        else:
            raise errors.invalid_param(f"invalid direction {direction}")
        self.events.accounts.add(acc.index)


def _sign(x: int) -> int:
    return (x > 0) - (x < 0)
