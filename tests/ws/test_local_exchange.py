"""WsClient against the local exchange (lighter.testing) over loopback: real signing, real auth tokens,
orders sent over the socket, the book compared with the server's by checksum, and faults (a skipped
order-book update, dropped connections)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

from lighter.signing import PrivateKey
from lighter.testing.onboarding import Credentials
from lighter.testing.server import LocalExchange
from lighter.transactions import CreateOrder, SignedTx, default_expired_at, default_order_expiry, sign
from lighter.ws import (
    CHECKSUM_DEPTH,
    AccountEvent,
    AsyncWsClient,
    ConnectionState,
    OrderBookGapEvent,
    StateChanged,
    WsClient,
    book_checksum,
)

pytestmark = pytest.mark.timeout(120)

FAST = {"backoff_initial": 0.05, "backoff_max": 0.2}


def server_checksum(lx: LocalExchange, market_id: int) -> int:
    """The checksum of the exchange's own book (its levels written as it writes them on the wire)."""

    def compute(ex: Any) -> int:
        ms = ex.engine.markets[market_id]
        m = ms.market
        bids = [(m.fmt_price(p), m.fmt_size(s)) for p, s in ms.bids.depth(CHECKSUM_DEPTH)]
        asks = [(m.fmt_price(p), m.fmt_size(s)) for p, s in ms.asks.depth(CHECKSUM_DEPTH)]
        return book_checksum(bids, asks)

    return lx.call(compute)


