"""Apply one verified transaction to the exchange state.

Each handler either raises :class:`ExchangeError` before changing anything, or applies the whole
transaction. Handlers return a small ``event_info`` dict recorded with the transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from lighter.testing import errors, integrators
from lighter.testing.accounts import MASTER, Account, Accounts
from lighter.testing.book import OrderSpec
from lighter.testing.engine import Engine
from lighter.testing.errors import ExchangeError
from lighter.testing.markets import USDC_ASSET_ID, Asset
from lighter.transactions._checks import NIL_MARKET_INDEX
from lighter.transactions._enums import AttributeType, OtherTxType, RouteType, TxType

# tx types users may send (API-NOTES §3); everything else is refused as a wrong type
USER_TX_TYPES = frozenset({*TxType, *OtherTxType})
ROUTES = frozenset(RouteType)


class Ledger(Protocol):
    """What a handler reads and changes: the books, accounts and assets, the clock, the key registry and
    the histories. ``exchange.Exchange`` is the one implementation (it calls the handlers)."""

    engine: Engine
    accounts: Accounts
    assets: dict[int, Asset]

    def now_ms(self) -> int:
        """The exchange clock in ms."""

    def register_key(self, acc: Account, api_key_index: int, public_key_hex: str) -> None:
        """Register (or replace) an API key of ``acc``."""

    def record_withdraw(self, acc: Account, asset_index: int, amount: int) -> None:
        """Log a withdrawal for the history endpoints."""

    def record_transfer(self, acc: Account, to: Account, tx: Any) -> None:
        """Log a transfer for the history endpoint."""


Handler = Callable[[Ledger, Any, Account], dict[str, Any]]


def attributes_of(tx: Any) -> dict[int, int]:
    """The tx's ``L2TxAttributes`` as ``{type: value}``."""
    attrs = getattr(tx, "attributes", None)
    if attrs is None:
        return {}
    return dict(attrs.items())


def _spec(obj: Any) -> OrderSpec:
    return OrderSpec(
        market_index=obj.market_index,
        client_order_index=obj.client_order_index,
        base_amount=obj.base_amount,
        price=obj.price,
        is_ask=bool(obj.is_ask),
        type=obj.type,
        time_in_force=obj.time_in_force,
        reduce_only=bool(obj.reduce_only),
        trigger_price=obj.trigger_price,
        order_expiry=obj.order_expiry,
    )


def change_pub_key(ex: Ledger, tx: Any, acc: Account) -> dict[str, Any]:
    """ChangePubKey: register the API key (its L1 signature was checked before)."""
    ex.register_key(acc, tx.api_key_index, tx.pub_key.hex())
    return {"api_key_index": tx.api_key_index}


def create_sub_account(ex: Ledger, tx: Any, acc: Account) -> dict[str, Any]:
    """CreateSubAccount: a new sub-account owned by the same L1 address."""
    if acc.account_type != MASTER:
        raise ExchangeError(
            errors.INVALID_TX_TYPE,
            "invalid tx type for account: only a master account can create sub-accounts",
        )
    sub = ex.accounts.create_sub(acc, ex.now_ms())
    return {"sub_account_index": sub.index}


def _check_integrator(ex: Ledger, acc: Account, attrs: dict[int, int], market_index: int) -> None:
    ms = ex.engine.markets.get(market_index)
    if ms is not None:  # an unknown market is refused by the engine, with its own code
        integrators.check_order(acc, attrs, ms.market, ex.now_ms())


def create_order(ex: Ledger, tx: Any, acc: Account) -> dict[str, Any]:
    """CreateOrder: validate, admit and match one order."""
    _check_integrator(ex, acc, attributes_of(tx), tx.market_index)
    order = ex.engine.create_order(acc, _spec(tx), tx.nonce, attributes_of(tx))
    return {"order_index": order.order_index, "status": order.status}


def cancel_order(ex: Ledger, tx: Any, acc: Account) -> dict[str, Any]:
    """CancelOrder: cancel one of the account's active orders by index."""
    order = ex.engine.cancel(acc, tx.market_index, tx.index)
    return {"order_index": order.order_index}


def cancel_all(ex: Ledger, tx: Any, acc: Account) -> dict[str, Any]:
    """CancelAllOrders: now, scheduled at ``time``, or abort a scheduled one."""
    market = attributes_of(tx).get(AttributeType.CANCEL_ALL_MARKET_INDEX, NIL_MARKET_INDEX)
    ex.engine.cancel_all(acc, tx.time_in_force, tx.time, market)
    return {}


def modify_order(ex: Ledger, tx: Any, acc: Account) -> dict[str, Any]:
    """ModifyOrder: new size, price or trigger for a resting or pending order."""
    _check_integrator(ex, acc, attributes_of(tx), tx.market_index)
    order = ex.engine.modify(acc, tx.market_index, tx.index, tx.base_amount, tx.price, tx.trigger_price)
    return {"order_index": order.order_index, "status": order.status}


