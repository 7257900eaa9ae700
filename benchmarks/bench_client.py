"""Speed of the client: a signed limit order from method call to request ready, and `import lighter`.

Run: ``.venv/bin/python benchmarks/bench_client.py [--rounds 11] [--calls 200] [--imports 11]``.

- "create_order -> request ready": ``client.create_order("ETH", ...)`` on a warm client (markets cached,
  nonce seeded) until the sendTx request reaches the transport (an httpx.MockTransport that records the
  time and answers at once). Median over `rounds` of the per-call mean of `calls` calls.
- "sign(CreateOrder) alone": `lighter.transactions.sign` of the same order, measured the same way.
- "client overhead" = the first minus the second (target: <= 1 ms).
- "import lighter" / "import lighter + Lighter": fresh interpreters, median of `imports` runs
  (target: <= 150 ms).
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
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:  # pragma: no cover
    from lighter import Lighter

KEY_HEX = "e94a0dd5ecaabd8fcb2eff4ce2dfa37589cce10528ab0e31cf904c5d961853aacf66ff1d7824fc36"
PAYLOADS = Path(__file__).resolve().parents[1] / "tests" / "data" / "real-payloads"
DETAILS = PAYLOADS / "rest" / "orderBookDetails__1.json"


def _median_per_call(fn: object, rounds: int, calls: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(calls):
            fn()  # type: ignore[operator]
        samples.append((time.perf_counter() - start) / calls)
    return statistics.median(samples)


def warm_client(on_send: Callable[[], None] | None = None) -> Lighter:
    """A blocking client on an ``httpx.MockTransport`` that answers at once (``on_send`` runs when a
    sendTx arrives), warmed by one order: markets cached, nonce seeded, imports done."""
    from lighter import Lighter

    details = json.loads(DETAILS.read_text())
    sent = {"tx_hash": "0" * 80, "code": 200, "predicted_execution_time_ms": 1, "volume_quota_remaining": 1}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/sendTx":
            if on_send is not None:
                on_send()
            return httpx.Response(200, json=sent)
        if request.url.path == "/api/v1/nextNonce":
            return httpx.Response(200, json={"code": 200, "nonce": 1})
        return httpx.Response(200, json=details)

    client = Lighter(
        base_url="http://bench",
        chain_id=304,
        account_index=12345,
        api_key_index=3,
        api_private_key=KEY_HEX,
        rate_limit=None,
        transport=httpx.MockTransport(handler),
    )
    client.create_order("ETH", side="buy", size="0.1", price="3000.5")
    return client


def bench_order(rounds: int, calls: int) -> tuple[float, float]:
    """(median seconds from create_order call to request ready, median seconds of sign alone)."""
    from lighter.signing import PrivateKey
    from lighter.transactions import CreateOrder, default_expired_at, default_order_expiry, sign

    ready: list[float] = []
    client = warm_client(lambda: ready.append(time.perf_counter()))

    samples = []
    for _ in range(rounds):
        total = 0.0
        for _ in range(calls):
            start = time.perf_counter()
            client.create_order("ETH", side="buy", size="0.1", price="3000.5")
            total += ready[-1] - start
        samples.append(total / calls)
    client.close()

    key = PrivateKey.from_hex(KEY_HEX)
    tx = CreateOrder(
        account_index=12345,
        api_key_index=3,
        market_index=0,
        client_order_index=7,
        base_amount=1000,
        price=300050,
        is_ask=0,
        order_expiry=default_order_expiry(),
        expired_at=default_expired_at(),
        nonce=5,
    )
    signing = _median_per_call(lambda: sign(tx, key, chain_id=304), rounds, calls)
    return statistics.median(samples), signing


def bench_import(runs: int, code: str) -> float:
    """Median wall time of ``python -c code`` minus an empty interpreter, in seconds."""

    def once(snippet: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", snippet], check=True)
        return time.perf_counter() - start

    base = statistics.median(once("pass") for _ in range(runs))
    return statistics.median(once(code) for _ in range(runs)) - base


def main(argv: list[str] | None = None) -> dict[str, float]:
    """Run the benchmarks, print a table, return the figures (seconds)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--imports", type=int, default=11)
    args = parser.parse_args(argv)

    order, signing = bench_order(args.rounds, args.calls)
    figures = {
        "create_order -> request ready": order,
        "sign(CreateOrder) alone": signing,
        "client overhead (target <= 1 ms)": order - signing,
        "import lighter (target <= 150 ms)": bench_import(args.imports, "import lighter"),
        "import lighter + Lighter class": bench_import(args.imports, "import lighter; lighter.Lighter"),
    }
    width = max(len(k) for k in figures)
    print(f"{'benchmark':<{width}}  median")
    for name, seconds in figures.items():
        print(f"{name:<{width}}  {seconds * 1000:8.3f} ms")
    return figures


if __name__ == "__main__":
    main()
