"""Matching: an order that goes live trades against the book, rests, or finishes; fills move positions.

Price-time priority, self-trade prevention, reduce-only, post-only, per-fill margin checks for takers,
grouped orders (OCO siblings, OTO children) and the trigger rounds a fill sets off.
"""

from __future__ import annotations

from collections import deque

from lighter.testing import integrators, triggers
from lighter.testing.accounts import Account, Accounts
from lighter.testing.book import Events, MarketState, Order, Trade
from lighter.testing.markets import USDC_ASSET_ID, Asset, Market
from lighter.testing.risk import Risk
from lighter.testing.spot_entries import SpotEntries
from lighter.transactions._enums import OrderType, SelfTradeMode, SelfTradeScope, TimeInForce

INACTIVE_HISTORY = 500  # finished orders kept per account


class Matching(Risk):
    """Order lifecycle and trades on top of the books and balances of :class:`Risk`."""

    def __init__(self, markets: dict[int, Market], assets: dict[int, Asset], accounts: Accounts) -> None:
        super().__init__(markets, assets, accounts)
        self.spot_entries = SpotEntries(assets)
        self.inactive: dict[int, deque[Order]] = {}  # account -> finished orders, newest last
        self.by_client: dict[tuple[int, int], int] = {}  # (account, client_order_index) -> order index
        self.next_trade_id = 1
        self.events = Events()
        self.block_height = 1
        self.tx_hash = ""
        self.now = 0

    def drain_events(self) -> Events:
        """The changes recorded since the last call, and a fresh empty record."""
        ev, self.events = self.events, Events()
        return ev

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
        if child.type in triggers.TRIGGER_TYPES:
            child.trigger_status = "mark-price"
            self._touch_order(child)
            self._check_triggers(self.markets[child.market_index])
        else:
            child.trigger_status = "na"
            self.markets[child.market_index].triggers.remove(child)
            self._execute(child)

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
        if order.time_in_force == TimeInForce.POST_ONLY and crosses:
            self._finish(order, "canceled-post-only")
            return
        stop_status = self._match(ms, order)
        if order.remaining == 0 and order.filled_base == 0:
            self._finish(order, "canceled-self-trade")
        elif order.remaining == 0:
            self._finish(order, "filled")
        elif stop_status:
            self._finish(order, stop_status)
        elif order.time_in_force == TimeInForce.IMMEDIATE_OR_CANCEL:
            slipped = opposite.best() is not None
            status = (
                "canceled-too-much-slippage"
                if order.type == OrderType.MARKET and slipped
                else ("canceled-not-enough-liquidity" if order.type == OrderType.MARKET else "canceled")
            )
            self._finish(order, status)
        else:
            self._rest(ms, order)
        self._check_triggers(ms)

    def _rest(self, ms: MarketState, order: Order) -> None:
        """Put what is left of a good-till-time order in the book (the replay keeps its own queue)."""
        ms.side(order.is_ask).add(order)
        self.events.levels.add((order.market_index, order.is_ask, order.price))

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
                if mode == SelfTradeMode.EXPIRE_MAKER:
                    self._finish(maker, "canceled-self-trade")
                    continue
                if mode == SelfTradeMode.EXPIRE_TAKER:
                    return "canceled-self-trade"
                if mode == SelfTradeMode.EXPIRE_BOTH:
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

    def _check_triggers(self, ms: MarketState) -> None:
        for _ in range(triggers.MAX_TRIGGER_ROUNDS):
            fired = triggers.due(ms)
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
                if order.type in (OrderType.STOP_LOSS, OrderType.TAKE_PROFIT):
                    order.time_in_force = TimeInForce.IMMEDIATE_OR_CANCEL
                if order.reduce_only and order.remaining == 0:
                    acc = self.accounts.by_index[order.account_index]
                    order.remaining = order.base_amount = self._reducible(acc, order)
                self._execute(order)


def _sign(x: int) -> int:
    return (x > 0) - (x < 0)
