"""The cassettes recorded against the local exchange (scripts/record-cassettes local) carry real content."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

LOCAL = Path(__file__).resolve().parents[1] / "cassettes" / "local"


def answer(name: str) -> dict[str, object]:
    cassette = yaml.safe_load((LOCAL / f"{name}.yaml").read_text())
    body: dict[str, object] = json.loads(cassette["interactions"][0]["response"]["body"]["string"])
    return body


def test_fundings_cassette_has_a_settlement() -> None:
    fundings = answer("fundings")["fundings"]
    assert isinstance(fundings, list) and fundings, "re-record with scripts/record-cassettes local"
    entry = fundings[0]
    assert set(entry) == {"timestamp", "value", "rate", "direction"} and entry["direction"] in (
        "long",
        "short",
    )


def test_trade_cassettes_are_not_empty() -> None:
    assert answer("recent_trades")["trades"]
    assert answer("candles")["c"]
