"""Typed read models: what the areas of `Lighter` and `AsyncLighter` return.

Frozen attrs classes with `Decimal` for every price, size and amount, timezone-aware UTC `datetime` for
every time, enums for sides and statuses, and `None` where the exchange's zero means "none" (a liquidation
price of "0", a trigger price of "0"). Each has `to_dict()` (plain values, for JSON or a DataFrame) and a
short repr. `lighter.models._convert` is the one place that builds them from the exchange's answers; the
raw generated models stay reachable as ``client.api.<operation>(...)``.

>>> for p in client.account.positions():
...     print(p.symbol, p.size, "@", p.entry_price, "uPnL", p.unrealized_pnl)
"""

from __future__ import annotations

import enum
from datetime import datetime
from decimal import Decimal
from typing import Any, cast

import attrs


class _Enum(str, enum.Enum):
    """A string enum that prints as its value (``print(order.side)`` -> ``buy``)."""

    def __str__(self) -> str:
        return str(self.value)


class Side(_Enum):
    """Buy or sell (an ask is a sell)."""

    BUY = "buy"
    SELL = "sell"


class Role(_Enum):
    """Whether this account's side of a fill rested on the book (maker) or crossed it (taker)."""

    MAKER = "maker"
    TAKER = "taker"


class OrderStatus(_Enum):
    """The exchange's order status without its reason: ``canceled-post-only`` is CANCELLED with
    ``status_reason="post-only"``."""

    IN_PROGRESS = "in-progress"
    PENDING = "pending"
    OPEN = "open"
    FILLED = "filled"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"


class OrderType(_Enum):
    """The exchange's order type; UNKNOWN for values this SDK does not know yet."""

    LIMIT = "limit"
    MARKET = "market"
    STOP_LOSS = "stop-loss"
    STOP_LOSS_LIMIT = "stop-loss-limit"
    TAKE_PROFIT = "take-profit"
    TAKE_PROFIT_LIMIT = "take-profit-limit"
    TWAP = "twap"
    TWAP_SUB = "twap-sub"
    LIQUIDATION = "liquidation"
    UNKNOWN = "unknown"


class TimeInForce(_Enum):
    """How long an order may rest; UNKNOWN for values this SDK does not know yet."""

    GOOD_TILL_TIME = "good-till-time"
    IMMEDIATE_OR_CANCEL = "immediate-or-cancel"
    POST_ONLY = "post-only"
    UNKNOWN = "unknown"


class MarginMode(_Enum):
    """Cross or isolated margin of a position."""

    CROSS = "cross"
    ISOLATED = "isolated"
    UNKNOWN = "unknown"


class TxState(_Enum):
    """Where a transaction is: queued (PENDING), applied (EXECUTED), or refused by the sequencer (FAILED)."""

    PENDING = "pending"
    EXECUTED = "executed"
    FAILED = "failed"
    UNKNOWN = "unknown"


class OrderState(_Enum):
    """What became of an order, in a trader's words (see `OrderResult`)."""

    FILLED = "filled"
    PARTIALLY_FILLED = "partially_filled"
    RESTING = "resting"
    PENDING = "pending"
    """A trigger order waiting for its trigger price."""
    CANCELLED = "cancelled"
    REJECTED = "rejected"
    """The transaction failed, or the exchange cancelled the order at once with a reason
    (post-only would cross, too much slippage, not enough margin...) before anything filled."""
    EXECUTED = "executed"
    """Not an order: the transaction was applied."""
    UNKNOWN = "unknown"


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return value.to_dict()
    return value


