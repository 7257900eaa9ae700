"""HTTP-level refusals (unknown path, wrong method, oversized body) in the {code, message} shape."""

from __future__ import annotations

import httpx
import pytest

from lighter.testing import LocalExchange
from lighter.testing.server import MAX_BODY

from .helpers import ETH, Trader


def error_body(r: httpx.Response, status: int) -> str:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"code", "message"} and body["code"] == status
    message: str = body["message"]
    return message


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/api/v1/sendTx", "application/x-www-form-urlencoded"),
        ("/api/v1/sendTx", "application/json"),
        ("/sim/v1/deposit", "application/json"),
    ],
)
def test_oversized_body_is_413_json(local_exchange: LocalExchange, path: str, content_type: str) -> None:
    with httpx.Client(base_url=local_exchange.base_url, timeout=30) as http:
        r = http.post(path, content=b"x" * (MAX_BODY + 1), headers={"content-type": content_type})
        assert "too large" in error_body(r, 413)
        assert http.get("/sim/v1/health").json()["accounts"] == 0  # nothing happened
        assert http.get("/api/v1/orderBooks").status_code == 200  # and the server goes on


def test_oversized_multipart_is_413_json(local_exchange: LocalExchange) -> None:
    with httpx.Client(base_url=local_exchange.base_url, timeout=30) as http:
        files = {"tx_infos": ("infos.json", b"[" + b" " * MAX_BODY + b"]", "application/json")}
        r = http.post("/api/v1/sendTxBatch", data={"tx_types": "[14]"}, files=files)
        assert "too large" in error_body(r, 413)


def test_broken_multipart_is_400(local_exchange: LocalExchange) -> None:
    with httpx.Client(base_url=local_exchange.base_url, timeout=30) as http:
        headers = {"content-type": "multipart/form-data; boundary=x"}
        for path in ("/api/v1/sendTxBatch", "/sim/v1/deposit"):
            r = http.post(path, content=b"x" * (MAX_BODY // 2), headers=headers)
            assert r.status_code == 400 and r.json() == {
                "code": 20001,
                "message": "invalid param : malformed form body",
            }


def test_body_at_the_limit_is_read(local_exchange: LocalExchange) -> None:
    with httpx.Client(base_url=local_exchange.base_url, timeout=30) as http:
        padding = "x" * (MAX_BODY - 100)
        r = http.post(
            "/api/v1/sendTx",
            content=f"tx_type=14&pad={padding}",
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
        assert r.status_code == 400 and r.json()["code"] == 20001  # read, then refused for its content


def test_wrong_method_is_405_json_with_allow(local_exchange: LocalExchange) -> None:
    with httpx.Client(base_url=local_exchange.base_url) as http:
        r = http.post("/api/v1/orderBooks", data={"a": "1"})
        assert "POST" in error_body(r, 405) and r.headers["Allow"] == "GET, HEAD"
        r = http.get("/api/v1/sendTx")
        assert "GET" in error_body(r, 405) and r.headers["Allow"] == "POST"
        r = http.delete("/api/v1/account")
        error_body(r, 405)
        r = http.post("/api/v1/announcement")  # an unmodelled (static) operation of the spec
        error_body(r, 405)
        r = http.get("/sim/v1/deposit")
        assert error_body(r, 405) and r.headers["Allow"] == "POST"


def test_unknown_path_is_404_json(local_exchange: LocalExchange) -> None:
    with httpx.Client(base_url=local_exchange.base_url) as http:
        assert "/api/v1/noSuchThing" in error_body(http.get("/api/v1/noSuchThing"), 404)
        error_body(http.post("/api/v2/sendTx"), 404)
        error_body(http.get("/stream"), 400)  # a plain GET on the WebSocket path


def test_server_still_trades_after_http_refusals(local_exchange: LocalExchange, onboard_account) -> None:
    t = Trader(onboard_account())
    with httpx.Client(base_url=local_exchange.base_url, timeout=30) as http:
        http.post("/api/v1/sendTx", content=b"x" * (MAX_BODY + 1))
        http.put("/api/v1/sendTx")
    t.order(ETH, is_ask=False, base=100, price=290000)
    assert t.next_nonce() == t.nonce
