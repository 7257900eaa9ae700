"""The local exchange's REST answers validate against the repo's openapi.yaml (JSON Schema 2020-12, OAS 3.1).

Every implemented operation is called with real state (two onboarded accounts that traded); 200 bodies are
checked against the operation's 200 schema and 400 bodies against its error schema. The static answers of
the other operations are checked too. Needs ``jsonschema`` (skipped without it).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from lighter.testing import LocalExchange
from lighter.testing.rest import auth_rules, static_payloads

from .helpers import ETH, IOC, SPOT_ETH, Trader

pytest.importorskip("jsonschema")
strict_schema = pytest.importorskip("strict_schema")

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    if not SPEC_PATH.exists():
        pytest.skip("openapi.yaml not found")
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


def validate(spec: dict[str, Any], method: str, path: str, resp: httpx.Response) -> None:
    """Strict validation (tests/strict_schema.py) of one answer against its operation's schema."""
    assert path in spec["paths"], path
    errors = strict_schema.response_errors(method, path, resp.status_code, resp.json())
    assert not errors, f"{method} {path} -> {resp.status_code}: " + "; ".join(errors[:5])


def test_rest_answers_validate(spec: dict[str, Any], local_exchange: LocalExchange, onboard_account) -> None:
    a = Trader(onboard_account(usdc=100_000))
    b = Trader(onboard_account(usdc=100_000))
    local_exchange.deposit(a.creds.l1_address, amount=10**8, asset_index=1)
    a.order(ETH, is_ask=True, base=2000, price=300000)
    b.order(ETH, is_ask=False, base=1000, price=300000, tif=IOC)
    a.order(ETH, is_ask=False, base=100, price=250000)
    a.order(SPOT_ETH, is_ask=True, base=100, price=300000)
    a.cancel_all(0)
    a.order(ETH, is_ask=True, base=500, price=310000)
    tx_hash = a.order(ETH, is_ask=True, base=500, price=311000)["tx_hash"]
    local_exchange.set_index_price(ETH, 299_000)
    local_exchange.settle_funding()  # fundings, positionFunding and funding fields have entries
    now = int(time.time())
    auth = {"authorization": a.auth()}
    calls: list[tuple[str, str, dict[str, Any], dict[str, str] | None]] = [
        ("GET", "/", {}, None),
        ("GET", "/info", {}, None),
        ("GET", "/api/v1/accountsByL1Address", {"l1_address": a.creds.l1_address}, None),
        ("GET", "/api/v1/account", {"by": "index", "value": a.account}, None),
        ("GET", "/api/v1/account", {"by": "l1_address", "value": b.creds.l1_address}, None),
        ("GET", "/api/v1/apikeys", {"account_index": a.account}, None),
        ("GET", "/api/v1/nextNonce", {"account_index": a.account, "api_key_index": 3}, None),
        ("GET", "/api/v1/orderBooks", {}, None),
        ("GET", "/api/v1/orderBookDetails", {}, None),
        ("GET", "/api/v1/orderBookOrders", {"market_id": ETH, "limit": 50}, None),
        ("GET", "/api/v1/recentTrades", {"market_id": ETH, "limit": 50}, None),
        ("GET", "/api/v1/trades", {"sort_by": "timestamp", "limit": 50, "account_index": a.account}, auth),
        (
            "GET",
            "/api/v1/candles",
            {
                "market_id": ETH,
                "resolution": "1m",
                "start_timestamp": 0,
                "end_timestamp": now + 60,
                "count_back": 10,
            },
            None,
        ),
        (
            "GET",
            "/api/v1/fundings",
            {
                "market_id": ETH,
                "resolution": "1h",
                "start_timestamp": 0,
                "end_timestamp": now,
                "count_back": 10,
            },
            None,
        ),
        ("GET", "/api/v1/funding-rates", {}, None),
        ("GET", "/api/v1/positionFunding", {"account_index": b.account, "limit": 10}, auth),
        ("GET", "/api/v1/positionFunding", {"account_index": a.account, "limit": 1, "side": "short"}, None),
        ("GET", "/api/v1/accountActiveOrders", {"account_index": a.account, "market_id": ETH}, auth),
        ("GET", "/api/v1/accountInactiveOrders", {"account_index": a.account, "limit": 50}, auth),
        ("GET", "/api/v1/accountTxs", {"by": "account_index", "value": a.account, "limit": 50}, None),
        ("GET", "/api/v1/tx", {"by": "hash", "value": tx_hash}, None),
        ("GET", "/api/v1/txs", {"limit": 50}, None),
        ("GET", "/api/v1/exchangeStats", {}, None),
        ("GET", "/api/v1/currentHeight", {}, None),
        ("GET", "/api/v1/assetDetails", {}, None),
        # error answers
        ("GET", "/api/v1/accountsByL1Address", {"l1_address": "0x" + "99" * 20}, None),
        ("GET", "/api/v1/nextNonce", {"account_index": "x", "api_key_index": 3}, None),
        ("GET", "/api/v1/accountActiveOrders", {"account_index": a.account}, None),
        ("GET", "/api/v1/fundings", {"market_id": ETH, "resolution": "5m"}, None),
        ("GET", "/api/v1/tx", {"by": "hash", "value": "00"}, None),
    ]
    checked = 0
    with httpx.Client(base_url=a.creds.base_url) as http:
        for method, path, params, headers in calls:
            resp = http.request(method, path, params=params, headers=headers)
            assert resp.status_code in (200, 400), (path, resp.text)
            validate(spec, method, path, resp)
            checked += 1
        tx_type, info, _ = a.signed(a.order_tx(ETH, is_ask=False, base=100, price=280000))
        resp = http.post("/api/v1/sendTx", data={"tx_type": tx_type, "tx_info": info})
        validate(spec, "POST", "/api/v1/sendTx", resp)
        a.nonce += 1
        resp = http.post("/api/v1/sendTx", data={"tx_type": tx_type, "tx_info": info})
        assert resp.status_code == 400
        validate(spec, "POST", "/api/v1/sendTx", resp)
        infos = [
            a.signed(a.order_tx(ETH, is_ask=False, base=100, price=270000 + i), a.nonce + i)[1]
            for i in range(2)
        ]
        import json

        resp = http.post("/api/v1/sendTxBatch", data={"tx_types": "[14,14]", "tx_infos": json.dumps(infos)})
        assert resp.status_code == 200
        validate(spec, "POST", "/api/v1/sendTxBatch", resp)
        checked += 3
    assert checked == len(calls) + 3


def test_static_answers_validate(spec: dict[str, Any], local_exchange: LocalExchange) -> None:
    live = {f"{r.method} {r.path}" for r in local_exchange._server().rest.routes()}  # type: ignore[attr-defined]
    # operations that require an auth token are called with one by test_strict_conformance.py
    required = {k for k, rule in auth_rules().items() if rule == "required"}
    ops = [(k.split(" ", 1)[0], k.split(" ", 1)[1]) for k in static_payloads() if k not in live | required]
    assert ops
    with httpx.Client(base_url=local_exchange.base_url) as http:
        for method, path in ops:
            if path not in spec["paths"]:
                continue
            resp = http.request(method, path)
            assert resp.status_code == 200, (path, resp.text)
            validate(spec, method, path, resp)
