"""The exchange ran the transaction but its answer was lost or unreadable: the nonce is never used twice.

httpx.MockTransport plays the exchange (FakeExchange accepts and verifies signatures); the failures are
injected into the answer after the exchange has accepted the transaction.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from lighter import AsyncLighter, Lighter
from lighter._errors import APIResponseValidationError, APITimeoutError, RateLimitError
from lighter.stores import InMemoryNonceStore

from .fake_exchange import ACCOUNT, API_KEY, KEY_INDEX, FakeExchange


class StallingBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """The status line and headers arrive, then the body times out half way."""

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"code":200,'
        raise httpx.ReadTimeout("timed out")

    async def __aiter__(self):  # type: ignore[no-untyped-def,override]
        yield b'{"code":200,'
        raise httpx.ReadTimeout("timed out")


def accepted_then(
    ex: FakeExchange, answer: Callable[[], httpx.Response], path: str = "/api/v1/sendTx"
) -> None:
    """The first request to `path` is run by the exchange, then answered with `answer()`."""
    done: list[bool] = []

    def hook(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == path and not done:
            done.append(True)
            ex.route(request)
            return answer()
        return None

    ex.fail.append(hook)


def settings(handler: Callable[[httpx.Request], httpx.Response], **kw: Any) -> dict[str, Any]:
    """Constructor arguments of a client of the fake exchange's account, key and chain."""
    return {
        "base_url": "http://fake",
        "chain_id": 304,
        "account_index": ACCOUNT,
        "api_key_index": KEY_INDEX,
        "api_private_key": API_KEY.to_hex(),
        "rate_limit": None,
        "transport": httpx.MockTransport(handler),
        **kw,
    }


def client(ex: FakeExchange, **kw: Any) -> Lighter:
    return Lighter(**settings(ex.handler, **kw))


def nonces_sent(ex: FakeExchange) -> list[int]:
    return [tx.nonce for tx in ex.decoded()]


ANSWERS = {
    "body times out": lambda: httpx.Response(
        200, headers={"content-type": "application/json"}, stream=StallingBody()
    ),
    "truncated JSON": lambda: httpx.Response(200, content=b'{"code":200,"tx_hash":"ab'),
    "JSON that is not an object": lambda: httpx.Response(200, json=["ok"]),
}
ERRORS = {
    "body times out": APITimeoutError,
    "truncated JSON": APIResponseValidationError,
    "JSON that is not an object": APIResponseValidationError,
}


@pytest.mark.parametrize("case", sorted(ANSWERS))
def test_a_lost_answer_resyncs_instead_of_reusing_the_nonce(case: str) -> None:
    ex = FakeExchange()
    accepted_then(ex, ANSWERS[case])
    with client(ex) as c:
        with pytest.raises(ERRORS[case]) as info:
            c.create_order("ETH", side="buy", size="0.1", price="3000")
        assert info.value.nonce_consumed is None
        second = c.create_order("ETH", side="buy", size="0.1", price="3001")
    assert second.nonce == 6 and nonces_sent(ex) == [5, 6]


@pytest.mark.parametrize("case", sorted(ANSWERS))
def test_a_lost_answer_resyncs_on_the_async_face_too(case: str) -> None:
    ex = FakeExchange()
    accepted_then(ex, ANSWERS[case])

    async def run() -> int:
        async with AsyncLighter(**settings(ex.handler)) as c:
            with pytest.raises(ERRORS[case]):
                await c.create_order("ETH", side="buy", size="0.1", price="3000")
            return (await c.create_order("ETH", side="buy", size="0.1", price="3001")).nonce

    assert asyncio.run(run()) == 6 and nonces_sent(ex) == [5, 6]


def test_a_read_whose_body_stalls_is_retried() -> None:
    ex = FakeExchange()
    accepted_then(
        ex,
        lambda: httpx.Response(200, headers={"content-type": "application/json"}, stream=StallingBody()),
        path="/api/v1/nextNonce",
    )
    with client(ex, max_retries=2) as c:
        assert c.create_order("ETH", side="buy", size="0.1", price="3000").nonce == 5
    assert [r.url.path for r in ex.requests].count("/api/v1/nextNonce") == 2


def test_clients_sharing_an_in_memory_store_take_turns_per_key() -> None:
    """While one client's transaction is on the wire, another client of the same key waits its turn."""
    ex = FakeExchange()
    store = InMemoryNonceStore()
    release = threading.Event()
    in_flight = threading.Event()

    def slow_first_send(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/sendTx" and not in_flight.is_set():
            in_flight.set()
            release.wait(10)
        return ex.handler(request)

    a = client(ex, nonce_store=store)
    b = Lighter(**settings(slow_first_send, nonce_store=store))
    a.markets()
    b.markets()
    results: dict[str, int] = {}
    tb = threading.Thread(
        target=lambda: results.update(b=b.create_order("ETH", side="buy", size="0.1", price="3000").nonce)
    )
    tb.start()
    assert in_flight.wait(10)
    ta = threading.Thread(
        target=lambda: results.update(a=a.create_order("ETH", side="sell", size="0.1", price="3100").nonce)
    )
    ta.start()
    ta.join(0.3)
    assert ta.is_alive()  # a waits for b's lease of the key, instead of sending out of order
    release.set()
    tb.join(10)
    ta.join(10)
    assert results == {"b": 5, "a": 6} and nonces_sent(ex) == [5, 6]


def test_a_failed_resync_does_not_hand_the_rejected_nonce_back() -> None:
    ex = FakeExchange()
    calls: list[str] = []

    def hook(request: httpx.Request) -> httpx.Response | None:
        calls.append(request.url.path)
        if request.url.path == "/api/v1/sendTx":
            return httpx.Response(400, json={"code": 21104, "message": "invalid nonce"})
        if request.url.path == "/api/v1/nextNonce" and calls.count("/api/v1/nextNonce") == 2:
            return httpx.Response(429, json={"code": 23000, "message": "too many requests"})
        return None

    ex.fail.append(hook)
    with client(ex, max_retries=0) as c:
        with pytest.raises(RateLimitError):
            c.create_order("ETH", side="buy", size="0.1", price="3000")
        assert c._nonces is not None and c._nonces.store.peek(ACCOUNT, KEY_INDEX) is None  # type: ignore[attr-defined]
