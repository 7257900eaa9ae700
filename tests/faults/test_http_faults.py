"""HTTP faults on the local exchange: 429/5xx bursts on reads, sendTx timeouts, injected invalid nonces.

Properties: a burst no longer than the client's retries is absorbed (the read succeeds, the server saw every
try); a longer one surfaces as the typed error and the client keeps working. A sendTx that times out is
never resent, so it can never become a second order; the nonce is resynced and the next order lands. An
injected "invalid nonce" is recovered by resync + re-sign + resend, including under concurrency.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest

from lighter import AsyncLighter
from lighter.errors import APITimeoutError, InternalServerError, RateLimitError
from lighter.testing import LocalExchange

from .helpers import accepted_orders, client_for, server_next_nonce


def _reads(client: Any) -> dict[str, Any]:
    return {
        "/api/v1/orderBooks": client.market_data.order_books,
        "/api/v1/account": client.account.get,
        "/api/v1/orderBookDetails": lambda: client.market_data.details("ETH"),
        "/api/v1/recentTrades": lambda: client.market_data.recent_trades("ETH", limit=5),
    }


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_bursts_up_to_the_retry_budget_are_absorbed(
    local_exchange: LocalExchange, onboard_account: Any, status: int
) -> None:
    lx = local_exchange
    creds = onboard_account()
    with client_for(creds, max_retries=3) as client:
        client.markets()
        for path, read in _reads(client).items():
            # Retry-After keeps the test fast; the 5xx backoff without it is timed in the next test
            lx.faults.http_error(path, status=status, count=3, retry_after=0.01)
            assert read() is not None
            assert lx.call(lambda _ex: lx._server().faults.http) == []  # all 3 failures were met


def test_5xx_backoff_without_retry_after(local_exchange: LocalExchange, onboard_account: Any) -> None:
    """No Retry-After: exponential backoff; two 503s then success, in about 0.5 s + 1 s (jitter 25%)."""
    lx = local_exchange
    with client_for(onboard_account()) as client:
        lx.faults.http_error("/api/v1/orderBooks", status=503, count=2)
        start = time.monotonic()
        assert client.market_data.order_books() is not None
        assert time.monotonic() - start >= 0.5 * 0.75 + 1.0 * 0.75


def test_longer_bursts_surface_typed_errors_then_recover(
    local_exchange: LocalExchange, onboard_account: Any
) -> None:
    lx = local_exchange
    with client_for(onboard_account(), max_retries=1) as client:
        lx.faults.http_error("/api/v1/orderBooks", status=429, count=2, retry_after=0.01)
        with pytest.raises(RateLimitError):
            client.market_data.order_books()
        lx.faults.http_error("/api/v1/orderBooks", status=500, count=2)
        with pytest.raises(InternalServerError):
            client.market_data.order_books()
        assert client.market_data.order_books() is not None


def test_bursts_absorbed_for_concurrent_readers(local_exchange: LocalExchange, onboard_account: Any) -> None:
    lx = local_exchange
    creds = onboard_account()
    client = client_for(creds, max_retries=6)
    client.markets()
    # 6 failures shared by 6 readers on one connection pool: whichever read meets them, even all of them,
    # stays within its 6 retries, so every read must succeed
    lx.faults.http_error("/api/v1/orderBooks", status=429, count=3, retry_after=0.01)
    lx.faults.http_error("/api/v1/orderBooks", status=503, count=3, retry_after=0.01)
    errors: list[BaseException] = []

    def reader() -> None:
        try:
            for _ in range(3):
                client.market_data.order_books()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    client.close()
    assert errors == [], errors
    assert lx.call(lambda _ex: lx._server().faults.http) == []  # every injected failure was met


def test_async_reads_absorb_bursts(local_exchange: LocalExchange, onboard_account: Any) -> None:
    lx = local_exchange
    creds = onboard_account()

    async def main() -> None:
        async with AsyncLighter.from_env(creds.as_env(), rate_limit=None, max_retries=3) as client:
            lx.faults.http_error("/api/v1/orderBooks", status=429, count=3, retry_after=0.01)
            assert await client.market_data.order_books() is not None
            lx.faults.http_error("/api/v1/account", status=502, count=1)
            assert (await client.account.get()).accounts[0].index == creds.account_index

    asyncio.run(main())


def test_send_tx_timeouts_never_duplicate_and_nonces_resync(
    local_exchange: LocalExchange, onboard_account: Any
) -> None:
    """Every few orders, sendTx answers only after the client's timeout. The timed-out call raises (it may or
    may not have been executed: the server here executes it late); no order is ever accepted twice, the
    successful calls' orders are all there, and the next call after each timeout lands (nonce resynced)."""
    lx = local_exchange
    creds = onboard_account(usdc=1_000_000)
    ok: list[int] = []
    timed_out: list[int] = []
    with client_for(creds, timeout=0.25) as client:
        client.markets()
        for i in range(1, 25):
            if i % 4 == 0:
                lx.faults.delay("/api/v1/sendTx", seconds=0.6, count=1)
            coi = 1000 + i
            try:
                # IOC far from the book: accepted, then cancelled, so the exchange's "client order index in
                # use" guard cannot hide a duplicate; only the transaction log counts
                result = client.create_order(
                    "ETH", side="buy", size="0.01", price="1000", time_in_force="ioc", client_order_index=coi
                )
            except APITimeoutError as exc:
                assert exc.nonce_consumed is None  # outcome unknown: never resent
                timed_out.append(coi)
                continue
            assert result.client_order_index == coi
            ok.append(coi)
        assert len(timed_out) == 6 and len(ok) == 18
        # let the late transactions land, then check the transaction log
        time.sleep(0.8)
        accepted = [o["ClientOrderIndex"] for o in accepted_orders(lx, creds.account_index)]
        assert len(accepted) == len(set(accepted)), "an order was accepted twice"
        assert set(ok) <= set(accepted)
        assert set(accepted) <= set(ok) | set(timed_out)
        # and the client is in step with the exchange afterwards
        last = client.create_order("ETH", side="buy", size="0.01", price="1000", time_in_force="ioc")
        assert last.nonce == server_next_nonce(lx, creds.account_index, creds.api_key_index) - 1


