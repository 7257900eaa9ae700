"""The server's order-book checksum (``LocalExchange.book_checksum``, ``GET /sim/v1/book_checksum``) equals
the checksum of the book ``lighter.WsClient`` builds from the ``order_book`` channel."""

from __future__ import annotations

import time

import httpx

from lighter import WsClient
from lighter.testing import LocalExchange
from lighter.ws import book_checksum

from .helpers import ETH, IOC, Trader


def server_book(http: httpx.Client, market_id: int, **params: int) -> dict[str, int]:
    resp = http.get("/sim/v1/book_checksum", params={"market_id": market_id, **params})
    assert resp.status_code == 200, resp.text
    body: dict[str, int] = resp.json()
    return body


def test_client_book_checksum_equals_the_servers(local_exchange: LocalExchange, onboard_account) -> None:
    a = Trader(onboard_account(usdc=100_000))
    b = Trader(onboard_account(usdc=100_000))
    http = httpx.Client(base_url=local_exchange.base_url, timeout=10)
    empty = server_book(http, ETH)
    assert empty["checksum"] == book_checksum([], []) == local_exchange.book_checksum(ETH)
    assert empty["depth"] == 25 and empty["market_id"] == ETH

    with WsClient(local_exchange.ws_url) as ws:
        ws.subscribe_order_book(ETH, wait=True)
        for i in range(4):
            a.order(ETH, is_ask=True, base=1000 + 10 * i, price=300000 + 100 * i)
            a.order(ETH, is_ask=False, base=2000 + 10 * i, price=299000 - 100 * i)
        b.order(ETH, is_ask=False, base=1500, price=300100, tif=IOC)  # eats level 1, part of level 2
        b.order(ETH, is_ask=True, base=500, price=299000, tif=IOC)  # part of the best bid
        server = server_book(http, ETH)
        deadline = time.monotonic() + 10
        while ws.order_book(ETH).nonce != server["nonce"] and time.monotonic() < deadline:
            ws.get(timeout=0.5)
        book = ws.order_book(ETH)
        assert book.is_synced and book.nonce == server["nonce"]
        assert str(book.best_ask[0] if book.best_ask else None) == "3001.00"
        assert str(book.best_bid[1] if book.best_bid else None) == "0.1500"
        assert book.checksum() == server["checksum"] == local_exchange.book_checksum(ETH)
        assert server["checksum"] != empty["checksum"]
        top2 = server_book(http, ETH, depth=2)["checksum"]
        assert book.checksum(2) == top2 == local_exchange.book_checksum(ETH, depth=2)
        assert top2 != server["checksum"]  # the depth matters: four levels a side rest
    http.close()


def test_book_checksum_route_refuses_bad_input(local_exchange: LocalExchange) -> None:
    http = httpx.Client(base_url=local_exchange.base_url, timeout=10)
    for params in ({}, {"market_id": 99}, {"market_id": "x"}, {"market_id": 0, "depth": 0}):
        resp = http.get("/sim/v1/book_checksum", params=params)
        body = resp.json()
        assert resp.status_code == 400 and set(body) == {"code", "message"}, (params, body)
    assert http.get("/sim/v1/health").status_code == 200
    http.close()
