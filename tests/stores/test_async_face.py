"""The async face of the nonce stores: `AsyncNonceManager` never calls a blocking store method on the loop.

A Redis outage is retried for `retry_for` seconds; with the blocking face that retry sleeps on the event
loop and freezes every other task. These tests make the loop's progress the condition that ends the outage,
so a frozen loop cannot pass: it never restarts Redis and the store gives up with `StoreUnavailableError`.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from lighter._errors import APITimeoutError, RateLimitError
from lighter._nonce import AsyncNonceManager, InMemoryNonceStore

ACCOUNT = 281474976710000
TICKS = 20


class AsyncOnlyStore:
    """An in-memory store whose blocking face must not be used: it records which async calls were made."""

    def __init__(self) -> None:
        self.inner = InMemoryNonceStore()
        self.calls: list[str] = []

    def reserve(self, account_index: int, api_key_index: int, count: int) -> int | None:
        raise AssertionError("blocking reserve called on the event loop")

    def set(self, account_index: int, api_key_index: int, next_nonce: int) -> None:
        raise AssertionError("blocking set called on the event loop")

    def invalidate(self, account_index: int, api_key_index: int) -> None:
        raise AssertionError("blocking invalidate called on the event loop")

    async def reserve_async(self, account_index: int, api_key_index: int, count: int) -> int | None:
        self.calls.append("reserve")
        return self.inner.reserve(account_index, api_key_index, count)

    async def set_async(self, account_index: int, api_key_index: int, next_nonce: int) -> None:
        self.calls.append(f"set {next_nonce}")
        self.inner.set(account_index, api_key_index, next_nonce)

    async def invalidate_async(self, account_index: int, api_key_index: int) -> None:
        self.calls.append("invalidate")
        self.inner.invalidate(account_index, api_key_index)


def test_the_async_manager_uses_only_the_async_face_when_the_store_has_one() -> None:
    store = AsyncOnlyStore()
    server = {"next": 5}

    async def fetch(_key: int) -> int:
        return server["next"]

    async def main() -> None:
        manager = AsyncNonceManager(ACCOUNT, [3], fetch, store=store)
        async with manager.lease() as lease:  # seeded from nextNonce, spent
            assert lease.nonce == 5
        with pytest.raises(RateLimitError):  # refused, not consumed: handed back
            async with manager.lease() as lease:
                assert lease.nonce == 6
                raise RateLimitError("429", nonce_consumed=False)
        async with manager.lease(2) as lease:
            assert lease.nonces == [6, 7]
            lease.unknown()  # the client settles an unknown outcome itself, then raises (or not)
        server["next"] = 8
        async with manager.lease() as lease:  # the counter was forgotten: resynced from nextNonce
            assert lease.nonce == 8
            server["next"] = 10
            await manager.resync(lease)  # after "invalid nonce"
            assert lease.nonce == 10
        await manager.ainvalidate(3)

    asyncio.run(main())
    assert store.calls == [
        *("reserve", "set 5", "reserve"),
        *("reserve", "set 6"),
        *("reserve", "invalidate"),
        *("reserve", "set 8", "reserve", "set 11"),
        "invalidate",
    ]


def test_the_in_memory_store_keeps_its_direct_path() -> None:
    store = InMemoryNonceStore()

    async def fetch(_key: int) -> int:
        return 0

    async def main() -> None:
        manager = AsyncNonceManager(ACCOUNT, [3], fetch, store=store)
        async with manager.lease() as lease:
            lease.unused()
            assert store.peek(ACCOUNT, 3) == 0  # applied at once, not deferred to the end of the lease
        async with manager.lease() as lease:
            lease.unknown()
            assert store.peek(ACCOUNT, 3) is None

    asyncio.run(main())


@pytest.mark.parametrize("outcome", ["unknown", "unused"])
def test_an_outage_mid_lease_does_not_freeze_the_event_loop(redis_server: Any, outcome: str) -> None:
    """Redis goes down while a lease is open; settling the lease then retries against a dead server. Only
    a ticker task, which needs the loop to run, brings Redis back, after TICKS ticks: a blocking settlement
    would freeze the ticker and end in StoreUnavailableError after `retry_for`."""
    from lighter.stores import RedisNonceStore

    store = RedisNonceStore.from_url(redis_server.url, network="local", lock_ttl=1.0, retry_for=8.0)

    async def fetch(_key: int) -> int:
        return 40

    async def main() -> int:
        manager = AsyncNonceManager(ACCOUNT, [3], fetch, store=store)
        down = asyncio.Event()
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            await down.wait()
            for _ in range(TICKS):
                await asyncio.sleep(0.01)
                ticks += 1
            await asyncio.to_thread(redis_server.start)  # back, empty (no persistence)

        task = asyncio.create_task(ticker())
        error = (
            APITimeoutError("sendTx timed out", nonce_consumed=None)
            if outcome == "unknown"
            else RateLimitError("429", nonce_consumed=False)
        )
        with pytest.raises(type(error)):
            async with manager.lease() as lease:
                assert lease.nonce == 40
                await asyncio.to_thread(redis_server.stop)
                down.set()
                raise error  # settling it needs Redis, which is down until the ticker has ticked
        ticks_when_settled = ticks
        await task
        return ticks_when_settled

    try:
        assert asyncio.run(main()) == TICKS  # the loop kept running while the settlement waited for Redis
        # the settlement reached the restarted server: forgotten, or handed back (nonce 40 was not used)
        assert store.peek(ACCOUNT, 3) == (None if outcome == "unknown" else 40)
    finally:
        store.close()
