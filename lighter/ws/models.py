"""Typed views of the account objects the stream carries, and the per-account state merged from them.

Every model keeps the frame's object in ``raw`` (fields the server adds later stay reachable) and parses
the common fields: decimal strings become ``Decimal``, absent fields become None. Parsing never raises
on an odd value; it yields None for that field.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar, TypeVar

import attrs

__all__ = [
    "AccountState",
    "Asset",
    "BinaryOptionPosition",
    "BinaryOptionStats",
    "Order",
    "Position",
    "Trade",
    "UpDownCandle",
]

_ACTIVE_ORDER_STATUSES = frozenset({"open", "pending", "in-progress"})


def _dec(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return Decimal(value) if isinstance(value, str) else Decimal(repr(value))
    except (InvalidOperation, ValueError, TypeError):
        return None


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            return None
    return None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _raw_field() -> Any:
    return attrs.field(repr=False, eq=False, factory=dict)


# A model field's type names the converter that reads it from the wire.
_READERS_BY_TYPE: dict[str, Callable[[Any], Any]] = {
    "int | None": _int,
    "Decimal | None": _dec,
    "str | None": _str,
    "bool | None": _bool,
}
_Reader = tuple[str, Callable[[Any], Any], "str | None"]
_READERS: dict[type, tuple[_Reader, ...]] = {}

M = TypeVar("M", bound="_WireModel")


class _WireModel:
    """``from_wire`` for the models below: every field is read from the frame object under its own name (or
    under the older wire name in ``_WIRE_NAMES`` when the object lacks it), with the converter its type
    names; the object itself is kept in ``raw``."""

    __slots__ = ()
    _WIRE_NAMES: ClassVar[Mapping[str, str]] = {}

    @classmethod
    def from_wire(cls: type[M], d: Mapping[str, Any]) -> M:
        """Parse one object of a frame (an odd value becomes None for its field)."""
        readers = _READERS.get(cls) or _readers(cls)
        fields: dict[str, Any] = {"raw": d}
        for name, read, older in readers:
            fields[name] = read(d.get(name) if older is None else d.get(name, d.get(older)))
        return cls(**fields)


def _readers(cls: type[_WireModel]) -> tuple[_Reader, ...]:
    readers = tuple(
        (f.name, _READERS_BY_TYPE[f.type], cls._WIRE_NAMES.get(f.name))
        for f in attrs.fields(cls)  # type: ignore[arg-type]
        if f.name != "raw"
    )
    _READERS[cls] = readers
    return readers


@attrs.frozen(kw_only=True)
class Order(_WireModel):
    """An order as the account channels report it."""

    _WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "order_index": "order_id",
        "client_order_index": "client_order_id",
    }

    order_index: int | None
    client_order_index: int | None = None
    market_index: int | None = None
    owner_account_index: int | None = None
    is_ask: bool | None = None
    type: str | None = None
    time_in_force: str | None = None
    status: str | None = None
    price: Decimal | None = None
    trigger_price: Decimal | None = None
    initial_base_amount: Decimal | None = None
    remaining_base_amount: Decimal | None = None
    filled_base_amount: Decimal | None = None
    filled_quote_amount: Decimal | None = None
    reduce_only: bool | None = None
    order_expiry: int | None = None
    timestamp: int | None = None
    updated_at: int | None = None
    raw: Mapping[str, Any] = _raw_field()

    @property
    def is_active(self) -> bool:
        """True while the order rests on the book or waits for its trigger."""
        return self.status in _ACTIVE_ORDER_STATUSES


@attrs.frozen(kw_only=True)
class Trade(_WireModel):
    """A trade (public trade channel or the account's own fills)."""

    _WIRE_NAMES: ClassVar[Mapping[str, str]] = {"trade_id": "trade_id_str"}

    trade_id: int | None
    tx_hash: str | None = None
    type: str | None = None
    market_id: int | None = None
    size: Decimal | None = None
    price: Decimal | None = None
    usd_amount: Decimal | None = None
    ask_id: int | None = None
    bid_id: int | None = None
    ask_account_id: int | None = None
    bid_account_id: int | None = None
    is_maker_ask: bool | None = None
    block_height: int | None = None
    timestamp: int | None = None
    raw: Mapping[str, Any] = _raw_field()


@attrs.frozen(kw_only=True)
class Position(_WireModel):
    """A perpetual position. ``size`` is signed (negative when short)."""

    market_id: int | None
    symbol: str | None = None
    sign: int | None = None
    position: Decimal | None = None
    avg_entry_price: Decimal | None = None
    position_value: Decimal | None = None
    unrealized_pnl: Decimal | None = None
    realized_pnl: Decimal | None = None
    liquidation_price: Decimal | None = None
    allocated_margin: Decimal | None = None
    initial_margin_fraction: Decimal | None = None
    margin_mode: int | None = None
    open_order_count: int | None = None
    raw: Mapping[str, Any] = _raw_field()

    @property
    def size(self) -> Decimal | None:
        """The position with its sign applied."""
        if self.position is None:
            return None
        return -self.position if self.sign == -1 else self.position


@attrs.frozen(kw_only=True)
class Asset(_WireModel):
    """An asset balance (spot or margin), in coin units."""

    asset_id: int | None
    symbol: str | None = None
    balance: Decimal | None = None
    locked_balance: Decimal | None = None
    margin_mode: str | None = None
    raw: Mapping[str, Any] = _raw_field()


@attrs.frozen(kw_only=True)
class BinaryOptionPosition(_WireModel):
    """A binary-option holding: ``sign`` 1 holds YES (up), -1 holds NO; ``size`` is the number of shares."""

    market_id: int | None
    sign: int | None = None
    size: Decimal | None = None
    avg_entry_price: Decimal | None = None
    entry_quote: Decimal | None = None
    raw: Mapping[str, Any] = _raw_field()


@attrs.frozen(kw_only=True)
class BinaryOptionStats(_WireModel):
    """Statistics of a binary-option market (``bo_market_stats``); prices are the chance of YES, 0..1."""

    market_id: int | None
    symbol: str | None = None
    status: str | None = None
    outcome: int | None = None
    mid_price: Decimal | None = None
    best_bid_price: Decimal | None = None
    best_ask_price: Decimal | None = None
    last_trade_price: Decimal | None = None
    open_interest: Decimal | None = None
    daily_quote_token_volume: Decimal | None = None
    raw: Mapping[str, Any] = _raw_field()


@attrs.frozen(kw_only=True)
class UpDownCandle(_WireModel):
    """A candle of an up/down series' underlying price (``timestamp``: bucket start, unix seconds)."""

    symbol: str | None
    duration: str | None = None
    resolution: str | None = None
    timestamp: int | None = None
    open: Decimal | None = None
    high: Decimal | None = None
    low: Decimal | None = None
    close: Decimal | None = None
    provider: str | None = None
    raw: Mapping[str, Any] = _raw_field()


def flatten(value: Any, key_name: str | None = None) -> list[Mapping[str, Any]]:
    """Objects of a frame field that is a list, or a map ``{id: object}``, or ``{id: [objects]}``.

    When ``key_name`` is given and an object of a map lacks it, the map key is filled in.
    """
    out: list[Mapping[str, Any]] = []
    if isinstance(value, list):
        out.extend(v for v in value if isinstance(v, Mapping))
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if isinstance(item, list):
                out.extend(v for v in item if isinstance(v, Mapping))
            elif isinstance(item, Mapping):
                if key_name and key_name not in item:
                    item = {**item, key_name: _int(key)}
                out.append(item)
    return out


class AccountState:
    """One account's state, merged from the snapshots and updates of every account channel subscribed.

    * ``orders``: active orders by ``order_index`` (an update with a final status removes the order);
    * ``positions``: by market id; ``assets``: by asset id; ``avg_entry_prices``: by asset id;
    * ``bo_positions``: binary-option holdings by market id (an empty size removes one);
    * ``trades``: the most recent fills, newest last, without duplicates (bounded to ``max_trades``);
    * ``stats``: the last ``user_stats`` object.

    A snapshot replaces what its channel covers (all markets, or one market for the per-market channels).
    Thread-safety: merged under an internal lock; the accessors return copies.
    """

    def __init__(self, account_id: int, *, max_trades: int = 1000) -> None:
        self.account_id = account_id
        self._lock = threading.Lock()
        self._orders: dict[int, Order] = {}
        self._positions: dict[int, Position] = {}
        self._assets: dict[int, Asset] = {}
        self._avg_entry_prices: dict[int, Mapping[str, Any]] = {}
        self._trades: deque[Trade] = deque(maxlen=max_trades)
        self._trade_ids: set[int] = set()
        self._stats: Mapping[str, Any] | None = None
        self._bo_positions: dict[int, BinaryOptionPosition] = {}

    # -- merging (called by the stream core) ----------------------------------------------------------

    def merge_orders(self, orders: Iterable[Order], *, snapshot: bool, market_id: int | None = None) -> None:
        """Upsert orders; a snapshot first drops the orders it covers (one market, or all)."""
        with self._lock:
            if snapshot:
                if market_id is None:
                    self._orders.clear()
                else:
                    for index in [i for i, o in self._orders.items() if o.market_index == market_id]:
                        del self._orders[index]
            for order in orders:
                if order.order_index is None:
                    continue
                if order.is_active:
                    self._orders[order.order_index] = order
                else:
                    self._orders.pop(order.order_index, None)

    def merge_positions(
        self, positions: Iterable[Position], *, snapshot: bool, market_id: int | None = None
    ) -> None:
        """Upsert positions by market; a snapshot first drops those it covers."""
        with self._lock:
            if snapshot:
                if market_id is None:
                    self._positions.clear()
                else:
                    self._positions.pop(market_id, None)
            for position in positions:
                if position.market_id is not None:
                    self._positions[position.market_id] = position

    def merge_bo_positions(
        self, positions: Iterable[BinaryOptionPosition], *, snapshot: bool, market_id: int | None = None
    ) -> None:
        """Upsert binary-option holdings by market; a snapshot first drops those it covers; a holding of
        size 0 (or none) is removed."""
        with self._lock:
            if snapshot:
                if market_id is None:
                    self._bo_positions.clear()
                else:
                    self._bo_positions.pop(market_id, None)
            for position in positions:
                if position.market_id is None:
                    continue
                if position.size:
                    self._bo_positions[position.market_id] = position
                else:
                    self._bo_positions.pop(position.market_id, None)

    def merge_assets(self, assets: Iterable[Asset], *, snapshot: bool) -> None:
        """Upsert asset balances; a snapshot replaces them all."""
        with self._lock:
            if snapshot:
                self._assets.clear()
            for asset in assets:
                if asset.asset_id is not None:
                    self._assets[asset.asset_id] = asset

    def merge_trades(self, trades: Iterable[Trade]) -> None:
        """Append fills not seen before (by ``trade_id``), keeping time order as received."""
        with self._lock:
            for trade in trades:
                if trade.trade_id is not None:
                    if trade.trade_id in self._trade_ids:
                        continue
                    if len(self._trades) == self._trades.maxlen and self._trades[0].trade_id is not None:
                        self._trade_ids.discard(self._trades[0].trade_id)
                    self._trade_ids.add(trade.trade_id)
                self._trades.append(trade)

    def merge_avg_entry_prices(self, prices: Iterable[Mapping[str, Any]], *, snapshot: bool) -> None:
        """Upsert spot average entry prices by asset id."""
        with self._lock:
            if snapshot:
                self._avg_entry_prices.clear()
            for item in prices:
                asset_id = _int(item.get("asset_id"))
                if asset_id is not None:
                    self._avg_entry_prices[asset_id] = item

    def set_stats(self, stats: Mapping[str, Any]) -> None:
        """Store the latest ``user_stats`` object."""
        with self._lock:
            self._stats = stats

    # -- reading ---------------------------------------------------------------------------------------

    @property
    def orders(self) -> dict[int, Order]:
        """Active orders by order index."""
        with self._lock:
            return dict(self._orders)

    @property
    def positions(self) -> dict[int, Position]:
        """Positions by market id."""
        with self._lock:
            return dict(self._positions)

    @property
    def bo_positions(self) -> dict[int, BinaryOptionPosition]:
        """Binary-option holdings by market id."""
        with self._lock:
            return dict(self._bo_positions)

    @property
    def assets(self) -> dict[int, Asset]:
        """Asset balances by asset id."""
        with self._lock:
            return dict(self._assets)

    @property
    def avg_entry_prices(self) -> dict[int, Mapping[str, Any]]:
        """Spot average entry prices by asset id (raw objects)."""
        with self._lock:
            return dict(self._avg_entry_prices)

    @property
    def trades(self) -> list[Trade]:
        """Recent fills, oldest first."""
        with self._lock:
            return list(self._trades)

    @property
    def stats(self) -> Mapping[str, Any] | None:
        """The last ``user_stats`` object, or None."""
        return self._stats

    def __repr__(self) -> str:
        return (
            f"AccountState(account_id={self.account_id}, orders={len(self._orders)}, "
            f"positions={len(self._positions)}, assets={len(self._assets)}, trades={len(self._trades)})"
        )
