"""The client against the local exchange over real loopback sockets (lighter.testing)."""

from __future__ import annotations

import asyncio
import threading
import time
from decimal import Decimal

import pytest

from lighter import AsyncLighter, Lighter
from lighter._errors import (
    InternalServerError,
    InvalidInputError,
    InvalidNonceError,
    InvalidSignatureError,
    MissingCredentialsError,
    RateLimitError,
)
from lighter.signing import PrivateKey
from lighter.testing.onboarding import Credentials


def client_for(creds: Credentials, **kw: object) -> Lighter:
    return Lighter.from_env(creds.as_env(), rate_limit=None, **kw)


def test_onboarding_with_the_client_then_trading(local_exchange: object) -> None:
    from eth_account import Account

    from lighter.testing.onboarding import onboard

    lx = local_exchange
    funded = onboard(lx.base_url, chain_id=lx.chain_id, usdc=1000)  # type: ignore[attr-defined]
    # A second API key for the same account, registered by the SDK itself with the Ethereum key.
    new_key = PrivateKey.generate()
    with Lighter(
        base_url=funded.base_url,
        chain_id=funded.chain_id,
        account_index=funded.account_index,
        api_key_index=7,
        api_private_key=new_key.to_hex(),
        eth_private_key=funded.eth_private_key,
        rate_limit=None,
    ) as client:
        accounts = client.account.by_l1_address(Account.from_key(funded.eth_private_key).address)
        assert funded.account_index in [a.index for a in accounts.sub_accounts]
        with pytest.raises(InvalidSignatureError):  # not registered yet
            client.create_order("ETH", side="buy", size="0.01", price="3000")
        registered = client.change_api_key()
        client.wait_for_tx(registered, timeout=5)
        result = client.create_order("ETH", side="buy", size="0.01", price="3000")
        assert client.wait_for_tx(result, timeout=5)["hash"] == result.tx_hash
        keys = client.account.api_keys()
        assert 7 in [k.api_key_index for k in keys.api_keys]


def test_generated_operations_with_automatic_auth(local_exchange: object, onboard_account: object) -> None:
    creds = onboard_account(usdc=10_000)  # type: ignore[operator]
    with client_for(creds) as client:
        placed = client.create_order("ETH", side="buy", size="0.05", price="2000", client_order_index=77)
        active = client.orders.active("ETH")  # accountActiveOrders needs an auth token
        assert [o.client_order_index for o in active] == [77]
        raw = client.api.account_active_orders(account_index=creds.account_index, market_id=0)
        assert len(raw.orders) == 1
        assert client.api.market.order_book_details(market_id=0).order_book_details[0].symbol == "ETH"
        details = client.market_data.details("ETH")
        assert details.order_book_details[0].size_decimals == client.market("ETH").size_decimals
        assert client.transactions.get(placed.tx_hash).hash_ == placed.tx_hash
        assert client.account.get().accounts[0].index == creds.account_index
        client.cancel_order("ETH", active[0].order_index)
        assert client.orders.active("ETH") == []
    anonymous = Lighter(base_url=creds.base_url, chain_id=creds.chain_id)
    with pytest.raises(MissingCredentialsError, match="auth token"):
        anonymous.api.account_active_orders(account_index=creds.account_index)
    books = anonymous.market_data.order_books()  # a public read needs no credentials
    assert [(b.symbol, b.market_id) for b in books.order_books][:3] == [("ETH", 0), ("BTC", 1), ("SOL", 2)]
    anonymous.close()


def test_eight_threads_times_100_orders_on_one_api_key(
    local_exchange: object, onboard_account: object
) -> None:
    creds = onboard_account(usdc=1_000_000)  # type: ignore[operator]
    client = client_for(creds)
    client.markets()
    errors: list[BaseException] = []
    results = []
    lock = threading.Lock()

    def worker(t: int) -> None:
        try:
            for _ in range(100):
                r = client.create_order("ETH", side="buy", size="0.01", price=str(1000 + t), post_only=True)
                with lock:
                    results.append(r)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(t,)) for t in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    nonces = sorted(r.nonce for r in results)
    assert nonces == list(range(nonces[0], nonces[0] + 800))  # every order accepted, no nonce error
    assert len(client.orders.active("ETH")) == 800
    client.close()


def test_500_asyncio_tasks_on_one_api_key(local_exchange: object, onboard_account: object) -> None:
    creds = onboard_account(usdc=1_000_000)  # type: ignore[operator]

    async def main() -> list[int]:
        async with AsyncLighter.from_env(creds.as_env(), rate_limit=None) as client:
            results = await asyncio.gather(
                *(
                    client.create_order(
                        "ETH", side="sell", size="0.01", price=str(5000 + i % 50), post_only=True
                    )
                    for i in range(500)
                )
            )
            active = await client.orders.active("ETH")
            assert len(active) == 500
            return [r.nonce for r in results]

    nonces = sorted(asyncio.run(main()))
    assert nonces == list(range(nonces[0], nonces[0] + 500))


