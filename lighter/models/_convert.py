"""The one place that turns the exchange's answers (generated models or their JSON dicts) into read models.

Units, as recorded on the real exchange: order ``timestamp``/``created_at``/``updated_at`` in seconds,
``order_expiry`` and trade/candle times in milliseconds, funding times in seconds. The spec says times are
"seconds or milliseconds depending on the endpoint", so :func:`utc` reads the unit from the magnitude
(a value below 10^11 is seconds until the year 5138; up to 10^14 milliseconds; beyond that microseconds).
Anything that does not fit raises `APIResponseValidationError` naming the field, never a bare crash.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar, cast

from lighter._errors import APIResponseValidationError
from lighter.models import (
    Balance,
    Balances,
    Candle,
    Fill,
    Funding,
    FundingPayment,
    MarginMode,
    Order,
    OrderStatus,
    OrderType,
    PnlPoint,
    Position,
    Role,
    Side,
    TimeInForce,
    Trade,
    Transfer,
    TxState,
    TxStatus,
)

T = TypeVar("T")
ZERO = Decimal(0)
FEE_TICK = Decimal(1_000_000)  # trade fees are rates in millionths (API-NOTES: FeeTick = 1_000_000)
_SECONDS_BELOW = 10**11
_MILLIS_BELOW = 10**14
TX_PENDING, TX_EXECUTED = 1, 2
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def as_dict(raw: Any) -> Mapping[str, Any]:
    """A generated model's JSON dict (``to_dict()``), or the mapping itself."""
    if isinstance(raw, Mapping):
        return raw
    to_dict = getattr(raw, "to_dict", None)
    if to_dict is None:
        raise APIResponseValidationError(f"expected an object from the exchange, got {type(raw).__name__}")
    return cast(Mapping[str, Any], to_dict())


def dec(value: Any) -> Decimal:
    """Decimal of a decimal string, int or float (a float by its shortest repr: 3236.86, not 3236.859...)."""
    if type(value) is str:  # the common case first: decimal strings
        result = Decimal(value)
        if result.is_finite():
            return result
        raise ValueError(f"not a finite number: {value!r}")
    if type(value) is float:  # candles and PnL: JSON doubles, by their shortest repr
        result = Decimal(repr(value))
        if result.is_finite():
            return result
        raise ValueError(f"not a finite number: {value!r}")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool) or value is None:
        raise ValueError(f"not a number: {value!r}")
    result = Decimal(str(value) if not isinstance(value, str) else value.strip())
    if not result.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return result


def dec_or_none(value: Any, *, zero_is_none: bool = False) -> Decimal | None:
    """Decimal, or None for a missing value (and for zero when the exchange's zero means none)."""
    if value is None or value == "":
        return None
    result = dec(value)
    return None if zero_is_none and not result else result


def utc(value: Any) -> datetime | None:
    """A timezone-aware UTC datetime from unix seconds, milliseconds or microseconds; 0/None -> None."""
    if value is None or value == "":
        return None
    number = int(value)
    if number <= 0:
        return None
    if number < _SECONDS_BELOW:
        return EPOCH + timedelta(seconds=number)
    if number < _MILLIS_BELOW:
        return EPOCH + timedelta(milliseconds=number)
    return EPOCH + timedelta(microseconds=number)


def _required_time(value: Any) -> datetime:
    stamp = utc(value)
    if stamp is None:
        raise ValueError(f"missing time: {value!r}")
    return stamp


def _int_or_none(value: Any) -> int | None:
    return None if value is None or value == "" else int(value)


def _enum(cls: type[Any], value: Any) -> Any:
    return cls._value2member_map_.get(value, cls.UNKNOWN)


def convert(what: str, fn: Callable[[Mapping[str, Any]], T], raw: Any) -> T:
    """``fn(as_dict(raw))``, with any malformed value turned into one typed error naming `what`."""
    data = as_dict(raw)
    try:
        return fn(data)
    except (KeyError, ValueError, TypeError, InvalidOperation, OverflowError, ArithmeticError) as exc:
        raise APIResponseValidationError(
            f"the exchange sent a {what} this SDK cannot read ({type(exc).__name__}: {exc})"
        ) from None


