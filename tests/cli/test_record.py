"""``lighter record``: symbols resolved over REST, a recording written, bad input one clear line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lighter.data import RecordedFrame, read_recording
from lighter.testing import LocalExchange


def test_record_writes_a_recording_of_the_named_markets(
    cli: Any, exchange: LocalExchange, tmp_path: Path
) -> None:
    out = tmp_path / "rec"
    env = {"LIGHTER_BASE_URL": exchange.base_url}
    res = cli(
        "record",
        "--markets",
        "ETH,1",
        "--channels",
        "order_book",
        "--out",
        str(out),
        "--duration",
        "1.5",
        "--json",
        env=env,
    )
    assert res.code == 0, res.err
    summary = json.loads(res.out)
    assert summary["channels"] == ["order_book/0", "order_book/1"]
    assert summary["frames"] >= 3 and summary["disconnects"] == 0
    channels = {i.channel for i in read_recording(out) if isinstance(i, RecordedFrame)}
    assert {"order_book:0", "order_book:1"} <= channels


def test_record_bad_input_is_one_line(cli: Any, exchange: LocalExchange, tmp_path: Path) -> None:
    env = {"LIGHTER_BASE_URL": exchange.base_url}
    res = cli("record", "--markets", "ETH", "--channels", "candles", "--out", str(tmp_path / "x"), env=env)
    assert res.code == 2 and "--channels" in res.err and len(res.err.splitlines()) == 1
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "mine.txt").write_text("keep")
    res = cli("record", "--markets", "0", "--out", str(tmp_path / "busy"), "--duration", "1", env=env)
    assert res.code == 2 and "not a recording" in res.err
    assert [p.name for p in (tmp_path / "busy").iterdir()] == ["mine.txt"]
