"""bo_market_stats and up_down_candle as typed events, bo_position(s) merged into the account state, and
``subscribe(<any channel>)`` delivering raw frames for channels the SDK does not know (both faces)."""

from __future__ import annotations

import asyncio
import logging
import threading
from decimal import Decimal
from typing import Any

import pytest

from lighter.ws import (
    AccountEvent,
    AsyncWsClient,
    BinaryOptionStatsEvent,
    RawChannelEvent,
    SubscriptionFailedEvent,
    UpDownCandleEvent,
    WsClient,
)

from .scripted_server import Conn, ScriptedServer

pytestmark = pytest.mark.timeout(60)

FAST = {"backoff_initial": 0.02, "backoff_max": 0.1, "connect_timeout": 5.0}
STATS = {
    "symbol": "BTC-UP-5m",
    "market_id": 1002,
    "mid_price": "0.6100",
    "best_ask_price": "0.6200",
    "best_bid_price": "",
    "last_trade_price": "0.6000",
    "open_interest": "150",
    "status": "active",
    "outcome": 0,
    "daily_base_token_volume": 2000.0,
    "daily_quote_token_volume": 1234.5,
    "daily_price_low": 0.55,
    "daily_price_high": 0.66,
    "daily_price_change": 0.02,
    "lifetime_quote_token_volume": 5000.0,
    "lifetime_base_token_volume": 8000.0,
}
CANDLE = {
    "symbol": "btc",
    "duration": "5m",
    "resolution": "1s",
    "timestamp": 1_800_000_000,
    "open": "100000.10",
    "high": "100001.00",
    "low": "99999.50",
    "close": "100000.90",
    "provider": "feed",
    "feed_id": "btc-usd",
}


async def serve_new_channels(conn: Conn) -> None:
    """Answers bo_market_stats, up_down_candle, account_market and a channel no SDK knows yet."""
    await conn.send({"type": "connected"})
    while True:
        msg = await conn.recv(timeout=30)
        if msg.get("type") != "subscribe":
            continue
        channel: str = msg["channel"]
        name = channel.replace("/", ":")
        if channel == "bo_market_stats/all":
            await conn.send(
                {
                    "type": "subscribed/bo_market_stats",
                    "channel": name,
                    "timestamp": 5,
                    "bo_market_stats": {"1002": STATS, "1003": {**STATS, "market_id": 1003}},
                }
            )
            await conn.send(
                {
                    "type": "update/bo_market_stats",
                    "channel": name,
                    "bo_market_stats": {"1002": {**STATS, "mid_price": "0.6500"}},
                }
            )
        elif channel.startswith("up_down_candle/"):
            await conn.send({"type": "subscribed/up_down_candle", "channel": name, "candles": [CANDLE]})
            later = {**CANDLE, "timestamp": CANDLE["timestamp"] + 1, "close": "100002.00"}
            await conn.send({"type": "update/up_down_candle", "channel": name, "candles": [later]})
        elif channel.startswith("account_market/"):
            position = {
                "market_id": 1002,
                "sign": -1,
                "size": "25",
                "avg_entry_price": "0.4000",
                "entry_quote": "10.000000",
            }
            await conn.send(
                {
                    "type": "subscribed/account_market",
                    "channel": name,
                    "account": 7,
                    "orders": [],
                    "bo_position": position,
                }
            )
            await conn.send(
                {
                    "type": "update/account_market",
                    "channel": name,
                    "account": 7,
                    "bo_position": {**position, "size": "0"},
                }
            )
        elif channel.startswith("brand_new"):
            await conn.send({"type": "subscribed/brand_new", "channel": name, "payload": {"x": 1}})
            await conn.send(
                {"type": "update/brand_new", "channel": name, "payload": {"x": 2}, "timestamp": 9}
            )
        else:
            await conn.send({"error": {"code": 30005, "message": f"Invalid Channel:  ({channel})"}})


