"""HTTP faults on the local exchange: 429/5xx bursts on reads, sendTx timeouts, injected invalid nonces.

Properties: a burst no longer than the client's retries is absorbed (the read succeeds, the server saw every
try); a longer one surfaces as the typed error and the client keeps working. A sendTx that times out is
never resent, so it can never become a second order; the nonce is resynced and the next order lands. An
injected "invalid nonce" is recovered by resync + re-sign + resend, including under concurrency.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from lighter import AsyncLighter
from lighter.errors import APITimeoutError, InternalServerError, RateLimitError
from lighter.testing import LocalExchange

from .helpers import (
    DROPPED,
    Decision,
    LossyPipe,
    SubmitLog,
    accepted_orders,
    client_for,
    impatient,
    server_next_nonce,
    wait_until,
)


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
    """No Retry-After: exponential backoff; two 503s then success. The client's sleeps are recorded (and
    skipped): 0.5 s then 1 s, each shortened by a jitter of at most 25%."""
    lx = local_exchange
    with client_for(onboard_account()) as client:
        sleeps: list[float] = []
        client._http._transport._sleep = sleeps.append  # type: ignore[attr-defined]
        lx.faults.http_error("/api/v1/orderBooks", status=503, count=2)
        assert client.market_data.order_books() is not None
        assert lx.call(lambda _ex: lx._server().faults.http) == []  # both failures were met
        assert len(sleeps) == 2, sleeps
        assert 0.5 * 0.75 <= sleeps[0] <= 0.5
        assert 1.0 * 0.75 <= sleeps[1] <= 1.0


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


def _ioc(client: Any, coi: int) -> Any:
    # IOC far from the book: accepted, then cancelled, so the exchange's "client order index in use" guard
    # cannot hide a duplicate; only the exchange's decisions count
    return client.create_order(
        "ETH", side="buy", size="0.01", price="1000", time_in_force="ioc", client_order_index=coi
    )


def _time_out(lx: LocalExchange, pipe: LossyPipe, client: Any, coi: int, how: str) -> None:
    """Send one order whose answer never comes in time, so the call raises with an unknown outcome:
    "held", the exchange holds the request back (a 60 s delay) and the client gives up first, so the
    exchange drops it once let go; or "lost", the exchange executes it and its answer is swallowed."""
    if how == "held":
        lx.faults.delay("/api/v1/sendTx", seconds=60, count=1)
    else:  # the order's nonce must be seeded already: the next answer is then the sendTx's
        pipe.lose_next_answer()
    with impatient(client), pytest.raises(APITimeoutError) as err:
        _ioc(client, coi)
    assert err.value.nonce_consumed is None  # outcome unknown: never resent
    if how == "held":
        assert wait_until(lambda: lx.faults.describe()["delaying_now"] == 1), "the request never got there"
        # the client closed its connection on the timeout: once the exchange has seen that, the held
        # request can no longer be read, so letting it go drops it (never executed)
        pipe.wait_closed_at_exchange(lx, pipe.last_request_port)


def _decided(lx: LocalExchange, log: SubmitLog, coi: int, how: str) -> Decision:
    """Wait for the exchange's decision on a timed-out order (a positive signal, never a sleep): the
    executed order for "lost", the drop of the held request (let go now) for "held"."""
    if how == "held":
        drops = sum(d.code == DROPPED for d in log.decisions)
        lx.faults.clear()
        log.wait_for(lambda ds: sum(d.code == DROPPED for d in ds) > drops)
        return next(d for d in reversed(log.decisions) if d.code == DROPPED)
    log.wait_for(lambda ds: any(d.client_order_index == coi for d in ds))
    return log.orders(coi)[-1]


def test_send_tx_timeouts_never_duplicate_and_nonces_resync(
    local_exchange: LocalExchange, onboard_account: Any
) -> None:
    """Every fourth order times out: alternately executed with its answer lost, and held by the exchange
    until the client gave up (then dropped). The exchange's decisions show each order decided exactly once
    (never resent), the executed ones accepted once, and the next order after each timeout lands (the nonce
    resynced past an executed order, or onto the nonce of a dropped one); in step with the exchange after."""
    lx = local_exchange
    creds = onboard_account(usdc=1_000_000)
    ok: list[int] = []
    lost: list[int] = []
    dropped: list[int] = []
    with LossyPipe(lx.port) as pipe, SubmitLog(lx) as log:
        with client_for(creds, base_url=pipe.base_url, timeout=30.0) as client:
            client.markets()
            for i in range(1, 25):
                coi = 1000 + i
                if i % 4 == 0:
                    how = "lost" if i % 8 == 4 else "held"
                    _time_out(lx, pipe, client, coi, how)
                    decision = _decided(lx, log, coi, how)
                    assert decision.code == (0 if how == "lost" else DROPPED)
                    (lost if how == "lost" else dropped).append(coi)
                    continue
                result = _ioc(client, coi)
                assert result.client_order_index == coi
                ok.append(coi)
            assert (len(ok), len(lost), len(dropped), pipe.lost) == (18, 3, 3, 3)
            assert lx.faults.describe()["delaying_now"] == 0  # nothing held: no late decision to come
            assert len(log.decisions) == 24, "a sendTx reached the exchange twice"  # one decision per order
            assert [d.code for d in log.decisions].count(0) == 21
            accepted = accepted_orders(lx, creds.account_index)
            cois = [o["ClientOrderIndex"] for o in accepted]
            assert sorted(cois) == sorted(ok + lost), "an order was accepted twice, or lost"
            nonces = [o["Nonce"] for o in accepted]
            assert nonces == list(range(nonces[0], nonces[0] + len(nonces)))
            last = client.create_order("ETH", side="buy", size="0.01", price="1000", time_in_force="ioc")
            assert last.nonce == server_next_nonce(lx, creds.account_index, creds.api_key_index) - 1


@pytest.mark.parametrize("how", ["held", "lost"])
def test_send_tx_timeout_then_immediate_retry_by_the_user(
    local_exchange: LocalExchange, onboard_account: Any, how: str
) -> None:
    """The user sends a timed-out order again at once. "held": the first copy has not executed; the retry
    resyncs to its nonce and lands, and the first copy is dropped: exactly one order. "lost": the first copy
    executed; the retry resyncs past it and lands too. Two orders with one client order index are then
    legitimate: the user asked twice, the SDK cannot know the first executed, and an IOC order is no longer
    live for the exchange's "client order index in use" guard. In both cases each nonce is used once."""
    lx = local_exchange
    creds = onboard_account(usdc=1_000_000)
    with LossyPipe(lx.port) as pipe, SubmitLog(lx) as log:
        with client_for(creds, base_url=pipe.base_url, timeout=30.0) as client:
            client.markets()
            _ioc(client, 6)  # the nonce is seeded: the next request is the sendTx itself
            _time_out(lx, pipe, client, 7, how)
            if how == "lost":
                first = _decided(lx, log, 7, how)
            retry = _ioc(client, 7)
            if how == "held":
                first = _decided(lx, log, 7, how)
            accepted = [o for o in accepted_orders(lx, creds.account_index) if o["ClientOrderIndex"] == 7]
            if how == "lost":
                assert first.code == 0 and retry.nonce == first.nonce + 1  # type: ignore[operator]
                assert [o["Nonce"] for o in accepted] == [first.nonce, retry.nonce]
            else:
                assert first.code == DROPPED
                assert [o["Nonce"] for o in accepted] == [retry.nonce]
            assert len(log.decisions) == 3  # order 6, and order 7 twice: the timed-out copy was never resent
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
    assert len(client.orders.active("ETH")) == 60
    client.close()
