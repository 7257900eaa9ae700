"""Errors raised by the streaming layer: defined in `lighter._errors` (the one error module, whose
docstring draws the tree), importable from here as before and from `lighter.errors` with every other error.

Transactions rejected over the socket raise the same classes as the REST path (``InvalidNonceError``,
``NotEnoughMarginError``...), chosen by result code.
"""

from __future__ import annotations

from lighter._errors import (
    InvalidOrderBookFrameError,
    MissingAuthError,
    OrderBookError,
    OrderBookGapError,
    OrderBookNotSnapshottedError,
    SubscriptionError,
    WebSocketError,
    WsConnectionClosedError,
    WsServerError,
    WsTimeoutError,
)

__all__ = [
    "InvalidOrderBookFrameError",
    "MissingAuthError",
    "OrderBookError",
    "OrderBookGapError",
    "OrderBookNotSnapshottedError",
    "SubscriptionError",
    "WebSocketError",
    "WsConnectionClosedError",
    "WsServerError",
    "WsTimeoutError",
]
