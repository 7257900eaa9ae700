"""Speed of the generated REST layer: package import and parsing large answers.

Run: ``.venv/bin/python benchmarks/bench_generated.py [--rounds 11] [--imports 11]``.

- "import lighter_generated", "+ all models", "+ all 86 endpoint modules": fresh interpreters, median of
  `imports` runs.
- "parse OrderBookOrders 250+250": ``OrderBookOrders.from_dict(json.loads(body))`` for a 500-order book made
  of the recorded order shape (tests/cassettes/reference/order_book_orders.yaml), median over `rounds` of the
  mean of 50 parses; "json.loads alone" for comparison.
- "parse Candles 500": the same for 500 candles of the recorded shape.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def recorded(name: str) -> dict:
    cassette = yaml.safe_load((REPO / "tests" / "cassettes" / "reference" / f"{name}.yaml").read_text())
    return json.loads(cassette["interactions"][0]["response"]["body"]["string"])


def import_ms(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)
        times.append(time.perf_counter() - start)
    base = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], cwd=REPO, check=True)
        base.append(time.perf_counter() - start)
    return (statistics.median(times) - statistics.median(base)) * 1000


def per_call_ms(fn: Callable[[], object], rounds: int, calls: int = 50) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        samples.append((time.perf_counter() - start) / calls)
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--imports", type=int, default=11)
    args = parser.parse_args()

    from lighter_generated.models import Candles, OrderBookOrders

    book = recorded("order_book_orders")
    ask, bid = book["asks"][0], book["bids"][0]
    big = dict(book, total_asks=250, total_bids=250)
    big["asks"] = [
        dict(ask, order_index=ask["order_index"] + i, order_id=str(ask["order_index"] + i))
        for i in range(250)
    ]
    big["bids"] = [
        dict(bid, order_index=bid["order_index"] + i, order_id=str(bid["order_index"] + i))
        for i in range(250)
    ]
    book_text = json.dumps(big)
    candles = recorded("candles")
    candle = {k: v for k, v in candles["c"][0].items() if k.islower() or k == "V"}
    candles_text = json.dumps(dict(candles, c=[dict(candle, t=candle["t"] + 60_000 * i) for i in range(500)]))

    walk = (
        "import importlib, pkgutil, lighter_generated.{0} as p\n"
        "for m in pkgutil.walk_packages(p.__path__, p.__name__ + '.'): importlib.import_module(m.name)"
    )

    def parse_book() -> object:
        return OrderBookOrders.from_dict(json.loads(book_text))

    def parse_candles() -> object:
        return Candles.from_dict(json.loads(candles_text))

    rows = [
        ("import lighter_generated", import_ms("import lighter_generated", args.imports), "ms", ""),
        ("  + all models", import_ms(walk.format("models"), args.imports), "ms", ""),
        ("  + all endpoint modules", import_ms(walk.format("api"), args.imports), "ms", ""),
        (
            "parse OrderBookOrders 250+250",
            per_call_ms(parse_book, args.rounds),
            "ms",
            f"{len(book_text) // 1024} KB",
        ),
        ("  json.loads alone", per_call_ms(lambda: json.loads(book_text), args.rounds), "ms", ""),
        (
            "parse Candles 500",
            per_call_ms(parse_candles, args.rounds),
            "ms",
            f"{len(candles_text) // 1024} KB",
        ),
    ]
    for label, value, unit, note in rows:
        print(f"{label:<34}{value:9.3f} {unit}  {note}".rstrip())


if __name__ == "__main__":
    main()
