"""Synthetic binary-option data of the local exchange: up/down series, their events, candles and stats.

The local exchange does not trade binary options; it serves schema-valid, deterministic data so that
clients can exercise the reads and channels: a few recurring up/down series (``btc/5m``...), one event per
window of each series with one outcome market, candles of the series' underlying price (a smooth function
of time), market statistics, price-oracle sources and fee tiers. All pure functions of their arguments.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

MAX_CANDLE_RANGE_S = 24 * 3600
CANDLE_LIMIT = (1, 3600)
DEFAULT_CANDLE_LIMIT = 1000
RESOLUTIONS = {"1s": 1, "30s": 30}
FIRST_MARKET_ID = 1000  # binary-option market slots start at 1000 (SPEC: MarketSlot 1000..2000)
OPERATOR_ACCOUNT = 1  # the account shown as creator and operator
EVENTS_PER_SERIES = 6  # windows listed per series: some settled, the current one, some upcoming


@dataclass(frozen=True)
class Series:
    """A recurring up/down series: the underlying and the length of each market's window."""

    symbol: str
    duration: str
    base_price: Decimal

    @property
    def seconds(self) -> int:
        """Length of each market's window in seconds."""
        unit = {"s": 1, "m": 60, "h": 3600}[self.duration[-1]]
        return int(self.duration[:-1]) * unit

    @property
    def tag(self) -> str:
        """The series tag of its events, e.g. ``btc/5m``."""
        return f"{self.symbol}/{self.duration}"


SERIES = (
    Series("btc", "5m", Decimal("100000")),
    Series("btc", "15m", Decimal("100000")),
    Series("eth", "5m", Decimal("3000")),
)


def find_series(symbol: str, duration: str) -> Series | None:
    """The series of ``symbol`` (case-insensitive) and ``duration``, or None."""
    for s in SERIES:
        if s.symbol == symbol.lower() and s.duration == duration:
            return s
    return None


def price_at(series: Series, t: int) -> Decimal:
    """The underlying's price at second ``t``: a slow wave plus a fast one, 2 decimals."""
    wave = math.sin(t / 600) * 0.004 + math.sin(t / 17) * 0.0005
    return (series.base_price * Decimal(str(round(1 + wave, 8)))).quantize(Decimal("0.01"))


def candle(series: Series, resolution: str, start: int) -> dict[str, Any]:
    """One ``UpDownCandle`` of the bucket starting at second ``start``."""
    prices = [price_at(series, start + i) for i in range(RESOLUTIONS[resolution])]
    return {
        "symbol": series.symbol,
        "duration": series.duration,
        "resolution": resolution,
        "timestamp": start,
        "open": str(prices[0]),
        "high": str(max(prices)),
        "low": str(min(prices)),
        "close": str(prices[-1]),
        "provider": "local-exchange",
        "feed_id": f"{series.symbol}-usd",
    }