class _Model:
    """to_dict() and a repr that shows only the fields that say something."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """Field name -> value (Decimal, datetime, None, str for enums, lists for tuples)."""
        return {f.name: _plain(getattr(self, f.name)) for f in attrs.fields(cast(Any, type(self))) if f.repr}

    def __repr__(self) -> str:
        parts = []
        for f in attrs.fields(cast(Any, type(self))):
            value = getattr(self, f.name)
            if not f.repr or value is None:
                continue
            if isinstance(value, enum.Enum):
                text = value.value
            elif isinstance(value, datetime):
                text = value.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3] + "Z"
            elif isinstance(value, Decimal):
                text = str(value)
            else:
                text = repr(value)
            parts.append(f"{f.name}={text}")
        return f"{type(self).__name__}({', '.join(parts)})"


@attrs.frozen(repr=False)
class Position(_Model):
    """A perp position: `size` is signed (negative = short)."""

    market_id: int
    symbol: str
    size: Decimal
    entry_price: Decimal | None
    mark_price: Decimal | None
    """Position value / |size| (the exchange values positions at the mark price); None when flat."""
    position_value: Decimal
    unrealized_pnl: Decimal
    realized_pnl: Decimal
    liquidation_price: Decimal | None
    leverage: Decimal | None
    """1 / initial margin fraction (sent as a percent: "20.00" -> 5x)."""
    margin_mode: MarginMode
    allocated_margin: Decimal
    funding_paid: Decimal | None
    open_order_count: int

    @property
    def side(self) -> Side | None:
        """BUY for a long, SELL for a short, None when flat."""
        return None if not self.size else (Side.BUY if self.size > 0 else Side.SELL)


@attrs.frozen(repr=False)
class Order(_Model):
    """An order as the exchange keeps it: `size` is the initial size, `filled` + `remaining` what became
    of it, `average_fill_price` = filled quote / filled size (None before the first fill)."""

    order_index: int
    client_order_index: int
    market_id: int
    account_index: int
    side: Side
    type: OrderType
    time_in_force: TimeInForce
    status: OrderStatus
    status_reason: str | None
    """The part after ``canceled-`` (``post-only``, ``expired``, ``too-much-slippage``...), else None."""
    price: Decimal
    size: Decimal
    filled: Decimal
    remaining: Decimal
    filled_quote: Decimal
    average_fill_price: Decimal | None
    trigger_price: Decimal | None
    reduce_only: bool
    created_at: datetime | None
    updated_at: datetime | None
    expires_at: datetime | None
    nonce: int | None
    block_height: int | None

    @property
    def is_active(self) -> bool:
        """Still on the book or waiting for its trigger."""
        return self.status in (OrderStatus.OPEN, OrderStatus.PENDING, OrderStatus.IN_PROGRESS)


@attrs.frozen(repr=False)
class Trade(_Model):
    """A public trade of a market. `side` is the taker's side."""

    trade_id: int
    market_id: int
    side: Side
    price: Decimal
    size: Decimal
    quote: Decimal
    """USDC value (``usd_amount``)."""
    ask_order_index: int
    bid_order_index: int
    ask_account_index: int
    bid_account_index: int
    type: str
    time: datetime | None
    tx_hash: str | None
    block_height: int | None


@attrs.frozen(repr=False)
class Fill(_Model):
    """One trade of this account: its side, role, fee and realised PnL."""

    trade_id: int
    market_id: int
    order_index: int
    account_index: int
    side: Side
    role: Role
    price: Decimal
    size: Decimal
    quote: Decimal
    fee: Decimal | None
    """USDC paid (negative: a rebate); None when the exchange did not say."""
    realized_pnl: Decimal | None
    time: datetime | None
    tx_hash: str | None
    block_height: int | None


@attrs.frozen(repr=False)
class Balance(_Model):
    """One asset's balance: `available` = `total` - `locked`."""

    asset_id: int
    symbol: str
    total: Decimal
    locked: Decimal
    available: Decimal
    margin_balance: Decimal | None


@attrs.frozen(repr=False)
class Balances(_Model):
    """The account's collateral and per-asset balances (``account.balances()``)."""

    account_index: int
    collateral: Decimal
    available_balance: Decimal
    total_asset_value: Decimal
    cross_asset_value: Decimal | None
    assets: tuple[Balance, ...]

    def __getitem__(self, symbol: str) -> Balance:
        """The balance of one asset by symbol: ``balances["USDC"]``."""
        for b in self.assets:
            if b.symbol == symbol:
                return b
        raise KeyError(symbol)


