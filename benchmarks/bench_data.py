"""Speed of the read models and of exports (issue 20).

Run: ``.venv/bin/python benchmarks/bench_data.py [--rounds 7] [--orders 10000] [--candles 100000]``.

- "10,000 orders -> Order models": ``lighter.models._convert.orders`` over 10,000 order dicts of the
  recorded real shape (tests/data/real-payloads/rest/accountActiveOrders__1.json, indexes/prices/fills
  varied; the generated ``Order.from_dict`` of the same dicts is printed as a reference), median of
  `rounds` runs; "-> DataFrame": ``lighter.data.to_pandas`` of those models (Decimal
  columns at the market's scale, UTC timestamps); "JSON -> DataFrame" is both.
- "export 100,000 candles": ``lighter export candles ETH 1m --out FILE.parquet`` run in-process against a
  loopback HTTP server that answers ``candles`` pages (500 per request, 200 requests) and the recorded
  ``orderBookDetails``: paging, HTTP, parsing, conversion, Arrow and Parquet, median of `rounds` runs, in
  seconds. Loopback means no rate limiter (against the exchange, the weighted limiter paces the 200 calls).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
PAYLOADS = REPO / "tests" / "data" / "real-payloads" / "rest"
MINUTE_MS = 60_000


def median_seconds(fn: Callable[[], object], rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def order_dicts(count: int) -> list[dict[str, Any]]:
    """`count` orders of the recorded shape: distinct indexes, prices on the tick, a third partly filled."""
    template = json.loads((PAYLOADS / "accountActiveOrders__1.json").read_text())["orders"][0]
    out = []
    for i in range(count):
        o = dict(template)
        filled = 20 if i % 3 == 0 else 0
        o.update(
            order_index=template["order_index"] + i,
            client_order_index=template["client_order_index"] + i,
            price=f"{83000 + (i % 500) / 10:.1f}",
            filled_base_amount=f"{filled / 100000:.5f}",
            remaining_base_amount=f"{(60 - filled) / 100000:.5f}",
            filled_quote_amount=f"{filled / 100000 * 83000:.6f}",
            status="open" if i % 5 else "canceled-post-only",
        )
        out.append(o)
    return out


def candle(t: int) -> dict[str, Any]:
    base = 3000 + (t // MINUTE_MS) % 97
    return {
        "t": t,
        "o": base + 0.25,
        "h": base + 1.5,
        "l": base - 1.25,
        "c": base + 0.5,
        "v": 12.3456,
        "V": 37037.5,
    }


class _Handler(BaseHTTPRequestHandler):
    details = b""

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        url = urlsplit(self.path)
        if url.path == "/api/v1/orderBookDetails":
            body = self.details
        elif url.path == "/api/v1/candles":
            q = {k: v[0] for k, v in parse_qs(url.query).items()}
            start, end = int(q["start_timestamp"]), int(q["end_timestamp"])
            first = -(-start // MINUTE_MS) * MINUTE_MS
            body = json.dumps(
                {"code": 200, "r": "1m", "c": [candle(t) for t in range(first, end + 1, MINUTE_MS)]}
            ).encode()
        else:
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@contextlib.contextmanager
def candle_server() -> Iterator[str]:
    _Handler.details = (PAYLOADS / "orderBookDetails__1.json").read_bytes()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def export_candles(base_url: str, count: int, folder: Path) -> int:
    from lighter.cli import main as cli

    out = folder / f"candles-{time.perf_counter_ns()}.parquet"
    until = (int(time.time() * 1000) // MINUTE_MS) * MINUTE_MS
    since = until - count * MINUTE_MS  # `count` closed candles; the one starting at `until` is still forming
    args = ["export", "candles", "ETH", "1m", "--since", str(since), "--until", str(until), "--out", str(out)]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = cli([*args, "--base-url", base_url, "--chain-id", "304"])
    if code != 0:
        raise SystemExit(f"export failed with exit code {code}")
    import pyarrow.parquet as pq

    return int(pq.read_metadata(out).num_rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--orders", type=int, default=10_000)
    parser.add_argument("--candles", type=int, default=100_000)
    args = parser.parse_args()

    from lighter.data import to_pandas
    from lighter.markets import MarketTable
    from lighter.models import _convert

    market = MarketTable.from_order_book_details(
        json.loads((PAYLOADS / "orderBookDetails__1.json").read_text())
    )
    dicts = order_dicts(args.orders)
    models = _convert.orders(dicts)
    to_models = median_seconds(lambda: _convert.orders(dicts), args.rounds)
    to_frame = median_seconds(lambda: to_pandas(models, market=market.get(0)), args.rounds)
    both = median_seconds(lambda: to_pandas(_convert.orders(dicts), market=market.get(0)), args.rounds)
    from lighter_generated.models.order import Order as GeneratedOrder

    generated = median_seconds(lambda: [GeneratedOrder.from_dict(d) for d in dicts], args.rounds)
    print(f"{args.orders:,} orders -> Order models:     {to_models * 1000:8.1f} ms (median of {args.rounds})")
    print(f"  reference: generated Order.from_dict {generated * 1000:8.1f} ms (same machine, same run)")
    print(f"{args.orders:,} Order models -> DataFrame:  {to_frame * 1000:8.1f} ms")
    print(f"{args.orders:,} order JSON -> DataFrame:    {both * 1000:8.1f} ms")

    with candle_server() as base_url, tempfile.TemporaryDirectory() as tmp:
        rows = export_candles(base_url, args.candles, Path(tmp))  # warm-up, and the row count check
        if rows != args.candles:
            raise SystemExit(f"exported {rows} candles, expected {args.candles}")
        rounds = max(3, args.rounds // 2)
        seconds = median_seconds(lambda: export_candles(base_url, args.candles, Path(tmp)), rounds)
    print(f"export {args.candles:,} candles to Parquet:  {seconds:8.2f} s (median of {rounds}, loopback)")


if __name__ == "__main__":
    main()
