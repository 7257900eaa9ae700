"""Every recorded frame in data/real-payloads parses into the right typed event (through the core)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from lighter.ws._auth import TokenCache
from lighter.ws._core import StreamCore
from lighter.ws.events import (
    AccountEvent,
    HeightEvent,
    MarketStatsEvent,
    OrderBookEvent,
    ServerErrorEvent,
    StateChanged,
    SubscriptionFailedEvent,
    TickerEvent,
    TradeEvent,
    UnsubscribedEvent,
    UserStatsEvent,
)

DATA = Path(__file__).parents[1] / "data" / "real-payloads" / "ws"

# file -> the subscription (kind, params) the frame answers
SUBSCRIPTIONS: dict[str, tuple[str, tuple[Any, ...]]] = {
    "account_all_assets__2.json": ("account_all_assets", (1234,)),
    "account_all_orders__1.json": ("account_all_orders", (659514,)),
    "account_all_orders__2.json": ("account_all_orders", (659514,)),
    "account_all_positions__1.json": ("account_all_positions", (1234,)),
    "account_all_positions__3.json": ("account_all_positions", (8,)),
    "account_all_trades__1.json": ("account_all_trades", (1234,)),
    "account_orders__3.json": ("account_orders", (0, 1234)),
    "height__1.json": ("height", ()),
    "market_stats__1.json": ("market_stats", (0,)),
    "market_stats__3.json": ("market_stats", (1,)),
    "order_book__2.json": ("order_book", (1,)),
    "ticker__1.json": ("ticker", (0,)),
    "ticker__3.json": ("ticker", (0,)),
    "ticker__5.json": ("ticker", (110,)),
    "trade__1.json": ("trade", (0,)),
    "trade__12.json": ("trade", (0,)),
    "trade__3.json": ("trade", (1,)),
    "user_stats__1.json": ("user_stats", (10,)),  # the account the recorded frame names
    "user_stats__2.json": ("user_stats", (1234,)),
}


def load_text(name: str) -> str:
    return (DATA / name).read_text()


def core_for(name: str) -> StreamCore:
    core = StreamCore(token_cache=TokenCache(lambda: "2000000000:1:1:" + "00" * 80))
    core.on_open(0.0)
    core.on_text(load_text("connected__1.json"), 0.0)
    if name in SUBSCRIPTIONS:
        kind, params = SUBSCRIPTIONS[name]
        core.subscribe(kind, params)
    core.poll(0.0)
    return core


def test_every_recorded_frame_is_covered() -> None:
    names = {p.name for p in DATA.glob("*.json")}
    handled = set(SUBSCRIPTIONS) | {
        "connected__1.json",
        "error__1.json",
        "error__2.json",
        "error__3.json",
        "error__13.json",
        "jsonapi_sendtx__2.json",
        "order_book__1.json",
        "order_book__15.json",
        "unsubscribed__1.json",
    }
    assert names == handled


@pytest.mark.parametrize("name", sorted(SUBSCRIPTIONS))
def test_data_frames_parse(name: str) -> None:
    core = core_for(name)
    raw = json.loads(load_text(name))
    events = core.on_text(load_text(name), 1.0)
    assert len(events) == 1, events
    (event,) = events
    kind, params = SUBSCRIPTIONS[name]
    assert event.channel == "/".join([kind, *map(str, params)])  # type: ignore[attr-defined]
    assert event.snapshot == raw["type"].startswith("subscribed/")  # type: ignore[attr-defined]
    assert event.raw == raw  # type: ignore[attr-defined]


def test_connected_frame() -> None:
    core = StreamCore()
    core.on_open(0.0)
    (event,) = core.on_text(load_text("connected__1.json"), 0.0)
    assert isinstance(event, StateChanged)
    assert core.session_id == "8d354239-80e0-4b77-8763-87b6fef2f768"


def test_order_book_snapshot_frame() -> None:
    core = core_for("order_book__2.json")
    (event,) = core.on_text(load_text("order_book__2.json"), 1.0)
    assert isinstance(event, OrderBookEvent) and event.market_id == 1 and event.snapshot
    assert event.offset == 2760693 and event.nonce == 3622864826
    assert event.book.best_bid == (Decimal("90550.4"), Decimal("0.05386"))
    assert event.book.is_synced
    assert event.bid_changes[0] == (Decimal("90550.4"), Decimal("0.05386"))


@pytest.mark.parametrize("name", ["order_book__1.json", "order_book__15.json"])
def test_order_book_update_frames_apply_after_a_snapshot(name: str) -> None:
    raw = json.loads(load_text(name))
    core = core_for(name)
    core.subscribe("order_book", (0,))
    core.poll(0.0)
    book = raw["order_book"]
    snapshot = {
        "type": "subscribed/order_book",
        "channel": "order_book:0",
        "order_book": {
            "offset": book["offset"] - 1,
            "nonce": book.get("begin_nonce", 1),
            "bids": [],
            "asks": [],
        },
    }
    core.on_text(json.dumps(snapshot), 1.0)
    (event,) = core.on_text(load_text(name), 1.0)
    assert isinstance(event, OrderBookEvent) and not event.snapshot and event.book.is_synced
    assert event.ask_changes == [(Decimal(a["price"]), Decimal(a["size"])) for a in book["asks"]]


def test_ticker_frames() -> None:
    core = core_for("ticker__5.json")
    (event,) = core.on_text(load_text("ticker__5.json"), 1.0)
    assert isinstance(event, TickerEvent)
    assert event.market_id == 110 and event.symbol == "NVDA"
    assert event.ask == (Decimal("223.363"), Decimal("28.627"))
    assert event.bid == (Decimal("223.335"), Decimal("15.888"))


def test_market_stats_frames() -> None:
    core = core_for("market_stats__3.json")
    (event,) = core.on_text(load_text("market_stats__3.json"), 1.0)
    assert isinstance(event, MarketStatsEvent) and set(event.stats) == {1}
    assert event.stats[1]["mark_price"] == "90528.9"
    # an "all" subscription receives per-market frames too
    core = StreamCore()
    core.on_open(0.0)
    core.on_text('{"type":"connected"}', 0.0)
    core.subscribe("market_stats", ("all",))
    core.poll(0.0)
    (event,) = core.on_text(load_text("market_stats__1.json"), 1.0)
    assert isinstance(event, MarketStatsEvent) and event.channel == "market_stats/all" and 0 in event.stats
    many = {
        "type": "update/market_stats",
        "channel": "market_stats:all",
        "market_stats": {"0": {"market_id": 0}, "1": {"market_id": 1}},
    }
    (event,) = core.on_text(json.dumps(many), 1.0)
    assert set(event.stats) == {0, 1}  # type: ignore[attr-defined]


def test_trade_frames() -> None:
    core = core_for("trade__3.json")
    (event,) = core.on_text(load_text("trade__3.json"), 1.0)
    assert isinstance(event, TradeEvent) and len(event.trades) == 2
    trade = event.trades[0]
    assert (
        trade.trade_id == 646543823 and trade.price == Decimal("90533.5") and trade.size == Decimal("0.00708")
    )
    assert trade.is_maker_ask is False and event.liquidation_trades == ()


def test_height_and_user_stats() -> None:
    core = core_for("height__1.json")
    (event,) = core.on_text(load_text("height__1.json"), 1.0)
    assert isinstance(event, HeightEvent) and event.height == 227535532
    core = core_for("user_stats__2.json")
    (event,) = core.on_text(load_text("user_stats__2.json"), 1.0)
    assert isinstance(event, UserStatsEvent) and event.account_id == 1234
    assert event.stats["collateral"] == "40.000000"
    assert core.accounts[1234].stats == event.stats


def test_account_orders_merge_snapshot_then_cancel() -> None:
    core = core_for("account_all_orders__1.json")
    (event,) = core.on_text(load_text("account_all_orders__1.json"), 1.0)
    assert isinstance(event, AccountEvent) and event.kind == "account_all_orders"
    order = event.orders[0]
    assert order.order_index == 844423987219924 and order.price == Decimal("82957.5")
    assert order.is_ask is False and order.is_active
    state = core.accounts[659514]
    assert list(state.orders) == [844423987219924]
    core.on_text(load_text("account_all_orders__2.json"), 2.0)  # the same order, canceled
    assert state.orders == {}


def test_account_orders_per_market_channel_named_differently() -> None:
    core = core_for("account_orders__3.json")  # frame channel "account_orders:0:1234"
    (event,) = core.on_text(load_text("account_orders__3.json"), 1.0)
    assert isinstance(event, AccountEvent) and event.market_id == 0
    assert event.orders[0].remaining_base_amount == Decimal("0.0030")
    assert 281476929510110 in core.accounts[1234].orders
    # the real server may name it by account only ("account_orders:1"): still routed
    renamed = json.loads(load_text("account_orders__3.json"))
    renamed["channel"] = "account_orders:1234"
    (event,) = core.on_text(json.dumps(renamed), 1.0)
    assert isinstance(event, AccountEvent)


def test_positions_assets_and_trades_merge() -> None:
    core = core_for("account_all_positions__3.json")
    (event,) = core.on_text(load_text("account_all_positions__3.json"), 1.0)
    assert isinstance(event, AccountEvent)
    position = core.accounts[8].positions[0]
    assert position.size == Decimal("0.0001") and position.avg_entry_price == Decimal("1923.84")

    core = core_for("account_all_assets__2.json")
    core.on_text(load_text("account_all_assets__2.json"), 1.0)
    asset = core.accounts[1234].assets[3]
    assert asset.symbol == "USDC" and asset.balance == Decimal("10.000000")

    core = core_for("account_all_trades__1.json")
    core.on_text(load_text("account_all_trades__1.json"), 1.0)
    core.on_text(load_text("account_all_trades__1.json"), 2.0)  # a repeat is not a new fill
    trades = core.accounts[1234].trades
    assert [t.trade_id for t in trades] == [19209006902]


def test_error_frames() -> None:
    core = core_for("x")
    for name, code in [
        ("error__1.json", 30005),
        ("error__3.json", 30002),
        ("error__2.json", 30003),
        ("error__13.json", 20001),
    ]:
        events = core.on_text(load_text(name), 1.0)
        if code == 30002:
            assert events == []  # "Not Subscribed": nothing to report
        elif code == 30003:
            assert events == [] or isinstance(events[0], ServerErrorEvent)
        else:
            (event,) = events
            assert isinstance(event, ServerErrorEvent | SubscriptionFailedEvent)
            assert event.error.code == code


def test_error_frame_for_a_pending_private_subscription() -> None:
    core = StreamCore(token_cache=TokenCache(lambda: "1:1:1:00"))
    core.on_open(0.0)
    core.on_text('{"type":"connected"}', 0.0)
    sub = core.subscribe("account_all_assets", (1,))
    core.poll(0.0)
    (event,) = core.on_text(load_text("error__13.json"), 1.0)
    assert isinstance(event, SubscriptionFailedEvent) and sub.state == "failed"


def test_unsubscribed_and_batch_answer_frames() -> None:
    core = core_for("x")
    (event,) = core.on_text(load_text("unsubscribed__1.json"), 1.0)
    assert isinstance(event, UnsubscribedEvent) and event.channel == "order_book/0"
    future = core.send_tx({"tx_types": "[]", "tx_infos": "[]"}, batch=True, timeout=5, now=0.0)
    tx_id = json.loads(core.poll(0.0).send[0])["data"]["id"]
    answer = json.loads(load_text("jsonapi_sendtx__2.json"))
    answer["id"] = tx_id
    assert core.on_text(json.dumps(answer), 1.0) == []
    assert future.result(0).tx_hashes == ("73c5", "8a01")
