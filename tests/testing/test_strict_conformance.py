"""The fidelity contract: every operation of openapi.yaml and every WebSocket channel of the local exchange
answers a body that validates strictly (tests/strict_schema.py) against openapi.yaml.

The operations are read from the spec, never listed here, so an operation added to openapi.yaml is called
(and must validate) without touching this file. Parameters come from the spec (enum, default, example) with
a few values that must name real state (accounts, markets, a transaction hash). One exchange, with two
accounts that deposited, traded, transferred, withdrew and paid funding, serves the whole module.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from lighter import Lighter
from lighter.testing import LocalExchange, onboard

from .helpers import ETH, IOC, SPOT_ETH, Trader

pytest.importorskip("jsonschema")
strict_schema = pytest.importorskip("strict_schema")

OPERATIONS = strict_schema.operations()
WS_SCHEMAS = {  # channel -> WebSocket component schema of its frames
    "order_book": "WsOrderBookUpdate",
    "ticker": "WsTickerUpdate",
    "market_stats": "WsMarketStatsUpdate",
    "spot_market_stats": "WsSpotMarketStatsUpdate",
    "trade": "WsTradeUpdate",
    "candle": "WsCandleUpdate",
    "height": "WsHeightUpdate",
    "account_all": "WsAccountAllUpdate",
    "account_market": "WsAccountMarketUpdate",
    "user_stats": "WsUserStatsUpdate",
    "account_tx": "WsAccountTxUpdate",
    "account_all_orders": "WsAccountAllOrdersUpdate",
    "account_orders": "WsAccountOrdersUpdate",
    "account_all_trades": "WsAccountAllTradesUpdate",
    "account_all_positions": "WsAccountAllPositionsUpdate",
    "account_all_assets": "WsAccountAllAssetsUpdate",
    "account_spot_avg_entry_prices": "WsAccountSpotAvgEntryPricesUpdate",
    "notification": "WsNotificationUpdate",
    "pool_data": "WsPoolDataUpdate",
    "pool_info": "WsPoolInfoUpdate",
}


class World:
    """The module's exchange and the state its calls refer to."""

    def __init__(self, lx: LocalExchange) -> None:
        self.lx = lx
        self.a = Trader(onboard(lx.base_url, chain_id=lx.chain_id, usdc=100_000))
        self.b = Trader(onboard(lx.base_url, chain_id=lx.chain_id, usdc=100_000))
        a, b = self.a, self.b
        lx.deposit(a.creds.l1_address, amount=10**8, asset_index=1)  # 1 ETH on the spot route
        a.order(ETH, is_ask=True, base=2000, price=300000)
        b.order(ETH, is_ask=False, base=1000, price=300000, tif=IOC)
        a.order(ETH, is_ask=False, base=100, price=250000)
        a.order(SPOT_ETH, is_ask=True, base=100, price=300000)
        self.tx_hash = a.order(ETH, is_ask=True, base=500, price=311000)["tx_hash"]
        with Lighter.from_env(a.creds.as_env()) as client:
            client.wait_for_tx(client.transfer(to_account_index=b.account, asset="USDC", amount="25"))
            client.wait_for_tx(client.withdraw("USDC", "10"))
        a.nonce = a.next_nonce()
        lx.set_index_price(ETH, 299_000)
        lx.settle_funding()
        self.now_ms = int(time.time() * 1000)

    def auth(self) -> dict[str, str]:
        return {"authorization": self.a.auth()}


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    with LocalExchange() as lx:
        w = World(lx)
        yield w
        w.a.close()
        w.b.close()


