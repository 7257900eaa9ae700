"""A local order book fed with the server's ``order_book`` frames.

``OrderBook.apply(frame)`` takes a parsed ``subscribed/order_book`` (snapshot) or ``update/order_book``
(price-level diffs: a level replaces the previous size at that price; size 0 removes it) frame exactly as
the server sends it.

Sequencing: an update is contiguous when its ``begin_nonce`` equals the previous frame's ``nonce``; frames
without ``begin_nonce`` are checked with ``offset`` (must be the previous offset + 1). On a gap the book
marks itself unsynced (``is_synced`` is False) and stays so until the next snapshot; diffs arriving in
between are dropped (``apply`` returns False).

Speed: levels are kept as the server's strings in a dict keyed by the float value of the price, with one
sorted key list per side (best level at the end, so the frequent updates near the top of the book move
little memory). Floats are exact enough to identify and order prices here: prices are unsigned 32-bit
integers scaled by the market's decimals (at most 10 significant digits), and every distinct decimal with
at most 15 significant digits maps to a distinct double, monotonically. ``Decimal`` values are built only
when read, and cached until the next change.

Bounds: a level whose price or size the exchange cannot represent is a malformed frame (the book is
left unsynced, :class:`InvalidOrderBookFrameError`), never applied: prices are unsigned 32-bit integers
in the market's smallest unit, base amounts below 2**48. Given the market's ``price_decimals`` and
``size_decimals`` the bounds are exact (``(2**32 - 1) / 10**price_decimals``...); without them the
book uses the loosest bounds any market could have (price below 2**32, size below 2**48, in human units).
The check is one float comparison per level, the one that already rejected NaN and infinity.

Checksum: see :func:`book_checksum`.
"""

from __future__ import annotations

import threading
import zlib
from bisect import bisect_left, insort
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from lighter._errors import (
    InvalidOrderBookFrameError,
    OrderBookGapError,
    OrderBookNotSnapshottedError,
)

__all__ = ["CHECKSUM_DEPTH", "Level", "OrderBook", "book_checksum", "canonical_decimal", "level_bounds"]

Level = tuple[Decimal, Decimal]
"""One price level: ``(price, size)``."""

CHECKSUM_DEPTH = 25
"""Levels per side that :func:`book_checksum` covers by default."""

_INF = float("inf")

MAX_PRICE_INT = 2**32 - 1  # prices are u32 in the market's smallest unit
MAX_BASE_AMOUNT = 2**48 - 1  # base amounts are below 2**48


def level_bounds(price_decimals: int | None, size_decimals: int | None) -> tuple[float, float]:
    """The largest price and size (human units) a market with these decimals can show; with unknown
    decimals, the largest any market can (decimals 0)."""
    for name, value in (("price_decimals", price_decimals), ("size_decimals", size_decimals)):
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 18
        ):
            raise ValueError(f"{name} must be an int in 0..18 or None, got {value!r}")
    max_price = MAX_PRICE_INT / 10 ** (price_decimals or 0)
    max_size = MAX_BASE_AMOUNT / 10 ** (size_decimals or 0)
    return max_price, max_size


def canonical_decimal(value: str | Decimal | int) -> str:
    """The canonical text of a decimal: plain notation, no exponent, no trailing zeros, ``"0"`` for zero.

    ``"100.00" -> "100"``, ``"0.2000" -> "0.2"``, ``"1E+2" -> "100"``.
    """
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    if number == 0:
        return "0"
    return format(number.normalize(), "f")


def book_checksum(
    bids: Iterable[tuple[Any, Any]],
    asks: Iterable[tuple[Any, Any]],
    depth: int = CHECKSUM_DEPTH,
) -> int:
    """CRC-32 (unsigned, ``zlib.crc32``) of the best ``depth`` levels of each side.

    A pure function of the sorted levels, so a server and a client can compare books cheaply:

    * ``bids`` best (highest) first, ``asks`` best (lowest) first, as ``(price, size)`` pairs of
      ``Decimal``, ``str`` or ``int``; levels with size 0 must not be included;
    * each level is written ``canonical_decimal(price) + ":" + canonical_decimal(size)``;
    * the text is ``"b:" + ";".join(bid levels) + "|a:" + ";".join(ask levels)``, UTF-8 encoded.

    Example: bids ``[("100.50", "1.000")]``, asks ``[("101", "2")]`` -> ``crc32(b"b:100.5:1|a:101:2")``.
    """
    if depth < 0:
        raise ValueError(f"depth must be >= 0, got {depth}")

    def side(levels: Iterable[tuple[Any, Any]]) -> str:
        out = []
        for i, (price, size) in enumerate(levels):
            if i >= depth:
                break
            out.append(f"{canonical_decimal(price)}:{canonical_decimal(size)}")
        return ";".join(out)

    text = f"b:{side(bids)}|a:{side(asks)}"
    return zlib.crc32(text.encode("utf-8")) & 0xFFFFFFFF


