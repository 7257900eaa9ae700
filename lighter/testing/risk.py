"""Margin and balances of the local exchange: equity, initial margin, what an order or fill may use.

Reads the books and the accounts; changes nothing (the checks raise ``ExchangeError`` or answer False).
"""

from __future__ import annotations

from lighter.testing import errors
from lighter.testing.accounts import Account, Accounts, Position
from lighter.testing.book import MarketState, Order
from lighter.testing.errors import ExchangeError
from lighter.testing.markets import Asset, Market
from lighter.transactions._enums import TimeInForce


class Risk:
    """The markets' states, the accounts and their active orders, and what they can afford."""

    def __init__(self, markets: dict[int, Market], assets: dict[int, Asset], accounts: Accounts) -> None:
        self.markets = {
            mid: MarketState(m, last_price=m.price_from_float(m.start_price)) for mid, m in markets.items()
        }
        for ms in self.markets.values():
            ms.open_price = ms.price_low = ms.price_high = ms.last_price
        self.assets = assets
        self.accounts = accounts
        self.orders: dict[int, Order] = {}  # active orders (resting or pending)

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
        if taker.reduce_only or taker.time_in_force != TimeInForce.IMMEDIATE_OR_CANCEL:
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

    def _reducible(self, acc: Account, order: Order) -> int:
        pos = acc.positions.get(order.market_index)
        size = pos.size if pos else 0
        if order.is_ask:
            return max(size, 0)
        return max(-size, 0)
