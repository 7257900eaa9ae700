"""Fault injection: 429/5xx with Retry-After, delays, WebSocket drops, order-book gaps, invalid nonces."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import websocket

from lighter.testing import LocalExchange

from .helpers import ETH, Trader
from .test_ws import Ws


def test_http_errors_then_recovery(local_exchange: LocalExchange) -> None:
    lx = local_exchange
    with httpx.Client(base_url=lx.base_url) as http:
        lx.faults.http_error("/api/v1/orderBooks", status=429, count=2, retry_after=1.5)
        for _ in range(2):
            r = http.get("/api/v1/orderBooks")
            assert r.status_code == 429 and r.headers["Retry-After"] == "1.5"
            assert r.json() == {"code": 23000, "message": "Too Many Requests"}
        assert http.get("/api/v1/orderBooks").status_code == 200
        assert http.get("/api/v1/funding-rates").status_code == 200  # other paths untouched
        r = http.post("/sim/v1/faults", json={"http_error": {"path": "/api/v1/", "status": 503, "count": 1}})
        assert r.status_code == 200
        r = http.get("/api/v1/exchangeStats")
        assert r.status_code == 503 and set(r.json()) == {"code", "message"}
        assert http.get("/api/v1/exchangeStats").status_code == 200
        r = http.post("/sim/v1/faults", json={"http_error": {"status": 200}})
        assert r.status_code == 400
        r = http.post("/sim/v1/faults", json={"explode": True})
        assert r.status_code == 400 and "unknown fault" in r.json()["message"]


def test_delay_holds_the_request_until_released(local_exchange: LocalExchange) -> None:
    """No clock: a long delay holds the request while other paths answer; clearing releases it."""
    lx = local_exchange
    lx.faults.delay("/api/v1/orderBooks", seconds=60, count=1)
    with httpx.Client(base_url=lx.base_url, timeout=30) as http, ThreadPoolExecutor(1) as pool:
        held = pool.submit(http.get, "/api/v1/orderBooks")
        assert lx.wait_for(lambda _ex: lx.faults.describe()["delaying_now"] == 1, timeout=10)
        assert http.get("/api/v1/exchangeStats").status_code == 200  # another path is not held
        assert not held.done()
        lx.faults.clear()
        assert held.result(10).status_code == 200
        assert http.get("/api/v1/orderBooks").status_code == 200  # count=1: the next one is not held
        state = http.get("/sim/v1/faults").json()
    assert state["delayed"] == [{"path": "/api/v1/orderBooks", "seconds": 60.0}]
    assert state["delaying_now"] == 0 and state["delays"] == []


def test_stop_releases_held_requests() -> None:
    lx = LocalExchange().start()
    thread = lx._thread
    assert thread is not None
    lx.faults.delay("/api/v1/orderBooks", seconds=60)
    with httpx.Client(base_url=lx.base_url, timeout=30) as http, ThreadPoolExecutor(1) as pool:
        held = pool.submit(http.get, "/api/v1/orderBooks")
        assert lx.wait_for(lambda _ex: lx.faults.describe()["delaying_now"] == 1, timeout=10)
        lx.stop()  # waits up to 10 s for the server thread: far less than the 60 s hold
        assert not thread.is_alive()
        try:
            held.result(30)  # answered, or cut by the shutdown: either way no longer held
        except httpx.TransportError:
            pass


def test_invalid_nonce_fault_does_not_move_nonce(local_exchange: LocalExchange, onboard_account) -> None:
    t = Trader(onboard_account())
    local_exchange.faults.invalid_nonce_next(1)
    r = t.send(t.order_tx(ETH, is_ask=False, base=100, price=290000))
    assert r.status_code == 400 and r.json() == {"code": 21104, "message": "invalid nonce"}
    assert t.next_nonce() == t.nonce
    assert t.send(t.order_tx(ETH, is_ask=False, base=100, price=290000)).status_code == 200


def closed_by_server(ws: Ws) -> bool:
    """True once the server has closed the socket (a close frame or a reset)."""
    try:
        for _ in range(5):
            if ws.sock.recv() in ("", b""):
                return True
    except (websocket.WebSocketConnectionClosedException, ConnectionError, OSError):
        return True
    return False


def test_drop_ws_now_and_every(local_exchange: LocalExchange) -> None:
    lx = local_exchange
    ws = Ws(lx.ws_url)
    assert lx.faults.drop_ws() == 1
    assert closed_by_server(ws)
    lx.faults.drop_ws_every(0.2)
    for _ in range(2):  # the drop repeats: each new connection is closed in turn
        assert closed_by_server(Ws(lx.ws_url))
    assert lx.faults.describe()["ws_drops"] >= 3
    lx.faults.clear()
    ws = Ws(lx.ws_url)
    ws.send({"type": "ping"})
    assert ws.recv() == {"type": "pong"}


def test_skipped_order_book_update_is_a_visible_gap(local_exchange: LocalExchange, onboard_account) -> None:
    t = Trader(onboard_account())
    ws = Ws(local_exchange.ws_url)
    snap = ws.subscribe("order_book/0")
    nonce = snap["order_book"]["nonce"]
    t.order(ETH, is_ask=False, base=100, price=290000)
    first = ws.recv()["order_book"]
    assert first["begin_nonce"] == nonce
    with httpx.Client(base_url=local_exchange.base_url) as http:
        assert http.post("/sim/v1/faults", json={"skip_order_book_update": 0}).status_code == 200
    t.order(ETH, is_ask=False, base=100, price=289000)  # this diff is swallowed
    t.order(ETH, is_ask=False, base=100, price=288000)
    after = ws.recv()["order_book"]
    assert after["begin_nonce"] != first["nonce"] and after["offset"] == first["offset"] + 2
    ws.send({"type": "unsubscribe", "channel": "order_book/0"})
    ws.recv()
    fresh = ws.subscribe("order_book/0")  # resync: a snapshot with all three levels
    assert [lv["price"] for lv in fresh["order_book"]["bids"]] == ["2900.00", "2890.00", "2880.00"]
    assert fresh["order_book"]["nonce"] == after["nonce"]
    json.dumps(fresh)


def test_deposit_admin_bad_input(local_exchange: LocalExchange) -> None:
    with httpx.Client(base_url=local_exchange.base_url) as http:
        for body in (
            {},
            {"l1_address": "0x12", "amount": 1},
            {"l1_address": "0x" + "11" * 20},
            {"l1_address": "0x" + "11" * 20, "amount": -5},
            {"l1_address": "0x" + "11" * 20, "amount": 5, "asset_index": 99},
            {"l1_address": "0x" + "11" * 20, "amount": 5, "asset_index": 1, "route": 0},
        ):
            r = http.post("/sim/v1/deposit", json=body)
            assert r.status_code == 400 and r.json()["code"] == 20001, body
        r = http.post("/sim/v1/deposit", content=b"{", headers={"content-type": "application/json"})
        assert r.status_code == 400
        assert http.get("/sim/v1/health").json()["accounts"] == 0


ADDRESS = "0x" + "22" * 20


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"l1_address": ADDRESS, "amount": 1.5}, "amount"),
        ({"l1_address": ADDRESS, "amount": 2.0}, "amount"),
        ({"l1_address": ADDRESS, "amount": True}, "amount"),
        ({"l1_address": ADDRESS, "amount": "1.5"}, "amount"),
        ({"l1_address": ADDRESS, "amount": "1e6"}, "amount"),
        ({"l1_address": ADDRESS, "amount": 0}, "amount"),
        ({"l1_address": ADDRESS, "amount": [5]}, "amount"),
        ({"l1_address": ADDRESS, "amount": 5, "asset_index": 3.0}, "asset_index"),
        ({"l1_address": ADDRESS, "amount": 5, "asset_index": -3}, "asset_index"),
        ({"l1_address": ADDRESS, "amount": 5, "route": 0.5}, "route"),
    ],
)
def test_deposit_refuses_non_integers(local_exchange: LocalExchange, body: dict, field: str) -> None:
    with httpx.Client(base_url=local_exchange.base_url) as http:
        r = http.post("/sim/v1/deposit", json=body)
        assert r.status_code == 400, r.text
        answer = r.json()
        assert set(answer) == {"code", "message"} and answer["code"] == 20001
        assert field in answer["message"]
        assert http.get("/sim/v1/health").json()["accounts"] == 0  # nothing created or funded
        # the same amount as a form string of digits is fine; a decimal string is not
        assert http.post("/sim/v1/deposit", data={"l1_address": ADDRESS, "amount": "1.5"}).status_code == 400
        ok = http.post("/sim/v1/deposit", data={"l1_address": ADDRESS, "amount": "1500000"})
        assert ok.status_code == 200 and ok.json()["collateral"] == "1.500000"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"invalid_nonce_next": 1.5}, "invalid_nonce_next"),
        ({"invalid_nonce_next": -1}, "invalid_nonce_next"),
        ({"invalid_nonce_next": True}, "invalid_nonce_next"),
        ({"skip_order_book_update": 0.5}, "skip_order_book_update"),
        ({"skip_order_book_update": -2}, "skip_order_book_update"),
        ({"http_error": {"status": 429.9}}, "http_error.status"),
        ({"http_error": {"count": 1.5}}, "http_error.count"),
        ({"http_error": {"count": 0}}, "http_error.count"),
        ({"http_error": {"retry_after": True}}, "http_error.retry_after"),
        ({"http_error": {"path": 5}}, "http_error.path"),
        ({"delay": {"seconds": "soon"}}, "delay.seconds"),
        ({"delay": {"seconds": 0.1, "count": 2.5}}, "delay.count"),
        ({"delay": {"seconds": 61}}, "delay.seconds"),
        ({"drop_ws_every": "often"}, "drop_ws_every"),
        ({"drop_ws": "maybe"}, "drop_ws"),
        ({"invalid_nonce_next": 1, "http_error": {"count": 1.5}}, "http_error.count"),
    ],
)
def test_faults_refuse_non_integers(local_exchange: LocalExchange, body: dict, field: str) -> None:
    with httpx.Client(base_url=local_exchange.base_url) as http:
        before = http.get("/sim/v1/faults").json()
        r = http.post("/sim/v1/faults", json=body)
        assert r.status_code == 400, r.text
        answer = r.json()
        assert set(answer) == {"code", "message"} and answer["code"] == 20001
        assert field in answer["message"]
        assert http.get("/sim/v1/faults").json() == before  # a refused request sets no fault at all