def _to_decimal(value: Any) -> Decimal:
    # Strings are exact; anything else (a JSON number) goes through repr to avoid binary expansions.
    return Decimal(value) if isinstance(value, str) else Decimal(repr(value))


class _Side:
    """One side of the book: ``levels[key] = (price_text, size_text)`` and ``keys`` sorted, best last."""

    __slots__ = ("sign", "levels", "keys", "_cache", "max_price", "max_size")

    def __init__(self, sign: float, max_price: float, max_size: float) -> None:
        self.sign = sign  # +1.0 for bids (best = highest), -1.0 for asks (best = lowest)
        self.levels: dict[float, tuple[Any, Any]] = {}
        self.keys: list[float] = []
        self._cache: list[Level] | None = None
        self.max_price = max_price
        self.max_size = max_size

    def clear(self) -> None:
        self.levels = {}
        self.keys = []
        self._cache = None

    def apply(self, entries: Sequence[Mapping[str, Any]]) -> None:
        """Apply price-level entries; raises ValueError/TypeError/KeyError on a malformed one."""
        levels = self.levels
        keys = self.keys
        sign = self.sign
        max_price = self.max_price
        max_size = self.max_size
        for entry in entries:
            price = entry["price"]
            size = entry["size"]
            p = float(price)
            s = float(size)
            if not 0.0 < p <= max_price:  # also NaN and infinity
                raise ValueError(f"absurd price {price!r} (the exchange's prices are at most {max_price:g})")
            if not 0.0 <= s <= max_size:
                raise ValueError(
                    f"absurd size {size!r} at price {price!r} (the exchange's sizes are at most {max_size:g})"
                )
            key = sign * p
            if s == 0.0:
                if levels.pop(key, None) is not None:
                    del keys[bisect_left(keys, key)]
            else:
                if key not in levels:
                    insort(keys, key)
                levels[key] = (price, size)
        self._cache = None

    def load(self, prices: Sequence[Any], sizes: Sequence[Any]) -> None:
        """A snapshot side in bulk: the same result as ``clear()`` then ``apply()`` of these levels, with
        one C-level pass per step instead of one Python iteration per level. Levels it cannot take as a
        whole (a bound crossed, NaN, a size of 0, a repeated price) go through ``apply``, which raises or
        skips exactly as it always does."""
        try:
            pf = list(map(float, prices))
            sf = list(map(float, sizes))
            total = sum(pf) + sum(sf)  # NaN or infinity anywhere makes it non-finite
        except (TypeError, ValueError):
            pf = sf = []
            total = -1.0
        if (
            not pf
            or len(pf) != len(sf)
            or not -_INF < total < _INF
            or min(pf) <= 0.0
            or max(pf) > self.max_price
            or min(sf) <= 0.0
            or max(sf) > self.max_size
        ):
            self.clear()
            self.apply([{"price": p, "size": z} for p, z in zip(prices, sizes, strict=False)])
            return
        keys = pf if self.sign > 0 else [-p for p in pf]
        levels = dict(zip(keys, zip(prices, sizes, strict=True), strict=True))
        if len(levels) != len(keys):  # a price listed twice: the level-by-level rules decide
            self.clear()
            self.apply([{"price": p, "size": z} for p, z in zip(prices, sizes, strict=True)])
            return
        keys.sort()
        self.levels = levels
        self.keys = keys
        self._cache = None

    def load_entries(self, entries: Sequence[Mapping[str, Any]]) -> None:
        """``load`` from the frame's level objects."""
        try:
            prices = [entry["price"] for entry in entries]
            sizes = [entry["size"] for entry in entries]
        except (KeyError, TypeError, AttributeError):
            self.clear()
            self.apply(entries)  # raises what the level-by-level path raises
            return
        self.load(prices, sizes)

    def decimals(self) -> list[Level]:
        cache = self._cache
        if cache is None:
            levels = self.levels
            cache = []
            for key in reversed(self.keys):
                price, size = levels[key]
                cache.append((_to_decimal(price), _to_decimal(size)))
            self._cache = cache
        return cache

    def best(self) -> Level | None:
        if not self.keys:
            return None
        cache = self._cache
        if cache is not None:
            return cache[0]
        price, size = self.levels[self.keys[-1]]
        return (_to_decimal(price), _to_decimal(size))

    def top(self, n: int) -> list[Level]:
        if self._cache is not None or n >= len(self.keys):
            return self.decimals()[:n]
        levels = self.levels
        keys = self.keys
        out = []
        for i in range(1, n + 1):
            price, size = levels[keys[-i]]
            out.append((_to_decimal(price), _to_decimal(size)))
        return out

    def copy_into(self, other: _Side) -> None:
        other.levels = dict(self.levels)
        other.keys = list(self.keys)
        other._cache = self._cache
        other.max_price, other.max_size = self.max_price, self.max_size