def convert_all(what: str, fn: Callable[[Mapping[str, Any]], T], items: Iterable[Any] | None) -> list[T]:
    """`convert` for each item of a list (None = empty)."""
    return [convert(what, fn, item) for item in items or ()]


# -- positions and balances ------------------------------------------------------------------------------


def _position(p: Mapping[str, Any]) -> Position:
    size = dec(p["position"])
    if int(p.get("sign") or 1) < 0:
        size = -size
    value = dec(p.get("position_value") or 0)
    imf = dec_or_none(p.get("initial_margin_fraction"), zero_is_none=True)
    return Position(
        market_id=int(p["market_id"]),
        symbol=str(p.get("symbol") or ""),
        size=size,
        entry_price=dec_or_none(p.get("avg_entry_price"), zero_is_none=True) if size else None,
        mark_price=(value / abs(size)) if size else None,
        position_value=value,
        unrealized_pnl=dec(p.get("unrealized_pnl") or 0),
        realized_pnl=dec(p.get("realized_pnl") or 0),
        liquidation_price=dec_or_none(p.get("liquidation_price"), zero_is_none=True),
        leverage=_leverage(imf),
        margin_mode={0: MarginMode.CROSS, 1: MarginMode.ISOLATED}.get(
            _int_or_none(p.get("margin_mode")) or 0, MarginMode.UNKNOWN
        ),
        allocated_margin=dec(p.get("allocated_margin") or 0),
        funding_paid=dec_or_none(p.get("total_funding_paid_out")),
        open_order_count=int(p.get("open_order_count") or 0),
    )


def _leverage(imf: Decimal | None) -> Decimal | None:
    """1 / initial margin fraction. The exchange sends the fraction as a percent ("20.00" = 5x, API-NOTES);
    a value below 1 can only be a plain fraction ("0.0500" = 20x, as in published examples)."""
    if not imf:
        return None
    return ((Decimal(100) if imf >= 1 else Decimal(1)) / imf).quantize(Decimal("0.01"))


def position(raw: Any) -> Position:
    """A `Position` from an ``AccountPosition``."""
    return convert("position", _position, raw)


def positions_of_account(raw_account: Any) -> list[Position]:
    """The open positions of one ``DetailedAccount`` (flat entries left out)."""
    data = as_dict(raw_account)
    found = convert_all("position", _position, data.get("positions"))
    return [p for p in found if p.size]


def _balance(a: Mapping[str, Any]) -> Balance:
    total, locked = dec(a.get("balance") or 0), dec(a.get("locked_balance") or 0)
    return Balance(
        asset_id=int(a["asset_id"]),
        symbol=str(a.get("symbol") or ""),
        total=total,
        locked=locked,
        available=total - locked,
        margin_balance=dec_or_none(a.get("margin_balance")),
    )


def _balances(acc: Mapping[str, Any]) -> Balances:
    return Balances(
        account_index=int(acc.get("account_index", acc.get("index", 0))),
        collateral=dec(acc.get("collateral") or 0),
        available_balance=dec(acc.get("available_balance") or 0),
        total_asset_value=dec(acc.get("total_asset_value") or 0),
        cross_asset_value=dec_or_none(acc.get("cross_asset_value")),
        assets=tuple(_balance(a) for a in acc.get("assets") or ()),
    )


def balances_of_account(raw_account: Any) -> Balances:
    """The `Balances` of one ``DetailedAccount``."""
    return convert("account balance", _balances, raw_account)


# -- orders, trades, fills ---------------------------------------------------------------------------------


def _status(text: str) -> tuple[OrderStatus, str | None]:
    if text.startswith("canceled") or text.startswith("cancelled"):
        reason = text.partition("-")[2]
        return OrderStatus.CANCELLED, reason or None
    return _enum(OrderStatus, text), None


