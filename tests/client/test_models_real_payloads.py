"""Read models from recorded real payloads (tests/data/real-payloads): units, signs, "zero means none",
enums, reprs, to_dict, tables; hostile values end in one typed error."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from lighter._errors import APIResponseValidationError
from lighter._extras import MissingExtraError
from lighter.markets import MarketTable
from lighter.models import (
    MarginMode,
    OrderState,
    OrderStatus,
    OrderType,
    Role,
    Side,
    TimeInForce,
    TxState,
)
from lighter.models import _convert as C
from lighter.resources._settle import order_state, summarize

PAYLOADS = Path(__file__).resolve().parents[1] / "data" / "real-payloads"


def payload(name: str) -> Any:
    return json.loads((PAYLOADS / name).read_text())


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def test_orders_of_the_real_exchange_carry_seconds_and_millisecond_expiries() -> None:
    [first, _] = C.orders(payload("rest/accountActiveOrders__1.json")["orders"])  # REAL-RECORDED, mainnet
    assert (first.order_index, first.client_order_index, first.market_id) == (
        844423989556373,
        1765388099432,
        1,
    )
    assert (first.side, first.type, first.time_in_force, first.status) == (
        Side.BUY,
        OrderType.LIMIT,
        TimeInForce.GOOD_TILL_TIME,
        OrderStatus.OPEN,
    )
    assert (first.price, first.size, first.remaining, first.filled) == (
        Decimal("83123.5"),
        Decimal("0.00060"),
        Decimal("0.00060"),
        Decimal("0.00000"),
    )
    assert first.average_fill_price is None and first.trigger_price is None  # "0.0" means no trigger
    assert first.created_at == utc(2025, 12, 10, 17, 35, 0)  # 1765388100 s
    assert first.expires_at == utc(2026, 1, 7, 17, 34, 59, 432000)  # 1767807299432 ms
    # the schema fixture (EXAMPLE) writes its times in ms: read as the same kind of instant, not year 57000
    [fixture] = C.orders(payload("rest/accountInactiveOrders__2.json")["orders"])
    assert fixture.created_at == utc(2026, 5, 5, 0, 36, 23, 576000) and fixture.side is Side.SELL
    text = repr(first)
    assert text.startswith("Order(order_index=844423989556373,") and "price=83123.5" in text
    assert "Unset" not in text and "None" not in text
    assert first.to_dict()["side"] == "buy" and first.to_dict()["price"] == Decimal("83123.5")


def test_positions_are_signed_and_zero_liquidation_price_is_none() -> None:
    frame = payload("ws/account_all_positions__1.json")
    [position] = [C.position(p) for p in frame["positions"].values()]
    assert (position.size, position.entry_price, position.liquidation_price) == (
        Decimal("1.5000"),
        Decimal("2350.10"),
        Decimal("1900.00"),
    )
    assert position.mark_price == Decimal("3525.15") / Decimal("1.5000")
    assert (position.leverage, position.margin_mode, position.side) == (
        Decimal("20.00"),
        MarginMode.CROSS,
        Side.BUY,
    )
    percent = {"initial_margin_fraction": "20.00"}  # as the exchange sends it (API-NOTES): 5x
    short = C.position(
        {**frame["positions"]["0"], "sign": -1, "liquidation_price": "0", "margin_mode": 1, **percent}
    )
    assert short.leverage == Decimal("5.00")
    assert (short.size, short.side, short.liquidation_price, short.margin_mode) == (
        Decimal("-1.5000"),
        Side.SELL,
        None,
        MarginMode.ISOLATED,
    )


def test_balances_of_a_recorded_account() -> None:
    account = payload("rest/account__1.json")["accounts"][0]
    balances = C.balances_of_account(account)
    assert (balances.account_index, balances.collateral, balances.available_balance) == (
        1077,
        Decimal("9100.242706"),
        Decimal("12606.880799"),
    )
    usdc = balances["USDC"]
    assert (usdc.total, usdc.locked, usdc.available) == (
        Decimal("989.000000"),
        Decimal("100.000000"),
        Decimal("889"),
    )
    assert C.positions_of_account(account) == []


def test_trades_fills_candles_and_fundings_in_their_units() -> None:
    [trade] = C.trades(payload("rest/recentTrades__1.json")["trades"])
    assert (trade.side, trade.price, trade.size, trade.quote) == (
        Side.SELL,  # is_maker_ask false: the maker was the bid, so the taker sold
        Decimal("2385.57"),
        Decimal("0.0003"),
        Decimal("0.715671"),
    )
    assert trade.time == datetime.fromtimestamp(1792497687, tz=timezone.utc).replace(microsecond=525000)  # ms
    frame = payload("ws/account_all_trades__1.json")
    [fill] = C.fills(frame["trades"]["0"], 1234)
    assert (fill.side, fill.role, fill.order_index) == (Side.BUY, Role.TAKER, 562947905631053)
    assert fill.fee == Decimal("314.324728") * 196 / 1_000_000  # fees are rates in millionths
    [maker_side] = C.fills(frame["trades"]["0"], 91249)
    assert (maker_side.side, maker_side.role, maker_side.fee) == (
        Side.SELL,
        Role.MAKER,
        Decimal("314.324728") * 28 / 1_000_000,
    )
    with pytest.raises(APIResponseValidationError, match="fill"):
        C.fills(frame["trades"]["0"], 5)  # not a trade of that account
    [candle] = C.candles(payload("rest/candles__2.json")["c"], market_id=0, resolution="1m")
    assert (candle.time, candle.open, candle.close, candle.volume) == (
        utc(2026, 1, 6, 11, 55),
        Decimal("3236.86"),  # a JSON float, taken by its shortest repr
        Decimal("3235.39"),
        Decimal("55.1632"),
    )
    fundings = C.fundings(payload("rest/fundings__1.json")["fundings"], market_id=0)
    assert [(f.time, f.rate, f.direction) for f in fundings] == [
        (utc(2026, 5, 13, 20, 0), Decimal("0.0012"), "long"),
        (utc(2026, 5, 13, 21, 0), Decimal("0.0002"), "short"),
    ]


def test_hostile_values_end_in_one_typed_error() -> None:
    good = payload("rest/accountActiveOrders__1.json")["orders"][0]
    for bad in (
        {"price": "NaN"},
        {"price": None},
        {"created_at": 10**30},
        {"price": []},
    ):
        with pytest.raises(APIResponseValidationError, match="order"):
            C.order({**good, **bad})
    with pytest.raises(APIResponseValidationError):
        C.order({})
    with pytest.raises(APIResponseValidationError):
        C.order(42)
    unknown = C.order({**good, "type": "brand-new", "time_in_force": "Unknown", "status": "weird"})
    assert (unknown.type, unknown.time_in_force, unknown.status) == (
        OrderType.UNKNOWN,
        TimeInForce.UNKNOWN,
        OrderStatus.UNKNOWN,
    )
    tx = C.tx_status({"hash": "ab", "status": 2, "type": 14, "event_info": "{" * 100_000})
    assert tx.state is TxState.EXECUTED and tx.event_info is None


def test_order_states_in_a_traders_words() -> None:
    good = payload("rest/accountActiveOrders__1.json")["orders"][0]

    def state(status: str, filled: str) -> tuple[OrderState, str | None]:
        order = C.order({**good, "status": status, "filled_base_amount": filled})
        return order_state(order, Decimal(filled))

    assert state("open", "0") == (OrderState.RESTING, None)
    assert state("open", "0.0001") == (OrderState.PARTIALLY_FILLED, None)
    assert state("filled", "0.0006") == (OrderState.FILLED, None)
    assert state("pending", "0") == (OrderState.PENDING, None)
    assert state("canceled", "0") == (OrderState.CANCELLED, None)
    assert state("canceled-expired", "0") == (OrderState.CANCELLED, "expired")
    assert state("canceled-post-only", "0") == (OrderState.REJECTED, "post-only")
    assert state("canceled-too-much-slippage", "0") == (OrderState.REJECTED, "too-much-slippage")
    assert state("canceled", "0.0002") == (OrderState.PARTIALLY_FILLED, "cancelled")
    failed = C.tx_status(
        {"hash": "ab", "status": 0, "type": 14, "event_info": '{"error": "not enough margin"}'}
    )
    result = summarize(failed, None, [])
    assert (result.state, result.reason) == (OrderState.REJECTED, "not enough margin")
    other = summarize(C.tx_status({"hash": "cd", "status": 3, "type": 15}), None, [])
    assert other.state is OrderState.EXECUTED


def test_tables_use_the_markets_scale_and_utc() -> None:
    pa = pytest.importorskip("pyarrow")
    from lighter.data import to_arrow, to_pandas

    market = MarketTable.from_order_book_details(payload("rest/orderBookDetails__1.json")).get(0)
    candles = C.candles(payload("rest/candles__2.json")["c"], market_id=0, resolution="1m")
    table = to_arrow(candles, market=market)
    assert table.schema.field("open").type == pa.decimal128(38, market.price_decimals)
    assert table.schema.field("volume").type == pa.decimal128(38, market.size_decimals)
    assert table.schema.field("quote_volume").type == pa.decimal128(38, 6)
    assert table.schema.field("time").type == pa.timestamp("us", tz="UTC")
    assert table.to_pylist()[0]["open"] == Decimal("3236.86")
    frame = to_pandas(C.orders(payload("rest/accountActiveOrders__1.json")["orders"]))
    assert list(frame["side"]) == ["buy", "buy"] and str(frame["created_at"].dtype) == "datetime64[us, UTC]"
    assert frame["price"][0] == Decimal("83123.5")
    assert to_arrow([], model=type(candles[0])).num_rows == 0
    with pytest.raises(TypeError, match="one lighter.models class"):
        to_arrow([candles[0], *C.orders(payload("rest/accountActiveOrders__1.json")["orders"])])


def test_a_missing_data_extra_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from lighter.data import to_arrow

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'lighter-client\[data\]'"):
        to_arrow(C.orders(payload("rest/accountActiveOrders__1.json")["orders"]))


def test_importing_lighter_data_and_the_client_stays_cheap() -> None:
    code = (
        "import sys, lighter.data; from lighter import Lighter; Lighter.__init__;"
        "print(sorted(m for m in ('pyarrow', 'pandas', 'attrs', 'lighter.models') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
