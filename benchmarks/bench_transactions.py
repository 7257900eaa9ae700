"""Speed of lighter.transactions: sign(CreateOrder) end to end, and the parts it is made of.

Run: ``.venv/bin/python benchmarks/bench_transactions.py [--rounds 11] [--calls 200]``.
Each figure is the median over ``rounds`` runs of the per-call mean of ``calls`` calls.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import attrs

from lighter import transactions as T
from lighter.signing import PrivateKey

KEY_HEX = "e94a0dd5ecaabd8fcb2eff4ce2dfa37589cce10528ab0e31cf904c5d961853aacf66ff1d7824fc36"
CHAIN_ID = 304


def _order(attributes: dict[int, int] | None = None) -> T.CreateOrder:
    return T.CreateOrder(
        account_index=12345,
        api_key_index=3,
        market_index=1,
        client_order_index=7,
        base_amount=1000,
        price=300000,
        is_ask=1,
        type=T.OrderType.LIMIT,
        time_in_force=T.TimeInForce.GOOD_TILL_TIME,
        order_expiry=1800000000000,
        expired_at=1795505748763,
        nonce=5,
        attributes=attributes,
    )


def _median_us(fn: Callable[[], object], rounds: int, calls: int) -> float:
    fn()  # warm-up: lazy imports and tables
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        samples.append((time.perf_counter() - start) / calls * 1e6)
    return statistics.median(samples)


def run(rounds: int = 11, calls: int = 200) -> list[tuple[str, float]]:
    """Return ``[(name, median microseconds per call)]``."""
    key = PrivateKey.from_hex(KEY_HEX)
    order = _order()
    with_attrs = _order({4: 1, 6: 2})
    message = order.hash(CHAIN_ID)
    signed = T.sign(order, key, chain_id=CHAIN_ID)
    sig = signed.tx.sig
    nonce = iter(range(10**9))
    cases: list[tuple[str, Callable[[], object]]] = [
        ("sign(CreateOrder) end to end", lambda: T.sign(order, key, chain_id=CHAIN_ID)),
        ("sign(CreateOrder, nonce=n)", lambda: T.sign(order, key, chain_id=CHAIN_ID, nonce=next(nonce))),
        ("sign(CreateOrder) with 2 attributes", lambda: T.sign(with_attrs, key, chain_id=CHAIN_ID)),
        ("  PrivateKey.sign(hash) alone", lambda: key.sign(message)),
        ("  CreateOrder.hash", lambda: order.hash(CHAIN_ID)),
        ("  CreateOrder.validate", order.validate),
        ("  CreateOrder.to_tx_info", lambda: order.to_tx_info(sig)),
        ("  attrs.evolve(tx, sig=...)", lambda: attrs.evolve(order, sig=sig)),
        ("decode(14, tx_info)", lambda: T.decode(14, signed.tx_info)),
    ]
    return [(name, _median_us(fn, rounds, calls)) for name, fn in cases]


def main(argv: list[str] | None = None) -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args(argv)
    rows = run(args.rounds, args.calls)
    width = max(len(name) for name, _ in rows)
    print(f"{'case':<{width}}  median us/call  ({args.rounds} rounds x {args.calls} calls)")
    for name, us in rows:
        print(f"{name:<{width}}  {us:14.1f}")


if __name__ == "__main__":
    main()
