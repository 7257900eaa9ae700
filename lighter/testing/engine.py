"""The matching engine of the local exchange: order entry, groups, cancels, modifies, expiry, collateral.

Built in layers, one job each: ``book`` (orders, trades, price levels), ``risk`` (margin and balances),
``matching`` (fills, positions, grouped-order follow-ups), ``triggers`` (when stop/take-profit orders fire);
``Engine`` adds the operations the transactions ask for.

Pure and synchronous: no I/O, no clock of its own (callers pass ``now`` in ms). Every change is recorded
in ``Engine.events`` so the server can push WebSocket diffs after each transaction. Amounts are integers:
base units (10^-size_decimals), price units (10^-price_decimals) and micro USDC.
"""

from __future__ import annotations

from lighter.testing import errors
from lighter.testing.accounts import Account, Accounts
from lighter.testing.book import Events, MarketState, Order, OrderSpec, Side, Trade
from lighter.testing.errors import ExchangeError
from lighter.testing.markets import Asset, Market
from lighter.testing.matching import Matching
from lighter.testing.triggers import TRIGGER_TYPES
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

__all__ = ["Engine", "Events", "MarketState", "Order", "OrderSpec", "Side", "Trade", "TRIGGER_TYPES"]

# short names of the protocol enums (lighter.transactions) for the engine's tests and scripts
LIMIT, MARKET, STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT, TAKE_PROFIT_LIMIT, TWAP = OrderType
IOC, GTT, POST_ONLY = TimeInForce
OTO, OCO, OTOCO = GroupingType.OTO, GroupingType.OCO, GroupingType.OTOCO
EXPIRE_MAKER, EXPIRE_TAKER, EXPIRE_BOTH, REDUCE = SelfTradeMode

FIRST_ORDER_INDEX = 2**48 + 1_000  # order indexes below this are client order indexes
_ORDER_TYPES = frozenset(OrderType)
_TIMES_IN_FORCE = frozenset(TimeInForce)
_MARGIN_MODES = frozenset(MarginMode)
_GROUP_SIZES: dict[int, int] = {OTO: 2, OCO: 2, OTOCO: 3}  # orders in a group


class Engine(Matching):
    """All books and balances; each public method applies a whole operation or raises before any change."""

    def __init__(self, markets: dict[int, Market], assets: dict[int, Asset], accounts: Accounts) -> None:
        super().__init__(markets, assets, accounts)
        self.next_order_index = FIRST_ORDER_INDEX

    def spot_markets(self) -> list[Market]:
        """The spot markets' definitions."""
        return [ms.market for ms in self.markets.values() if ms.market.is_spot]

    def _validate_spec(self, spec: OrderSpec, *, child: bool = False) -> MarketState:
        ms = self.market(spec.market_index)
        m = ms.market
        if spec.type not in _ORDER_TYPES:
            raise errors.invalid_param(f"invalid order type {spec.type}")
        if spec.type == OrderType.TWAP:
            raise ExchangeError(errors.UNSUPPORTED_TX, "twap orders are not supported by the local exchange")
        if spec.time_in_force not in _TIMES_IN_FORCE:
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
        if spec.type in (OrderType.LIMIT, OrderType.MARKET) and spec.trigger_price != 0:
            raise errors.invalid_param("trigger price must be 0 for limit and market orders")
        if spec.type == OrderType.MARKET and spec.time_in_force != TimeInForce.IMMEDIATE_OR_CANCEL:
            raise errors.invalid_param("market orders must be immediate-or-cancel")
        if m.is_spot and spec.reduce_only:
            raise errors.invalid_param("reduce-only is not allowed on spot markets")
        return ms

    def _new_order(self, acc: Account, spec: OrderSpec, nonce: int, attrs: dict[int, int]) -> Order:
        expiry = spec.order_expiry
        if spec.time_in_force == TimeInForce.IMMEDIATE_OR_CANCEL and spec.type in (
            OrderType.LIMIT,
            OrderType.MARKET,
        ):
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
            self_trade_mode=attrs.get(AttributeType.SELF_TRADE_BEHAVIOR_MODE, SelfTradeMode.EXPIRE_MAKER),
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
        if order.type not in TRIGGER_TYPES and order.time_in_force != TimeInForce.IMMEDIATE_OR_CANCEL:
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
        has_parent = grouping in (GroupingType.OTO, GroupingType.OTOCO)
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
            if parent.type not in TRIGGER_TYPES and parent.time_in_force != TimeInForce.IMMEDIATE_OR_CANCEL:
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
                if o.type not in TRIGGER_TYPES and o.time_in_force != TimeInForce.IMMEDIATE_OR_CANCEL:
                    self._check_funds(acc, o)
            for o in orders:
                if o.is_active:
                    self._admit(acc, o)
        return orders

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
        elif trigger_price != 0 and order.type in (OrderType.LIMIT, OrderType.MARKET):
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
