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
    """One channel of the Lighter stream."""

    kind: str
    """The name used in ``subscribed/<kind>`` / ``update/<kind>`` frames."""
    params: tuple[str, ...]
    """Path parameters, in address order."""
    private: bool
    """True when the subscribe message must carry an ``auth`` token."""

    def address(self, *values: object) -> str:
        """The subscribe address, e.g. ``account_orders/0/12``."""
        if len(values) != len(self.params):
            raise ValueError(f"channel {self.kind} takes {len(self.params)} parameter(s) {self.params}")
        return "/".join([self.kind, *(str(v) for v in values)])


def _spec(kind: str, *params: str, private: bool = False) -> ChannelSpec:
    return ChannelSpec(kind=kind, params=params, private=private)


# Auth per asyncapi's security list (API-NOTES §5): the rest accept an optional token.
CHANNELS: dict[str, ChannelSpec] = {
    spec.kind: spec
    for spec in (
        _spec("order_book", "market_id"),
        _spec("ticker", "market_id"),
        _spec("market_stats", "market_id"),
        _spec("spot_market_stats", "market_id"),
        _spec("trade", "market_id"),
        _spec("candle", "market_id", "resolution"),
        _spec("height"),
        _spec("account_all", "account_id"),
        _spec("account_market", "market_id", "account_id", private=True),
        _spec("user_stats", "account_id"),
        _spec("account_tx", "account_id", private=True),
        _spec("account_all_orders", "account_id", private=True),
        _spec("account_orders", "market_id", "account_id", private=True),
        _spec("account_all_trades", "account_id"),
        _spec("account_all_positions", "account_id"),
        _spec("account_all_assets", "account_id", private=True),
        _spec("account_spot_avg_entry_prices", "account_id", private=True),
        _spec("notification", "account_id", private=True),
        _spec("pool_data", "account_id", private=True),
        _spec("pool_info", "account_id", private=True),
        _spec("bo_market_stats", "market_id"),
        _spec("up_down_candle", "symbol", "duration", "resolution"),
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
        elif (
            name == "market_id"
            and value == "all"
            and kind in ("market_stats", "spot_market_stats", "bo_market_stats")
        ):
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
