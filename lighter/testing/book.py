"""The order book of the local exchange: orders, trades, price levels, per-market state.

Plain data and the price-time queues; what may trade and how is decided in ``matching``.
"""

from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lighter.testing.markets import Market
from lighter.transactions._enums import SelfTradeMode, SelfTradeScope

TRADE_HISTORY = 1_000  # recent trades kept per market


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
    self_trade_mode: int = SelfTradeMode.EXPIRE_MAKER
    self_trade_equality: int = SelfTradeScope.ACCOUNT
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