def candles(
    series: Series, resolution: str, start: int, end: int, limit: int, now_s: int
) -> tuple[list[dict[str, Any]], int]:
    """Candles with bucket starts in ``start..end`` (not after ``now_s``), oldest first, at most ``limit``;
    and the ``start_timestamp`` of the next page (0 when the range is exhausted)."""
    step = RESOLUTIONS[resolution]
    first = -(-start // step) * step
    last = min(end, now_s)
    buckets = range(first, last + 1, step)
    page = buckets[:limit]
    out = [candle(series, resolution, t) for t in page]
    more = len(buckets) > limit
    return out, (page[-1] + step if more else 0)


@dataclass(frozen=True)
class Window:
    """One event of a series: the window ``[start_s, end_s)`` and its outcome market."""

    series: Series
    number: int  # window number since the epoch
    market_id: int
    event_id: int

    @property
    def start_s(self) -> int:
        """Start of the window (unix seconds)."""
        return self.number * self.series.seconds

    @property
    def end_s(self) -> int:
        """End of the window (unix seconds, exclusive)."""
        return self.start_s + self.series.seconds


def windows(now_s: int) -> list[Window]:
    """The listed windows: per series, the two last settled, the current one and three upcoming."""
    out = []
    for i, s in enumerate(SERIES):
        current = now_s // s.seconds
        for k in range(EVENTS_PER_SERIES):
            slot = i * EVENTS_PER_SERIES + k
            out.append(Window(s, current - 2 + k, FIRST_MARKET_ID + slot, (current - 2 + k) * 10 + i))
    return out


def status_and_outcome(w: Window, now_s: int) -> tuple[str, int]:
    """Market status and outcome (1 up, 2 down; 0 undecided) at ``now_s``."""
    if now_s < w.start_s:
        return "inactive", 0
    if now_s < w.end_s:
        return "active", 0
    up = price_at(w.series, w.end_s) >= price_at(w.series, w.start_s)
    return "settled", 1 if up else 2


def market_stats(w: Window, now_s: int) -> dict[str, Any]:
    """``BinaryOptionMarketStats`` of a window's market: the chance of "up", read off the price so far."""
    status, outcome = status_and_outcome(w, now_s)
    if status == "settled":
        mid = Decimal(1) if outcome == 1 else Decimal(0)
    elif status == "active":
        move = price_at(w.series, now_s) / price_at(w.series, w.start_s) - 1
        mid = min(max(Decimal("0.5") + move * 100, Decimal("0.01")), Decimal("0.99"))
    else:
        mid = Decimal("0.5")
    mid = mid.quantize(Decimal("0.0001"))
    return {
        "symbol": symbol_of(w),
        "market_id": w.market_id,
        "mid_price": str(mid),
        "best_ask_price": str(min(mid + Decimal("0.01"), Decimal(1))),
        "best_bid_price": str(max(mid - Decimal("0.01"), Decimal(0))),
        "last_trade_price": str(mid),
        "daily_base_token_volume": 0.0,
        "daily_quote_token_volume": 0.0,
        "daily_price_low": float(mid),
        "daily_price_high": float(mid),
        "daily_price_change": 0.0,
        "lifetime_quote_token_volume": 0.0,
        "lifetime_base_token_volume": 0.0,
        "open_interest": "0",
        "status": status,
        "outcome": outcome,
    }


def symbol_of(w: Window) -> str:
    """The outcome market's symbol, e.g. ``BTC-UP-5m-1800000000``."""
    return f"{w.series.symbol.upper()}-UP-{w.series.duration}-{w.start_s}"


def book_entry(w: Window, now_s: int) -> dict[str, Any]:
    """``EventOrderBookEntry`` of a window's outcome market."""
    status, outcome = status_and_outcome(w, now_s)
    return {
        "symbol": symbol_of(w),
        "market_id": w.market_id,
        "market_type": "binary_options",
        "base_asset_id": 0,
        "quote_asset_id": 3,
        "status": status,
        "taker_fee": "0.0000",
        "is_taker_fee_enabled": False,
        "maker_fee": "0.0000",
        "is_maker_fee_enabled": False,
        "liquidation_fee": "0.0000",
        "min_base_amount": "1",
        "min_quote_amount": "1.000000",
        "order_quote_limit": "100000.000000",
        "supported_size_decimals": 0,
        "supported_price_decimals": 4,
        "supported_quote_decimals": 6,
        "created_at": str(w.start_s - w.series.seconds),
        "multiplier": "1",
        "start_timestamp": w.start_s,
        "end_timestamp": w.end_s,
        "open_interest": "0",
        "outcome": outcome,
        "operator_account_index": OPERATOR_ACCOUNT,
        "settlement_cap": 10_000,
        "settlement_type": 0,
        "settlement_price": (10_000 if outcome == 1 else 0) if status == "settled" else 0,
        "default_price": 5_000,
        "is_frozen": False,
        "size_decimals": 0,
        "price_decimals": 4,
        "stats": market_stats(w, now_s),
    }


def event_json(w: Window, now_s: int) -> dict[str, Any]:
    """``EventDetail`` of a window."""
    s = w.series
    return {
        "event_id": w.event_id,
        "title": f"{s.symbol.upper()} up or down in {s.duration}",
        "description": f"Resolves up if {s.symbol.upper()} ends the window at or above its opening price.",
        "creator_account_index": OPERATOR_ACCOUNT,
        "created_at": (w.start_s - s.seconds) * 1000,
        "tag": s.tag,
        "event_kind": "recurrent",
        "recurrence_period_seconds": s.seconds,
        "start_at": w.start_s * 1000,
        "end_at": w.end_s * 1000,
        "metadata": {"underlying": s.symbol, "duration": s.duration},
        "order_books": [book_entry(w, now_s)],
        "lifetime_quote_token_volume": 0.0,
    }


def fee_tiers() -> dict[str, Any]:
    """``FeeTiers``: a small, fixed schedule."""
    return {
        "user_tiers": [
            {
                "name": "standard",
                "level": 0,
                "maker_fee_ticks": 0,
                "taker_fee_ticks": 0,
                "required_lit_stakes": 0,
                "required_volume": 0,
            },
            {
                "name": "premium",
                "level": 1,
                "maker_fee_ticks": 20,
                "taker_fee_ticks": 200,
                "required_lit_stakes": 0,
                "required_volume": 0,
            },
        ],
        "bo_tiers": [
            {"name": "bo-base", "required_volume": 0, "fee_rate": 1.0},
            {"name": "bo-volume", "required_volume": 1_000_000, "fee_rate": 0.8},
        ],
        "staking_tiers": [
            {"name": "no-stake", "required_lit_stakes": 0, "fee_rate": 1.0},
            {"name": "staker", "required_lit_stakes": 1000, "fee_rate": 0.9},
        ],
    }


def oracle_price() -> dict[str, Any]:
    """``PriceOraclePrice`` of a local market: the exchange's own last price, uncapped."""
    return {
        "source": "local-exchange",
        "using_median": False,
        "using_internal_price": True,
        "median_sources": [],
        "price_cap_bps": 0.0,
        "price_cap_reference_price": 0.0,
    }
