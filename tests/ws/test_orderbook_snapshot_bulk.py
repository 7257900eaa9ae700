"""Snapshots are loaded a side at a time (``_Side.load``): the result, or the error, is exactly what the
level-by-level path gives for the same frame, including its odd cases."""

from __future__ import annotations

import random
from typing import Any

import pytest

from lighter.ws.errors import InvalidOrderBookFrameError
from lighter.ws.orderbook import OrderBook, _Side


def _reference(entries: list[Any], sign: float, max_price: float, max_size: float) -> Any:
    side = _Side(sign, max_price, max_size)
    try:
        side.apply(entries)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        return type(exc)
    return side.levels, side.keys


def _bulk(entries: list[Any], sign: float, max_price: float, max_size: float) -> Any:
    side = _Side(sign, max_price, max_size)
    side.levels = {123.0: ("stale", "1")}  # a snapshot replaces whatever was there
    side.keys = [123.0]
    try:
        side.load_entries(entries)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        return type(exc)
    return side.levels, side.keys


ODD = [
    [],
    [{"price": "1.5", "size": "0"}],  # a zero size in a snapshot: skipped
    [{"price": "1.5", "size": "2"}, {"price": "1.50", "size": "3"}],  # the same price twice
    [{"price": "1.5", "size": "2"}, {"price": "1.5", "size": "0"}],  # added, then removed
    [{"price": "nan", "size": "1"}],
    [{"price": "1", "size": "inf"}],
    [{"price": "-1", "size": "1"}],
    [{"price": "0", "size": "1"}],
    [{"price": "1e20", "size": "1"}],
    [{"price": "1", "size": "1e20"}],
    [{"price": "1", "size": "x"}],
    [{"price": "1"}],
    [{"size": "1"}],
    ["not a level"],
    [{"price": 2.5, "size": 1}],  # JSON numbers, not strings
    [{"price": None, "size": "1"}],
    [{"price": "2", "size": "1"}, {"price": "1e400", "size": "1"}],
]


@pytest.mark.parametrize("entries", ODD)
@pytest.mark.parametrize("sign", [1.0, -1.0])
def test_odd_snapshots_match_the_level_by_level_path(entries: list[Any], sign: float) -> None:
    assert _bulk(entries, sign, 1e9, 1e12) == _reference(entries, sign, 1e9, 1e12)


def test_random_snapshots_match_the_level_by_level_path() -> None:
    rng = random.Random(11)
    for _ in range(300):
        entries = []
        for _ in range(rng.randint(0, 40)):
            price = rng.choice([f"{rng.uniform(0, 5000):.2f}", str(rng.randint(0, 10)), "0.00", "1e3"])
            size = rng.choice([f"{rng.uniform(0, 3):.4f}", "0", "0.0000", str(rng.randint(1, 5))])
            entries.append({"price": price, "size": size})
        for sign in (1.0, -1.0):
            assert _bulk(entries, sign, 4000.0, 2.5) == _reference(entries, sign, 4000.0, 2.5)


def test_a_bad_snapshot_leaves_the_book_unsynced() -> None:
    book = OrderBook(0)
    frame = {
        "type": "subscribed/order_book",
        "channel": "order_book:0",
        "order_book": {"bids": ODD[4], "asks": []},
    }
    with pytest.raises(InvalidOrderBookFrameError):
        book.apply(frame)
    assert not book.is_synced
    frame["order_book"] = {"bids": [{"price": "2", "size": "1"}], "asks": [{"price": "3", "size": "1"}]}
    assert book.apply(frame) and book.is_synced
    assert book.best_bid is not None and str(book.best_bid[0]) == "2"
