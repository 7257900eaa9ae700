"""Streaming speed: order-book level updates per second, and frames per second through WsClient.

1. ``OrderBook.apply`` on realistic diffs (1-4 levels each, clustered near the top of a ~5,700-level book
   built from a recorded mainnet snapshot), beside the official SDK's approach (lighter-sdk 1.1.8
   ``ws_client.py`` as described in API-NOTES §7: an unsorted list of level dicts per side, scanned for
   every update, sizes compared with ``float``, new levels appended) fed the same diffs.
2. Frames per second from a loopback server (a separate process writing pre-encoded frames, so the
   client is what is measured) through ``WsClient`` (socket thread, protocol core, book updates, event
   queue, dispatcher thread) to a callback.

Figures are medians of repeated runs. Run: ``.venv/bin/python benchmarks/bench_ws.py [--quick]``.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import multiprocessing
import random
import socket
import statistics
import threading
import time
from pathlib import Path
from typing import Any

from lighter.ws import OrderBook, OrderBookEvent, WsClient

PAYLOADS = Path(__file__).resolve().parents[1] / "tests" / "data" / "real-payloads"
SNAPSHOT = PAYLOADS / "ws" / "order_book__2.json"


# -- workload -------------------------------------------------------------------------------------------


def make_diffs(snapshot: dict[str, Any], count: int, seed: int = 1) -> list[dict[str, Any]]:
    """``count`` update frames near the top of the book: new levels, size changes and removals."""
    rng = random.Random(seed)
    book = snapshot["order_book"]
    best_bid = max(float(x["price"]) for x in book["bids"])
    best_ask = min(float(x["price"]) for x in book["asks"])
    offset, nonce = book["offset"], book["nonce"]
    frames = []
    for _ in range(count):
        bids, asks = [], []
        for _ in range(rng.randint(1, 4)):
            if rng.random() < 0.5:
                price, side = best_bid - rng.randint(0, 400) / 10, bids
            else:
                price, side = best_ask + rng.randint(0, 400) / 10, asks
            size = "0.00000" if rng.random() < 0.35 else f"{rng.random() * 2:.5f}"
            side.append({"price": f"{price:.1f}", "size": size})
        offset += 1
        frames.append(
            {
                "channel": "order_book:1",
                "offset": offset,
                "type": "update/order_book",
                "order_book": {
                    "code": 0,
                    "asks": asks,
                    "bids": bids,
                    "offset": offset,
                    "nonce": nonce + 3,
                    "begin_nonce": nonce,
                },
            }
        )
        nonce += 3
    return frames


class ListScanBook:
    """The official client's approach: per side an unsorted list of ``{"price", "size"}`` dicts, scanned
    linearly for each updated level; a zero size (compared as float) removes it, a new price is appended."""

    def __init__(self, snapshot: dict[str, Any]) -> None:
        self.bids = [dict(x) for x in snapshot["order_book"]["bids"]]
        self.asks = [dict(x) for x in snapshot["order_book"]["asks"]]

    def apply(self, frame: dict[str, Any]) -> None:
        book = frame["order_book"]
        self._update(self.bids, book["bids"])
        self._update(self.asks, book["asks"])

    @staticmethod
    def _update(levels: list[dict[str, str]], changes: list[dict[str, str]]) -> None:
        for change in changes:
            found = False
            for level in levels:
                if level["price"] == change["price"]:
                    found = True
                    level["size"] = change["size"]
                    if float(change["size"]) == 0:
                        levels.remove(level)
                    break
            if not found and float(change["size"]) != 0:
                levels.append(change)


def bench_orderbook(
    snapshot: dict[str, Any], frames: list[dict[str, Any]], repeats: int
) -> tuple[float, float]:
    """Median level updates/s for OrderBook and for the list scan."""
    levels = sum(len(f["order_book"]["bids"]) + len(f["order_book"]["asks"]) for f in frames)
    ours, theirs = [], []
    for _ in range(repeats):
        book = OrderBook(1)
        book.apply(snapshot)
        start = time.perf_counter()
        for frame in frames:
            book.apply(frame)
        ours.append(levels / (time.perf_counter() - start))
        assert book.is_synced
        scan = ListScanBook(snapshot)
        start = time.perf_counter()
        for frame in frames:
            scan.apply(frame)
        theirs.append(levels / (time.perf_counter() - start))
    return statistics.median(ours), statistics.median(theirs)


# -- loopback server (separate process) -----------------------------------------------------------------


def _ws_frame(text: str) -> bytes:
    payload = text.encode()
    n = len(payload)
    if n < 126:
        header = bytes([0x81, n])
    elif n < 65536:
        header = bytes([0x81, 126]) + n.to_bytes(2, "big")
    else:
        header = bytes([0x81, 127]) + n.to_bytes(8, "big")
    return header + payload


def _read_client_frames(conn: socket.socket, buf: bytearray) -> list[str]:
    """Parse complete masked client frames out of ``buf`` (text only)."""
    out = []
    while len(buf) >= 6:
        length = buf[1] & 0x7F
        pos = 2
        if length == 126:
            length, pos = int.from_bytes(buf[2:4], "big"), 4
        elif length == 127:
            length, pos = int.from_bytes(buf[2:10], "big"), 10
        if len(buf) < pos + 4 + length:
            break
        mask = buf[pos : pos + 4]
        data = bytes(b ^ mask[i % 4] for i, b in enumerate(buf[pos + 4 : pos + 4 + length]))
        opcode = buf[0] & 0x0F
        del buf[: pos + 4 + length]
        if opcode == 1:
            out.append(data.decode())
    return out


def _serve(port_out: Any, snapshot_text: str, frame_texts: list[str]) -> None:
    """A minimal WebSocket server: handshake, 'connected', then on subscribe the snapshot + every frame."""
    blob = b"".join(_ws_frame(t) for t in frame_texts)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port_out.send(listener.getsockname()[1])
    while True:
        conn, _ = listener.accept()
        request = b""
        while b"\r\n\r\n" not in request:
            request += conn.recv(4096)
        key = next(
            line.split(b":", 1)[1].strip()
            for line in request.split(b"\r\n")
            if line.lower().startswith(b"sec-websocket-key")
        )
        accept = base64.b64encode(hashlib.sha1(key + b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11").digest())
        conn.sendall(
            b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n"
        )
        conn.sendall(_ws_frame('{"type":"connected","session_id":"bench"}'))
        buf = bytearray()
        try:
            while True:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                buf += chunk
                for text in _read_client_frames(conn, buf):
                    if json.loads(text).get("type") == "subscribe":
                        conn.sendall(_ws_frame(snapshot_text))
                        conn.sendall(blob)
        except OSError:
            pass
        conn.close()


class _Counter:
    """Counts diff events from the snapshot on; sets ``done`` at the last one."""

    def __init__(self, expected: int) -> None:
        self.expected = expected
        self.count = 0
        self.start = self.end = 0.0
        self.done = threading.Event()

    def on_book(self, event: OrderBookEvent) -> None:
        if event.snapshot:
            self.start = time.perf_counter()
            return
        self.count += 1
        if self.count == self.expected:
            self.end = time.perf_counter()
            self.done.set()


def bench_client(snapshot: dict[str, Any], frames: list[dict[str, Any]], repeats: int) -> float:
    """Median frames/s from the loopback server through WsClient to a callback."""
    texts = [json.dumps(f, separators=(",", ":")) for f in frames]
    receiver, sender = multiprocessing.Pipe(duplex=False)
    server = multiprocessing.Process(target=_serve, args=(sender, json.dumps(snapshot), texts), daemon=True)
    server.start()
    try:
        port = receiver.recv()
        rates = []
        for _ in range(repeats):
            counter = _Counter(len(frames))
            with WsClient(f"ws://127.0.0.1:{port}/stream", queue_size=len(frames) + 10) as ws:
                ws.subscribe_order_book(1, callback=counter.on_book)
                if not counter.done.wait(120):
                    raise RuntimeError(f"only {counter.count} of {len(frames)} frames arrived")
                assert ws.order_book(1).is_synced
            rates.append(len(frames) / (counter.end - counter.start))
        return statistics.median(rates)
    finally:
        server.terminate()
        server.join(5)


def main(argv: list[str] | None = None) -> dict[str, float]:
    """Run both benchmarks, print a table, return the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer frames and repeats")
    args = parser.parse_args(argv)
    repeats = 3 if args.quick else 5
    snapshot = json.loads(SNAPSHOT.read_text())
    book_frames = make_diffs(snapshot, 20_000 if args.quick else 50_000)
    ours, theirs = bench_orderbook(snapshot, book_frames, repeats)
    stream_frames = make_diffs(snapshot, 20_000 if args.quick else 50_000, seed=2)
    frames_per_s = bench_client(snapshot, stream_frames, repeats)
    rows = [
        ("OrderBook.apply (sorted keys + bisect)", f"{ours:,.0f} level updates/s", ">= 200,000"),
        ("official list scan (lighter-sdk 1.1.8 approach)", f"{theirs:,.0f} level updates/s", "-"),
        ("speed-up", f"{ours / theirs:,.1f}x", "-"),
        ("loopback server -> WsClient -> callback", f"{frames_per_s:,.0f} frames/s", ">= 20,000"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark'.ljust(width)}  {'median of ' + str(repeats) + ' runs':>28}  target")
    for name, value, target in rows:
        print(f"{name.ljust(width)}  {value:>28}  {target}")
    print(
        f"(book: {len(snapshot['order_book']['bids']) + len(snapshot['order_book']['asks'])} levels from a "
        f"recorded mainnet snapshot; {len(book_frames):,} diff frames)"
    )
    return {"orderbook_levels_per_s": ours, "list_scan_levels_per_s": theirs, "ws_frames_per_s": frames_per_s}


if __name__ == "__main__":
    main()
