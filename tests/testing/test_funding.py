"""Funding: index/mark prices, the premium-based rate, settlement between longs and shorts, the history
endpoints (fundings, funding-rates, positionFunding), account fields and pushes.

The schedule is tested with a controlled clock (``Exchange(clock=...)`` behind a real server), never by
waiting on wall-clock time, except one test that lets a 1 s interval settle by itself.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from lighter.testing import LocalExchange
from lighter.testing.engine import GTT, LIMIT, OrderSpec
from lighter.testing.exchange import Exchange
from lighter.testing.funding import PPM, interval_ms, rate_from_premium

from .helpers import BTC, ETH, IOC, SPOT_ETH, Trader
from .test_ws import Ws

HOUR = 3600
T0 = 1_800_000_000  # a whole hour (1800000000 = 500000 * 3600)


class Clock:
    """A clock the test moves by hand (seconds)."""

    def __init__(self, t: float) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


# ------------------------------------------------------------------ the rate


@pytest.mark.parametrize(
    ("premium", "ppm"),
    [
        (0.0, 12),  # interest only: 0.01 % / 8 = 12.5 ppm, shown "0.0012" like the real quiet hours
        (0.0003, 12),  # within +-0.05 % of the interest: the interest wins
        (0.01, (10_000 - 500) // 8 + 1),  # 0.01 - 0.0005 = 0.95 % per 8 h -> 1187.5 -> 1188 (half even)
        (-0.01, -1188),  # -0.01 + 0.0005
        (0.5, 5000),  # clamped at 4 % per 8 h = 0.5 % per hour
        (-0.5, -5000),
    ],
)
def test_rate_from_premium(premium: float, ppm: int) -> None:
    assert rate_from_premium(premium) == ppm


def test_interval_must_be_at_least_a_second() -> None:
    assert interval_ms(1) == 1000 and interval_ms(3600) == 3_600_000
    for bad in (0, 0.5, -1, float("nan"), True, "60"):
        with pytest.raises(ValueError, match="funding interval"):
            interval_ms(bad)  # type: ignore[arg-type]


# ------------------------------------------------------------------ the engine, with a controlled clock


def positions(ex: Exchange, long_size: int = 10_000, price: int = 300_000) -> tuple[Any, Any, Any]:
    """A long and a short of ``long_size`` ETH units at ``price``, and a third (quoting) account."""
    long_acc = ex.deposit("0x" + "a1" * 20, 100_000 * 10**6)
    short_acc = ex.deposit("0x" + "a2" * 20, 100_000 * 10**6)
    quoter = ex.deposit("0x" + "a3" * 20, 100_000 * 10**6)

    def trade() -> None:
        eng = ex.engine
        eng.create_order(short_acc, OrderSpec(ETH, 1, long_size, price, True, LIMIT, GTT, False, 0, 0), 0, {})
        eng.create_order(long_acc, OrderSpec(ETH, 2, long_size, price, False, LIMIT, GTT, False, 0, 0), 0, {})

    ex.internal(trade)
    return long_acc, short_acc, quoter


def quote(ex: Exchange, acc: Any, bid: int, ask: int) -> None:
    def do() -> None:
        ex.engine.create_order(acc, OrderSpec(ETH, 10, 100, bid, False, LIMIT, GTT, False, 0, 0), 0, {})
        ex.engine.create_order(acc, OrderSpec(ETH, 11, 100, ask, True, LIMIT, GTT, False, 0, 0), 0, {})

    ex.internal(do)


def test_settlement_on_the_hour_with_time_weighted_premium() -> None:
    clock = Clock(T0 + 10)
    ex = Exchange(clock=clock)
    long_acc, short_acc, quoter = positions(ex)
    ex.tick()  # first sample; next settlement at T0 + 1 h
    assert ex.funding.next_settlement_ms == (T0 + HOUR) * 1000
    ex.set_index_price(ETH, 297_000)  # book empty: mark = last trade 3000.00 -> premium 1.0101 %
    clock.t = T0 + 1800 + 10
    ex.tick()  # half an hour at +1.0101 %
    quote(ex, quoter, 296_000, 298_000)  # mark 2970.00 = index: premium 0
    clock.t = T0 + HOUR + 10
    collateral = (long_acc.collateral, short_acc.collateral)
    ex.tick()  # the other half at 0, then settlement at T0 + 1 h
    [s] = ex.funding.history(ETH)
    premium = (300_000 - 297_000) / 297_000 / 2  # time-weighted: half the hour each
    assert s.timestamp_ms == (T0 + HOUR) * 1000 and s.rate_ppm == rate_from_premium(premium) == 569
    assert s.index_price == 297_000 and str(s.value) == "1.68993000"  # 2970 * 0.000569 per ETH
    owed = 2970 * 10**6 * 569  # 1 ETH at the index, in micro USDC x ppm
    assert long_acc.collateral == collateral[0] - -(-owed // PPM)  # the long pays, rounded up
    assert short_acc.collateral == collateral[1] + owed // PPM  # the short receives, rounded down
    assert long_acc.positions[ETH].funding_paid == 1_689_930 == -short_acc.positions[ETH].funding_paid
    assert ex.funding.next_settlement_ms == (T0 + 2 * HOUR) * 1000
    # BTC and SOL settle too (no positions: nothing paid), at the interest rate
    assert [x.rate_ppm for x in ex.funding.history(BTC)] == [12]


def test_rounding_never_creates_usdc() -> None:
    clock = Clock(T0 + 10)
    ex = Exchange(clock=clock)
    long_acc, short_acc, _ = positions(ex, long_size=50, price=300_001)  # 0.005 ETH: payments need rounding
    ex.set_index_price(ETH, 299_999)
    before = long_acc.collateral + short_acc.collateral
    ex.settle_funding()
    rate = ex.funding.state(ETH).last_rate_ppm
    owed = ex.engine.markets[ETH].market.quote(50, 299_999) * rate
    assert owed % PPM  # the case needs rounding
    assert long_acc.collateral + short_acc.collateral == before - 1  # payer rounded up, receiver down


def test_a_negative_rate_makes_shorts_pay() -> None:
    ex = Exchange(clock=Clock(T0 + 10))
    long_acc, short_acc, _ = positions(ex)
    ex.set_index_price(ETH, 303_000)  # mark 3000.00 below the index: premium -0.99 %
    l0, s0 = long_acc.collateral, short_acc.collateral
    [eth, *_] = ex.settle_funding()
    assert eth.rate_ppm < 0 and eth.direction == "short"
    assert long_acc.collateral > l0 and short_acc.collateral < s0


def test_a_stalled_clock_settles_once() -> None:
    clock = Clock(T0 + 10)
    ex = Exchange(clock=clock)
    ex.tick()
    clock.t = T0 + 5 * HOUR + 10  # five boundaries passed while nothing ran
    ex.tick()
    assert [s.timestamp_ms for s in ex.funding.history(ETH)] == [(T0 + HOUR) * 1000]
    assert ex.funding.next_settlement_ms == (T0 + 6 * HOUR) * 1000


# ------------------------------------------------------------------ over loopback


@pytest.fixture
def clocked() -> Any:
    clock = Clock(T0 + 10)
    with LocalExchange(exchange=Exchange(clock=clock)) as lx:
        yield lx, clock


def advance(lx: LocalExchange, clock: Clock, seconds: float) -> None:
    """Move the exchange's clock and run one tick on its loop (the ticker would do the same)."""

    def step(ex: Exchange) -> None:
        clock.t += seconds
        ex.tick()

    lx.call(step)


