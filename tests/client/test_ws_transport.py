"""The client's transactions over a WebSocket (``client.ws()`` + ``client.via_ws(ws)``) against the local
exchange over loopback: one nonce manager for REST and socket, private channels with the client's auth
tokens, "invalid nonce" resynced and resent over the socket, a connection cut mid-send settling the nonce
as unknown (resync), and bad input refused before anything is signed or sent."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from urllib.parse import urlsplit

import pytest

from lighter import AsyncLighter, Lighter
from lighter._errors import InvalidInputError, InvalidNonceError
from lighter._nonce import InMemoryNonceStore
from lighter.resources.via_ws import WsTrading
from lighter.testing.onboarding import Credentials
from lighter.testing.server import LocalExchange
from lighter.ws import AccountEvent, WebSocketError, WsClient, WsConnectionClosedError

from .tcp_proxy import TcpProxy

pytestmark = pytest.mark.timeout(60)

FAST = {"backoff_initial": 0.05, "backoff_max": 0.2}


def client_for(creds: Credentials, **kw: object) -> Lighter:
    return Lighter.from_env(creds.as_env(), rate_limit=None, nonce_store=InMemoryNonceStore(), **kw)


def next_local_nonce(client: Lighter | AsyncLighter, creds: Credentials) -> int | None:
    store = client._nonce_manager().store
    assert isinstance(store, InMemoryNonceStore)
    return store.peek(creds.account_index, creds.api_key_index)


def exchange_nonce(lx: LocalExchange, creds: Credentials) -> int:
    import httpx

    body = httpx.get(
        f"{lx.base_url}/api/v1/nextNonce",
        params={"account_index": creds.account_index, "api_key_index": creds.api_key_index},
    ).json()
    return int(body["nonce"])


def test_orders_over_the_socket_share_nonces_and_auth_with_rest(
    local_exchange: LocalExchange, onboard_account: Callable[..., Credentials]
) -> None:
    creds = onboard_account()
    with client_for(creds) as client, client.ws(**FAST) as ws:
        assert ws.ws_url == creds.ws_url and ws.account_index == creds.account_index
        assert ws._core.token_cache is not None and ws._core.token_cache._provider == client.auth_token
        ws.subscribe_account_all_orders(wait=True)  # private: the client's token cache signs for it
        trader = client.via_ws(ws)
        results = [
            client.create_order("ETH", side="buy", size="0.01", price="2000", client_order_index=1),
            trader.create_order("ETH", side="buy", size="0.01", price="2001", client_order_index=2),
            trader.create_order("ETH", side="buy", size="0.01", price="2002", client_order_index=3),
            client.create_order("ETH", side="buy", size="0.01", price="2003", client_order_index=4),
        ]
        first = results[0].nonce
        assert [r.nonce for r in results] == [first, first + 1, first + 2, first + 3]
        assert all(r.tx_hash == r.signed.tx_hash for r in results)
        assert results[1].predicted_execution_time_ms is not None
        batch = trader.batch()
        batch.create_order("ETH", side="sell", size="0.01", price="4000", client_order_index=5)
        batch.create_order("ETH", side="sell", size="0.01", price="4001", client_order_index=6)
        sent = trader.send_batch(batch)
        assert [r.nonce for r in sent] == [first + 4, first + 5]
        assert sent.tx_hashes == [r.signed.tx_hash for r in sent]
        ws.wait_for(lambda e: isinstance(e, AccountEvent) and len(ws.account().orders) == 6)
        assert sorted(o.client_order_index for o in ws.account().orders.values()) == [1, 2, 3, 4, 5, 6]
        trader.cancel_all_orders()
        ws.wait_for(lambda e: isinstance(e, AccountEvent) and not ws.account().orders)
        assert exchange_nonce(local_exchange, creds) == first + 7 == next_local_nonce(client, creds)


def test_invalid_nonce_over_the_socket_is_resynced_and_resent_once(
    local_exchange: LocalExchange, onboard_account: Callable[..., Credentials]
) -> None:
    creds = onboard_account()
    with client_for(creds) as client, client.ws(**FAST) as ws:
        trader = client.via_ws(ws)
        before = trader.create_order("ETH", side="buy", size="0.01", price="2000").nonce
        # Another process spends two nonces of the same key: our counter is now stale.
        with client_for(creds) as other:
            other.create_order("ETH", side="buy", size="0.01", price="1990")
            other.create_order("ETH", side="buy", size="0.01", price="1991")
        placed = trader.create_order("ETH", side="buy", size="0.01", price="2001")
        assert placed.nonce == before + 3  # refused with before+1, resynced, re-signed, resent
        # An exchange that refuses twice: the error surfaces and the key resyncs before its next use.
        local_exchange.faults.invalid_nonce_next(2)
        with pytest.raises(InvalidNonceError):
            trader.create_order("ETH", side="buy", size="0.01", price="2002")
        assert next_local_nonce(client, creds) is None
        assert trader.create_order("ETH", side="buy", size="0.01", price="2003").nonce == before + 4


def test_connection_cut_mid_send_settles_the_nonce_as_unknown(
    local_exchange: LocalExchange, onboard_account: Callable[..., Credentials]
) -> None:
    creds = onboard_account()
    url = urlsplit(local_exchange.base_url)
    assert url.hostname is not None and url.port is not None
    with TcpProxy(url.hostname, url.port) as proxy, client_for(creds) as client:
        with client.ws(ws_url=proxy.ws_url, **FAST) as ws:
            trader = client.via_ws(ws)
            first = trader.create_order("ETH", side="buy", size="0.01", price="2000").nonce
            proxy.count(b'"type":"jsonapi/sendtx"', b"invalid nonce")
            proxy.cut_on_answer(b'"type":"jsonapi/sendtx"')  # the exchange accepts, the answer is lost
            with pytest.raises(WsConnectionClosedError):
                trader.create_order("ETH", side="buy", size="0.01", price="2001")
            assert proxy.cut.is_set()
            assert next_local_nonce(client, creds) is None  # unknown outcome: resync before next use
            assert exchange_nonce(local_exchange, creds) == first + 2  # it was in fact accepted
            # The socket reconnects by itself; the next order reads nextNonce and goes straight through.
            again = trader.create_order("ETH", side="buy", size="0.01", price="2002")
            assert again.nonce == first + 2
            assert proxy.seen == {b'"type":"jsonapi/sendtx"': 2, b"invalid nonce": 0}
            assert ws.stats["reconnects"] == 1


def test_threads_trading_over_one_socket_and_rest_never_collide(
    local_exchange: LocalExchange, onboard_account: Callable[..., Credentials]
) -> None:
    creds = onboard_account(usdc=100_000)
    with client_for(creds) as client, client.ws(**FAST) as ws:
        trader = client.via_ws(ws)
        errors: list[BaseException] = []
        nonces: list[int] = []

        def work(face: Lighter | WsTrading, base: int) -> None:
            try:
                for i in range(20):
                    price = str(1000 + base + i)
                    nonces.append(face.create_order("ETH", side="buy", size="0.01", price=price).nonce)
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        faces: list[Lighter | WsTrading] = [trader, trader, trader, client]
        threads = [threading.Thread(target=work, args=(f, 100 * n)) for n, f in enumerate(faces)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert errors == []
        assert sorted(nonces) == list(range(min(nonces), min(nonces) + 80))


def test_bad_input_is_refused_before_signing_and_nonces_are_handed_back(
    local_exchange: LocalExchange, onboard_account: Callable[..., Credentials]
) -> None:
    creds = onboard_account()
    with client_for(creds) as client:
        with pytest.raises(InvalidInputError, match="WsClient"):
            client.via_ws(object())  # type: ignore[arg-type]
        idle = client.ws()  # never started
        trader = client.via_ws(idle)
        with pytest.raises(InvalidInputError, match="price_protection"):
            trader.create_order("ETH", side="buy", size="0.01", price="2000", price_protection=False)
        with pytest.raises(WebSocketError, match="start"):
            trader.create_order("ETH", side="buy", size="0.01", price="2000")
        seeded = next_local_nonce(client, creds)
        assert seeded == exchange_nonce(local_exchange, creds)  # handed back, not spent
        idle.close()
        with pytest.raises(WebSocketError, match="closed"):
            trader.create_order("ETH", side="buy", size="0.01", price="2000")
        assert next_local_nonce(client, creds) == seeded
        anonymous = Lighter(base_url=creds.base_url, chain_id=creds.chain_id)
        public = anonymous.ws()
        assert public._core.token_cache is None  # no credentials: public channels only
        public.close()


def test_async_client_trades_over_the_socket(
    local_exchange: LocalExchange, onboard_account: Callable[..., Credentials]
) -> None:
    creds = onboard_account(usdc=100_000)

    async def main() -> None:
        async with (
            AsyncLighter.from_env(
                creds.as_env(), rate_limit=None, nonce_store=InMemoryNonceStore()
            ) as client,
            client.ws(**FAST) as ws,
        ):
            await ws.subscribe_account_all_orders()
            trader = client.via_ws(ws)
            placed = await asyncio.gather(
                *(trader.create_order("ETH", side="buy", size="0.01", price=str(1900 + i)) for i in range(20))
            )
            nonces = sorted(r.nonce for r in placed)
            assert nonces == list(range(nonces[0], nonces[0] + 20))
            local_exchange.faults.invalid_nonce_next(1)
            resent = await trader.create_order("ETH", side="buy", size="0.01", price="1800")
            assert resent.nonce == nonces[-1] + 1
            await ws.wait_for(lambda e: isinstance(e, AccountEvent) and len(ws.account().orders) == 21)
            # the blocking WsClient works with the async client too (same socket thread underneath)
            again = await client.via_ws(ws.sync_client).create_order(
                "ETH", side="buy", size="0.01", price="1801"
            )
            assert again.nonce == resent.nonce + 1

    asyncio.run(main())


def test_ws_options_pass_through(
    local_exchange: LocalExchange, onboard_account: Callable[..., Credentials]
) -> None:
    creds = onboard_account()
    with client_for(creds) as client:
        ws = client.ws(queue_size=5, account_index=42, auth=lambda: "t")
        assert isinstance(ws, WsClient) and ws.account_index == 42 and ws._queue_size == 5
        ws.close()
