"""Errors raised by the streaming layer.

```
LighterError
└── WebSocketError
    ├── WsServerError            an ``error`` frame from the server (``code``, ``message``, ``channel``)
    │   └── SubscriptionError    the server refused a subscribe/unsubscribe (bad channel, missing auth...)
    ├── MissingAuthError         a private channel was requested on a client without credentials
    ├── WsConnectionClosedError  the socket went away while a request was waiting for its answer
    ├── WsTimeoutError           no answer in time (subscription ack, transaction result)
    └── OrderBookError           a frame the local book cannot apply; the book is marked unsynced
        ├── OrderBookGapError            a sequence gap (offset / begin_nonce)
        ├── OrderBookNotSnapshottedError a diff arrived before any snapshot
        └── InvalidOrderBookFrameError   malformed frame or absurd level (bad price, negative size)
```

Transactions rejected over the socket raise the same ``lighter._errors`` classes as the REST path
(``InvalidNonceError``, ``NotEnoughMarginError``...), chosen by result code.
"""

from __future__ import annotations

from lighter._errors import LighterError


class WebSocketError(LighterError):
    """Base class of every streaming error."""


class WsServerError(WebSocketError):
    """The server sent an ``error`` frame (``{"error": {"code", "message"}}``)."""

    def __init__(self, message: str, *, code: int | None = None, channel: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.channel = channel

    def __str__(self) -> str:
        head = f"[code {self.code}] " if self.code is not None else ""
        where = f" (channel {self.channel})" if self.channel else ""
        return f"{head}{self.message}{where}"


class SubscriptionError(WsServerError):
    """A subscribe or unsubscribe was refused (invalid channel, auth missing or expired, limits)."""


class MissingAuthError(WebSocketError, ValueError):
    """A private channel needs an auth token: build the client with ``auth=`` or the API key arguments."""


class WsConnectionClosedError(WebSocketError):
    """The connection closed before the answer to a request arrived.

    For a transaction this means the outcome is unknown: it may or may not have been accepted.
    """


class WsTimeoutError(WebSocketError, TimeoutError):
    """A subscription acknowledgement or a transaction result did not arrive in time."""


class OrderBookError(WebSocketError):
    """A frame the local order book cannot apply. The book is marked unsynced."""

    def __init__(self, message: str, *, market_id: int | None = None) -> None:
        super().__init__(message)
        self.market_id = market_id


class OrderBookGapError(OrderBookError):
    """A sequence gap: ``begin_nonce`` is not the previous ``nonce``, or ``offset`` does not follow."""

    def __init__(
        self,
        message: str,
        *,
        market_id: int | None = None,
        expected: int | None = None,
        received: int | None = None,
        field: str = "offset",
    ) -> None:
        super().__init__(message, market_id=market_id)
        self.expected = expected
        self.received = received
        self.field = field


class OrderBookNotSnapshottedError(OrderBookError):
    """A diff arrived for a book that has never received a snapshot."""


class InvalidOrderBookFrameError(OrderBookError):
    """A malformed order-book frame, or a level with an absurd price or size."""
