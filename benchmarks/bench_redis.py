"""Speed of the Redis nonce store: nonce allocation on loopback, and a fleet of processes vs one process.

Run: ``.venv/bin/python benchmarks/bench_redis.py [--rounds 11] [--calls 500] [--fleet-rounds 3]``.
Starts its own redis-server on a free loopback port (installing Debian's package if missing and root)
and a local exchange in this process.

- "reserve (1 nonce)": ``store.reserve(account, key, 1)``, one Lua call (target: <= 0.3 ms median).
- "hold + reserve + release": what every order pays for its nonce (take the key fleet-wide, take the
  nonce fenced by the hold, release and wake the next waiter).
- "reserve 50 (per nonce)": a batch of 50 consecutive nonces, divided by 50.
- "in-memory reserve": the default in-process store, for scale.
  Each figure is the median over `rounds` of the per-call mean of `calls` calls.
- "first seed on a fresh server": one measurement, not a median: the restart grace a fresh Redis imposes
  on the first seeding of each key (a fresh server cannot be told from one that restarted and lost its
  data; see lighter/stores/_redis_store.py). Excluded from every other figure.
- Orders per second, placed with ``create_order`` on one account and 2 API keys against the local
  exchange (which verifies every signature): one process x 2 threads with the in-memory store, the same
  with the Redis store, and 4 processes x 2 threads sharing the Redis store. Median of `fleet_rounds`
  runs; a run's rate is its orders divided by the slowest worker's time from GO to its last answer.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

# the Redis server and the fleet harness are test support (tests/stores/), not part of the library
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

ACCOUNT = 281474976710000


def _median_per_call(fn: Callable[[], object], rounds: int, calls: int, per: int = 1) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        samples.append((time.perf_counter() - start) / (calls * per))
    return statistics.median(samples)


def bench_allocation(url: str, rounds: int, calls: int) -> tuple[dict[str, float], float]:
    """Seconds per nonce for each way of taking one, and the seconds the first seeding waited."""
    from lighter._nonce import InMemoryNonceStore
    from lighter.stores import RedisNonceStore

    store = RedisNonceStore.from_url(url, network="bench", namespace="b" + uuid.uuid4().hex[:8], lock_ttl=1.0)
    memory = InMemoryNonceStore()
    try:
        start = time.perf_counter()
        store.set(ACCOUNT, 3, 0)  # the first seeding waits out the grace of a fresh server
        first_seed = time.perf_counter() - start
        memory.set(ACCOUNT, 3, 0)

        def full_cycle() -> None:
            with store.hold(ACCOUNT, 3):
                store.reserve(ACCOUNT, 3, 1)

        return {
            "reserve (1 nonce)": _median_per_call(lambda: store.reserve(ACCOUNT, 3, 1), rounds, calls),
            "hold + reserve + release": _median_per_call(full_cycle, rounds, calls),
            "reserve 50 (per nonce)": _median_per_call(
                lambda: store.reserve(ACCOUNT, 3, 50), rounds, max(1, calls // 10), per=50
            ),
            "in-memory reserve": _median_per_call(lambda: memory.reserve(ACCOUNT, 3, 1), rounds, calls),
        }, first_seed
    finally:
        store.close()


def _fleet_rate(configs: list[dict[str, Any]]) -> float:
    from stores.fleet import Fleet

    with Fleet(configs) as fleet:
        fleet.go()
        results = fleet.results(timeout=600)
    bad = {k: v for r in results for k, v in r.items() if k.startswith("error:")}
    if bad:
        raise RuntimeError(f"orders failed during the benchmark: {bad}")
    return sum(r.get("accepted", 0) for r in results) / max(r["elapsed"] for r in results)


def bench_fleet(url: str, rounds: int, orders: int) -> dict[str, float]:
    """Orders per second: one process (memory / Redis store) and 4 processes on Redis."""
    from lighter.testing import LocalExchange
    from lighter.testing.onboarding import onboard

    out: dict[str, list[float]] = {}
    with LocalExchange() as lx:
        creds = onboard(lx.base_url, chain_id=lx.chain_id, usdc=10_000_000, api_key_index=3)
        second = onboard(
            lx.base_url, chain_id=lx.chain_id, usdc=1, api_key_index=4, eth_private_key=creds.eth_private_key
        )
        base = {
            "base_url": lx.base_url,
            "chain_id": lx.chain_id,
            "account_index": creds.account_index,
            "keys": {3: creds.api_private_key, 4: second.api_private_key},
            "threads": 2,
        }
        redis = {"redis_url": url, "network": "bench", "lock_ttl": 1.0}
        runs = {
            "1 process x 2 threads, in-memory": (1, {**base}),
            "1 process x 2 threads, Redis": (1, {**base, **redis}),
            "4 processes x 2 threads, Redis": (4, {**base, **redis}),
        }
        for _ in range(rounds):
            for name, (processes, config) in runs.items():
                # a fresh namespace per run: counters are seeded from nextNonce, as a new fleet would
                config = {**config, "namespace": "f" + uuid.uuid4().hex[:8]}
                per_thread = orders // (2 * processes)
                rate = _fleet_rate([{**config, "orders_per_thread": per_thread}] * processes)
                out.setdefault(name, []).append(rate)
    return {name: statistics.median(rates) for name, rates in out.items()}


def main(argv: list[str] | None = None) -> dict[str, float]:
    """Run the benchmarks, print a table, return the figures (seconds per nonce, orders per second)."""
    from stores.redis_server import RedisServer, find_redis_server

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--fleet-rounds", type=int, default=3)
    parser.add_argument("--orders", type=int, default=400, help="orders per fleet run")
    args = parser.parse_args(argv)
    binary = find_redis_server(install=True)
    if binary is None:
        print("redis-server is not available (not on PATH, and could not be installed)", file=sys.stderr)
        raise SystemExit(1)
    with RedisServer(binary) as server:
        alloc, first_seed = bench_allocation(server.url, args.rounds, args.calls)
        fleet = bench_fleet(server.url, args.fleet_rounds, args.orders)
    heads = ["nonce allocation (Redis on loopback)", f"orders per second ({args.orders} orders, 2 API keys)"]
    width = max(len(name) for name in [*alloc, *fleet, *heads])
    print(f"{heads[0]:<{width}}  median per nonce")
    for name, seconds in alloc.items():
        print(f"{name:<{width}}  {seconds * 1000:8.4f} ms")
    grace = "first seed on a fresh server (lock_ttl 1 s)"
    print(f"{grace:<{width}}  {first_seed:8.2f} s  (restart grace, one measurement)")
    print()
    print(f"{heads[1]:<{width}}  median")
    for name, rate in fleet.items():
        print(f"{name:<{width}}  {rate:8.1f} /s")
    return {**alloc, **fleet}


if __name__ == "__main__":
    main()