def converge(ws: WsClient, lx: LocalExchange, market_id: int, timeout: float = 15.0) -> None:
    """Wait (on events) until the client's book is synced and equals the server's."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        book = ws.order_book(market_id)
        if book.is_synced and book.checksum() == server_checksum(lx, market_id):
            return
        ws.get(timeout=0.5)
    raise AssertionError(f"book {market_id} never matched the server: {ws.order_book(market_id)!r}")


class Trader:
    """Signs CreateOrder txs for one account with consecutive nonces."""

    def __init__(self, creds: Credentials) -> None:
        self.creds = creds
        self.key = PrivateKey.from_hex(creds.api_private_key)
        answer = httpx.get(
            f"{creds.base_url}/api/v1/nextNonce",
            params={"account_index": creds.account_index, "api_key_index": creds.api_key_index},
        ).json()
        self.nonce = int(answer["nonce"])
        self.client_order_index = 0

    def order(self, *, price: int, size: int, is_ask: bool, market: int = 0) -> SignedTx:
        self.client_order_index += 1
        tx = CreateOrder(
            account_index=self.creds.account_index,
            api_key_index=self.creds.api_key_index,
            market_index=market,
            base_amount=size,
            price=price,
            is_ask=int(is_ask),
            order_expiry=default_order_expiry(),
            expired_at=default_expired_at(),
            client_order_index=self.client_order_index,
        )
        signed = sign(tx, self.key, chain_id=self.creds.chain_id, nonce=self.nonce)
        self.nonce += 1
        return signed


def ws_for(creds: Credentials, **kw: Any) -> WsClient:
    return WsClient(
        creds.ws_url,
        account_index=creds.account_index,
        api_key_index=creds.api_key_index,
        api_private_key=creds.api_private_key,
        **FAST,
        **kw,
    )


def test_orders_over_the_socket_reach_book_and_account(
    local_exchange: LocalExchange, onboard_account: Callable[..., Credentials]
) -> None:
    creds = onboard_account()
    trader = Trader(creds)
    with ws_for(creds) as ws:
        ws.subscribe_order_book(0, wait=True)
        ws.subscribe_account_all_orders(wait=True)  # private: our own signed auth token
        ws.subscribe_ticker(0, wait=True)
        converge(ws, local_exchange, 0)
        results = [
            ws.send_tx(trader.order(price=290_000 - 100 * i, size=100 + i, is_ask=False)) for i in range(3)
        ]
        results.append(ws.send_tx(trader.order(price=310_000, size=200, is_ask=True)))
        assert all(len(r.tx_hash or "") > 0 for r in results)
        converge(ws, local_exchange, 0)
        book = ws.order_book(0)
        assert book.best_bid is not None and book.best_bid[0] == Decimal("2900.00")
        assert book.best_ask is not None and book.best_ask[0] == Decimal("3100.00")
        ws.wait_for(lambda e: isinstance(e, AccountEvent) and len(ws.account().orders) == 4)
        orders = ws.account().orders
        assert sorted(o.client_order_index for o in orders.values()) == [1, 2, 3, 4]


def test_rejected_tx_raises_the_rest_error(
    local_exchange: LocalExchange, onboard_account: Callable[..., Credentials]
) -> None:
    from lighter import _errors

    creds = onboard_account()
    trader = Trader(creds)
    trader.nonce += 5  # a nonce the exchange does not expect
    with ws_for(creds) as ws:
        with pytest.raises(_errors.APIError) as info:
            ws.send_tx(trader.order(price=290_000, size=100, is_ask=False), timeout=10)
        assert info.value.code is not None


def test_skipped_update_is_detected_and_resynced(
    local_exchange: LocalExchange, onboard_account: Callable[..., Credentials]
) -> None:
    creds = onboard_account()
    trader = Trader(creds)
    with ws_for(creds) as ws:
        ws.subscribe_order_book(0, wait=True)
        converge(ws, local_exchange, 0)
        local_exchange.faults.skip_order_book_update(0)
        ws.send_tx(trader.order(price=280_000, size=100, is_ask=False))  # its diff is swallowed
        ws.send_tx(trader.order(price=280_100, size=100, is_ask=False))  # this one reveals the gap
        gap = ws.wait_for(lambda e: isinstance(e, OrderBookGapEvent))
        assert gap.error.field == "begin_nonce"  # type: ignore[attr-defined]
        converge(ws, local_exchange, 0)
        assert ws.stats["gaps"] == 1


def test_dropped_connections_reconnect_resubscribe_and_resync(
    local_exchange: LocalExchange, onboard_account: Callable[..., Credentials]
) -> None:
    creds = onboard_account()
    trader = Trader(creds)
    with ws_for(creds) as ws:
        ws.subscribe_order_book(0, wait=True)
        ws.subscribe_account_all_assets(wait=True)
        converge(ws, local_exchange, 0)
        local_exchange.faults.drop_ws()
        ws.wait_for(lambda e: isinstance(e, StateChanged) and e.state is ConnectionState.RECONNECTING)
        ws.wait_for(lambda e: isinstance(e, StateChanged) and e.state is ConnectionState.CONNECTED)
        ws.send_tx(trader.order(price=270_000, size=100, is_ask=False))
        converge(ws, local_exchange, 0)
        # the private channel came back too (with a fresh token, or the server would refuse it)
        deadline = time.monotonic() + 10
        while not all(s.active for s in ws.subscriptions) and time.monotonic() < deadline:
            ws.get(timeout=0.2)
        assert [s.address for s in ws.subscriptions if s.active] == [
            "order_book/0",
            f"account_all_assets/{creds.account_index}",
        ]
        assert ws.stats["reconnects"] == 1


def test_async_client_against_the_local_exchange(
    local_exchange: LocalExchange, onboard_account: Callable[..., Credentials]
) -> None:
    creds = onboard_account()
    trader = Trader(creds)

    async def main() -> None:
        async with AsyncWsClient(
            creds.ws_url,
            account_index=creds.account_index,
            api_key_index=creds.api_key_index,
            api_private_key=creds.api_private_key,
        ) as ws:
            await ws.subscribe_order_book(0)
            await ws.subscribe_account_all_orders()
            result = await ws.send_tx(trader.order(price=285_000, size=150, is_ask=False))
            assert result.tx_hash
            await ws.wait_for(lambda e: isinstance(e, AccountEvent) and bool(ws.account().orders))
            for _ in range(100):
                book = ws.order_book(0)
                if book.is_synced and book.checksum() == server_checksum(local_exchange, 0):
                    break
                await ws.get(timeout=0.2)
            assert ws.order_book(0).checksum() == server_checksum(local_exchange, 0)

    asyncio.run(main())


def test_every_local_exchange_frame_has_its_generated_model(
    local_exchange: LocalExchange, onboard_account: Callable[..., Credentials]
) -> None:
    from lighter.ws import ChannelEvent
    from lighter.ws._generated import MODEL_BY_KIND

    creds = onboard_account()
    trader = Trader(creds)
    seen: dict[str, int] = {}
    with ws_for(creds) as ws:
        for kind in ("account_all", "account_tx", "user_stats", "account_all_orders", "account_all_trades"):
            ws.subscribe(kind, creds.account_index, wait=True)
        for kind in ("order_book", "ticker", "trade", "market_stats"):
            ws.subscribe(kind, 0, wait=True)
        ws.send_tx(trader.order(price=300_000, size=100, is_ask=False))
        ws.send_tx(trader.order(price=300_000, size=100, is_ask=True))  # a self-trade: fills on every channel
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and len(seen) < 9:
            event = ws.get(timeout=0.5)
            if isinstance(event, ChannelEvent):
                kind = event.channel.split("/")[0]
                model = event.model
                assert type(model).__name__ == MODEL_BY_KIND[kind], event.channel
                assert model.to_dict() == event.raw, event.channel
                seen[kind] = seen.get(kind, 0) + 1
    assert len(seen) == 9, seen
