"""``event.model``: each event's raw frame as its generated ``lighter_generated.models.Ws*`` model, checked on
every recorded frame (the model round-trips to exactly the frame, and carries the same content as the
event), parsed lazily and cached, never imported by ``import lighter.ws``."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from typing import Any

import pytest

from lighter.ws._generated import MODEL_BY_KIND
from lighter.ws._parse import PARSERS
from lighter.ws.events import (
    AccountEvent,
    ChannelEvent,
    HeightEvent,
    MarketStatsEvent,
    OrderBookEvent,
    ServerErrorEvent,
    TickerEvent,
    TradeEvent,
    UserStatsEvent,
)

from .test_real_frames import SUBSCRIPTIONS, core_for, load_text


def event_for(name: str) -> ChannelEvent:
    core = core_for(name)
    raw = json.loads(load_text(name))
    if raw["type"] == "update/order_book":  # a diff applies after a snapshot only
        core.subscribe("order_book", (0,))
        core.poll(0.0)
        book = raw["order_book"]
        snapshot = {
            "type": "subscribed/order_book",
            "channel": "order_book:0",
            "order_book": {"offset": book["offset"] - 1, "nonce": book.get("begin_nonce", 1)},
        }
        core.on_text(json.dumps(snapshot), 1.0)
    (event,) = core.on_text(load_text(name), 1.0)
    assert isinstance(event, ChannelEvent)
    return event


DATA_FRAMES = sorted([*SUBSCRIPTIONS, "order_book__1.json", "order_book__15.json"])


@pytest.mark.parametrize("name", DATA_FRAMES)
def test_every_recorded_data_frame_has_its_generated_model(name: str) -> None:
    event = event_for(name)
    kind = event.channel.split("/")[0]
    model = event.model
    assert type(model).__name__ == MODEL_BY_KIND[kind]
    assert model.to_dict() == json.loads(load_text(name)) == event.raw
    assert event.model is model  # parsed once


def test_models_carry_what_the_events_carry() -> None:
    book = event_for("order_book__2.json")
    assert isinstance(book, OrderBookEvent)
    assert book.model.offset == book.offset and book.model.order_book.nonce == book.nonce
    top = book.model.order_book.bids[0]
    assert (Decimal(top.price), Decimal(top.size)) == book.bid_changes[0]

    ticker = event_for("ticker__5.json")
    assert isinstance(ticker, TickerEvent) and ticker.model.ticker.s == ticker.symbol
    assert (Decimal(ticker.model.ticker.a.price), Decimal(ticker.model.ticker.a.size)) == ticker.ask

    trades = event_for("trade__3.json")
    assert isinstance(trades, TradeEvent)
    assert [t.trade_id for t in trades.model.trades] == [t.trade_id for t in trades.trades]

    stats = event_for("market_stats__3.json")
    assert isinstance(stats, MarketStatsEvent) and stats.model.market_stats.mark_price == "90528.9"

    height = event_for("height__1.json")
    assert isinstance(height, HeightEvent) and height.model.height == height.height

    user = event_for("user_stats__2.json")
    assert isinstance(user, UserStatsEvent) and user.model.stats.collateral == user.stats["collateral"]

    orders = event_for("account_all_orders__1.json")
    assert isinstance(orders, AccountEvent)
    wire = orders.model.orders.additional_properties
    assert [o.order_index for per_market in wire.values() for o in per_market] == [
        o.order_index for o in orders.orders
    ]


@pytest.mark.parametrize(("name", "code"), [("error__1.json", 30005), ("error__13.json", 20001)])
def test_server_error_events_have_the_ws_error_model(name: str, code: int) -> None:
    (event,) = core_for("x").on_text(load_text(name), 1.0)
    assert isinstance(event, ServerErrorEvent)
    assert type(event.model).__name__ == "WsError" and event.model.error.code == code == event.error.code


def test_tx_answers_have_the_ws_tx_response_model() -> None:
    core = core_for("x")
    future = core.send_tx({"tx_types": "[]", "tx_infos": "[]"}, batch=True, timeout=5, now=0.0)
    answer = json.loads(load_text("jsonapi_sendtx__2.json"))
    answer["id"] = json.loads(core.poll(0.0).send[0])["data"]["id"]
    core.on_text(json.dumps(answer), 1.0)
    result = future.result(0)
    assert type(result.model).__name__ == "WsTxResponse"
    assert result.model.tx_hash == list(result.tx_hashes) and result.model.code == 200


def parsed(kind: str, params: tuple[Any, ...], frame: dict[str, Any]) -> ChannelEvent:
    address = "/".join([kind, *map(str, params)])
    return PARSERS[kind](address, params, frame, frame["type"].startswith("subscribed/"), lambda _a: None)


# Channels with a schema but no recorded frame: frames written after the asyncapi examples.
UNRECORDED = [
    (
        "candle",
        (0, "1m"),
        {
            "type": "update/candle",
            "channel": "candle:0:1m",
            "resolution": "1m",
            "candle": {"t": 1700000000000, "o": 3000.5, "h": 3001.0, "l": 2999.0, "c": 3000.0, "v": 1.5},
        },
    ),
    (
        "account_tx",
        (7,),
        {"type": "update/account_tx", "channel": "account_tx:7", "timestamp": 1, "txs": []},
    ),
    (
        "account_all",
        (7,),
        {"type": "subscribed/account_all", "channel": "account_all:7", "account": 7, "positions": {}},
    ),
    (
        "spot_market_stats",
        ("all",),
        {"type": "update/spot_market_stats", "channel": "spot_market_stats:all", "spot_market_stats": {}},
    ),
]


@pytest.mark.parametrize(("kind", "params", "frame"), UNRECORDED, ids=[u[0] for u in UNRECORDED])
def test_channels_without_a_recorded_frame(kind: str, params: tuple[Any, ...], frame: dict[str, Any]) -> None:
    event = parsed(kind, params, frame)
    assert type(event.model).__name__ == MODEL_BY_KIND[kind]
    assert event.model.to_dict() == frame


@pytest.mark.parametrize(
    ("kind", "params"), [("notification", (7,)), ("pool_info", (7,)), ("account_market", (0, 7))]
)
def test_channels_without_a_schema_have_no_model(kind: str, params: tuple[Any, ...]) -> None:
    frame = {"type": f"update/{kind}", "channel": ":".join([kind, *map(str, params)])}
    assert parsed(kind, params, frame).model is None


def test_streaming_never_imports_the_generated_package() -> None:
    code = (
        "import sys, lighter, lighter.ws.client, lighter.ws.aio, lighter.ws.events;"
        "from lighter.ws._core import StreamCore;"
        'core = StreamCore(); core.on_open(0.0); core.on_text(\'{"type":"connected"}\', 0.0);'
        "core.subscribe('height', ());"
        "core.poll(0.0);"
        '(event,) = core.on_text(\'{"type":"update/height","channel":"height","height":5}\', 1.0);'
        "assert event.height == 5;"
        "assert 'lighter_generated' not in sys.modules, 'imported too early';"
        "assert type(event.model).__name__ == 'WsHeightUpdate';"
        "assert 'lighter_generated' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
