"""A fleet of worker processes trading one account through Redis, against the local exchange.

Workers are real processes (``tests/stores/fleet.py``) talking to the local exchange and to Redis over
loopback. Each records every (API key, nonce) it signed; the exchange's log shows what was accepted.
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from typing import Any

import pytest

from lighter.testing import LocalExchange
from lighter.testing.onboarding import Credentials, onboard

from .fleet import Fleet

KEYS = (3, 4)


def fund_two_keys(lx: LocalExchange) -> tuple[Credentials, dict[int, str]]:
    """One account, deep pockets, two registered API keys."""
    creds = onboard(lx.base_url, chain_id=lx.chain_id, usdc=1_000_000, api_key_index=KEYS[0])
    second = onboard(
        lx.base_url,
        chain_id=lx.chain_id,
        usdc=1,
        api_key_index=KEYS[1],
        eth_private_key=creds.eth_private_key,
    )
    assert second.account_index == creds.account_index
    return creds, {KEYS[0]: creds.api_private_key, KEYS[1]: second.api_private_key}


def config(lx: LocalExchange, creds: Credentials, keys: dict[int, str], **extra: Any) -> dict[str, Any]:
    return {
        "base_url": lx.base_url,
        "chain_id": lx.chain_id,
        "account_index": creds.account_index,
        "keys": keys,
        "threads": 2,
        **extra,
    }


def exchange_orders(lx: LocalExchange, account: int) -> dict[int, list[int]]:
    """Nonces of the account's accepted create-order transactions, per API key, in acceptance order."""
    records = lx.call(lambda ex: [(r.api_key_index, r.nonce, r.type) for r in ex.account_txs[account]])
    out: dict[int, list[int]] = {k: [] for k in KEYS}
    for key, nonce, tx_type in records:
        if tx_type == 14:  # CreateOrder
            out[key].append(nonce)
    return out


def assert_contiguous(nonces: dict[int, list[int]]) -> None:
    for key, seq in nonces.items():
        assert seq == list(range(seq[0], seq[0] + len(seq))), f"key {key}: gaps or reordering"


def no_duplicates(results: list[dict[str, Any]]) -> None:
    """No nonce of a key was signed twice, not counting signatures the exchange refused as invalid nonce
    (the client re-signs those after a resync; a refused transaction can never execute)."""
    signed = Counter((k, n) for r in results for k, n in r["signed"])
    signed.subtract(Counter((k, n) for r in results for k, n in r["refused"]))
    repeated = {kn: c for kn, c in signed.items() if c > 1}
    assert not repeated, f"nonces signed more than once: {sorted(repeated)[:10]}"


def run_fleet(
    lx: LocalExchange,
    creds: Credentials,
    keys: dict[int, str],
    redis_url: str,
    namespace: str,
    workers: int,
    per_thread: int,
) -> list[dict[str, Any]]:
    cfg = config(
        lx, creds, keys, redis_url=redis_url, namespace=namespace, lock_ttl=3.0, orders_per_thread=per_thread
    )
    with Fleet([cfg] * workers) as fleet:
        fleet.go()
        return fleet.results(timeout=240)