@attrs.frozen(repr=False)
class Candle(_Model):
    """One OHLCV bucket; `time` is its start."""

    market_id: int
    resolution: str
    time: datetime
    open: Decimal
    high: Decimal
    low: Decimal
    close: Decimal
    volume: Decimal
    """Base volume."""
    quote_volume: Decimal
    last_trade_id: int | None


@attrs.frozen(repr=False)
class Funding(_Model):
    """One funding settlement of a market (``market_data.fundings``)."""

    market_id: int
    time: datetime
    rate: Decimal
    value: Decimal
    direction: str
    """``long`` (longs paid shorts) or ``short``."""


@attrs.frozen(repr=False)
class FundingPayment(_Model):
    """Funding paid (negative) or received by one of this account's positions."""

    market_id: int
    funding_id: int | None
    time: datetime | None
    change: Decimal
    rate: Decimal | None
    position_size: Decimal | None
    position_side: str | None
    discount: Decimal | None


@attrs.frozen(repr=False)
class Transfer(_Model):
    """A transfer in or out of the account (``transfer/history``)."""

    id: str
    type: str
    time: datetime | None
    asset_id: int | None
    amount: Decimal
    fee: Decimal | None
    from_account_index: int | None
    to_account_index: int | None
    from_route: str | None
    to_route: str | None
    tx_hash: str | None


@attrs.frozen(repr=False)
class PnlPoint(_Model):
    """One point of the account's PnL history (``pnl``)."""

    time: datetime
    trade_pnl: Decimal | None
    inflow: Decimal | None
    outflow: Decimal | None
    pool_pnl: Decimal | None
    volume: Decimal | None


@attrs.frozen(repr=False)
class TxStatus(_Model):
    """A transaction as the exchange recorded it (``GET /api/v1/tx``)."""

    tx_hash: str
    tx_type: int | None
    state: TxState
    status_code: int | None
    account_index: int | None
    nonce: int | None
    block_height: int | None
    queued_at: datetime | None
    executed_at: datetime | None
    event_info: dict[str, Any] | None = attrs.field(default=None, repr=False)

    @property
    def is_done(self) -> bool:
        """Executed or failed: nothing more will happen to it."""
        return self.state in (TxState.EXECUTED, TxState.FAILED)


@attrs.frozen(repr=False)
class OrderResult(_Model):
    """What became of a sent transaction, from the exchange's own records (``create_order(wait=True)``,
    ``TxResult.wait()``): the tx, and for orders the order's status and its fills.

    `filled` and `average_price` come from the fills (the trades the exchange recorded for the order);
    `fees` is their sum. `state` says it in a trader's words: filled, partially_filled, resting, pending
    (a trigger order), cancelled, rejected, or executed for transactions that are not orders.
    """

    tx_hash: str
    state: OrderState
    tx: TxStatus
    order: Order | None = None
    filled: Decimal = Decimal(0)
    average_price: Decimal | None = None
    fees: Decimal = Decimal(0)
    fills: tuple[Fill, ...] = ()
    reason: str | None = None
    """Why the order was rejected or cancelled (the exchange's status reason or tx error)."""

    @property
    def status(self) -> OrderState:
        """The same as `state` (ccxt-style name)."""
        return self.state


__all__ = [
    "Balance",
    "Balances",
    "Candle",
    "Fill",
    "Funding",
    "FundingPayment",
    "MarginMode",
    "Order",
    "OrderResult",
    "OrderState",
    "OrderStatus",
    "OrderType",
    "PnlPoint",
    "Position",
    "Role",
    "Side",
    "TimeInForce",
    "Trade",
    "Transfer",
    "TxState",
    "TxStatus",
]
