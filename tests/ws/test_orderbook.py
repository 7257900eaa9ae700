"""OrderBook: real frames, sequencing, bad input, checksum, and a model-based property test."""

from __future__ import annotations

import copy
import json
import threading
import zlib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lighter.ws.errors import (
    InvalidOrderBookFrameError,
    OrderBookGapError,
    OrderBookNotSnapshottedError,
)
from lighter.ws.orderbook import CHECKSUM_DEPTH, OrderBook, book_checksum, canonical_decimal

DATA = Path(__file__).parents[1] / "data" / "real-payloads" / "ws"


def load(name: str) -> dict[str, Any]:
    return json.loads((DATA / name).read_text())


def frame(
    kind: str,
    *,
    offset: int | None = None,
    nonce: int | None = None,
    begin_nonce: int | None = None,
    bids: list[tuple[Any, Any]] | None = None,
    asks: list[tuple[Any, Any]] | None = None,
    market_id: int = 0,
) -> dict[str, Any]:
    book: dict[str, Any] = {
        "asks": [{"price": p, "size": s} for p, s in asks or []],
        "bids": [{"price": p, "size": s} for p, s in bids or []],
    }
    for key, value in (("offset", offset), ("nonce", nonce), ("begin_nonce", begin_nonce)):
        if value is not None:
            book[key] = value
    return {"type": f"{kind}/order_book", "channel": f"order_book:{market_id}", "order_book": book}


# -- real frames ------------------------------------------------------------------------------------------


def test_real_mainnet_snapshot_is_sorted_and_complete() -> None:
    raw = load("order_book__2.json")
    book = OrderBook(1)
    assert book.apply(raw) is True
    assert book.is_synced
    levels = raw["order_book"]
    expected_bids = sorted(((Decimal(x["price"]), Decimal(x["size"])) for x in levels["bids"]), reverse=True)
    expected_asks = sorted((Decimal(x["price"]), Decimal(x["size"])) for x in levels["asks"])
    assert book.bids == expected_bids
    assert book.asks == expected_asks
    assert len(book) == len(expected_bids) + len(expected_asks)
    assert book.best_bid == (Decimal("90550.4"), Decimal("0.05386"))
    assert book.best_ask == (Decimal("90550.8"), Decimal("0.02207"))
    assert book.mid == Decimal("90550.6")
    assert book.spread == Decimal("0.4")
    assert not book.is_crossed
    assert book.offset == 2760693 and book.nonce == 3622864826
    assert book.timestamp == 1765154134172


def test_real_update_frame_with_offset_and_nonce() -> None:
    raw = load("order_book__1.json")  # update/order_book, offset 11413309, bid 2979.36 size "0.0000"
    book = OrderBook(0)
    book.apply(
        frame(
            "subscribed",
            offset=11413308,
            nonce=1,
            bids=[("2979.36", "5"), ("2979.30", "1")],
            asks=[("2979.70", "1")],
        )
    )
    assert book.apply(raw) is True
    assert book.is_synced
    assert book.bids == [(Decimal("2979.30"), Decimal("1"))]  # size "0.0000" removed the level
    assert book.best_ask == (Decimal("2979.64"), Decimal("61.9487"))
    assert book.offset == 11413309 and book.nonce == 3107818665


def test_real_update_frame_with_begin_nonce() -> None:
    raw = load("order_book__15.json")  # begin_nonce 9182389998 -> nonce 9182390020
    book = OrderBook(0)
    book.apply(frame("subscribed", offset=1, nonce=9182389998, asks=[("2064.60", "1")]))
    assert book.apply(raw) is True
    assert book.asks == [(Decimal("2064.54"), Decimal("0.3285")), (Decimal("2064.60"), Decimal("1"))]
    # The same frame again does not start where the book now is: a gap.
    with pytest.raises(OrderBookGapError) as info:
        book.apply(raw)
    assert info.value.field == "begin_nonce"
    assert info.value.expected == 9182390020 and info.value.received == 9182389998
    assert not book.is_synced


# -- sequencing -------------------------------------------------------------------------------------------


