"""Public market data: ``markets``, ``book`` (``--watch``), ``trades``, ``candles`` (CSV, chart)."""

from __future__ import annotations

import csv
import time
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from lighter._cli.context import CliError, Context
from lighter._cli.output import Cell, Progress, signed_style
from lighter._cli.timeparse import fmt_time, parse_time_ms, resolution_ms
from lighter._cli.views import TRADE_HEADERS, aggregate, book_json, book_lines, dec, fmt, trades_rows

if TYPE_CHECKING:  # pragma: no cover
    from lighter.client import Lighter
    from lighter.markets import Market

MAX_CANDLES_PER_CALL = 500  # the API's cap per request (openapi.yaml, `candles`)
MAX_TRADES = 100  # the API's cap on list endpoints


def _market(client: Lighter, text: str) -> Market:
    """A market by symbol or index (digits are an index)."""
    key: int | str = int(text) if text.isdigit() else text
    return client.market(key)


def markets(ctx: Context) -> int:
    """List markets: last price, 24h change and volume, tick and lot sizes, minimums, max leverage."""
    with ctx.client(credentials=False) as client:
        body = client.market_data.details().to_dict()
    kind = ctx.args.kind
    entries: list[dict[str, Any]] = []
    if kind in ("perp", "all"):
        entries += [dict(e, market_type="perp") for e in body.get("order_book_details") or []]
    if kind in ("spot", "all"):
        entries += [dict(e, market_type="spot") for e in body.get("spot_order_book_details") or []]
    entries.sort(key=lambda e: int(e.get("market_id", 0)))
    if ctx.out.json_mode:
        ctx.out.json(entries)
        return 0
    rows: list[list[Cell | str]] = []
    for e in entries:
        change = dec(e.get("daily_price_change"))
        imf = e.get("min_initial_margin_fraction")
        lev = f"{Decimal(10_000) / Decimal(imf):.0f}x" if imf else ""
        price_dp = int(e.get("price_decimals") or e.get("supported_price_decimals") or 0)
        size_dp = int(e.get("size_decimals") or e.get("supported_size_decimals") or 0)
        rows.append(
            [
                str(e.get("market_id")),
                Cell(str(e.get("symbol")), "bold"),
                str(e.get("market_type")),
                fmt(e.get("last_trade_price"), price_dp),
                Cell(f"{change:+.2f}%" if change is not None else "", signed_style(change)),
                fmt(e.get("daily_quote_token_volume"), 0),
                f"{Decimal(1).scaleb(-price_dp):f}",
                f"{Decimal(1).scaleb(-size_dp):f}",
                fmt(e.get("min_base_amount")),
                fmt(e.get("min_quote_amount"), 2),
                lev,
                str(e.get("status", "")),
            ]
        )
    ctx.out.table(
        [
            "ID",
            "SYMBOL",
            "KIND",
            "LAST",
            "24H",
            "24H VOL",
            "TICK",
            "LOT",
            "MIN SIZE",
            "MIN $",
            "MAX LEV",
            "STATUS",
        ],
        rows,
        align="rllrrrrrrrrl",
    )
    return 0


def book(ctx: Context) -> int:
    """The order book of a market from REST, or live over the WebSocket with ``--watch``."""
    args = ctx.args
    if args.depth < 1:
        raise CliError("--depth must be at least 1")
    with ctx.client(credentials=False) as client:
        market = _market(client, args.market)
        if args.watch:
            return _watch_book(ctx, market)
        body = client.market_data.order_book(market.index, limit=min(250, args.depth * 20)).to_dict()
    bids = aggregate(body.get("bids") or [])
    asks = aggregate(body.get("asks") or [])
    bids.sort(key=lambda level: -level[0])
    asks.sort(key=lambda level: level[0])
    if ctx.out.json_mode:
        ctx.out.json(book_json(market.symbol, bids, asks, args.depth))
        return 0
    for text in book_lines(ctx.out, f"{market.symbol} order book", bids, asks, args.depth):
        ctx.out.line(text)
    return 0


def _watch_book(ctx: Context, market: Market) -> int:
    """Redraw the book as the stream updates it (a full-screen view on a terminal, JSON lines otherwise)."""
    from lighter.ws import WsClient

    out = ctx.out
    depth = ctx.args.depth
    deadline = None if ctx.args.duration is None else time.monotonic() + ctx.args.duration
    redraw = not out.json_mode and out.stdout.isatty()
    ep = ctx.endpoint()
    with WsClient(ep.ws_url) as ws:
        ws.subscribe_order_book(market.index, wait=True, timeout=10)
        live = ws.order_book(market.index)
        last: tuple[Any, ...] | None = None
        while deadline is None or time.monotonic() < deadline:
            bids, asks = live.top(depth)
            state = (live.nonce, live.offset, tuple(bids), tuple(asks))
            if state != last:
                last = state
                if out.json_mode:
                    out.json_line(
                        {**book_json(market.symbol, bids, asks, depth), "timestamp": live.timestamp}
                    )
                else:
                    title = f"{market.symbol} order book  {fmt_time(live.timestamp)} UTC"
                    if not live.is_synced:
                        title += "  (resyncing)"
                    lines = book_lines(out, title, bids, asks, depth)
                    if redraw:
                        out.stdout.write("\x1b[H\x1b[2J" + "\n".join(lines) + "\n\nCtrl-C to stop\n")
                        out.stdout.flush()
                    else:
                        for text in lines:
                            out.line(text)
                        out.line()
            time.sleep(0.2)
    return 0


