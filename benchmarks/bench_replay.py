"""Replay and recording speed: book updates per second of ``lighter sim --replay`` and the recorder's cost.

1. Replay at ``--speed max`` with no bot connected: a local exchange replays the real mainnet BTC snapshot
   (``tests/data/real-payloads``, 5,700 levels) followed by N diffs near the top of the book (1-4 levels
   each, the same generator as ``bench_ws.py``); the figure is book updates applied per second from the
   moment the replay starts to its last frame (the server's own replay task, REST/WS stack running).
   Loading (decoding the JSON Lines file into steps) is reported separately.
2. The same with ``examples/backtest_market_maker.py --every-update`` connected: it subscribes over the
   WebSocket and re-quotes (a signed three-transaction batch over REST) on every book update, and the
   replay waits for it after each update; the figure is the rate the example prints.
3. Recorder overhead per frame: what ``lighter record`` does for each frame after the socket read (receive
   time, the zstd JSON Lines write, the bounded decode and the order-book sequence check), in µs.

Figures are medians of repeated runs. Run: ``.venv/bin/python benchmarks/bench_replay.py [--quick]``.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_ws import SNAPSHOT, make_diffs  # noqa: E402
from lighter.data.recording import RecordingWriter, SequenceTracker, _loads, _now_us  # noqa: E402
from lighter.testing import LocalExchange  # noqa: E402

EXAMPLE = ROOT / "examples" / "backtest_market_maker.py"


def write_recording(path: Path, diffs: int) -> Path:
    snapshot = json.loads(SNAPSHOT.read_text())
    frames = [snapshot, *make_diffs(snapshot, diffs)]
    t = snapshot["timestamp"]
    with path.open("w") as fh:
        for i, frame in enumerate(frames):
            frame["timestamp"] = t + 20 * i  # 50 updates per second of market time
            fh.write(json.dumps(frame, separators=(",", ":")) + "\n")
    return path


def bench_replay_no_bot(path: Path, rounds: int) -> tuple[float, float, int]:
    """(book updates/s replayed, steps/s loaded, updates) medians over ``rounds`` fresh exchanges."""
    rates, loads = [], []
    updates = 0
    for _ in range(rounds):
        t0 = time.perf_counter()
        lx = LocalExchange(replay=path, speed="max")
        loaded = time.perf_counter() - t0
        assert lx.replay is not None
        updates = lx.replay.data.book_updates - 1  # the opening snapshot is applied while loading
        loads.append(len(lx.replay.data.steps) / loaded)
        with lx:
            start = time.perf_counter()
            lx.begin_replay()
            assert lx.wait_replay(600)
            rates.append(updates / (time.perf_counter() - start))
    return statistics.median(rates), statistics.median(loads), updates


def bench_replay_with_bot(path: Path, rounds: int) -> tuple[float, str]:
    """Median updates/s printed by the example bot, and its last summary line."""
    rates, line = [], ""
    for _ in range(rounds):
        out = subprocess.run(
            [sys.executable, str(EXAMPLE), "--recording", str(path), "--every-update"],
            capture_output=True,
            text=True,
            timeout=900,
            check=True,
        ).stdout
        line = out.splitlines()[0]
        match = re.search(r"\(([\d.]+) updates/s\)", line)
        assert match, out
        rates.append(float(match.group(1)))
    return statistics.median(rates), line


def bench_recorder(frames: list[str], rounds: int) -> float:
    """Median µs per frame of the recorder's per-frame work (write + decode + sequence check)."""
    samples = []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as tmp:
            tracker = SequenceTracker()
            with RecordingWriter(Path(tmp) / "rec") as writer:
                start = time.perf_counter()
                for text in frames:
                    received = _now_us()
                    writer.frame(text, received)
                    tracker.check(_loads(text))
                elapsed = time.perf_counter() - start
        samples.append(elapsed / len(frames) * 1e6)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rounds = 3 if args.quick else 5
    diffs = 50_000 if args.quick else 200_000
    bot_diffs = 100 if args.quick else 300
    snapshot: dict[str, Any] = json.loads(SNAPSHOT.read_text())
    with tempfile.TemporaryDirectory() as tmp:
        big = write_recording(Path(tmp) / "big.jsonl", diffs)
        small = write_recording(Path(tmp) / "small.jsonl", bot_diffs)
        rate, load_rate, updates = bench_replay_no_bot(big, rounds)
        print(f"replay --speed max, no bot:        {rate:,.0f} book updates/s ", end="")
        print(f"({updates:,} updates, median of {rounds})")
        print(f"  loading the recording:           {load_rate:,.0f} frames/s decoded into steps")
        bot_rate, line = bench_replay_with_bot(small, max(rounds - 2, 1))
        print(f"replay --speed max, example bot:   {bot_rate:,.0f} book updates/s over the WebSocket")
        print(f"  example's own line:              {line}")
    texts = [json.dumps(f, separators=(",", ":")) for f in make_diffs(snapshot, 20_000, seed=3)]
    us = bench_recorder(texts, rounds)
    print(f"recorder overhead per frame:       {us:.1f} µs (write + decode + gap check, median of {rounds})")


if __name__ == "__main__":
    main()
