"""scripts/spec-coverage against the official reference spec, and that it notices what is missing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from ._paths import REPO, SPEC, shared_reference

SCRIPT = REPO / "scripts" / "spec-coverage"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True)


@pytest.fixture(scope="module")
def reference() -> Path:
    ref = shared_reference()
    if ref is None:
        pytest.skip("../shared/reference/lighter-openapi.json is not available")
    return ref / "lighter-openapi.json"


def test_covers_the_official_spec(reference: Path) -> None:
    result = run(reference)
    assert result.returncode == 0, result.stdout + result.stderr
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("operations 86/86, ")
    assert "schemas 157/157" in summary
    assert summary.endswith("missing 0")


def test_reports_and_fails_on_missing_items(reference: Path, tmp_path: Path) -> None:
    ours = yaml.safe_load(SPEC.read_text())
    del ours["paths"]["/api/v1/nextNonce"]
    del ours["components"]["schemas"]["Candle"]["properties"]["V"]
    ours["paths"]["/api/v1/orderBookOrders"]["get"]["parameters"] = [
        p for p in ours["paths"]["/api/v1/orderBookOrders"]["get"]["parameters"] if p.get("name") != "limit"
    ]
    del ours["components"]["schemas"]["ZkLighterInfo"]
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(ours))
    result = run(reference, "--spec", spec)
    assert result.returncode == 1
    out = result.stdout
    assert "missing operation: GET /api/v1/nextNonce" in out
    assert "missing property: Candle.V" in out
    assert "missing parameter: GET /api/v1/orderBookOrders: query parameter 'limit'" in out
    assert "missing schema: ZkLighterInfo" in out
    assert "operations 85/86" in out.splitlines()[-1]


def test_authorization_moved_from_query_to_header_counts_as_covered(tmp_path: Path) -> None:
    ref = {
        "openapi": "3.0.0",
        "paths": {"/x": {"get": {"parameters": [{"name": "authorization", "in": "query", "schema": {}}]}}},
    }
    ours = {
        "openapi": "3.1.0",
        "paths": {"/x": {"get": {"parameters": [{"$ref": "#/components/parameters/A"}]}}},
        "components": {"parameters": {"A": {"name": "authorization", "in": "header", "schema": {}}}},
    }
    (tmp_path / "ref.json").write_text(json.dumps(ref))
    (tmp_path / "ours.yaml").write_text(yaml.safe_dump(ours))
    result = run(tmp_path / "ref.json", "--spec", tmp_path / "ours.yaml")
    assert result.returncode == 0, result.stdout
    assert "parameters 1/1" in result.stdout


def test_bad_reference_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{}")
    result = run(tmp_path / "bad.json")
    assert result.returncode == 2
    assert "not an OpenAPI document" in result.stderr


OFFICIAL_SDK_SPEC = REPO / "tests" / "data" / "official-sdk-1.1.8-openapi.json"
NEW_IN_SDK = ("/api/v1/events", "/api/v1/upDownCandles", "/api/v1/portfolio/boPnl", "/api/v1/priceOracleInfo")


def test_covers_the_spec_rebuilt_from_the_official_sdk() -> None:
    result = run(OFFICIAL_SDK_SPEC)
    assert result.returncode == 0, result.stdout + result.stderr
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("operations 91/91, ")
    assert "schemas 158/158" in summary
    assert summary.endswith("missing 0")


def test_several_references_are_each_reported(reference: Path) -> None:
    result = run(reference, OFFICIAL_SDK_SPEC)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("lighter-openapi.json: operations 86/86")
    assert lines[1].startswith("official-sdk-1.1.8-openapi.json: operations 91/91")


def test_a_gap_in_either_reference_fails(reference: Path, tmp_path: Path) -> None:
    ours = yaml.safe_load(SPEC.read_text())
    for path in NEW_IN_SDK:
        del ours["paths"][path]
    del ours["components"]["schemas"]["OrderBook"]["properties"]["settlement_price"]
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(ours))
    result = run(reference, OFFICIAL_SDK_SPEC, "--spec", spec)
    assert result.returncode == 1
    out = result.stdout
    assert "lighter-openapi.json: operations 86/86" in out  # the published spec never had them
    assert "official-sdk-1.1.8-openapi.json: missing operation: GET /api/v1/upDownCandles" in out
    assert "official-sdk-1.1.8-openapi.json: missing property: OrderBook.settlement_price" in out
    assert "official-sdk-1.1.8-openapi.json: operations 87/91" in out
