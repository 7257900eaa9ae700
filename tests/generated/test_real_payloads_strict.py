"""Every recorded real payload (tests/data/real-payloads) validates strictly against openapi.yaml.

The same strict validator checks the local exchange's answers (tests/testing/test_strict_conformance.py).
When a recording fails here, openapi.yaml follows the recording (a property becomes optional or nullable,
with a note in its description saying which recording showed it): the spec may never require more than the
real exchange sends, so a strict client built from it never breaks on mainnet.
"""

from __future__ import annotations

from typing import Any

import pytest

from .test_real_payloads import REST, WS, _channel, _payload

pytest.importorskip("jsonschema")
strict_schema = pytest.importorskip("strict_schema")

# Frame kind (file-name prefix) -> the WebSocket component schema that describes it.
WS_SCHEMAS = {
    "order_book": "WsOrderBookUpdate",
    "ticker": "WsTickerUpdate",
    "market_stats": "WsMarketStatsUpdate",
    "trade": "WsTradeUpdate",
    "height": "WsHeightUpdate",
    "account_all_orders": "WsAccountAllOrdersUpdate",
    "account_orders": "WsAccountOrdersUpdate",
    "account_all_trades": "WsAccountAllTradesUpdate",
    "account_all_positions": "WsAccountAllPositionsUpdate",
    "account_all_assets": "WsAccountAllAssetsUpdate",
    "user_stats": "WsUserStatsUpdate",
    "connected": "WsConnected",
    "unsubscribed": "WsUnsubscribed",
    "error": "WsError",
    "jsonapi_sendtx": "WsTxResponse",
}
# Recordings whose values are real. The others (MIXED, EXAMPLE, SUSPICIOUS: see index.json) carry
# documentation placeholders such as "C": "string" or "code": "200", so only their keys and nulls are checked.
REAL_VALUES = {"REAL-RECORDED", "REAL-EDITED", "REAL-LOOKING"}


@pytest.mark.parametrize("entry", REST, ids=[e["file"] for e in REST])
def test_recorded_rest_body_is_strictly_valid(entry: dict[str, Any]) -> None:
    method, target = entry["endpoint"].split()[:2]
    presence_only = entry["class"] not in REAL_VALUES
    errors = strict_schema.response_errors(method, target.split("?")[0], 200, _payload(entry), presence_only)
    assert not errors, f"{entry['file']}: " + "; ".join(errors[:8])


@pytest.mark.parametrize("entry", WS, ids=[e["file"] for e in WS])
def test_recorded_ws_frame_is_strictly_valid(entry: dict[str, Any]) -> None:
    presence_only = entry["class"] not in REAL_VALUES
    errors = strict_schema.component_errors(WS_SCHEMAS[_channel(entry)], _payload(entry), presence_only)
    assert not errors, f"{entry['file']}: " + "; ".join(errors[:8])


def test_every_recorded_frame_kind_has_a_schema() -> None:
    assert {_channel(e) for e in WS} <= set(WS_SCHEMAS)


def test_the_validator_is_strict() -> None:
    """The validator refuses what a strict client would: a missing required field, a null where the type
    has none, a wrong type, an int32 out of range. (A validator that accepts anything proves nothing.)"""
    body = _payload(next(e for e in REST if e["file"] == "rest/accountActiveOrders__1.json"))
    assert strict_schema.response_errors("GET", "/api/v1/accountActiveOrders", 200, body) == []
    order = body["orders"][0]
    for mutate in (
        lambda o: o.pop("order_index"),
        lambda o: o.update(order_index=None),
        lambda o: o.update(order_index="844423989556373"),
        lambda o: o.update(market_index=2**40),
    ):
        broken = {**body, "orders": [dict(order)]}
        mutate(broken["orders"][0])
        assert strict_schema.response_errors("GET", "/api/v1/accountActiveOrders", 200, broken)
