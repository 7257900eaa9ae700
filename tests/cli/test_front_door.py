"""The front door end to end, every step a separate `lighter` process as a user types it:
`lighter sim --market-maker` -> `sim --fund` -> `--profile sim` commands, a `--json` error, and Ctrl-C."""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .helpers import run_process

SIM_WAIT = 10.0


def _popen(*args: str, env: dict[str, str], **kwargs: object) -> subprocess.Popen[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("LIGHTER_") and k != "FORCE_COLOR"}
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "lighter", *args], env={**base, **env}, text=True, **kwargs
    )


def _stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.wait(10)


@pytest.fixture(scope="module")
def sim(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A running `lighter sim --market-maker` (taker flow on by default); yields its ready line + config."""
    config = tmp_path_factory.mktemp("config") / "config.toml"
    env = {"LIGHTER_CONFIG": str(config)}
    proc = _popen(
        "sim",
        "--market-maker",
        "--seed",
        "5",
        "--json",
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None
        ready = json.loads(proc.stdout.readline())
        assert set(ready) == {"base_url", "ws_url", "chain_id"}
        yield {**ready, **env}
    finally:
        _stop(proc)


def test_sim_fund_then_profile_commands(sim: dict[str, str]) -> None:
    env = {"LIGHTER_CONFIG": sim["LIGHTER_CONFIG"]}
    funded = run_process("sim", "--fund", "5000", "--base-url", sim["base_url"], "--json", env=env)
    assert funded.code == 0, funded.err
    info = json.loads(funded.out)
    assert info["profile"] == "sim" and info["usdc"] == "5000" and info["chain_id"] == 304
    key_files = sorted(Path(sim["LIGHTER_CONFIG"]).parent.glob("keys/*.key"))
    assert len(key_files) == 2 and all(p.stat().st_mode & 0o777 == 0o600 for p in key_files)
    secrets = [p.read_text().strip() for p in key_files]

    account = run_process("--profile", "sim", "account", env=env)
    assert account.code == 0 and f"Account {info['account_index']}" in account.out
    assert "collateral      5000.000000" in account.out

    deadline = time.monotonic() + SIM_WAIT  # the synthetic taker flow trades within seconds
    trades: list[object] = []
    while not trades and time.monotonic() < deadline:
        listed = run_process("--profile", "sim", "trades", "ETH", "--json", env=env)
        assert listed.code == 0, listed.err
        trades = json.loads(listed.out)
        if not trades:
            time.sleep(0.5)
    assert trades, "no ETH trade within 10 s of `lighter sim --market-maker`"

    chart = run_process("--profile", "sim", "candles", "ETH", "-r", "1m", "--since", "10m", "--plot", env=env)
    assert chart.code == 0 and "ETH 1m" in chart.out and "┤" in chart.out, chart.err

    placed = run_process(
        "--profile", "sim", "order", "limit", "ETH", "buy", "0.0123456", "2000.129", "--round", "down",
        "--post-only", "--json", env=env,
    )  # fmt: skip
    assert placed.code == 0, placed.err
    orders = json.loads(run_process("--profile", "sim", "orders", "ETH", "--json", env=env).out)
    assert [(o["price"], o["initial_base_amount"]) for o in orders] == [("2000.12", "0.0123")]

    refused = run_process(
        "--profile", "sim", "order", "limit", "ETH", "buy", "0.0123456", "2000", "--json", env=env
    )
    assert refused.code == 2 and refused.out == "" and refused.err.count("\n") == 1
    error = json.loads(refused.err)
    assert set(error) >= {"error", "code", "hint"} and error["code"] == "usage"
    assert "--round down|up|nearest" in error["hint"] and "rounding=" not in refused.err

    outputs = funded.out + account.out + chart.out + placed.out + refused.err
    assert not any(secret in outputs for secret in secrets)


def test_ctrl_c_on_book_watch_dies_by_sigint(sim: dict[str, str]) -> None:
    proc = _popen(
        "book", "ETH", "--watch", "--base-url", sim["base_url"], env={}, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        assert "order book" in proc.stdout.readline()  # the first view is drawn: the stream is live
        proc.send_signal(signal.SIGINT)
        assert proc.wait(10) == -signal.SIGINT  # a death by SIGINT, so `lighter ...; next` stops too
    finally:
        _stop(proc)


def test_sim_on_a_terminal_prints_a_banner_and_dies_by_sigint(tmp_path: Path) -> None:
    leader, follower = pty.openpty()
    proc = _popen("sim", "--market-maker", "--no-taker", env={}, stdout=follower, stderr=subprocess.PIPE)
    os.close(follower)
    text = ""
    try:
        deadline = time.monotonic() + SIM_WAIT
        while "Ctrl-C" not in text or "lighter --profile sim account" not in text:
            assert time.monotonic() < deadline, text
            if select.select([leader], [], [], 0.5)[0]:
                text += os.read(leader, 4096).decode()
        assert "lighter sim: a local Lighter exchange on http://127.0.0.1:" in text
        assert "lighter sim --fund --base-url http://127.0.0.1:" in text and "{" not in text
        proc.send_signal(signal.SIGINT)
        assert proc.wait(10) == -signal.SIGINT
    finally:
        os.close(leader)
        _stop(proc)
