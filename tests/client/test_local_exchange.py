"""The client against the local exchange over real loopback sockets (lighter.testing)."""

from __future__ import annotations

import asyncio
import threading

import pytest

from lighter import AsyncLighter, Lighter
from lighter._errors import InvalidSignatureError, MissingCredentialsError
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
        assert [o.client_order_index for o in active.orders] == [77]
        raw = client.api.account_active_orders(account_index=creds.account_index, market_id=0)
        assert len(raw.orders) == 1
        assert client.api.market.order_book_details(market_id=0).order_book_details[0].symbol == "ETH"
        details = client.market_data.details("ETH")
        assert details.order_book_details[0].size_decimals == client.market("ETH").size_decimals
        assert client.transactions.get(placed.tx_hash).hash_ == placed.tx_hash
        assert client.account.get().accounts[0].index == creds.account_index
        client.cancel_order("ETH", active.orders[0].order_index)
        assert client.orders.active("ETH").orders == []
    anonymous = Lighter(base_url=creds.base_url, chain_id=creds.chain_id)
    with pytest.raises(MissingCredentialsError, match="auth token"):
        anonymous.api.account_active_orders(account_index=creds.account_index)
    assert anonymous.market_data.order_books() is not None


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
    assert len(client.orders.active("ETH").orders) == 800
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
            assert len(active.orders) == 500
            return [r.nonce for r in results]

    nonces = sorted(asyncio.run(main()))
    assert nonces == list(range(nonces[0], nonces[0] + 500))
