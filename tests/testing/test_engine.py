"""Matching engine, in process: priority, order types, triggers, groups, self-trade, expiry, margin, PnL."""

from __future__ import annotations

import pytest

from lighter.testing.accounts import Accounts
from lighter.testing.engine import (
    EXPIRE_BOTH,
    EXPIRE_TAKER,
    GTT,
    IOC,
    LIMIT,
    MARKET,
    OCO,
    OTO,
    OTOCO,
    POST_ONLY,
    REDUCE,
    STOP_LOSS,
    STOP_LOSS_LIMIT,
    TAKE_PROFIT,
    Engine,
    OrderSpec,
)
from lighter.testing.errors import ExchangeError
from lighter.testing.markets import default_assets, default_markets

ETH, SPOT = 0, 2048
NOW = 1_800_000_000_000


@pytest.fixture
def eng() -> Engine:
    e = Engine(default_markets(), default_assets(), Accounts())
    e.now = NOW
    return e


def funded(eng: Engine, n: int = 1, usdc: int = 100_000) -> list:
    out = []
    for _ in range(n):
        acc = eng.accounts.create_master("0x" + f"{len(eng.accounts) + 1:040x}", NOW)
        acc.collateral = usdc * 10**6
        out.append(acc)
    return out


def spec(
    is_ask: bool,
    base: int,
    price: int,
    type: int = LIMIT,
    tif: int = GTT,
    market: int = ETH,
    reduce_only: bool = False,
    trigger: int = 0,
    expiry: int = 0,
    coi: int = 0,
) -> OrderSpec:
    return OrderSpec(market, coi, base, price, is_ask, type, tif, reduce_only, trigger, expiry)


def place(eng: Engine, acc, s: OrderSpec, attrs: dict[int, int] | None = None):
    return eng.create_order(acc, s, 0, attrs or {})


def test_price_time_priority_and_partial_fills(eng: Engine) -> None:
    a, b, c = funded(eng, 3)
    first = place(eng, a, spec(True, 1000, 300000))
    second = place(eng, b, spec(True, 1000, 300000))
    better = place(eng, b, spec(True, 500, 299900))
    taker = place(eng, c, spec(False, 1200, 300000))
    assert taker.status == "filled"
    assert better.status == "filled"  # best price first
    assert first.remaining == 300 and first.status == "open"  # then time priority at 3000.00
    assert second.remaining == 1000
    trades = list(eng.markets[ETH].trades)
    assert [(t.price, t.size) for t in trades] == [(299900, 500), (300000, 700)]
    assert all(t.is_maker_ask for t in trades)
    assert c.positions[ETH].size == 1200
    assert a.positions[ETH].size == -700 and b.positions[ETH].size == -500


def test_ioc_post_only_and_market(eng: Engine) -> None:
    a, b = funded(eng, 2)
    place(eng, a, spec(True, 1000, 300000))
    post = place(eng, b, spec(False, 100, 300000, tif=POST_ONLY))
    assert post.status == "canceled-post-only"
    ioc = place(eng, b, spec(False, 1500, 300000, tif=IOC))
    assert ioc.status == "canceled" and ioc.filled_base == 1000
    assert eng.markets[ETH].asks.best() is None
    place(eng, a, spec(True, 100, 301000))
    mkt = place(eng, b, spec(False, 500, 300500, type=MARKET, tif=IOC))
    assert mkt.filled_base == 0 and mkt.status == "canceled-too-much-slippage"
    mkt = place(eng, b, spec(False, 100, 310000, type=MARKET, tif=IOC))
    assert mkt.status == "filled"
    with pytest.raises(ExchangeError):
        place(eng, b, spec(False, 100, 310000, type=MARKET, tif=GTT))


def test_reduce_only_caps_to_position(eng: Engine) -> None:
    a, b = funded(eng, 2)
    none = place(eng, a, spec(True, 100, 300000, reduce_only=True))
    assert none.status == "canceled-reduce-only"
    place(eng, b, spec(True, 300, 300000))
    place(eng, a, spec(False, 300, 300000))  # a is long 300
    place(eng, b, spec(False, 1000, 299000))
    ro = place(eng, a, spec(True, 1000, 299000, reduce_only=True))
    assert ro.filled_base == 300 and a.positions[ETH].size == 0


