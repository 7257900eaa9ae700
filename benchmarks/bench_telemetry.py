"""Cost of `lighter.telemetry` on the create_order path: telemetry off, and on (spans + metrics).

Run: ``.venv/bin/python benchmarks/bench_telemetry.py [--rounds 15] [--calls 200] [--clock wall|cpu]``.

A warm blocking client (markets cached, nonce seeded) places ``create_order("ETH", ...)`` through an
``httpx.MockTransport`` that answers at once, so the figure is the SDK's own time per call: build, sign,
send, parse, and (when on) the spans and metrics. Rounds alternate off / on so that the machine's drift
hits both alike; each figure is the median over rounds of the per-call mean.

"On" is what a service would run: the OpenTelemetry SDK with a ``BatchSpanProcessor`` (exporting to
memory) and a prometheus_client registry. "Off" is the state after ``disable()`` (or before any
``enable()``): every hook is one ``is None`` check. To compare "off" with a tree that has no hooks at
all, run this script's ``--off-only`` from both trees (``PYTHONPATH=<other tree>``) and compare.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `benchmarks` when run as a script
from benchmarks.bench_client import warm_client  # noqa: E402

CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}


def bench(rounds: int, calls: int, *, off_only: bool = False, clock: str = "wall") -> dict[str, float]:
    """Median seconds per create_order with telemetry off (and on, unless `off_only`). ``clock="cpu"``
    counts this process's CPU time (every thread: the span-ending thread's work is included), steadier
    than wall time on a busy machine."""
    now = CLOCKS[clock]

    def _per_call(client: Any, calls: int) -> float:
        start = now()
        for _ in range(calls):
            client.create_order("ETH", side="buy", size="0.1", price="3000.5")
        return (now() - start) / calls

    client = warm_client()
    off: list[float] = []
    on: list[float] = []
    if off_only:
        off = [_per_call(client, calls) for _ in range(rounds)]
        client.close()
        return {"create_order, telemetry off": statistics.median(off)}

    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
    from prometheus_client import CollectorRegistry

    import lighter.telemetry

    provider = TracerProvider()
    exporter = InMemorySpanExporter()
    provider.add_span_processor(BatchSpanProcessor(exporter, max_queue_size=100_000))
    registry = CollectorRegistry()
    for _ in range(rounds):
        off.append(_per_call(client, calls))
        lighter.telemetry.enable(tracer_provider=provider, registry=registry)
        on.append(_per_call(client, calls))
        lighter.telemetry.flush(30.0)  # the spans of this round leave before the next "off" round
        lighter.telemetry.disable()
        exporter.clear()
    client.close()
    provider.shutdown()
    return {
        "create_order, telemetry off": statistics.median(off),
        "create_order, telemetry on (spans + metrics)": statistics.median(on),
        "overhead per create_order when on": statistics.median(on) - statistics.median(off),
    }


def main(argv: list[str] | None = None) -> dict[str, float]:
    """Run, print a table in microseconds, return the figures (seconds)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--off-only", action="store_true", help="only the 'off' figure (to compare trees)")
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="wall", help="wall time or CPU time")
    args = parser.parse_args(argv)
    figures = bench(args.rounds, args.calls, off_only=args.off_only, clock=args.clock)
    width = max(len(k) for k in figures)
    lines = [f"{'benchmark':<{width}}  median ({args.clock})"]
    lines += [f"{name:<{width}}  {seconds * 1e6:9.1f} us" for name, seconds in figures.items()]
    print("\n".join(lines))
    return figures


if __name__ == "__main__":
    main()