def test_faults_429_5xx_and_invalid_nonce(local_exchange: object, onboard_account: object) -> None:
    lx = local_exchange
    creds = onboard_account(usdc=10_000)  # type: ignore[operator]
    with client_for(creds) as client:
        client.markets()
        # a read answered 429 + Retry-After, then 503: retried, then served
        lx.faults.http_error("/api/v1/orderBooks", status=429, count=1, retry_after=0.2)  # type: ignore[attr-defined]
        lx.faults.http_error("/api/v1/orderBooks", status=503, count=1)  # type: ignore[attr-defined]
        books = client.market_data.order_books()
        assert books.order_books[0].symbol == "ETH"  # served after both faults
        assert lx.faults.describe()["http_errors"] == []  # type: ignore[attr-defined]  # both hit: retried
        # sendTx refused at the door with 429: not resent by the client; its nonce is handed back
        expected = client.transactions.next_nonce().nonce
        lx.faults.http_error("/api/v1/sendTx", status=429, count=1, retry_after=0.1)  # type: ignore[attr-defined]
        with pytest.raises(RateLimitError) as refused:
            client.create_order("ETH", side="buy", size="0.01", price="2000")
        assert refused.value.nonce_consumed is False and refused.value.status_code == 429
        assert client.orders.active("ETH") == []  # nothing was executed
        first = client.create_order("ETH", side="buy", size="0.01", price="2000")  # sent again by the caller
        assert first.nonce == expected
        # sendTx answered 500: never resent (outcome unknown); the next order resyncs and succeeds
        lx.faults.http_error("/api/v1/sendTx", status=500, count=1)  # type: ignore[attr-defined]
        with pytest.raises(InternalServerError) as info:
            client.create_order("ETH", side="buy", size="0.01", price="2000")
        assert info.value.nonce_consumed is None
        second = client.create_order("ETH", side="buy", size="0.01", price="2000")
        assert second.nonce == first.nonce + 1
        # the exchange says "invalid nonce" once: resync, re-sign, resend
        lx.faults.invalid_nonce_next(1)  # type: ignore[attr-defined]
        third = client.create_order("ETH", side="buy", size="0.01", price="2000")
        assert third.nonce == second.nonce + 1
        # twice in a row: surfaced as a typed error with its hint
        lx.faults.invalid_nonce_next(2)  # type: ignore[attr-defined]
        with pytest.raises(InvalidNonceError, match="nextNonce"):
            client.create_order("ETH", side="buy", size="0.01", price="2000")
        assert client.create_order("ETH", side="buy", size="0.01", price="2000").nonce == third.nonce + 1


def test_areas_against_the_local_exchange(local_exchange: object, onboard_account: object) -> None:
    creds = onboard_account(usdc=10_000)  # type: ignore[operator]
    maker_creds = onboard_account(usdc=10_000)  # type: ignore[operator]
    with client_for(creds) as client, client_for(maker_creds) as maker:
        raw_account = client.api.account(by="index", value=str(creds.account_index)).accounts[0]
        assert (raw_account.collateral, raw_account.assets) == ("10000.000000", [])  # exactly the deposit
        balances = client.account.balances()
        assert (balances.collateral, balances.assets) == (Decimal("10000.000000"), ())
        ask = maker.create_order("ETH", side="sell", size="0.02", price="2000")
        maker.wait_for_tx(ask, timeout=5)
        client.create_order("ETH", side="buy", size="0.03", price="1900", client_order_index=5)  # rests
        taken = client.create_order("ETH", side="buy", size="0.01", price="2000", client_order_index=6)
        client.wait_for_tx(taken, timeout=5)
        resting = client.api.account_active_orders(account_index=creds.account_index, market_id=0).orders
        assert [(o.client_order_index, o.price, o.remaining_base_amount) for o in resting] == [
            (5, "1900.00", "0.0300")
        ]
        assert [(o.client_order_index, o.price, o.remaining) for o in client.orders.active("ETH")] == [
            (5, Decimal("1900.00"), Decimal("0.0300"))
        ]
        cancelled = client.cancel_order("ETH", resting[0].order_index)
        client.wait_for_tx(cancelled, timeout=5)

        [position] = [
            p for p in client.api.account(by="index", value=str(creds.account_index)).accounts[0].positions
        ]
        assert (position.symbol, position.sign, position.position, position.avg_entry_price) == (
            "ETH",
            1,
            "0.0100",
            "2000.00",
        )
        [typed] = client.account.positions()
        assert (typed.symbol, typed.size, typed.entry_price) == ("ETH", Decimal("0.0100"), Decimal("2000.00"))
        assert client.transactions.next_nonce().nonce == cancelled.nonce + 1
        history = [(t.hash_, t.type_) for t in client.transactions.history(limit=10).txs]
        assert (taken.tx_hash, 14) in history and (cancelled.tx_hash, 15) in history
        book = client.market_data.order_book("ETH", limit=10)  # the maker's ask, 0.01 of it taken
        assert (book.total_bids, book.total_asks) == (0, 1)
        assert (book.asks[0].price, book.asks[0].remaining_base_amount) == ("2000.00", "0.0100")
        [trade] = client.api.recent_trades(market_id=0, limit=10).trades
        assert (trade.price, trade.size, trade.bid_account_id, trade.ask_account_id, trade.tx_hash) == (
            "2000.00",
            "0.0100",
            creds.account_index,
            maker_creds.account_index,
            taken.tx_hash,
        )
        now = int(time.time())
        [candle] = client.api.candles(
            market_id=0,
            resolution="1m",
            start_timestamp=(now - 3600) * 1000,
            end_timestamp=(now + 60) * 1000,
            count_back=10,
        ).c
        assert (candle.o, candle.h, candle.l, candle.c, candle.v) == (2000.0, 2000.0, 2000.0, 2000.0, 0.01)
        rates = {r.symbol: r.market_id for r in client.market_data.funding_rates().funding_rates}
        assert rates["ETH"] == 0
        stats = {s.symbol: s for s in client.market_data.exchange_stats().order_book_stats}
        assert (stats["ETH"].last_trade_price, stats["ETH"].daily_trades_count) == (2000.0, 1)
        inactive = client.api.account_inactive_orders(account_index=creds.account_index, limit=10).orders
        done = {(o.client_order_index, o.status, o.price) for o in inactive}
        assert done == {(5, "canceled", "1900.00"), (6, "filled", "2000.00")}
        mine = client.api.trades(account_index=creds.account_index, limit=10, sort_by="timestamp").trades
        assert [(t.price, t.size, t.bid_client_id) for t in mine] == [("2000.00", "0.0100", 6)]