def _param(p: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in p:
        return strict_schema.spec()["components"]["parameters"][p["$ref"].rsplit("/", 1)[1]]  # type: ignore[no-any-return]
    return p


def _schema_value(schema: dict[str, Any]) -> Any:
    """A valid value for a parameter or form field: its default, first enum value, example, or a zero."""
    for key in ("default", "example"):
        if key in schema:
            return schema[key]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    kind = next(k for k in kind if k != "null") if isinstance(kind, list) else kind
    return {"integer": 1, "number": 1, "boolean": "true", "array": "[]"}.get(kind or "", "x")


def _values(w: World, op_id: str) -> dict[str, Any]:
    """Values that must name the module's real state, by parameter name (then per operation)."""
    a = w.a
    day_ms = 86_400_000
    values: dict[str, Any] = {
        "account_index": a.account,
        "master_account_index": a.account,
        "target_account_index": a.account,
        "l1_address": a.creds.l1_address,
        "market_id": ETH,
        "market_index": ETH,
        "limit": 10,
        "start_timestamp": w.now_ms - day_ms,
        "end_timestamp": w.now_ms + 60_000,
        "count_back": 10,
        "api_key_index": a.creds.api_key_index,
        "client_order_indexes": "1,2",
        "by": "index",
        "value": str(a.account),
    }
    per_op: dict[str, dict[str, Any]] = {
        "account_txs": {"by": "account_index"},
        "tx": {"by": "hash", "value": w.tx_hash},
        "block": {"by": "height", "value": "1"},
        "block_txs": {"by": "block_height", "value": "1"},
        "fundings": {"resolution": "1h"},
        "public_pools_metadata": {"index": 0},
        # an up/down series of the local exchange, in seconds and at most 24 hours (i19)
        "up_down_candles": {
            "symbol": "btc",
            "duration": "5m",
            "start_timestamp": w.now_ms // 1000 - 600,
            "end_timestamp": w.now_ms // 1000,
        },
    }
    values.update(per_op.get(op_id, {}))
    return values


def _request(w: World, method: str, path: str, op: dict[str, Any]) -> dict[str, Any]:
    """httpx request arguments for a valid call of ``op``."""
    values = _values(w, op["operationId"])
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    for p in map(_param, op.get("parameters", [])):
        name = p["name"]
        if name == "authorization":
            headers["authorization"] = w.a.auth()
        elif name == "auth":
            params["auth"] = w.a.auth()
        elif p.get("required") or name in values:
            params[name] = values.get(name, _schema_value(p.get("schema", {})))
    kwargs: dict[str, Any] = {"params": params, "headers": headers}
    body = op.get("requestBody")
    if body:
        ctype, content = next(iter(body["content"].items()))
        schema = content["schema"]
        if "$ref" in schema:
            schema = strict_schema.spec()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
        fields = {
            name: values.get(name, _schema_value(schema["properties"][name]))
            for name in schema.get("required", [])
        }
        if ctype == "application/json":
            kwargs["json"] = fields
        else:
            kwargs["data"] = {k: v if isinstance(v, str) else json.dumps(v) for k, v in fields.items()}
    if path == "/api/v1/sendTx":
        tx_type, info, _ = w.a.signed(w.a.order_tx(ETH, is_ask=False, base=100, price=280000))
        w.a.nonce += 1
        kwargs["data"] = {"tx_type": tx_type, "tx_info": info}
    elif path == "/api/v1/sendTxBatch":
        infos = []
        for i in range(2):
            infos.append(w.a.signed(w.a.order_tx(ETH, is_ask=False, base=100, price=270000 + i))[1])
            w.a.nonce += 1
        kwargs["data"] = {"tx_types": "[14,14]", "tx_infos": json.dumps(infos)}
    return kwargs


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=[f"{m} {p}" for m, p, _ in OPERATIONS])
def test_every_operation_answers_strictly_valid(
    world: World, method: str, path: str, op: dict[str, Any]
) -> None:
    with httpx.Client(base_url=world.lx.base_url, timeout=10) as http:
        resp = http.request(method, path, **_request(world, method, path, op))
    assert resp.status_code == 200, f"{method} {path}: {resp.status_code} {resp.text[:300]}"
    errors = strict_schema.response_errors(method, path, 200, resp.json())
    assert not errors, f"{method} {path}: " + "; ".join(errors[:8])


AUTH_OPERATIONS = [
    (m, p, op)
    for m, p, op in OPERATIONS
    if any(_param(x)["name"] in ("authorization", "auth") for x in op.get("parameters", []))
]


def _names_account(kwargs: dict[str, Any]) -> bool:
    fields = {**kwargs["params"], **kwargs.get("data", {}), **kwargs.get("json", {})}
    return bool({"account_index", "value", "l1_address"} & set(fields))


@pytest.mark.parametrize(
    ("method", "path", "op"), AUTH_OPERATIONS, ids=[f"{m} {p}" for m, p, _ in AUTH_OPERATIONS]
)
def test_auth_is_enforced_where_the_spec_asks(
    world: World, method: str, path: str, op: dict[str, Any]
) -> None:
    """No token: refused where the spec requires one. A garbage token, or a token of another account for
    a request about this one: refused everywhere. Refusals are HTTP 400 ``{code: 20001, message}``."""
    if path in ("/api/v1/sendTx", "/api/v1/sendTxBatch"):
        pytest.skip("signed transactions authenticate themselves")
    required = any(
        _param(x)["name"] in ("authorization", "auth") and _param(x).get("required")
        for x in op.get("parameters", [])
    )
    kwargs = _request(world, method, path, op)
    token_at = "headers" if "authorization" in kwargs["headers"] else "params"
    cases: list[tuple[str, str | None]] = [("garbage", "not-a-token")]
    if required:
        cases.append(("missing", None))
    if _names_account(kwargs):
        cases.append(("other account", world.b.auth()))
    with httpx.Client(base_url=world.lx.base_url, timeout=10) as http:
        for why, token in cases:
            attempt = {**kwargs, "headers": dict(kwargs["headers"]), "params": dict(kwargs["params"])}
            attempt[token_at].pop("authorization" if token_at == "headers" else "auth", None)
            if token is not None:
                attempt[token_at]["authorization" if token_at == "headers" else "auth"] = token
            resp = http.request(method, path, **attempt)
            assert resp.status_code == 400, f"{method} {path} with a {why} token: {resp.text[:200]}"
            assert resp.json()["code"] == 20001, resp.text
            assert not strict_schema.response_errors(method, path, 400, resp.json())


def test_auth_accepts_a_sub_account_token_of_the_same_owner(world: World) -> None:
    """A token is good for its own account and for the accounts of the same L1 owner (as before)."""
    with httpx.Client(base_url=world.lx.base_url, timeout=10) as http:
        resp = http.get(
            "/api/v1/accountLimits", params={"account_index": world.a.account}, headers=world.auth()
        )
    assert resp.status_code == 200 and resp.json()["user_tier"] in ("std", "prm")


def test_static_answers_and_auth_rules_follow_the_spec() -> None:
    """static_payloads.json and auth_rules.json are what scripts/generate makes of openapi.yaml now."""
    from lighter.testing import _static_gen, rest

    assert rest.static_payloads() == _static_gen.build(strict_schema.spec())
    assert rest.auth_rules() == _static_gen.auth_rules(strict_schema.spec())
