"""Shared by the fault, concurrency and hygiene suites: clients, extra API keys, the server's book."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from lighter import Lighter
from lighter.signing import PrivateKey
from lighter.testing import LocalExchange
from lighter.testing.onboarding import Credentials
from lighter.ws import OrderBook, book_checksum

CREATE_ORDER = 14
Levels = list[tuple[Decimal, Decimal]]


def client_for(creds: Credentials, **kw: Any) -> Lighter:
    """A blocking client for an onboarded account (no pacing on loopback)."""
    return Lighter.from_env(creds.as_env(), rate_limit=None, **kw)


def register_keys(creds: Credentials, indexes: list[int]) -> dict[int, str]:
    """Register one new API key per index on the account (ChangePubKey signed with the Ethereum key);
    returns every key of the account by index, the onboarding one included."""
    keys = {creds.api_key_index: creds.api_private_key}
    keys.update({i: PrivateKey.generate().to_hex() for i in indexes})
    with Lighter(
        base_url=creds.base_url,
        chain_id=creds.chain_id,
        account_index=creds.account_index,
        api_private_keys=keys,
        eth_private_key=creds.eth_private_key,
        rate_limit=None,
    ) as client:
        for i in indexes:
            client.wait_for_tx(client.change_api_key(api_key_index=i), timeout=5)
    return keys


def server_book(lx: LocalExchange, market_id: int) -> tuple[Levels, Levels]:
    """The exchange's own book (bids, asks), best first, as the stream shows prices and sizes."""

    def read(ex: Any) -> tuple[Levels, Levels]:
        ms = ex.engine.markets[market_id]
        m = ms.market

        def side(s: Any) -> Levels:
            return [(Decimal(m.fmt_price(p)), Decimal(m.fmt_size(q))) for p, q in s.depth(10**9)]

        return side(ms.bids), side(ms.asks)

    return lx.call(read)


def server_checksum(lx: LocalExchange, market_id: int) -> int:
    """``book_checksum`` of the exchange's book (the same function the client's OrderBook uses)."""
    bids, asks = server_book(lx, market_id)
    return book_checksum(bids, asks)


def books_equal(lx: LocalExchange, book: OrderBook, market_id: int) -> bool:
    """True when the client's book is synced and equals the server's, level for level."""
    if not book.is_synced:
        return False
    bids, asks = server_book(lx, market_id)
    return book.bids == bids and book.asks == asks and book.checksum() == book_checksum(bids, asks)


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0, interval: float = 0.02) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


def accepted_orders(lx: LocalExchange, account_index: int) -> list[dict[str, Any]]:
    """Every CreateOrder transaction the exchange accepted for the account (tx_info as a dict)."""

    def read(ex: Any) -> list[dict[str, Any]]:
        return [json.loads(r.info) for r in ex.account_txs.get(account_index, []) if r.type == CREATE_ORDER]

    return lx.call(read)


def server_next_nonce(lx: LocalExchange, account_index: int, api_key_index: int) -> int:
    return lx.call(lambda ex: ex.accounts.by_index[account_index].next_nonce(api_key_index))