def _order(o: Mapping[str, Any]) -> Order:
    size = dec(o["initial_base_amount"])
    filled = dec(o.get("filled_base_amount") or 0)
    filled_quote = dec(o.get("filled_quote_amount") or 0)
    status, reason = _status(str(o.get("status") or ""))
    tif = str(o.get("time_in_force") or "")
    return Order(
        order_index=int(o["order_index"]),
        client_order_index=int(o.get("client_order_index") or 0),
        market_id=int(o["market_index"]),
        account_index=int(o.get("owner_account_index") or 0),
        side=Side.SELL if o.get("is_ask") else Side.BUY,
        type=_enum(OrderType, o.get("type")),
        time_in_force=_enum(TimeInForce, tif),
        status=status,
        status_reason=reason,
        price=dec(o["price"]),
        size=size,
        filled=filled,
        remaining=dec(o.get("remaining_base_amount") or 0),
        filled_quote=filled_quote,
        average_fill_price=(filled_quote / filled) if filled else None,
        trigger_price=dec_or_none(o.get("trigger_price"), zero_is_none=True),
        reduce_only=bool(o.get("reduce_only")),
        created_at=utc(o.get("created_at")),
        updated_at=utc(o.get("updated_at") or o.get("timestamp")),
        expires_at=utc(o.get("order_expiry")),
        nonce=_int_or_none(o.get("nonce")),
        block_height=_int_or_none(o.get("block_height")),
    )


def order(raw: Any) -> Order:
    """An `Order` from an ``Order``."""
    return convert("order", _order, raw)


def orders(items: Iterable[Any] | None) -> list[Order]:
    """`Order`s from a list of ``Order``."""
    return convert_all("order", _order, items)


def _trade(t: Mapping[str, Any]) -> Trade:
    return Trade(
        trade_id=int(t["trade_id"]),
        market_id=int(t["market_id"]),
        side=Side.BUY if t.get("is_maker_ask") else Side.SELL,
        price=dec(t["price"]),
        size=dec(t["size"]),
        quote=dec(t.get("usd_amount") or 0),
        ask_order_index=int(t.get("ask_id") or 0),
        bid_order_index=int(t.get("bid_id") or 0),
        ask_account_index=int(t.get("ask_account_id") or 0),
        bid_account_index=int(t.get("bid_account_id") or 0),
        type=str(t.get("type") or "trade"),
        time=utc(t.get("timestamp")),
        tx_hash=t.get("tx_hash") or None,
        block_height=_int_or_none(t.get("block_height")),
    )


def trades(items: Iterable[Any] | None) -> list[Trade]:
    """`Trade`s from a list of ``Trade``."""
    return convert_all("trade", _trade, items)


def _fill(t: Mapping[str, Any], account_index: int) -> Fill:
    is_ask = int(t.get("ask_account_id") or -1) == account_index
    if not is_ask and int(t.get("bid_account_id") or -1) != account_index:
        raise ValueError(f"trade {t.get('trade_id')} is not a trade of account {account_index}")
    maker = bool(t.get("is_maker_ask")) == is_ask
    quote = dec(t.get("usd_amount") or 0)
    rate = t.get("maker_fee" if maker else "taker_fee")
    pnl = t.get("ask_account_pnl" if is_ask else "bid_account_pnl")
    return Fill(
        trade_id=int(t["trade_id"]),
        market_id=int(t["market_id"]),
        order_index=int(t.get("ask_id" if is_ask else "bid_id") or 0),
        account_index=account_index,
        side=Side.SELL if is_ask else Side.BUY,
        role=Role.MAKER if maker else Role.TAKER,
        price=dec(t["price"]),
        size=dec(t["size"]),
        quote=quote,
        fee=None if rate is None or rate == "" else quote * dec(rate) / FEE_TICK,
        realized_pnl=dec_or_none(pnl),
        time=utc(t.get("timestamp")),
        tx_hash=t.get("tx_hash") or None,
        block_height=_int_or_none(t.get("block_height")),
    )


def fills(items: Iterable[Any] | None, account_index: int) -> list[Fill]:
    """This account's side of each trade (trades of other accounts are an error: wrong query)."""
    return convert_all("fill", lambda t: _fill(t, account_index), items)


# -- market history ---------------------------------------------------------------------------------------


def candles(items: Iterable[Any] | None, *, market_id: int, resolution: str) -> list[Candle]:
    """`Candle`s from the ``c`` list of a ``candles`` answer (times in ms, floats by their repr)."""

    def one(c: Mapping[str, Any]) -> Candle:
        return Candle(
            market_id=market_id,
            resolution=resolution,
            time=_required_time(c["t"]),
            open=dec(c["o"]),
            high=dec(c["h"]),
            low=dec(c["l"]),
            close=dec(c["c"]),
            volume=dec(c.get("v") or 0),
            quote_volume=dec(c.get("V") or 0),
            last_trade_id=_int_or_none(c.get("i")),
        )

    return convert_all("candle", one, items)