def check_fleet(lx: LocalExchange, creds: Credentials, results: list[dict[str, Any]], total: int) -> None:
    assert sum(r.get("accepted", 0) for r in results) == total
    errors = {k: v for r in results for k, v in r.items() if k.startswith("error:")}
    assert not errors
    assert sum(r.get("resyncs", 0) for r in results) == 0  # not one "invalid nonce" answer
    no_duplicates(results)
    nonces = exchange_orders(lx, creds.account_index)
    assert sum(len(v) for v in nonces.values()) == total
    assert all(len(v) > total // 10 for v in nonces.values())  # both keys carried load
    assert_contiguous(nonces)


def test_fleet_4_processes_x_2_threads_on_2_keys_800_orders(redis_url: str, namespace: str) -> None:
    with LocalExchange() as lx:
        creds, keys = fund_two_keys(lx)
        results = run_fleet(lx, creds, keys, redis_url, namespace, workers=4, per_thread=100)
        check_fleet(lx, creds, results, 800)


@pytest.mark.soak
def test_fleet_soak_4_processes_x_2_threads_4000_orders(redis_url: str, namespace: str) -> None:
    with LocalExchange() as lx:
        creds, keys = fund_two_keys(lx)
        results = run_fleet(lx, creds, keys, redis_url, namespace, workers=4, per_thread=500)
        check_fleet(lx, creds, results, 4000)


def test_killed_worker_holding_a_key_others_continue_and_the_sequence_recovers(
    redis_url: str, namespace: str
) -> None:
    with LocalExchange() as lx:
        creds, keys = fund_two_keys(lx)
        base = config(lx, creds, keys, redis_url=redis_url, namespace=namespace, lock_ttl=2.0)
        victim = {**base, "orders_per_thread": 60, "hang_after": 10, "hang_key": KEYS[0]}
        others = {**base, "orders_per_thread": 60}
        with Fleet([victim, others, others]) as fleet:
            fleet.go()
            fleet.workers[0].expect("HANG", 60)  # it holds key 3 with a nonce taken and never sent...
            fleet.workers[1].expect("PROGRESS", 60)  # ...while the others are mid-burst
            fleet.kill(0)
            results = fleet.results(timeout=240, skip=(0,))
        assert sum(r.get("accepted", 0) for r in results) == 2 * 2 * 60  # the others placed everything
        assert not {k for r in results for k in r if k.startswith("error:")}
        # The victim's nonce was never sent: the next user of key 3 was refused once and resynced.
        assert sum(r.get("resyncs", 0) for r in results) >= 1
        no_duplicates(results)
        nonces = exchange_orders(lx, creds.account_index)
        assert_contiguous(nonces)
        # The shared counter agrees with the exchange again.
        from lighter.stores import RedisNonceStore

        store = RedisNonceStore.from_url(redis_url, network="local", namespace=namespace)
        for key in KEYS:
            exchange_next = lx.call(lambda ex, k=key: ex.account(creds.account_index).next_nonce(k))
            assert store.peek(creds.account_index, key) == exchange_next
        store.close()


def test_redis_restarted_mid_run_resync_from_exchange_and_no_nonce_signed_twice(
    redis_server: Any, namespace: str
) -> None:
    with LocalExchange() as lx:
        creds, keys = fund_two_keys(lx)
        cfg = config(
            lx,
            creds,
            keys,
            redis_url=redis_server.url,
            namespace=namespace,
            lock_ttl=2.0,
            retry_for=20.0,
            orders_per_thread=80,
        )
        with Fleet([cfg, cfg]) as fleet:
            fleet.go()
            fleet.workers[0].expect("PROGRESS 40", 120)
            redis_server.restart(down_for=0.3)  # empty again: every counter and lock is gone
            results = fleet.results(timeout=240)
        assert sum(r.get("accepted", 0) for r in results) == 2 * 2 * 80
        assert not {k for r in results for k in r if k.startswith("error:")}
        # Both keys were seeded from nextNonce at the start and again after the restart, and no worker
        # signed the nonce of a transaction still in flight (that would be refused as "invalid nonce").
        assert sum(r.get("fetches", 0) for r in results) >= 2 * len(KEYS)
        assert sum(r.get("resyncs", 0) for r in results) == 0
        no_duplicates(results)
        assert_contiguous(exchange_orders(lx, creds.account_index))


def test_async_and_blocking_clients_share_one_key_through_redis(
    make_store: Any, local_exchange: LocalExchange
) -> None:
    from lighter import AsyncLighter, Lighter

    lx = local_exchange
    creds, keys = fund_two_keys(lx)
    common = {
        "base_url": lx.base_url,
        "chain_id": lx.chain_id,
        "account_index": creds.account_index,
        "api_key_index": KEYS[0],
        "api_private_key": keys[KEYS[0]],
        "rate_limit": None,
    }

    def blocking() -> None:
        with Lighter(**common, nonce_store=make_store()) as client:
            for i in range(30):
                client.create_order("ETH", side="buy", size="0.02", price=str(900 + i))

    async def tasks() -> None:
        async with AsyncLighter(**common, nonce_store=make_store()) as client:
            await asyncio.gather(
                *(client.create_order("ETH", side="buy", size="0.02", price=str(800 + i)) for i in range(30))
            )

    thread = threading.Thread(target=blocking)
    thread.start()
    asyncio.run(tasks())
    thread.join(60)
    nonces = exchange_orders(lx, creds.account_index)
    assert len(nonces[KEYS[0]]) == 60
    assert_contiguous(nonces | {KEYS[1]: [0]})


def test_workers_spread_over_leased_keys(make_store: Any, local_exchange: LocalExchange) -> None:
    from lighter import Lighter
    from lighter.stores import KeyLeaseUnavailableError

    lx = local_exchange
    creds, keys = fund_two_keys(lx)
    used: dict[int, int] = {}
    errors: list[BaseException] = []
    leased = threading.Barrier(len(KEYS), timeout=10)

    def worker() -> None:
        try:
            store = make_store()
            with store.lease_api_key(creds.account_index, list(KEYS), ttl=5, auto_renew=True) as lease:
                leased.wait()
                with pytest.raises(KeyLeaseUnavailableError):  # both keys are leased now
                    make_store().lease_api_key(creds.account_index, list(KEYS), ttl=5)
                key = lease.api_key_index
                with Lighter(
                    base_url=lx.base_url,
                    chain_id=lx.chain_id,
                    account_index=creds.account_index,
                    api_key_index=key,
                    api_private_key=keys[key],
                    rate_limit=None,
                    nonce_store=store,
                ) as client:
                    for i in range(10):
                        client.create_order("ETH", side="buy", size="0.02", price=str(700 + i))
                used[key] = used.get(key, 0) + 10
        except BaseException as exc:  # reported below: a failing thread must fail the test
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in KEYS]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    assert used == {KEYS[0]: 10, KEYS[1]: 10}  # one key each, no sharing
    nonces = exchange_orders(lx, creds.account_index)
    assert {k: len(v) for k, v in nonces.items()} == {KEYS[0]: 10, KEYS[1]: 10}
    assert_contiguous(nonces)
