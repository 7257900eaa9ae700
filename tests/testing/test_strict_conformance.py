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
from pathlib import Path
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
        lx.deposit(b.creds.l1_address, amount=10**9, asset_index=3, route=1)  # 1000 USDC on the spot route
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
    assert rest.param_rules() == _static_gen.param_rules(strict_schema.spec())


def _modelled(world: World) -> set[str]:
    return world.lx._server().rest._modelled  # type: ignore[attr-defined,no-any-return]


def test_limits_outside_the_spec_bounds_are_refused(world: World) -> None:
    """Every modelled operation with a bounded ``limit`` refuses 0 and its maximum + 1 (20001) and takes
    its maximum."""
    checked = 0
    with httpx.Client(base_url=world.lx.base_url, timeout=10) as http:
        for method, path, op in OPERATIONS:
            limit = next((_param(p) for p in op.get("parameters", []) if _param(p)["name"] == "limit"), None)
            modelled = f"{method} {path}" in _modelled(world)
            if limit is None or "maximum" not in limit["schema"] or not modelled or method != "GET":
                continue
            highest = limit["schema"]["maximum"]
            for value, status in ((0, 400), (highest + 1, 400), (highest, 200)):
                kwargs = _request(world, method, path, op)
                kwargs["params"]["limit"] = value
                resp = http.request(method, path, **kwargs)
                assert resp.status_code == status, (path, value, resp.text[:200])
                if status == 400:
                    assert resp.json()["code"] == 20001
            checked += 1
    assert checked >= 6


@pytest.mark.parametrize(
    ("start", "end", "why"),
    [
        (1_767_700_000_000, 1_767_700_000_000, "an empty range"),
        (1_767_700_060_000, 1_767_700_000_000, "a reversed range"),
        (0, 1_767_700_000, "seconds"),
    ],
)
def test_candle_ranges_are_checked_like_the_real_exchange(
    world: World, start: int, end: int, why: str
) -> None:
    """Candles take milliseconds; an empty or reversed range is a 20001 refusal, not an empty list."""
    query = {"market_id": ETH, "resolution": "1m", "count_back": 1}
    query.update(start_timestamp=start, end_timestamp=end)
    with httpx.Client(base_url=world.lx.base_url, timeout=10) as http:
        for path in ("/api/v1/candles", "/api/v1/markPriceCandles"):
            resp = http.get(path, params=query)
            assert resp.status_code == 400, (path, why, resp.text)
            assert resp.json()["code"] == 20001 and resp.json()["message"].startswith("invalid param : ")


# ---------------------------------------------------------------------------------------------- WebSocket
def _served_channels() -> set[str]:
    from lighter.testing import ws

    return ws.MARKET_CHANNELS | ws.ACCOUNT_CHANNELS | ws.ACCOUNT_MARKET_CHANNELS | {"candle", "height"}


def _address(name: str, account: int) -> str:
    from lighter.testing import ws

    if name == "height":
        return name
    if name == "candle":
        return "candle/0/1m"
    if name == "spot_market_stats":
        return f"{name}/{SPOT_ETH}"
    if name in ws.MARKET_CHANNELS:
        return f"{name}/{ETH}"
    if name in ws.ACCOUNT_MARKET_CHANNELS:
        return f"{name}/{ETH}/{account}"
    return f"{name}/{account}"


def _kind(frame: dict[str, Any], prefix: str) -> str | None:
    kind = str(frame.get("type", ""))
    return kind.removeprefix(prefix) if kind.startswith(prefix) else None


def test_every_served_channel_has_a_schema() -> None:
    assert _served_channels() == set(WS_SCHEMAS)


