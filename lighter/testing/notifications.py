"""Account notifications of the local exchange (the ``notification`` channel and ``notification/ack``).

The real exchange notifies about liquidations, deleverages and the like, which the local exchange does
not model. It notifies about what it does model: every fill of an account's order (perp or spot) gives
that account one ``order_fill`` notification, ``notif_id`` ``"fill:<account>:<trade id>"`` (the real ids
look like ``"liq:17:5898"``). Notifications stay unacknowledged until ``POST /api/v1/notification/ack``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from lighter.testing.book import Trade
    from lighter.testing.markets import Market

KEEP = 200  # notifications kept per account
ORDER_FILL = "order_fill"


@dataclass
class Notification:
    """One notification for one account."""

    notif_id: str
    account_index: int
    kind: str
    created_at: int  # ms
    content: dict[str, Any] = field(default_factory=dict)
    acked: bool = False

    def to_json(self) -> dict[str, Any]:
        """The wire object of the ``notification`` channel."""
        return {
            "notif_id": self.notif_id,
            "account_index": self.account_index,
            "kind": self.kind,
            "created_at": self.created_at,
            "ack": self.acked,
            "content": self.content,
        }


class Notifications:
    """The latest :data:`KEEP` notifications of every account."""

    def __init__(self) -> None:
        self.by_account: dict[int, deque[Notification]] = {}

    def record_fills(self, trades: Iterable[Trade], markets: dict[int, Market]) -> list[Notification]:
        """One ``order_fill`` notification per account side of each trade; returns the new ones."""
        new: list[Notification] = []
        for t in trades:
            m = markets[t.market_id]
            sides = (
                (t.ask_account_id, True, t.ask_id, t.ask_client_id),
                (t.bid_account_id, False, t.bid_id, t.bid_client_id),
            )
            for account, is_ask, order_index, client_index in sides:
                note = Notification(
                    notif_id=f"fill:{account}:{t.trade_id}",
                    account_index=account,
                    kind=ORDER_FILL,
                    created_at=t.timestamp,
                    content={
                        "market_index": t.market_id,
                        "symbol": m.symbol,
                        "trade_id": t.trade_id,
                        "order_index": order_index,
                        "client_order_index": client_index,
                        "is_ask": is_ask,
                        "is_maker": is_ask == t.is_maker_ask,
                        "size": m.fmt_size(t.size),
                        "price": m.fmt_price(t.price),
                        "tx_hash": t.tx_hash,
                    },
                )
                self.by_account.setdefault(account, deque(maxlen=KEEP)).append(note)
                new.append(note)
        return new

    def pending(self, account: int, limit: int = 50) -> list[Notification]:
        """The latest ``limit`` unacknowledged notifications of ``account``, oldest first."""
        notes = [n for n in self.by_account.get(account, ()) if not n.acked]
        return notes[-limit:]

    def ack(self, account: int, notif_id: str) -> bool:
        """Mark a notification acknowledged; False when the account has no such notification."""
        found = False
        for n in self.by_account.get(account, ()):
            if n.notif_id == notif_id:  # a self-trade notifies both sides under one id
                n.acked = found = True
        return found
