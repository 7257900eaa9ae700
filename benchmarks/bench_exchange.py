"""Local exchange: start-up time, and signed orders accepted and matched per second over REST.

Start-up: the median time of repeated ``LocalExchange()`` starts (until it serves), in this process with
imports warm, and in fresh interpreters including ``import lighter.testing`` (target: under a second).

Throughput: starts ``lighter sim`` in its own process (so the exchange has a core to itself), onboards
two accounts, pre-signs crossing orders (signing is not timed), then sends them over keep-alive HTTP from
one thread per account; every pair of orders trades. Reported: the median of ``--runs`` runs, with
signature verification on and off.

    .venv/bin/python benchmarks/bench_exchange.py [--orders 600] [--runs 5] [--starts 20]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import threading
import time

import httpx

from lighter.signing import PrivateKey
from lighter.testing.onboarding import Credentials, onboard
from lighter.transactions import CreateOrder, default_expired_at, sign


def start_sim(verify: bool) -> tuple[subprocess.Popen[str], dict[str, object]]:
    cmd = [sys.executable, "-m", "lighter.cli", "sim", "--port", "0"]
    if not verify:
        cmd.append("--no-verify")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc, json.loads(proc.stdout.readline())


def presign(creds: Credentials, is_ask: bool, count: int, first_nonce: int) -> list[dict[str, str]]:
    key = PrivateKey.from_hex(creds.api_private_key)
    expiry = int(time.time() * 1000) + 3_600_000
    out = []
    for i in range(count):
        tx = CreateOrder(
            account_index=creds.account_index,
            api_key_index=creds.api_key_index,
            market_index=0,
            client_order_index=i + 1,
            base_amount=100,
            price=300000,
            is_ask=int(is_ask),
            type=0,
            time_in_force=1,
            reduce_only=0,
            trigger_price=0,
            order_expiry=expiry,
            expired_at=default_expired_at(),
        )
        s = sign(tx, key, chain_id=creds.chain_id, nonce=first_nonce + i)
        out.append({"tx_type": str(s.tx_type), "tx_info": s.tx_info})
    return out


def send_all(base_url: str, forms: list[dict[str, str]], failures: list[str]) -> None:
    with httpx.Client(base_url=base_url, timeout=30) as http:
        for form in forms:
            r = http.post("/api/v1/sendTx", data=form)
            if r.status_code != 200:
                failures.append(r.text)


def measure(verify: bool, orders: int, runs: int) -> tuple[float, list[float]]:
    proc, ready = start_sim(verify)
    try:
        base_url = str(ready["base_url"])
        maker = onboard(base_url, usdc=10**9)
        taker = onboard(base_url, usdc=10**9)
        half = orders // 2
        asks = presign(maker, True, half * runs, 1)
        bids = presign(taker, False, half * runs, 1)
        rates = []
        for run in range(runs):
            failures: list[str] = []
            chunk = slice(run * half, (run + 1) * half)
            threads = [
                threading.Thread(target=send_all, args=(base_url, part[chunk], failures))
                for part in (asks, bids)
            ]
            start = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.perf_counter() - start
            if failures:
                raise RuntimeError(f"{len(failures)} orders refused, first: {failures[0]}")
            rates.append(2 * half / elapsed)
        trades = httpx.get(base_url + "/api/v1/exchangeStats").json()["daily_trades_count"]
        if trades < half * runs:
            raise RuntimeError(f"expected at least {half * runs} trades, saw {trades}")
        return statistics.median(rates), rates
    finally:
        proc.terminate()
        proc.wait(10)


FRESH_START = """
import time
t0 = time.perf_counter()
from lighter.testing import LocalExchange
lx = LocalExchange().start()
t1 = time.perf_counter()
lx.stop()
print(t1 - t0)
"""


def startup_seconds(starts: int) -> tuple[float, float]:
    """Median seconds to a serving LocalExchange: warm in-process, and fresh interpreter incl. imports."""
    from lighter.testing import LocalExchange

    LocalExchange().start().stop()  # warm the imports
    warm = []
    for _ in range(starts):
        t0 = time.perf_counter()
        lx = LocalExchange().start()
        warm.append(time.perf_counter() - t0)
        httpx.get(lx.base_url + "/info").raise_for_status()  # it really serves
        lx.stop()
    fresh = []
    for _ in range(max(starts // 4, 3)):
        out = subprocess.run([sys.executable, "-c", FRESH_START], capture_output=True, text=True, check=True)
        fresh.append(float(out.stdout.split()[0]))
    return statistics.median(warm), statistics.median(fresh)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--orders", type=int, default=600, help="orders per run (half asks, half bids; 0 skips)")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--starts", type=int, default=20, help="LocalExchange starts timed (0 skips)")
    args = p.parse_args(argv)
    if args.starts > 0:
        warm, fresh = startup_seconds(args.starts)
        print(
            f"LocalExchange start-up: {warm * 1000:.1f} ms median of {args.starts} starts (imports warm); "
            f"{fresh * 1000:.0f} ms in a fresh interpreter including imports (target < 1000 ms)"
        )
    for verify in (True, False) if args.orders > 0 else ():
        median, rates = measure(verify, args.orders, args.runs)
        label = "on " if verify else "off"
        runs = ", ".join(f"{r:.0f}" for r in rates)
        print(
            f"verification {label}: {median:.0f} signed orders accepted+matched per second over REST "
            f"(median of {args.runs} runs of {args.orders} orders: {runs})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