def test_every_channel_sends_strictly_valid_frames(world: World) -> None:
    """Subscribe to every channel (and market_stats/all), trade, transfer and settle funding: every snapshot
    and update frame validates strictly against its channel's schema."""
    websocket = pytest.importorskip("websocket")
    a, b = world.a, world.b
    conn = websocket.create_connection(world.lx.ws_url, timeout=5)
    frames: list[dict[str, Any]] = []

    def read_for(seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            conn.settimeout(max(deadline - time.monotonic(), 0.01))
            try:
                frames.append(json.loads(conn.recv()))
            except websocket.WebSocketTimeoutException:
                return

    try:
        addresses = [_address(name, a.account) for name in sorted(WS_SCHEMAS)] + ["market_stats/all"]
        for address in addresses:
            conn.send(json.dumps({"type": "subscribe", "channel": address, "auth": a.auth()}))
        read_for(1.0)
        subscribed = {_kind(f, "subscribed/") for f in frames} - {None}
        assert subscribed == set(WS_SCHEMAS), sorted(set(WS_SCHEMAS) - subscribed)
        a.order(ETH, is_ask=True, base=300, price=300500)
        b.order(ETH, is_ask=False, base=300, price=300500, tif=IOC)  # a trade on ETH
        a.order(SPOT_ETH, is_ask=True, base=100, price=300000)
        b.order(SPOT_ETH, is_ask=False, base=100, price=300000, tif=IOC)  # a spot fill
        world.lx.settle_funding()
        read_for(1.5)
    finally:
        conn.close()
    updated = {_kind(f, "update/") for f in frames} - {None}
    expected_updates = set(WS_SCHEMAS) - {"pool_data", "pool_info"}  # pools: not modelled (docs/testing.md)
    assert expected_updates <= updated, sorted(expected_updates - updated)
    errors_seen = []
    for frame in frames:
        kind = frame.get("type", "")
        assert "error" not in frame, frame
        if kind == "connected":
            problems = strict_schema.component_errors("WsConnected", frame)
        else:
            problems = strict_schema.component_errors(WS_SCHEMAS[kind.split("/", 1)[1]], frame)
        errors_seen += [f"{kind} {frame.get('channel')}: {p}" for p in problems]
    assert not errors_seen, "; ".join(errors_seen[:10])


def test_recorded_shapes_the_spec_must_accept() -> None:
    """Shapes the real exchange sends that a hopeful spec would refuse (API-NOTES §11): an empty position
    with most fields left out, null for empty pool lists, candles in the older long-key form."""
    empty_position = {"market_id": 1, "symbol": "BTC", "position": "0.00000", "sign": 1}
    frame = {"type": "update/account_all_positions", "positions": {"1": empty_position}}
    assert strict_schema.component_errors("WsAccountAllPositionsUpdate", frame) == []
    recorded = Path(__file__).resolve().parents[1] / "data/real-payloads/rest/publicPoolsMetadata__1.json"
    pools = json.loads(recorded.read_text())
    pools["public_pools"][0].update(account_share=None, assets=None)
    assert strict_schema.response_errors("GET", "/api/v1/publicPoolsMetadata", 200, pools) == []
    older_candles = {"code": 200, "resolution": "1m", "candlesticks": [{"timestamp": 1767700500000}]}
    assert strict_schema.response_errors("GET", "/api/v1/candles", 200, older_candles) == []


# --------------------------------------------------------------------------------------------- bookkeeping
def _get(world: World, path: str, **params: Any) -> dict[str, Any]:
    with httpx.Client(base_url=world.lx.base_url, timeout=10) as http:
        resp = http.get(path, params=params, headers=world.auth())
    assert resp.status_code == 200, resp.text
    body: dict[str, Any] = resp.json()
    return body


def test_histories_show_the_transfer_withdrawal_and_deposits(world: World) -> None:
    a, b = world.a, world.b
    out = _get(world, "/api/v1/transfer/history", account_index=a.account)["transfers"]
    assert [(t["type"], t["amount"], t["to_account_index"], t["asset_id"]) for t in out] == [
        ("L2TransferOutflow", "25.000000", b.account, 3)
    ]
    with httpx.Client(base_url=world.lx.base_url, timeout=10) as http:
        query = {"account_index": b.account}
        inflow = http.get("/api/v1/transfer/history", params=query, headers={"authorization": b.auth()})
    inflow = inflow.json()["transfers"]
    assert [(t["type"], t["from_account_index"]) for t in inflow] == [("L2TransferInflow", a.account)]
    withdraws = _get(world, "/api/v1/withdraw/history", account_index=a.account)["withdraws"]
    assert [(w["amount"], w["asset_id"], w["status"]) for w in withdraws] == [("10.000000", 3, "completed")]
    deposits = _get(world, "/api/v1/deposit/history", account_index=a.account, l1_address=a.creds.l1_address)
    assert sorted(d["amount"] for d in deposits["deposits"]) == ["1.00000000", "100000.000000"]
    assert all(abs(d["timestamp"] - world.now_ms // 1000) < 600 for d in deposits["deposits"])  # seconds


def test_orders_carry_seconds_and_an_empty_side(world: World) -> None:
    orders = _get(world, "/api/v1/accountActiveOrders", account_index=world.a.account)["orders"]
    assert orders
    now_s = int(time.time())
    for o in orders:
        assert o["side"] == ""
        for key in ("timestamp", "created_at", "updated_at"):
            assert now_s - 600 < o[key] <= now_s, (key, o[key])  # seconds, not milliseconds
    account = _get(world, "/api/v1/account", by="index", value=world.a.account)["accounts"][0]
    assert now_s - 600 < account["created_at"] <= now_s


def test_account_limits_follow_the_tier(world: World) -> None:
    b = world.b
    query, headers = {"account_index": b.account}, {"authorization": b.auth()}
    with httpx.Client(base_url=world.lx.base_url, timeout=10) as http:
        limits = http.get("/api/v1/accountLimits", params=query, headers=headers).json()
        assert (limits["user_tier"], limits["current_taker_fee_tick"]) == ("std", 0)
        changed = http.post("/api/v1/changeAccountTier", data={**query, "new_tier": "premium"})
        assert changed.status_code == 200, changed.text
        limits = http.get("/api/v1/accountLimits", params=query, headers=headers).json()
        assert (limits["user_tier"], limits["user_tier_name"]) == ("prm", "premium")
        http.post("/api/v1/changeAccountTier", data={**query, "new_tier": "standard"})


def test_pnl_counts_trades_and_usdc_flows(world: World) -> None:
    a = world.a
    day = 86_400_000
    body = _get(
        world,
        "/api/v1/pnl",
        by="index",
        value=a.account,
        resolution="1d",
        start_timestamp=world.now_ms - day,
        end_timestamp=world.now_ms + day,
        count_back=0,
    )
    total = {k: sum(e[k] for e in body["pnl"]) for k in ("volume", "inflow", "outflow")}
    assert total["inflow"] == 100_000.0 and total["outflow"] == 35.0  # deposit in; transfer 25 + withdraw 10
    assert total["volume"] >= 300.0  # 0.1 ETH sold at 3000.00 to b (and more since)


def test_account_all_counts_trades_and_lists_assets(world: World) -> None:
    websocket = pytest.importorskip("websocket")
    conn = websocket.create_connection(world.lx.ws_url, timeout=5)
    try:
        conn.send(json.dumps({"type": "subscribe", "channel": f"account_all/{world.b.account}"}))
        assets = {"type": "subscribe", "channel": f"account_all_assets/{world.b.account}"}
        conn.send(json.dumps({**assets, "auth": world.b.auth()}))
        frames: dict[str, Any] = {}
        wanted = {"subscribed/account_all", "subscribed/account_all_assets"}
        for _ in range(20):  # the connected frame, the snapshots, updates that may interleave
            frame = json.loads(conn.recv())
            frames.setdefault(frame.get("type", ""), frame)
            if wanted <= set(frames):
                break
    finally:
        conn.close()
    snapshot = frames["subscribed/account_all"]
    assert snapshot["account"] == world.b.account
    assert snapshot["total_trades_count"] >= 1 and snapshot["daily_trades_count"] >= 1
    assert snapshot["total_volume"] >= 300.0 and snapshot["daily_volume"] == snapshot["total_volume"]
    usdc = frames["subscribed/account_all_assets"]["assets"]["3"]
    assert usdc["symbol"] == "USDC" and float(usdc["margin_balance"]) > 0  # perp collateral listed
