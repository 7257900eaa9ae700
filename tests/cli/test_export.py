"""``lighter export`` against the local exchange: Parquet/CSV rows equal the API's answers, re-runs append
nothing, later runs append only newer rows, bad input leaves files alone."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from lighter import Lighter
from lighter.testing import LocalExchange
from lighter.testing.exchange import Exchange
from lighter.testing.onboarding import Credentials, onboard

from .helpers import Result


@pytest.fixture(scope="module")
def market() -> Iterator[tuple[LocalExchange, Credentials]]:
    """An exchange with quotes and a funded account that traded against them a few times."""
    # the exchange's clock runs 3 minutes behind: the candles of the trades below are closed already
    # (an export leaves a candle still forming for the next run)
    exchange = Exchange(clock=lambda: time.time() - 180)
    with LocalExchange(exchange=exchange, market_maker=True, maker_seed=5) as lx:
        creds = onboard(lx.base_url, chain_id=lx.chain_id, usdc=50_000)
        with Lighter.from_env(creds.as_env(), rate_limit=None) as client:
            _trade(client, 4)
        yield lx, creds


def _trade(client: Lighter, count: int) -> None:
    for i in range(count):
        side = "buy" if i % 2 == 0 else "sell"
        done = client.create_order("ETH", side=side, size="0.01", order_type="market", wait=True)
        assert done.filled == Decimal("0.01")


def _env(creds: Credentials) -> dict[str, str]:
    return creds.as_env()


def _now_ms() -> int:
    return int(time.time() * 1000)


def _export(cli: Any, creds: Credentials, *args: str) -> Result:
    return cli("export", *args, env=_env(creds))


def _ms(value: datetime) -> int:
    return int(value.timestamp() * 1000)


def test_candles_parquet_equals_the_api_and_a_rerun_appends_nothing(
    cli: Any, market: tuple[LocalExchange, Credentials], tmp_path: Path
) -> None:
    _, creds = market
    out = tmp_path / "eth-1m.parquet"
    until = str(_now_ms() + 1)
    first = _export(cli, creds, "candles", "ETH", "1m", "--since", "3d", "--until", until, "--out", str(out))
    assert first.code == 0, first.err
    rows = pq.read_table(out).to_pylist()
    with Lighter.from_env(creds.as_env(), rate_limit=None) as client:
        raw = client.api.candles(
            market_id=0,
            resolution="1m",
            start_timestamp=int(until) - 3 * 86_400_000,
            end_timestamp=int(until),
            count_back=0,
        ).c
    assert len(rows) == len(raw) >= 1
    for row, c in zip(rows, raw, strict=True):
        assert _ms(row["time"]) == c.t and row["time"].tzinfo is not None
        assert (row["open"], row["high"], row["low"], row["close"]) == tuple(
            Decimal(str(v)).quantize(Decimal("0.01")) for v in (c.o, c.h, c.l, c.c)
        )
        assert row["volume"] == Decimal(str(c.v)).quantize(Decimal("0.0001"))
        assert row["quote_volume"] == Decimal(str(c.V)).quantize(Decimal("0.000001"))
    schema = pq.read_schema(out)
    assert str(schema.field("open").type) == "decimal128(38, 2)"  # ETH prices have 2 decimals
    assert str(schema.field("time").type) == "timestamp[us, tz=UTC]"
    before = out.read_bytes()
    again = _export(cli, creds, "candles", "ETH", "1m", "--since", "3d", "--until", until, "--out", str(out))
    assert again.code == 0 and "nothing appended" in again.err + again.out
    assert out.read_bytes() == before


def _all_trades(client: Lighter, **params: Any) -> list[Any]:
    found, cursor = [], None
    while True:
        page = client.api.trades(
            limit=100, sort_by="timestamp", **params, **({"cursor": cursor} if cursor else {})
        )
        found.extend(page.trades or [])
        cursor = page.next_cursor if isinstance(page.next_cursor, str) else None
        if not cursor:
            return sorted(found, key=lambda t: t.trade_id)


def test_trades_and_fills_equal_the_api_and_resume_with_only_newer_rows(
    cli: Any, market: tuple[LocalExchange, Credentials], tmp_path: Path
) -> None:
    _, creds = market
    trades_out, fills_out = tmp_path / "trades.parquet", tmp_path / "fills.csv"
    for kind, out in (("trades", trades_out), ("fills", fills_out)):
        result = _export(cli, creds, kind, "ETH", "--since", "1d", "--out", str(out))
        assert result.code == 0, result.err
    public = Lighter(
        base_url=creds.base_url, chain_id=creds.chain_id, rate_limit=None
    )  # no token: a market's trades
    with public, Lighter.from_env(creds.as_env(), rate_limit=None) as client:
        raw_trades = _all_trades(public, market_id=0)
        raw_fills = _all_trades(client, market_id=0, account_index=creds.account_index)
        rows = pq.read_table(trades_out).to_pylist()
        assert [r["trade_id"] for r in rows] == [t.trade_id for t in raw_trades]
        for row, t in zip(rows, raw_trades, strict=True):
            assert (row["price"], row["size"], row["quote"]) == (
                Decimal(t.price),
                Decimal(t.size),
                Decimal(t.usd_amount),
            )
            assert _ms(row["time"]) == t.timestamp and row["tx_hash"] == t.tx_hash
        fills = pacsv.read_csv(fills_out).to_pylist()
        assert [f["trade_id"] for f in fills] == [t.trade_id for t in raw_fills]
        assert [Decimal(str(f["size"])) for f in fills] == [Decimal(t.size) for t in raw_fills]
        before = {p: p.read_bytes() for p in (trades_out, fills_out)}
        for kind, out in (("trades", trades_out), ("fills", fills_out)):
            again = _export(cli, creds, kind, "ETH", "--since", "1d", "--out", str(out))
            assert again.code == 0 and "nothing appended" in again.err + again.out
        assert {p: p.read_bytes() for p in before} == before

        _trade(client, 2)  # new activity: the next run appends exactly the new rows
        for kind, out in (("trades", trades_out), ("fills", fills_out)):
            more = _export(cli, creds, kind, "ETH", "--since", "1d", "--out", str(out))
            assert more.code == 0 and "2 new" in more.out, more.out + more.err
        assert [r["trade_id"] for r in pq.read_table(trades_out).to_pylist()] == [
            t.trade_id for t in _all_trades(public, market_id=0)
        ]
        assert [f["trade_id"] for f in pacsv.read_csv(fills_out).to_pylist()] == [
            t.trade_id for t in _all_trades(client, market_id=0, account_index=creds.account_index)
        ]


def test_bad_input_is_one_clear_error_and_leaves_files_alone(
    cli: Any, market: tuple[LocalExchange, Credentials], tmp_path: Path
) -> None:
    _, creds = market
    out = tmp_path / "mixed.parquet"
    assert _export(cli, creds, "trades", "ETH", "--since", "1d", "--out", str(out)).code == 0
    before = out.read_bytes()
    other = _export(cli, creds, "candles", "ETH", "1m", "--since", "1d", "--out", str(out))
    assert (
        other.code != 0 and "exists with another schema" in other.err and "nothing was written" in other.err
    )
    assert out.read_bytes() == before
    backwards = _export(cli, creds, "candles", "ETH", "--since", "1h", "--until", "2h", "--out", str(out))
    assert backwards.code != 0 and "--since" in backwards.err and "before --until" in backwards.err
    fresh = tmp_path / "new.parquet"
    unknown = _export(cli, creds, "candles", "ETH", "2m", "--since", "1d", "--out", str(fresh))
    assert unknown.code != 0 and "resolution must be one of 1m, 5m" in unknown.err
    assert not fresh.exists()
    wrong = _export(cli, creds, "candles", "ETH", "--out", str(tmp_path / "x.xlsx"))
    assert wrong.code != 0 and ".parquet or .csv" in wrong.err
    no_market = _export(cli, creds, "trades", "--out", str(fresh))
    assert no_market.code != 0 and "needs a market" in no_market.err
    assert out.read_bytes() == before and not fresh.exists()
