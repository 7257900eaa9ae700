"""Many threads and asyncio tasks trading at once: on one API key, then on four keys round-robin.

Properties: every call succeeds (no "invalid nonce", no lost or doubled nonce), each key's accepted nonces
are exactly consecutive and the exchange's next nonce for each key follows the last one, every key of the
round-robin is used, and what the exchange holds matches what the calls returned.
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from typing import Any

from faults.helpers import accepted_orders, client_for, register_keys, server_next_nonce

from lighter import AsyncLighter, Lighter
from lighter.testing import LocalExchange
from lighter.testing.onboarding import Credentials

EXTRA_KEYS = [4, 5, 6]


def _check_nonces(lx: LocalExchange, creds: Credentials, results: list[Any], keys: list[int]) -> None:
    by_key: dict[int, list[int]] = {}
    for r in results:
        by_key.setdefault(r.api_key_index, []).append(r.nonce)
    assert sorted(by_key) == sorted(keys)
    for key, nonces in by_key.items():
        nonces.sort()
        assert nonces == list(range(nonces[0], nonces[0] + len(nonces))), f"key {key}: gap or duplicate"
        assert server_next_nonce(lx, creds.account_index, key) == nonces[-1] + 1
    accepted = accepted_orders(lx, creds.account_index)
    assert Counter((o["ApiKeyIndex"], o["Nonce"]) for o in accepted) == Counter(
        (r.api_key_index, r.nonce) for r in results if r.tx_type == 14
    )


def _threads(client: Lighter, threads: int, per_thread: int, *, cancel: bool) -> list[Any]:
    results: list[Any] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def worker(t: int) -> None:
        try:
            for i in range(per_thread):
                placed = client.create_order(
                    "ETH",
                    side="buy" if t % 2 else "sell",
                    size="0.01",
                    price=str(1500 + t) if t % 2 else str(5000 + t),
                    post_only=True,
                )
                with lock:
                    results.append(placed)
                if cancel and i % 3 == 2:  # reads and cancels interleave with the orders of others
                    mine = [
                        o
                        for o in client.orders.active("ETH")
                        if o.client_order_index == placed.client_order_index
                    ]
                    assert len(mine) == 1
                    cancelled = client.cancel_order("ETH", mine[0].order_index)
                    with lock:
                        results.append(cancelled)
        except BaseException as exc:  # reported below
            errors.append(exc)

    pool = [threading.Thread(target=worker, args=(t,)) for t in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    assert errors == [], errors[:3]
    return results


def test_eight_threads_create_read_cancel_on_one_key(
    local_exchange: LocalExchange, onboard_account: Any
) -> None:
    creds = onboard_account(usdc=1_000_000)
    with client_for(creds) as client:
        client.markets()
        results = _threads(client, 8, 30, cancel=True)
        assert len(results) == 8 * 30 + 8 * 10
        _check_nonces(local_exchange, creds, results, [creds.api_key_index])
        assert len(client.orders.active("ETH")) == 8 * 20


def test_eight_threads_on_four_keys_round_robin(local_exchange: LocalExchange, onboard_account: Any) -> None:
    creds = onboard_account(usdc=1_000_000)
    keys = register_keys(creds, EXTRA_KEYS)
    with Lighter(
        base_url=creds.base_url,
        chain_id=creds.chain_id,
        account_index=creds.account_index,
        api_private_keys=keys,
        rate_limit=None,
    ) as client:
        client.markets()
        results = _threads(client, 8, 40, cancel=False)
        _check_nonces(local_exchange, creds, results, sorted(keys))
        per_key = Counter(r.api_key_index for r in results)
        assert min(per_key.values()) >= 8 * 40 // 4 // 2, per_key  # round-robin spreads the load
        assert len(client.orders.active("ETH")) == 320


def _tasks(creds: Credentials, keys: dict[int, str] | None, count: int) -> list[Any]:
    async def main() -> list[Any]:
        kwargs: dict[str, Any] = (
            {"api_private_keys": keys}
            if keys
            else {"api_key_index": creds.api_key_index, "api_private_key": creds.api_private_key}
        )
        async with AsyncLighter(
            base_url=creds.base_url,
            chain_id=creds.chain_id,
            account_index=creds.account_index,
            rate_limit=None,
            **kwargs,
        ) as client:
            await client.markets()
            results = await asyncio.gather(
                *(
                    client.create_order(
                        "ETH", side="sell", size="0.01", price=str(5000 + i % 50), post_only=True
                    )
                    for i in range(count)
                )
            )
            reads = await asyncio.gather(*(client.orders.active("ETH") for _ in range(5)))
            assert all(len(r) == count for r in reads)
            return list(results)

    return asyncio.run(main())


def test_500_asyncio_tasks_on_one_key(local_exchange: LocalExchange, onboard_account: Any) -> None:
    creds = onboard_account(usdc=1_000_000)
    results = _tasks(creds, None, 500)
    _check_nonces(local_exchange, creds, results, [creds.api_key_index])


def test_500_asyncio_tasks_on_four_keys_round_robin(
    local_exchange: LocalExchange, onboard_account: Any
) -> None:
    creds = onboard_account(usdc=1_000_000)
    keys = register_keys(creds, EXTRA_KEYS)
    results = _tasks(creds, keys, 500)
    _check_nonces(local_exchange, creds, results, sorted(keys))
    per_key = Counter(r.api_key_index for r in results)
    assert min(per_key.values()) >= 500 // 4 // 2, per_key
