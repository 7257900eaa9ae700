"""Typed read models against the local exchange with trading activity: every read of both faces is checked
field by field against the raw API answer (``client.api.*``); order results report what filled."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from lighter import AsyncLighter, Lighter
from lighter._errors import InvalidInputError
from lighter.models import (
    Balances,
    Candle,
    Fill,
    MarginMode,
    Order,
    OrderResult,
    OrderState,
    OrderStatus,
    Position,
    Role,
    Side,
    Trade,
    TxState,
)
from lighter.testing import LocalExchange
from lighter.testing.onboarding import Credentials, onboard


def _d(text: Any) -> Decimal:
    return Decimal(str(text))


@pytest.fixture(scope="module")
def session() -> Iterator[dict[str, Any]]:
    """A maker resting asks, a taker crossing them with wait=True, then a resting post-only bid."""
    with LocalExchange() as lx:
        maker = onboard(lx.base_url, chain_id=lx.chain_id, usdc=20_000)
        taker = onboard(lx.base_url, chain_id=lx.chain_id, usdc=20_000)
        with _client(maker) as m, _client(taker) as t:
            asks = [
                m.create_order("ETH", side="sell", size="0.05", price="2000", client_order_index=101),
                m.create_order("ETH", side="sell", size="0.05", price="2001.5", client_order_index=102),
            ]
            for a in asks:
                m.wait_for_tx(a, timeout=5)
            bought = t.create_order(
                "ETH", side="buy", size="0.08", order_type="market", price="2010", wait=True
            )
            resting = t.create_order("ETH", side="buy", size="0.02", price="1500", post_only=True, wait=True)
            later = m.create_order("ETH", side="sell", size="0.01", price="2500", client_order_index=103)
            yield {
                "lx": lx,
                "maker": maker,
                "taker": taker,
                "bought": bought,
                "resting": resting,
                "later": later,
            }


def _client(creds: Credentials) -> Lighter:
    return Lighter.from_env(creds.as_env(), rate_limit=None)


def _raw_account(client: Lighter, index: int) -> Any:
    return client.api.account(by="index", value=str(index)).accounts[0]


def check_order(typed: Order, raw: Any) -> None:
    r = raw.to_dict()  # the raw JSON fields, exactly as the exchange named them
    assert isinstance(typed, Order)
    assert typed.order_index == r["order_index"]
    assert typed.client_order_index == r["client_order_index"]
    assert typed.market_id == r["market_index"]
    assert typed.account_index == r["owner_account_index"]
    assert typed.side is (Side.SELL if r["is_ask"] else Side.BUY)
    assert typed.type.value == r["type"]
    assert typed.price == _d(r["price"])
    assert typed.size == _d(r["initial_base_amount"])
    assert typed.filled == _d(r["filled_base_amount"])
    assert typed.remaining == _d(r["remaining_base_amount"])
    assert typed.filled_quote == _d(r["filled_quote_amount"])
    filled = _d(r["filled_base_amount"])
    assert typed.average_fill_price == (_d(r["filled_quote_amount"]) / filled if filled else None)
    status = r["status"]
    assert typed.status.value == ("cancelled" if status.startswith("canceled") else status)
    assert typed.status_reason == (status.partition("-")[2] or None)
    assert typed.trigger_price == (_d(r["trigger_price"]) or None)
    assert typed.reduce_only == r["reduce_only"]
    # order times are unix seconds, on the real exchange and on the local one
    assert typed.created_at == datetime.fromtimestamp(r["created_at"], tz=timezone.utc)
    assert typed.updated_at == datetime.fromtimestamp(r["updated_at"], tz=timezone.utc)
    # order_expiry is milliseconds everywhere; 0 (market and IOC orders) means none
    expiry = r["order_expiry"]
    assert typed.expires_at == (datetime.fromtimestamp(expiry / 1000, tz=timezone.utc) if expiry else None)
    assert typed.created_at.tzinfo is timezone.utc
    assert typed.nonce == r["nonce"]


def check_trade(typed: Trade, raw: Any) -> None:
    r = raw.to_dict()  # the raw JSON fields, exactly as the exchange named them
    assert isinstance(typed, Trade)
    assert (typed.trade_id, typed.market_id, typed.tx_hash) == (r["trade_id"], r["market_id"], r["tx_hash"])
    assert (typed.price, typed.size, typed.quote) == (_d(r["price"]), _d(r["size"]), _d(r["usd_amount"]))
    assert typed.side is (Side.BUY if r["is_maker_ask"] else Side.SELL)  # the taker's side
    assert (typed.ask_order_index, typed.bid_order_index) == (r["ask_id"], r["bid_id"])
    assert (typed.ask_account_index, typed.bid_account_index) == (r["ask_account_id"], r["bid_account_id"])
    assert typed.time == datetime.fromtimestamp(r["timestamp"] / 1000, tz=timezone.utc)  # trades: ms


def check_fill(typed: Fill, raw: Any, account: int) -> None:
    r = raw.to_dict()  # the raw JSON fields, exactly as the exchange named them
    assert isinstance(typed, Fill)
    is_ask = r["ask_account_id"] == account
    assert typed.side is (Side.SELL if is_ask else Side.BUY)
    assert typed.role is (Role.MAKER if r["is_maker_ask"] == is_ask else Role.TAKER)
    assert typed.order_index == (r["ask_id"] if is_ask else r["bid_id"])
    assert (typed.price, typed.size, typed.quote) == (_d(r["price"]), _d(r["size"]), _d(r["usd_amount"]))
    rate = r["maker_fee"] if typed.role is Role.MAKER else r["taker_fee"]
    assert typed.fee == _d(r["usd_amount"]) * _d(rate) / 1_000_000
    assert typed.realized_pnl == _d(r["ask_account_pnl"] if is_ask else r["bid_account_pnl"])
    assert typed.time == datetime.fromtimestamp(r["timestamp"] / 1000, tz=timezone.utc)


def check_position(typed: Position, raw: Any) -> None:
    r = raw.to_dict()  # the raw JSON fields, exactly as the exchange named them
    size = _d(r["position"]) * (-1 if r["sign"] < 0 else 1)
    assert (typed.market_id, typed.symbol, typed.size) == (r["market_id"], r["symbol"], size)
    assert typed.entry_price == _d(r["avg_entry_price"])
    assert typed.position_value == _d(r["position_value"])
    assert typed.mark_price == _d(r["position_value"]) / abs(size)
    assert (typed.unrealized_pnl, typed.realized_pnl) == (_d(r["unrealized_pnl"]), _d(r["realized_pnl"]))
    assert typed.liquidation_price == (_d(r["liquidation_price"]) or None)  # "0" means none
    assert typed.allocated_margin == _d(r["allocated_margin"])
    assert typed.margin_mode is (MarginMode.CROSS if r["margin_mode"] == 0 else MarginMode.ISOLATED)
    assert typed.leverage == (Decimal(100) / _d(r["initial_margin_fraction"])).quantize(Decimal("0.01"))


def check_balances(typed: Balances, raw: Any) -> None:
    r = raw.to_dict()  # the raw JSON fields, exactly as the exchange named them
    assert typed.collateral == _d(r["collateral"])
    assert typed.available_balance == _d(r["available_balance"])
    assert typed.total_asset_value == _d(r["total_asset_value"])
    assert [(b.asset_id, b.total, b.locked) for b in typed.assets] == [
        (a.asset_id, _d(a.balance), _d(a.locked_balance)) for a in r["assets"] or []
    ]


def test_a_crossing_market_order_reports_the_exchanges_fills(session: dict[str, Any]) -> None:
    bought, taker = session["bought"], session["taker"]
    assert isinstance(bought, OrderResult)
    assert bought.state is OrderState.FILLED and bought.tx.state is TxState.EXECUTED
    with _client(taker) as client:
        recorded = client.api.trades(
            account_index=taker.account_index,
            order_index=bought.order.order_index,
            limit=100,
            sort_by="timestamp",
        ).trades
        raw_order = next(
            o
            for o in client.api.account_inactive_orders(account_index=taker.account_index, limit=100).orders
            if o.order_index == bought.order.order_index
        )
    assert len(recorded) == 2  # two price levels
    size = sum(_d(t.size) for t in recorded)
    assert bought.filled == size == Decimal("0.0800")
    assert bought.average_price == sum(_d(t.price) * _d(t.size) for t in recorded) / size
    assert bought.average_price == (Decimal("2000") * 5 + Decimal("2001.5") * 3) / 8
    assert [f.trade_id for f in bought.fills] == sorted(t.trade_id for t in recorded)
    assert all(f.role is Role.TAKER and f.side is Side.BUY for f in bought.fills)
    assert bought.fees == sum((f.fee or Decimal(0) for f in bought.fills), Decimal(0))
    check_order(bought.order, raw_order)


def test_a_resting_post_only_order_reports_resting(session: dict[str, Any]) -> None:
    resting = session["resting"]
    assert resting.state is OrderState.RESTING
    assert resting.order.status is OrderStatus.OPEN
    assert (resting.filled, resting.average_price, resting.fills) == (Decimal(0), None, ())
    assert (resting.order.remaining, resting.order.price) == (Decimal("0.0200"), Decimal("1500.00"))


def test_every_sync_read_is_typed_and_matches_the_raw_answer(session: dict[str, Any]) -> None:
    maker, taker = session["maker"], session["taker"]
    with _client(maker) as m, _client(taker) as t:
        # positions: the maker sold 0.08, a short position has a negative size
        [short] = m.account.positions()
        raw_short = next(p for p in _raw_account(m, maker.account_index).positions if p.market_id == 0)
        check_position(short, raw_short)
        assert short.size == Decimal("-0.0800") and short.side is Side.SELL
        [long] = t.account.positions()
        check_position(
            long, next(p for p in _raw_account(t, taker.account_index).positions if p.market_id == 0)
        )
        assert long.size == Decimal("0.0800")
        check_balances(t.account.balances(), _raw_account(t, taker.account_index))

        active = t.orders.active("ETH")
        raw_active = t.api.account_active_orders(account_index=taker.account_index, market_id=0).orders
        assert len(active) == len(raw_active) == 1
        for typed, raw in zip(active, raw_active, strict=True):
            check_order(typed, raw)
        inactive = m.orders.inactive(limit=10)
        raw_inactive = m.api.account_inactive_orders(account_index=maker.account_index, limit=10).orders
        assert len(inactive) == len(raw_inactive) == 1  # the 2000 ask; the 2001.5 one is partly filled
        for typed, raw in zip(inactive, raw_inactive, strict=True):
            check_order(typed, raw)

        fills = m.orders.trades(limit=10)
        raw_trades = m.api.trades(account_index=maker.account_index, limit=10, sort_by="timestamp").trades
        assert len(fills) == len(raw_trades) == 2
        for fill, raw in zip(fills, raw_trades, strict=True):
            check_fill(fill, raw, maker.account_index)
            assert fill.role is Role.MAKER and fill.side is Side.SELL
        assert m.orders.fills(start=timedelta(hours=1)) == fills
        assert m.orders.fills(market="ETH", limit=1) == fills[:1]

        public = t.market_data.recent_trades("ETH", limit=10)
        raw_public = t.api.recent_trades(market_id=0, limit=10).trades
        for typed_trade, raw in zip(public, raw_public, strict=True):
            check_trade(typed_trade, raw)
        assert t.market_data.trades("ETH", start=timedelta(hours=1)) == public

        candles = t.market_data.candles("ETH", "1m", start=timedelta(hours=1))
        now = datetime.now(tz=timezone.utc)
        raw_candles = t.api.candles(
            market_id=0,
            resolution="1m",
            start_timestamp=int((now - timedelta(hours=1)).timestamp() * 1000),
            end_timestamp=int(now.timestamp() * 1000) + 60_000,
            count_back=500,
        ).c
        assert len(candles) == len(raw_candles) == 1
        [c], [rc] = candles, raw_candles
        assert isinstance(c, Candle) and c.time == datetime.fromtimestamp(rc.t / 1000, tz=timezone.utc)
        assert (c.open, c.high, c.low, c.close) == (_d(rc.o), _d(rc.h), _d(rc.l), _d(rc.c))
        assert (c.volume, c.quote_volume, c.last_trade_id) == (_d(rc.v), _d(rc.V), rc.i)
        assert (c.low, c.high, c.volume) == (Decimal("2000"), Decimal("2001.5"), Decimal("0.08"))

        status = t.transactions.status(session["bought"].tx_hash)
        raw_tx = t.api.tx(by="hash", value=session["bought"].tx_hash)
        assert (status.tx_hash, status.tx_type, status.status_code) == (
            raw_tx.hash_,
            raw_tx.type_,
            raw_tx.status,
        )
        assert status.state is TxState.EXECUTED and status.nonce == raw_tx.nonce


def test_the_async_face_returns_the_same_models(session: dict[str, Any]) -> None:
    taker = session["taker"]

    async def main() -> None:
        async with AsyncLighter.from_env(taker.as_env(), rate_limit=None) as a:
            with _client(taker) as s:
                assert await a.account.positions() == s.account.positions()
                assert await a.account.balances() == s.account.balances()
                assert await a.orders.active("ETH") == s.orders.active("ETH")
                assert await a.orders.inactive(limit=10) == s.orders.inactive(limit=10)
                assert await a.orders.trades(limit=10) == s.orders.trades(limit=10)
                assert await a.market_data.recent_trades("ETH") == s.market_data.recent_trades("ETH")
                hour = timedelta(hours=1)
                assert await a.market_data.candles("ETH", "1m", start=hour) == s.market_data.candles(
                    "ETH", "1m", start=hour
                )
                assert [x async for x in a.market_data.iter_trades("ETH", start=hour)] == list(
                    s.market_data.iter_trades("ETH", start=hour)
                )
                assert [x async for x in a.orders.iter_fills(start=hour)] == s.orders.fills(start=hour)
                assert await a.market_data.fundings("ETH", start=hour) == s.market_data.fundings(
                    "ETH", start=hour
                )

    asyncio.run(main())


def test_async_results_wait_for_fills(local_exchange: LocalExchange, onboard_account: Any) -> None:
    maker, taker = onboard_account(usdc=10_000), onboard_account(usdc=10_000)

    async def main() -> None:
        async with AsyncLighter.from_env(maker.as_env(), rate_limit=None) as m:
            rests = await m.create_order("ETH", side="sell", size="0.03", price="2500", wait=True)
            assert rests.state is OrderState.RESTING
        async with AsyncLighter.from_env(taker.as_env(), rate_limit=None) as a:
            placed = await a.create_order("ETH", side="buy", size="0.01", price="2500", client_order_index=9)
            outcome = await placed.wait(timeout=5)  # awaited through the result itself
            assert outcome.state is OrderState.FILLED and outcome.average_price == Decimal("2500")
            [fill] = outcome.fills
            assert (fill.role, fill.order_index, fill.size) == (
                Role.TAKER,
                outcome.order.order_index,
                Decimal("0.01"),
            )
            ioc = await a.create_order(
                "ETH", side="buy", size="0.05", price="2500", time_in_force="ioc", wait=True
            )
            assert (ioc.state, ioc.filled, ioc.reason) == (
                OrderState.PARTIALLY_FILLED,
                Decimal("0.02"),
                "cancelled",
            )
            cross = await a.create_order(
                "ETH", side="buy", size="0.01", price="2600", post_only=True, wait=True
            )
            assert (cross.state, cross.reason) in (
                (OrderState.REJECTED, "post-only"),
                (OrderState.RESTING, None),
            )

    asyncio.run(main())


def test_paging_walks_every_page_and_respects_the_range(
    local_exchange: LocalExchange, onboard_account: Any
) -> None:
    with _client(onboard_account(usdc=10_000)) as client:
        for i in range(12):  # 12 own orders resting, then cancelled: the history pages by 5
            client.create_order(
                "ETH", side="buy", size="0.01", price=str(1000 + i), client_order_index=500 + i
            )
        client.wait_for_tx(client.cancel_all_orders(market="ETH"), timeout=5)
        from lighter.resources import _paging

        before = _paging.PAGE_LIMIT
        _paging.PAGE_LIMIT = 5
        try:
            history = list(client.orders.iter_history(market="ETH"))
        finally:
            _paging.PAGE_LIMIT = before
        assert {o.client_order_index for o in history} >= {500 + i for i in range(12)}
        assert len(history) == len({o.order_index for o in history})
        assert client.market_data.candles("ETH", "1m", start=timedelta(days=3)) == client.market_data.candles(
            "ETH", "1m", start=timedelta(hours=1)
        )  # 3 days of 1m candles is 9 pages; only the last minutes have trades
        assert (
            client.market_data.candles("ETH", "1m", end=datetime.now(tz=timezone.utc) - timedelta(days=1))
            == []
        )


def test_bad_ranges_and_resolutions_are_refused_before_sending(session: dict[str, Any]) -> None:
    with _client(session["taker"]) as client:
        now = datetime.now(tz=timezone.utc)
        with pytest.raises(InvalidInputError, match="start .* is after end"):
            client.market_data.candles("ETH", "1m", start=now, end=now - timedelta(hours=1))
        with pytest.raises(InvalidInputError, match="resolution must be one of 1m, 5m"):
            client.market_data.candles("ETH", "2m")
        with pytest.raises(InvalidInputError, match="resolution must be one of 1h, 1d"):
            client.market_data.fundings("ETH", "1m")
        with pytest.raises(InvalidInputError, match="start must be a datetime"):
            client.orders.fills(start="yesterday")  # type: ignore[arg-type]
        batch = client.batch()
        with pytest.raises(InvalidInputError, match="wait=True is not available on Batch"):
            batch.create_order("ETH", side="buy", size="0.01", price="1000", wait=True)
        assert len(batch) == 0
