"""Several accounts and API keys in one process stay independent, also while faults hit one of them.

Official SDK issue #80 ("creating Bob's client broke Alice's") came from process-global signer state; here
three accounts (one trading on two API keys, one with a key the exchange does not know) trade at once in one
process. Each account's orders carry its own index and keys, nonces advance per (account, key) only,
private reads answer for the right account, and one client's failures (unknown key, injected invalid nonce)
never reach the others.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest

from lighter import Lighter
from lighter.errors import InvalidSignatureError
from lighter.signing import PrivateKey
from lighter.testing import LocalExchange

from .helpers import accepted_orders, client_for, register_keys, server_next_nonce


def test_accounts_and_keys_stay_independent(local_exchange: LocalExchange, onboard_account: Any) -> None:
    lx = local_exchange
    alice, bob, carol = (onboard_account(usdc=500_000) for _ in range(3))
    alice_keys = register_keys(alice, [4])
    clients = {
        "alice": Lighter(
            base_url=alice.base_url,
            chain_id=alice.chain_id,
            account_index=alice.account_index,
            api_private_keys=alice_keys,
            rate_limit=None,
        ),
        "bob": client_for(bob),
        # carol's client holds a key that was never registered: every signed call fails, alone
        "carol": Lighter(
            base_url=carol.base_url,
            chain_id=carol.chain_id,
            account_index=carol.account_index,
            api_key_index=9,
            api_private_key=PrivateKey.generate().to_hex(),
            rate_limit=None,
        ),
    }
    prices = {"alice": "1500", "bob": "1600"}
    errors: dict[str, list[BaseException]] = {name: [] for name in clients}
    done: dict[str, list[Any]] = {name: [] for name in clients}

    def trade(name: str) -> None:
        client = clients[name]
        for i in range(20):
            try:
                if name == "bob" and i == 10:
                    lx.faults.invalid_nonce_next(1)  # the next tx (whoever sends it) is refused once
                done[name].append(
                    client.create_order(
                        "ETH", side="buy", size="0.01", price=prices.get(name, "1700"), post_only=True
                    )
                )
            except BaseException as exc:
                errors[name].append(exc)

    threads = [threading.Thread(target=trade, args=(name,)) for name in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert errors["alice"] == [] and errors["bob"] == []
    assert len(errors["carol"]) == 20 and all(isinstance(e, InvalidSignatureError) for e in errors["carol"])
    # alice's orders alternate between her two keys; each key's nonces are its own
    by_key: dict[int, list[int]] = {}
    for r in done["alice"]:
        by_key.setdefault(r.api_key_index, []).append(r.nonce)
    assert set(by_key) == {alice.api_key_index, 4}
    for key, nonces in by_key.items():
        assert nonces == list(range(nonces[0], nonces[0] + len(nonces)))
        assert server_next_nonce(lx, alice.account_index, key) == nonces[-1] + 1
    bob_nonces = [r.nonce for r in done["bob"]]
    assert bob_nonces == list(range(bob_nonces[0], bob_nonces[0] + 20))
    assert server_next_nonce(lx, carol.account_index, 9) == 0
    # each account's orders are its own, at its own price
    for name, creds in (("alice", alice), ("bob", bob)):
        accepted = accepted_orders(lx, creds.account_index)
        assert len(accepted) == 20
        assert {o["AccountIndex"] for o in accepted} == {creds.account_index}
        active = clients[name].orders.active("ETH")
        assert len(active) == 20
        assert {str(o.price).rstrip("0").rstrip(".") for o in active} == {prices[name]}
    assert accepted_orders(lx, carol.account_index) == []
    # private reads with each client's own auth token answer for its own account
    assert clients["alice"].account.get().accounts[0].index == alice.account_index
    assert clients["bob"].account.get().accounts[0].index == bob.account_index
    assert clients["alice"].auth_token() != clients["bob"].auth_token()
    for client in clients.values():
        client.close()


def test_a_bad_key_in_one_client_does_not_disturb_a_new_client(
    local_exchange: LocalExchange, onboard_account: Any
) -> None:
    """Building (and failing with) a second client never changes the first one's signer or credentials."""
    good = onboard_account()
    with client_for(good) as first:
        before = first.create_order("ETH", side="buy", size="0.01", price="1500", post_only=True)
        with pytest.raises(ValueError):  # ConfigError: not a key
            Lighter(
                base_url=good.base_url,
                chain_id=good.chain_id,
                account_index=good.account_index,
                api_key_index=5,
                api_private_key="zz" * 40,
            )
        other = Lighter(
            base_url=good.base_url,
            chain_id=good.chain_id,
            account_index=good.account_index,
            api_key_index=good.api_key_index,
            api_private_key=PrivateKey.generate().to_hex(),
            rate_limit=None,
        )
        with pytest.raises(InvalidSignatureError):  # same account and key index, wrong key
            other.create_order("ETH", side="buy", size="0.01", price="1500", post_only=True)
        other.close()
        after = first.create_order("ETH", side="buy", size="0.01", price="1500", post_only=True)
        assert after.nonce == before.nonce + 1
