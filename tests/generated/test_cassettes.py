"""Replay the vcrpy cassettes of tests/cassettes through the generated client, sync and async.

Each cassette carries the call to make (`call`), so the same test covers the answers built from the real
exchange's recorded bodies (tests/cassettes/reference) and those recorded against the local exchange
(tests/cassettes/local). The request the generated code sends must match the recorded one (method, URL,
query and body), and the answer must parse into the declared model without losing anything.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import json
from pathlib import Path
from typing import Any

import pytest
import vcr
import yaml

from lighter_generated import Client, models

from ._paths import CASSETTES, SPEC

REQUIRED = {
    "order_books",
    "order_book_details",
    "order_book_orders",
    "recent_trades",
    "candles",
    "fundings",
    "account",
    "accounts_by_l1_address",
    "apikeys",
    "next_nonce",
    "send_tx",
    "send_tx_invalid_nonce",
}
FILES = sorted(CASSETTES.glob("*/*.yaml"))
REPLAY = vcr.VCR(record_mode="none", match_on=["method", "scheme", "host", "port", "path", "query", "body"])


@functools.cache
def answer_models() -> dict[tuple[str, int], str]:
    """(tag.operation_id, status) -> schema name, from openapi.yaml."""
    spec = yaml.safe_load(SPEC.read_text())
    out = {}
    for item in spec["paths"].values():
        for op in item.values():
            name = f"{op['tags'][0]}.{op['operationId']}"
            ok = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
            out[(name, 200)] = ok.rsplit("/", 1)[1]
            out[(name, 400)] = out[(name, 429)] = "ResultCode"
    return out


def prepare(path: Path) -> tuple[dict[str, Any], Any, dict[str, Any], type, Any]:
    cassette = yaml.safe_load(path.read_text())
    call = cassette["call"]
    module = importlib.import_module(f"lighter_generated.api.{call['operation']}")
    kwargs = dict(call["kwargs"])
    if "body" in call:
        kwargs["body"] = getattr(models, call["body_model"]).from_dict(call["body"])
    response = cassette["interactions"][0]["response"]
    model = getattr(models, answer_models()[(call["operation"], response["status"]["code"])])
    return call, module, kwargs, model, json.loads(response["body"]["string"])


def test_every_required_cassette_exists() -> None:
    for folder in {p.parent for p in FILES} | {CASSETTES / "reference"}:
        assert REQUIRED <= {p.stem for p in folder.glob("*.yaml")}, folder
    for path in FILES:
        cassette = yaml.safe_load(path.read_text())
        assert cassette["note"] and cassette["source"], path


@pytest.mark.parametrize("face", ["sync", "asyncio"])
@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.stem}" for p in FILES])
def test_replay(path: Path, face: str) -> None:
    call, module, kwargs, model, body = prepare(path)
    client = Client(base_url=call["base_url"])
    with REPLAY.use_cassette(str(path)) as cassette:
        if face == "sync":
            parsed = module.sync(client=client, **kwargs)
        else:
            parsed = asyncio.run(module.asyncio(client=client, **kwargs))
        assert cassette.all_played
    assert type(parsed) is model
    assert parsed.to_dict() == body


def test_send_tx_is_a_form_with_tx_type_and_tx_info() -> None:
    cassette = yaml.safe_load((CASSETTES / "reference" / "send_tx.yaml").read_text())
    request = cassette["interactions"][0]["request"]
    assert request["method"] == "POST"
    assert request["headers"]["content-type"] == ["application/x-www-form-urlencoded"]
    assert request["body"].startswith("tx_type=14&tx_info=%7B%22AccountIndex%22")


def test_invalid_nonce_answer_is_a_result_code() -> None:
    call, module, kwargs, _, _ = prepare(CASSETTES / "reference" / "send_tx_invalid_nonce.yaml")
    with REPLAY.use_cassette(str(CASSETTES / "reference" / "send_tx_invalid_nonce.yaml")):
        detailed = module.sync_detailed(client=Client(base_url=call["base_url"]), **kwargs)
    assert detailed.status_code == 400
    assert isinstance(detailed.parsed, models.ResultCode)
    assert "invalid nonce" in str(detailed.parsed.message)


@pytest.mark.parametrize("path", sorted(CASSETTES.glob("local/*.yaml")), ids=lambda p: p.stem)
def test_local_cassette_bodies_are_strictly_valid(path: Path) -> None:
    """Every answer recorded against the local exchange validates strictly (tests/strict_schema.py)."""
    strict_schema = pytest.importorskip("strict_schema")
    pytest.importorskip("jsonschema")
    cassette = yaml.safe_load(path.read_text())
    for interaction in cassette["interactions"]:
        request, response = interaction["request"], interaction["response"]
        route = "/" + request["uri"].split("://", 1)[1].split("/", 1)[1].split("?", 1)[0]
        status = response["status"]["code"]
        errors = strict_schema.response_errors(
            request["method"], route, status, json.loads(response["body"]["string"])
        )
        assert not errors, f"{path.name} ({status}): " + "; ".join(errors[:8])
