"""Secrets held by a client never show in repr/str of the client or of anything reachable from it."""

from __future__ import annotations

import pickle
from typing import Any

import httpx
import pytest

from lighter import AsyncLighter, Lighter
from lighter._auth import AuthTokenCache, Secret
from lighter.signing import PrivateKey
from lighter.ws._auth import TokenCache

ETH_KEY = "0x" + "4c" * 32
API_KEY = PrivateKey.from_hex("12" * 40)


def reachable_texts(root: object, depth: int = 5) -> list[str]:
    """repr() and str() of every object reachable from `root` through attributes and containers (not
    into a `Secret`, whose value only ``reveal()`` gives)."""
    seen: set[int] = set()
    texts: list[str] = []
    frontier: list[Any] = [root]
    for _ in range(depth):
        nxt: list[Any] = []
        for obj in frontier:
            if id(obj) in seen or isinstance(obj, (type, int, float, bool, type(None))):
                continue
            seen.add(id(obj))
            texts += [repr(obj), str(obj)]
            if isinstance(obj, dict):
                nxt += list(obj.keys()) + list(obj.values())
            elif isinstance(obj, (list, tuple, set, frozenset)):
                nxt += list(obj)
            elif not isinstance(obj, (str, Secret)):  # a Secret is the boundary: only reveal() opens it
                nxt += list(getattr(obj, "__dict__", {}).values())
                for cls in type(obj).__mro__:
                    for slot in getattr(cls, "__slots__", ()):
                        if isinstance(slot, str) and hasattr(obj, slot):
                            nxt.append(getattr(obj, slot))
        frontier = nxt
    return texts


def test_secret_wrapper_redacts_and_reveals() -> None:
    secret = Secret("hunter2")
    assert "hunter2" not in f"{secret} {secret!r} {secret:>20} {[secret]} {vars(type(secret))}"
    assert secret.reveal() == "hunter2" and secret == Secret("hunter2") and secret != Secret("x")
    with pytest.raises(TypeError):
        pickle.dumps(secret)


def test_nothing_reachable_from_a_client_shows_a_key_or_token() -> None:
    client = Lighter(
        network="testnet",
        account_index=5,
        api_key_index=3,
        api_private_key=API_KEY.to_hex(),
        eth_private_key=ETH_KEY,
        transport=httpx.MockTransport(lambda r: httpx.Response(200, json={})),
    )
    token = client.auth_token()  # cached inside the client now
    texts = reachable_texts(client)
    assert len(texts) > 50  # the walk did reach the client's insides
    blob = "\n".join(texts) + repr(vars(client))
    assert "4c4c4c4c" not in blob  # the Ethereum key
    assert API_KEY.to_hex().removeprefix("0x")[:24] not in blob  # the API private key
    assert token.rsplit(":", 1)[1][:24] not in blob  # the auth token's signature
    assert "Secret('***')" in repr(vars(client))  # the key is there, wrapped
    client.close()


def test_the_wrapped_eth_key_still_signs() -> None:
    """(Signing through the client with it: test_client.py's transfer test recovers the L1 signer.)"""
    from eth_account import Account

    from lighter.signing import l1_recover, l1_sign

    client = AsyncLighter(network="testnet", account_index=5, eth_private_key=ETH_KEY[2:].upper())
    assert client._eth_key is not None and client._eth_key.reveal() == "0x" + "4C" * 32
    signed = l1_sign("hello", client._eth_key.reveal())
    assert l1_recover("hello", signed) == Account.from_key(ETH_KEY).address


def test_token_caches_hold_tokens_wrapped() -> None:
    cache = AuthTokenCache(5, lambda _i: API_KEY)
    token = cache.token(3)
    assert token == cache.token(3) and token not in repr(vars(cache))
    ws_cache = TokenCache(lambda: "9999999999:5:3:" + "ab" * 40)
    assert ws_cache.get() == ws_cache.get() == "9999999999:5:3:" + "ab" * 40
    assert "abab" not in repr(vars(ws_cache))
