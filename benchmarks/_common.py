"""Shared helpers for ``python -m benchmarks``: timing, workloads, a loopback WebSocket server.

Standard library only: the peer runner (``_peers.py``) imports this module inside the side virtualenv, where
the name ``lighter`` belongs to lighter-sdk, so nothing here may import the project.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import random
import re
import socket
import statistics
import subprocess
import time
from collections.abc import Callable
from typing import Any

KEY_HEX = "e94a0dd5ecaabd8fcb2eff4ce2dfa37589cce10528ab0e31cf904c5d961853aacf66ff1d7824fc36"
ACCOUNT_INDEX = 12345
API_KEY_INDEX = 3
CHAIN_ID = 304
MARKET = 1
# one create-order transaction, the same for every SDK
ORDER = {
    "market_index": MARKET,
    "client_order_index": 7,
    "base_amount": 1000,
    "price": 300000,
    "is_ask": 1,
    "order_type": 0,  # limit
    "time_in_force": 1,  # good till time
    "reduce_only": 0,
    "trigger_price": 0,
    "order_expiry": 1800000000000,
    "nonce": 5,
}


# -- timing ---------------------------------------------------------------------------------------------


def median_seconds_per_call(fn: Callable[[], object], *, calls: int, rounds: int) -> float:
    """Median over ``rounds`` of the mean time of ``calls`` back-to-back calls (one warm-up call first)."""
    fn()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        samples.append((time.perf_counter() - start) / calls)
    return statistics.median(samples)


def fresh_process_seconds(python: str, code: str, *, runs: int, env: dict[str, str] | None = None) -> float:
    """Median of the first number printed by ``python -c code`` over ``runs`` fresh interpreters."""
    values = []
    for _ in range(runs):
        out = subprocess.run(
            [python, "-c", code], check=True, capture_output=True, text=True, timeout=300, env=env, cwd="/"
        )
        values.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(values)


RSS_SNIPPET = (
    "import re\n"
    "{code}\n"
    "print(int(re.search(r'VmRSS:\\s+(\\d+)', open('/proc/self/status').read()).group(1)) / 1024)\n"
)


def rss_mb() -> float:
    """Resident set size of this process in MB (Linux), else the peak from ``resource``."""
    try:
        with open("/proc/self/status") as status:
            match = re.search(r"VmRSS:\s+(\d+)", status.read())
        if match:
            return int(match.group(1)) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- order-book workload --------------------------------------------------------------------------------


def book_snapshot(levels_per_side: int = 250, seed: int = 7) -> dict[str, Any]:
    """A ``subscribed/order_book`` frame with ``levels_per_side`` bids and asks around 3000."""
    rng = random.Random(seed)
    bids = [
        {"price": f"{2999.9 - i * 0.1:.1f}", "size": f"{rng.random() * 5 + 0.0001:.4f}"}
        for i in range(levels_per_side)
    ]
    asks = [
        {"price": f"{3000.0 + i * 0.1:.1f}", "size": f"{rng.random() * 5 + 0.0001:.4f}"}
        for i in range(levels_per_side)
    ]
    book = {
        "code": 0,
        "asks": asks,
        "bids": bids,
        "offset": 1000,
        "nonce": 50_000,
        "begin_nonce": 50_000,
        "last_updated_at": 1_700_000_000_000_000,
    }
    return {
        "channel": f"order_book:{MARKET}",
        "offset": 1000,
        "order_book": book,
        "type": "subscribed/order_book",
        "last_updated_at": 1_700_000_000_000_000,
        "timestamp": 1_700_000_000_000,
    }


def book_diffs(snapshot: dict[str, Any], count: int, seed: int = 1) -> list[dict[str, Any]]:
    """``count`` contiguous ``update/order_book`` frames of 1-4 levels near the top (35% removals)."""
    rng = random.Random(seed)
    offset = snapshot["order_book"]["offset"]
    nonce = snapshot["order_book"]["nonce"]
    frames = []
    for _ in range(count):
        bids, asks = [], []
        for _ in range(rng.randint(1, 4)):
            if rng.random() < 0.5:
                price, side = 2999.9 - rng.randint(0, 60) / 10, bids
            else:
                price, side = 3000.0 + rng.randint(0, 60) / 10, asks
            size = "0.0000" if rng.random() < 0.35 else f"{rng.random() * 2 + 0.0001:.4f}"
            side.append({"price": f"{price:.1f}", "size": size})
        offset += 1
        book = {
            "code": 0,
            "asks": asks,
            "bids": bids,
            "offset": offset,
            "nonce": nonce + 3,
            "begin_nonce": nonce,
            "last_updated_at": 1_700_000_000_000_000 + offset,
        }
        frames.append(
            {
                "channel": f"order_book:{MARKET}",
                "offset": offset,
                "order_book": book,
                "type": "update/order_book",
                "last_updated_at": 1_700_000_000_000_000 + offset,
                "timestamp": 1_700_000_000_000,
            }
        )
        nonce += 3
    return frames


# -- loopback WebSocket server (run in its own process) ---------------------------------------------------


def _ws_frame(text: str) -> bytes:
    payload = text.encode()
    n = len(payload)
    if n < 126:
        return bytes([0x81, n]) + payload
    if n < 65536:
        return bytes([0x81, 126]) + n.to_bytes(2, "big") + payload
    return bytes([0x81, 127]) + n.to_bytes(8, "big") + payload


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
        mask = buf[pos : pos + 4]
        data = bytes(b ^ mask[i % 4] for i, b in enumerate(buf[pos + 4 : pos + 4 + length]))
        opcode = buf[0] & 0x0F
        del buf[: pos + 4 + length]
        out.append((opcode, data))
    return out


def serve_frames(port_out: Any, snapshot_text: str, frame_texts: list[str]) -> None:
    """Accept clients one at a time: handshake, ``connected``, then on ``subscribe`` the snapshot and every
    frame, written pre-encoded so the client is what gets measured."""
    blob = b"".join(_ws_frame(t) for t in frame_texts)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    port_out.send(listener.getsockname()[1])
    while True:
        conn, _ = listener.accept()
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = conn.recv(4096)
            if not chunk:
                break
            request += chunk
        keys = [
            line.split(b":", 1)[1].strip()
            for line in request.split(b"\r\n")
            if line.lower().startswith(b"sec-websocket-key")
        ]
        if not keys:
            conn.close()
            continue
        accept = base64.b64encode(hashlib.sha1(keys[0] + b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11").digest())
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
                frames = _client_frames(buf)
                if any(opcode == 8 for opcode, _ in frames):  # close: answer it at once
                    conn.sendall(bytes([0x88, 2]) + (1000).to_bytes(2, "big"))
                    break
                for _opcode, data in frames:
                    if _opcode != 1:
                        continue
                    message = json.loads(data.decode())
                    if message.get("type") == "subscribe":
                        conn.sendall(_ws_frame(snapshot_text))
                        conn.sendall(blob)
                    elif message.get("type") == "unsubscribe":
                        channel = str(message.get("channel", "")).replace("/", ":")
                        conn.sendall(_ws_frame(json.dumps({"type": "unsubscribed", "channel": channel})))
        except OSError:
            pass
        conn.close()


def clean_env() -> dict[str, str]:
    """The environment for fresh interpreters, without variables that would change what they import."""
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    return env