def test_async_reads_and_onboarding(local_exchange: object, onboard_account: object) -> None:
    creds = onboard_account(usdc=10_000)  # type: ignore[operator]

    async def main() -> None:
        async with AsyncLighter.from_env(creds.as_env(), rate_limit=None) as client:
            placed = await client.create_limit_order("ETH", side="sell", size="0.01", price="9000")
            tx = await client.wait_for_tx(placed, timeout=5)
            assert tx["hash"] == placed.tx_hash
            active = await client.api.account_active_orders(account_index=creds.account_index, market_id=0)
            assert [o.client_order_index for o in active.orders] == [placed.client_order_index]
            assert [o.client_order_index for o in await client.orders.active("ETH")] == [
                placed.client_order_index
            ]
            assert (await client.account.get()).accounts[0].index == creds.account_index
            await client.cancel_all_orders(market="ETH")
            assert await client.orders.active("ETH") == []

    asyncio.run(main())


def test_withdraw_and_transfer_routes_are_checked_before_signing(
    local_exchange: object, onboard_account: object
) -> None:
    lx = local_exchange
    creds = onboard_account(usdc=1_000)  # type: ignore[operator]
    lx.deposit(creds.l1_address, amount=100_000_000, asset_index=1)  # type: ignore[attr-defined]  # 1 ETH, spot
    other = onboard_account(usdc=10)  # type: ignore[operator]

    def spot(client: Lighter) -> dict[str, str]:
        return {a.symbol: f"{a.total:f}" for a in client.account.balances().assets}

    with client_for(creds) as client:
        before = client.transactions.next_nonce().nonce
        with pytest.raises(InvalidInputError, match=r"withdraw\('ETH', '0.29', route='spot'\)") as info:
            client.withdraw("ETH", "0.29")  # the default route is "perp", which holds USDC only
        assert "perp route holds USDC only" in str(info.value)
        with pytest.raises(InvalidInputError, match="from_route='spot'"):
            client.transfer(other.account_index, "ETH", "0.1")
        with pytest.raises(InvalidInputError, match="to_route='spot'"):
            client.transfer(other.account_index, "ETH", "0.1", from_route="spot")
        with pytest.raises(InvalidInputError, match="must change route"):
            client.transfer(creds.account_index, "USDC", "5")
        assert client.transactions.next_nonce().nonce == before  # nothing was signed or sent
        # the fixes the errors name are accepted
        client.wait_for_tx(client.withdraw("ETH", "0.29", route="spot"), timeout=5)
        moved = client.transfer(creds.account_index, "USDC", "5", from_route="perp", to_route="spot")
        client.wait_for_tx(moved, timeout=5)
        assert spot(client) == {"ETH": "0.71000000", "USDC": "5.000000"}
        assert client.account.get().accounts[0].collateral == "995.000000"
        assert client.transactions.next_nonce().nonce == before + 2
