"""How the CLI and the demo draw books, orders, positions and trades (pure: data in, lines out)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from lighter._cli.output import Cell, Output, signed_style
from lighter._cli.timeparse import fmt_time

Level = tuple[Decimal, Decimal]


def dec(value: Any) -> Decimal | None:
    """A Decimal from a JSON string/number, None for missing or empty values."""
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except ArithmeticError:
        return None


def fmt(value: Any, places: int | None = None) -> str:
    """Decimal text, optionally quantized to `places` decimals; blank for None. Never thousands
    separators: every number looks the same whatever its size, and can be typed back into a command."""
    number = dec(value)
    if number is None:
        return ""
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places))
    return f"{number:f}"


def aggregate(orders: Iterable[Mapping[str, Any]]) -> list[Level]:
    """Price levels from resting orders (``orderBookOrders``), in the order prices first appear."""
    levels: dict[Decimal, Decimal] = {}
    for order in orders:
        price = dec(order.get("price"))
        size = dec(order.get("remaining_base_amount"))
        if price is None or size is None:
            continue
        levels[price] = levels.get(price, Decimal(0)) + size
    return list(levels.items())


def book_lines(
    out: Output, title: str, bids: Sequence[Level], asks: Sequence[Level], depth: int
) -> list[str]:
    """Asks above (best at the bottom), the spread, bids below (best at the top), with running totals."""
    asks = list(asks)[:depth]
    bids = list(bids)[:depth]
    rows: list[list[Cell | str]] = []
    total = Decimal(0)
    ask_rows: list[list[Cell | str]] = []
    for price, size in asks:
        total += size
        ask_rows.append([Cell(f"{price:f}", "red"), f"{size:f}", f"{total:f}"])
    rows.extend(reversed(ask_rows))
    total = Decimal(0)
    for price, size in bids:
        total += size
        rows.append([Cell(f"{price:f}", "green"), f"{size:f}", f"{total:f}"])
    lines = out.table_lines(["PRICE", "SIZE", "TOTAL"], rows, align="rrr", title=title)
    if bids and asks:
        spread = asks[0][0] - bids[0][0]
        mid = (asks[0][0] + bids[0][0]) / 2
        bps = (spread / mid * 10_000).quantize(Decimal("0.1")) if mid else Decimal(0)
        middle = f"spread {spread:f} ({bps} bps)"
    else:
        middle = "(one side of the book is empty)"
    lines.insert(len(lines) - len(bids), out.style(middle, "dim"))
    return lines


def book_json(market: str, bids: Sequence[Level], asks: Sequence[Level], depth: int) -> dict[str, Any]:
    """The top `depth` levels as JSON-ready data (Decimals become strings)."""
    return {
        "market": market,
        "bids": [[p, s] for p, s in list(bids)[:depth]],
        "asks": [[p, s] for p, s in list(asks)[:depth]],
    }


def side_cell(is_ask: Any) -> Cell:
    """Red "sell" for asks, green "buy" for bids."""
    return Cell("sell", "red") if is_ask else Cell("buy", "green")


ORDER_HEADERS = ["ORDER", "MARKET", "SIDE", "TYPE", "PRICE", "SIZE", "FILLED", "AVG FILL", "STATUS", "TIF"]


def orders_table(out: Output, orders: Sequence[Mapping[str, Any]], symbols: Mapping[int, str]) -> None:
    """Orders (as ``Order.to_dict()`` of the REST API) in a table."""
    out.table(ORDER_HEADERS, order_rows(orders, symbols), align="llllrrrrll")


def order_rows(orders: Iterable[Mapping[str, Any]], symbols: Mapping[int, str]) -> list[list[Cell | str]]:
    """Rows of orders (REST ``Order`` dicts or the stream's ``Order.raw``)."""
    rows: list[list[Cell | str]] = []
    for o in orders:
        rows.append(
            [
                str(o.get("order_index", "")),
                symbols.get(int(o.get("market_index", -1)), str(o.get("market_index", ""))),
                side_cell(o.get("is_ask")),
                str(o.get("type", "")),
                fmt(o.get("price")),
                fmt(o.get("initial_base_amount")),
                fmt(o.get("filled_base_amount")),
                fmt(_average_fill(o)),
                str(o.get("status", "")),
                str(o.get("time_in_force", "")),
            ]
        )
    return rows


def _average_fill(order: Mapping[str, Any]) -> Decimal | None:
    """Filled quote / filled size: the price the order actually got (PRICE is its limit)."""
    filled, quote = dec(order.get("filled_base_amount")), dec(order.get("filled_quote_amount"))
    if not filled or quote is None:
        return None
    return (quote / filled).quantize(Decimal(1).scaleb(-8)).normalize()


def positions_rows(positions: Iterable[Mapping[str, Any]]) -> list[list[Cell | str]]:
    """Rows of open positions (``AccountPosition`` dicts or the stream's ``Position.raw``)."""
    rows: list[list[Cell | str]] = []
    for p in positions:
        size = dec(p.get("position")) or Decimal(0)
        if size == 0:
            continue
        sign = -1 if int(p.get("sign", 1) or 1) == -1 else 1
        upnl = dec(p.get("unrealized_pnl"))
        rpnl = dec(p.get("realized_pnl"))
        rows.append(
            [
                str(p.get("symbol", p.get("market_id", ""))),
                Cell("long" if sign > 0 else "short", "green" if sign > 0 else "red"),
                fmt(size),
                fmt(p.get("avg_entry_price")),
                fmt(p.get("position_value")),
                Cell(fmt(upnl), signed_style(upnl)),
                Cell(fmt(rpnl), signed_style(rpnl)),
                liquidation_cell(p.get("liquidation_price")),
            ]
        )
    return rows


def liquidation_cell(value: Any) -> str:
    """The liquidation price; the exchange sends 0 when the account's collateral covers any move."""
    price = dec(value)
    return "none" if price == 0 else fmt(value)


POSITION_HEADERS = ["MARKET", "SIDE", "SIZE", "ENTRY", "VALUE", "UNREALIZED", "REALIZED", "LIQ. PRICE"]


def trades_rows(
    trades: Iterable[Mapping[str, Any]], *, account_index: int | None = None
) -> list[list[Cell | str]]:
    """Rows of trades. With `account_index`, SIDE is that account's side, else the taker's side."""
    rows: list[list[Cell | str]] = []
    for t in trades:
        if account_index is not None:
            is_ask = int(t.get("ask_account_id", -1)) == account_index
            maker = bool(t.get("is_maker_ask")) == is_ask
            role = "maker" if maker else "taker"
        else:
            is_ask = not t.get("is_maker_ask")  # the taker sold when the maker was the bid
            role = ""
        rows.append(
            [
                fmt_time(int(t.get("timestamp") or 0)),
                side_cell(is_ask),
                fmt(t.get("price")),
                fmt(t.get("size")),
                fmt(t.get("usd_amount")),
                role,
            ]
        )
    return rows


TRADE_HEADERS = ["TIME (UTC)", "SIDE", "PRICE", "SIZE", "VALUE", ""]
