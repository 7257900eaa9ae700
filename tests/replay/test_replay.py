"""``lighter sim --replay`` / ``LocalExchange(replay=...)``: the recorded book served exactly, fills by the
recorded levels and the queue-position model, a report that adds up, and identical runs.

Books come from the real mainnet BTC snapshot in ``tests/data/real-payloads`` (and the shipped sample
recording built from it); where a test needs more frames (diffs, trades at a chosen level) it scripts them
on top of that snapshot and says so.
"""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from lighter import OrderBook
from lighter.testing import LocalExchange
from lighter.testing.replay_data import ReplayError
from lighter.ws import OrderBookEvent, OrderBookGapEvent, WsClient

from .helpers import BTC, SAMPLE, bot, diffs_from, snapshot, trade_frame, write_jsonl


def _rest_levels(lx: LocalExchange) -> tuple[list[Any], list[Any], int, int]:
    body = httpx.get(f"{lx.base_url}/api/v1/orderBookOrders", params={"market_id": BTC, "limit": 250}).json()

    def levels(side: str) -> list[tuple[Decimal, Decimal]]:
        return [(Decimal(o["price"]), Decimal(o["remaining_base_amount"])) for o in body[side]]

    return levels("bids"), levels("asks"), body["total_bids"], body["total_asks"]


def test_rest_book_equals_a_straight_reconstruction_at_every_frame(tmp_path: Path) -> None:
    snap = snapshot()
    frames = [snap, *diffs_from(snap, 40)]
    straight = OrderBook(BTC)
    with LocalExchange(replay=write_jsonl(tmp_path / "r.jsonl", frames), speed="manual") as lx:
        for frame in frames:
            lx.advance_to(frame["timestamp"])
            straight.apply(frame)
            bids, asks, total_bids, total_asks = _rest_levels(lx)
            assert bids == straight.bids[:250] and asks == straight.asks[:250]
            assert (total_bids, total_asks) == (len(straight.bids), len(straight.asks))
            assert lx.book_checksum(BTC) == straight.checksum()


def test_websocket_book_equals_a_straight_reconstruction_at_every_frame_at_max_speed(tmp_path: Path) -> None:
    snap = snapshot()
    frames = [snap, *diffs_from(snap, 120, seed=2)]
    expected: dict[int, int] = {}
    straight = OrderBook(BTC)
    for frame in frames:
        straight.apply(frame)
        expected[frame["offset"]] = straight.checksum()
    rebuilt = OrderBook(BTC)  # from the frames the sim sent, exactly as received
    seen: dict[int, int] = {}
    with LocalExchange(replay=write_jsonl(tmp_path / "r.jsonl", frames), speed="max") as lx:
        with WsClient(lx.ws_url) as ws:
            ws.subscribe_order_book(BTC)  # the replay starts with the first subscription
            end = time.monotonic() + 30
            while frames[-1]["offset"] not in seen and time.monotonic() < end:
                event = ws.get(timeout=1)
                assert not isinstance(event, OrderBookGapEvent)
                if isinstance(event, OrderBookEvent):
                    rebuilt.apply(event.raw)
                    seen[event.offset] = rebuilt.checksum()  # type: ignore[index]
            assert lx.wait_replay(10)
            assert ws.order_book(BTC).checksum() == straight.checksum() == lx.book_checksum(BTC)
    assert seen == expected  # every frame, in order, each rebuilding the recorded book


def test_a_gap_in_the_recording_reaches_clients_as_a_sequence_jump(tmp_path: Path) -> None:
    snap = snapshot()
    diffs = diffs_from(snap, 30, seed=3)
    del diffs[10]  # a frame the recorder never got
    with LocalExchange(replay=write_jsonl(tmp_path / "r.jsonl", [snap, *diffs]), speed="max") as lx:
        with WsClient(lx.ws_url) as ws:
            ws.subscribe_order_book(BTC)
            gap = ws.wait_for(lambda e: isinstance(e, OrderBookGapEvent), timeout=20)
            assert gap.market_id == BTC  # type: ignore[attr-defined]
            assert lx.wait_replay(20)
            ws.wait_for(lambda e: isinstance(e, OrderBookEvent) and e.snapshot, timeout=10)  # resubscribed
            deadline = time.monotonic() + 10
            while ws.order_book(BTC).checksum() != lx.book_checksum(BTC) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert ws.order_book(BTC).is_synced
            assert ws.order_book(BTC).checksum() == lx.book_checksum(BTC)


