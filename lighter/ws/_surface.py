"""What both faces share: the subscription surface (one ``subscribe`` signature, its defaults written once,
the account default, the order-book decimals, and every ``subscribe_<kind>`` method, generated from the
channel table into ``_channel_methods.py``), and who receives an event's callbacks.

A face says what a call returns (``R``): :class:`WsClient` returns the :class:`Subscription`,
:class:`AsyncWsClient` a coroutine of it. It implements :meth:`_subscribe`, :meth:`_set_book_decimals` and
``account_index``; everything else here is the same code for both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypedDict, TypeVar

from lighter._loggers import get_logger
from lighter.ws.events import ChannelEvent, Event

if TYPE_CHECKING:  # pragma: no cover
    from typing_extensions import Unpack

__all__ = ["SubscribeOptions", "SubscribeSurface", "callback_failed", "receivers"]

log = get_logger("lighter.ws")

R = TypeVar("R")
Callback = Callable[[Any], Any]

TIMEOUT = 10.0
"""How long a waiting subscribe call waits for the first snapshot, in seconds."""


class SubscribeOptions(TypedDict, total=False):
    """The keyword options of every ``subscribe_<kind>`` call (defaults: see ``subscribe``)."""

    callback: Callable[[Any], Any] | None
    wait: bool | None
    timeout: float


class SubscribeSurface(Generic[R]):
    """``subscribe`` and ``subscribe_order_book`` over a face's :meth:`_subscribe`."""

    account_index: int | None
    waits_by_default: ClassVar[bool]
    """What ``wait=None`` means on this face: ``WsClient`` returns at once (a script subscribes many channels
    without a round trip each), ``AsyncWsClient`` awaits the first snapshot (awaiting it costs the loop
    nothing). Each face's tests and docs rely on its own default, so the two stay as they were."""

    def subscribe(
        self,
        kind: str,
        *params: Any,
        callback: Callable[[Any], Any] | None = None,
        wait: bool | None = None,
        timeout: float = TIMEOUT,
    ) -> R:
        """Subscribe to any channel by kind and parameters, e.g. ``subscribe("candle", 0, "1m")``, or by its
        address, ``subscribe("candle/0/1m")``. A channel this SDK does not know yet (any name) is subscribed
        as given and its frames arrive unparsed as :class:`RawChannelEvent` (a warning is logged once per
        channel name); the auth token is sent with it when the client has one.

        With ``wait=True`` the call returns once the first snapshot has arrived (``WsClient`` blocks,
        ``AsyncWsClient`` awaits; the client must be started), raising :class:`SubscriptionError` if the
        server refuses or :class:`WsTimeoutError` after ``timeout`` seconds. With ``wait=False`` it returns
        at once: the subscription goes out as soon as the session is ready and the rate window allows, a
        refusal arrives as a :class:`SubscriptionFailedEvent`, and ``Subscription.wait()`` waits later.
        ``wait=None`` (default): ``WsClient`` returns at once, ``AsyncWsClient`` waits (see
        ``waits_by_default``). ``callback`` receives this channel's events (``WsClient``: on its dispatcher
        thread; ``AsyncWsClient``: on the loop, a function or a coroutine function).
        """
        if wait is None:
            wait = self.waits_by_default
        return self._subscribe(kind, params, callback=callback, wait=wait, timeout=timeout)

    def _subscribe(
        self,
        kind: str,
        params: tuple[Any, ...],
        *,
        callback: Callable[[Any], Any] | None,
        wait: bool,
        timeout: float,
    ) -> R:
        raise NotImplementedError

    def _set_book_decimals(
        self, market_id: int, price_decimals: int | None, size_decimals: int | None
    ) -> None:
        raise NotImplementedError

    def _account_id(self, account_id: int | None) -> int:
        if account_id is None:
            if self.account_index is None:
                raise ValueError("account_id is required (the client was built without account_index)")
            return self.account_index
        return account_id

    def subscribe_order_book(
        self,
        market_id: int,
        *,
        price_decimals: int | None = None,
        size_decimals: int | None = None,
        **options: Unpack[SubscribeOptions],
    ) -> R:
        """Order book snapshot + diffs of a market, kept in :meth:`order_book`.

        ``price_decimals`` / ``size_decimals`` (the market's, e.g. ``client.market("ETH")``) make the book
        reject prices and sizes the market cannot have; without them it rejects only what no market can.
        """
        if price_decimals is not None or size_decimals is not None:
            self._set_book_decimals(market_id, price_decimals, size_decimals)
        return self.subscribe("order_book", market_id, **options)


def receivers(
    event: Event, by_channel: Mapping[str, Callback], listeners: Iterable[tuple[type[Event], Callback]]
) -> list[Callback]:
    """The callbacks ``event`` goes to, in order: its subscription's, then every listener of its type."""
    callback = by_channel.get(event.channel) if isinstance(event, ChannelEvent) else None
    out: list[Callback] = [] if callback is None else [callback]
    for event_type, fn in listeners:
        if isinstance(event, event_type):
            out.append(fn)
    return out


def callback_failed(fn: Callback, event: Event) -> None:
    """A callback raised: log it with its traceback; the stream and the other callbacks carry on."""
    log.exception("callback %r failed on %s", fn, type(event).__name__)
