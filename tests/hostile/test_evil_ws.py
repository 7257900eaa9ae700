"""`WsClient` and `AsyncWsClient` against a scripted evil stream: every hostile frame (deep nesting, huge
numbers, binary, invalid UTF-8, a flood) is a `MalformedFrameEvent` at most; the stream thread lives on,
the connection is not dropped, and the next order-book diff is applied."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
from decimal import Decimal
from typing import Any

import pytest
from ws.scripted_server import Conn, ScriptedServer, book_frame

from lighter.ws import AsyncWsClient, ConnectionState, MalformedFrameEvent, OrderBookEvent, WsClient

pytestmark = pytest.mark.timeout(60)

FAST = {"backoff_initial": 0.02, "backoff_max": 0.1, "connect_timeout": 5.0}
DEEP = "[" * 100_000
HOSTILE: list[str | bytes] = [
    DEEP,
    '{"type": "update/order_book", "x": ' + "{" * 100_000,
    '{"type": "update/order_book", "channel": "order_book:0", "offset": 1e999999}',
    '{"type": "update/order_book", "channel": "order_book:0", "offset": ' + "9" * 100_000 + "}",
    '{"type": "pong", "pad": "' + "x" * 2_000_000 + '"}',
    "NaN",
    b"\x00\xff" * 1000,  # a binary frame
]
FLOOD = 3_000


async def evil_book(conn: Conn) -> None:
    """A snapshot, the hostile frames and a flood (first subscription only), then one diff."""
    await conn.send({"type": "connected", "session_id": "evil"})
    hostile = True
    while True:
        msg = await conn.recv(timeout=30)
        if msg.get("type") == "subscribe" and msg["channel"] == "order_book/0":
            await conn.send(
                book_frame(0, "subscribed", offset=1, nonce=10, bids=[("100.0", "1")], asks=[("101.0", "2")])
            )
            for frame in HOSTILE if hostile else ():
                if isinstance(frame, bytes):
                    await conn.send_bytes(frame)
                else:
                    await conn.send_text(frame)
            for _ in range(FLOOD if hostile else 0):
                await conn.send_text('{"type": "pong"}')
            hostile = False  # a resubscription (after the frame without a book) gets a clean stream
            await conn.send(
                book_frame(0, "update", offset=2, nonce=11, begin_nonce=10, bids=[("100.5", "3")])
            )


def _streamed_on(book: Any) -> bool:
    return book.is_synced and book.bids[0] == (Decimal("100.5"), Decimal("3"))


def test_ws_client_keeps_streaming_after_hostile_frames() -> None:
    with ScriptedServer(evil_book) as server, WsClient(server.url, **FAST) as ws:
        bad: list[MalformedFrameEvent] = []
        ws.on(MalformedFrameEvent, bad.append)
        ws.subscribe_order_book(0, wait=True)
        ws.wait_for(lambda e: isinstance(e, OrderBookEvent) and e.offset == 2, timeout=30)
        assert _streamed_on(ws.order_book(0))
        assert ws.state is ConnectionState.CONNECTED and server.connections == 1  # never dropped
        assert len(bad) >= 5


def test_async_ws_client_keeps_streaming_after_hostile_frames() -> None:
    async def main(url: str) -> None:
        async with AsyncWsClient(url, **FAST) as ws:
            await ws.subscribe_order_book(0)
            await ws.wait_for(lambda e: isinstance(e, OrderBookEvent) and e.offset == 2, timeout=30)
            assert _streamed_on(ws.order_book(0))

    with ScriptedServer(evil_book) as server:
        asyncio.run(main(server.url))
        assert server.connections == 1


AFTER_L1 = textwrap.dedent(
    """
    import sys
    import eth_account, py_ecc  # py_ecc raises the recursion limit to 100000, as after an L1 signature
    assert sys.getrecursionlimit() >= 100000
    from lighter.ws import OrderBookEvent, WsClient
    with WsClient(sys.argv[1], backoff_initial=0.02) as ws:
        ws.subscribe_order_book(0, wait=True)
        ws.wait_for(lambda e: isinstance(e, OrderBookEvent) and e.offset == 2, timeout=30)
        assert ws.order_book(0).is_synced
    print("OK")
    """
)


def test_ws_client_after_l1_survives_a_100000_deep_frame() -> None:
    with ScriptedServer(evil_book) as server:
        proc = subprocess.run(
            [sys.executable, "-c", AFTER_L1, server.url], capture_output=True, text=True, timeout=60
        )
    assert proc.returncode == 0 and proc.stdout.strip() == "OK", (proc.returncode, proc.stderr[-2000:])


async def huge_then_book(conn: Conn) -> None:
    """First connection: a message beyond the client's bound; later ones: a clean book stream."""
    await conn.send({"type": "connected", "session_id": f"s{conn.number}"})
    if conn.number == 1:
        await conn.send_text('{"type": "pong", "pad": "' + "x" * 300_000 + '"}')
    while True:
        msg = await conn.recv(timeout=30)
        if msg.get("type") == "subscribe":
            await conn.send(book_frame(0, "subscribed", offset=1, nonce=10, bids=[("100.0", "1")]))
            await conn.send(
                book_frame(0, "update", offset=2, nonce=11, begin_nonce=10, bids=[("100.5", "3")])
            )


def test_a_message_beyond_the_size_bound_ends_the_connection_and_the_client_reconnects() -> None:
    with (
        ScriptedServer(huge_then_book) as server,
        WsClient(server.url, max_message_size=100_000, **FAST) as ws,
    ):
        ws.subscribe_order_book(0)
        ws.wait_for(lambda e: isinstance(e, OrderBookEvent) and e.offset == 2, timeout=30)
        assert _streamed_on(ws.order_book(0)) and server.connections >= 2
