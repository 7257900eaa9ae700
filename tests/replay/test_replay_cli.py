"""``lighter sim --replay ... --run DIR`` as a process, then ``lighter backtest report DIR``; bad input."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from lighter.cli import main
from lighter.testing import LocalExchange
from lighter.testing.replay import SAMPLE_RECORDING

from .helpers import snapshot


def _sim(*args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIGHTER_")}
    return subprocess.Popen(
        [sys.executable, "-m", "lighter", "sim", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_sim_replays_a_recording_and_writes_a_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = tmp_path / "run"
    proc = _sim("--replay", str(SAMPLE_RECORDING), "--speed", "max", "--no-wait", "--run", str(run))
    try:
        assert proc.stdout is not None and proc.stderr is not None
        ready = json.loads(proc.stdout.readline())
        assert ready["replay"]["book_updates"] == 1 and ready["chain_id"] == 304
        line = proc.stderr.readline()
        assert "replay finished" in line and str(run) in line
        book = httpx.get(
            f"{ready['base_url']}/api/v1/orderBookOrders", params={"market_id": 1, "limit": 1}
        ).json()
        real = snapshot()["order_book"]
        assert book["bids"][0]["price"] == real["bids"][0]["price"]
        assert book["total_asks"] == len(real["asks"])
        status = httpx.get(f"{ready['base_url']}/sim/v1/replay").json()
        assert status["finished"] is True and status["clock_ms"] == status["last_ms"]
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(10)
    assert proc.returncode == 0
    report = json.loads((run / "report.json").read_text())
    assert report["format"] == "lighter-backtest-report" and report["frames_applied"] == 2
    capsys.readouterr()
    assert main(["backtest", "report", str(run)]) == 0
    assert "backtest" in capsys.readouterr().out
    assert main(["backtest", "report", str(run), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == report


def test_backtest_report_table_and_png(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with LocalExchange(replay=SAMPLE_RECORDING, speed="manual") as lx:
        from .helpers import bot

        with bot(lx) as client:
            client.create_order("BTC", side="sell", size="0.01", price="80000", order_type="market")
        lx.advance_to(None)
        report = lx.report()
    path = tmp_path / "report.json"
    path.write_text(json.dumps(report))
    capsys.readouterr()
    assert main(["backtest", "report", str(path)]) == 0
    out = capsys.readouterr().out
    assert "max drawdown" in out and "sell" in out and "BTC -0.01000" in out
    pytest.importorskip("matplotlib")
    png = tmp_path / "chart.png"
    assert main(["backtest", "report", str(path), "--png", str(png)]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(
    "args, message",
    [
        (["--replay", "/nonexistent/rec"], "no such recording"),
        (["--replay", str(SAMPLE_RECORDING), "--start", "2001-01-01"], "outside the recording"),
        (["--replay", str(SAMPLE_RECORDING), "--speed", "warp"], "speed must be"),
        (["--run", "x"], "--run needs --replay"),
    ],
)
def test_bad_replay_options_are_one_line(args: list[str], message: str) -> None:
    proc = _sim(*args)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 2 and message in err and len(err.strip().splitlines()) == 1, err


def test_backtest_report_of_something_else_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "report.json").write_text('{"format": "other"}')
    assert main(["backtest", "report", str(tmp_path)]) == 2
    assert "not a backtest report" in capsys.readouterr().err
    assert main(["backtest", "report", str(tmp_path / "missing")]) == 2
