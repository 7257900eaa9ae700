"""The client reads a few answers by hand, for tolerance: the trading answers (`lighter._client.tolerant`) and
the market metadata (`lighter.markets`). Every key they read must exist in openapi.yaml for the endpoints each
module says it reads, so a renamed field fails here."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from lighter import markets
from lighter._client import tolerant

ROOT = Path(__file__).resolve().parents[2]


def keys_read(path: Path) -> set[str]:
    """Every string used as ``x["key"]`` or ``x.get("key")`` in a module."""
    keys: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            if isinstance(node.slice.value, str):
                keys.add(node.slice.value)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            keys.add(node.args[0].value)
    return keys


def property_names(schema: Any, spec: dict[str, Any], seen: set[str]) -> set[str]:
    """Every property name reachable from a schema (refs, arrays, compositions followed)."""
    if not isinstance(schema, dict):
        return set()
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if ref in seen:
            return set()
        seen.add(ref)
        target: Any = spec
        for part in ref.removeprefix("#/").split("/"):
            target = target[part]
        return property_names(target, spec, seen)
    names = set(schema.get("properties") or {})
    for sub in (schema.get("properties") or {}).values():
        names |= property_names(sub, spec, seen)
    for key in ("items", "additionalProperties"):
        names |= property_names(schema.get(key), spec, seen)
    for key in ("allOf", "oneOf", "anyOf"):
        for sub in schema.get(key) or []:
            names |= property_names(sub, spec, seen)
    return names


def answer_schema(spec: dict[str, Any], operation: str) -> Any:
    camel = re.sub(r"_([a-z])", lambda m: m.group(1).upper(), operation)
    for methods in spec["paths"].values():
        for op in methods.values():
            if isinstance(op, dict) and op.get("operationId") in (operation, camel):
                return op["responses"]["200"]["content"]["application/json"]["schema"]
    raise AssertionError(f"openapi.yaml has no operation {operation}")


@pytest.mark.parametrize("module", [tolerant, markets], ids=lambda m: m.__name__)
def test_every_key_read_by_hand_exists_in_openapi_yaml(module: Any) -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    described: set[str] = set()
    for operation in module.ENDPOINTS:
        described |= property_names(answer_schema(spec, operation), spec, set())
    read = keys_read(Path(module.__file__))
    assert read, "the scan found no key: it is broken"
    assert read <= described, f"read by hand but not in openapi.yaml: {sorted(read - described)}"


def test_the_scan_sees_a_key_the_spec_lacks() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    described = property_names(answer_schema(spec, "next_nonce"), spec, set())
    assert "nonce" in described and "no_such_field" not in described


def test_answers_missing_optional_parts_still_read() -> None:
    assert tolerant.top_of_book({"code": 200}) == (None, None)
    assert tolerant.send_answer({"code": 200, "tx_hash": "ab"}).tx_hashes == ["ab"]
    assert (
        tolerant.send_answer({"tx_hash": ["a", "b"], "volume_quota_remaining": "7"}).volume_quota_remaining
        == 7
    )
    assert tolerant.is_executed({"status": 2}) and not tolerant.is_executed({"status": 1})
    assert tolerant.first_account({"accounts": []}) == {} and tolerant.first_account(None) == {}
