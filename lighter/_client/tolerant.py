"""Hand parsing kept for tolerance: the fields of the trading endpoints' answers the client reads from
their JSON rather than from the generated models.

These answers steer transactions (the next nonce, the top of the book, the send answer, the execution
status, the account's integrator approvals), so they are read for exactly what is used: a missing
optional field, a new enum value or a new field elsewhere in the answer never stops a trader. Every key
read here exists in openapi.yaml for the endpoints in `ENDPOINTS` (``tests/client/test_tolerant_keys.py``
reads this module and checks), so a renamed field fails a test, not a trade.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, NamedTuple

ENDPOINTS = ("next_nonce", "order_book_orders", "send_tx", "send_tx_batch", "tx", "account")
"""The generated operations whose answers are read here."""

TX_STATUS_PENDING = 1
TX_STATUS_EXECUTED = 2


def next_nonce(body: Mapping[str, Any]) -> int:
    """``nextNonce``: the next nonce of the API key."""
    return int(body["nonce"])


def top_of_book(body: Mapping[str, Any]) -> tuple[Decimal | None, Decimal | None]:
    """``orderBookOrders``: the best bid and ask prices (None for an empty side)."""
    bids = body.get("bids") or []
    asks = body.get("asks") or []
    return (
        Decimal(str(bids[0]["price"])) if bids else None,
        Decimal(str(asks[0]["price"])) if asks else None,
    )


class SendAnswer(NamedTuple):
    """``sendTx`` / ``sendTxBatch`` (or their socket twins): what the exchange said."""

    tx_hashes: list[Any]
    predicted_execution_time_ms: int | None
    volume_quota_remaining: int | None
    message: str | None


def send_answer(body: Mapping[str, Any]) -> SendAnswer:
    """The fields of a send answer the client keeps."""
    hashes = body.get("tx_hash")
    message = body.get("message")
    return SendAnswer(
        hashes if isinstance(hashes, list) else [hashes],
        int_or_none(body.get("predicted_execution_time_ms")),
        int_or_none(body.get("volume_quota_remaining")),
        message if isinstance(message, str) else None,
    )


def is_executed(tx: Mapping[str, Any]) -> bool:
    """``tx``: executed (or failed), no longer pending."""
    status = int_or_none(tx.get("status"))
    return (
        status is not None
        and status != TX_STATUS_PENDING
        and (status >= TX_STATUS_EXECUTED or bool(tx.get("executed_at")))
    )


def first_account(body: Any) -> Mapping[str, Any]:
    """``account``: the first account of the answer ({} when there is none)."""
    accounts = body.get("accounts") if isinstance(body, Mapping) else None
    first = accounts[0] if isinstance(accounts, list) and accounts else {}
    return first if isinstance(first, Mapping) else {}


def int_or_none(value: Any) -> int | None:
    """An integer from an int or a decimal string, else None."""
    return int(value) if isinstance(value, (int, str)) and str(value).lstrip("-").isdigit() else None
