"""``lighter record`` / ``read_recording``: frames exactly as received, reconnects and gaps marked, and a
recording that rebuilds the exchange's book.

The recorder runs against the local exchange with its market maker re-quoting (levels appear, change and
vanish every half second) while fault injection swallows an order-book diff (a sequence gap) and drops
every WebSocket connection (a reconnect). Replaying the recording into an ``OrderBook`` must end equal, by
checksum, to the exchange's own book. The minute-long variant runs under ``scripts/soak``.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from lighter.data import RecordedFrame, RecordingError, RecordingMark, read_recording
from lighter.data.recording import RecordingWriter, record
from lighter.testing import LocalExchange
from lighter.ws import OrderBook
from lighter.ws.errors import OrderBookGapError

CHANNELS = ["order_book/0", "trade/0", "order_book/1"]


def _record_with_faults(tmp_path: Path, seconds: float, drops: int) -> tuple[Path, LocalExchange, Any]:
    out = tmp_path / "rec"
    lx = LocalExchange(market_maker=True, maker_seed=5).start()
    stop = threading.Event()
    result: dict[str, Any] = {}
    worker = threading.Thread(
        target=lambda: result.setdefault("stats", record(lx.ws_url, CHANNELS, out, stop=stop)), daemon=True
    )
    worker.start()
    step = seconds / (drops + 2)
    time.sleep(step)
    lx.faults.skip_order_book_update(0, 1)  # a diff never sent: the recorder must mark the gap
    end = time.monotonic() + 10
    while lx.faults.describe()["skip_order_book_updates"] and time.monotonic() < end:
        time.sleep(0.05)
    time.sleep(0.7)  # the maker's next re-quote (every 0.5 s) sends the diff that reveals the gap
    for _ in range(drops):
        time.sleep(step)
        assert lx.faults.drop_ws() >= 1  # the recorder's connection drops mid-recording
    time.sleep(step)
    lx.call(lambda _ex: lx._server().stop_maker())  # the market goes quiet so the books can be compared
    time.sleep(0.6)
    stop.set()
    worker.join(10)
    assert not worker.is_alive()
    return out, lx, result["stats"]


def _replay_books(out: Path) -> tuple[dict[int, OrderBook], list[RecordingMark], int]:
    books = {0: OrderBook(0), 1: OrderBook(1)}
    marks: list[RecordingMark] = []
    frames = 0
    for item in read_recording(out):
        if isinstance(item, RecordingMark):
            marks.append(item)
            continue
        frames += 1
        if item.type.endswith("/order_book"):
            book = books[int(item.channel.split(":")[1])]
            try:
                book.apply(item.frame)
            except OrderBookGapError:
                pass  # is_synced is false until the next snapshot (after the reconnect)
    return books, marks, frames


def _check(tmp_path: Path, seconds: float, drops: int) -> None:
    out, lx, stats = _record_with_faults(tmp_path, seconds, drops)
    try:
        books, marks, frames = _replay_books(out)
        for market_id, book in books.items():
            assert book.is_synced
            assert book.checksum() == lx.book_checksum(market_id)
            assert book.bids and book.asks
    finally:
        lx.stop()
    kinds = [m.kind for m in marks]
    assert kinds.count("connected") == drops + 1 == stats.connects
    assert kinds.count("disconnected") == drops == stats.disconnects
    gaps = [m for m in marks if m.kind == "gap"]
    assert len(gaps) == 1 == stats.gaps
    assert gaps[0].detail["channel"] == "order_book:0" and gaps[0].is_gap
    assert kinds[-1] == "stopped"
    assert frames == stats.frames > 10
    times = [m.received_us for m in marks]
    assert times == sorted(times)


def test_record_through_a_drop_and_a_gap_rebuilds_the_exchange_book(tmp_path: Path) -> None:
    _check(tmp_path, seconds=3.0, drops=1)


@pytest.mark.soak
def test_record_a_minute_with_drops(tmp_path: Path) -> None:
    _check(tmp_path, seconds=60.0, drops=3)


def test_frames_are_kept_exactly_as_received_and_segments_rotate(tmp_path: Path) -> None:
    texts = ['{"type":"update/trade","channel":"trade:0", "odd spacing" : "é\\u00e9"}', '{"type":"pong"}']
    with RecordingWriter(tmp_path / "r", rotate_bytes=50) as w:
        w.frame(texts[0], 1_000_000)
        w.mark("gap", 1_000_001, channel="order_book:0")
        w.frame(texts[1], 1_000_002)
    assert len(w.segments) == 3  # every line went over the 50-byte rotation size
    items = list(read_recording(tmp_path / "r"))
    assert [type(i) for i in items] == [RecordedFrame, RecordingMark, RecordedFrame]
    first = items[0]
    assert isinstance(first, RecordedFrame)
    assert first.text == texts[0] and first.received_us == 1_000_000 and first.channel == "trade:0"
    assert [i.text for i in read_recording(tmp_path / "r", marks=False)] == texts  # type: ignore[union-attr]
    # appending to an existing recording continues the numbering
    with RecordingWriter(tmp_path / "r") as w:
        w.frame(texts[1], 2_000_000)
    assert w.segments[0].name == "frames-000004.jsonl.zst"
    assert len(list(read_recording(tmp_path / "r", marks=False))) == 3


def test_a_truncated_last_segment_reads_up_to_its_last_flush(tmp_path: Path) -> None:
    w = RecordingWriter(tmp_path / "r")
    for i in range(100):
        w.frame(json.dumps({"type": "update/trade", "i": i}), i)
    w.flush()
    w.frame('{"type":"lost"}', 101)  # written but never flushed: a killed recorder loses it
    raw = w.segments[0].read_bytes()
    w.close()
    w.segments[0].write_bytes(raw)  # the file as a killed process leaves it
    frames = list(read_recording(tmp_path / "r"))
    assert len(frames) == 100


def test_jsonl_of_raw_frames_is_a_recording(tmp_path: Path) -> None:
    path = tmp_path / "frames.jsonl"
    path.write_text('{"type":"update/trade","timestamp":1700000000123}\n\n{"type":"pong"}\n')
    items = list(read_recording(path))
    assert [i.received_us for i in items] == [1700000000123000, 1700000000123000]


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p.mkdir() or (p / "x.txt").write_text("hi"), "not a recording"),
        (lambda p: p.write_text("{}"), "not a recording"),
        (lambda p: None, "no such recording"),
        (
            lambda p: p.mkdir() or (p / "recording.json").write_text('{"format":"other"}'),
            "does not say format",
        ),
    ],
)
def test_a_path_that_is_not_a_recording_is_one_clear_error(tmp_path: Path, make: Any, message: str) -> None:
    path = tmp_path / "thing"
    make(path)
    with pytest.raises(RecordingError, match=message):
        list(read_recording(path))


def test_writer_refuses_a_directory_that_is_not_a_recording(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(RecordingError, match="not a recording"):
        RecordingWriter(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]  # nothing written


def test_a_bad_line_names_file_and_line(tmp_path: Path) -> None:
    import zstandard

    w = RecordingWriter(tmp_path / "r")
    w.frame('{"type":"pong"}', 1)
    w.close()
    seg = w.segments[0]
    seg.write_bytes(zstandard.ZstdCompressor().compress(b'{"t":1,"f":"{\\"type\\":1}"}\n{"t":2,"f":"[[[[\n'))
    with pytest.raises(RecordingError, match=r"frames-000001.jsonl.zst:2"):
        list(read_recording(tmp_path / "r"))
