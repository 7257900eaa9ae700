"""Funding of the perp markets of the local exchange: index and mark prices, a premium-based rate, settlement.

The model is simple and deterministic, with the real exchange's shapes and units:

* **Index price** (the oracle): the built-in market maker's random-walk mid while it runs, or a price pinned
  with ``set_index_price`` (admin route ``/sim/v1/index_price``); otherwise the last trade price.
* **Mark price**: the mid of the best bid and ask when both exist, else the last trade price.
* **Premium** ``P = (mark - index) / index``, averaged over the funding period (time-weighted samples taken
  on every server tick; the current premium if no time has passed).
* **Rate** per period, the usual premium-index formula that the market details' ``funding_clamp_small``
  (0.05 %) and ``funding_clamp_big`` (4 %) describe, stated per 8 hours and paid hourly:
  ``rate = clamp(P + clamp(I - P, -0.05 %, +0.05 %), -4 %, +4 %) / 8`` with interest ``I = 0.01 %`` per
  8 hours. With no premium that is 0.00125 %, shown as ``"0.0012"`` like the real exchange's quiet hours.
  Rates are kept in millionths of the notional (the real ``rate`` string has 4 decimals of a percent).
* **Settlement** every ``interval`` seconds (default 3600, on the hour like the real exchange; a test can
  use 1 s, or settle now through ``/sim/v1/funding/settle``): each open position pays or receives
  ``|size| * index price * |rate|`` in USDC collateral. A positive rate means longs pay shorts. Payers are
  rounded up and receivers down to the micro USDC, so no USDC is created. Every settlement applies one
  period's rate, whatever the interval. Liquidations are not modelled: collateral may go negative.

Settlements are recorded per market (``fundings``: ``timestamp`` in seconds, ``rate`` in percent,
``value`` = USDC paid per whole base unit, ``direction`` = the side that paid) and per position
(``positionFunding``, ``total_funding_paid_out``).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal
from typing import TYPE_CHECKING

from lighter.testing.errors import invalid_param
from lighter.testing.markets import fmt_units

if TYPE_CHECKING:  # pragma: no cover
    from lighter.testing.engine import Engine, MarketState

PPM = 1_000_000  # rates are integers in millionths of the notional
INTEREST_8H = Decimal("0.0001")  # 0.01 % per 8 hours
CLAMP_SMALL_8H = Decimal("0.0005")  # 0.05 %
CLAMP_BIG_8H = Decimal("0.04")  # 4 %
HOURS_PER_RATE = 8
DEFAULT_INTERVAL = 3600.0
MIN_INTERVAL = 1.0  # fundings timestamps are in seconds
HISTORY = 5_000  # settlements kept per market
POSITION_HISTORY = 1_000  # payments kept per account


@dataclass
class Settlement:
    """One funding settlement of a market."""

    market_id: int
    funding_id: int
    timestamp_ms: int
    rate_ppm: int  # signed: > 0 longs paid shorts
    index_price: int
    mark_price: int
    value: Decimal  # USDC per whole base unit, 8 decimals, >= 0

    @property
    def direction(self) -> str:
        """``long`` when longs paid shorts, ``short`` otherwise (the ``fundings`` field)."""
        return "short" if self.rate_ppm < 0 else "long"


@dataclass
class Payment:
    """What one position paid (``change`` < 0) or received at one settlement."""

    funding_id: int
    timestamp_ms: int
    market_id: int
    account_index: int
    change: int  # micro USDC added to the account's collateral
    rate_ppm: int
    size: int  # signed base units at settlement


@dataclass
class MarketFunding:
    """Funding state of one perp market."""

    pinned_index: int | None = None  # oracle price (maker's mid or admin pin); None: last trade
    premium_sum: float = 0.0  # premium x milliseconds since the last settlement
    premium_ms: int = 0
    last_sample_ms: int = 0
    last_rate_ppm: int = 0
    last_settled_ms: int = 0
    settlements: deque[Settlement] = field(default_factory=lambda: deque(maxlen=HISTORY))


def rate_from_premium(premium: float) -> int:
    """The rate of one period, in millionths, for an average ``premium`` (see the module docstring)."""
    p = Decimal(repr(premium))
    eight_hours = p + min(max(INTEREST_8H - p, -CLAMP_SMALL_8H), CLAMP_SMALL_8H)
    eight_hours = min(max(eight_hours, -CLAMP_BIG_8H), CLAMP_BIG_8H)
    return int((eight_hours * PPM / HOURS_PER_RATE).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def fmt_rate_percent(rate_ppm: int) -> str:
    """A rate in millionths as the exchange's percent string with 4 decimals (12 -> "0.0012")."""
    return fmt_units(rate_ppm, 4)


