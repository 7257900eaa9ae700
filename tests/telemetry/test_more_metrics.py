"""The metrics the scenario tests do not reach: rate-limiter wait and remaining budget, auth-token
refreshes, consumer queue overflows."""

from __future__ import annotations

import time

import pytest

from lighter import Lighter
from lighter._nonce import InMemoryNonceStore
from lighter._ratelimit import RateLimiter
from lighter.testing.onboarding import Credentials
from lighter.testing.server import LocalExchange

from .conftest import Telemetry

pytestmark = pytest.mark.timeout(60)


def test_rate_limiter_wait_and_remaining_budget(telemetry: Telemetry, creds: Credentials) -> None:
    waits: list[float] = []
    limiter = RateLimiter("standard", sleep=waits.append)  # the wait is recorded, not slept
    with Lighter.from_env(creds.as_env(), rate_limit=limiter, nonce_store=InMemoryNonceStore()) as client:
        client.markets()
        assert telemetry.value("lighter_rate_limit_remaining") == limiter.capacity - 1
        for _ in range(int(limiter.capacity)):  # another process of this client spends the budget
            limiter.reserve("/api/v1/orderBooks")
        client.refresh_markets()
    assert len(waits) == 1 and waits[0] > 0
    assert telemetry.value("lighter_rate_limit_wait_seconds_count") == 1
    assert telemetry.value("lighter_rate_limit_wait_seconds_sum") == pytest.approx(waits[0])
    assert telemetry.value("lighter_rate_limit_remaining") == 0
    (span,) = [s for s in telemetry.named("GET /api/v1/orderBookDetails") if s.events]
    assert [e.name for e in span.events] == ["rate_limit_wait"]


def test_auth_token_refreshes(telemetry: Telemetry, creds: Credentials) -> None:
    with Lighter.from_env(
        creds.as_env(), rate_limit=None, nonce_store=InMemoryNonceStore(), auth_token_lifetime=61
    ) as client:
        client.orders.active()  # a read with an auth token: one token created
        client.orders.active()  # cached
        assert telemetry.value("lighter_auth_token_refreshes_total") == 1
        assert client._auth is not None
        client._auth.clear()  # as after an API key change
        client.orders.active()
    assert telemetry.value("lighter_auth_token_refreshes_total") == 2


def test_queue_overflow(telemetry: Telemetry, local_exchange: LocalExchange, creds: Credentials) -> None:
    with Lighter.from_env(creds.as_env(), rate_limit=None, nonce_store=InMemoryNonceStore()) as client:
        with client.ws(queue_size=2) as ws:
            ws.subscribe_order_book(0, wait=True)
            ws.wait_for(lambda e: True)  # the stream is read: its queue overflowing is now worth counting
            before = ws.stats["dropped_events"]  # (dropped while nobody read it: not counted)
            for i in range(6):  # each order is a book diff event nobody reads
                client.create_order("ETH", side="buy", size="0.01", price=str(1900 + i))
            deadline = time.monotonic() + 10
            while ws.stats["dropped_events"] == before and time.monotonic() < deadline:
                time.sleep(0.02)
    dropped = ws.stats["dropped_events"] - before  # final once the stream is closed
    assert dropped > 0
    assert telemetry.value("lighter_ws_queue_overflows_total") == dropped
