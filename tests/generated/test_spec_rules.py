"""openapi.yaml keeps the fixes we made to the official spec (API-NOTES §9.5)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

import yaml

from ._paths import SPEC

METHODS = ("get", "post", "put", "delete", "patch")
LEGACY_AUTH_OPS = {"leaderboard", "referral_stats", "export_historical_trades", "bo_pnl"}


@functools.cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text())
    return loaded


def resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec()
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec()["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def walk(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema object below node (refs not followed)."""
    if isinstance(node, dict):
        if "type" in node or "properties" in node or "anyOf" in node:
            yield where, node
        for key, value in node.items():
            yield from walk(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, f"{where}[{i}]")


def response_schema_names() -> set[str]:
    """Schemas reachable from any response, plus the WebSocket frames."""
    # WebSocket frames the server sends (WsSubscribe is the client's message)
    names = {n for n in spec()["components"]["schemas"] if n.startswith("Ws") and n != "WsSubscribe"}
    todo = []
    for _, _, op in operations():
        for response in op["responses"].values():
            todo.append(resolve(response))
    while todo:
        node = todo.pop()
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in names:
                    names.add(name)
                    todo.append(spec()["components"]["schemas"][name])
                continue
            todo.extend(node.values())
        elif isinstance(node, list):
            todo.extend(node)
    for name in list(names):
        ref_names = set(re.findall(r"#/components/schemas/(\w+)", str(spec()["components"]["schemas"][name])))
        names |= ref_names
    return names


def test_info_and_servers() -> None:
    assert spec()["openapi"].startswith("3.")
    assert spec()["info"]["title"] and spec()["info"]["version"]
    urls = {s["url"] for s in spec()["servers"]}
    assert urls == {"https://mainnet.zklighter.elliot.ai", "https://testnet.zklighter.elliot.ai"}


def test_operation_ids_are_unique_snake_case_with_declared_tags() -> None:
    declared = {t["name"] for t in spec()["tags"]}
    ids = []
    for path, method, op in operations():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", op["operationId"]), op["operationId"]
        assert len(op["tags"]) == 1 and op["tags"][0] in declared, (path, method)
        assert op.get("summary") and op.get("description"), (path, method)
        ids.append(op["operationId"])
    assert len(ids) == len(set(ids)) == 91  # published spec 86 + lighter-sdk 1.1.8 5
    assert len(declared) >= 10  # the overloaded `account` tag is split


def test_one_content_type_per_request_body() -> None:
    for path, method, op in operations():
        if "requestBody" in op:
            assert len(op["requestBody"]["content"]) == 1, (path, method)
    send_tx = spec()["paths"]["/api/v1/sendTx"]["post"]["requestBody"]["content"]
    assert list(send_tx) == ["application/x-www-form-urlencoded"]


def test_auth_tokens_only_in_headers_except_legacy_auth() -> None:
    with_header = 0
    for path, method, op in operations():
        params = [resolve(p) for p in op.get("parameters", [])]
        for p in params:
            if p["name"] == "authorization":
                assert p["in"] == "header", (path, method)
                with_header += 1
            if p["name"] == "auth":
                assert p["in"] == "query" and op["operationId"] in LEGACY_AUTH_OPS, (path, method)
    assert with_header == 46  # the official spec's 45 (historicalTrades moved from query to header) + boPnl
    historical = spec()["paths"]["/api/v1/export/historicalTrades"]["get"]["parameters"]
    assert {(resolve(p)["name"], resolve(p)["in"]) for p in historical} >= {("authorization", "header")}


def test_errors_are_typed_result_codes() -> None:
    for path, method, op in operations():
        for status in ("400", "429", "default"):
            response = resolve(op["responses"][status])
            schema = response["content"]["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/ResultCode"}, (path, method, status)
    assert spec()["components"]["schemas"]["ResultCode"]["required"] == ["code"]


def test_response_enums_are_open() -> None:
    names = response_schema_names()
    assert {"Order", "OrderBook", "PerpsOrderBookDetail", "Trade"} <= names
    for name in names:
        for where, node in walk(spec()["components"]["schemas"][name], name):
            assert "enum" not in node, where
    status = spec()["components"]["schemas"]["Order"]["properties"]["status"]
    assert "`canceled-post-only`" in status["description"]


def test_formats_and_typed_examples() -> None:
    python_type = {"integer": int, "number": (int, float), "boolean": bool, "string": str}
    for where, node in walk(spec()):
        types = node.get("type")
        types = types if isinstance(types, list) else [types]
        if "integer" in types:
            assert node.get("format", "int64") in ("int32", "int64"), where
        if "boolean" in types:
            assert "format" not in node, where
        for key in ("example", "default"):
            if key in node and types[0] in python_type:
                value = node[key]
                assert isinstance(value, python_type[types[0]]) and not (
                    types[0] in ("integer", "number") and isinstance(value, bool)
                ), (where, key, value)


def test_candle_and_price_protection() -> None:
    schemas = spec()["components"]["schemas"]
    assert schemas["Candle"]["required"] == ["t"]
    assert "default" not in schemas["ReqSendTx"]["properties"]["price_protection"]
    assert schemas["ReqSendTx"]["required"] == ["tx_type", "tx_info"]


def test_optional_response_properties_are_nullable() -> None:
    schemas = spec()["components"]["schemas"]
    for name in response_schema_names():
        schema = schemas[name]
        required = set(schema.get("required", []))
        for prop, node in schema.get("properties", {}).items():
            if prop in required:
                continue
            nullable = (isinstance(node.get("type"), list) and "null" in node["type"]) or any(
                alt.get("type") == "null" for alt in node.get("anyOf", [])
            )
            if not nullable:
                # a bare $ref may be absent but not null; only allowed for objects nested in WebSocket frames
                assert "$ref" in node and name.startswith("Ws"), (name, prop)
