"""WsClient and AsyncWsClient over real loopback sockets against a scripted server.

Tests synchronise on events (``wait_for``) and on the server's record of messages, never on sleeps.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import threading
import time
from decimal import Decimal
from typing import Any

import pytest

from lighter import _errors
from lighter.ws import (
    AsyncWsClient,
    ConnectionState,
    Event,
    MalformedFrameEvent,
    OrderBookEvent,
    OrderBookGapEvent,
    OverflowEvent,
    ShutdownEvent,
    StateChanged,
    SubscriptionError,
    TradeEvent,
    UnknownMessageEvent,
    WebSocketError,
    WsClient,
    WsConnectionClosedError,
    WsTimeoutError,
)

from .scripted_server import Conn, ScriptedServer, book_frame

pytestmark = pytest.mark.timeout(60)

FAST = {"backoff_initial": 0.02, "backoff_max": 0.1, "connect_timeout": 5.0}


class SignedTx:
    """Duck-typed stand-in for lighter.transactions.SignedTx."""

    def __init__(self, nonce: int) -> None:
        self.tx_type = 14
        self.tx_info = json.dumps({"AccountIndex": 7, "ApiKeyIndex": 3, "Nonce": nonce, "Sig": "c2ln"})


def is_state(state: ConnectionState) -> Any:
    return lambda e: isinstance(e, StateChanged) and e.state is state


async def serve_book(conn: Conn, *, start: int = 1) -> None:
    """connected, then a snapshot + one diff for every order_book subscribe (offset chain per connection)."""
    await conn.send({"type": "connected", "session_id": f"s{conn.number}"})
    while True:
        msg = await conn.recv(timeout=30)
        if msg.get("type") == "subscribe" and msg["channel"].startswith("order_book/"):
            market = int(msg["channel"].split("/")[1])
            await conn.send(
                book_frame(
                    market,
                    "subscribed",
                    offset=start,
                    nonce=100,
                    bids=[("100.0", "1")],
                    asks=[("101.0", "2")],
                )
            )
            await conn.send(
                book_frame(
                    market, "update", offset=start + 1, nonce=105, begin_nonce=100, bids=[("100.5", "3")]
                )
            )


def test_order_book_stream_callbacks_and_iteration() -> None:
    with ScriptedServer(serve_book) as server, WsClient(server.url, **FAST) as ws:
        seen: list[Event] = []
        done = threading.Event()

        def on_book(event: OrderBookEvent) -> None:
            seen.append(event)
            if not event.snapshot:
                done.set()

        ws.on(OrderBookEvent, on_book)
        sub = ws.subscribe_order_book(0, wait=True)
        assert sub.active
        event = ws.wait_for(lambda e: isinstance(e, OrderBookEvent) and not e.snapshot)
        assert isinstance(event, OrderBookEvent) and event.offset == 2
        book = ws.order_book(0)
        assert book.is_synced
        assert book.bids == [(Decimal("100.5"), Decimal("3")), (Decimal("100.0"), Decimal("1"))]
        assert book.best_ask == (Decimal("101.0"), Decimal("2"))
        assert done.wait(10)
        assert [e.snapshot for e in seen] == [True, False]  # type: ignore[attr-defined]
        assert ws.session_id == "s1"
        assert server.messages("subscribe") == [{"type": "subscribe", "channel": "order_book/0"}]
        with pytest.raises(KeyError):
            ws.order_book(5)
    assert ws.state is ConnectionState.CLOSED


def test_per_subscription_callback_and_unsubscribe() -> None:
    async def script(conn: Conn) -> None:
        await conn.send({"type": "connected"})
        msg = await conn.recv_type("subscribe")
        assert msg["channel"] == "trade/0"
        trade = {"trade_id": 1, "price": "10.5", "size": "2", "market_id": 0}
        await conn.send({"type": "subscribed/trade", "channel": "trade:0", "trades": [trade]})
        msg = await conn.recv_type("unsubscribe")
        await conn.send({"type": "unsubscribed", "channel": "trade:0"})
        await conn.send({"type": "update/trade", "channel": "trade:0", "trades": [trade]})  # late frame

    got: list[TradeEvent] = []
    arrived = threading.Event()

    def on_trade(event: TradeEvent) -> None:
        got.append(event)
        arrived.set()

    with ScriptedServer(script) as server, WsClient(server.url, **FAST) as ws:
        ws.subscribe_trade(0, callback=on_trade)
        assert arrived.wait(10)
        assert got[0].trades[0].price == Decimal("10.5")
        assert ws.unsubscribe("trade/0")
        ws.wait_for(lambda e: type(e).__name__ == "UnsubscribedEvent")
        assert ws.subscriptions == []
    assert len(got) == 1


def test_reconnects_after_abrupt_drop_and_resubscribes() -> None:
    async def script(conn: Conn) -> None:
        if conn.number == 1:
            await conn.send({"type": "connected"})
            await conn.recv_type("subscribe")
            await conn.send(book_frame(0, "subscribed", offset=1, bids=[("1", "1")]))
            await conn.drop()
            return
        await serve_book(conn, start=50)

    with ScriptedServer(script) as server, WsClient(server.url, **FAST) as ws:
        ws.subscribe_order_book(0)
        ws.wait_for(is_state(ConnectionState.RECONNECTING))
        ws.wait_for(is_state(ConnectionState.CONNECTED))
        ws.wait_for(lambda e: isinstance(e, OrderBookEvent) and e.offset == 51)
        assert ws.order_book(0).is_synced and ws.order_book(0).best_bid == (Decimal("100.5"), Decimal("3"))
        assert server.connections == 2
        assert len(server.messages("subscribe")) == 2
        assert ws.stats["reconnects"] == 1


def test_sequence_gap_triggers_resubscribe_and_resync() -> None:
    async def script(conn: Conn) -> None:
        await conn.send({"type": "connected"})
        await conn.recv_type("subscribe")
        await conn.send(book_frame(0, "subscribed", offset=1, bids=[("100", "1")]))
        await conn.send(book_frame(0, "update", offset=2, bids=[("100", "2")]))
        await conn.send(book_frame(0, "update", offset=4, bids=[("100", "9")]))  # offset 3 skipped
        await conn.send(book_frame(0, "update", offset=5, bids=[("100", "8")]))  # dropped while unsynced
        await conn.recv_type("unsubscribe")
        await conn.send({"type": "unsubscribed", "channel": "order_book:0"})
        await conn.recv_type("subscribe")
        await conn.send(book_frame(0, "subscribed", offset=10, bids=[("99", "4")]))

    with ScriptedServer(script) as server, WsClient(server.url, **FAST) as ws:
        ws.subscribe_order_book(0)
        gap = ws.wait_for(lambda e: isinstance(e, OrderBookGapEvent))
        assert isinstance(gap, OrderBookGapEvent) and gap.market_id == 0
        ws.wait_for(lambda e: isinstance(e, OrderBookEvent) and e.snapshot and e.offset == 10)
        book = ws.order_book(0)
        assert book.is_synced and book.bids == [(Decimal("99"), Decimal("4"))]
        assert [m["type"] for m in server.messages() if m["type"] != "ping"] == [
            "subscribe",
            "unsubscribe",
            "subscribe",
        ]


def test_shutdown_frame_reconnects_in_order() -> None:
    async def script(conn: Conn) -> None:
        if conn.number == 1:
            await conn.send({"type": "connected"})
            await conn.recv_type("subscribe")
            await conn.send({"type": "shutdown", "close_in_ms": 5000})
            await conn.recv(timeout=30)  # the client leaves on its own
            return
        await serve_book(conn)

    with ScriptedServer(script) as server, WsClient(server.url, backoff_initial=5.0) as ws:
        ws.subscribe_order_book(0)
        ws.wait_for(lambda e: isinstance(e, ShutdownEvent))
        reconnecting = ws.wait_for(is_state(ConnectionState.RECONNECTING))
        assert reconnecting.delay == 0.0 and reconnecting.reason == "server shutdown"  # type: ignore[attr-defined]
        ws.wait_for(lambda e: isinstance(e, OrderBookEvent) and not e.snapshot)
        assert server.connections == 2


def test_malformed_and_unknown_frames_do_not_stop_the_stream() -> None:
    async def script(conn: Conn) -> None:
        await conn.send({"type": "connected"})
        await conn.recv_type("subscribe")
        await conn.send_text("{not json")
        await conn.send_text("[1, 2, 3]")
        await conn.send_bytes(b"\x00\x01binary")
        await conn.send({"type": "mystery", "x": 1})
        await conn.send(
            {
                "type": "update/order_book",
                "channel": "order_book:0",
                "order_book": {"offset": 1, "bids": [{"price": "1", "size": "1"}], "asks": []},
            }
        )
        await conn.send(book_frame(0, "subscribed", offset=7, bids=[("5", "1")]))

    with ScriptedServer(script) as server, WsClient(server.url, **FAST) as ws:
        ws.subscribe_order_book(0)
        collected: list[Event] = []
        ws.wait_for(lambda e: collected.append(e) or (isinstance(e, OrderBookEvent) and e.offset == 7))
        kinds = [type(e) for e in collected]
        assert kinds.count(MalformedFrameEvent) == 3
        assert UnknownMessageEvent in kinds
        assert OrderBookGapEvent in kinds  # the diff before any snapshot
        assert ws.state is ConnectionState.CONNECTED and server.connections == 1


def test_keepalive_pings_and_server_pings() -> None:
    async def script(conn: Conn) -> None:
        await conn.send({"type": "connected"})
        await conn.send({"type": "ping"})
        seen: set[str] = set()
        while not {"pong", "ping", "subscribe"} <= seen:  # our ping answered, the client's own ping
            msg = await conn.recv(skip_pings=False)
            seen.add(msg["type"])
            if msg["type"] == "ping":
                await conn.send({"type": "pong"})
        await conn.send({"type": "subscribed/height", "channel": "height", "height": 5})

    with ScriptedServer(script) as server, WsClient(server.url, ping_interval=0.2, dead_timeout=5.0) as ws:
        ws.subscribe_height()
        ws.wait_for(lambda e: type(e).__name__ == "HeightEvent")
        assert {"type": "pong"} in server.messages()


def test_dead_connection_is_detected() -> None:
    async def script(conn: Conn) -> None:
        await conn.send({"type": "connected"})
        if conn.number == 1:
            while True:  # silent: never answers pings
                await conn.recv(timeout=30, skip_pings=False)
        await conn.recv(timeout=30)

    with (
        ScriptedServer(script) as server,
        WsClient(server.url, ping_interval=0.1, dead_timeout=0.4, **FAST) as ws,
    ):
        event = ws.wait_for(is_state(ConnectionState.RECONNECTING))
        assert "nothing received" in (event.reason or "")  # type: ignore[attr-defined]
        ws.wait_for(is_state(ConnectionState.CONNECTED))
        assert server.connections == 2


def test_refused_subscription_raises_on_wait() -> None:
    async def script(conn: Conn) -> None:
        await conn.send({"type": "connected"})
        msg = await conn.recv_type("subscribe")
        text = f"invalid param : auth field is required: {msg['channel'].replace('/', ':')}"
        await conn.send({"error": {"code": 20001, "message": text}})

    with ScriptedServer(script) as server, WsClient(server.url, auth=lambda: "bad", **FAST) as ws:
        with pytest.raises(SubscriptionError) as info:
            ws.subscribe_account_all_assets(1, wait=True, timeout=10)
        assert info.value.code == 20001 and info.value.channel == "account_all_assets/1"
        assert "bad" not in str(info.value)


def test_private_channels_carry_fresh_tokens_across_reconnects(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    issued: list[str] = []

    def provider() -> str:
        token = f"{4_000_000_000 + len(issued)}:7:3:{'ef' * 80}"
        issued.append(token)
        return token

    async def script(conn: Conn) -> None:
        await conn.send({"type": "connected"})
        await conn.recv_type("subscribe")
        await conn.send(
            {"type": "subscribed/account_all_orders", "channel": "account_all_orders:7", "orders": {}}
        )
        if conn.number == 1:
            await conn.close()

    with ScriptedServer(script) as server, WsClient(server.url, auth=provider, account_index=7, **FAST) as ws:
        ws.subscribe_account_all_orders()
        ws.wait_for(is_state(ConnectionState.RECONNECTING))
        ws.wait_for(lambda e: type(e).__name__ == "AccountEvent")
        subs = server.messages("subscribe")
        assert [m["auth"] for m in subs[:2]] == issued[:2]
        assert repr(ws).count("ef" * 10) == 0
    assert "ef" * 10 not in caplog.text  # tokens never reach the logs


def test_transactions_over_the_socket() -> None:
    async def script(conn: Conn) -> None:
        await conn.send({"type": "connected"})
        while True:
            msg = await conn.recv(timeout=30)
            data = msg.get("data", {})
            if msg["type"] == "jsonapi/sendtx":
                info = data["tx_info"]
                if info["Nonce"] == 2:
                    await conn.send(
                        {
                            "type": "jsonapi/sendtx",
                            "id": data["id"],
                            "code": 21104,
                            "message": "invalid nonce",
                        }
                    )
                else:
                    await conn.send(
                        {
                            "type": "jsonapi/sendtx",
                            "id": data["id"],
                            "code": 200,
                            "tx_hash": f"hash{info['Nonce']}",
                        }
                    )
            elif msg["type"] == "jsonapi/sendtxbatch":
                infos = [json.loads(i) for i in json.loads(data["tx_infos"])]
                assert json.loads(data["tx_types"]) == [14] * len(infos)
                await conn.send(
                    {
                        "type": "jsonapi/sendtxbatch",
                        "id": data["id"],
                        "code": 200,
                        "tx_hash": [f"hash{i['Nonce']}" for i in infos],
                    }
                )

    with ScriptedServer(script) as server, WsClient(server.url, **FAST) as ws:
        result = ws.send_tx(SignedTx(1), timeout=10)
        assert result.tx_hash == "hash1"
        with pytest.raises(_errors.APIError) as info:
            ws.send_tx(SignedTx(2), timeout=10)
        assert info.value.code == 21104
        batch = ws.send_tx_batch([SignedTx(3), SignedTx(4)], timeout=10)
        assert batch.tx_hashes == ("hash3", "hash4")
        futures = [ws.send_tx_nowait(SignedTx(10 + i)) for i in range(20)]
        assert [f.result(10).tx_hash for f in futures] == [f"hash{10 + i}" for i in range(20)]
        with pytest.raises(ValueError):
            ws.send_tx(object())
        with pytest.raises(ValueError):
            ws.send_tx_batch([])
        assert len(server.messages("jsonapi/sendtx")) == 22


def test_pending_tx_fails_when_the_connection_drops() -> None:
    async def script(conn: Conn) -> None:
        await conn.send({"type": "connected"})
        await conn.recv_type("jsonapi/sendtx")
        await conn.drop()

    with ScriptedServer(script) as server, WsClient(server.url, **FAST) as ws:
        with pytest.raises(WsConnectionClosedError):
            ws.send_tx(SignedTx(1), timeout=10)
        assert server.connections >= 1


def test_slow_consumer_gets_an_overflow_event() -> None:
    count = 300

    async def script(conn: Conn) -> None:
        await conn.send({"type": "connected"})
        await conn.recv_type("subscribe")
        for i in range(count):
            await conn.send({"type": "update/height", "channel": "height", "height": i})

    with ScriptedServer(script) as server, WsClient(server.url, queue_size=10, **FAST) as ws:
        last_seen = threading.Event()  # a callback (its own queue) tells when the last frame is in
        ws.subscribe_height(callback=lambda e: e.height == count - 1 and last_seen.set())
        assert last_seen.wait(10)
        # only now read the iteration queue: it held the newest 10 events
        first = ws.get(5)
        assert isinstance(first, OverflowEvent) and first.dropped > 0
        rest = [ws.get(1) for _ in range(10)]
        assert [e.height for e in rest] == list(range(count - 10, count))  # type: ignore[union-attr]
        assert ws.stats["dropped_events"] >= first.dropped


def test_close_is_prompt_and_idempotent() -> None:
    async def script(conn: Conn) -> None:
        await conn.send({"type": "connected"})
        await conn.recv(timeout=30)

    with ScriptedServer(script) as server:
        ws = WsClient(server.url, **FAST).start()
        ws.wait_for(is_state(ConnectionState.CONNECTED))
        ws.close()
        ws.close()
        assert ws._thread is not None and not ws._thread.is_alive()
        assert list(ws.events(timeout=0.1))[-1] == StateChanged(
            state=ConnectionState.CLOSED, reason="closed by the client"
        )


def test_unreachable_server_keeps_retrying_with_backoff() -> None:
    with WsClient("ws://127.0.0.1:9/stream", **FAST) as ws:
        first = ws.wait_for(is_state(ConnectionState.RECONNECTING))
        second = ws.wait_for(is_state(ConnectionState.RECONNECTING))
        assert first.attempt == 1 and second.attempt == 2  # type: ignore[attr-defined]


def test_transaction_timeout_holds_while_disconnected() -> None:
    """Between connection attempts (here a 3 s backoff) a transaction still fails at its own timeout."""
    slow = {**FAST, "backoff_initial": 3.0, "backoff_max": 3.0}
    with WsClient("ws://127.0.0.1:9/stream", **slow) as ws:
        ws.wait_for(is_state(ConnectionState.RECONNECTING))
        future = ws.send_tx_nowait(SignedTx(1), timeout=0.2)
        with pytest.raises(WsTimeoutError):
            future.result(timeout=2.0)  # concurrent.futures.TimeoutError (a failure) if it waited the backoff


def test_close_during_a_handshake_that_never_answers_is_prompt() -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(4)  # accepts TCP (the kernel's backlog), never answers the upgrade
    try:
        ws = WsClient(f"ws://127.0.0.1:{server.getsockname()[1]}/stream", connect_timeout=30.0).start()
        while ws._connecting is None or ws._connecting.sock is None:
            time.sleep(0.01)
        ws.close(timeout=10.0)
        assert ws._thread is not None and not ws._thread.is_alive()  # not still waiting out 30 s
    finally:
        server.close()


def test_repr_hides_the_query_string() -> None:
    ws = WsClient("ws://127.0.0.1:9/stream?auth=1234:5:3:secret")
    assert "secret" not in repr(ws) and "auth" not in repr(ws) and "/stream" in repr(ws)


def test_wait_for_on_a_stream_that_ended_by_itself_raises_closed() -> None:
    ws = WsClient("ws://127.0.0.1:9/stream", reconnect=False, **FAST).start()
    ws._thread.join(5)  # type: ignore[union-attr]  # one refused connect and the stream ends
    with pytest.raises(WebSocketError, match="closed"):
        ws.wait_for(lambda e: False, timeout=30)
    ws.close()


def test_bad_constructor_arguments() -> None:
    with pytest.raises(ValueError):
        WsClient("http://example")
    with pytest.raises(ValueError):
        WsClient("ws://x", ping_interval=30, dead_timeout=10)
    with pytest.raises(ValueError):
        WsClient("ws://x", auth=lambda: "t", api_private_key="00" * 40, account_index=1, api_key_index=2)
    with pytest.raises(ValueError):
        WsClient("ws://x", api_private_key="00" * 40)
    ws = WsClient("ws://x")
    with pytest.raises(ValueError):
        ws.subscribe_account_all()  # no account given
    with pytest.raises(WebSocketError, match="start"):
        ws.send_tx(SignedTx(1))  # would otherwise wait for its timeout
    with pytest.raises(ValueError, match="JSON"):
        bad = SignedTx(1)
        bad.tx_info = "{nope"
        ws.send_tx(bad)
    with pytest.raises(Exception, match="auth"):
        ws.subscribe_account_tx(5)


# -- asyncio face -----------------------------------------------------------------------------------------


def test_async_client_same_api() -> None:
    async def script(conn: Conn) -> None:
        await conn.send({"type": "connected"})
        while True:
            msg = await conn.recv(timeout=30)
            if msg["type"] == "subscribe" and msg["channel"] == "order_book/0":
                await conn.send(
                    book_frame(0, "subscribed", offset=1, bids=[("100", "1")], asks=[("102", "1")])
                )
                await conn.send(book_frame(0, "update", offset=2, asks=[("101", "5")]))
            elif msg["type"] == "subscribe":
                await conn.send({"type": "subscribed/height", "channel": "height", "height": 9})
            elif msg["type"] == "jsonapi/sendtx":
                await conn.send(
                    {"type": "jsonapi/sendtx", "id": msg["data"]["id"], "code": 200, "tx_hash": "aa"}
                )

    async def main(url: str) -> None:
        heights: list[int] = []
        got_height = asyncio.Event()

        async with AsyncWsClient(url, **FAST) as ws:

            @ws.on(TradeEvent)
            def never(event: TradeEvent) -> None:  # registered but unused
                raise AssertionError

            async def on_height(event: Any) -> None:
                heights.append(event.height)
                got_height.set()

            sub = await ws.subscribe_order_book(0)
            assert sub.active
            await ws.subscribe_height(callback=on_height)
            event = await ws.wait_for(lambda e: isinstance(e, OrderBookEvent) and not e.snapshot)
            assert isinstance(event, OrderBookEvent)
            assert ws.order_book(0).best_ask == (Decimal("101"), Decimal("5"))
            result = await ws.send_tx(SignedTx(1))
            assert result.tx_hash == "aa"
            await asyncio.wait_for(got_height.wait(), timeout=10)  # the callback ran (an event, not a poll)
            assert heights == [9]
        assert ws.state is ConnectionState.CLOSED
        states = []
        async for event in ws:  # drains what is left, then stops
            if isinstance(event, StateChanged):
                states.append(event.state)
        assert states[-1] is ConnectionState.CLOSED

    with ScriptedServer(script) as server:
        asyncio.run(main(server.url))


def test_async_subscribe_refusal_and_timeout() -> None:
    async def script(conn: Conn) -> None:
        await conn.send({"type": "connected"})
        await conn.recv_type("subscribe")
        await conn.send({"error": {"code": 30005, "message": "Invalid Channel:  (marketId)"}})
        await conn.recv_type("subscribe")  # the second one is never answered

    async def main(url: str) -> None:
        async with AsyncWsClient(url, **FAST) as ws:
            with pytest.raises(SubscriptionError):
                await ws.subscribe_trade(999)
            with pytest.raises(Exception, match="no snapshot"):
                await ws.subscribe_trade(1, timeout=0.3)

    with ScriptedServer(script) as server:
        asyncio.run(main(server.url))


def test_subscribe_order_book_takes_the_markets_decimals() -> None:
    ws = WsClient("ws://127.0.0.1:9/stream", **FAST)  # never started: nothing is sent
    ws.subscribe_order_book(0, price_decimals=2, size_decimals=4)
    assert (ws.order_book(0).price_decimals, ws.order_book(0).size_decimals) == (2, 4)
    ws.subscribe_order_book(1)
    assert ws.order_book(1).price_decimals is None
    with pytest.raises(ValueError, match="size_decimals"):
        ws.subscribe_order_book(2, size_decimals=99)

    async def main() -> None:
        aws = AsyncWsClient("ws://127.0.0.1:9/stream", **FAST)
        await aws.subscribe_order_book(3, price_decimals=1, size_decimals=5, wait=False)
        assert aws.order_book(3).size_decimals == 5

    asyncio.run(main())


def test_mask_keys_are_fresh_per_frame_and_per_connection() -> None:
    from lighter.ws.client import _MaskKeys

    one, two = _MaskKeys(), _MaskKeys()
    keys = [one(4) for _ in range(1000)]
    assert all(len(k) == 4 for k in keys) and len(set(keys)) > 990
    assert len(one(13)) == 13
    assert one._seed != two._seed
