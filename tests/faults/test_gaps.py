"""Injected order-book gaps: the exchange swallows a diff; the client detects it on the next one, resubscribes
and ends equal to the server again."""

from __future__ import annotations

from typing import Any

from lighter.testing import LocalExchange
from lighter.ws import OrderBookGapEvent, WsClient

from .helpers import books_equal, client_for, wait_until

MARKET = 0


def test_skipped_diff_is_detected_and_resynced(local_exchange: LocalExchange, onboard_account: Any) -> None:
    lx = local_exchange
    client = client_for(onboard_account(usdc=100_000))
    gaps: list[OrderBookGapEvent] = []
    with WsClient(lx.ws_url) as ws:
        ws.on(OrderBookGapEvent, gaps.append)
        ws.subscribe_order_book(MARKET).wait(5)
        book = ws.order_book(MARKET)
        client.create_order("ETH", side="buy", size="0.01", price="2000", post_only=True)
        assert wait_until(lambda: books_equal(lx, book, MARKET), timeout=5)
        for round_ in range(3):
            lx.faults.skip_order_book_update(MARKET)
            # this diff is swallowed: the client cannot know yet, and its book is now behind
            client.create_order("ETH", side="buy", size="0.01", price=str(2100 + round_), post_only=True)
            # the next diff reveals the gap (begin_nonce != the last nonce seen)
            client.create_order("ETH", side="sell", size="0.01", price=str(4000 + round_), post_only=True)
            assert wait_until(lambda r=round_: len(gaps) > r, timeout=5), f"gap {round_} not detected"
            assert gaps[-1].market_id == MARKET
            assert wait_until(lambda: books_equal(lx, book, MARKET), timeout=5), "not resynced"
        assert ws.stats["gaps"] == 3
        assert ws.stats["reconnects"] == 0  # resynced on the same connection
    client.close()


def test_gap_on_another_market_leaves_this_book_alone(
    local_exchange: LocalExchange, onboard_account: Any
) -> None:
    lx = local_exchange
    client = client_for(onboard_account(usdc=100_000))
    gaps: list[OrderBookGapEvent] = []
    with WsClient(lx.ws_url) as ws:
        ws.on(OrderBookGapEvent, gaps.append)
        ws.subscribe_order_book(0).wait(5)
        ws.subscribe_order_book(1).wait(5)
        lx.faults.skip_order_book_update(1)
        client.create_order("BTC", side="buy", size="0.001", price="50000", post_only=True)
        client.create_order("ETH", side="buy", size="0.01", price="2000", post_only=True)
        client.create_order("BTC", side="buy", size="0.001", price="50001", post_only=True)
        assert wait_until(lambda: len(gaps) == 1, timeout=5)
        assert gaps[0].market_id == 1
        assert wait_until(lambda: books_equal(lx, ws.order_book(0), 0), timeout=5)
        assert wait_until(lambda: books_equal(lx, ws.order_book(1), 1), timeout=5)
    client.close()
