"""A small in-process stand-in for the exchange, served through httpx.MockTransport.

It checks what a client must get right (form encoding, strict nonces, real signatures, auth tokens) and
can be told to fail; the full local exchange (lighter.testing) is used by the integration tests.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx

from lighter.signing import PrivateKey, verify, verify_auth_token
from lighter.transactions import decode

DATA = Path(__file__).parents[1] / "data" / "real-payloads" / "rest"
ACCOUNT = 77
KEY_INDEX = 4
API_KEY = PrivateKey.from_hex("11" * 40)
CHAIN_ID = 304


def order_book_details() -> dict[str, Any]:
    perps = json.loads((DATA / "orderBookDetails__1.json").read_text())
    spot = json.loads((DATA / "orderBookDetails__2.json").read_text())
    return {
        "code": 200,
        "order_book_details": perps["order_book_details"],
        "spot_order_book_details": spot["spot_order_book_details"],
    }


class FakeExchange:
    def __init__(self) -> None:
        self.next_nonce: dict[int, int] = {KEY_INDEX: 5}
        self.keys = {KEY_INDEX: API_KEY.public_key.hex()}
        self.sent: list[Any] = []  # decoded txs, in acceptance order
        self.requests: list[httpx.Request] = []
        self.fail: list[Callable[[httpx.Request], httpx.Response | None]] = []
        self.lock = threading.Lock()
        self.best = ("3000.00", "3000.50")

    def handler(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.requests.append(request)
            for hook in list(self.fail):
                response = hook(request)
                if response is not None:
                    return response
            return self.route(request)

    def route(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        q = dict(request.url.params)
        if path == "/api/v1/nextNonce":
            return httpx.Response(
                200, json={"code": 200, "nonce": self.next_nonce.get(int(q["api_key_index"]), 0)}
            )
        if path == "/api/v1/orderBookDetails":
            return httpx.Response(200, json=order_book_details())
        if path == "/api/v1/assetDetails":
            return httpx.Response(200, json=json.loads((DATA / "assetDetails__1.json").read_text()))
        if path == "/api/v1/orderBookOrders":
            bid, ask = self.best
            return httpx.Response(
                200,
                json={
                    "code": 200,
                    "total_asks": 1,
                    "asks": [{"price": ask}],
                    "total_bids": 1,
                    "bids": [{"price": bid}],
                },
            )
        if path == "/api/v1/sendTx":
            form = {k: v[0] for k, v in parse_qs(request.content.decode()).items()}
            return self.accept([(int(form["tx_type"]), form["tx_info"])])
        if path == "/api/v1/sendTxBatch":
            form = {k: v[0] for k, v in parse_qs(request.content.decode()).items()}
            return self.accept(
                list(zip(json.loads(form["tx_types"]), json.loads(form["tx_infos"]), strict=True))
            )
        if path == "/api/v1/tx":
            for tx in self.sent:
                if tx["hash"] == q["value"]:
                    return httpx.Response(200, json={"code": 200, **tx})
            return httpx.Response(400, json={"code": 21500, "message": "transaction not found"})
        if path == "/api/v1/accountActiveOrders":
            token = request.headers.get("authorization", "")
            if not token or not verify_auth_token(token, self.keys[KEY_INDEX]):
                return httpx.Response(400, json={"code": 20001, "message": "invalid param : auth"})
            return httpx.Response(200, json={"code": 200, "orders": []})
        return httpx.Response(404, text="404 page not found")

    def accept(self, items: list[tuple[int, str]]) -> httpx.Response:
        hashes = []
        expected = {k: v for k, v in self.next_nonce.items()}
        for tx_type, info in items:
            tx = decode(tx_type, info)
            pub = self.keys.get(tx.api_key_index)
            message = tx.hash(CHAIN_ID)
            if pub is None or tx.sig is None or not verify(pub, message, tx.sig):
                return httpx.Response(400, json={"code": 21120, "message": "invalid signature"})
            if tx.nonce != expected.get(tx.api_key_index, 0):
                return httpx.Response(400, json={"code": 21104, "message": "invalid nonce"})
            expected[tx.api_key_index] = tx.nonce + 1
            hashes.append(message.hex())
        self.next_nonce = expected
        for (tx_type, info), h in zip(items, hashes, strict=True):
            self.sent.append({"hash": h, "type": tx_type, "info": info, "status": 2, "executed_at": 1})
        body: dict[str, Any] = {
            "code": 200,
            "message": '{"ratelimit": "didn\'t use volume quota"}',
            "predicted_execution_time_ms": 1766088500120,
            "volume_quota_remaining": 99,
        }
        body["tx_hash"] = hashes if len(items) > 1 else hashes[0]
        return httpx.Response(200, json=body)

    def decoded(self) -> list[Any]:
        return [decode(t["type"], t["info"]) for t in self.sent]