def test_realized_pnl_goes_to_collateral(eng: Engine) -> None:
    a, b = funded(eng, 2)
    place(eng, b, spec(True, 10_000, 300000))
    place(eng, a, spec(False, 10_000, 300000))  # a long 1 ETH at 3000
    start = a.collateral
    place(eng, b, spec(False, 10_000, 310000))
    place(eng, a, spec(True, 10_000, 310000))  # sell at 3100
    assert a.collateral - start == 100 * 10**6
    assert a.positions[ETH].size == 0 and a.positions[ETH].realized_pnl == 100 * 10**6


def test_margin_check_refuses_without_state_change(eng: Engine) -> None:
    (a,) = funded(eng, 1, usdc=100)
    with pytest.raises(ExchangeError) as info:
        place(eng, a, spec(False, 10_000, 300000))  # 3000 USDC notional at 5% = 150 > 100
    assert "not enough margin" in info.value.message
    assert not eng.orders and a.total_order_count == 0
    place(eng, a, spec(False, 5_000, 300000))  # 75 USDC margin fits


def test_stop_loss_triggers_on_last_trade(eng: Engine) -> None:
    a, b, c = funded(eng, 3)
    place(eng, b, spec(True, 1000, 300000))
    place(eng, a, spec(False, 1000, 300000))  # a long
    stop = place(eng, a, spec(True, 1000, 280000, type=STOP_LOSS, tif=IOC, reduce_only=True, trigger=290000))
    assert stop.status == "pending" and stop.trigger_status == "mark-price"
    place(eng, c, spec(False, 2000, 289000))  # resting bid that the stop will hit
    place(eng, b, spec(True, 500, 289000))  # trade at 2890 fires the stop
    assert stop.status == "filled" and a.positions[ETH].size == 0


def test_stop_limit_rests_after_trigger(eng: Engine) -> None:
    a, b = funded(eng, 2)
    sl = place(eng, a, spec(False, 100, 310000, type=STOP_LOSS_LIMIT, trigger=305000))
    place(eng, b, spec(True, 100, 306000))
    place(eng, a, spec(False, 100, 306000))  # trade at 3060 >= 3050: a buy stop fires
    assert sl.status == "open" and sl.trigger_status == "na"


def test_oco_cancels_sibling(eng: Engine) -> None:
    a, b = funded(eng, 2)
    place(eng, b, spec(True, 1000, 300000))
    place(eng, a, spec(False, 1000, 300000))
    tp, sl = eng.create_grouped(
        a,
        OCO,
        [
            spec(True, 1000, 320000, reduce_only=True),
            spec(True, 1000, 280000, type=STOP_LOSS, tif=IOC, reduce_only=True, trigger=290000),
        ],
        0,
        {},
    )
    assert tp.status == "open" and sl.status == "pending"
    place(eng, b, spec(False, 1000, 320000))
    assert tp.status == "filled" and sl.status == "canceled-oco"


def test_oto_child_activates_on_parent_fill(eng: Engine) -> None:
    a, b = funded(eng, 2)
    parent, child = eng.create_grouped(
        a,
        OTO,
        [spec(False, 1000, 300000), spec(True, 0, 280000, type=STOP_LOSS, tif=IOC, trigger=290000)],
        0,
        {},
    )
    assert child.trigger_status == "parent-order" and child.status == "pending"
    place(eng, b, spec(True, 1000, 300000))
    assert parent.status == "filled"
    assert child.trigger_status == "mark-price" and child.base_amount == 1000


def test_oto_child_dies_with_unfilled_parent(eng: Engine) -> None:
    (a,) = funded(eng, 1)
    parent, child = eng.create_grouped(
        a,
        OTO,
        [spec(False, 1000, 300000), spec(True, 0, 280000, type=STOP_LOSS, tif=IOC, trigger=290000)],
        0,
        {},
    )
    eng.cancel(a, ETH, parent.order_index)
    assert child.status == "canceled-child"
    assert not eng.orders


def test_otoco_activates_oco_pair(eng: Engine) -> None:
    a, b, c = funded(eng, 3)
    parent, tp, sl = eng.create_grouped(
        a,
        OTOCO,
        [
            spec(False, 1000, 300000),
            spec(True, 0, 330000, type=TAKE_PROFIT, tif=IOC, trigger=320000),
            spec(True, 0, 270000, type=STOP_LOSS, tif=IOC, trigger=280000),
        ],
        0,
        {},
    )
    place(eng, b, spec(True, 1000, 300000))
    assert (
        parent.status == "filled" and tp.trigger_status == "mark-price" and sl.trigger_status == "mark-price"
    )
    place(eng, b, spec(False, 2000, 275000))  # resting bid for the stop
    place(eng, c, spec(False, 100, 279000))
    place(eng, b, spec(True, 100, 279000))  # trade at 2790: the stop fires
    assert sl.status == "filled" and tp.status == "canceled-oco" and a.positions[ETH].size == 0