def test_a_crossing_market_order_walks_the_recorded_levels_and_the_report_adds_up() -> None:
    snap = snapshot()
    asks = [(Decimal(x["price"]), Decimal(x["size"])) for x in snap["order_book"]["asks"]]
    asks.sort()
    size = Decimal("0.025")
    expected, left = [], size
    for price, available in asks:  # the recorded depth, best first
        take = min(left, available)
        expected.append({"price": f"{price:.1f}", "size": f"{take:.5f}"})
        left -= take
        if not left:
            break
    assert len(expected) == 3  # the order needs three recorded levels
    with LocalExchange(replay=SAMPLE, speed="manual") as lx:
        lx.advance_to(snap["timestamp"] + 500)  # a known replay time
        with bot(lx) as client:
            client.create_order("BTC", side="buy", size=str(size), price="91000", order_type="market")
            lx.advance_to(None)  # the rest of the recording: its trades set the last price
        report = lx.report()
        book_after = _rest_levels(lx)
    (account,) = report["accounts"]
    fills = account["fills"]
    assert [{"price": f["price"], "size": f["size"]} for f in fills] == expected
    assert {f["side"] for f in fills} == {"buy"} and {f["role"] for f in fills} == {"taker"}
    # by hand: bought 0.025 for the sum of the fills; marked at the last recorded trade (90533.5, trade__3)
    cost = sum(Decimal(f["price"]) * Decimal(f["size"]) for f in expected)
    pnl = size * Decimal("90533.5") - cost
    assert Decimal(account["summary"]["pnl"]) == pnl
    assert account["summary"]["inventory"] == {"BTC": "0.02500"}
    assert Decimal(account["summary"]["max_drawdown"]) >= -pnl > 0
    assert Decimal(account["summary"]["fees"]) == 0
    assert book_after[1][0] == asks[0]  # the bot never changes the replayed market's displayed book


def _queue_run(tmp_path: Path, name: str) -> dict[str, Any]:
    snap = snapshot()
    t0 = snap["timestamp"]
    best_bid, ahead = snap["order_book"]["bids"][0]["price"], snap["order_book"]["bids"][0]["size"]
    assert (best_bid, ahead) == ("90550.4", "0.05386")
    frames = [
        snap,  # scripted trades (sellers hitting the best bid) on the real book:
        trade_frame(t0 + 1000, 1, best_bid, "0.03000", False),  # 0.02386 still ahead of us
        trade_frame(t0 + 2000, 2, best_bid, "0.02000", False),  # 0.00386 still ahead
        trade_frame(t0 + 3000, 3, best_bid, "0.01000", False),  # 0.00386 clears the queue, 0.00614 fills us
        trade_frame(t0 + 4000, 4, "90540.0", "0.01000", False),  # trades through our price: the rest fills
    ]
    rec = write_jsonl(tmp_path / f"{name}.jsonl", frames)
    filled = []
    with LocalExchange(replay=rec, speed="manual", seed=7) as lx:
        with bot(lx) as client:
            client.create_order("BTC", side="buy", size="0.01", price=best_bid)
            for k in range(1, 5):
                lx.advance_to(t0 + 1000 * k)
                filled.append(sum(Decimal(f["size"]) for f in lx.report()["accounts"][0]["fills"]))
        report = lx.report()
    assert filled == [0, 0, Decimal("0.00614"), Decimal("0.01")]
    fills = report["accounts"][0]["fills"]
    assert [(f["price"], f["size"], f["role"]) for f in fills] == [
        ("90550.4", "0.00614", "maker"),
        ("90550.4", "0.00386", "maker"),
    ]
    return report


def test_a_resting_bid_fills_only_after_recorded_trades_consume_the_queue_ahead(tmp_path: Path) -> None:
    _queue_run(tmp_path, "a")


def test_two_runs_with_the_same_recording_seed_and_bot_give_identical_reports(tmp_path: Path) -> None:
    first = _queue_run(tmp_path, "same")
    second = _queue_run(tmp_path, "same")
    assert first == second
    assert first["seed"] == 7 and first["accounts"][0]["pnl_over_time"]


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"start_at": "2020-01-01T00:00:00Z"}, "outside the recording"),
        ({"speed": "fast"}, "speed must be"),
        ({"speed": 0}, "speed must be"),
    ],
)
def test_bad_replay_arguments_are_one_clear_error(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        LocalExchange(replay=SAMPLE, **kwargs)


def test_a_file_that_is_not_a_recording_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    with pytest.raises(ReplayError, match="not a recording"):
        LocalExchange(replay=bad)
    frames = tmp_path / "frames.jsonl"
    frames.write_text('{"type":"connected"}\n')
    with pytest.raises(ReplayError, match="no frames"):
        LocalExchange(replay=frames)


def test_the_replay_exchange_fixture_and_recorded_public_frames_pass_through(
    replay_exchange: Any, tmp_path: Path
) -> None:
    snap = snapshot()
    stats = {
        "channel": "market_stats:1",
        "type": "update/market_stats",
        "timestamp": snap["timestamp"] + 100,
        "market_stats": {"market_id": 1, "index_price": "90551.00", "mark_price": "90550.90"},
    }
    diff = diffs_from(snap, 1)[0]
    diff["timestamp"] = snap["timestamp"] + 200
    lx = replay_exchange(write_jsonl(tmp_path / "r.jsonl", [snap, stats, diff]), speed="max")
    with WsClient(lx.ws_url) as ws:
        ws.subscribe_market_stats(BTC, wait=True)
        ws.subscribe_order_book(BTC, wait=True)
        assert lx.wait_replay(20)
        got = ws.wait_for(lambda e: getattr(e, "raw", {}).get("type") == "update/market_stats", timeout=10)
    assert dict(got.raw) == stats  # type: ignore[attr-defined]
