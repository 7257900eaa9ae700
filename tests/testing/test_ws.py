"""The /stream WebSocket: connected, subscribe/unsubscribe, ping/pong, channels, diffs, sendtx."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
import websocket

from lighter.testing import LocalExchange

from .helpers import ETH, IOC, Trader


class Ws:
    """A blocking websocket-client connection that reads JSON frames."""

    def __init__(self, url: str) -> None:
        self.sock = websocket.create_connection(url, timeout=5)
        first = self.recv()
        assert first["type"] == "connected" and "session_id" in first

    def send(self, obj: dict[str, Any]) -> None:
        self.sock.send(json.dumps(obj))

    def recv(self) -> dict[str, Any]:
        frame: dict[str, Any] = json.loads(self.sock.recv())
        return frame

    def recv_until(self, pred: Any, limit: int = 50) -> dict[str, Any]:
        for _ in range(limit):
            frame = self.recv()
            if pred(frame):
                return frame
        raise AssertionError("expected frame did not arrive")

    def subscribe(self, channel: str, **extra: Any) -> dict[str, Any]:
        self.send({"type": "subscribe", "channel": channel, **extra})
        return self.recv()

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def trader(onboard_account) -> Trader:
    return Trader(onboard_account(usdc=100_000))


def test_ping_subscribe_unsubscribe_and_errors(local_exchange: LocalExchange) -> None:
    ws = Ws(local_exchange.ws_url)
    ws.send({"type": "ping"})
    assert ws.recv() == {"type": "pong"}
    snap = ws.subscribe("order_book/0")
    assert snap["type"] == "subscribed/order_book" and snap["channel"] == "order_book:0"
    assert (
        snap["order_book"]["asks"] == [] and "offset" in snap["order_book"] and "nonce" in snap["order_book"]
    )
    assert ws.subscribe("order_book/0") == {
        "error": {"code": 30003, "message": "Already Subscribed to : order_book:0"}
    }
    assert ws.subscribe("order_book/99")["error"]["code"] == 30005
    assert ws.subscribe("nonsense")["error"]["code"] == 30005
    assert ws.subscribe("account_all_orders/1")["error"]["code"] == 20001  # auth required
    ws.send({"type": "unsubscribe", "channel": "order_book/0"})
    assert ws.recv() == {"type": "unsubscribed", "channel": "order_book:0"}
    ws.send({"type": "unsubscribe", "channel": "order_book/0"})
    assert ws.recv()["error"]["code"] == 30002
    ws.sock.send("{oops")
    assert ws.recv()["error"]["code"] == 20001
    ws.send({"type": "bogus"})
    assert ws.recv()["error"]["code"] == 20001
    ws.send({"type": "ping"})
    assert ws.recv() == {"type": "pong"}  # still alive
    ws.close()


def test_order_book_diffs_are_contiguous(local_exchange: LocalExchange, trader: Trader) -> None:
    ws = Ws(local_exchange.ws_url)
    snap = ws.subscribe("order_book/0")
    last_nonce, last_offset = snap["order_book"]["nonce"], snap["order_book"]["offset"]
    trader.order(ETH, is_ask=True, base=1000, price=300000)
    trader.order(ETH, is_ask=True, base=500, price=300000)
    trader.order(ETH, is_ask=False, base=200, price=299000)
    levels: dict[tuple[str, str], str] = {}
    for _ in range(3):
        u = ws.recv()
        assert u["type"] == "update/order_book" and u["channel"] == "order_book:0"
        book = u["order_book"]
        assert book["begin_nonce"] == last_nonce and book["offset"] == last_offset + 1
        assert u["offset"] == book["offset"]
        last_nonce, last_offset = book["nonce"], book["offset"]
        for side in ("asks", "bids"):
            for lv in book[side]:
                levels[(side, lv["price"])] = lv["size"]
    assert levels == {("asks", "3000.00"): "0.1500", ("bids", "2990.00"): "0.0200"}
    trader.cancel_all(0)
    u = ws.recv()
    assert {lv["size"] for lv in u["order_book"]["asks"] + u["order_book"]["bids"]} == {"0.0000"}
    ws.close()


def test_market_channels(local_exchange: LocalExchange, onboard_account) -> None:
    a = Trader(onboard_account(usdc=100_000))
    b = Trader(onboard_account(usdc=100_000))
    ws = Ws(local_exchange.ws_url)
    for ch in ("trade/0", "ticker/0", "market_stats/0", "market_stats/all", "height", "candle/0/1m"):
        frame = ws.subscribe(ch)
        assert frame["type"].startswith("subscribed/"), frame
    a.order(ETH, is_ask=True, base=1000, price=300000)
    b.order(ETH, is_ask=False, base=1000, price=300000, tif=IOC)
    seen: dict[str, dict[str, Any]] = {}
    deadline = time.time() + 5
    while time.time() < deadline and len(seen) < 6:
        f = ws.recv()
        seen[f["channel"]] = f
    assert seen["trade:0"]["trades"][0]["price"] == "3000.00"
    assert seen["market_stats:0"]["market_stats"]["last_trade_price"] == "3000.00"
    assert "0" in seen["market_stats:all"]["market_stats"]
    assert seen["height"]["height"] > 0
    assert seen["candle:0:1m"]["candle"]["c"] == 3000.0
    assert seen["ticker:0"]["type"] == "update/ticker"
    ws.close()


def test_account_channels_with_auth(local_exchange: LocalExchange, trader: Trader) -> None:
    ws = Ws(local_exchange.ws_url)
    acc = trader.account
    assert ws.subscribe(f"account_all_orders/{acc}", auth="1:2:3:bad")["error"]["code"] == 20001
    assert (
        ws.subscribe(f"account_all_orders/{acc}", auth=trader.auth())["type"]
        == "subscribed/account_all_orders"
    )
    assert ws.subscribe(f"account_tx/{acc}", auth=trader.auth())["type"] == "subscribed/account_tx"
    assert ws.subscribe(f"account_orders/0/{acc}", auth=trader.auth())["type"] == "subscribed/account_orders"
    for ch in (f"account_all/{acc}", f"user_stats/{acc}", f"account_all_positions/{acc}"):
        assert ws.subscribe(ch)["type"].startswith("subscribed/")
    stats = ws.subscribe(f"account_all_assets/{acc}", auth=trader.auth())
    assert stats["type"] == "subscribed/account_all_assets"
    res = trader.order(ETH, is_ask=False, base=100, price=290000)
    got: dict[str, dict[str, Any]] = {}
    deadline = time.time() + 5
    while time.time() < deadline and len(got) < 7:
        f = ws.recv()
        got[f["type"]] = f
    orders = got["update/account_all_orders"]["orders"]["0"]
    assert orders[0]["status"] == "open" and orders[0]["price"] == "2900.00"
    assert got["update/account_tx"]["txs"][0]["hash"] == res["tx_hash"]
    assert got["update/account_orders"]["orders"]["0"][0]["owner_account_index"] == acc
    assert got["update/user_stats"]["stats"]["collateral"] == "100000.000000"
    ws.close()


def test_send_tx_over_websocket(local_exchange: LocalExchange, trader: Trader) -> None:
    ws = Ws(local_exchange.ws_url)
    tx_type, info, tx_hash = trader.signed(trader.order_tx(ETH, is_ask=False, base=100, price=290000))
    ws.send({"type": "jsonapi/sendtx", "data": {"id": "a1", "tx_type": tx_type, "tx_info": json.loads(info)}})
    reply = ws.recv()
    assert reply["type"] == "jsonapi/sendtx" and reply["id"] == "a1"
    assert reply["code"] == 200 and reply["tx_hash"] == tx_hash
    trader.nonce += 1
    ws.send({"type": "jsonapi/sendtx", "data": {"id": "a2", "tx_type": tx_type, "tx_info": info}})
    reply = ws.recv()
    assert reply["code"] == 21104 and reply["id"] == "a2"  # replay
    infos = [
        trader.signed(trader.order_tx(ETH, is_ask=False, base=100, price=280000 + i), trader.nonce + i)[1]
        for i in range(2)
    ]
    ws.send(
        {
            "type": "jsonapi/sendtxbatch",
            "data": {"id": "b2", "tx_types": json.dumps([14, 14]), "tx_infos": json.dumps(infos)},
        }
    )
    reply = ws.recv()
    assert reply["type"] == "jsonapi/sendtxbatch" and reply["code"] == 200 and len(reply["tx_hash"]) == 2
    ws.send({"type": "jsonapi/sendtx", "data": "nope"})
    assert ws.recv()["code"] == 20001
    assert len(trader.active_orders()) == 3
    ws.close()