@pytest.mark.parametrize(
    "mode,taker_status,maker_status",
    [
        (0, "filled", "canceled-self-trade"),
        (EXPIRE_TAKER, "canceled-self-trade", "open"),
        (EXPIRE_BOTH, "canceled-self-trade", "canceled-self-trade"),
        (REDUCE, "canceled-self-trade", "canceled-self-trade"),
    ],
)
def test_self_trade_modes(eng: Engine, mode: int, taker_status: str, maker_status: str) -> None:
    a, b = funded(eng, 2)
    own = place(eng, a, spec(True, 1000, 300000))
    if mode == 0:
        place(eng, b, spec(True, 1000, 300100))
    taker = place(eng, a, spec(False, 1000, 300100), {6: mode} if mode else None)
    assert taker.status == taker_status
    assert own.status == maker_status


def test_expiry_and_scheduled_cancel_all(eng: Engine) -> None:
    (a,) = funded(eng, 1)
    o = place(eng, a, spec(False, 100, 290000, expiry=NOW + 1000))
    keep = place(eng, a, spec(False, 100, 290000))
    eng.expire(NOW + 1000)
    assert o.status == "canceled-expired" and keep.status == "open"
    eng.cancel_all(a, 1, NOW + 5000, 255)
    eng.cancel_all(a, 2, 0, 255)  # abort
    eng.expire(NOW + 6000)
    assert keep.status == "open"
    eng.cancel_all(a, 1, NOW + 7000, 255)
    eng.expire(NOW + 7000)
    assert keep.status == "canceled" and a.cancel_all_time == 0


def test_modify_loses_priority_and_can_match(eng: Engine) -> None:
    a, b, c = funded(eng, 3)
    first = place(eng, a, spec(True, 100, 300000))
    place(eng, b, spec(True, 100, 300000))
    eng.modify(a, ETH, first.order_index, 200, 300000, 0)
    assert eng.markets[ETH].asks.levels[300000][-1] is first and first.order_version == 1
    bid = place(eng, c, spec(False, 100, 299000))
    eng.modify(c, ETH, bid.order_index, 100, 300000, 0)
    assert bid.status == "filled"


def test_refused_modify_keeps_queue_position(eng: Engine) -> None:
    (a,) = funded(eng, 1, usdc=100)
    first = place(eng, a, spec(False, 100, 290000))
    second = place(eng, a, spec(False, 100, 290000))
    with pytest.raises(ExchangeError):
        eng.modify(a, ETH, first.order_index, 100_000, 290000, 0)
    assert list(eng.markets[ETH].bids.levels[290000]) == [first, second]
    assert first.base_amount == 100


def test_spot_balances(eng: Engine) -> None:
    a, b = funded(eng, 2)
    a.assets = {1: 10**8}  # 1 ETH
    b.assets = {3: 10_000 * 10**6}
    with pytest.raises(ExchangeError):
        place(eng, a, spec(True, 20_000, 300000, market=SPOT))  # 2 ETH: not enough
    place(eng, a, spec(True, 10_000, 300000, market=SPOT))
    with pytest.raises(ExchangeError):
        eng.withdraw_spot(a, 1, 1)  # all locked by the open ask
    place(eng, b, spec(False, 5_000, 300000, market=SPOT))
    assert a.assets[1] == 5 * 10**7 and a.assets[3] == 1500 * 10**6
    assert b.assets[1] == 5 * 10**7 and b.assets[3] == 8500 * 10**6


def test_leverage_bounds(eng: Engine) -> None:
    (a,) = funded(eng, 1)
    eng.update_leverage(a, ETH, 1000, 0)
    assert eng.imf(a, ETH) == 1000
    with pytest.raises(ExchangeError):
        eng.update_leverage(a, ETH, 100, 0)  # below the 2% minimum
    with pytest.raises(ExchangeError):
        eng.update_leverage(a, SPOT, 1000, 0)
