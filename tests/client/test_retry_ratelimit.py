"""Pure retry decisions and the sliding-window rate limiter."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from lighter._ratelimit import RateLimiter, WindowLimiter, endpoint_weight, tier_budget
from lighter._retry import RetryPolicy, is_write_request, parse_retry_after

NOW = 1_700_000_000.0


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "x", "retry-after": "2"}, 2.0),
        ({"retry-after": "Tue, 14 Nov 2023 22:13:25 GMT"}, 5.0),
        ({"retry-after": "garbage"}, None),
        ({}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    # 1_700_000_000 = Tue, 14 Nov 2023 22:13:20 GMT
    assert parse_retry_after(headers, now=lambda: NOW) == expected


def test_backoff_is_exponential_capped_and_jittered() -> None:
    policy = RetryPolicy(max_retries=10)
    assert policy.backoff(0, rand=lambda: 0.0) == 0.5
    assert policy.backoff(3, rand=lambda: 0.0) == 4.0
    assert policy.backoff(9, rand=lambda: 0.0) == 8.0
    assert policy.backoff(1, rand=lambda: 1.0) == 0.75


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 520])
def test_reads_retry_on_transient_statuses(status: int) -> None:
    policy = RetryPolicy()
    assert policy.delay_for_status(0, status, {}, is_write=False, rand=lambda: 0.0) == 0.5
    assert policy.delay_for_status(2, status, {}, is_write=False) is None  # retries exhausted
    assert policy.delay_for_status(0, status, {}, is_write=True) is None  # writes never resent


@pytest.mark.parametrize("status", [400, 401, 403, 404])
def test_client_errors_are_not_retried(status: int) -> None:
    assert RetryPolicy().delay_for_status(0, status, {}, is_write=False) is None


def test_retry_after_is_honoured_unless_too_long() -> None:
    policy = RetryPolicy()
    assert policy.delay_for_status(0, 429, {"retry-after": "7"}, is_write=False) == 7.0
    assert policy.delay_for_status(0, 429, {"retry-after": "600"}, is_write=False) is None


def test_writes_are_resent_only_when_the_request_never_left() -> None:
    policy = RetryPolicy()
    req = httpx.Request("POST", "http://x/api/v1/sendTx")
    never_left = [
        httpx.ConnectError("refused", request=req),
        httpx.ConnectTimeout("t", request=req),
        httpx.PoolTimeout("p", request=req),
    ]
    maybe_left = [
        httpx.ReadTimeout("t", request=req),
        httpx.RemoteProtocolError("gone", request=req),
        httpx.WriteError("w", request=req),
        httpx.ReadError("r", request=req),
    ]
    for exc in never_left:
        assert policy.delay_for_exception(0, exc, is_write=True) is not None
    for exc in maybe_left:
        assert policy.delay_for_exception(0, exc, is_write=True) is None
        assert policy.delay_for_exception(0, exc, is_write=False) is not None
    assert policy.delay_for_exception(0, ValueError("bug"), is_write=False) is None
    assert is_write_request("POST", "/api/v1/changeAccountTier")
    assert is_write_request("POST", "/api/v1/sendTx")
    assert not is_write_request("GET", "/api/v1/trades")


def test_endpoint_weights() -> None:
    assert endpoint_weight("/api/v1/sendTx") == 6
    assert endpoint_weight("/api/v1/nextNonce?account_index=1") == 6
    assert endpoint_weight("/api/v1/trades") == 600
    assert endpoint_weight("/api/v1/referral/points") == 3000
    assert endpoint_weight("/api/v1/tokens/create") == 3000
    assert endpoint_weight("/api/v1/orderBooks") == 300
    assert endpoint_weight("/") == 300


def test_standard_tier_costs() -> None:
    capacity, cost = tier_budget("standard")
    assert capacity == 60 and cost(6) == 1 and cost(300) == 1 and cost(3000) == 7.5
    capacity, cost = tier_budget("premium")
    assert capacity == 24_000 and cost(600) == 600
    with pytest.raises(ValueError):
        tier_budget("gold")


def test_window_allows_capacity_then_paces_in_a_rolling_minute() -> None:
    core = WindowLimiter(60)
    waits = [core.reserve(1, NOW + i * 0.01) for i in range(60)]
    assert waits == [0.0] * 60
    # the 61st request waits until the first leaves the window
    assert core.reserve(1, NOW + 1.0) == pytest.approx(59.0)
    # later requests are queued behind it, never before
    assert core.reserve(1, NOW + 1.0) == pytest.approx(59.01)


def test_no_window_of_60s_ever_exceeds_capacity() -> None:
    core = WindowLimiter(10)
    starts = []
    t = NOW
    for i in range(100):
        t += 0.7 if i % 3 else 0.05
        starts.append(t + core.reserve(2.5 if i % 4 == 0 else 1, t))
    costs = [2.5 if i % 4 == 0 else 1 for i in range(100)]
    for i, s in enumerate(starts):
        in_window = sum(c for s2, c in zip(starts, costs, strict=False) if s - 60 < s2 <= s)
        assert in_window <= 10 + 1e-9, i
    assert starts == sorted(starts)


def test_block_after_429() -> None:
    core = WindowLimiter(100)
    core.block(5.0, NOW)
    assert core.reserve(1, NOW + 1) == pytest.approx(4.0)


def test_rate_limiter_faces_sleep_the_reserved_time() -> None:
    clock = [NOW]
    limiter = RateLimiter("premium", clock=lambda: clock[0])
    for _ in range(4000):  # 4000 x 6 = 24,000: a full minute of sendTx
        assert limiter.reserve("/api/v1/sendTx") == 0.0
    assert limiter.reserve("/api/v1/sendTx") == pytest.approx(60.0)

    # Both faces sleep exactly what `reserve` booked, and not at all under budget.
    sleeps: list[float] = []
    async_sleeps: list[float] = []

    async def record_async(seconds: float) -> None:
        async_sleeps.append(seconds)

    now = [NOW]
    paced = RateLimiter("standard", clock=lambda: now[0], sleep=sleeps.append, async_sleep=record_async)
    for _ in range(59):
        paced.acquire("/api/v1/orderBooks")
    asyncio.run(paced.acquire_async("/api/v1/orderBooks"))
    assert sleeps == [] and async_sleeps == []  # 60 requests: exactly the standard minute
    now[0] += 10.0
    paced.acquire("/api/v1/orderBooks")  # the 61st waits until the first leaves the window
    asyncio.run(paced.acquire_async("/api/v1/orderBooks"))  # and the 62nd behind it
    assert sleeps == [pytest.approx(50.0)] and async_sleeps == [pytest.approx(50.0)]
