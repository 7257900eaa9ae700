"""Every recorded REST body and WebSocket frame in tests/data/real-payloads parses with the
generated models, loses nothing (to_dict() gives the input back) and yields models, not raw dicts, for
declared objects."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml

from lighter_generated import models
from lighter_generated.types import Unset

from ._paths import REAL_PAYLOADS, SPEC

WS_MODELS = {
    "order_book": models.WsOrderBookUpdate,
    "ticker": models.WsTickerUpdate,
    "market_stats": models.WsMarketStatsUpdate,
    "trade": models.WsTradeUpdate,
    "height": models.WsHeightUpdate,
    "account_all_orders": models.WsAccountAllOrdersUpdate,
    "account_orders": models.WsAccountOrdersUpdate,
    "account_all_trades": models.WsAccountAllTradesUpdate,
    "account_all_positions": models.WsAccountAllPositionsUpdate,
    "account_all_assets": models.WsAccountAllAssetsUpdate,
    "user_stats": models.WsUserStatsUpdate,
    "connected": models.WsConnected,
    "unsubscribed": models.WsUnsubscribed,
    "error": models.WsError,
    "jsonapi_sendtx": models.WsTxResponse,
}


def _index() -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = json.loads((REAL_PAYLOADS / "index.json").read_text())
    return entries


ENTRIES = _index()
REST = [e for e in ENTRIES if e["kind"] == "rest"]
WS = [e for e in ENTRIES if e["kind"] == "ws"]


def _payload(entry: dict[str, Any]) -> Any:
    return json.loads((REAL_PAYLOADS / entry["file"]).read_text())


def _channel(entry: dict[str, Any]) -> str:
    """The frame kind, from the file name (`ws/order_book__2.json` -> `order_book`)."""
    return Path(entry["file"]).name.split("__")[0]


@functools.cache
def _response_models() -> dict[str, type]:
    """Path -> generated model of the operation's 200 answer, read from openapi.yaml."""
    spec = yaml.safe_load(SPEC.read_text())
    out = {}
    for path, item in spec["paths"].items():
        for op in item.values():
            ref = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
            out[path] = getattr(models, ref.rsplit("/", 1)[1])
    return out


def raw_objects(value: Any, where: str = "") -> list[str]:
    """Places where a parsed model holds a raw dict (a nested model that fell back to the unparsed value)."""
    found: list[str] = []
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            if field.name == "additional_properties":
                for key, item in value.additional_properties.items():
                    found += raw_objects(item, f"{where}[{key!r}]") if attrs.has(type(item)) else []
                continue
            found += raw_objects(getattr(value, field.name), f"{where}.{field.name}")
    elif isinstance(value, dict):
        found.append(where)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += raw_objects(item, f"{where}[{i}]")
    return found


@pytest.mark.parametrize("entry", REST, ids=[e["file"] for e in REST])
def test_rest_body_parses(entry: dict[str, Any]) -> None:
    path = entry["endpoint"].split()[1].split("?")[0]
    model = _response_models()[path]
    body = _payload(entry)
    parsed = model.from_dict(body)
    assert parsed.to_dict() == body
    if entry["class"] in ("REAL-RECORDED", "REAL-EDITED", "REAL-LOOKING"):
        assert raw_objects(parsed) == []


@pytest.mark.parametrize("entry", WS, ids=[e["file"] for e in WS])
def test_ws_frame_parses(entry: dict[str, Any]) -> None:
    frame = _payload(entry)
    model = WS_MODELS[_channel(entry)]
    parsed = model.from_dict(frame)
    assert parsed.to_dict() == frame
    assert raw_objects(parsed) == []


def test_every_recorded_ws_message_type_has_a_model() -> None:
    assert {_channel(e) for e in WS} <= set(WS_MODELS)


def test_order_book_frames_expose_sequence_fields() -> None:
    books = [e for e in WS if _channel(e) == "order_book"]
    frames = {e["file"]: models.WsOrderBookUpdate.from_dict(_payload(e)) for e in books}
    newest = frames["ws/order_book__15.json"].order_book
    assert isinstance(newest, models.WsOrderBook)
    assert (newest.offset, newest.nonce, newest.begin_nonce) == (1558300, 9182390020, 9182389998)
    big = frames["ws/order_book__2.json"].order_book
    assert isinstance(big, models.WsOrderBook) and isinstance(big.asks, list)
    assert isinstance(big.begin_nonce, Unset)  # older frames do not carry it
    assert all(isinstance(level, models.WsPriceLevel) for level in big.asks)
    assert big.asks[0].price == "90550.8"


def test_large_order_indexes_stay_exact() -> None:
    entry = next(e for e in REST if e["file"] == "rest/accountActiveOrders__1.json")
    orders = models.Orders.from_dict(_payload(entry)).orders
    assert isinstance(orders, list)
    assert orders[0].order_index == 844423989556373
    assert orders[0].nonce == 281474036135061


def test_rest_files_present() -> None:
    assert len(REST) >= 16 and len(WS) >= 28
