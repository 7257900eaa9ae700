"""``lighter record --markets ETH,BTC --channels order_book,trade --out DIR``: record the public stream.

Frames are written exactly as received, with receive times, into rotating zstd segments (see
:mod:`lighter.data.recording`); reconnects and order-book gaps are marked. Ctrl-C stops cleanly.
"""

from __future__ import annotations

import threading
from typing import Any

from lighter._cli.context import CliError, Context

MARKET_CHANNELS = ("order_book", "trade", "ticker", "market_stats", "spot_market_stats")


def parse_targets(ctx: Context, markets: str, channels: str) -> list[str]:
    """Subscribe addresses (``order_book/0``...) from the comma lists; symbols are resolved over REST."""
    names = [c.strip() for c in channels.split(",") if c.strip()]
    bad = [c for c in names if c not in MARKET_CHANNELS]
    if not names or bad:
        raise CliError(
            f"--channels: unknown channel {bad[0] if bad else '(none)'!r}; "
            f"choose from {', '.join(MARKET_CHANNELS)}"
        )
    wanted = [m.strip() for m in markets.split(",") if m.strip()]
    if not wanted:
        raise CliError("--markets: name at least one market, e.g. ETH,BTC or 0,1")
    ids: list[int] = []
    symbols = [m for m in wanted if not m.isdigit()]
    resolved: dict[str, int] = {}
    if symbols:
        with ctx.client(credentials=False) as client:
            for sym in symbols:
                resolved[sym] = client.market(sym).index
    for m in wanted:
        ids.append(int(m) if m.isdigit() else resolved[m])
    return [f"{name}/{mid}" for mid in dict.fromkeys(ids) for name in names]


def record(ctx: Context) -> int:
    """Record until --duration passes or Ctrl-C; print what was written."""
    from lighter.data.recording import RecordingError
    from lighter.data.recording import record as run

    args = ctx.args
    if args.duration is not None and args.duration <= 0:
        raise CliError("--duration must be a positive number of seconds")
    if args.rotate <= 0:
        raise CliError("--rotate must be a positive number of minutes")
    targets = parse_targets(ctx, args.markets, args.channels)
    ep = ctx.endpoint()
    stop = threading.Event()
    result: dict[str, Any] = {}

    def work() -> None:
        try:
            result["stats"] = run(
                ep.ws_url,
                targets,
                args.out,
                duration=args.duration,
                stop=stop,
                rotate_seconds=args.rotate * 60,
            )
        except BaseException as exc:  # handed to the main thread
            result["error"] = exc

    if not ctx.out.json_mode:
        ctx.out.note(f"recording {', '.join(targets)} into {args.out} (Ctrl-C to stop)")
    worker = threading.Thread(target=work, name="lighter-record", daemon=True)
    worker.start()
    try:
        while worker.is_alive():
            worker.join(0.2)
    except KeyboardInterrupt:
        stop.set()
        worker.join(10)
    error = result.get("error")
    if isinstance(error, RecordingError):
        raise CliError(str(error))
    if error is not None:
        raise error
    stats = result["stats"]
    summary = {
        "out": str(args.out),
        "channels": targets,
        "frames": stats.frames,
        "connects": stats.connects,
        "disconnects": stats.disconnects,
        "gaps": stats.gaps,
        "segments": [p.name for p in stats.segments],
    }
    if ctx.out.json_mode:
        ctx.out.json(summary)
    else:
        ctx.out.pairs([(k, ", ".join(v) if isinstance(v, list) else v) for k, v in summary.items()])
    return 0
