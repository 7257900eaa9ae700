"""`lighter sim` as a process, LocalExchange start-up, and keeping the server out of `import lighter`."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys

import httpx
import pytest

from lighter.testing import LocalExchange


def test_sim_prints_ready_line_and_stops_on_sigterm() -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "lighter.cli",
            "sim",
            "--port",
            "0",
            "--chain-id",
            "300",
            "--funding-interval",
            "5",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        ready = json.loads(proc.stdout.readline())
        assert set(ready) == {"base_url", "ws_url", "chain_id"} and ready["chain_id"] == 300
        assert ready["base_url"].startswith("http://127.0.0.1:") and ready["ws_url"].endswith("/stream")
        status = httpx.get(ready["base_url"] + "/").json()
        assert status["network_id"] == 300 and status["status"] == 200
        assert httpx.get(ready["base_url"] + "/sim/v1/funding").json()["interval_seconds"] == 5
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_local_exchange_starts_and_stops_cleanly() -> None:
    # start-up time is measured by benchmarks/bench_exchange.py, never asserted here
    with LocalExchange(chain_id=300) as lx:
        assert httpx.get(lx.base_url + "/info").status_code == 200
        assert lx.chain_id == 300 and lx.ws_url == lx.base_url.replace("http", "ws") + "/stream"
        port = lx.port
    try:
        httpx.get(f"http://127.0.0.1:{port}/", timeout=1)
        raise AssertionError("server still answering after stop")
    except httpx.TransportError:
        pass


def test_import_lighter_does_not_import_the_server() -> None:
    code = "import sys, lighter; print('aiohttp' in sys.modules, 'lighter.testing' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_static_answers_for_unmodelled_operations(local_exchange: LocalExchange) -> None:
    with httpx.Client(base_url=local_exchange.base_url) as http:
        r = http.get("/api/v1/announcement")
        assert r.status_code == 200 and r.json()["code"] == 200
        r = http.get("/api/v1/no-such-thing")
        assert r.status_code == 404 and set(r.json()) == {"code", "message"}


def test_market_maker_quotes_and_fills(onboard_account) -> None:
    from .helpers import ETH, IOC, MARKET, Trader

    with LocalExchange(market_maker=True, maker_seed=7) as lx:
        assert lx.wait_for(lambda ex: ex.engine.markets[ETH].asks.best() is not None)
        t = Trader(onboard_account(exchange=lx))
        t.order(ETH, is_ask=False, base=100, price=320000, type=MARKET, tif=IOC)
        assert t.position(ETH) == "0.0100"


def run_sim(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lighter.cli", "sim", *args], capture_output=True, text=True, timeout=30
    )


def test_sim_port_in_use_is_a_one_line_usage_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = run_sim("--port", str(port))
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == (
        f"lighter sim: error: cannot listen on 127.0.0.1:{port}: address already in use "
        "(pick another --port, or 0 for a free one)\n"
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ("--host", "999.1.1.1"),
            "cannot listen on 999.1.1.1:0: unknown host or invalid address '999.1.1.1'",
        ),
        (("--port", "70000"), "argument --port: invalid port 70000: must be 0-65535"),
        (("--port", "http"), "argument --port: invalid port 'http': not an integer"),
        (("--funding-interval", "0.5"), "argument --funding-interval: invalid funding interval '0.5'"),
    ],
)
def test_sim_bad_address_is_a_one_line_usage_error(args: tuple[str, ...], expected: str) -> None:
    done = run_sim(*args)
    assert done.returncode == 2 and done.stdout == ""
    assert "Traceback" not in done.stderr
    assert f"lighter sim: error: {expected}" in done.stderr.splitlines()[-1]
