"""How ``lighter stream`` shows each channel's updates to a person: lines and small tables, never raw JSON.

Pure: an event in, lines out. Every channel has a view; a frame of a kind this module does not know is
shown as its fields (``key value`` pairs), still readable, never truncated JSON.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from lighter._cli.output import Cell, Output, signed_style
from lighter._cli.timeparse import fmt_time
from lighter._cli.views import ORDER_HEADERS, POSITION_HEADERS, fmt, order_rows, positions_rows

STAT_FIELDS = (
    ("last_trade_price", "last"),
    ("mark_price", "mark"),
    ("index_price", "index"),
    ("daily_price_change", "24h %"),
    ("daily_quote_token_volume", "24h vol"),
    ("open_interest", "OI"),
    ("current_funding_rate", "funding"),
)


def _trade_lines(trades: Iterable[Any]) -> list[str]:
    """Oldest first (a snapshot arrives newest first; live updates oldest first): one order on screen."""
    ordered = sorted(trades, key=lambda t: (t.timestamp or 0, t.trade_id or 0))
    lines = []
    for t in ordered:
        side = "sell" if not t.is_maker_ask else "buy"  # the taker's side
        lines.append(
            f"{fmt_time(t.timestamp)}  {side:4s} {fmt(t.size)} @ {fmt(t.price)}  ({fmt(t.usd_amount)} USD)"
        )
    return lines


def _pairs(items: Iterable[tuple[str, object]]) -> list[str]:
    shown = [(k, "" if v is None else str(v)) for k, v in items]
    width = max((len(k) for k, _ in shown), default=0)
    return [f"{k.ljust(width)}  {v}" for k, v in shown]


def _scalars(raw: Mapping[str, Any]) -> list[tuple[str, object]]:
    """The fields of a frame worth a line each: scalars, and one level of nested objects as a.b."""
    out: list[tuple[str, object]] = []
    for key, value in raw.items():
        if key in ("type", "channel"):
            continue
        if isinstance(value, Mapping):
            out += [(f"{key}.{k}", v) for k, v in value.items() if not isinstance(v, (Mapping, list))]
        elif isinstance(value, list):
            out.append((key, f"[{len(value)} item(s)]"))
        else:
            out.append((key, value))
    return out


def _account_lines(out: Output, event: Any) -> list[str]:
    lines: list[str] = []
    if event.orders:
        lines += out.table_lines(ORDER_HEADERS, order_rows([o.raw for o in event.orders], {}),
                                 align="llllrrrrll", title=f"orders ({len(event.orders)})")  # fmt: skip
    if event.positions:
        rows = positions_rows(p.raw for p in event.positions)
        lines += (
            out.table_lines(POSITION_HEADERS, rows, align="llrrrrrr", title="positions")
            if rows
            else ["positions: all flat"]
        )
    if event.assets:
        rows2: list[Sequence[object]] = [
            [a.symbol or str(a.asset_id), fmt(a.balance), fmt(a.locked_balance), a.margin_mode or ""]
            for a in event.assets
        ]
        lines += out.table_lines(
            ["ASSET", "BALANCE", "LOCKED", "MARGIN"], rows2, align="lrrl", title="assets"
        )
    if event.trades:
        lines += ["trades"] + ["  " + line for line in _trade_lines(event.trades)]
    if not lines:
        lines = [f"{event.kind}: no change" if not event.snapshot else f"{event.kind}: empty"]
    return lines


def render(out: Output, event: Any) -> list[str]:
    """The lines that show ``event`` (a `ChannelEvent`) to a person."""
    from lighter.ws import (
        AccountEvent,
        AccountTxEvent,
        CandleEvent,
        HeightEvent,
        MarketStatsEvent,
        NotificationEvent,
        OrderBookEvent,
        TickerEvent,
        TradeEvent,
        UserStatsEvent,
    )

    if isinstance(event, OrderBookEvent):
        book = event.book
        bid, ask = book.best_bid, book.best_ask
        left = f"{bid[1]:f} @ {bid[0]:f}" if bid else "-"
        right = f"{ask[0]:f} x {ask[1]:f}" if ask else "-"
        changes = len(event.bid_changes) + len(event.ask_changes)
        kind = "snapshot" if event.snapshot else f"{changes} level change(s)"
        return [f"bid {left}  |  ask {right}   ({kind})"]
    if isinstance(event, TradeEvent):
        lines = _trade_lines(event.trades)
        if event.liquidation_trades:
            lines += [f"{line}  liquidation" for line in _trade_lines(event.liquidation_trades)]
        return lines or (["no trades yet"] if event.snapshot else [])
    if isinstance(event, TickerEvent):
        bid_text = f"{event.bid[1]:f} @ {event.bid[0]:f}" if event.bid else "-"
        ask_text = f"{event.ask[0]:f} x {event.ask[1]:f}" if event.ask else "-"
        return [f"{event.symbol or event.market_id}  bid {bid_text}  |  ask {ask_text}"]
    if isinstance(event, MarketStatsEvent):
        rows = []
        for market_id, stats in sorted(event.stats.items()):
            cells: list[Cell | str] = [str(stats.get("symbol") or market_id)]
            for key, _ in STAT_FIELDS:
                value = stats.get(key)
                text = fmt(value)
                if key == "daily_price_change" and value is not None:
                    number = Decimal(str(value))
                    cells.append(Cell(f"{number:+.2f}", signed_style(number)))
                else:
                    cells.append(
                        text if key != "daily_quote_token_volume" or value is None else fmt(value, 0)
                    )
            rows.append(cells)
        return out.table_lines(["MARKET", *(label.upper() for _, label in STAT_FIELDS)], rows)
    if isinstance(event, CandleEvent):
        rows2 = [
            [fmt_time(int(c.get("t") or 0), seconds=False), fmt(c.get("o")), fmt(c.get("h")), fmt(c.get("l")),
             fmt(c.get("c")), fmt(c.get("v"))]
            for c in sorted(event.candles, key=lambda c: int(c.get("t") or 0))
        ]  # fmt: skip
        title = f"{event.market_id} {event.resolution or ''}".strip()
        return out.table_lines(["TIME (UTC)", "OPEN", "HIGH", "LOW", "CLOSE", "VOLUME"], rows2, title=title)
    if isinstance(event, HeightEvent):
        return [f"block height {event.height}"]
    if isinstance(event, AccountEvent):
        return _account_lines(out, event)
    if isinstance(event, UserStatsEvent):
        return _pairs(_scalars({"stats": event.stats}) if event.stats else [("stats", "none")])
    if isinstance(event, AccountTxEvent):
        return [
            f"tx {tx.get('hash', '')}  type {tx.get('type', '')}  status {tx.get('status', '')}  "
            f"block {tx.get('block_height', '')}"
            for tx in event.txs
        ] or ["no transactions"]
    if isinstance(event, NotificationEvent):
        return [
            "  ".join(f"{k} {v}" for k, v in n.items() if not isinstance(v, (Mapping, list)))
            for n in event.notifications
        ] or ["no notifications"]
    return _pairs(_scalars(event.raw)) or ["(empty update)"]