def test_offset_gap_marks_unsynced_until_next_snapshot() -> None:
    book = OrderBook(0)
    book.apply(frame("subscribed", offset=10, bids=[("100", "1")], asks=[("101", "1")]))
    assert book.apply(frame("update", offset=11, bids=[("100", "2")]))
    with pytest.raises(OrderBookGapError) as info:
        book.apply(frame("update", offset=13, bids=[("99", "1")]))
    assert info.value.expected == 12 and info.value.received == 13
    assert not book.is_synced
    # Diffs in between are dropped, not applied.
    assert book.apply(frame("update", offset=14, bids=[("98", "1")])) is False
    assert book.bids == [(Decimal("100"), Decimal("2"))]
    # A fresh snapshot resyncs and replaces everything.
    assert book.apply(frame("subscribed", offset=20, bids=[("97", "1")], asks=[("102", "3")]))
    assert book.is_synced
    assert book.bids == [(Decimal("97"), Decimal("1"))]
    assert book.apply(frame("update", offset=21, asks=[("102", "0")]))
    assert book.asks == []


def test_begin_nonce_takes_precedence_over_offset() -> None:
    book = OrderBook(0)
    book.apply(frame("subscribed", offset=1, nonce=100, bids=[("1", "1")]))
    # offsets that skip are fine when begin_nonce chains (servers may not keep offsets contiguous)
    assert book.apply(frame("update", offset=50, nonce=130, begin_nonce=100, bids=[("2", "1")]))
    assert book.apply(frame("update", offset=99, nonce=131, begin_nonce=130, bids=[("3", "1")]))
    with pytest.raises(OrderBookGapError):
        book.apply(frame("update", offset=100, nonce=140, begin_nonce=135, bids=[("4", "1")]))


def test_diff_before_any_snapshot_is_refused() -> None:
    book = OrderBook(0)
    with pytest.raises(OrderBookNotSnapshottedError):
        book.apply(frame("update", offset=1, bids=[("1", "1")]))
    assert not book.is_synced and len(book) == 0


def test_mark_unsynced_drops_diffs_until_snapshot() -> None:
    book = OrderBook(0)
    book.apply(frame("subscribed", offset=1, bids=[("1", "1")]))
    book.mark_unsynced()
    assert book.apply(frame("update", offset=2, bids=[("2", "1")])) is False
    assert book.bids == [(Decimal("1"), Decimal("1"))]


# -- bad input --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "level",
    [
        {"price": "-1", "size": "1"},
        {"price": "0", "size": "1"},
        {"price": "abc", "size": "1"},
        {"price": "nan", "size": "1"},
        {"price": "inf", "size": "1"},
        {"price": "100", "size": "-0.5"},
        {"price": "100", "size": "NaN"},
        {"price": "1e300", "size": "1"},
        {"price": "4294967296", "size": "1"},  # 2**32: above any market's u32 price
        {"price": "100", "size": "1e30"},
        {"price": "100", "size": "281474976710656"},  # 2**48: above any base amount
        {"price": "100"},
        {"size": "1"},
        {"price": None, "size": "1"},
        "100:1",
    ],
)
def test_absurd_levels_raise_and_unsync(level: Any) -> None:
    book = OrderBook(0)
    book.apply(frame("subscribed", offset=1, bids=[("100", "1")]))
    bad = frame("update", offset=2)
    bad["order_book"]["bids"] = [level]
    with pytest.raises(InvalidOrderBookFrameError):
        book.apply(bad)
    assert not book.is_synced


def test_an_absurd_price_is_never_applied_and_the_book_waits_for_a_snapshot() -> None:
    book = OrderBook(0)
    book.apply(frame("subscribed", offset=1, bids=[("100", "1")], asks=[("101", "1")]))
    with pytest.raises(InvalidOrderBookFrameError, match="absurd price '1e300'"):
        book.apply(frame("update", offset=2, asks=[("1e300", "5")]))
    assert not book.is_synced and book.asks == [(Decimal("101"), Decimal("1"))]  # not applied
    assert book.apply(frame("update", offset=3, asks=[("102", "1")])) is False  # dropped until resync
    assert book.apply(frame("subscribed", offset=9, bids=[("100", "1")], asks=[("101", "2")]))
    assert book.is_synced and book.best_ask == (Decimal("101"), Decimal("2"))


def test_bounds_without_decimals_are_the_loosest_any_market_has() -> None:
    book = OrderBook(0)
    assert book.apply(frame("subscribed", offset=1, bids=[("4294967295", "281474976710655")]))
    assert book.best_bid == (Decimal(4294967295), Decimal(281474976710655))


