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
        ("/api/v1/portfolio/boPnl", {"account_index": a.account}, None),  # no auth token
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
