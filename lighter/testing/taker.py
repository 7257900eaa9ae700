"""Optional synthetic taker flow: random market orders against the book, so trades, candles and funding
payments exist within seconds of starting a local exchange (``lighter sim --market-maker``).

Like the market maker it trades from its own internal account through the engine, without signed
transactions; users see ordinary trades. Seeded, so a run is repeatable. The side leans against the
taker's own position, so it wanders around flat instead of drifting without bound.
"""

from __future__ import annotations

import asyncio
import random

from lighter._loggers import get_logger
from lighter.testing.book import OrderSpec
from lighter.testing.errors import ExchangeError
from lighter.testing.exchange import Exchange
from lighter.transactions._enums import OrderType, TimeInForce

log = get_logger("lighter.testing.taker")

TAKER_L1 = "0x00000000000000000000000000000000000000bb"
DEFAULT_INTERVAL = 0.5  # seconds between market orders
DEFAULT_NOTIONAL_USDC = 500  # typical order value; each order is 0.2x to 2x this
MAX_POSITION_USDC = 20_000  # past this, the taker only reduces
WORST_PRICE_BPS = 200  # a market order accepts up to 2 % away from the top of the book


class SyntheticTaker:
    """Sends one market order every ``interval`` seconds to a random perp market."""

    def __init__(
        self,
        exchange: Exchange,
        *,
        seed: int | None = None,
        interval: float = DEFAULT_INTERVAL,
        notional_usdc: float = DEFAULT_NOTIONAL_USDC,
    ) -> None:
        if interval <= 0:
            raise ValueError("interval must be positive")
        if notional_usdc <= 0:
            raise ValueError("notional_usdc must be positive")
        self.ex = exchange
        self.rng = random.Random(seed)
        self.interval = interval
        self.notional = notional_usdc
        self.account = exchange.deposit(TAKER_L1, 10**15)

    async def run(self) -> None:
        """Trade every ``interval`` seconds until cancelled."""
        while True:
            await asyncio.sleep(self.interval * (0.5 + self.rng.random()))
            try:
                self.ex.internal(self.step)
            except Exception:
                log.exception("synthetic taker step failed")

    def step(self) -> None:
        """One market order: a random perp market, a side leaning against the position, a random size."""
        eng = self.ex.engine
        markets = [ms for ms in eng.markets.values() if not ms.market.is_spot]
        if not markets:
            return
        ms = self.rng.choice(markets)
        m = ms.market
        best_bid, best_ask = ms.bids.best(), ms.asks.best()
        if best_bid is None or best_ask is None:
            return  # nothing to trade against yet (the maker quotes first)
        mid = (best_bid + best_ask) // 2
        unit_value = max(m.quote(1, mid), 1)  # micro USDC per base unit at the mid
        pos = self.account.positions.get(m.market_id)
        exposure = 0.0 if pos is None else pos.size * unit_value / 1e6
        lean = max(-0.45, min(0.45, exposure / MAX_POSITION_USDC / 2))
        is_ask = self.rng.random() < 0.5 + lean  # long -> sell more often, short -> buy more often
        notional = self.notional * (0.2 + 1.8 * self.rng.random())
        size = max(int(notional * 1e6 / unit_value), m.min_base_amount)
        if is_ask:
            price = max(int(best_bid * (1 - WORST_PRICE_BPS / 10_000)), 1)
        else:
            price = int(best_ask * (1 + WORST_PRICE_BPS / 10_000)) + 1
        spec = OrderSpec(
            m.market_id,
            0,
            size,
            price,
            is_ask,
            OrderType.MARKET,
            TimeInForce.IMMEDIATE_OR_CANCEL,
            False,
            0,
            0,
        )
        try:
            eng.create_order(self.account, spec, 0, {})
        except ExchangeError as exc:  # e.g. below a market's minimum value: skip this one
            log.debug("synthetic taker order refused: %s", exc)
