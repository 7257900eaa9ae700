"""Exclusive API-key leases and the fleet-wide weighted rate-limit budget, on a real Redis."""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from typing import Any

import httpx
import pytest

from lighter._ratelimit import PREMIUM_WEIGHT_PER_MINUTE, STANDARD_REQUESTS_PER_MINUTE
from lighter.stores import KeyLeaseUnavailableError, RedisRateLimiter, StoreConfigError

ACCOUNT = 42


def test_leases_are_exclusive_and_spread_over_keys(make_store: Any) -> None:
    a, b, c = make_store(), make_store(), make_store()
    first = a.lease_api_key(ACCOUNT, [3, 4], ttl=5)
    second = b.lease_api_key(ACCOUNT, [3, 4], ttl=5)
    assert (first.api_key_index, second.api_key_index) == (3, 4)
    with pytest.raises(KeyLeaseUnavailableError, match=r"\[3, 4\]"):
        c.lease_api_key(ACCOUNT, [3, 4], ttl=5)
    assert a.lease_owner(ACCOUNT, 3) == first.token
    first.release()
    with c.lease_api_key(ACCOUNT, [3, 4], ttl=5) as third:
        assert third.api_key_index == 3
    assert c.lease_owner(ACCOUNT, 3) is None
    second.release()


def test_a_lease_expires_unless_renewed_and_a_lost_lease_cannot_be_renewed(make_store: Any) -> None:
    a, b = make_store(), make_store()
    lease = a.lease_api_key(ACCOUNT, 3, ttl=0.3)
    assert lease.renew(ttl=0.3)
    time.sleep(0.45)  # expired
    taken = b.lease_api_key(ACCOUNT, 3, ttl=5)
    assert not lease.renew()
    lease.release()  # releasing a lost lease must not free the new owner's
    assert b.lease_owner(ACCOUNT, 3) == taken.token
    taken.release()


def test_auto_renew_keeps_a_lease_and_waiting_gets_a_released_key(make_store: Any) -> None:
    a, b = make_store(lock_ttl=0.6), make_store()
    lease = a.lease_api_key(ACCOUNT, 3, ttl=0.6, auto_renew=True)
    time.sleep(1.0)  # longer than its ttl: the watchdog renewed it every 0.2 s
    assert a.lease_owner(ACCOUNT, 3) == lease.token
    lease.release()
    assert b.lease_api_key(ACCOUNT, 3, ttl=1, wait=1.0).api_key_index == 3


def test_async_lease_faces(make_store: Any) -> None:
    store = make_store()

    async def main() -> None:
        async with store.lease_api_key(ACCOUNT, [5], ttl=2) as lease:
            assert await lease.arenew(ttl=3)
            assert store.lease_owner(ACCOUNT, 5) == lease.token
        assert store.lease_owner(ACCOUNT, 5) is None

    asyncio.run(main())


def limiter(make_store: Any, tier: str = "standard", scope: str | None = None) -> RedisRateLimiter:
    return make_store().rate_limiter(tier, scope=scope or "s" + uuid.uuid4().hex[:8])


def test_two_processes_share_one_standard_budget(make_store: Any) -> None:
    scope = "s" + uuid.uuid4().hex[:8]
    a, b = limiter(make_store, scope=scope), limiter(make_store, scope=scope)
    waits = [(a if i % 2 else b).reserve("/api/v1/sendTx") for i in range(STANDARD_REQUESTS_PER_MINUTE)]
    assert waits == [0.0] * STANDARD_REQUESTS_PER_MINUTE  # 60 requests a minute, fleet-wide
    # The 61st must wait until the first booking leaves the 60 s window, whichever process asks.
    assert 55 < a.reserve("/api/v1/sendTx") <= 60
    assert a.used() == pytest.approx(61)
    other = limiter(make_store)  # another scope: its own budget
    assert other.reserve("/api/v1/sendTx") == 0


def test_weights_and_tiers_are_the_in_process_ones(make_store: Any) -> None:
    standard = limiter(make_store)
    for _ in range(40):
        assert standard.reserve("/api/v1/trades") == 0  # weight 600 -> 1.5 of 60
    assert standard.reserve("/api/v1/trades") > 50
    premium = limiter(make_store, "premium")
    assert premium.reserve("/api/v1/changeAccountTier") == 0
    assert premium.used() == 3000
    for _ in range((PREMIUM_WEIGHT_PER_MINUTE - 3000) // 300):
        assert premium.reserve("/api/v1/orderBooks") == 0  # default weight 300
    assert premium.reserve("/api/v1/sendTx") > 50  # 24,000 booked
    with pytest.raises(StoreConfigError, match="tier"):
        make_store().rate_limiter("gold")


def test_a_429_blocks_the_whole_fleet(make_store: Any) -> None:
    scope = "s" + uuid.uuid4().hex[:8]
    a, b = limiter(make_store, scope=scope), limiter(make_store, scope=scope)
    a.block(2.0)
    assert 1.5 < b.reserve("/api/v1/account") <= 2.0


def test_paces_real_requests_through_the_client_transport(make_store: Any) -> None:
    from lighter._http import build_sync_client
    from lighter._retry import RetryPolicy

    shared = limiter(make_store)
    for _ in range(STANDARD_REQUESTS_PER_MINUTE - 1):
        shared.reserve("/api/v1/sendTx")  # the rest of the fleet used all but one request
    sent: list[float] = []
    slept: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(time.monotonic())
        return httpx.Response(200, json={"code": 200})

    client = build_sync_client(
        "http://127.0.0.1:1",
        timeout=httpx.Timeout(5.0),
        policy=RetryPolicy(max_retries=0),
        limiter=shared,
        transport=httpx.MockTransport(handler),
    )
    client._transport.limiter.acquire = lambda path: slept.append(shared.reserve(path))  # record, no sleep
    client.get("/api/v1/account")
    client.get("/api/v1/account")
    assert slept[0] == 0 and slept[1] > 50  # the second request of this process waits for the fleet's window
    assert len(sent) == 2


def test_rate_limit_falls_back_in_process_when_redis_is_down(
    redis_server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    limiter = RedisRateLimiter.from_url(redis_server.url, "standard", scope="x")
    assert limiter.reserve("/api/v1/sendTx") == 0
    redis_server.stop()
    with caplog.at_level(logging.WARNING, logger="lighter.stores"):
        waits = [limiter.reserve("/api/v1/sendTx") for _ in range(STANDARD_REQUESTS_PER_MINUTE + 1)]
    assert "pacing in-process" in caplog.text
    assert (
        waits[:-1] == [0.0] * STANDARD_REQUESTS_PER_MINUTE and waits[-1] > 50
    )  # the local window still paces
    limiter.conn.close()


def test_async_face_books_in_the_shared_budget(make_store: Any) -> None:
    shared = limiter(make_store, "premium")

    async def main() -> None:
        for _ in range(3):
            await shared.acquire_async("/api/v1/sendTx")

    asyncio.run(main())
    assert shared.used() == 18
