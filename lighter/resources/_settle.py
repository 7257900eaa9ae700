"""What became of a sent transaction, from the exchange's own records: the pure steps of
``create_order(..., wait=True)`` / ``TxResult.wait()``.

Once the tx is executed (each face polls ``/api/v1/tx``), an order is looked up by its client order index
among the account's open orders, then its past orders; its fills are the trades the exchange recorded for
it (``/api/v1/trades?order_index=``). The fills may be indexed a moment after the order: until they add up
to the order's filled size the steps ask again, up to the deadline. Each face drives the steps
(`Lighter.wait_for_result` loops and sleeps, `AsyncLighter.wait_for_result` awaits), so the rules are
written once.
"""

from __future__ import annotations

import json
import time
from decimal import Decimal
from typing import Any

from lighter.models import Fill, Order, OrderResult, OrderState, OrderStatus, TxState, TxStatus
from lighter.models import _convert as C
from lighter.resources._plans import TxResult

CREATE_ORDER = 14
# the request that means "wait one poll interval, then go on"
SLEEP: tuple[str, dict[str, Any]] = ("sleep", {})
_REJECTED_AT_ONCE = frozenset(
    {
        "post-only",
        "reduce-only",
        "position-not-allowed",
        "margin-not-allowed",
        "too-much-slippage",
        "not-enough-liquidity",
        "self-trade",
        "invalid-balance",
    }
)


def order_state(order: Order, filled: Decimal) -> tuple[OrderState, str | None]:
    """A trader's word for an order's status: filled/partially_filled/resting/pending/cancelled/rejected."""
    if order.status is OrderStatus.FILLED:
        return OrderState.FILLED, None
    if order.status is OrderStatus.OPEN:
        return (OrderState.PARTIALLY_FILLED if filled else OrderState.RESTING), None
    if order.status in (OrderStatus.PENDING, OrderStatus.IN_PROGRESS):
        return OrderState.PENDING, None
    if order.status is OrderStatus.CANCELLED:
        reason = order.status_reason
        if filled:
            return OrderState.PARTIALLY_FILLED, reason or "cancelled"
        if reason in _REJECTED_AT_ONCE:
            return OrderState.REJECTED, reason
        return OrderState.CANCELLED, reason
    return OrderState.UNKNOWN, None


def summarize(tx: TxStatus, order: Order | None, fills: list[Fill]) -> OrderResult:
    """The `OrderResult` of an executed tx, its order and the order's fills."""
    if tx.state is TxState.FAILED:
        info = tx.event_info or {}
        reason = info.get("error") or info.get("message") or f"status {tx.status_code}"
        return OrderResult(tx.tx_hash, OrderState.REJECTED, tx, order=order, reason=str(reason))
    if order is None:
        return OrderResult(
            tx.tx_hash, OrderState.EXECUTED if tx.tx_type != CREATE_ORDER else OrderState.UNKNOWN, tx
        )
    filled = sum((f.size for f in fills), Decimal(0))
    notional = sum((f.price * f.size for f in fills), Decimal(0))
    state, reason = order_state(order, filled or order.filled)
    return OrderResult(
        tx.tx_hash,
        state,
        tx,
        order=order,
        filled=filled,
        average_price=(notional / filled) if filled else None,
        fees=sum((f.fee or Decimal(0) for f in fills), Decimal(0)),
        fills=tuple(sorted(fills, key=lambda f: f.trade_id)),
        reason=reason,
    )


class OrderWatch:
    """The requests that find a tx's order and its fills; `next_request()` until None, then `result()`."""

    def __init__(self, sent: TxResult, tx: TxStatus, account_index: int, *, deadline: float) -> None:
        self.tx = tx
        self.account_index = account_index
        self.deadline = deadline
        self.order: Order | None = None
        self.fills: dict[int, Fill] = {}
        self.step = "done"
        self.cursor: str | None = None
        self.market_id = -1
        self.coid = sent.client_order_index
        if sent.tx_type == CREATE_ORDER and tx.state is TxState.EXECUTED and self.coid is not None:
            self.market_id = int(json.loads(sent.signed.tx_info).get("MarketIndex", -1))
            self.step = "active"

    def _expired(self) -> bool:
        return time.monotonic() >= self.deadline

    def next_request(self) -> tuple[str, dict[str, Any]] | None:
        """The next (operation, params), `SLEEP`, or None when done."""
        account = {"account_index": self.account_index, "market_id": self.market_id}
        if self.step == "active":
            return "account_active_orders", account
        if self.step == "inactive":
            return "account_inactive_orders", {**account, "limit": 100}
        if self.step == "fills":
            params: dict[str, Any] = {**account, "limit": 100, "sort_by": "timestamp"}
            params["order_index"] = self.order.order_index if self.order else 0
            if self.cursor:
                params["cursor"] = self.cursor
            return "trades", params
        if self.step in ("retry_order", "retry_fills"):
            self.step = "active" if self.step == "retry_order" else "fills"
            return SLEEP
        return None

    def feed(self, body: Any) -> None:
        """Take one answer: the order (by client order index) or a page of its fills."""
        data = C.as_dict(body)
        if self.step in ("active", "inactive"):
            found = [o for o in C.orders(data.get("orders")) if o.client_order_index == self.coid]
            if found:
                self.order = found[0]
                self.step = "fills"
            elif self.step == "active":
                self.step = "inactive"
            else:
                self.step = "done" if self._expired() else "retry_order"
            return
        for fill in C.fills(data.get("trades"), self.account_index):
            self.fills[fill.trade_id] = fill
        cursor = data.get("next_cursor")
        if cursor and cursor != self.cursor:
            self.cursor = str(cursor)
            return
        self.cursor = None
        have = sum((f.size for f in self.fills.values()), Decimal(0))
        behind = self.order is not None and have < self.order.filled
        self.step = "retry_fills" if behind and not self._expired() else "done"

    def result(self) -> OrderResult:
        """The outcome from what was found."""
        return summarize(self.tx, self.order, list(self.fills.values()))