def grouped_orders(ex: Ledger, tx: Any, acc: Account) -> dict[str, Any]:
    """CreateGroupedOrders: OTO, OCO or OTOCO."""
    if tx.orders:
        _check_integrator(ex, acc, attributes_of(tx), tx.orders[0].market_index)
    orders = ex.engine.create_grouped(
        acc, tx.grouping_type, [_spec(o) for o in tx.orders], tx.nonce, attributes_of(tx)
    )
    return {"order_indexes": [o.order_index for o in orders]}


def update_leverage(ex: Ledger, tx: Any, acc: Account) -> dict[str, Any]:
    """UpdateLeverage: initial margin fraction and margin mode of a market."""
    ex.engine.update_leverage(acc, tx.market_index, tx.initial_margin_fraction, tx.margin_mode)
    return {}


def update_margin(ex: Ledger, tx: Any, acc: Account) -> dict[str, Any]:
    """UpdateMargin: add to or remove from an isolated position's margin."""
    ex.engine.update_margin(acc, tx.market_index, tx.usdc_amount, tx.direction)
    return {}


def withdraw(ex: Ledger, tx: Any, acc: Account) -> dict[str, Any]:
    """Withdraw: USDC from the perp route or an asset from the spot route."""
    _check_asset(ex, tx.asset_index, tx.route_type)
    if tx.amount <= 0:
        raise errors.invalid_param("amount must be positive")
    if tx.route_type == RouteType.PERP:
        ex.engine.withdraw_perp(acc, tx.amount)
    else:
        ex.engine.withdraw_spot(acc, tx.asset_index, tx.amount)
    ex.record_withdraw(acc, tx.asset_index, tx.amount)
    return {}


def _check_asset(ex: Ledger, asset_index: int, route: int) -> None:
    if asset_index not in ex.assets:
        raise errors.invalid_param(f"unknown asset {asset_index}")
    if route not in ROUTES:
        raise errors.invalid_param(f"invalid route type {route}")
    if route == RouteType.PERP and asset_index != USDC_ASSET_ID:
        raise errors.invalid_param("the perp route holds USDC only")


def transfer(ex: Ledger, tx: Any, acc: Account) -> dict[str, Any]:
    """Transfer: move an asset between accounts and routes."""
    to = ex.accounts.get(tx.to_account_index)
    if to is None:
        raise ExchangeError(errors.ACCOUNT_NOT_FOUND, "account not found")
    _check_asset(ex, tx.asset_index, tx.from_route_type)
    _check_asset(ex, tx.asset_index, tx.to_route_type)
    if tx.amount <= 0:
        raise errors.invalid_param("amount must be positive")
    if to is acc and tx.from_route_type == tx.to_route_type:
        raise errors.invalid_param("transfer to the same account and route")
    total = tx.amount + (tx.usdc_fee if tx.asset_index == USDC_ASSET_ID else 0)
    if tx.from_route_type == RouteType.PERP:
        ex.engine.withdraw_perp(acc, total)
    else:
        ex.engine.withdraw_spot(acc, tx.asset_index, total)
    if tx.to_route_type == RouteType.PERP:
        to.collateral += tx.amount
    else:
        to.assets[tx.asset_index] = to.assets.get(tx.asset_index, 0) + tx.amount
    ex.engine.events.accounts.update((acc.index, to.index))
    ex.record_transfer(acc, to, tx)
    return {"to_account_index": to.index}


def update_account_config(ex: Ledger, tx: Any, acc: Account) -> dict[str, Any]:
    """UpdateAccountConfig: the account's trading mode."""
    acc.trading_mode = tx.account_trading_mode
    ex.engine.events.accounts.add(acc.index)
    return {}


def update_account_asset_config(ex: Ledger, tx: Any, acc: Account) -> dict[str, Any]:
    """UpdateAccountAssetConfig: whether a spot asset counts as margin."""
    if tx.asset_index not in ex.assets:
        raise errors.invalid_param(f"unknown asset {tx.asset_index}")
    acc.asset_margin_modes[tx.asset_index] = tx.asset_margin_mode
    ex.engine.events.accounts.add(acc.index)
    return {}


def approve_integrator(ex: Ledger, tx: Any, acc: Account) -> dict[str, Any]:
    """ApproveIntegrator: record an integrator's fee limits and expiry (expiry 0 revokes)."""
    integrators.approve(ex.accounts, acc, tx)
    ex.engine.events.accounts.add(acc.index)
    return {}


HANDLERS: dict[int, Handler] = {
    TxType.CHANGE_PUB_KEY: change_pub_key,
    TxType.CREATE_SUB_ACCOUNT: create_sub_account,
    TxType.TRANSFER: transfer,
    TxType.WITHDRAW: withdraw,
    TxType.CREATE_ORDER: create_order,
    TxType.CANCEL_ORDER: cancel_order,
    TxType.CANCEL_ALL_ORDERS: cancel_all,
    TxType.MODIFY_ORDER: modify_order,
    TxType.UPDATE_LEVERAGE: update_leverage,
    TxType.CREATE_GROUPED_ORDERS: grouped_orders,
    TxType.UPDATE_MARGIN: update_margin,
    TxType.UPDATE_ACCOUNT_CONFIG: update_account_config,
    TxType.UPDATE_ACCOUNT_ASSET_CONFIG: update_account_asset_config,
    TxType.APPROVE_INTEGRATOR: approve_integrator,
}