def test_typed_binary_option_events_and_merged_holdings(caplog: pytest.LogCaptureFixture) -> None:
    with ScriptedServer(serve_new_channels) as server, WsClient(server.url, auth=lambda: "tok", **FAST) as ws:
        ws.subscribe_bo_market_stats()
        first = ws.wait_for(lambda e: isinstance(e, BinaryOptionStatsEvent))
        assert isinstance(first, BinaryOptionStatsEvent) and first.snapshot
        assert set(first.stats) == {1002, 1003}
        stats = first.stats[1002]
        assert (stats.mid_price, stats.best_ask_price, stats.best_bid_price) == (
            Decimal("0.6100"),
            Decimal("0.6200"),
            None,
        )
        assert (stats.status, stats.outcome, stats.open_interest) == ("active", 0, Decimal("150"))
        assert first.model.bo_market_stats is not None  # the generated WsBoMarketStatsUpdate
        update = ws.wait_for(lambda e: isinstance(e, BinaryOptionStatsEvent) and not e.snapshot)
        assert update.stats[1002].mid_price == Decimal("0.6500")  # type: ignore[attr-defined]

        ws.subscribe_up_down_candle("btc", "5m", "1s")
        candles = ws.wait_for(lambda e: isinstance(e, UpDownCandleEvent))
        assert isinstance(candles, UpDownCandleEvent)
        assert (candles.channel, candles.symbol, candles.duration, candles.resolution) == (
            "up_down_candle/btc/5m/1s",
            "btc",
            "5m",
            "1s",
        )
        assert candles.candles[0].close == Decimal("100000.90")
        assert candles.model.candles[0].feed_id == "btc-usd"
        later = ws.wait_for(lambda e: isinstance(e, UpDownCandleEvent) and not e.snapshot)
        assert later.candles[0].timestamp == 1_800_000_001  # type: ignore[attr-defined]

        ws.subscribe_account_market(1002, 7)
        held = ws.wait_for(lambda e: isinstance(e, AccountEvent) and e.snapshot)
        assert isinstance(held, AccountEvent)
        assert held.bo_positions[0].sign == -1 and held.bo_positions[0].size == Decimal("25")
        ws.wait_for(lambda e: isinstance(e, AccountEvent) and not e.snapshot)
        assert ws.account(7).bo_positions == {}  # size 0: the holding is gone

        with caplog.at_level(logging.WARNING, logger="lighter.ws"):
            sub = ws.subscribe("brand_new/3/x", wait=True)
            ws.subscribe("brand_new", 4)
        assert sub.address == "brand_new/3/x"
        raw = ws.wait_for(lambda e: isinstance(e, RawChannelEvent) and not e.snapshot)
        assert isinstance(raw, RawChannelEvent)
        ws.wait_for(lambda e: isinstance(e, RawChannelEvent) and e.channel == "brand_new/4")
        assert (raw.kind, raw.raw["payload"], raw.timestamp) == ("brand_new", {"x": 2}, 9)
        warnings = [r for r in caplog.records if "not known to this SDK" in r.getMessage()]
        assert len(warnings) == 1  # once per channel name
        sent = [m["channel"] for m in server.messages("subscribe")]
        assert "brand_new/3/x" in sent and "brand_new/4" in sent
        assert all(
            m.get("auth") == "tok" for m in server.messages("subscribe") if m["channel"].startswith("brand")
        )


def test_whole_addresses_and_bad_names() -> None:
    ws = WsClient("ws://127.0.0.1:9/stream", **FAST)  # never started: nothing is sent
    assert ws.subscribe("trade/0").kind == "trade"  # a known channel by address is the typed one
    assert ws.subscribe("up_down_candle/eth/15m/30s").params == ("eth", "15m", "30s")
    for bad in ("", "has space/1", "slash//", "/x", "a" * 300):
        with pytest.raises(ValueError, match="not a channel address"):
            ws.subscribe(bad)
    with pytest.raises(ValueError, match=r"resolution must be one of \['1s', '30s'\]"):
        ws.subscribe_up_down_candle("btc", "5m", "1m")
    with pytest.raises(ValueError, match="duration must look like"):
        ws.subscribe_up_down_candle("btc", "five", "1s")


def test_async_face_has_the_same_channels() -> None:
    async def main(url: str) -> None:
        got_raw = asyncio.Event()
        raws: list[RawChannelEvent] = []

        async def on_raw(event: Any) -> None:
            raws.append(event)
            got_raw.set()

        async with AsyncWsClient(url, **FAST) as ws:
            await ws.subscribe_bo_market_stats("all")
            event = await ws.wait_for(lambda e: isinstance(e, BinaryOptionStatsEvent))
            assert 1003 in event.stats  # type: ignore[attr-defined]
            await ws.subscribe_up_down_candle("btc", "5m")
            candle = await ws.wait_for(lambda e: isinstance(e, UpDownCandleEvent))
            assert candle.candles[0].open == Decimal("100000.10")  # type: ignore[attr-defined]
            await ws.subscribe("brand_new/1", callback=on_raw)
            await asyncio.wait_for(got_raw.wait(), 10)
            assert raws[0].raw["payload"] == {"x": 1} and raws[0].snapshot  # registered before the subscribe
            with pytest.raises(Exception, match="Invalid Channel"):
                await ws.subscribe("nobody_serves_this")

    with ScriptedServer(serve_new_channels) as server:
        asyncio.run(main(server.url))


def test_against_the_local_exchange(local_exchange: Any) -> None:
    seen = threading.Event()
    with WsClient(local_exchange.ws_url, **FAST) as ws:
        ws.subscribe_up_down_candle("btc", "5m", "1s", wait=True)
        snap = ws.wait_for(lambda e: isinstance(e, UpDownCandleEvent))
        assert len(snap.candles) == 300  # type: ignore[attr-defined]
        ws.subscribe_bo_market_stats("all", callback=lambda e: seen.set())
        ws.wait_for(lambda e: isinstance(e, UpDownCandleEvent) and not e.snapshot, timeout=5)
        assert seen.wait(5)
        ws.subscribe("not_a_channel/1")
        failed = ws.wait_for(lambda e: isinstance(e, SubscriptionFailedEvent))
        assert failed.error.code == 30005  # type: ignore[attr-defined]
