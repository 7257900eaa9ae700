"""client.binary_options (events, up/down candles, PnL with paging) and market_data.price_oracle / fee_tiers,
on both faces, against the local exchange."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from lighter import AsyncLighter, InvalidInputError, Lighter
from lighter.signing import PrivateKey
from lighter_generated.models import (
    EventDetail,
    FeeTiers,
    RespGetBoPnL,
    RespGetEvents,
    RespGetUpDownCandles,
    RespPriceOracleInfo,
    UpDownCandle,
)


def test_blocking_reads_are_typed_and_page(local_exchange: Any, onboard_account: Any) -> None:
    creds = onboard_account(usdc=100)
    now = int(time.time())
    with Lighter.from_env(creds.as_env(), rate_limit=None) as client:
        bo = client.binary_options
        page = bo.events(limit=5)
        assert isinstance(page, RespGetEvents) and len(page.events) == 5 and page.next_cursor == 5
        every = list(bo.iter_events(limit=5))
        assert len(every) == 18 and all(isinstance(e, EventDetail) for e in every)
        assert len({e.event_id for e in every}) == 18
        btc = list(bo.iter_events(tag="btc/5m", active=True))
        assert [e.order_books[0].status for e in btc] == ["active", "inactive", "inactive", "inactive"]
        assert btc[0].order_books[0].market_type == "binary_options"

        candles = bo.up_down_candles("btc", "5m", start=now - 99, end=now, limit=3600)
        assert isinstance(candles, RespGetUpDownCandles)
        assert [c.timestamp for c in candles.candles] == list(range(now - 99, now + 1))
        paged = list(bo.iter_up_down_candles("btc", "5m", start=now - 99, end=now, limit=30))
        assert [c.timestamp for c in paged] == list(range(now - 99, now + 1))
        assert all(isinstance(c, UpDownCandle) for c in paged)
        start = datetime.fromtimestamp(now - 3600, tz=timezone.utc)
        halves = bo.up_down_candles(
            "eth", "5m", start=start, end=start + timedelta(hours=1), resolution="30s"
        )
        assert {c.resolution for c in halves.candles} == {"30s"} and len(halves.candles) in (120, 121)

        pnl = bo.pnl()
        assert isinstance(pnl, RespGetBoPnL) and pnl.events == []
        assert list(bo.iter_pnl()) == []

        oracle = client.market_data.price_oracle("ETH")
        assert isinstance(oracle, RespPriceOracleInfo)
        assert [m.symbol for m in oracle.markets] == ["ETH"]
        tiers = client.market_data.fee_tiers()
        assert isinstance(tiers, FeeTiers) and tiers.user_tiers and tiers.bo_tiers and tiers.staking_tiers
        assert client.market_data.fee_tiers("bo").user_tiers == []


def test_async_reads_are_typed_and_page(local_exchange: Any, onboard_account: Any) -> None:
    creds = onboard_account(usdc=100)
    now = int(time.time())

    async def main() -> None:
        async with AsyncLighter.from_env(creds.as_env(), rate_limit=None) as client:
            bo = client.binary_options
            assert len((await bo.events(limit=7)).events) == 7
            every = [e async for e in bo.iter_events(limit=4)]
            assert len(every) == 18
            candles = [
                c async for c in bo.iter_up_down_candles("BTC", "15m", start=now - 59, end=now, limit=7)
            ]
            assert [c.timestamp for c in candles] == list(range(now - 59, now + 1))
            assert (await bo.up_down_candles("btc", "5m", start=now - 9, end=now)).candles[
                -1
            ].timestamp == now
            assert (await bo.pnl(limit=10)).events == []
            assert [e async for e in bo.iter_pnl()] == []
            assert isinstance(await client.market_data.price_oracle(), RespPriceOracleInfo)
            assert isinstance(await client.market_data.fee_tiers(), FeeTiers)

    asyncio.run(main())


@pytest.mark.parametrize(
    ("call", "pattern"),
    [
        (
            lambda bo: bo.up_down_candles("btc", "5m", start=0, end=86_401),
            r"end - start must be within 0\.\.86400",
        ),
        (
            lambda bo: bo.up_down_candles("btc", "5m", start=10, end=5),
            r"end - start must be within 0\.\.86400",
        ),
        (
            lambda bo: bo.up_down_candles("btc", "5m", start=0, end=9, limit=0),
            r"limit must be .* 1\.\.3600, got 0",
        ),
        (
            lambda bo: bo.up_down_candles("btc", "5m", start=0, end=9, limit=3601),
            r"limit .* 1\.\.3600, got 3601",
        ),
        (
            lambda bo: bo.up_down_candles("btc", "5m", start=0, end=9, resolution="1m"),
            r"resolution must be one of",
        ),
        (
            lambda bo: bo.up_down_candles("btc", "5m", start=1_700_000_000_000, end=9),
            r"start is unix time in sec",
        ),
        (lambda bo: bo.up_down_candles("", "5m", start=0, end=9), r"symbol names the series"),
        (lambda bo: list(bo.iter_up_down_candles("btc", "5m", start=0, end=90_000)), r"end - start must be"),
        (lambda bo: bo.events(limit=101), r"limit must be an integer in 1\.\.100, got 101"),
        (lambda bo: bo.events(event_ids=range(1, 60)), r"event_ids takes 1\.\.50 positive integers"),
        (lambda bo: bo.events(order="up"), r"order must be 'asc' or 'desc'"),
        (
            lambda bo: bo.events(start_from=datetime(2026, 1, 1)),
            r"start_from must be a timezone-aware datetime",
        ),
        (lambda bo: bo.pnl(limit=0), r"limit must be an integer in 1\.\.100, got 0"),
    ],
)
def test_bad_arguments_are_refused_before_sending(call: Any, pattern: str) -> None:
    key = PrivateKey.generate().to_hex()  # nothing listens on port 9: a request would fail differently
    with Lighter(
        base_url="http://127.0.0.1:9", chain_id=304, account_index=5, api_key_index=3, api_private_key=key
    ) as c:
        with pytest.raises(InvalidInputError, match=pattern):
            call(c.binary_options)
