"""``python -m benchmarks``: one table of the SDK's speed, beside lighter-sdk and typed-lighter when present.

Every figure is the median of repeated runs, each SDK measured in its own fresh interpreter doing the same
work through its own public API (``benchmarks/_sdk_ops.py``). The peers come from the side virtualenv that
``scripts/bench-peers-venv`` creates (``.venv-peers``; or set ``LIGHTER_PEERS_PYTHON``). Ratios say how many
times better ours is: theirs/ours for times and memory, ours/theirs for rates (above 1: ours is better).

    .venv/bin/python -m benchmarks [--quick] [--save] [--no-peers]

``--save`` also writes the output to ``benchmarks/results/<date>.txt``.
"""

from __future__ import annotations

import argparse
import datetime
import io
import json
import multiprocessing
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import _common as C

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OPS_SCRIPT = HERE / "_sdk_ops.py"
PEERS = ("lighter-sdk", "typed-lighter")


@dataclass(frozen=True)
class Row:
    label: str
    op: str
    unit: str  # "ms", "us", "MB", "/s"
    better: str  # "lower" or "higher"
    args: dict[str, Any]


def _rows(quick: bool, ws_port: int, base_url: str) -> list[Row]:
    rounds = 3 if quick else 7
    fresh = 3 if quick else 7
    frames = 5_000 if quick else 20_000
    return [
        Row("create-order signature", "sign", "ms", "lower", {"rounds": rounds}),
        Row("create-order signature, nonce pool warm", "sign_warm", "ms", "lower", {"rounds": rounds}),
        Row("verify a signature", "verify", "ms", "lower", {"rounds": rounds}),
        Row("auth token", "auth", "ms", "lower", {"rounds": rounds}),
        Row("`import lighter` (fresh process)", "import", "ms", "lower", {"rounds": fresh}),
        Row("import + client class (fresh process)", "import_client", "ms", "lower", {"rounds": fresh}),
        Row("first signature in a fresh process", "first_signature", "ms", "lower", {"rounds": fresh}),
        Row("parse a 500-level order book", "parse_book", "ms", "lower", {"rounds": rounds}),
        Row(
            "order-book updates (diff frames)",
            "book_updates",
            "/s",
            "higher",
            {"rounds": rounds, "frames": frames},
        ),
        Row(
            "WebSocket frames through the client",
            "ws_frames",
            "/s",
            "higher",
            {"rounds": 3, "port": ws_port, "frames": frames},
        ),
        Row(
            "REST round trips, local exchange",
            "rest",
            "/s",
            "higher",
            {"rounds": rounds, "base_url": base_url, "calls": 50 if quick else 200},
        ),
        Row("RSS after import + client class", "rss", "MB", "lower", {"rounds": 3}),
    ]


def _measure(python: str, sdk: str, row: Row) -> Any:
    try:
        out = subprocess.run(
            [python, str(OPS_SCRIPT), sdk, row.op, json.dumps(row.args)],
            capture_output=True,
            text=True,
            timeout=900,
            cwd=str(HERE),
            env=C.clean_env(),
        )
    except subprocess.TimeoutExpired:
        return {"error": "timed out"}
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        return {"error": (out.stderr.strip().splitlines() or ["no output"])[-1][:160]}
    return json.loads(lines[-1])["value"]


def _fmt(value: Any, unit: str) -> str:
    if isinstance(value, dict):
        return "n/a" if "na" in value else "error"
    if unit == "ms":
        return f"{value * 1e3:,.3f} ms" if value < 0.01 else f"{value * 1e3:,.1f} ms"
    if unit == "MB":
        return f"{value:,.1f} MB"
    return f"{value:,.0f} /s"


def _ratio(ours: Any, theirs: Any, better: str) -> str:
    if not isinstance(ours, (int, float)) or not isinstance(theirs, (int, float)) or not ours or not theirs:
        return ""
    ratio = theirs / ours if better == "lower" else ours / theirs
    return f"x{ratio:,.1f}" if ratio >= 1.95 else f"x{ratio:.2f}"


def _peer_python(arg: str | None) -> str | None:
    candidate = arg or os.environ.get("LIGHTER_PEERS_PYTHON") or str(ROOT / ".venv-peers" / "bin" / "python")
    return candidate if Path(candidate).exists() else None


def _versions(python: str) -> dict[str, str]:
    code = (
        "import importlib.metadata as m, json\n"
        "print(json.dumps({n: m.version(n) for n in ('lighter-sdk', 'typed-lighter')}))"
    )
    try:
        out = subprocess.run([python, "-c", code], capture_output=True, text=True, timeout=60, cwd="/")
        return dict(json.loads(out.stdout))
    except (OSError, ValueError, subprocess.SubprocessError):
        return {}


def _start_sim() -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "lighter.cli", "sim", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=str(ROOT),
    )
    assert proc.stdout is not None
    ready = json.loads(proc.stdout.readline())
    return proc, str(ready["base_url"])