class Funding:
    """Index/mark prices, premium sampling, settlement and history of every perp market."""

    def __init__(self, interval: float = DEFAULT_INTERVAL) -> None:
        self.interval_ms = interval_ms(interval)
        self.markets: dict[int, MarketFunding] = {}
        self.payments: dict[int, deque[Payment]] = {}  # account -> newest last
        self.next_settlement_ms = 0
        self.next_funding_id = 1

    # ---------------------------------------------------------------- prices
    def state(self, market_id: int) -> MarketFunding:
        """The funding state of ``market_id``, created empty on first use."""
        st = self.markets.get(market_id)
        if st is None:
            st = self.markets[market_id] = MarketFunding()
        return st

    def set_index_price(self, engine: Engine, market_id: int, price: int | None) -> None:
        """Pin the index (oracle) price of a perp market in price units; None falls back to last trade."""
        ms = engine.market(market_id)
        if ms.market.is_spot:
            raise invalid_param(f"market {market_id} is spot: it has no funding")
        if price is not None and not 1 <= price < 2**32:
            raise invalid_param(f"index price {price} out of range [1, 2^32)")
        self.state(market_id).pinned_index = price

    def index_price(self, ms: MarketState) -> int:
        """The pinned index price, else the last trade price (price units)."""
        pinned = self.state(ms.market.market_id).pinned_index
        return pinned if pinned is not None else ms.last_price

    @staticmethod
    def mark_price(ms: MarketState) -> int:
        """Mid of best bid and ask, else the last trade price (price units)."""
        bid, ask = ms.bids.best(), ms.asks.best()
        if bid is not None and ask is not None:
            return (bid + ask) // 2
        return ms.last_price

    def premium(self, ms: MarketState) -> float:
        """(mark - index) / index now."""
        index = self.index_price(ms)
        return (self.mark_price(ms) - index) / index if index > 0 else 0.0

    def average_premium(self, ms: MarketState) -> float:
        """The premium averaged over the period so far (time-weighted), else the current one."""
        st = self.state(ms.market.market_id)
        return st.premium_sum / st.premium_ms if st.premium_ms > 0 else self.premium(ms)

    def current_rate_ppm(self, ms: MarketState) -> int:
        """The rate the next settlement would apply if it happened now."""
        return rate_from_premium(self.average_premium(ms))

    def last_settled_ms(self, market_id: int, now_ms: int) -> int:
        """Time of the last settlement, or the start of the current period before the first one."""
        st = self.state(market_id)
        return st.last_settled_ms or now_ms // self.interval_ms * self.interval_ms

    # ---------------------------------------------------------------- time
    def tick(self, engine: Engine, now_ms: int) -> list[Settlement]:
        """Sample the premium of every perp market and settle when a period boundary has passed."""
        if self.next_settlement_ms == 0:
            self.next_settlement_ms = (now_ms // self.interval_ms + 1) * self.interval_ms
        for ms in engine.markets.values():
            if ms.market.is_spot:
                continue
            st = self.state(ms.market.market_id)
            if st.last_sample_ms and now_ms > st.last_sample_ms:
                elapsed = now_ms - st.last_sample_ms
                st.premium_sum += self.premium(ms) * elapsed
                st.premium_ms += elapsed
            st.last_sample_ms = now_ms
        if now_ms < self.next_settlement_ms:
            return []
        at = self.next_settlement_ms
        # one settlement however many boundaries passed (a stalled loop does not pay several periods)
        self.next_settlement_ms = (now_ms // self.interval_ms + 1) * self.interval_ms
        return self.settle(engine, at)

    def settle(self, engine: Engine, at_ms: int) -> list[Settlement]:
        """Settle every perp market now (time ``at_ms``): pay funding, record it, restart the averages."""
        done = []
        funding_id = self.next_funding_id
        self.next_funding_id += 1
        for ms in engine.markets.values():
            if not ms.market.is_spot:
                done.append(self._settle_market(engine, ms, at_ms, funding_id))
        return done

    def _settle_market(self, engine: Engine, ms: MarketState, at_ms: int, funding_id: int) -> Settlement:
        m = ms.market
        st = self.state(m.market_id)
        rate = self.current_rate_ppm(ms)
        index = self.index_price(ms)
        value = (Decimal(abs(rate)) / PPM * Decimal(index) / 10**m.price_decimals).quantize(Decimal("1e-8"))
        s = Settlement(m.market_id, funding_id, at_ms, rate, index, self.mark_price(ms), value)
        st.settlements.append(s)
        st.last_rate_ppm, st.last_settled_ms = rate, at_ms
        st.premium_sum, st.premium_ms = 0.0, 0
        engine.events.markets.add(m.market_id)
        if rate == 0 or index <= 0:
            return s
        for acc in engine.accounts:
            pos = acc.positions.get(m.market_id)
            if pos is None or pos.size == 0:
                continue
            owed = m.quote(abs(pos.size), index) * abs(rate)
            pays = (pos.size > 0) == (rate > 0)
            amount = -(-owed // PPM) if pays else owed // PPM  # payers round up, receivers down
            change = -amount if pays else amount
            acc.collateral += change
            pos.funding_paid -= change
            payment = Payment(funding_id, at_ms, m.market_id, acc.index, change, rate, pos.size)
            self.payments.setdefault(acc.index, deque(maxlen=POSITION_HISTORY)).append(payment)
            engine.events.accounts.add(acc.index)
            engine.events.fundings.append(payment)
        return s

    # ---------------------------------------------------------------- history
    def history(self, market_id: int) -> list[Settlement]:
        """Settlements of ``market_id``, oldest first."""
        return list(self.state(market_id).settlements)


def interval_ms(seconds: float) -> int:
    """A funding interval in ms, refused below one second (``fundings`` timestamps are in seconds)."""
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not seconds >= MIN_INTERVAL:
        raise ValueError(f"funding interval must be at least {MIN_INTERVAL:g} s, got {seconds!r}")
    return int(round(seconds * 1000))


@dataclass
class Bucket:
    """Settlements of one market summed over one ``resolution`` bucket (a ``fundings`` entry)."""

    timestamp: int  # seconds, bucket start
    rate_ppm: int = 0
    value: Decimal = Decimal(0)  # signed: > 0 longs paid

    def json(self) -> dict[str, object]:
        """A ``fundings`` entry: timestamp (s), value, rate (percent) and direction."""
        return {
            "timestamp": self.timestamp,
            "value": f"{abs(self.value):.8f}",
            "rate": fmt_rate_percent(abs(self.rate_ppm)),
            "direction": "short" if self.rate_ppm < 0 else "long",
        }


def buckets(settlements: list[Settlement], step_seconds: int) -> list[Bucket]:
    """Settlements grouped by ``step_seconds`` (bucket start = floor of the settlement time), oldest first."""
    out: dict[int, Bucket] = {}
    for s in settlements:
        key = s.timestamp_ms // 1000 // step_seconds * step_seconds
        b = out.get(key)
        if b is None:
            b = out[key] = Bucket(key)
        b.rate_ppm += s.rate_ppm
        b.value += s.value if s.rate_ppm >= 0 else -s.value
    return [out[k] for k in sorted(out)]