def test_bounds_with_the_markets_decimals_are_exact() -> None:
    book = OrderBook(0, price_decimals=2, size_decimals=4)  # ETH: u32 prices in cents, sizes in 1e-4
    assert book.apply(frame("subscribed", offset=1, bids=[("42949672.95", "28147497671.0655")]))
    for bad in ([("42949673.00", "1")], [("100.00", "28147497671.0656")], [("4294967295", "1")]):
        book.apply(frame("subscribed", offset=1))
        with pytest.raises(InvalidOrderBookFrameError, match="absurd"):
            book.apply(frame("update", offset=2, bids=bad))
    # a book told its decimals later applies them from the next frame on
    loose = OrderBook(1)
    loose.apply(frame("subscribed", offset=1, market_id=1, asks=[("50000000", "1")]))
    loose.set_decimals(2, 4)
    with pytest.raises(InvalidOrderBookFrameError):
        loose.apply(frame("update", offset=2, market_id=1, asks=[("50000001", "1")]))
    assert loose.copy().price_decimals == 2
    with pytest.raises(ValueError, match="price_decimals"):
        OrderBook(0, price_decimals=-1)


@pytest.mark.parametrize(
    "bad",
    [
        {},
        {"type": "update/order_book"},
        {"type": "update/order_book", "order_book": []},
        {"type": "update/ticker", "order_book": {}},
        {"type": "subscribed/order_book", "channel": "order_book:7", "order_book": {}},
    ],
)
def test_malformed_frames_raise(bad: dict[str, Any]) -> None:
    book = OrderBook(0)
    with pytest.raises(InvalidOrderBookFrameError):
        book.apply(bad)


def test_market_id_must_be_an_index() -> None:
    for bad in (-1, "0", True, 1.5):
        with pytest.raises(ValueError):
            OrderBook(bad)  # type: ignore[arg-type]


# -- reading ----------------------------------------------------------------------------------------------


def test_readers_on_empty_and_one_sided_books() -> None:
    book = OrderBook(3)
    assert book.best_bid is None and book.best_ask is None and book.mid is None and book.spread is None
    book.apply(frame("subscribed", offset=1, market_id=3, bids=[("10", "1")]))
    assert book.mid is None and book.depth() == (Decimal(1), Decimal(0))


def test_top_depth_and_copy() -> None:
    book = OrderBook(0)
    book.apply(
        frame(
            "subscribed",
            offset=1,
            bids=[("99", "1"), ("100", "2"), ("98", "3")],
            asks=[("102", "4"), ("101", "5")],
        )
    )
    bids, asks = book.top(2)
    assert bids == [(Decimal("100"), Decimal("2")), (Decimal("99"), Decimal("1"))]
    assert asks == [(Decimal("101"), Decimal("5")), (Decimal("102"), Decimal("4"))]
    assert book.depth(2) == (Decimal(3), Decimal(9))
    assert book.depth() == (Decimal(6), Decimal(9))
    snapshot = book.copy()
    book.apply(frame("update", offset=2, bids=[("100", "0")]))
    assert snapshot.best_bid == (Decimal("100"), Decimal("2"))
    assert book.best_bid == (Decimal("99"), Decimal("1"))


def test_same_price_written_differently_is_one_level() -> None:
    book = OrderBook(0)
    book.apply(frame("subscribed", offset=1, bids=[("100.50", "1.0")]))
    book.apply(frame("update", offset=2, bids=[("100.5", "2")]))
    assert book.bids == [(Decimal("100.5"), Decimal("2"))]
    book.apply(frame("update", offset=3, bids=[("100.500", "0.000")]))
    assert book.bids == []


def test_crossed_book_is_reported() -> None:
    book = OrderBook(0)
    book.apply(frame("subscribed", offset=1, bids=[("101", "1")], asks=[("100", "1")]))
    assert book.is_crossed and book.spread == Decimal(-1)


def test_reads_while_another_thread_applies() -> None:
    book = OrderBook(0)
    book.apply(frame("subscribed", offset=0, bids=[("1", "1")], asks=[("100000", "1")]))
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            for i in range(1, 3000):
                book.apply(frame("update", offset=i, bids=[(str(1 + i % 500), "1" if i % 3 else "0")]))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            stop.set()

    thread = threading.Thread(target=writer)
    thread.start()
    while not stop.is_set():
        bids = book.bids
        assert bids == sorted(bids, reverse=True)
        book.top(5)
        book.checksum()
    thread.join()
    assert not errors and book.is_synced


# -- checksum ---------------------------------------------------------------------------------------------


def test_canonical_decimal() -> None:
    assert canonical_decimal("100.00") == "100"
    assert canonical_decimal("0.2000") == "0.2"
    assert canonical_decimal(Decimal("1E+2")) == "100"
    assert canonical_decimal("0.0000") == "0"
    assert canonical_decimal(7) == "7"
    assert canonical_decimal("90550.40") == "90550.4"


