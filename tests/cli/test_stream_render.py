"""`lighter stream` shows every channel readably: recorded real frames in, lines out (never raw JSON)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lighter._cli.output import Output
from lighter._cli.stream_render import render
from lighter.ws._parse import PARSERS

from .helpers import run_process

WS = Path(__file__).resolve().parents[1] / "data" / "real-payloads" / "ws"


def _event(name: str) -> Any:
    frame = json.loads((WS / name).read_text())
    kind, *params = str(frame["channel"]).split(":")
    typed = tuple(int(p) if p.isdigit() else p for p in params)
    snapshot = str(frame.get("type", "")).startswith("subscribed/")
    return PARSERS[kind](f"{kind}/{'/'.join(params)}", typed, frame, snapshot, lambda _index: None)


FRAMES = sorted(
    p.name
    for p in WS.glob("*.json")
    if str(json.loads(p.read_text()).get("channel", "")).split(":")[0] in PARSERS
)


@pytest.mark.parametrize("name", FRAMES)
def test_every_recorded_channel_frame_renders_as_text(name: str) -> None:
    lines = render(Output(colour=False), _event(name))
    assert lines and all(isinstance(line, str) for line in lines)
    text = "\n".join(lines)
    assert "{" not in text and '":' not in text  # not JSON


def test_views_carry_the_numbers() -> None:
    out = Output(colour=False)
    stats = "\n".join(render(out, _event("market_stats__1.json")))
    assert "MARK" in stats and "3013.91" in stats and "3015.56" in stats
    user = "\n".join(render(out, _event("user_stats__1.json")))
    assert "stats.collateral" in user and "5000.00" in user
    assets = render(out, _event("account_all_assets__2.json"))
    assert assets[0] == "assets" and assets[1].split()[:2] == ["ASSET", "BALANCE"]
    assert assets[2].split()[:2] == ["USDC", "10.000000"]
    trades = _event("trade__1.json")
    lines = render(out, trades)
    assert len(lines) == len(trades.trades)
    stamps = [line.split("  ")[0] for line in lines]
    assert stamps == sorted(stamps)  # oldest first, snapshot or not


def test_stream_help_lists_every_channel() -> None:
    from lighter.ws.channels import CHANNELS

    helped = run_process("stream", "--help")
    assert helped.code == 0
    for kind in CHANNELS:
        assert f"  {kind} " in helped.out
