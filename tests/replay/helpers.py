"""Recordings for the replay tests: the real mainnet BTC snapshot, plus scripted frames where a test says."""

from __future__ import annotations

import json
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from lighter import Lighter
from lighter.testing import LocalExchange
from lighter.testing.onboarding import onboard

PAYLOADS = Path(__file__).resolve().parents[1] / "data" / "real-payloads" / "ws"
SAMPLE = Path(__file__).resolve().parents[2] / "lighter" / "testing" / "data" / "btc-mainnet-sample.jsonl.gz"
BTC = 1


def snapshot() -> dict[str, Any]:
    """The real mainnet BTC order-book snapshot (NautilusTrader's recording, December 2025)."""
    return json.loads((PAYLOADS / "order_book__2.json").read_text())


def write_jsonl(path: Path, frames: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(f, separators=(",", ":")) + "\n" for f in frames))
    return path


def trade_frame(t: int, trade_id: int, price: str, size: str, is_maker_ask: bool) -> dict[str, Any]:
    """An ``update/trade`` frame of BTC in the recorded shape (scripted: for the queue tests)."""
    return {
        "channel": "trade:1",
        "type": "update/trade",
        "timestamp": t,
        "nonce": trade_id,
        "liquidation_trades": [],
        "trades": [
            {
                "trade_id": trade_id,
                "type": "trade",
                "market_id": BTC,
                "size": size,
                "price": price,
                "usd_amount": str((Decimal(size) * Decimal(price)).quantize(Decimal("0.000001"))),
                "ask_id": 1,
                "bid_id": 2,
                "is_maker_ask": is_maker_ask,
                "timestamp": t,
            }
        ],
    }


def diffs_from(snap: dict[str, Any], count: int, seed: int = 1) -> list[dict[str, Any]]:
    """``count`` diffs near the top of the real snapshot: new levels, size changes, removals."""
    rng = random.Random(seed)
    book = snap["order_book"]
    best_bid = max(float(x["price"]) for x in book["bids"])
    best_ask = min(float(x["price"]) for x in book["asks"])
    offset, t = book["offset"], snap["timestamp"]
    frames = []
    for _ in range(count):
        bids: list[dict[str, str]] = []
        asks: list[dict[str, str]] = []
        for _ in range(rng.randint(1, 4)):
            if rng.random() < 0.5:
                price, side = best_bid - rng.randint(0, 300) / 10, bids
            else:
                price, side = best_ask + rng.randint(0, 300) / 10, asks
            size = "0.00000" if rng.random() < 0.35 else f"{rng.random() * 2:.5f}"
            side.append({"price": f"{price:.1f}", "size": size})
        offset += 1
        t += rng.randint(1, 40)
        frames.append(
            {
                "channel": "order_book:1",
                "offset": offset,
                "order_book": {"code": 0, "asks": asks, "bids": bids, "offset": offset, "nonce": offset},
                "timestamp": t,
                "type": "update/order_book",
            }
        )
    return frames


def bot(lx: LocalExchange, usdc: int = 1_000_000) -> Lighter:
    """A funded, onboarded account trading through the real client (signatures checked)."""
    creds = onboard(lx.base_url, chain_id=lx.chain_id, usdc=usdc, ws_url=lx.ws_url)
    return Lighter.from_env(creds.as_env(), rate_limit=None)
