"""Optional synthetic liquidity: a market maker quoting around a random-walk mid in every market.

It trades from its own internal account (funded at start) through the engine directly, without signed
transactions; users see ordinary resting orders and trades.
"""

from __future__ import annotations

import asyncio
import random

from lighter._loggers import get_logger
from lighter.testing.book import OrderSpec
from lighter.testing.errors import ExchangeError
from lighter.testing.exchange import Exchange
from lighter.transactions._enums import OrderType, TimeInForce

log = get_logger("lighter.testing.maker")

MAKER_L1 = "0x00000000000000000000000000000000000000aa"
LEVELS = 5
SPREAD_BPS = 5  # half-spread of the first level
STEP_BPS = 3  # distance between levels
VOLATILITY_BPS = 8  # per-step standard deviation of the mid
QUOTE_NOTIONAL_USDC = 5_000


class MarketMaker:
    """Re-quotes every ``interval`` seconds around a mid that follows a random walk."""

    def __init__(self, exchange: Exchange, *, seed: int | None = None, interval: float = 0.5) -> None:
        self.ex = exchange
        self.rng = random.Random(seed)
        self.interval = interval
        self.mids = {mid: float(ms.last_price) for mid, ms in exchange.engine.markets.items()}
        acc = exchange.deposit(MAKER_L1, 10**15)
        exchange.deposit(MAKER_L1, 10**15, 1)  # spot ETH (8 decimals)
        exchange.deposit(MAKER_L1, 10**15, 3, 1)  # spot USDC
        self.account = acc

    async def run(self) -> None:
        """Re-quote every ``interval`` seconds until cancelled."""
        while True:
            try:
                self.ex.internal(self.requote)
            except Exception:
                log.exception("market maker step failed")
            await asyncio.sleep(self.interval)

    def requote(self) -> None:
        """Move each market's random-walk mid, cancel the old quotes and place fresh levels."""
        eng = self.ex.engine
        for mid, ms in eng.markets.items():
            m = ms.market
            anchor = 0.9 * self.mids[mid] + 0.1 * ms.last_price  # follow real trades a little
            self.mids[mid] = max(anchor * (1 + self.rng.gauss(0, VOLATILITY_BPS / 10_000)), 1.0)
            if not m.is_spot:  # the random walk is the perp's index (oracle) price
                self.ex.funding.set_index_price(eng, mid, int(self.mids[mid]))
            for order in eng.account_orders(self.account.index, mid):
                eng.cancel(self.account, mid, order.order_index)
            price_unit = self.mids[mid]
            size = max(
                int(QUOTE_NOTIONAL_USDC * 10**6 / max(m.quote(1, int(price_unit)), 1) / LEVELS),
                m.min_base_amount,
            )
            for level in range(LEVELS):
                offset = (SPREAD_BPS + STEP_BPS * level) / 10_000
                for is_ask in (False, True):
                    price = int(price_unit * (1 + offset if is_ask else 1 - offset))
                    jitter = 1 + self.rng.random()
                    spec = OrderSpec(
                        mid,
                        0,
                        int(size * jitter),
                        max(price, 1),
                        is_ask,
                        OrderType.LIMIT,
                        TimeInForce.GOOD_TILL_TIME,
                        False,
                        0,
                        0,
                    )
                    try:
                        eng.create_order(self.account, spec, 0, {})
                    except ExchangeError:
                        pass  # e.g. the quote would cross a user's post-only order: skip that level
