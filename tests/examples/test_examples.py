"""Each script in examples/ runs to its end against a local exchange, and does what it says."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from lighter.testing import LocalExchange
from lighter.testing.onboarding import Credentials, onboard

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def exchange() -> Iterator[LocalExchange]:
    with LocalExchange(market_maker=True, maker_seed=5) as lx:
        yield lx


def account_env(exchange: LocalExchange, usdc: int = 100_000) -> tuple[Credentials, dict[str, str]]:
    creds = onboard(exchange.base_url, chain_id=exchange.chain_id, usdc=usdc, ws_url=exchange.ws_url)
    return creds, creds.as_env()


def run_example(name: str, *args: str, env: dict[str, str]) -> str:
    base = {k: v for k, v in os.environ.items() if not k.startswith("LIGHTER_")}
    proc = subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**base, **env},
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def account_json(exchange: LocalExchange, index: int) -> dict:  # type: ignore[type-arg]
    body = httpx.get(f"{exchange.base_url}/api/v1/account", params={"by": "index", "value": index}).json()
    return body["accounts"][0]


def test_quickstart_sync(exchange: LocalExchange) -> None:
    creds, env = account_env(exchange)
    out = run_example("quickstart_sync.py", env=env)
    assert "placed post-only bid 0.05" in out and "cancelled; open orders now: 0" in out
    assert f"account {creds.account_index}: collateral 100000.000000" in out


def test_async_service_twap(exchange: LocalExchange) -> None:
    creds, env = account_env(exchange)
    out = run_example("async_service.py", "--size", "0.09", "--slices", "3", "--duration", "0.9", env=env)
    assert out.count("slice ") == 3 and "done: 0.0900 filled" in out
    positions = account_json(exchange, creds.account_index)["positions"]
    assert [(p["symbol"], Decimal(p["position"]), p["sign"]) for p in positions] == [
        ("ETH", Decimal("0.09"), 1)
    ]


def test_market_maker_cleans_up(exchange: LocalExchange) -> None:
    creds, env = account_env(exchange)
    out = run_example("market_maker.py", "--duration", "3", "--interval", "0.3", "--size", "0.02", env=env)
    assert out.count("mid ") >= 3 and "open orders: 0" in out
    acc = account_json(exchange, creds.account_index)
    assert acc["total_order_count"] == 0  # every quote cancelled at the end
    assert acc["cancel_all_time"] == 0  # and the dead-man switch disarmed


def test_live_order_book(exchange: LocalExchange) -> None:
    out = run_example(
        "live_order_book.py",
        "ETH",
        "SOL",
        "--depth",
        "2",
        "--duration",
        "1",
        env={"LIGHTER_BASE_URL": exchange.base_url},
    )
    assert "ETH" in out and "SOL" in out and "synced" in out and "RESYNCING" not in out
    assert out.strip().splitlines()[-1].endswith("0 gaps, 0 reconnects")


def test_examples_start_their_own_exchange_with_sim() -> None:
    out = run_example("quickstart_sync.py", "--sim", env={})
    assert "cancelled; open orders now: 0" in out


def test_backtest_market_maker_on_the_shipped_recording(tmp_path: Path) -> None:
    out = run_example("backtest_market_maker.py", "--report", str(tmp_path / "run"), env={})
    assert "replayed 1 book updates" in out and "1 re-quotes" in out
    assert "max drawdown" in out and (tmp_path / "run" / "report.json").exists()
