"""``lighter`` as a separate process: help, version, exit codes, errors without tracebacks."""

from __future__ import annotations

import json

from lighter.testing import LocalExchange

from .helpers import run_process


def test_help_version_and_no_command() -> None:
    helped = run_process("--help")
    assert helped.code == 0 and "demo" in helped.out and "exit codes" in helped.out
    assert "LIGHTER_API_PRIVATE_KEY" in helped.out
    version = run_process("--version")
    assert version.code == 0 and version.out.startswith("lighter ")
    bare = run_process()
    assert bare.code == 0 and "usage: lighter" in bare.out
    sub = run_process("order", "limit", "--help")
    assert sub.code == 0 and "--post-only" in sub.out


def test_usage_errors_exit_2_without_traceback() -> None:
    unknown = run_process("frobnicate")
    assert unknown.code == 2 and "invalid choice" in unknown.err and "Traceback" not in unknown.err
    missing = run_process("book")
    assert missing.code == 2 and "required: market" in missing.err


def test_errors_against_a_running_exchange() -> None:
    with LocalExchange() as lx:
        env = {"LIGHTER_BASE_URL": lx.base_url}
        markets = run_process("markets", "--json", env=env)
        assert markets.code == 0 and {m["symbol"] for m in json.loads(markets.out)} >= {"ETH", "BTC"}
        bad = run_process("trades", "NOPE", env=env)
        assert bad.code == 2 and bad.err.count("\n") == 1 and "Traceback" not in bad.err
        no_creds = run_process("order", "market", "ETH", "buy", "0.1", env=env)
        assert no_creds.code == 2 and "Traceback" not in no_creds.err
        assert "LIGHTER_" in no_creds.err or "account_index" in no_creds.err


def test_sim_subcommand_still_dispatches() -> None:
    result = run_process("sim", "--help")
    assert result.code == 0 and "--market-maker" in result.out