def trades(ctx: Context) -> int:
    """The latest public trades of a market."""
    if not 1 <= ctx.args.limit <= MAX_TRADES:
        raise CliError(f"--limit must be in 1..{MAX_TRADES}")
    with ctx.client(credentials=False) as client:
        market = _market(client, ctx.args.market)
        body = client.api.recent_trades(market_id=market.index, limit=ctx.args.limit).to_dict()
    items = body.get("trades") or []
    if ctx.out.json_mode:
        ctx.out.json(items)
        return 0
    if not items:
        ctx.out.note(f"no trades in {market.symbol} yet")
        return 0
    ctx.out.table(TRADE_HEADERS, trades_rows(items), align="llrrrl", title=f"{market.symbol} trades")
    return 0


def fetch_candles(
    client: Lighter, market_index: int, resolution: str, start_ms: int, end_ms: int, progress: Progress | None
) -> list[dict[str, Any]]:
    """Every candle in [start, end], paging by the API's 500-candle cap; sorted, without duplicates."""
    step = resolution_ms(resolution)
    window = step * MAX_CANDLES_PER_CALL
    found: dict[int, dict[str, Any]] = {}
    cursor = start_ms
    while cursor <= end_ms:
        upper = min(cursor + window - 1, end_ms)
        body = client.api.candles(
            market_id=market_index,
            resolution=resolution,
            start_timestamp=cursor,
            end_timestamp=upper,
            count_back=MAX_CANDLES_PER_CALL,
        ).to_dict()
        for candle in body.get("c") or body.get("candles") or []:
            t = int(candle.get("t", 0))
            if start_ms <= t <= end_ms:
                found[t] = candle
        if progress is not None:
            progress.advance(extra=f"{len(found)} candles")
        cursor = upper + 1
    return [found[t] for t in sorted(found)]


CANDLE_FIELDS = (("t", "time"), ("o", "open"), ("h", "high"), ("l", "low"), ("c", "close"), ("v", "volume"))


def candles(ctx: Context) -> int:
    """OHLCV candles of a market over a time range, as a table, JSON, CSV or a chart."""
    args = ctx.args
    now = int(time.time() * 1000)
    start = parse_time_ms(args.since, now, what="--since")
    end = now if args.until is None else parse_time_ms(args.until, now, what="--until")
    if start >= end:
        raise CliError("--since must be before --until")
    step = resolution_ms(args.resolution)
    pages = (end - start) // (step * MAX_CANDLES_PER_CALL) + 1
    with ctx.client(credentials=False) as client:
        market = _market(client, args.market)
        progress = Progress(pages, f"{market.symbol} {args.resolution}", stream=ctx.out.stderr)
        try:
            rows = fetch_candles(client, market.index, args.resolution, start, end, progress)
        finally:
            progress.close()
    if not rows:  # an empty range is an answer, not a failure: exit 0 in every output form
        nothing = ": nothing to plot" if args.plot is not None else ""
        ctx.out.note(
            f"no {market.symbol} {args.resolution} candles between {fmt_time(start)} and {fmt_time(end)} UTC"
            + nothing
        )
    if args.csv:
        writer = csv.writer(ctx.out.stdout, lineterminator="\n")
        writer.writerow(
            ["timestamp_ms", "time_utc", "open", "high", "low", "close", "volume", "quote_volume"]
        )
        for c in rows:
            t = int(c.get("t", 0))
            writer.writerow(
                [t, fmt_time(t), *(c.get(k, 0) for k in ("o", "h", "l", "c", "v")), c.get("V", 0)]
            )
        return 0
    if args.plot is not None:
        if not rows:
            return 0
        from lighter._cli.plot import plot_candles

        plot_candles(ctx.out, rows, title=f"{market.symbol} {args.resolution}", path=args.plot)
        return 0
    if ctx.out.json_mode:
        ctx.out.json(rows)
        return 0
    if not rows:
        return 0
    table: list[list[Cell | str]] = []
    for c in rows:
        o, close = dec(c.get("o")), dec(c.get("c"))
        style = None if o is None or close is None else ("green" if close >= o else "red")
        table.append(
            [
                fmt_time(int(c.get("t", 0)), seconds=False),
                fmt(c.get("o")),
                fmt(c.get("h")),
                fmt(c.get("l")),
                Cell(fmt(c.get("c")), style),
                fmt(c.get("v")),
            ]
        )
    ctx.out.table(["TIME (UTC)", "OPEN", "HIGH", "LOW", "CLOSE", "VOLUME"], table)
    return 0