class OrderBook:
    """A local copy of one market's order book, built from snapshot and diff frames.

    ``price_decimals`` / ``size_decimals`` (the market's, from ``orderBookDetails``; optional) make the
    bounds on prices and sizes exact; see the module docstring.

    Thread-safety: ``apply`` and every reader take an internal lock, so one thread may apply frames while
    others read. Each reader call is atomic on its own; for several values from the same instant use
    :meth:`top` or :meth:`copy`.
    """

    def __init__(
        self, market_id: int, *, price_decimals: int | None = None, size_decimals: int | None = None
    ) -> None:
        if isinstance(market_id, bool) or not isinstance(market_id, int) or market_id < 0:
            raise ValueError(f"market_id must be a non-negative int, got {market_id!r}")
        self.market_id = market_id
        self.price_decimals = price_decimals
        self.size_decimals = size_decimals
        max_price, max_size = level_bounds(price_decimals, size_decimals)
        self._bids = _Side(1.0, max_price, max_size)
        self._asks = _Side(-1.0, max_price, max_size)
        self._lock = threading.Lock()
        self._synced = False
        self._ever_snapshotted = False
        self._offset: int | None = None
        self._nonce: int | None = None
        self._timestamp: int | None = None
        self._channels = (f"order_book:{market_id}", f"order_book/{market_id}")

    # -- feeding ---------------------------------------------------------------------------------------

    def apply(self, frame: Mapping[str, Any]) -> bool:
        """Apply a ``subscribed/order_book`` or ``update/order_book`` frame.

        Returns True when applied, False when a diff is dropped because the book awaits a fresh snapshot
        after a gap. Raises :class:`OrderBookGapError` when this frame reveals a gap,
        :class:`OrderBookNotSnapshottedError` for a diff before any snapshot, and
        :class:`InvalidOrderBookFrameError` for a malformed frame; in every case the book is left unsynced.
        """
        try:
            kind = frame["type"]
            book = frame["order_book"]
            channel = frame.get("channel")
        except (KeyError, TypeError, AttributeError) as exc:
            raise self._invalid(f"not an order_book frame: missing {exc}") from None
        if not isinstance(book, Mapping):
            raise self._invalid("order_book is not an object")
        if channel is not None and channel not in self._channels:
            raise self._invalid(
                f"frame for channel {channel!r} applied to the book of market {self.market_id}"
            )
        offset = book.get("offset", frame.get("offset"))
        nonce = book.get("nonce", frame.get("nonce"))
        with self._lock:
            if kind == "update/order_book":
                if not self._synced:
                    if not self._ever_snapshotted:
                        raise OrderBookNotSnapshottedError(
                            f"diff for market {self.market_id} before any snapshot", market_id=self.market_id
                        )
                    return False
                self._check_sequence(book, frame, offset)
            elif kind != "subscribed/order_book":
                raise self._invalid(f"unexpected frame type {kind!r}")
            try:
                if kind == "subscribed/order_book":
                    self._bids.load_entries(book.get("bids") or ())
                    self._asks.load_entries(book.get("asks") or ())
                else:
                    self._bids.apply(book.get("bids") or ())
                    self._asks.apply(book.get("asks") or ())
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                self._synced = False
                raise InvalidOrderBookFrameError(
                    f"bad level in order_book frame for market {self.market_id}: {exc!r}",
                    market_id=self.market_id,
                ) from None
            if kind == "subscribed/order_book":
                self._synced = True
                self._ever_snapshotted = True
            self._offset = offset if isinstance(offset, int) else None
            self._nonce = nonce if isinstance(nonce, int) else None
            timestamp = frame.get("timestamp")
            self._timestamp = timestamp if isinstance(timestamp, int) else self._timestamp
            return True

    def _check_sequence(self, book: Mapping[str, Any], frame: Mapping[str, Any], offset: Any) -> None:
        begin_nonce = book.get("begin_nonce", frame.get("begin_nonce"))
        if begin_nonce is not None and self._nonce is not None:
            if begin_nonce != self._nonce:
                self._synced = False
                raise OrderBookGapError(
                    f"order book {self.market_id}: begin_nonce {begin_nonce} != previous nonce {self._nonce}",
                    market_id=self.market_id,
                    expected=self._nonce,
                    received=begin_nonce,
                    field="begin_nonce",
                )
        elif offset is not None and self._offset is not None:
            if offset != self._offset + 1:
                self._synced = False
                raise OrderBookGapError(
                    f"order book {self.market_id}: offset {offset} does not follow {self._offset}",
                    market_id=self.market_id,
                    expected=self._offset + 1,
                    received=offset,
                    field="offset",
                )

    def _invalid(self, message: str) -> InvalidOrderBookFrameError:
        self._synced = False
        return InvalidOrderBookFrameError(message, market_id=self.market_id)

    def set_decimals(self, price_decimals: int | None, size_decimals: int | None) -> None:
        """Use the market's decimals for the price and size bounds from the next frame on."""
        max_price, max_size = level_bounds(price_decimals, size_decimals)
        with self._lock:
            self.price_decimals, self.size_decimals = price_decimals, size_decimals
            for side in (self._bids, self._asks):
                side.max_price, side.max_size = max_price, max_size

    def mark_unsynced(self) -> None:
        """Declare the book inconsistent (e.g. the connection dropped); the next snapshot resyncs it."""
        with self._lock:
            self._synced = False

    # -- reading ---------------------------------------------------------------------------------------

    @property
    def is_synced(self) -> bool:
        """True after a snapshot, until a gap or a bad frame is detected."""
        return self._synced

    @property
    def offset(self) -> int | None:
        """The ``offset`` of the last frame applied."""
        return self._offset

    @property
    def nonce(self) -> int | None:
        """The ``nonce`` of the last frame applied (None when the server does not send one)."""
        return self._nonce

    @property
    def timestamp(self) -> int | None:
        """The server ``timestamp`` (ms) of the last frame applied that carried one."""
        return self._timestamp

    @property
    def bids(self) -> list[Level]:
        """Bid levels ``(price, size)``, best (highest price) first."""
        with self._lock:
            return list(self._bids.decimals())

    @property
    def asks(self) -> list[Level]:
        """Ask levels ``(price, size)``, best (lowest price) first."""
        with self._lock:
            return list(self._asks.decimals())

    @property
    def best_bid(self) -> Level | None:
        """The best bid ``(price, size)``, or None when the side is empty."""
        with self._lock:
            return self._bids.best()

    @property
    def best_ask(self) -> Level | None:
        """The best ask ``(price, size)``, or None when the side is empty."""
        with self._lock:
            return self._asks.best()

    @property
    def mid(self) -> Decimal | None:
        """``(best bid + best ask) / 2``, or None when a side is empty."""
        with self._lock:
            bid, ask = self._bids.best(), self._asks.best()
        if bid is None or ask is None:
            return None
        return (bid[0] + ask[0]) / 2

    @property
    def spread(self) -> Decimal | None:
        """``best ask - best bid``, or None when a side is empty (negative if the book is crossed)."""
        with self._lock:
            bid, ask = self._bids.best(), self._asks.best()
        if bid is None or ask is None:
            return None
        return ask[0] - bid[0]

    @property
    def is_crossed(self) -> bool:
        """True when the best bid is at or above the best ask (a sign of an inconsistent book)."""
        spread = self.spread
        return spread is not None and spread <= 0

    def top(self, n: int = 10) -> tuple[list[Level], list[Level]]:
        """The best ``n`` levels of each side, ``(bids, asks)``, taken atomically."""
        if n < 0:
            raise ValueError(f"n must be >= 0, got {n}")
        with self._lock:
            return self._bids.top(n), self._asks.top(n)

    def depth(self, n: int | None = None) -> tuple[Decimal, Decimal]:
        """Total size resting in the best ``n`` levels (all levels when None): ``(bid size, ask size)``."""
        with self._lock:
            bids, asks = self._bids.decimals(), self._asks.decimals()
            if n is not None:
                bids, asks = bids[:n], asks[:n]
            return sum((s for _, s in bids), Decimal(0)), sum((s for _, s in asks), Decimal(0))

    def __len__(self) -> int:
        """Number of price levels on both sides."""
        return len(self._bids.keys) + len(self._asks.keys)

    def checksum(self, depth: int = CHECKSUM_DEPTH) -> int:
        """:func:`book_checksum` of this book's best ``depth`` levels per side."""
        bids, asks = self.top(depth)
        return book_checksum(bids, asks, depth)

    def copy(self) -> OrderBook:
        """An independent copy of the book as it is now."""
        other = OrderBook(
            self.market_id, price_decimals=self.price_decimals, size_decimals=self.size_decimals
        )
        with self._lock:
            self._bids.copy_into(other._bids)
            self._asks.copy_into(other._asks)
            other._synced = self._synced
            other._ever_snapshotted = self._ever_snapshotted
            other._offset, other._nonce, other._timestamp = self._offset, self._nonce, self._timestamp
        return other

    def __repr__(self) -> str:
        bid, ask = self.best_bid, self.best_ask
        return (
            f"OrderBook(market_id={self.market_id}, synced={self._synced}, levels={len(self)}, "
            f"best_bid={bid[0] if bid else None}, best_ask={ask[0] if ask else None}, offset={self._offset})"
        )
