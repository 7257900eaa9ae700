"""Fuzzing the WebSocket frame parser (``lighter.ws._core.StreamCore.on_text`` and the channel parsers).

``on_text`` promises never to raise; it also has a last-resort ``except Exception`` that turns a parser crash
into a ``MalformedFrameEvent`` and logs "failed to handle". That net would hide parser bugs from a plain
"does not raise" test, so these tests also assert that the net is never used: a JSON object, however odd,
must be handled by the parsers themselves (documented: "Parsers never raise on odd content").

Frames are built from the shapes of recorded exchange frames (abbreviated from the project's shared sample of
real payloads) with random values put at random places.
"""

from __future__ import annotations

import copy
import json
import logging
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lighter.ws._auth import TokenCache
from lighter.ws._core import StreamCore
from lighter.ws.events import Event, MalformedFrameEvent

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ACCOUNT = 1234

_ORDER = {
    "order_index": 281476929510110,
    "client_order_index": 42,
    "order_id": "281476929510110",
    "market_index": 0,
    "owner_account_index": ACCOUNT,
    "initial_base_amount": "0.0050",
    "price": "2352.74",
    "nonce": 9182390020,
    "remaining_base_amount": "0.0030",
    "is_ask": True,
    "filled_base_amount": "0.0020",
    "filled_quote_amount": "4.705480",
    "side": "sell",
    "type": "limit",
    "time_in_force": "good-till-time",
    "reduce_only": False,
    "trigger_price": "0.00",
    "order_expiry": 1780360584479,
    "status": "open",
    "block_height": 227535532,
    "timestamp": 1777941383576,
    "created_at": 1777941383576,
}
_TRADE = {
    "trade_id": 646543823,
    "tx_hash": "0000000887f8fb86",
    "type": "trade",
    "market_id": 0,
    "size": "0.00708",
    "price": "90533.5",
    "usd_amount": "640.977180",
    "ask_id": 562950850320885,
    "bid_id": 844424016452466,
    "ask_account_id": 332158,
    "bid_account_id": ACCOUNT,
    "is_maker_ask": False,
    "block_height": 119485283,
    "timestamp": 1765154149143,
    "maker_fee": 20,
}
_POSITION = {
    "market_id": 0,
    "symbol": "ETH",
    "initial_margin_fraction": "5.00",
    "open_order_count": 0,
    "sign": 1,
    "position": "0.0001",
    "avg_entry_price": "1923.84",
    "position_value": "0.192175",
    "unrealized_pnl": "-0.000209",
    "realized_pnl": "0.000000",
    "liquidation_price": "0",
    "margin_mode": 0,
    "allocated_margin": "0.000000",
}
_STATS = {
    "collateral": "5000.00",
    "portfolio_value": "15000.00",
    "leverage": "3.0",
    "available_balance": "2000.00",
    "margin_usage": "0.80",
    "buying_power": "4000.00",
    "account_trading_mode": 1,
    "cross_stats": {"collateral": "0.000000", "leverage": "0.00"},
}
_MARKET_STATS = {
    "market_id": 0,
    "index_price": "3015.56",
    "mark_price": "3013.91",
    "open_interest": "122736286.659423",
    "last_trade_price": "3013.13",
    "current_funding_rate": "0.0012",
    "funding_timestamp": 1763532000004,
    "daily_base_token_volume": 643235.2763,
    "daily_price_change": -0.3061987051035322,
}
_BOOK = {
    "code": 0,
    "asks": [{"price": "2979.64", "size": "61.9487"}],
    "bids": [{"price": "2979.36", "size": "1.5"}],
    "offset": 11413309,
    "nonce": 3107818665,
    "begin_nonce": 3107818664,
}
_TX = {"hash": "ab" * 20, "type": 14, "info": "{}", "status": 2, "nonce": 5, "account_index": ACCOUNT}