def test_send_tx_timeout_then_immediate_retry_by_the_user(
    local_exchange: LocalExchange, onboard_account: Any
) -> None:
    """The user retries at once, while the timed-out transaction is still in flight: the two carry the same
    nonce or the resync sees the first; either way exactly one of them can be accepted per nonce."""
    lx = local_exchange
    creds = onboard_account(usdc=1_000_000)
    with client_for(creds, timeout=0.25) as client:
        client.markets()
        lx.faults.delay("/api/v1/sendTx", seconds=0.6, count=1)
        with pytest.raises(APITimeoutError):
            client.create_order(
                "ETH", side="buy", size="0.01", price="1000", time_in_force="ioc", client_order_index=7
            )
        retry = None
        for _ in range(3):  # a user retry loop: an "invalid nonce" here is resynced by the client itself
            try:
                retry = client.create_order(
                    "ETH", side="buy", size="0.01", price="1000", time_in_force="ioc", client_order_index=7
                )
                break
            except APITimeoutError:  # pragma: no cover - only if the machine is very slow
                continue
        assert retry is not None
        time.sleep(0.8)
        accepted = accepted_orders(lx, creds.account_index)
        nonces = [o["Nonce"] for o in accepted]
        assert len(nonces) == len(set(nonces))
        assert 1 <= len([o for o in accepted if o["ClientOrderIndex"] == 7]) <= 2
        after = client.create_order("ETH", side="buy", size="0.01", price="1000", time_in_force="ioc")
        assert after.nonce == server_next_nonce(lx, creds.account_index, creds.api_key_index) - 1


def test_injected_invalid_nonce_recovered_under_concurrency(
    local_exchange: LocalExchange, onboard_account: Any
) -> None:
    lx = local_exchange
    creds = onboard_account(usdc=1_000_000)
    client = client_for(creds)
    client.markets()
    results: list[Any] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    rounds = 5
    start_round = threading.Barrier(5)  # 4 traders + this thread
    end_round = threading.Barrier(5)

    def trader(t: int) -> None:
        try:
            for _ in range(rounds):
                start_round.wait(10)
                for _ in range(3):
                    r = client.create_order(
                        "ETH", side="buy", size="0.01", price=str(1500 + t), post_only=True
                    )
                    with lock:
                        results.append(r)
                end_round.wait(10)
        except BaseException as exc:  # reported below
            errors.append(exc)
            start_round.abort()
            end_round.abort()

    threads = [threading.Thread(target=trader, args=(t,)) for t in range(4)]
    for t in threads:
        t.start()
    # One refusal per round while 4 threads send: it hits one transaction, whose resync and resend happen in
    # the same round (two refusals stacked on one transaction are reported by design, not retried forever).
    try:
        for _ in range(rounds):
            lx.faults.invalid_nonce_next(1)
            start_round.wait(10)
            end_round.wait(10)
            assert lx.call(lambda ex: ex.faults.invalid_nonce_next) == 0  # it was met
    except threading.BrokenBarrierError:
        pass
    for t in threads:
        t.join()
    assert errors == []
    nonces = sorted(r.nonce for r in results)
    assert nonces == list(range(nonces[0], nonces[0] + 60))  # each refused tx re-signed and accepted
    assert len(client.orders.active("ETH").orders) == 60
    client.close()