def test_checksum_definition() -> None:
    expected = zlib.crc32(b"b:100.5:1|a:101:2")
    assert book_checksum([("100.50", "1.000")], [("101", "2")]) == expected
    book = OrderBook(0)
    book.apply(frame("subscribed", offset=1, bids=[("100.50", "1.000")], asks=[("101", "2")]))
    assert book.checksum() == expected
    assert book_checksum([], []) == zlib.crc32(b"b:|a:")


def test_checksum_covers_only_the_top_levels() -> None:
    bids = [(Decimal(1000 - i), Decimal(1)) for i in range(40)]
    asks = [(Decimal(2000 + i), Decimal(1)) for i in range(40)]
    changed = bids[:CHECKSUM_DEPTH] + [(Decimal(1), Decimal(9))] * 15
    assert book_checksum(bids, asks) == book_checksum(changed, asks)
    assert book_checksum(bids, asks, depth=40) != book_checksum(changed, asks, depth=40)
    with pytest.raises(ValueError):
        book_checksum(bids, asks, depth=-1)


def test_checksum_of_real_snapshot_matches_its_levels() -> None:
    raw = load("order_book__2.json")
    book = OrderBook(1)
    book.apply(raw)
    levels = raw["order_book"]
    bids = sorted(
        ((x["price"], x["size"]) for x in levels["bids"]), key=lambda lv: Decimal(lv[0]), reverse=True
    )
    asks = sorted(((x["price"], x["size"]) for x in levels["asks"]), key=lambda lv: Decimal(lv[0]))
    assert book.checksum() == book_checksum(bids, asks)
    assert book.checksum(10) == book_checksum(bids, asks, 10)
    raw2 = copy.deepcopy(raw)
    raw2["order_book"]["bids"][0]["size"] = "0.05387"
    other = OrderBook(1)
    other.apply(raw2)
    assert other.checksum() != book.checksum()


# -- model-based property test ---------------------------------------------------------------------------

PRICES = st.integers(min_value=1, max_value=400)
SIZES = st.integers(min_value=0, max_value=50)


def _text(units: int, decimals: int, pad: int) -> str:
    """``units`` scaled by ``decimals``, written with ``pad`` extra trailing zeros."""
    text = str(Decimal(units).scaleb(-decimals))
    if pad:
        text = (text if "." in text else text + ".") + "0" * pad
    return text


level_strategy = st.tuples(PRICES, SIZES, st.integers(0, 2))
side_strategy = st.lists(level_strategy, max_size=12)


@settings(max_examples=150, deadline=None)
@given(
    snapshot=st.tuples(side_strategy, side_strategy),
    diffs=st.lists(st.tuples(side_strategy, side_strategy), max_size=25),
)
def test_book_matches_a_naive_model(snapshot: Any, diffs: Any) -> None:
    book = OrderBook(0)
    model: dict[str, dict[Decimal, Decimal]] = {"bids": {}, "asks": {}}

    def levels(side: list[tuple[int, int, int]], *, for_snapshot: bool) -> list[tuple[str, str]]:
        out = []
        for price, size, pad in side:
            if for_snapshot and size == 0:
                continue  # snapshots list resting levels only
            out.append((_text(price, 1, pad), _text(size, 2, pad)))
        return out

    def apply_model(name: str, entries: list[tuple[str, str]]) -> None:
        for price, size in entries:
            if Decimal(size) == 0:
                model[name].pop(Decimal(price), None)
            else:
                model[name][Decimal(price)] = Decimal(size)

    bids, asks = levels(snapshot[0], for_snapshot=True), levels(snapshot[1], for_snapshot=True)
    book.apply(frame("subscribed", offset=0, bids=bids, asks=asks))
    apply_model("bids", bids)
    apply_model("asks", asks)
    for offset, (bid_side, ask_side) in enumerate(diffs, start=1):
        bids, asks = levels(bid_side, for_snapshot=False), levels(ask_side, for_snapshot=False)
        assert book.apply(frame("update", offset=offset, bids=bids, asks=asks))
        apply_model("bids", bids)
        apply_model("asks", asks)
    expected_bids = sorted(model["bids"].items(), reverse=True)
    expected_asks = sorted(model["asks"].items())
    assert book.bids == expected_bids
    assert book.asks == expected_asks
    assert book.best_bid == (expected_bids[0] if expected_bids else None)
    assert book.best_ask == (expected_asks[0] if expected_asks else None)
    assert book.top(3) == (expected_bids[:3], expected_asks[:3])
    assert book.checksum() == book_checksum(expected_bids, expected_asks)
    assert book.is_synced
