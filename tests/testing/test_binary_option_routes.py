"""The local exchange's binary-option, price-oracle and fee-tier routes: schema-valid answers and the
exchange's parameter rules (24-hour candle ranges, limits)."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from lighter.testing import LocalExchange

from .helpers import Trader
from .test_conformance import spec, validate  # noqa: F401  (spec is a fixture)

jsonschema = pytest.importorskip("jsonschema")


def test_answers_validate_against_the_spec(
    spec: dict[str, Any],  # noqa: F811
    local_exchange: LocalExchange,
    onboard_account: Any,
) -> None:
    a = Trader(onboard_account(usdc=1_000))
    now = int(time.time())
    auth = {"authorization": a.auth()}
    ok_calls: list[tuple[str, dict[str, Any], dict[str, str] | None]] = [
        ("/api/v1/events", {}, None),
        ("/api/v1/events", {"tag": "btc/5m", "active": "true", "limit": 2, "order": "desc"}, None),
        ("/api/v1/events", {"event_ids": "1,2,3", "market_ids": "1000"}, None),
        (
            "/api/v1/upDownCandles",
            {
                "symbol": "BTC",
                "duration": "5m",
                "start_timestamp": now - 90,
                "end_timestamp": now,
                "limit": 10,
            },
            None,
        ),
        (
            "/api/v1/upDownCandles",
            {
                "symbol": "eth",
                "duration": "5m",
                "resolution": "30s",
                "start_timestamp": now - 3600,
                "end_timestamp": now,
            },
            None,
        ),
        ("/api/v1/portfolio/boPnl", {"account_index": a.account, "limit": 10}, auth),
        ("/api/v1/priceOracleInfo", {}, None),
        ("/api/v1/priceOracleInfo", {"symbol": "ETH"}, None),
        ("/api/v1/feeTiers", {}, None),
        ("/api/v1/feeTiers", {"filter": "bo"}, None),
    ]
    refused: list[tuple[str, dict[str, Any], dict[str, str] | None]] = [
        (
            "/api/v1/upDownCandles",
            {"symbol": "btc", "duration": "5m", "start_timestamp": now - 86401, "end_timestamp": now},
            None,
        ),
        (
            "/api/v1/upDownCandles",
            {
                "symbol": "btc",
                "duration": "5m",
                "start_timestamp": now - 10,
                "end_timestamp": now,
                "limit": 3601,
            },
            None,
        ),
        (
            "/api/v1/upDownCandles",
            {
                "symbol": "btc",
                "duration": "5m",
                "start_timestamp": now - 10,
                "end_timestamp": now,
                "resolution": "1m",
            },
            None,
        ),
        (
            "/api/v1/upDownCandles",
            {"symbol": "doge", "duration": "5m", "start_timestamp": now - 10, "end_timestamp": now},
            None,
        ),
        ("/api/v1/events", {"limit": 0}, None),
        ("/api/v1/portfolio/boPnl", {"account_index": a.account}, {"authorization": "1:2:3:00"}),  # bad token
        ("/api/v1/feeTiers", {"filter": "vip"}, None),
    ]
    with httpx.Client(base_url=local_exchange.base_url) as http:
        for path, params, headers in ok_calls:
            resp = http.get(path, params=params, headers=headers)
            assert resp.status_code == 200, (path, params, resp.text)
            validate(spec, "GET", path, resp)
        for path, params, headers in refused:
            resp = http.get(path, params=params, headers=headers)
            assert resp.status_code == 400, (path, params, resp.text)
            assert resp.json()["code"] == 20001
            validate(spec, "GET", path, resp)


def test_events_cover_past_current_and_upcoming_windows(local_exchange: LocalExchange) -> None:
    with httpx.Client(base_url=local_exchange.base_url) as http:
        events = http.get("/api/v1/events", params={"tag": "btc/5m", "limit": 100}).json()["events"]
    statuses = [e["order_books"][0]["status"] for e in events]
    assert statuses == ["settled", "settled", "active", "inactive", "inactive", "inactive"]
    settled = events[0]["order_books"][0]
    assert settled["outcome"] in (1, 2) and settled["settlement_price"] in (0, 10_000)
    assert [e["start_at"] for e in events] == sorted(e["start_at"] for e in events)
    assert all(e["end_at"] - e["start_at"] == 300_000 for e in events)


def _validate_frame(doc: dict[str, Any], schema_name: str, frame: dict[str, Any]) -> None:
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    registry = Registry().with_resource("urn:spec", DRAFT202012.create_resource(doc))
    validator = jsonschema.Draft202012Validator(
        {"$ref": f"urn:spec#/components/schemas/{schema_name}"}, registry=registry
    )
    errors = [f"{list(e.path)}: {e.message[:200]}" for e in validator.iter_errors(frame)]
    assert not errors, (schema_name, errors[:5])


def test_binary_option_channels_validate_and_update(
    spec: dict[str, Any],  # noqa: F811
    local_exchange: LocalExchange,
) -> None:
    from .test_ws import Ws

    ws = Ws(local_exchange.ws_url)
    try:
        snap = ws.subscribe("up_down_candle/BTC/5m/1s")
        assert (snap["type"], snap["channel"]) == ("subscribed/up_down_candle", "up_down_candle:btc:5m:1s")
        assert len(snap["candles"]) == 300
        _validate_frame(spec, "WsUpDownCandleUpdate", snap)
        stats = ws.subscribe("bo_market_stats/all")
        assert stats["type"] == "subscribed/bo_market_stats" and len(stats["bo_market_stats"]) == 18
        _validate_frame(spec, "WsBoMarketStatsUpdate", stats)
        one = ws.subscribe("bo_market_stats/1002")
        assert one["bo_market_stats"]["market_id"] == 1002
        _validate_frame(spec, "WsBoMarketStatsUpdate", one)
        update = ws.recv_until(lambda f: f["type"] == "update/up_down_candle")
        assert 1 <= len(update["candles"]) <= 2
        _validate_frame(spec, "WsUpDownCandleUpdate", update)
        for bad in ("up_down_candle/btc/5m/1m", "up_down_candle/doge/5m/1s", "bo_market_stats/77"):
            error = ws.subscribe(bad)
            while "error" not in error:
                error = ws.recv()
            assert error["error"]["code"] == 30005
        ws.send({"type": "unsubscribe", "channel": "up_down_candle/btc/5m/1s"})
        ws.recv_until(lambda f: f["type"] == "unsubscribed")
    finally:
        ws.close()
