"""The channel catalogue: addresses, which ones need auth, and mapping server channel names back.

Clients subscribe with ``/`` as separator (``order_book/0``); the server names the channel with ``:`` in its
frames (``order_book:0``). :func:`address_from_frame` turns the latter into the former.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

__all__ = [
    "CHANNELS",
    "ChannelSpec",
    "address_from_frame",
    "build_address",
    "channel_kind",
    "resolve_subscription",
    "split_address",
]


@attrs.frozen
class ChannelSpec:
    """One channel of the Lighter stream: its address, its auth, and the ``subscribe_<kind>`` method the
    clients offer for it (generated from this table by ``scripts/generate-ws-channels``)."""

    kind: str
    """The name used in ``subscribed/<kind>`` / ``update/<kind>`` frames."""
    params: tuple[str, ...]
    """Path parameters, in address order."""
    private: bool
    """True when the subscribe message must carry an ``auth`` token."""
    doc: str = ""
    """What the channel carries: the docstring of its ``subscribe_<kind>`` method."""
    defaults: tuple[tuple[str, str], ...] = ()
    """Parameters with a default in ``subscribe_<kind>`` (a ``market_id`` default of ``"all"`` means the
    channel also streams every market at once)."""

    def address(self, *values: object) -> str:
        """The subscribe address, e.g. ``account_orders/0/12``."""
        if len(values) != len(self.params):
            raise ValueError(f"channel {self.kind} takes {len(self.params)} parameter(s) {self.params}")
        return "/".join([self.kind, *(str(v) for v in values)])

    @property
    def all_markets(self) -> bool:
        """True when ``market_id`` may be ``"all"``."""
        return ("market_id", "all") in self.defaults


def _spec(kind: str, *params: str, doc: str, private: bool = False, **defaults: str) -> ChannelSpec:
    return ChannelSpec(kind=kind, params=params, private=private, doc=doc, defaults=tuple(defaults.items()))


_ALL = "all"

# Auth per asyncapi's security list (API-NOTES §5): the rest accept an optional token.
CHANNELS: dict[str, ChannelSpec] = {
    spec.kind: spec
    for spec in (
        _spec("order_book", "market_id", doc="Order book snapshot + diffs of a market."),
        _spec("ticker", "market_id", doc="Best bid and offer of a market."),
        _spec(
            "market_stats", "market_id", market_id=_ALL, doc='Market statistics of one market, or ``"all"``.'
        ),
        _spec(
            "spot_market_stats",
            "market_id",
            market_id=_ALL,
            doc='Spot market statistics of one spot market, or ``"all"``.',
        ),
        _spec("trade", "market_id", doc="Public trades of a market."),
        _spec(
            "candle",
            "market_id",
            "resolution",
            doc='Candlesticks of a market at a resolution (``"1m"``, ``"5m"``, ``"1h"``, ``"1d"``...).',
        ),
        _spec("height", doc="The latest L2 block height."),
        _spec(
            "account_all",
            "account_id",
            doc="Orders, positions, trades, funding and pool shares of an account.",
        ),
        _spec(
            "account_market",
            "market_id",
            "account_id",
            private=True,
            doc="An account's orders, positions and trades in one market (private).",
        ),
        _spec("user_stats", "account_id", doc="Collateral, portfolio value, leverage... of an account."),
        _spec("account_tx", "account_id", private=True, doc="Transactions of an account (private)."),
        _spec(
            "account_all_orders",
            "account_id",
            private=True,
            doc="All orders of an account across markets (private).",
        ),
        _spec(
            "account_orders",
            "market_id",
            "account_id",
            private=True,
            doc="Orders of an account in one market (private).",
        ),
        _spec("account_all_trades", "account_id", doc="All fills of an account."),
        _spec("account_all_positions", "account_id", doc="All positions of an account."),
        _spec(
            "account_all_assets", "account_id", private=True, doc="Asset balances of an account (private)."
        ),
        _spec(
            "account_spot_avg_entry_prices",
            "account_id",
            private=True,
            doc="Average entry prices of an account's spot assets (private).",
        ),
        _spec("notification", "account_id", private=True, doc="Notifications of an account (private)."),
        _spec("pool_data", "account_id", private=True, doc="Pool data of a pool account (private)."),
        _spec("pool_info", "account_id", private=True, doc="Pool info of a pool account (private)."),
        _spec(
            "bo_market_stats",
            "market_id",
            market_id=_ALL,
            doc='Statistics of one binary-option market, or ``"all"`` (:class:`BinaryOptionStatsEvent`).',
        ),
        _spec(
            "up_down_candle",
            "symbol",
            "duration",
            "resolution",
            resolution="1s",
            doc="Candles of an up/down series' underlying, "
            'e.g. ``("btc", "5m", "1s")`` (UpDownCandleEvent).',
        ),
    )
}

_RESOLUTION = re.compile(r"[0-9]+[smhdwM]\Z")
_UP_DOWN_RESOLUTIONS = ("1s", "30s")
_SYMBOL = re.compile(r"[A-Za-z0-9_.-]{1,32}\Z")
_DURATION = re.compile(r"[0-9]+[smh]\Z")
_ADDRESS = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*(?:[/:][A-Za-z0-9_.-]+)*\Z")
_MAX_ADDRESS = 200


def build_address(kind: str, *values: object) -> str:
    """Validate parameters and build a subscribe address. Raises ValueError on bad input."""
    spec = CHANNELS.get(kind)
    if spec is None:
        raise ValueError(f"unknown channel {kind!r}; known: {', '.join(sorted(CHANNELS))}")
    for name, value in zip(spec.params, values, strict=False):
        if name == "resolution" and kind == "up_down_candle":
            if value not in _UP_DOWN_RESOLUTIONS:
                raise ValueError(f"resolution must be one of {list(_UP_DOWN_RESOLUTIONS)}, got {value!r}")
        elif name == "resolution":
            if not isinstance(value, str) or not _RESOLUTION.match(value):
                raise ValueError(f"resolution must look like '1m', '5m', '1h', '1d', got {value!r}")
        elif name == "symbol":
            if not isinstance(value, str) or not _SYMBOL.match(value):
                raise ValueError(f"symbol must name an underlying such as 'btc', got {value!r}")
        elif name == "duration":
            if not isinstance(value, str) or not _DURATION.match(value):
                raise ValueError(f"duration must look like '30s', '5m', '1h', got {value!r}")
        elif name == "market_id" and value == _ALL and spec.all_markets:
            continue
        elif isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"{kind}: {name} must be a non-negative int, got {value!r}")
    return spec.address(*values)


def split_address(address: str) -> tuple[str, tuple[str | int, ...]]:
    """``"order_book/0"`` (or ``order_book:0``) -> ``("order_book", (0,))``: decimal parts become ints.

    Raises ValueError for anything that cannot be a channel address (empty, spaces, odd characters)."""
    if not isinstance(address, str) or len(address) > _MAX_ADDRESS or not _ADDRESS.match(address):
        raise ValueError(f"not a channel address: {address!r} (expected e.g. 'order_book/0')")
    kind, *parts = address.replace(":", "/").split("/")
    return kind, tuple(int(p) if p.isdigit() else p for p in parts)


def resolve_subscription(kind: str, params: Sequence[object]) -> tuple[str, tuple[object, ...], str]:
    """``(kind, params, address)`` of a subscribe call given a kind and parameters or a whole address; a
    kind this SDK does not know is kept as given (its address only checked for shape)."""
    if not params and kind not in CHANNELS:  # a whole address: "order_book/0", "new_channel/1/2"
        kind, params = split_address(kind)
    if kind in CHANNELS:
        return kind, tuple(params), build_address(kind, *params)
    address = "/".join([kind, *(str(p) for p in params)])
    split_address(address)  # validates
    return kind, tuple(params), address


def channel_kind(address: str) -> str:
    """``order_book/0`` or ``order_book:0`` -> ``order_book``."""
    for i, ch in enumerate(address):
        if ch == "/" or ch == ":":
            return address[:i]
    return address


def address_from_frame(channel: str) -> str:
    """The server's channel name (``order_book:0``) as a subscribe address (``order_book/0``)."""
    return channel.replace(":", "/")