# (subscribe kind, params, frame without "type")
TEMPLATES: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    (
        "order_book",
        (0,),
        {"channel": "order_book:0", "offset": 11413309, "order_book": _BOOK, "timestamp": 1},
    ),
    (
        "ticker",
        (0,),
        {
            "channel": "ticker:0",
            "nonce": 9,
            "ticker": {
                "s": "ETH",
                "a": {"price": "2064.48", "size": "0.4950"},
                "b": {"price": "2064.30", "size": "1.03"},
            },
        },
    ),
    ("trade", (0,), {"channel": "trade:0", "liquidation_trades": None, "nonce": 3, "trades": [_TRADE]}),
    ("market_stats", ("all",), {"channel": "market_stats:all", "market_stats": {"0": _MARKET_STATS}}),
    ("market_stats", (1,), {"channel": "market_stats:1", "market_stats": _MARKET_STATS}),
    (
        "candle",
        (0, "1m"),
        {
            "channel": "candle:0:1m",
            "resolution": "1m",
            "candle": {"t": 1, "o": 1.5, "h": 2.0, "l": 1.0, "c": 1.7, "v": 10.0, "V": 17.0},
        },
    ),
    ("height", (), {"channel": "height", "height": 227535532, "timestamp": 1774883844933}),
    (
        "account_all",
        (ACCOUNT,),
        {
            "channel": f"account_all:{ACCOUNT}",
            "account": ACCOUNT,
            "orders": {"0": [_ORDER]},
            "positions": {"0": _POSITION},
            "trades": {"0": [_TRADE]},
            "shares": [],
        },
    ),
    (
        "account_all_orders",
        (ACCOUNT,),
        {"channel": f"account_all_orders:{ACCOUNT}", "orders": {"0": [_ORDER]}},
    ),
    (
        "account_orders",
        (0, ACCOUNT),
        {"channel": f"account_orders:0:{ACCOUNT}", "account": ACCOUNT, "nonce": 1, "orders": {"0": [_ORDER]}},
    ),
    (
        "account_market",
        (0, ACCOUNT),
        {
            "channel": f"account_market:0:{ACCOUNT}",
            "account": ACCOUNT,
            "orders": [_ORDER],
            "position": _POSITION,
            "trades": [_TRADE],
        },
    ),
    (
        "account_all_trades",
        (ACCOUNT,),
        {"channel": f"account_all_trades:{ACCOUNT}", "trades": {"0": [_TRADE]}, "total_volume": 1.5},
    ),
    (
        "account_all_positions",
        (ACCOUNT,),
        {"channel": f"account_all_positions:{ACCOUNT}", "positions": {"0": _POSITION}, "shares": []},
    ),
    (
        "account_all_assets",
        (ACCOUNT,),
        {
            "channel": f"account_all_assets:{ACCOUNT}",
            "assets": {
                "3": {"symbol": "USDC", "asset_id": 3, "balance": "10.000000", "locked_balance": "0.000000"}
            },
        },
    ),
    ("user_stats", (ACCOUNT,), {"channel": f"user_stats:{ACCOUNT}", "stats": _STATS}),
    ("account_tx", (ACCOUNT,), {"channel": f"account_tx:{ACCOUNT}", "txs": [_TX]}),
    (
        "notification",
        (ACCOUNT,),
        {"channel": f"notification:{ACCOUNT}", "notifs": [{"id": "1", "kind": "x"}]},
    ),
    ("pool_data", (ACCOUNT,), {"channel": f"pool_data:{ACCOUNT}", "pool_data": {"a": 1}}),
    ("pool_info", (ACCOUNT,), {"channel": f"pool_info:{ACCOUNT}", "pool_info": {"a": 1}}),
    (
        "account_spot_avg_entry_prices",
        (ACCOUNT,),
        {"channel": f"account_spot_avg_entry_prices:{ACCOUNT}", "avg_entry_prices": {"1": "2000.5"}},
    ),
]
CONTROL_FRAMES: list[dict[str, Any]] = [
    {"type": "connected", "session_id": "s"},
    {"type": "ping"},
    {"type": "pong"},
    {"type": "shutdown", "close_in_ms": 100},
    {"type": "unsubscribed", "channel": "order_book:0"},
    {"error": {"code": 30005, "message": "Invalid Channel:  (marketId)"}},
    {"type": "error", "error": {"code": 30003, "message": "Already Subscribed to : order_book:0"}},
    {"type": "jsonapi/sendtx", "id": "x-1", "code": 200, "tx_hash": "ab"},
    {"type": "jsonapi/sendtxbatch", "code": 200, "id": "b2", "tx_hash": ["73c5"]},
]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(),
    st.text(max_size=12),
    st.sampled_from(["", "0", "-1", "1e400", "NaN", "inf", "-0.0", "0x10", "1_000", "١٢", "abc"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out.extend(_paths(v, (*prefix, k)))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out.extend(_paths(v, (*prefix, i)))
    return out


@st.composite
def mutated_frames(draw: st.DrawFn) -> tuple[int, dict[str, Any]]:
    index = draw(st.integers(0, len(TEMPLATES) - 1))
    frame = copy.deepcopy(TEMPLATES[index][2])
    frame["type"] = draw(st.sampled_from(["subscribed/", "update/"])) + TEMPLATES[index][0]
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(frame) if p and p != ("type",)]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = frame
        for step in path[:-1]:
            parent = parent[step]
        if draw(st.booleans()) and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(json_values)
    return index, frame


class _NetUsed(logging.Handler):
    """Records the core's last-resort "failed to handle" log lines."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _ready_core() -> StreamCore:
    core = StreamCore(token_cache=TokenCache(lambda: "0:0:0:token"))
    core.on_open(0.0)
    core.on_text(json.dumps({"type": "connected", "session_id": "s"}), 0.0)
    for kind, params, _frame in TEMPLATES:
        core.subscribe(kind, params)
    core.poll(0.0)
    return core


def _feed(core: StreamCore, text: str | bytes) -> list[Event]:
    handler = _NetUsed()
    log = logging.getLogger("lighter.ws")
    log.addHandler(handler)
    try:
        events = core.on_text(text, 1.0)
        core.poll(1.0)
    finally:
        log.removeHandler(handler)
    crashes = [r.getMessage() + "\n" + str(r.exc_info[1] if r.exc_info else "") for r in handler.records]
    assert crashes == [], f"a parser crashed on {str(text)[:300]!r}: {crashes}"
    return events


@SETTINGS
@given(st.lists(mutated_frames(), min_size=1, max_size=5))
def test_mutated_channel_frames_are_handled_by_the_parsers(frames: list[tuple[int, dict[str, Any]]]) -> None:
    core = _ready_core()
    for _index, frame in frames:
        events = _feed(core, json.dumps(frame))
        assert not any(isinstance(e, MalformedFrameEvent) for e in events)


@SETTINGS
@given(st.sampled_from(CONTROL_FRAMES), st.data())
def test_mutated_control_frames(frame: dict[str, Any], data: st.DataObject) -> None:
    core = _ready_core()
    frame = copy.deepcopy(frame)
    for _ in range(data.draw(st.integers(0, 3))):
        paths = [p for p in _paths(frame) if p]
        if not paths:
            break
        path = data.draw(st.sampled_from(paths))
        parent: Any = frame
        for step in path[:-1]:
            parent = parent[step]
        parent[path[-1]] = data.draw(json_values)
    _feed(core, json.dumps(frame))


@SETTINGS
@given(
    st.dictionaries(
        st.sampled_from(["type", "channel", "error", "id", "data", "order_book", "code"]),
        json_values,
        max_size=5,
    )
)
def test_arbitrary_objects(frame: dict[str, Any]) -> None:
    _feed(_ready_core(), json.dumps(frame))


@SETTINGS
@given(st.one_of(st.text(max_size=300), st.binary(max_size=300), json_values.map(json.dumps)))
def test_arbitrary_text_never_raises(text: str | bytes) -> None:
    events = _feed(_ready_core(), text)
    assert all(isinstance(e, Event) for e in events)


def test_templates_are_accepted_unmutated() -> None:
    """The baseline: every template is a frame the parsers take as data (no drop, no malformed event)."""
    core = _ready_core()
    for kind, _params, frame in TEMPLATES:
        events = _feed(core, json.dumps({**frame, "type": f"subscribed/{kind}"}))
        assert len(events) == 1 and not isinstance(events[0], MalformedFrameEvent), (kind, events)
