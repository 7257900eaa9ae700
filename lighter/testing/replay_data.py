"""What ``lighter sim --replay`` replays: a recording turned into timed, pre-parsed market events.

Input is a ``lighter record`` directory or a JSON Lines file of raw WebSocket frames, read with
:func:`lighter.data.read_recording`. Each frame becomes one :class:`Step` at its own ``timestamp`` (the
exchange's time, not the receive time; a trade frame without one takes its newest trade's, any other
keeps the previous time): order-book snapshots and diffs with integer levels, trades, and any other
public frame (``market_stats``, ``ticker``...) to pass on as recorded. The recorder's
``disconnected``/``gap`` marks become gap steps.

Order is the recording's order (what a client received). A timestamp lower than the previous one does not
move the clock back (it is counted in ``out_of_order``); a sequence gap in an order book is kept as
recorded, so clients see it the way the real exchange's ``offset``/``nonce`` would show it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from lighter._loggers import get_logger
from lighter.testing.markets import Market

log = get_logger("lighter.testing.replay")

BOOK, TRADES, PASS, GAP = range(4)
Levels = list[tuple[int, int]]


class ReplayError(ValueError):
    """A recording that cannot be replayed, or a --start/--end outside it (one clear line)."""


@dataclass(slots=True)
class Step:
    """One recorded frame, ready to apply: ``t`` ms of exchange time; ``text`` is passed on verbatim."""

    t: int
    kind: int
    market: int = -1
    channel: str = ""
    text: str = ""
    snapshot: bool = False
    bids: Levels = field(default_factory=list)
    asks: Levels = field(default_factory=list)
    offset: int | None = None
    nonce: int | None = None
    trades: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ReplayData:
    """The steps of a recording between ``start`` and ``end`` (ms), and what was skipped."""

    source: str
    steps: list[Step]
    first_ms: int
    last_ms: int
    skipped_markets: dict[int, int] = field(default_factory=dict)
    out_of_order: int = 0

    @property
    def book_updates(self) -> int:
        """Order-book frames (snapshots and diffs) in the replay."""
        return sum(1 for s in self.steps if s.kind == BOOK)


def parse_time(text: str | int | float | datetime | None) -> int | None:
    """``--start``/``--end``: unix seconds or ms, or an ISO date/time (UTC unless it says otherwise)."""
    if text is None:
        return None
    if isinstance(text, datetime):
        dt = text
    elif isinstance(text, (int, float)) and not isinstance(text, bool):
        return int(text if text > 1e11 else text * 1000)
    else:
        s = str(text).strip()
        try:
            number = float(s)
        except ValueError:
            try:
                dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
            except ValueError:
                raise ReplayError(f"not a time: {text!r} (unix seconds/ms or an ISO date/time)") from None
        else:
            return int(number if number > 1e11 else number * 1000)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return int(dt.timestamp() * 1000)


def units(text: Any, decimals: int) -> int:
    """``"90550.8"`` with 1 decimal -> 905508; more digits than the market has is an error."""
    if not isinstance(text, str):
        raise ValueError(f"expected a decimal string, got {text!r}")
    whole, _, frac = text.partition(".")
    if len(frac) > decimals or not (whole.isdigit() and (frac.isdigit() or not frac)):
        raise ValueError(f"{text!r} is not a non-negative decimal with at most {decimals} decimals")
    return int(whole + frac.ljust(decimals, "0"))


def _levels(raw: Any, m: Market) -> Levels:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ValueError("levels are not a list")
    return [(units(x["price"], m.price_decimals), units(x["size"], m.size_decimals)) for x in raw]


def _market_of(channel: str) -> int | None:
    name, _, rest = channel.partition(":")
    return int(rest) if name and rest.isdigit() else None


def load(
    source: str | Path, markets: dict[int, Market], *, start: int | None = None, end: int | None = None
) -> ReplayData:
    """Read and check a recording; frames of markets the exchange does not list are skipped (counted)."""
    from lighter.data.recording import RecordedFrame, RecordingError, read_recording

    steps: list[Step] = []
    skipped: dict[int, int] = {}
    last_t: int | None = None
    out_of_order = 0
    try:
        items = list(read_recording(source))
    except RecordingError as exc:
        raise ReplayError(str(exc)) from None
    for n, item in enumerate(items, 1):
        if not isinstance(item, RecordedFrame):
            if item.is_gap and last_t is not None:
                steps.append(Step(last_t, GAP, channel=str(item.detail.get("channel", "")), text=item.kind))
            continue
        frame = item.frame
        t = _frame_time(frame, last_t)
        if t is None:
            t = item.received_us // 1000
        if last_t is not None and t < last_t:
            out_of_order += 1
        last_t = t if last_t is None else max(t, last_t)
        kind, channel = item.type, item.channel
        prefix, _, name = kind.partition("/")
        if prefix not in ("subscribed", "update"):
            continue  # connected, pong, error... are not part of the market
        mid = _market_of(channel)
        if mid is None:
            steps.append(Step(t, PASS, channel=channel, text=item.text))
            continue
        m = markets.get(mid)
        if m is None:
            skipped[mid] = skipped.get(mid, 0) + 1
            continue
        try:
            steps.append(_step(t, name, prefix == "subscribed", mid, m, channel, item.text, frame))
        except (ValueError, KeyError, TypeError) as exc:
            raise ReplayError(f"{source}: frame {n} ({kind} {channel}) cannot be replayed: {exc}") from None
    if skipped:
        log.warning(
            "replay: frames of markets %s skipped (not markets of the local exchange)", sorted(skipped)
        )
    timed = [s.t for s in steps if s.kind != GAP]
    if not timed:
        raise ReplayError(f"{source}: no frames of the exchange's markets to replay")
    first, last = timed[0], max(timed)
    if start is not None and not first <= start <= last:
        raise ReplayError(f"--start {_iso(start)} is outside the recording ({_iso(first)} to {_iso(last)})")
    if end is not None and (end < first or (start is not None and end < start)):
        raise ReplayError(f"--end {_iso(end)} is before the recording's start or --start")
    if end is not None:
        steps = [s for s in steps if s.t <= end]
        last = min(last, end)
    return ReplayData(str(source), steps, first, last, skipped, out_of_order)


def _step(
    t: int, name: str, snapshot: bool, mid: int, m: Market, channel: str, text: str, frame: Any
) -> Step:
    if name == "order_book":
        book = frame["order_book"]
        offset = book.get("offset", frame.get("offset"))
        nonce = book.get("nonce", frame.get("nonce"))
        return Step(
            t,
            BOOK,
            mid,
            channel,
            text,
            snapshot,
            _levels(book.get("bids"), m),
            _levels(book.get("asks"), m),
            offset if isinstance(offset, int) else None,
            nonce if isinstance(nonce, int) else None,
        )
    if name == "trade":
        trades = frame.get("trades") or []
        if not isinstance(trades, list):
            raise ValueError("trades is not a list")
        parsed = []
        for tr in trades:
            parsed.append(
                {
                    "trade_id": int(tr.get("trade_id", 0)),
                    "price": units(tr["price"], m.price_decimals),
                    "size": units(tr["size"], m.size_decimals),
                    "is_maker_ask": bool(tr["is_maker_ask"]),
                    "timestamp": int(tr.get("timestamp", t)),
                    "raw": tr,
                }
            )
        return Step(t, TRADES, mid, channel, text, snapshot, trades=parsed)
    return Step(t, PASS, mid, channel, text, snapshot)


def _frame_time(frame: dict[str, Any], last_t: int | None) -> int | None:
    """The frame's ``timestamp``; for a trade frame without one, its newest trade's; else the last time."""
    ts = frame.get("timestamp")
    if isinstance(ts, int) and not isinstance(ts, bool):
        return ts
    trades = frame.get("trades")
    if isinstance(trades, list):
        times = [tr.get("timestamp") for tr in trades if isinstance(tr, dict)]
        ints = [x for x in times if isinstance(x, int) and not isinstance(x, bool)]
        if ints:
            return max(ints)
    return last_t


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).isoformat(timespec="milliseconds")