def fundings(http: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    query = {"market_id": ETH, "resolution": "1h", "start_timestamp": 0, "end_timestamp": 2 * 10**9}
    r = http.get("/api/v1/fundings", params={**query, "count_back": 0, **params})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["code"] == 200 and body["resolution"] == params.get("resolution", "1h")
    entries: list[dict[str, Any]] = body["fundings"]
    return entries


def test_fundings_history_resolution_range_and_count_back(clocked: Any) -> None:
    lx, clock = clocked
    lx.call(lambda ex: ex.tick())
    for hour in range(1, 6):  # index 1 % under the last trade in hours 2 and 4: longs pay more
        lx.set_index_price(ETH, 297_000 if hour in (2, 4) else None)
        advance(lx, clock, HOUR)
    with httpx.Client(base_url=lx.base_url) as http:
        every = fundings(http)
        assert [f["timestamp"] for f in every] == [T0 + h * HOUR for h in range(1, 6)]
        assert every[0] == {
            "timestamp": T0 + HOUR,
            "value": "0.03600000",
            "rate": "0.0012",
            "direction": "long",
        }
        assert [f["rate"] for f in every] == ["0.0012", "0.1200", "0.0012", "0.1200", "0.0012"]
        assert every[1]["value"] == "3.56400000"  # (1.0101 % - 0.05 %) / 8 = 0.12 %, of 2970
        # count_back: the last n before end_timestamp; start/end inclusive, in seconds or milliseconds
        assert fundings(http, count_back=2) == every[-2:]
        assert fundings(http, end_timestamp=T0 + 3 * HOUR, count_back=2) == every[1:3]
        assert fundings(http, start_timestamp=T0 + 2 * HOUR, end_timestamp=T0 + 4 * HOUR) == every[1:4]
        in_ms = fundings(http, start_timestamp=(T0 + 2 * HOUR) * 1000, end_timestamp=(T0 + 4 * HOUR) * 1000)
        assert in_ms == every[1:4]
        assert fundings(http, start_timestamp=T0 + 6 * HOUR) == []
        # 1d: one bucket with the summed rates and values
        [day] = fundings(http, resolution="1d")
        assert day == {
            "timestamp": T0 // 86400 * 86400,
            "value": "7.23600000",  # 3 * 0.036 + 2 * 3.564
            "rate": "0.2436",
            "direction": "long",
        }
        assert fundings(http, market_id=SPOT_ETH) == []  # spot markets have no funding
        for bad in ({"resolution": "1m"}, {"market_id": 255}, {"market_id": 7}, {"count_back": -1}):
            r = http.get(
                "/api/v1/fundings",
                params={
                    "market_id": ETH,
                    "resolution": "1h",
                    "start_timestamp": 0,
                    "end_timestamp": 1,
                    "count_back": 0,
                    **bad,
                },
            )
            assert r.status_code == 400 and set(r.json()) == {"code", "message"}, bad


def test_settlement_moves_usdc_and_shows_everywhere(local_exchange: LocalExchange, onboard_account) -> None:
    lx = local_exchange
    short, long_, quoter = (Trader(onboard_account(usdc=100_000)) for _ in range(3))
    short.order(ETH, is_ask=True, base=10_000, price=300_000)
    long_.order(ETH, is_ask=False, base=10_000, price=300_000, tif=IOC)
    quoter.order(ETH, is_ask=False, base=100, price=301_000)
    quoter.order(ETH, is_ask=True, base=100, price=303_000)  # mark 3020.00
    ws = Ws(lx.ws_url)
    ws.subscribe("market_stats/0")
    ws.subscribe(f"account_all/{long_.account}")
    with httpx.Client(base_url=lx.base_url) as http:
        r = http.post("/sim/v1/index_price", json={"market_id": ETH, "price": 297_000})
        assert r.json() == {"code": 200, "market_id": 0, "index_price": "2970.00", "pinned": True}
        state = http.get("/sim/v1/funding").json()
        assert state["interval_seconds"] == 3600 and state["next_settlement_ms"] % 3_600_000 == 0
        eth = state["markets"][0]
        assert (eth["index_price"], eth["mark_price"], eth["index_pinned"]) == ("2970.00", "3020.00", True)
        http.post("/sim/v1/funding/settle")  # closes the period that began before the setup
        before = {t.account: t.account_body() for t in (long_, short)}
        settled = http.post("/sim/v1/funding/settle").json()["settlements"]
        expected_ppm = rate_from_premium((302_000 - 297_000) / 297_000)  # steady since the last settle
        assert settled[0]["market_id"] == ETH and settled[0]["rate"] == f"0.{expected_ppm:04d}"
        assert settled[0]["direction"] == "long" and settled[0]["index_price"] == "2970.00"
        paid = 2970 * expected_ppm  # micro USDC for 1 ETH: exact here
        after = {t.account: t.account_body() for t in (long_, short)}

        def collateral(body: dict[str, Any]) -> int:
            return int(body["collateral"].replace(".", ""))

        assert collateral(after[long_.account]) == collateral(before[long_.account]) - paid
        assert collateral(after[short.account]) == collateral(before[short.account]) + paid
        pf = http.get(
            "/api/v1/positionFunding",
            params={"account_index": long_.account, "limit": 1},
            headers={"authorization": long_.auth()},
        ).json()
        latest = pf["position_fundings"][0]
        assert (
            latest["change"] == f"-{paid // 10**6}.{paid % 10**6:06d}" and latest["position_side"] == "long"
        )
        assert latest["rate"] == settled[0]["rate"] and latest["position_size"] == "1.0000"
        assert pf["next_cursor"] == "1"  # two settlements so far
        both = http.get("/api/v1/positionFunding", params={"account_index": long_.account, "limit": 10})
        changes = [int(p["change"].replace(".", "")) for p in both.json()["position_fundings"]]
        [pos] = after[long_.account]["positions"]
        assert int(pos["total_funding_paid_out"].replace(".", "")) == -sum(changes)
        shorts = http.get(
            "/api/v1/positionFunding", params={"account_index": long_.account, "limit": 10, "side": "short"}
        )
        assert shorts.json()["position_fundings"] == []
        rates = {r["market_id"]: r for r in http.get("/api/v1/funding-rates").json()["funding_rates"]}
        assert set(rates) == {0, 1, 2} and rates[ETH]["exchange"] == "lighter"
        assert rates[ETH]["rate"] == pytest.approx(expected_ppm * 8 / PPM)  # per 8 hours, as a fraction
        details = http.get("/api/v1/orderBookDetails", params={"market_id": ETH}).json()
        detail = details["order_book_details"][0]
        assert (detail["index_price"], detail["mark_price"]) == ("2970.00", "3020.00")
    stats = ws.recv_until(
        lambda f: (
            f.get("type") == "update/market_stats" and f["market_stats"]["funding_rate"] == settled[0]["rate"]
        )
    )["market_stats"]
    assert stats["index_price"] == "2970.00" and stats["mark_price"] == "3020.00"
    assert stats["funding_timestamp"] // 1000 == settled[0]["timestamp"]
    update = ws.recv_until(
        lambda f: (
            f.get("type") == "update/account_all"
            and f["funding_histories"].get("0", [{}])[0].get("rate") == settled[0]["rate"]
        )
    )
    assert update["funding_histories"]["0"][0]["position_side"] == "long"


def test_admin_funding_bad_input(local_exchange: LocalExchange) -> None:
    with httpx.Client(base_url=local_exchange.base_url) as http:
        for body in (
            {"market_id": ETH, "price": 2970.5},
            {"market_id": ETH, "price": 0},
            {"market_id": ETH, "price": "2970.00"},
            {"market_id": SPOT_ETH, "price": 300_000},
            {"market_id": 99, "price": 300_000},
            {"price": 300_000},
        ):
            r = http.post("/sim/v1/index_price", json=body)
            assert r.status_code == 400 and set(r.json()) == {"code", "message"}, body
        r = http.post("/sim/v1/index_price", json={"market_id": ETH, "price": None})
        assert r.status_code == 200 and r.json()["pinned"] is False


def test_a_short_interval_settles_by_itself() -> None:
    with LocalExchange(funding_interval=1) as lx:
        assert lx.wait_for(lambda ex: len(ex.funding.history(ETH)) >= 2, timeout=15)
        times = [s.timestamp_ms for s in lx.call(lambda ex: ex.funding.history(ETH))]
    assert all(t % 1000 == 0 for t in times)  # on interval boundaries
    assert all(b > a and (b - a) % 1000 == 0 for a, b in zip(times, times[1:], strict=False))


def test_market_maker_drives_the_index() -> None:
    with LocalExchange(market_maker=True, maker_seed=3) as lx:
        assert lx.wait_for(lambda ex: ex.funding.state(ETH).pinned_index is not None)
        settled = lx.settle_funding()
    eth = settled[0]
    assert eth["market_id"] == ETH and abs(float(eth["rate"])) <= 0.5
