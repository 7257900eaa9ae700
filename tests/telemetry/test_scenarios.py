"""The documented spans and metric changes (docs/operating.md) for create_order, cancel, an invalid-nonce
recovery, a 429 retry and a WebSocket drop, on both faces, against the local exchange over loopback."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import pytest
from opentelemetry import trace

from lighter import AsyncLighter, Lighter
from lighter._nonce import InMemoryNonceStore
from lighter.resources.via_ws import unwrap_ws
from lighter.testing.onboarding import Credentials
from lighter.testing.server import LocalExchange

from .conftest import Telemetry, attrs

pytestmark = pytest.mark.timeout(60)

FACES = ["sync", "async"]
FAST_WS = {"backoff_initial": 0.05, "backoff_max": 0.2}


def sync_client(creds: Credentials) -> Lighter:
    return Lighter.from_env(creds.as_env(), rate_limit=None, nonce_store=InMemoryNonceStore())


def async_client(creds: Credentials) -> AsyncLighter:
    return AsyncLighter.from_env(creds.as_env(), rate_limit=None, nonce_store=InMemoryNonceStore())


def run_on(face: str, creds: Credentials, body: Callable[[Any], Any]) -> Any:
    """Run `body(client)` on the blocking client, or await it on the asyncio one."""
    if face == "sync":
        with sync_client(creds) as client:
            return body(client)

    async def main() -> Any:
        async with async_client(creds) as client:
            return await body(client)

    return asyncio.run(main())


def tx_span(t: Telemetry, name: str) -> Any:
    spans = t.named(f"lighter.tx {name}")
    assert len(spans) == 1, [s.name for s in t.spans()]
    return spans[0]


def phases(t: Telemetry, span: Any) -> list[str]:
    return [s.name for s in sorted(t.children(span), key=lambda s: s.start_time or 0)]


@pytest.mark.parametrize("face", FACES)
def test_create_order_and_cancel(face: str, telemetry: Telemetry, creds: Credentials) -> None:
    tracer = trace.get_tracer("test", tracer_provider=telemetry.provider)

    def body(client: Any) -> Any:
        def go(result: Any) -> Any:
            return client.cancel_order("ETH", result.client_order_index)

        if face == "sync":
            with tracer.start_as_current_span("user operation"):
                result = client.create_order("ETH", side="buy", size="0.01", price="2000")
            return go(result), result

        async def run() -> Any:
            with tracer.start_as_current_span("user operation"):
                result = await client.create_order("ETH", side="buy", size="0.01", price="2000")
            return await go(result), result

        return run()

    _, created = run_on(face, creds, body)

    order = tx_span(telemetry, "create_order")
    a = attrs(order)
    assert a["lighter.tx.type"] == "create_order" and a["lighter.tx.type_code"] == 14
    assert a["lighter.tx.outcome"] == "accepted" and a["lighter.tx.transport"] == "rest"
    assert a["lighter.market"] == 0 and a["lighter.api_key_index"] == creds.api_key_index
    assert a["lighter.nonce"] == created.nonce
    # trace context flows from the caller's span into the transaction (both faces)
    (user,) = telemetry.named("user operation")
    assert order.parent is not None and order.parent.span_id == user.context.span_id
    assert order.context.trace_id == user.context.trace_id
    assert phases(telemetry, order)[:1] == ["lighter.tx.prepare"]
    assert phases(telemetry, order)[-2:] == ["lighter.tx.sign", "lighter.tx.send"]
    (send,) = [s for s in telemetry.children(order) if s.name == "lighter.tx.send"]
    (post,) = telemetry.children(send)
    assert post.name == "POST /api/v1/sendTx" and post.kind == trace.SpanKind.CLIENT
    assert attrs(post)["http.request.method"] == "POST"
    assert attrs(post)["url.template"] == "/api/v1/sendTx"
    assert attrs(post)["http.response.status_code"] == 200
    assert "http.request.resend_count" not in attrs(post)

    cancel = tx_span(telemetry, "cancel_order")
    assert attrs(cancel)["lighter.tx.outcome"] == "accepted"
    assert attrs(cancel)["lighter.nonce"] == created.nonce + 1

    for tx_type in ("create_order", "cancel_order"):
        labels = {"type": tx_type, "transport": "rest"}
        assert telemetry.value("lighter_transactions_total", outcome="accepted", **labels) == 1
        assert telemetry.value("lighter_transaction_duration_seconds_count", **labels) == 1
        assert telemetry.value("lighter_sign_duration_seconds_count", type=tx_type) == 1
    assert telemetry.value("lighter_requests_total", operation="sendTx", method="POST", status="200") == 2
    assert telemetry.value("lighter_request_duration_seconds_count", operation="sendTx", method="POST") == 2
    assert telemetry.value("lighter_auth_token_refreshes_total") == 0  # no read needed a token


@pytest.mark.parametrize("face", FACES)
def test_invalid_nonce_recovery(
    face: str,
    telemetry: Telemetry,
    local_exchange: LocalExchange,
    creds: Credentials,
) -> None:

    def body(client: Any) -> Any:
        first = client.create_order("ETH", side="buy", size="0.01", price="2000")
        if face == "sync":
            local_exchange.faults.invalid_nonce_next(1)
            return first, client.create_order("ETH", side="buy", size="0.01", price="2001")

        async def run() -> Any:
            done = await first
            local_exchange.faults.invalid_nonce_next(1)
            return done, await client.create_order("ETH", side="buy", size="0.01", price="2001")

        return run()

    first, second = run_on(face, creds, body)
    assert second.nonce == first.nonce + 1  # the exchange's counter did not move: same nonce after resync

    recovered = [s for s in telemetry.named("lighter.tx create_order") if s.events]
    assert len(recovered) == 1
    span = recovered[0]
    assert attrs(span)["lighter.tx.outcome"] == "accepted"
    (event,) = span.events
    assert event.name == "nonce_resync"
    assert event.attributes is not None and event.attributes["lighter.nonce"] == second.nonce
    names = phases(telemetry, span)
    assert names[-5:] == [
        "lighter.tx.sign",
        "lighter.tx.send",
        "GET /api/v1/nextNonce",
        "lighter.tx.sign",
        "lighter.tx.resend",
    ]
    (send,) = [s for s in telemetry.children(span) if s.name == "lighter.tx.send"]
    assert attrs(send)["error.type"] == "InvalidNonceError"
    (refused,) = telemetry.children(send)
    assert attrs(refused)["http.response.status_code"] == 400 and attrs(refused)["error.type"] == "400"
    (resend,) = [s for s in telemetry.children(span) if s.name == "lighter.tx.resend"]
    assert attrs(resend)["lighter.attempt"] == 2

    key = str(creds.api_key_index)
    assert telemetry.value("lighter_nonce_resyncs_total", api_key_index=key) == 1
    assert (
        telemetry.value(
            "lighter_transactions_total", type="create_order", outcome="accepted", transport="rest"
        )
        == 2
    )
    assert telemetry.value("lighter_requests_total", operation="sendTx", method="POST", status="400") == 1


@pytest.mark.parametrize("face", FACES)
def test_429_retry(
    face: str,
    telemetry: Telemetry,
    local_exchange: LocalExchange,
    creds: Credentials,
) -> None:
    local_exchange.faults.http_error(path="/api/v1/orderBookDetails", status=429, count=1, retry_after=0.05)
    run_on(face, creds, lambda client: client.refresh_markets())

    (span,) = telemetry.named("GET /api/v1/orderBookDetails")
    a = attrs(span)
    assert a["http.response.status_code"] == 200 and a["http.request.resend_count"] == 1
    assert "error.type" not in a
    assert [e.name for e in span.events] == ["retry"]
    op = "orderBookDetails"
    assert telemetry.value("lighter_rate_limited_responses_total", operation=op) == 1
    assert telemetry.value("lighter_request_retries_total", operation=op, reason="429") == 1
    assert telemetry.value("lighter_requests_total", operation=op, method="GET", status="200") == 1


def wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


async def async_wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.01)
    return True


def _drop(lx: LocalExchange) -> None:
    assert lx.faults.drop_ws() == 1


@pytest.mark.parametrize("face", FACES)
def test_websocket_drop_gap_and_trading_over_the_socket(
    face: str,
    telemetry: Telemetry,
    local_exchange: LocalExchange,
    creds: Credentials,
) -> None:

    def resynced(ws: Any, reconnects: int, gaps: int) -> Callable[[], bool]:
        """The stream is back on a fresh snapshot after `reconnects` reconnects and `gaps` gaps."""
        inner = unwrap_ws(ws)
        return lambda: (
            inner.stats["reconnects"] == reconnects and inner.stats["gaps"] == gaps and (inner.books_in_sync)
        )

    def sync_body(client: Lighter) -> None:
        with client.ws(**FAST_WS) as ws:
            ws.subscribe_order_book(0, wait=True)
            client.via_ws(ws).create_order("ETH", side="buy", size="0.01", price="2000")
            _drop(local_exchange)
            assert wait_until(resynced(ws, 1, 0))
            local_exchange.faults.skip_order_book_update(0, 1)
            client.create_order("ETH", side="buy", size="0.01", price="1990")  # its diff is swallowed
            client.create_order("ETH", side="buy", size="0.01", price="1980")  # this one shows the gap
            assert wait_until(resynced(ws, 1, 1))

    async def async_body(client: AsyncLighter) -> None:
        async with client.ws(**FAST_WS) as ws:
            await ws.subscribe_order_book(0, wait=True)
            await client.via_ws(ws).create_order("ETH", side="buy", size="0.01", price="2000")
            _drop(local_exchange)
            assert await async_wait_until(resynced(ws, 1, 0))
            local_exchange.faults.skip_order_book_update(0, 1)
            await client.create_order("ETH", side="buy", size="0.01", price="1990")
            await client.create_order("ETH", side="buy", size="0.01", price="1980")
            assert await async_wait_until(resynced(ws, 1, 1))

    run_on(face, creds, sync_body if face == "sync" else async_body)

    (session,) = telemetry.named("lighter.ws.session")
    events = [e.name for e in session.events]
    assert events[:4] == ["connect", "reconnect", "connect", "resubscribe"]
    assert events[-3:] == ["gap", "resync", "close"]
    assert attrs(session)["url.template"] == "/stream"
    over_ws = [
        s for s in telemetry.named("lighter.tx create_order") if attrs(s)["lighter.tx.transport"] == "ws"
    ]
    assert len(over_ws) == 1 and attrs(over_ws[0])["lighter.tx.outcome"] == "accepted"
    (send,) = [s for s in telemetry.children(over_ws[0]) if s.name == "lighter.tx.send"]
    assert telemetry.children(send) == []  # no REST call: the socket carried it

    assert telemetry.value("lighter_ws_connects_total") == 2
    assert telemetry.value("lighter_ws_reconnects_total") == 1
    assert telemetry.value("lighter_ws_book_gaps_total", market="0") == 1
    assert telemetry.value("lighter_ws_frames_total", kind="connected") == 2
    assert telemetry.value("lighter_ws_frames_total", kind="update/order_book") >= 2
    assert telemetry.value("lighter_ws_frames_total", kind="jsonapi/sendtx") == 1
    assert (
        telemetry.value("lighter_transactions_total", type="create_order", outcome="accepted", transport="ws")
        == 1
    )
