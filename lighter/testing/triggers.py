"""Stop-loss and take-profit triggers: which pending orders fire at a price.

The engine (``matching``) runs the fired orders; this module only says when an order fires.
"""

from __future__ import annotations

from lighter.testing.book import MarketState, Order
from lighter.transactions._enums import OrderType

TRIGGER_TYPES = (
    OrderType.STOP_LOSS,
    OrderType.STOP_LOSS_LIMIT,
    OrderType.TAKE_PROFIT,
    OrderType.TAKE_PROFIT_LIMIT,
)
MAX_TRIGGER_ROUNDS = 64  # a fill that fires triggers that fill and fire more: bounded


def fires(order: Order, last: int) -> bool:
    """Whether a trigger order fires at the last trade price ``last``."""
    stop = order.type in (OrderType.STOP_LOSS, OrderType.STOP_LOSS_LIMIT)
    # a stop sells when the price falls to the trigger, buys when it rises to it; take-profit the reverse
    if order.is_ask == stop:
        return last <= order.trigger_price
    return last >= order.trigger_price


def due(ms: MarketState) -> list[Order]:
    """The orders of ``ms`` waiting for the mark price whose trigger fires at its last price."""
    return [o for o in ms.triggers if o.trigger_status == "mark-price" and fires(o, ms.last_price)]
