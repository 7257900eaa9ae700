"""Tick to trade: from an order-book update on the WebSocket to the bot's signed order back on the wire.

A loopback server (this process) streams ``update/order_book`` frames for market 0 at a steady pace (one
every 5 ms, a few levels near the top of a book of 250 or 2,500 levels a side). A bot (a separate
process, ``_t2t_bots.py``) answers every update with one post-only limit buy at the new best bid, over the
same WebSocket. The server stamps the moment it writes the update and the moment the order's bytes
arrive (before it decodes them), and pairs them by ``client_order_index`` (= the update's offset).

Bots: ours (``WsClient`` + ``client.via_ws(ws, blocking=False)``: the callback signs, sends and returns;
the answer is collected later), and the official SDK (lighter-sdk, its own ``WsClient`` and
``SignerClient``, from the side virtualenv of ``scripts/bench-peers-venv``) both as its examples run it
(the client on the main thread) and at its fastest (the client on a worker thread, where its Go signer
runs ~5x faster). Runs are interleaved (ours, official main, official worker, again...), the first
updates of each run are a warm-up, and each percentile is the median over the rounds.

    .venv/bin/python benchmarks/bench_tick_to_trade.py [--quick] [--levels 250,2500] [--no-peers]
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import queue
import random
import select
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BOTS = HERE / "_t2t_bots.py"
PACE_SECONDS = 0.005
STRAGGLERS_SECONDS = 10.0  # after the last update: a bot that fell behind still gets its late orders counted
VARIANTS = (("ours", "worker"), ("lighter-sdk", "main"), ("lighter-sdk", "worker"))
LABELS = {
    ("ours", "worker"): "lighter (ours), via_ws non-blocking",
    ("lighter-sdk", "main"): "lighter-sdk, main thread",
    ("lighter-sdk", "worker"): "lighter-sdk, worker thread",
}

ORDER_BOOK_DETAILS = {
    "code": 200,
    "order_book_details": [
        {
            "symbol": "ETH",
            "market_id": 0,
            "status": "active",
            "taker_fee": "0.0000",
            "maker_fee": "0.0000",
            "liquidation_fee": "1.0000",
            "min_base_amount": "0.0050",
            "min_quote_amount": "10.000000",
            "order_quote_limit": "",
            "supported_size_decimals": 4,
            "supported_price_decimals": 2,
            "supported_quote_decimals": 6,
            "size_decimals": 4,
            "price_decimals": 2,
            "quote_multiplier": 1,
            "default_initial_margin_fraction": 500,
            "min_initial_margin_fraction": 200,
            "maintenance_margin_fraction": 120,
            "closeout_margin_fraction": 80,
            "last_trade_price": 3000.0,
        }
    ],
}


# -- the book ------------------------------------------------------------------------------------------


def snapshot_frame(levels: int, seed: int = 3) -> dict[str, Any]:
    """``subscribed/order_book`` for market 0: ``levels`` bids below 3000.00 and asks from 3000.01."""
    rng = random.Random(seed)
    bids = [
        {"price": f"{2999.99 - i * 0.01:.2f}", "size": f"{rng.random() * 5 + 0.001:.4f}"}
        for i in range(levels)
    ]
    asks = [
        {"price": f"{3000.01 + i * 0.01:.2f}", "size": f"{rng.random() * 5 + 0.001:.4f}"}
        for i in range(levels)
    ]
    book = {"code": 0, "asks": asks, "bids": bids, "offset": 1000, "nonce": 5000, "begin_nonce": 5000}
    return {"channel": "order_book:0", "offset": 1000, "order_book": book, "type": "subscribed/order_book"}


def update_frames(count: int, seed: int = 4) -> list[str]:
    """``count`` contiguous update frames of 1-4 levels within 20 ticks of the top (30 % removals)."""
    rng = random.Random(seed)
    frames = []
    offset, nonce = 1000, 5000
    for _ in range(count):
        bids, asks = [], []
        for _ in range(rng.randint(1, 4)):
            if rng.random() < 0.5:
                price, side = 2999.99 - rng.randint(0, 20) / 100, bids
            else:
                price, side = 3000.01 + rng.randint(0, 20) / 100, asks
            size = "0.0000" if rng.random() < 0.3 else f"{rng.random() * 2 + 0.001:.4f}"
            side.append({"price": f"{price:.2f}", "size": size})
        if not bids:  # every update moves the bid side, so the bot always has a fresh top to price off
            bids.append({"price": f"{2999.99 - rng.randint(1, 20) / 100:.2f}", "size": "1.0000"})
        offset += 1
        book = {
            "code": 0,
            "asks": asks,
            "bids": bids,
            "offset": offset,
            "nonce": nonce + 2,
            "begin_nonce": nonce,
        }
        nonce += 2
        frames.append(
            json.dumps(
                {
                    "channel": "order_book:0",
                    "offset": offset,
                    "order_book": book,
                    "type": "update/order_book",
                },
                separators=(",", ":"),
            )
        )
    return frames


# -- the WebSocket and HTTP server ---------------------------------------------------------------------


def _frame(text: str) -> bytes:
    payload = text.encode()
    n = len(payload)
    if n < 126:
        return bytes([0x81, n]) + payload
    if n < 65536:
        return bytes([0x81, 126]) + n.to_bytes(2, "big") + payload
    return bytes([0x81, 127]) + n.to_bytes(8, "big") + payload


def _unmask(mask: bytes, data: bytes) -> bytes:
    n = len(data)
    key = (mask * (n // 4 + 1))[:n]
    return (int.from_bytes(data, "big") ^ int.from_bytes(key, "big")).to_bytes(n, "big")


def _client_frames(buf: bytearray) -> list[tuple[int, bytes]]:
    """Complete masked client frames taken out of ``buf``: ``(opcode, payload)``."""
    out = []
    while len(buf) >= 6:
        length, pos = buf[1] & 0x7F, 2
        if length == 126:
            length, pos = int.from_bytes(buf[2:4], "big"), 4
        elif length == 127:
            length, pos = int.from_bytes(buf[2:10], "big"), 10
        if len(buf) < pos + 4 + length:
            break
        out.append(
            (buf[0] & 0x0F, _unmask(bytes(buf[pos : pos + 4]), bytes(buf[pos + 4 : pos + 4 + length])))
        )
        del buf[: pos + 4 + length]
    return out


def _read_request(conn: socket.socket) -> bytes:
    request = b""
    while b"\r\n\r\n" not in request:
        chunk = conn.recv(65536)
        if not chunk:
            break
        request += chunk
    return request


def _answer_http(conn: socket.socket, request: bytes) -> None:
    """The two REST reads our client makes before trading: market metadata and the next nonce."""
    line = request.split(b"\r\n", 1)[0].decode("latin-1")
    if "/api/v1/orderBookDetails" in line:
        body = json.dumps(ORDER_BOOK_DETAILS).encode()
    elif "/api/v1/nextNonce" in line:
        body = b'{"code":200,"nonce":1}'
    else:
        body = b'{"code":200}'
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )
    conn.close()


class Run:
    """One bot connection: stream ``warmup + count`` updates at the pace, stamp both ends."""

    def __init__(self, snapshot: str, updates: list[str], warmup: int) -> None:
        self.snapshot = _frame(snapshot)
        self.updates = [_frame(u) for u in updates]
        self.offsets = [1001 + i for i in range(len(updates))]
        self.warmup = warmup
        self.sent_at: dict[int, int] = {}
        self.latencies_ns: list[int] = []
        self.unanswered = 0

    def session(self, conn: socket.socket, deadline: float) -> None:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn.sendall(_frame('{"type":"connected","session_id":"t2t"}'))
        buf = bytearray()
        streaming = False
        next_index = 0
        next_at = 0.0
        answered: set[int] = set()
        while time.monotonic() < deadline:
            now = time.perf_counter()
            if streaming and next_index < len(self.updates) and now >= next_at:
                offset = self.offsets[next_index]
                self.sent_at[offset] = time.perf_counter_ns()
                conn.sendall(self.updates[next_index])
                next_index += 1
                next_at += PACE_SECONDS
                continue
            if (
                streaming
                and next_index >= len(self.updates)
                and (len(answered) >= len(self.updates) or now >= next_at + 0.5)
            ):
                break
            wait = max(0.0, next_at - now) if streaming else 0.5
            readable, _, _ = select.select([conn], [], [], wait)
            if not readable:
                continue
            chunk = conn.recv(1 << 20)
            arrived = time.perf_counter_ns()
            if not chunk:
                break
            buf += chunk
            for opcode, data in _client_frames(buf):
                if opcode == 8:
                    return
                if opcode != 1:
                    continue
                message = json.loads(data)
                kind = message.get("type")
                if kind == "subscribe" and not streaming:
                    conn.sendall(self.snapshot)
                    streaming = True
                    next_at = time.perf_counter() + 1.0  # the bot digests the snapshot, answers it (warm-up)
                elif kind == "jsonapi/sendtx":
                    tx = message["data"]
                    info = tx["tx_info"]
                    info = json.loads(info) if isinstance(info, str) else info
                    offset = int(info["ClientOrderIndex"])
                    if offset in self.sent_at and offset not in answered:
                        answered.add(offset)
                        if offset - 1001 >= self.warmup:
                            self.latencies_ns.append(arrived - self.sent_at[offset])
                    reply = {"type": "jsonapi/sendtx", "id": tx.get("id"), "code": 200, "tx_hash": "00" * 40}
                    conn.sendall(_frame(json.dumps(reply)))
        self.unanswered = len(self.updates) - len(answered)


def serve_one(listener: socket.socket, run: Run, timeout: float) -> None:
    """Answer HTTP requests (on their own threads, all along) and run the session on the first WebSocket."""
    deadline = time.monotonic() + timeout
    upgraded: queue.Queue[socket.socket] = queue.Queue()

    def accept_loop() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:  # the listener was closed: the run is over
                return
            conn.settimeout(30)
            request = _read_request(conn)
            keys = [
                line.split(b":", 1)[1].strip()
                for line in request.split(b"\r\n")
                if line.lower().startswith(b"sec-websocket-key")
            ]
            if not keys:
                threading.Thread(target=_answer_http, args=(conn, request), daemon=True).start()
                continue
            accept = base64.b64encode(
                hashlib.sha1(keys[0] + b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11").digest()
            )
            conn.sendall(
                b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n"
            )
            conn.settimeout(None)
            upgraded.put(conn)

    threading.Thread(target=accept_loop, daemon=True).start()
    try:
        conn = upgraded.get(timeout=max(1.0, deadline - time.monotonic()))
    except queue.Empty:
        return
    try:
        run.session(conn, deadline)
    finally:
        conn.close()


# -- orchestration -------------------------------------------------------------------------------------


def _bot(python: str, sdk: str, mode: str, port: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    return subprocess.Popen(
        [python, str(BOTS), sdk, mode, str(port)],
        cwd=str(HERE),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def one_run(python: str, sdk: str, mode: str, levels: int, count: int, warmup: int) -> dict[str, Any]:
    """Latencies (µs) of one bot run, or an error."""
    run = Run(
        json.dumps(snapshot_frame(levels), separators=(",", ":")), update_frames(warmup + count), warmup
    )
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    port = listener.getsockname()[1]
    proc = _bot(python, sdk, mode, port)
    try:
        serve_one(listener, run, timeout=60 + (warmup + count) * PACE_SECONDS * 2)
    finally:
        listener.close()
        proc.kill()
        _, err = proc.communicate(timeout=30)
    if not run.latencies_ns:
        tail = (err or b"").decode(errors="replace").strip().splitlines()[-1:] or ["no answer"]
        return {"error": f"no order arrived: {tail[0][:160]}"}
    # an order that never came counts as slower than any that did (it is in the tail, not left out)
    us = sorted(ns / 1000 for ns in run.latencies_ns) + [float("inf")] * (count - len(run.latencies_ns))
    return {
        "p50": _pct(us, 50),
        "p99": _pct(us, 99),
        "p99.9": _pct(us, 99.9),
        "missing": count - len(run.latencies_ns),
    }


def _pct(sorted_values: list[float], q: float) -> float:
    index = min(len(sorted_values) - 1, max(0, round(q / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[index]


def measure(
    peers_python: str | None, *, levels: tuple[int, ...], rounds: int, count: int, warmup: int
) -> dict[tuple[str, str, int], dict[str, Any]]:
    """Median percentiles per (sdk, mode, levels) over ``rounds`` interleaved runs."""
    variants = [v for v in VARIANTS if v[0] == "ours" or peers_python]
    samples: dict[tuple[str, str, int], list[dict[str, Any]]] = {}
    for depth in levels:
        for _ in range(rounds):
            for sdk, mode in variants:
                python = sys.executable if sdk == "ours" else str(peers_python)
                samples.setdefault((sdk, mode, depth), []).append(
                    one_run(python, sdk, mode, depth, count, warmup)
                )
    out: dict[tuple[str, str, int], dict[str, Any]] = {}
    for key, runs in samples.items():
        good = [r for r in runs if "error" not in r]
        if not good:
            out[key] = runs[0]
            continue
        out[key] = {q: statistics.median(r[q] for r in good) for q in ("p50", "p99", "p99.9")}
        out[key]["runs"] = len(good)
        out[key]["missing"] = sum(r["missing"] for r in good)
        out[key]["p50s"] = [r["p50"] for r in good]
    return out


def report(results: dict[tuple[str, str, int], dict[str, Any]], emit: Callable[[str], None]) -> None:
    """The table: percentiles in µs, and ours / official-at-its-fastest for p50 and p99."""
    depths = sorted({k[2] for k in results})
    header = f"{'bot':40} {'levels':>6} {'p50 µs':>9} {'p99 µs':>9} {'p99.9 µs':>9}  ours/theirs p50, p99"
    emit(header)
    emit("-" * len(header))
    for depth in depths:
        ours = results.get(("ours", "worker", depth), {})
        for sdk, mode in VARIANTS:
            r = results.get((sdk, mode, depth))
            if r is None:
                continue
            if "error" in r:
                emit(f"{LABELS[(sdk, mode)]:40} {depth:>6}  error: {r['error']}")
                continue
            ratio = ""
            if sdk != "ours" and "p50" in ours:
                ratio = f"  x{ours['p50'] / r['p50']:.2f}, x{ours['p99'] / r['p99']:.2f}"
            figures = " ".join(_us(r[q]) for q in ("p50", "p99", "p99.9"))
            lost = f"; {r['missing']} orders never came" if r.get("missing") else ""
            rounds = ", ".join(_us(v).strip() for v in r.get("p50s", []))
            emit(f"{LABELS[(sdk, mode)]:40} {depth:>6} {figures}{ratio}  (p50 by round: {rounds}{lost})")


def _us(value: float) -> str:
    return f"{'never':>9}" if value == float("inf") else f"{value:>9,.0f}"


def load() -> str:
    """The machine's load average, as ``uptime`` shows it."""
    try:
        return "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "load average unknown"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds and updates")
    parser.add_argument("--levels", default="250,2500", help="book depths a side, comma-separated")
    parser.add_argument("--rounds", type=int, help="interleaved rounds (default 3, quick 1)")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--peers-python", help="the side virtualenv's interpreter (default .venv-peers)")
    args = parser.parse_args(argv)
    peers = None
    if not args.no_peers:
        candidate = (
            args.peers_python
            or os.environ.get("LIGHTER_PEERS_PYTHON")
            or str(ROOT / ".venv-peers/bin/python")
        )
        peers = candidate if Path(candidate).exists() else None
    levels = tuple(int(x) for x in args.levels.split(","))
    rounds = args.rounds or (1 if args.quick else 3)
    count, warmup = (400, 100) if args.quick else (1500, 200)
    print(f"tick to trade: {load()} before", flush=True)
    results = measure(peers, levels=levels, rounds=rounds, count=count, warmup=warmup)
    report(results, print)
    print(f"({rounds} interleaved round(s) of {count} orders after {warmup} warm-up; {load()} after)")


if __name__ == "__main__":
    main()
