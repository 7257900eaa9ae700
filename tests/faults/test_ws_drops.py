"""Trading while the exchange drops every WebSocket connection: the client's book ends equal to the server's.

The local exchange closes every stream connection every ``drop_every`` seconds while two accounts trade over
REST (resting orders, cancels and crossing orders, so levels appear, change and vanish). The stream client
reconnects, resubscribes and rebuilds its book from each fresh snapshot; once trading stops, its book must
equal the exchange's level for level and by checksum. Two variants run in the default suite: the full
minute with a drop every 2 s, and a few seconds with a drop every 0.7 s.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from lighter.testing import LocalExchange
from lighter.ws import OrderBookEvent, OrderBookGapEvent, StateChanged, WsClient
from lighter.ws.events import ConnectionState

from .helpers import books_equal, client_for, server_book, server_checksum, wait_until

MARKET = 0  # ETH


def _trade(lx: LocalExchange, onboard: Callable[..., Any], seconds: float, seed: int) -> int:
    """Two accounts trade for ``seconds``; returns how many transactions were accepted."""
    rng = random.Random(seed)
    maker = client_for(onboard(usdc=1_000_000))
    taker = client_for(onboard(usdc=1_000_000))
    sent = 0
    resting: list[int] = []
    end = time.monotonic() + seconds
    try:
        while time.monotonic() < end:
            roll = rng.random()
            if roll < 0.55 or not resting:
                side = rng.choice(["buy", "sell"])
                price = 2900 - rng.randint(0, 40) if side == "buy" else 3100 + rng.randint(0, 40)
                result = maker.create_order(
                    "ETH", side=side, size=f"0.0{rng.randint(1, 9)}", price=str(price), post_only=True
                )
                resting.append(result.client_order_index)
            elif roll < 0.8:
                orders = maker.orders.active("ETH")
                if orders:
                    maker.cancel_order("ETH", rng.choice(orders).order_index)
            else:  # take liquidity near the top: partial and full fills change and remove levels
                side = rng.choice(["buy", "sell"])
                price = "3140" if side == "buy" else "2860"
                taker.create_order("ETH", side=side, size="0.02", price=price, time_in_force="ioc")
            sent += 1
    finally:
        maker.close()
        taker.close()
    return sent


def _run(lx: LocalExchange, onboard: Callable[..., Any], *, drop_every: float, seconds: float) -> None:
    states: list[ConnectionState] = []
    gaps: list[OrderBookGapEvent] = []
    with WsClient(lx.ws_url, backoff_initial=0.05, backoff_max=0.3) as ws:
        ws.on(StateChanged, lambda e: states.append(e.state))
        ws.on(OrderBookGapEvent, gaps.append)
        ws.subscribe_order_book(MARKET).wait(5)
        book = ws.order_book(MARKET)
        lx.faults.drop_ws_every(drop_every)
        try:
            sent = _trade(lx, onboard, seconds, seed=int(drop_every * 1000))
        finally:
            lx.faults.drop_ws_every(None)
        assert sent > 20
        assert wait_until(lambda: books_equal(lx, book, MARKET), timeout=10), (
            f"client book {book!r} != server book; synced={book.is_synced}"
        )
        bids, asks = server_book(lx, MARKET)
        assert bids and asks, "the trading left no book to compare"
        assert book.checksum() == server_checksum(lx, MARKET)
        reconnects = ws.stats["reconnects"]
    expected_drops = int(seconds / drop_every) - 1
    assert reconnects >= expected_drops, (reconnects, expected_drops)
    assert states.count(ConnectionState.CONNECTED) >= expected_drops
    assert not gaps  # a drop is a new session with a fresh snapshot, not a gap


def test_book_matches_server_under_ws_drops(local_exchange: LocalExchange, onboard_account: Any) -> None:
    _run(local_exchange, onboard_account, drop_every=0.7, seconds=5.0)


@pytest.mark.slow  # about a minute
def test_book_matches_server_under_ws_drops_every_2s_for_a_minute(
    local_exchange: LocalExchange, onboard_account: Any
) -> None:
    _run(local_exchange, onboard_account, drop_every=2.0, seconds=60.0)


def test_events_after_reconnect_carry_the_fresh_book(
    local_exchange: LocalExchange, onboard_account: Any
) -> None:
    """Each reconnect delivers a snapshot event whose book already equals the server's at that moment."""
    lx = local_exchange
    client = client_for(onboard_account(usdc=100_000))
    snapshots: list[int] = []
    lock = threading.Lock()
    with WsClient(lx.ws_url, backoff_initial=0.05, backoff_max=0.2) as ws:

        def on_book(event: OrderBookEvent) -> None:
            if event.snapshot:
                with lock:
                    snapshots.append(event.book.checksum())

        ws.subscribe_order_book(MARKET, callback=on_book).wait(5)
        for i in range(3):
            client.create_order("ETH", side="buy", size="0.01", price=str(2500 + i), post_only=True)
            assert wait_until(lambda: books_equal(lx, ws.order_book(MARKET), MARKET), timeout=5)
            before = len(snapshots)
            assert lx.faults.drop_ws() >= 1
            assert wait_until(lambda b=before: len(snapshots) > b, timeout=5)
            assert snapshots[-1] == server_checksum(lx, MARKET)
    client.close()
