"""Nonce manager: seeding, leases, hand-back, resync, round-robin, batches, threads and tasks."""

from __future__ import annotations

import asyncio
import threading

import pytest

from lighter._errors import (
    APITimeoutError,
    ConfigError,
    InvalidInputError,
    InvalidNonceError,
    NonceError,
    NotEnoughMarginError,
)
from lighter._nonce import AsyncNonceManager, InMemoryNonceStore, NonceManager, NonceStore


class FakeServer:
    """nextNonce answers from a dict; counts calls."""

    def __init__(self, start: int = 10) -> None:
        self.next = {k: start for k in range(256)}
        self.calls = 0

    def fetch(self, key: int) -> int:
        self.calls += 1
        return self.next[key]

    async def afetch(self, key: int) -> int:
        await asyncio.sleep(0)
        return self.fetch(key)


def test_store_is_a_nonce_store() -> None:
    assert isinstance(InMemoryNonceStore(), NonceStore)


def test_seeded_once_then_local() -> None:
    server = FakeServer(10)
    nm = NonceManager(7, [3], server.fetch)
    got = []
    for _ in range(5):
        with nm.lease() as lease:
            got.append(lease.nonce)
    assert got == [10, 11, 12, 13, 14]
    assert server.calls == 1


def test_refused_without_consuming_hands_the_nonce_back() -> None:
    nm = NonceManager(7, [3], FakeServer(10).fetch)
    with pytest.raises(NotEnoughMarginError), nm.lease() as lease:
        assert lease.nonce == 10
        raise NotEnoughMarginError("not enough margin", code=21739, status_code=400)
    with pytest.raises(ValueError), nm.lease() as lease:  # failure before sending (validation/signing)
        assert lease.nonce == 10
        raise ValueError("bad price")
    with nm.lease() as lease:
        assert lease.nonce == 10


def test_unknown_outcome_resyncs_before_next_use() -> None:
    server = FakeServer(10)
    nm = NonceManager(7, [3], server.fetch)
    with pytest.raises(APITimeoutError), nm.lease():
        raise APITimeoutError("timed out")
    assert isinstance(nm.store, InMemoryNonceStore) and nm.store.peek(7, 3) is None
    server.next[3] = 11  # the timed-out tx did land
    with nm.lease() as lease:
        assert lease.nonce == 11
    assert server.calls == 2


def test_resync_after_invalid_nonce_moves_the_lease() -> None:
    server = FakeServer(10)
    nm = NonceManager(7, [3], server.fetch)
    with nm.lease() as lease:
        assert lease.nonce == 10
        server.next[3] = 40  # someone else used the key
        nm.resync(lease)
        assert lease.nonce == 40
    with nm.lease() as lease:
        assert lease.nonce == 41


def test_batch_reservation_is_consecutive() -> None:
    nm = NonceManager(7, [3], FakeServer(5).fetch)
    with nm.lease(4) as lease:
        assert lease.nonces == [5, 6, 7, 8]
    with nm.lease() as lease:
        assert lease.nonce == 9
    with pytest.raises(InvalidInputError):
        with nm.lease(0):
            pass


def test_round_robin_over_keys_and_explicit_key() -> None:
    server = FakeServer(0)
    nm = NonceManager(7, [3, 4, 5], server.fetch)
    keys = []
    for _ in range(6):
        with nm.lease() as lease:
            keys.append((lease.api_key_index, lease.nonce))
    assert keys == [(3, 0), (4, 0), (5, 0), (3, 1), (4, 1), (5, 1)]
    with nm.lease(api_key_index=5) as lease:
        assert (lease.api_key_index, lease.nonce) == (5, 2)
    with pytest.raises(ConfigError):
        with nm.lease(api_key_index=9):
            pass
    with pytest.raises(ConfigError):
        NonceManager(7, [], server.fetch)
    with pytest.raises(ConfigError):
        NonceManager(7, [255], server.fetch)


def test_bad_next_nonce_answer() -> None:
    nm = NonceManager(7, [3], lambda key: -1)
    with pytest.raises(NonceError):
        with nm.lease():
            pass


def test_threads_never_share_a_nonce_and_send_in_order() -> None:
    nm = NonceManager(7, [3], FakeServer(0).fetch)
    sent: list[int] = []
    expected = [0]

    def worker() -> None:
        for i in range(200):
            with nm.lease() as lease:
                # the exchange side: strict equality, as on Lighter
                if lease.nonce != expected[0]:
                    raise AssertionError("out of order")
                if i % 17 == 0:
                    raise_refusal = True
                else:
                    raise_refusal = False
                if raise_refusal:
                    lease.unused()
                    continue
                expected[0] += 1
                sent.append(lease.nonce)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sent == list(range(len(sent)))
    assert len(sent) == 8 * (200 - 12)


def test_asyncio_tasks_never_share_a_nonce() -> None:
    server = FakeServer(100)

    async def main() -> list[int]:
        nm = AsyncNonceManager(7, [3], server.afetch)
        sent: list[int] = []

        async def one(i: int) -> None:
            async with nm.lease() as lease:
                await asyncio.sleep(0)  # the "send"
                if i % 50 == 0:
                    raise InvalidNonceError("invalid nonce", status_code=400)
                sent.append(lease.nonce)

        results = await asyncio.gather(*(one(i) for i in range(500)), return_exceptions=True)
        assert sum(isinstance(r, InvalidNonceError) for r in results) == 10
        return sent

    sent = asyncio.run(main())
    assert sent == list(range(100, 100 + 490))
    assert server.calls == 1


def test_async_resync_and_round_robin() -> None:
    server = FakeServer(0)

    async def main() -> None:
        nm = AsyncNonceManager(7, [1, 2], server.afetch)
        async with nm.lease() as a:
            async with nm.lease() as b:
                assert {a.api_key_index, b.api_key_index} == {1, 2}
        async with nm.lease(api_key_index=1) as lease:
            server.next[1] = 9
            await nm.resync(lease)
            assert lease.nonce == 9
        async with nm.lease(2, api_key_index=1) as lease:
            assert lease.nonces == [10, 11]
        nm.invalidate()
        async with nm.lease(api_key_index=1) as lease:
            assert lease.nonce == 9  # fresh read from the (fake) server

    asyncio.run(main())
