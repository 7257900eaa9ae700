"""The order book against a naive model under random snapshots and diffs, through the whole frame path.

Frames go in as JSON text through ``StreamCore.on_text`` (as on a live connection), so the parser, the
sequence checks, gap detection and the resubscribe request are all exercised. The model is a plain dict
per side; after every frame the live book (levels and checksum) must equal it while synced. Dropping a diff
(a gap) must be detected on the next diff, leave the book unsynced, queue a resubscribe, and the next
snapshot must bring the book back equal to the model.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lighter.ws._core import StreamCore
from lighter.ws.events import OrderBookEvent, OrderBookGapEvent
from lighter.ws.orderbook import book_checksum

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MARKET = 3

# (is_ask, price tick, size lots); size 0 removes the level
level = st.tuples(st.booleans(), st.integers(1, 400), st.integers(0, 60))
step = st.one_of(
    st.tuples(st.just("diff"), st.lists(level, min_size=1, max_size=8)),
    st.tuples(st.just("drop"), st.lists(level, min_size=1, max_size=3)),  # lost in transit: a gap
    st.tuples(st.just("snapshot"), st.lists(level, max_size=30)),
)


def _price(tick: int) -> str:
    return f"{tick // 100}.{tick % 100:02d}"


def _size(lots: int) -> str:
    return f"{lots // 10000}.{lots % 10000:04d}"


class Server:
    """The naive model: the true book and the frames it would send."""

    def __init__(self) -> None:
        self.sides: dict[bool, dict[int, int]] = {True: {}, False: {}}
        self.nonce = 1000
        self.offset = 7

    def apply(self, levels: list[tuple[bool, int, int]]) -> list[tuple[bool, int, int]]:
        last: dict[tuple[bool, int], int] = {}
        for is_ask, tick, lots in levels:
            last[(is_ask, tick)] = lots  # a diff carries the final size of each level it touches
            if lots:
                self.sides[is_ask][tick] = lots
            else:
                self.sides[is_ask].pop(tick, None)
        return [(a, t, s) for (a, t), s in last.items()]

    def snapshot_frame(self) -> str:
        book = {
            "code": 0,
            "asks": [{"price": _price(t), "size": _size(s)} for t, s in sorted(self.sides[True].items())],
            "bids": [{"price": _price(t), "size": _size(s)} for t, s in sorted(self.sides[False].items())],
            "offset": self.offset,
            "nonce": self.nonce,
            "begin_nonce": self.nonce,
        }
        return json.dumps(
            {
                "channel": f"order_book:{MARKET}",
                "offset": self.offset,
                "order_book": book,
                "type": "subscribed/order_book",
                "timestamp": 1,
            }
        )

    def diff_frame(self, levels: list[tuple[bool, int, int]]) -> str:
        begin = self.nonce
        self.nonce += 1 + len(levels)  # the exchange's nonces jump; only begin_nonce == previous nonce counts
        self.offset += 1
        book = {
            "code": 0,
            "asks": [{"price": _price(t), "size": _size(s)} for a, t, s in levels if a],
            "bids": [{"price": _price(t), "size": _size(s)} for a, t, s in levels if not a],
            "offset": self.offset,
            "nonce": self.nonce,
            "begin_nonce": begin,
        }
        return json.dumps(
            {
                "channel": f"order_book:{MARKET}",
                "offset": self.offset,
                "order_book": book,
                "type": "update/order_book",
                "timestamp": 2,
            }
        )

    def expected(self) -> tuple[list[tuple[Decimal, Decimal]], list[tuple[Decimal, Decimal]]]:
        def side(is_ask: bool) -> list[tuple[Decimal, Decimal]]:
            items = sorted(self.sides[is_ask].items(), reverse=not is_ask)
            return [(Decimal(_price(t)), Decimal(_size(s))) for t, s in items]

        return side(False), side(True)


def _sent(core: StreamCore, now: float) -> list[dict[str, Any]]:
    return [json.loads(text) for text in core.poll(now).send]


@SETTINGS
@given(st.lists(level, max_size=30), st.lists(step, max_size=40))
def test_book_follows_the_model(initial: list[tuple[bool, int, int]], steps: list[tuple[str, Any]]) -> None:
    server = Server()
    server.apply(initial)
    core = StreamCore()
    core.on_open(0.0)
    core.on_text('{"type":"connected","session_id":"s"}', 0.0)
    core.subscribe("order_book", (MARKET,))
    assert [m["type"] for m in _sent(core, 0.0)] == ["subscribe"]
    events = core.on_text(server.snapshot_frame(), 0.0)
    assert len(events) == 1 and isinstance(events[0], OrderBookEvent) and events[0].snapshot
    book = core.order_book(MARKET)
    assert book is not None

    gap_pending = False  # a diff was lost and no later diff has revealed it yet
    unsynced = False  # the book has seen the gap and waits for a snapshot
    for now, (kind, levels) in enumerate(steps, start=1):
        if kind == "snapshot":
            server.apply(levels)
            events = core.on_text(server.snapshot_frame(), float(now))
            assert [type(e) for e in events] == [OrderBookEvent]
            gap_pending = unsynced = False
        elif kind == "drop":
            server.diff_frame(server.apply(levels))  # sent by the server, never received
            gap_pending = True
        else:
            events = core.on_text(server.diff_frame(server.apply(levels)), float(now))
            if unsynced:
                assert events == []  # diffs are dropped until the fresh snapshot
            elif gap_pending:
                assert [type(e) for e in events] == [OrderBookGapEvent]
                assert events[0].market_id == MARKET
                sent = _sent(core, float(now))
                assert [(m["type"], m["channel"]) for m in sent] == [
                    ("unsubscribe", f"order_book/{MARKET}"),
                    ("subscribe", f"order_book/{MARKET}"),
                ]
                gap_pending, unsynced = False, True
            else:
                assert [type(e) for e in events] == [OrderBookEvent]
        assert book.is_synced == (not unsynced)
        if not unsynced and not gap_pending:
            bids, asks = server.expected()
            assert book.bids == bids
            assert book.asks == asks
            assert book.checksum() == book_checksum(bids, asks)
            assert len(book) == len(bids) + len(asks)
            assert book.best_bid == (bids[0] if bids else None)
            assert book.best_ask == (asks[0] if asks else None)


@SETTINGS
@given(st.lists(level, max_size=40), st.integers(0, 30))
def test_checksum_and_top_match_the_model(levels: list[tuple[bool, int, int]], depth: int) -> None:
    server = Server()
    server.apply(levels)
    core = StreamCore()
    core.on_open(0.0)
    core.on_text('{"type":"connected","session_id":"s"}', 0.0)
    core.subscribe("order_book", (MARKET,))
    core.poll(0.0)
    core.on_text(server.snapshot_frame(), 0.0)
    book = core.order_book(MARKET)
    assert book is not None
    bids, asks = server.expected()
    assert book.top(depth) == (bids[:depth], asks[:depth])
    assert book.checksum(depth) == book_checksum(bids, asks, depth)
    # a copy is independent of later frames
    frozen = book.copy()
    core.on_text(server.diff_frame(server.apply([(True, 401, 5), (False, 402, 0)])), 1.0)
    assert frozen.top(depth) == (bids[:depth], asks[:depth])