def fundings(items: Iterable[Any] | None, *, market_id: int) -> list[Funding]:
    """`Funding`s from the ``fundings`` list of a ``fundings`` answer."""

    def one(f: Mapping[str, Any]) -> Funding:
        return Funding(
            market_id=market_id,
            time=_required_time(f["timestamp"]),
            rate=dec(f["rate"]),
            value=dec(f.get("value") or 0),
            direction=str(f.get("direction") or ""),
        )

    return convert_all("funding", one, items)


def _funding_payment(p: Mapping[str, Any]) -> FundingPayment:
    return FundingPayment(
        market_id=int(p.get("market_id") or 0),
        funding_id=_int_or_none(p.get("funding_id")),
        time=utc(p.get("timestamp")),
        change=dec(p.get("change") or 0),
        rate=dec_or_none(p.get("rate")),
        position_size=dec_or_none(p.get("position_size")),
        position_side=p.get("position_side") or None,
        discount=dec_or_none(p.get("discount")),
    )


def funding_payments(items: Iterable[Any] | None) -> list[FundingPayment]:
    """`FundingPayment`s from a ``positionFunding`` answer."""
    return convert_all("position funding", _funding_payment, items)


def _transfer(t: Mapping[str, Any]) -> Transfer:
    return Transfer(
        id=str(t.get("id") or ""),
        type=str(t.get("type") or ""),
        time=utc(t.get("timestamp")),
        asset_id=_int_or_none(t.get("asset_id")),
        amount=dec(t.get("amount") or 0),
        fee=dec_or_none(t.get("fee")),
        from_account_index=_int_or_none(t.get("from_account_index")),
        to_account_index=_int_or_none(t.get("to_account_index")),
        from_route=t.get("from_route") or None,
        to_route=t.get("to_route") or None,
        tx_hash=t.get("tx_hash") or None,
    )


def transfers(items: Iterable[Any] | None) -> list[Transfer]:
    """`Transfer`s from a ``transfer/history`` answer."""
    return convert_all("transfer", _transfer, items)


def _pnl(p: Mapping[str, Any]) -> PnlPoint:
    return PnlPoint(
        time=_required_time(p["timestamp"]),
        trade_pnl=dec_or_none(p.get("trade_pnl")),
        inflow=dec_or_none(p.get("inflow")),
        outflow=dec_or_none(p.get("outflow")),
        pool_pnl=dec_or_none(p.get("pool_pnl")),
        volume=dec_or_none(p.get("volume")),
    )


def pnl(items: Iterable[Any] | None) -> list[PnlPoint]:
    """`PnlPoint`s from a ``pnl`` answer."""
    return convert_all("pnl entry", _pnl, items)


# -- transactions -----------------------------------------------------------------------------------------


def _event_info(value: Any) -> dict[str, Any] | None:
    if isinstance(value, Mapping):
        return dict(value)
    if not isinstance(value, str) or not value.strip():
        return None
    try:  # a string inside an already size-bounded body; deep nesting ends in RecursionError
        parsed = json.loads(value)
    except (ValueError, RecursionError):
        return None
    return parsed if isinstance(parsed, dict) else None


def _tx(t: Mapping[str, Any]) -> TxStatus:
    code = _int_or_none(t.get("status"))
    if code is None:
        state = TxState.UNKNOWN
    elif code == TX_PENDING:
        state = TxState.PENDING
    elif code >= TX_EXECUTED:
        state = TxState.EXECUTED
    else:
        state = TxState.EXECUTED if t.get("executed_at") else TxState.FAILED
    return TxStatus(
        tx_hash=str(t.get("hash") or ""),
        tx_type=_int_or_none(t.get("type")),
        state=state,
        status_code=code,
        account_index=_int_or_none(t.get("account_index")),
        nonce=_int_or_none(t.get("nonce")),
        block_height=_int_or_none(t.get("block_height")),
        queued_at=utc(t.get("queued_at")),
        executed_at=utc(t.get("executed_at")),
        event_info=_event_info(t.get("event_info")),
    )


def tx_status(raw: Any) -> TxStatus:
    """A `TxStatus` from a ``Tx`` (``GET /api/v1/tx``)."""
    return convert("transaction", _tx, raw)
