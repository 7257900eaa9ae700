"""`lighter demo`, the README's first command: it must run, end by itself, and report what it did."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from .helpers import run_process

STEPS = [
    "Local exchange",
    "Deposit",
    "Onboard",
    "Stream",
    "Post-only quotes",
    "Take liquidity",
    "Modify",
    "Cancel all",
    "Close half",
    "Summary data",
]


def test_demo_in_process_json(cli: Any) -> None:
    result = cli("demo", "--json", "--seed", "3")
    assert result.code == 0, result.err
    session = json.loads(result.out)  # stdout is one JSON document; the narration went to stderr
    assert [s["name"] for s in session["steps"]] == STEPS
    assert session["base_url"].startswith("http://127.0.0.1:") and session["market"] == "ETH"
    assert session["account_index"] >= 1 and session["book_updates"] > 0
    mine = session["account_index"]
    fills = session["fills"]
    assert len(fills) >= 2
    assert any(f["bid_account_id"] == mine for f in fills) and any(f["ask_account_id"] == mine for f in fills)
    (position,) = session["positions"]
    assert position["symbol"] == "ETH" and Decimal(position["position"]) > 0
    assert Decimal(session["collateral"]) > 9_000
    assert session["total_seconds"] < 60
    assert "Onboard" in result.err and "ChangePubKey" in result.err


def test_demo_as_a_process_prints_a_readable_summary() -> None:
    result = run_process("demo", timeout=90)
    assert result.code == 0, result.err
    out = result.out
    for step in STEPS:
        assert step in out
    for heading in ("Fills", "Positions", "Account", "realized PnL", "unrealized PnL", "Done in"):
        assert heading in out
    assert "\x1b[" not in out  # piped: no colour codes
    assert result.err == ""