def run(args: argparse.Namespace, emit: Callable[[str], None]) -> None:
    peers_python = None if args.no_peers else _peer_python(args.peers_python)
    versions = _versions(peers_python) if peers_python else {}
    sdks: list[tuple[str, str]] = [("ours", sys.executable)]
    sdks += [(name, peers_python) for name in PEERS if peers_python and name in versions]

    snapshot = C.book_snapshot()
    frames = C.book_diffs(snapshot, 5_000 if args.quick else 20_000, seed=2)
    receiver, sender = multiprocessing.Pipe(duplex=False)
    server = multiprocessing.Process(
        target=C.serve_frames,
        args=(sender, json.dumps(snapshot), [json.dumps(f, separators=(",", ":")) for f in frames]),
        daemon=True,
    )
    server.start()
    sim, base_url = _start_sim()
    try:
        ws_port = receiver.recv()
        rows = _rows(args.quick, ws_port, base_url)
        if args.only:
            rows = [r for r in rows if r.op in args.only.split(",")]
        started = time.monotonic()
        results = {(row.op, sdk): _measure(python, sdk, row) for row in rows for sdk, python in sdks}
        elapsed = time.monotonic() - started
    finally:
        sim.terminate()
        sim.wait(10)
        server.terminate()
        server.join(5)

    today = datetime.date.today().isoformat()
    emit(f"python -m benchmarks  ({today}; {'quick; ' if args.quick else ''}medians of repeated runs)")
    emit(
        f"CPython {platform.python_version()} on {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs (shared)"
    )
    if peers_python:
        emit("peers: " + ", ".join(f"{n} {v}" for n, v in versions.items()) + f" ({peers_python})")
    else:
        emit("peers: not measured (run scripts/bench-peers-venv to create .venv-peers)")
    emit("")
    headers = ["operation", "lighter (ours)"]
    for name, _python in sdks[1:]:
        headers += [name, "ratio"]
    table = [headers]
    for row in rows:
        ours = results[(row.op, "ours")]
        line = [row.label, _fmt(ours, row.unit)]
        for name, _python in sdks[1:]:
            theirs = results[(row.op, name)]
            line += [_fmt(theirs, row.unit), _ratio(ours, theirs, row.better)]
        table.append(line)
    widths = [max(len(r[i]) for r in table) for i in range(len(headers))]
    for i, line in enumerate(table):
        cells = [line[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(line[1:], widths[1:], strict=True)]
        emit("  ".join(cells).rstrip())
        if i == 0:
            emit("  ".join("-" * w for w in widths))
    emit("")
    emit("ratio: how many times better ours is (theirs/ours for ms and MB, ours/theirs for /s).")
    emit("sign: one CreateOrder to tx_info + hash + signature (lighter-sdk: its Go library via ctypes);")
    emit("in a tight loop our nonce pool never refills (it waits for idle time), so that row is 'pool cold'.")
    emit("import rows: time inside the fresh interpreter; typed-lighter and ours load lazily.")
    emit("parse: frame text -> the SDK's book object (lighter-sdk keeps the dict; typed-lighter validates).")
    emit("updates: diff frames of 1-4 levels applied to the local book; WebSocket: loopback server,")
    emit("pre-encoded frames to a user callback; REST: sequential GET /api/v1/orderBooks on `lighter sim`.")
    notes = sorted(
        {
            f"{name} {row.op}: {v['na']}"
            for row in rows
            for name, _p in sdks[1:]
            if isinstance(v := results[(row.op, name)], dict) and "na" in v
        }
    )
    errors = sorted(
        {
            f"{name} {row.op}: {v['error']}"
            for row in rows
            for name, _p in sdks
            if isinstance(v := results[(row.op, name)], dict) and "error" in v
        }
    )
    for note in notes:
        emit(f"n/a: {note}")
    for error in errors:
        emit(f"error: {error}")
    emit(f"({elapsed:.0f} s)")
    if not args.only or "tick_to_trade" in args.only.split(","):
        _tick_to_trade(args, peers_python if "lighter-sdk" in versions else None, emit)


def _tick_to_trade(args: argparse.Namespace, peers_python: str | None, emit: Callable[[str], None]) -> None:
    """The tick-to-trade section (``benchmarks/bench_tick_to_trade.py``), with the machine's load."""
    from benchmarks import bench_tick_to_trade as t2t

    rounds, (count, warmup) = (1, (400, 100)) if args.quick else (3, (1500, 200))
    emit("")
    emit(f"tick to trade (update on the WebSocket -> order on the wire; {t2t.load()} before)")
    started = time.monotonic()
    results = t2t.measure(peers_python, levels=(250, 2500), rounds=rounds, count=count, warmup=warmup)
    t2t.report(results, emit)
    emit(
        f"one update every {t2t.PACE_SECONDS * 1e3:.0f} ms, one post-only order each; medians of {rounds} "
        f"interleaved round(s) of {count} orders; {t2t.load()} after ({time.monotonic() - started:.0f} s)"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds and frames")
    parser.add_argument("--save", action="store_true", help="also write benchmarks/results/<date>.txt")
    parser.add_argument("--no-peers", action="store_true", help="measure ours only")
    parser.add_argument("--peers-python", help="interpreter of the side virtualenv (default .venv-peers)")
    parser.add_argument("--only", help="comma-separated operations (sign,import,...,tick_to_trade)")
    args = parser.parse_args(argv)
    buffer = io.StringIO()

    def emit(line: str) -> None:
        print(line, flush=True)
        buffer.write(line + "\n")

    with redirect_stdout(sys.stdout):
        run(args, emit)
    if args.save:
        target = HERE / "results" / f"{datetime.date.today().isoformat()}.txt"
        target.parent.mkdir(exist_ok=True)
        target.write_text(buffer.getvalue())
        print(f"saved {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
