"""Secret hygiene: a full session at DEBUG logging never shows a secret.

Everything the SDK (and the libraries under it) logs at DEBUG, everything printed, the repr and str of every
object a user handles, and the text and traceback of every exception raised along the way are collected;
none may contain an API private key, the Ethereum private key, or a complete auth token (every token the
session created is recorded by wrapping ``lighter.signing.create_auth_token``).

The session: onboarding, a client with two API keys and the Ethereum key (orders, cancels, an L1-signed
key registration, private reads with auth tokens, a batch), the asyncio client, the stream client with
private channels and a transaction sent over the socket, then mistakes: a mistyped key, an unregistered
key, a rejected order, an injected server error, a timeout.
"""

from __future__ import annotations

import asyncio
import io
import logging
import re
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from faults.helpers import client_for, register_keys, wait_until

import lighter.signing
from lighter import AsyncLighter, Lighter
from lighter.errors import LighterError
from lighter.signing import PrivateKey
from lighter.testing import LocalExchange
from lighter.transactions import CreateOrder, default_expired_at, sign
from lighter.ws import WsClient


class Collector(logging.Handler):
    """Every log record of every logger, formatted with its traceback."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))
        self.lines.append(repr(record.args))


@pytest.fixture
def debug_logs() -> Iterator[Collector]:
    collector = Collector()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(collector)
    root.setLevel(logging.DEBUG)
    loggers = [logging.getLogger(n) for n in ("lighter", "httpx", "httpcore", "websocket", "asyncio")]
    old = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.DEBUG)
    try:
        yield collector
    finally:
        root.removeHandler(collector)
        root.setLevel(old_level)
        for lg, level in zip(loggers, old, strict=True):
            lg.setLevel(level)


def _variants(secret: str) -> list[str]:
    bare = secret.lower().removeprefix("0x")
    return [bare, bare.upper(), bare[:40], bare[-40:]]  # also any long half of a key


def test_no_secret_in_logs_reprs_or_errors(
    local_exchange: LocalExchange,
    onboard_account: Callable[..., Any],
    debug_logs: Collector,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lx = local_exchange
    tokens: list[str] = []
    real_create = lighter.signing.create_auth_token

    def recording_create(*args: Any, **kwargs: Any) -> str:
        token = real_create(*args, **kwargs)
        tokens.append(token)
        return token

    monkeypatch.setattr(lighter.signing, "create_auth_token", recording_create)

    texts: list[str] = []  # reprs, strs and exception texts seen by a user

    def seen(*objects: Any) -> None:
        for obj in objects:
            texts.append(repr(obj))
            texts.append(str(obj))

    def failing(fn: Callable[[], Any]) -> None:
        try:
            fn()
        except BaseException as exc:  # every exception text counts, whatever its type
            texts.extend(traceback.format_exception(exc))
            seen(exc, exc.args)
            for attr in ("body", "message", "hint", "response", "request"):
                if hasattr(exc, attr):
                    seen(getattr(exc, attr))
        else:
            raise AssertionError(f"{fn} did not fail")

    creds = onboard_account(usdc=100_000)
    keys = register_keys(creds, [4])
    secrets_ = [creds.api_private_key, creds.eth_private_key, keys[4]]
    seen(creds, creds.as_env().keys())

    # -- the blocking client with two keys and the Ethereum key
    client = Lighter(
        base_url=creds.base_url,
        chain_id=creds.chain_id,
        account_index=creds.account_index,
        api_private_keys=keys,
        eth_private_key=creds.eth_private_key,
        rate_limit=None,
    )
    seen(client, client.market("ETH"))
    placed = [
        client.create_order("ETH", side="buy", size="0.01", price=str(1500 + i), post_only=True)
        for i in range(4)
    ]
    seen(*placed, placed[0].signed)
    active = client.orders.active("ETH")
    seen(active, client.account.get())
    assert client.auth_token() != client.auth_token(api_key_index=4)  # asked for: the user's own business
    client.cancel_order("ETH", active[0].order_index)
    batch = client.batch()
    batch.create_order("ETH", side="sell", size="0.01", price="5000", post_only=True)
    batch.create_order("ETH", side="sell", size="0.01", price="5001", post_only=True)
    seen(batch, client.send_batch(batch))
    new_key = PrivateKey.generate()
    secrets_.append(new_key.to_hex())
    with Lighter(
        base_url=creds.base_url,
        chain_id=creds.chain_id,
        account_index=creds.account_index,
        api_key_index=7,
        api_private_key=new_key,
        eth_private_key=creds.eth_private_key,
        rate_limit=None,
    ) as registrar:
        seen(registrar, new_key, new_key.public_key)
        client.wait_for_tx(registrar.change_api_key(), timeout=5)  # L1-signed with the Ethereum key

    # -- signing by hand
    tx = CreateOrder(
        account_index=creds.account_index,
        api_key_index=4,
        market_index=0,
        client_order_index=9,
        base_amount=100,
        price=150000,
        is_ask=0,
        type=0,
        time_in_force=1,
        reduce_only=0,
        trigger_price=0,
        order_expiry=default_expired_at() * 10,
        expired_at=default_expired_at(),
    )
    seen(tx, sign(tx, keys[4], chain_id=creds.chain_id, nonce=0))

    # -- the asyncio client
    async def async_session() -> None:
        async with AsyncLighter.from_env(creds.as_env(), rate_limit=None) as aclient:
            seen(
                aclient,
                await aclient.create_order("ETH", side="buy", size="0.01", price="1400", post_only=True),
            )
            seen(await aclient.orders.active("ETH"))

    asyncio.run(async_session())

    # -- the stream client with private channels and a transaction over the socket
    with WsClient(
        lx.ws_url,
        account_index=creds.account_index,
        api_key_index=creds.api_key_index,
        api_private_key=creds.api_private_key,
    ) as ws:
        seen(
            ws,
            ws.subscribe_account_all_orders(creds.account_index).wait(5),
            ws.subscribe_account_tx(creds.account_index).wait(5),
            ws.subscribe_order_book(0).wait(5),
        )
        nonce = client.transactions.next_nonce(api_key_index=4).nonce
        signed = sign(tx, keys[4], chain_id=creds.chain_id, nonce=nonce)
        seen(ws.send_tx(signed, timeout=5))
        assert wait_until(lambda: len(ws.account(creds.account_index).orders) > 0, timeout=5)
        seen(ws.account(creds.account_index), ws.order_book(0), ws.subscriptions)
        lx.faults.drop_ws()  # reconnect: a fresh token for the private channels
        assert wait_until(
            lambda: ws.stats["reconnects"] >= 1 and all(s.active for s in ws.subscriptions), timeout=5
        )
        client.wait_for_tx(placed[-1], timeout=5)

    # -- mistakes
    typo = creds.api_private_key[:-1] + ("0" if creds.api_private_key[-1] != "0" else "1") + "f"
    failing(
        lambda: Lighter(
            base_url=creds.base_url,
            chain_id=creds.chain_id,
            account_index=creds.account_index,
            api_key_index=3,
            api_private_key=typo,
        )
    )
    failing(
        lambda: Lighter(
            base_url=creds.base_url,
            chain_id=creds.chain_id,
            account_index=creds.account_index,
            api_key_index=3,
            api_private_key=creds.eth_private_key,
        )
    )  # the wrong kind of key
    failing(
        lambda: Lighter(
            base_url=creds.base_url, chain_id=creds.chain_id, eth_private_key=creds.api_private_key
        )
    )
    failing(lambda: WsClient(lx.ws_url, api_private_key=creds.api_private_key, auth=lambda: "x"))
    stranger = Lighter(
        base_url=creds.base_url,
        chain_id=creds.chain_id,
        account_index=creds.account_index,
        api_key_index=9,
        api_private_key=PrivateKey.generate(),
        rate_limit=None,
    )
    failing(lambda: stranger.create_order("ETH", side="buy", size="0.01", price="1500"))
    failing(lambda: client.create_order("ETH", side="buy", size="0.0000001", price="1500"))
    failing(lambda: client.create_order("ETH", side="buy", size="1000000", price="3000"))  # margin
    lx.faults.http_error("/api/v1/sendTx", status=500, count=1)
    failing(lambda: client.create_order("ETH", side="buy", size="0.01", price="1500", post_only=True))
    lx.faults.http_error("/api/v1/accountActiveOrders", status=503, count=5, retry_after=0.01)
    failing(lambda: client.orders.active("ETH"))
    with client_for(creds, timeout=0.2) as slow:
        lx.faults.delay("/api/v1/sendTx", seconds=0.5, count=1)
        failing(lambda: slow.create_order("ETH", side="buy", size="0.01", price="1500", post_only=True))
    stranger.close()
    client.close()

    # -- the verdict
    out = capsys.readouterr()
    haystack = "\n".join([*debug_logs.lines, *texts, out.out, out.err])
    assert len(debug_logs.lines) > 50, "DEBUG logging did not capture the session"
    assert len(tokens) >= 3, tokens
    leaks = [s for secret in secrets_ for s in _variants(secret) if s in haystack.lower() or s in haystack]
    assert leaks == [], f"{len(leaks)} secret fragment(s) leaked"
    whole = [t for t in set(tokens) if t in haystack]
    where = sorted({line[:80] for line in haystack.splitlines() for t in whole if t in line})
    assert whole == [], f"{len(whole)} complete auth token(s) leaked in: {where}"
    signatures = [t.rsplit(":", 1)[-1] for t in set(tokens)]
    assert [s for s in signatures if s in haystack] == [], "an auth token's signature leaked"


def test_error_types_never_carry_the_key(onboard_account: Callable[..., Any]) -> None:
    """ConfigError/InvalidInputError texts for key mistakes name the problem, not the value."""
    creds = onboard_account()
    for bad in (creds.api_private_key + "00", creds.api_private_key[2:], "0x" + creds.api_private_key[:-3]):
        with pytest.raises(LighterError) as info:
            Lighter(
                base_url=creds.base_url,
                chain_id=creds.chain_id,
                account_index=creds.account_index,
                api_key_index=3,
                api_private_key=bad,
            )
        text = "".join(traceback.format_exception(info.value)) + repr(info.value)
        assert bad.lower().removeprefix("0x")[:20] not in text.lower()
        assert "key" in str(info.value).lower()
    buffer = io.StringIO()
    buffer.write(repr(PrivateKey.from_hex(creds.api_private_key)))
    assert not re.search(creds.api_private_key.removeprefix("0x")[:16], buffer.getvalue(), re.I)
