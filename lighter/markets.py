"""Market and asset metadata, and exact conversion between human units and the integers that are signed.

A price of ``"3024.66"`` on a market with ``price_decimals=2`` is signed as ``302466``; a size of
``"0.1"`` with ``size_decimals=4`` as ``1000``. Conversions are exact: a value with more decimals than
the market allows is refused (`PrecisionError`) unless a rounding mode is asked for, and a ``float`` is
accepted only when its binary value is exactly the decimal it prints as (``0.5`` yes, ``0.1`` no: pass
``"0.1"`` or ``Decimal("0.1")``).

`Market.from_dict` / `Asset.from_dict` read the metadata answers by hand, for tolerance (strings or numbers,
missing optional fields), like `lighter._client.tolerant` does for the trading answers; every key they read
exists in openapi.yaml for the operations in `ENDPOINTS` (``tests/client/test_tolerant_keys.py`` checks).
"""

from __future__ import annotations

import decimal
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal, Union

from lighter._errors import InvalidInputError, PrecisionError, UnknownAssetError, UnknownMarketError
from lighter._loggers import get_logger

log = get_logger("lighter")

ENDPOINTS = ("order_book_details", "asset_details")
"""The generated operations whose answers this module reads by hand."""

Amount = Union[Decimal, str, int, float]  # noqa: UP007 (a runtime alias must work on 3.9 syntax)
Rounding = Literal["down", "up", "nearest", "floor", "ceiling"]

MAX_BASE_AMOUNT = 2**48 - 1
MAX_PRICE = 2**32 - 1
MAX_AMOUNT = 2**60 - 1  # the largest amount any transaction carries (transfer, withdraw, margin, fees)

# A scaled value with this many integer digits is beyond every transaction range (2^63 has 19): refuse it
# before building the integer, so "1e999999999" costs nothing and never reaches decimal's Emax.
# decimal text as people and the exchange write it: ASCII digits, a point, an exponent (NaN/Infinity are
# refused later as not finite); not Decimal's wider grammar ("٣" is 3 to it, "1_0" is 10)
_DECIMAL_TEXT = re.compile(
    r"[+-]?(?:(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|s?nan[0-9]*|inf(?:inity)?)", re.I | re.A
)
_MAX_SCALED_DIGITS = 30
# Slippage arithmetic: exact enough for any price in range, exponents as wide as decimal allows.
_SLIPPAGE_PREC = 60
# Products of signed amounts, independent of the caller's decimal context (which may have a low precision).
EXACT = decimal.Context(prec=60, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)

_ROUNDINGS: dict[str, str] = {
    "down": decimal.ROUND_DOWN,
    "up": decimal.ROUND_UP,
    "nearest": decimal.ROUND_HALF_EVEN,
    "floor": decimal.ROUND_FLOOR,
    "ceiling": decimal.ROUND_CEILING,
}


def to_decimal(value: object, *, name: str = "value") -> Decimal:
    """Decimal from a Decimal, str, int or an exactly representable float; anything else is refused."""
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, bool):
        raise InvalidInputError(f"{name} must be a number, got a bool ({value!r})")
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        text = value.strip()
        if not _DECIMAL_TEXT.fullmatch(text):
            raise InvalidInputError(
                f"{name} is not a number written with ASCII digits (like '0.25' or '1e-3'): {value[:40]!r}"
            )
        result = Decimal(text)
    elif isinstance(value, float):
        exact = Decimal(value)
        if value != value or value in (float("inf"), float("-inf")):
            raise InvalidInputError(f"{name} must be finite, got {value!r}")
        if exact != Decimal(repr(value)):
            raise PrecisionError(
                f"{name}={value!r} is a float whose binary value is {exact}, not {value!r}; pass it as a "
                f"string ({repr(value)!r}) or a Decimal"
            )
        result = exact
    else:
        raise InvalidInputError(f"{name} must be a Decimal, str or int, got {type(value).__name__}")
    if not result.is_finite():
        raise InvalidInputError(f"{name} must be finite, got {value!r}")
    return result


def rounding_mode(rounding: str | None) -> str | None:
    """Check a rounding name ("down", "up", "nearest", "floor", "ceiling") or a decimal.ROUND_* constant."""
    if rounding is None:
        return None
    if rounding in _ROUNDINGS:
        return _ROUNDINGS[rounding]
    if rounding in _ROUNDINGS.values():
        return rounding
    raise InvalidInputError(f"unknown rounding {rounding!r}; use one of {sorted(_ROUNDINGS)} or None")


def shift(value: Decimal, places: int) -> Decimal:
    """``value * 10**places``, exactly: only the exponent moves. (``Decimal.scaleb`` rounds to the
    context's 28 digits, silently dropping excess precision, and raises ``decimal.Overflow`` past Emax.)"""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):  # NaN / Infinity: nothing to shift
        return value
    return Decimal((sign, digits, exponent + places))


def show(value: Decimal) -> str:
    """A Decimal for an error message, shortened when it has very many digits."""
    text = str(value)
    return text if len(text) <= 40 else f"{text[:24]}...{text[-8:]} ({len(value.as_tuple().digits)} digits)"


def scale_to_int(
    value: Decimal, decimals: int, *, name: str, rounding: str | None = None, unit: str = ""
) -> int:
    """``value * 10**decimals`` as an int, exactly; refuses excess precision unless `rounding` is given.

    Non-finite values and values whose scaled integer part has 30 digits or more (beyond every transaction
    range) are an `InvalidInputError` naming `name`.
    """
    mode = rounding_mode(rounding)
    if not value.is_finite():
        raise InvalidInputError(f"{name} must be finite, got {value}")
    if value.is_zero():
        return 0
    if value.adjusted() + decimals >= _MAX_SCALED_DIGITS:
        raise InvalidInputError(f"{name}={show(value)} is too large{unit}")
    scaled = shift(value, decimals)
    integral = scaled.to_integral_value(rounding=decimal.ROUND_DOWN)
    if scaled != integral:
        if mode is None:
            step = Decimal(1).scaleb(-decimals)
            raise PrecisionError(
                f"{name}={show(value)} has more than {decimals} decimals{unit}: it must be a multiple of "
                f"{step}; round it yourself or pass rounding='down'|'up'|'nearest'"
            )
        integral = scaled.to_integral_value(rounding=mode)
    return int(integral)


def _int(raw: Any, default: int = 0) -> int:
    if raw is None or raw == "":
        return default
    return int(raw)


def _decimals(raw: Mapping[str, Any], what: str) -> int:
    """``size_decimals`` / ``price_decimals``, else the ``supported_*`` value: never a silent 0, which would
    scale every amount of the market wrongly."""
    for key in (f"{what}_decimals", f"supported_{what}_decimals"):
        if raw.get(key) not in (None, ""):
            return int(raw[key])
    raise ValueError(f"market {raw.get('symbol')!r} has no {what}_decimals")


def _dec(raw: Any) -> Decimal | None:
    if raw is None or raw == "":
        return None
    return Decimal(str(raw))


@dataclass(frozen=True)
class Market:
    """One order book: identifiers, decimals, minimums and margin fractions (basis 10,000)."""

    index: int
    symbol: str
    kind: str  # "perp" or "spot"
    size_decimals: int
    price_decimals: int
    quote_decimals: int = 6
    min_base_amount: Decimal = Decimal(0)
    min_quote_amount: Decimal = Decimal(0)
    order_quote_limit: Decimal | None = None
    status: str = "active"
    base_asset_id: int | None = None
    quote_asset_id: int | None = None
    default_initial_margin_fraction: int | None = None
    min_initial_margin_fraction: int | None = None
    maintenance_margin_fraction: int | None = None
    last_trade_price: Decimal | None = None

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any], *, kind: str | None = None) -> Market:
        """Build from an ``order_book_details`` or ``spot_order_book_details`` entry (strings tolerated)."""
        market_type = raw.get("market_type")
        resolved_kind = kind or (market_type if market_type in ("perp", "spot") else "perp")
        imf = raw.get("default_initial_margin_fraction")
        return cls(
            index=_int(raw["market_id"]),
            symbol=str(raw["symbol"]),
            kind=resolved_kind,
            size_decimals=_decimals(raw, "size"),
            price_decimals=_decimals(raw, "price"),
            quote_decimals=_int(raw.get("supported_quote_decimals"), 6),
            min_base_amount=_dec(raw.get("min_base_amount")) or Decimal(0),
            min_quote_amount=_dec(raw.get("min_quote_amount")) or Decimal(0),
            order_quote_limit=_dec(raw.get("order_quote_limit")),
            status=str(raw.get("status") or "active"),
            base_asset_id=_int(raw["base_asset_id"]) if raw.get("base_asset_id") is not None else None,
            quote_asset_id=_int(raw["quote_asset_id"]) if raw.get("quote_asset_id") is not None else None,
            default_initial_margin_fraction=_int(imf) if imf not in (None, "") else None,
            min_initial_margin_fraction=_int(raw["min_initial_margin_fraction"])
            if raw.get("min_initial_margin_fraction") not in (None, "")
            else None,
            maintenance_margin_fraction=_int(raw["maintenance_margin_fraction"])
            if raw.get("maintenance_margin_fraction") not in (None, "")
            else None,
            last_trade_price=_dec(raw.get("last_trade_price")),
        )

    @property
    def is_spot(self) -> bool:
        """A spot market (no positions: no reduce-only, leverage or margin)."""
        return self.kind == "spot"

    @property
    def tick_size(self) -> Decimal:
        """Smallest price step."""
        return Decimal(1).scaleb(-self.price_decimals)

    @property
    def lot_size(self) -> Decimal:
        """Smallest size step."""
        return Decimal(1).scaleb(-self.size_decimals)

    @property
    def max_leverage(self) -> Decimal | None:
        """10,000 / min initial margin fraction (e.g. 200 -> 50x)."""
        if not self.min_initial_margin_fraction:
            return None
        return Decimal(10_000) / Decimal(self.min_initial_margin_fraction)

    # -- human units -> integers ---------------------------------------------------------------------

    def price_to_int(self, price: Amount, *, rounding: str | None = None, name: str = "price") -> int:
        """Human price -> signed integer; must be on the tick unless `rounding` is given."""
        value = to_decimal(price, name=name)
        if value <= 0:
            raise InvalidInputError(f"{name} must be positive, got {show(value)}")
        unit = f" ({self.symbol} prices have {self.price_decimals} decimals, tick {self.tick_size})"
        result = scale_to_int(value, self.price_decimals, name=name, rounding=rounding, unit=unit)
        if not 1 <= result <= MAX_PRICE:
            raise InvalidInputError(
                f"{name}={show(value)} is out of range for {self.symbol}: it must be between "
                f"{self.tick_size} and {self.price_from_int(MAX_PRICE)}"
            )
        return result

    def size_to_int(self, size: Amount, *, rounding: str | None = None, name: str = "size") -> int:
        """Human size (base units) -> signed integer; must be a multiple of the lot unless `rounding`."""
        value = to_decimal(size, name=name)
        if value <= 0:
            raise InvalidInputError(f"{name} must be positive, got {show(value)}")
        unit = f" ({self.symbol} sizes have {self.size_decimals} decimals, lot {self.lot_size})"
        result = scale_to_int(value, self.size_decimals, name=name, rounding=rounding, unit=unit)
        if result < 1:
            raise InvalidInputError(
                f"{name}={show(value)} rounds to zero on {self.symbol} (lot {self.lot_size})"
            )
        if result > MAX_BASE_AMOUNT:
            raise InvalidInputError(f"{name}={show(value)} is too large for {self.symbol}")
        return result

    def price_from_int(self, value: int) -> Decimal:
        """Signed integer -> human price."""
        return shift(Decimal(value), -self.price_decimals)

    def size_from_int(self, value: int) -> Decimal:
        """Signed integer -> human size."""
        return shift(Decimal(value), -self.size_decimals)

    def check_order(self, base_amount: int, price: int | None, *, reduce_only: bool = False) -> None:
        """Minimum size and minimum quote value (size x price), checked before signing."""
        size = self.size_from_int(base_amount)
        if not reduce_only and size < self.min_base_amount:
            raise InvalidInputError(
                f"size {size} is below the minimum of {self.min_base_amount} for {self.symbol}"
            )
        if price is not None and not reduce_only and self.min_quote_amount > 0:
            # Exact in any caller's decimal context: the factors have at most 15 and 10 digits.
            quote = EXACT.multiply(size, self.price_from_int(price))
            if quote < self.min_quote_amount:
                raise InvalidInputError(
                    f"order value {quote.normalize():f} (size x price) is below the minimum of "
                    f"{self.min_quote_amount.normalize():f} for {self.symbol}; increase the size"
                )

    def slippage_price(self, reference: Amount, max_slippage: Amount, *, is_ask: bool) -> int:
        """Worst acceptable price: `reference` moved against us by `max_slippage` (0.01 = 1%), on the tick
        and inside the bound (buys round down, sells round up)."""
        ref = to_decimal(reference, name="reference price")
        slip = to_decimal(max_slippage, name="max_slippage")
        if not Decimal(0) <= slip < Decimal(1):
            raise InvalidInputError(
                f"max_slippage is a fraction in [0, 1), e.g. '0.01' for 1%; got {show(slip)}"
            )
        if ref <= 0 or ref.adjusted() + self.price_decimals >= _MAX_SCALED_DIGITS:
            raise InvalidInputError(
                f"reference price={show(ref)} is out of range for {self.symbol}: it must be between "
                f"{self.tick_size} and {self.price_from_int(MAX_PRICE)}"
            )
        # Round the arithmetic itself toward the safe side (never past the bound), with room for any exponent.
        ctx = decimal.Context(
            prec=_SLIPPAGE_PREC,
            rounding=decimal.ROUND_CEILING if is_ask else decimal.ROUND_FLOOR,
            Emax=decimal.MAX_EMAX,
            Emin=decimal.MIN_EMIN,
        )
        factor = ctx.subtract(Decimal(1), slip) if is_ask else ctx.add(Decimal(1), slip)
        worst = ctx.multiply(ref, factor)
        return self.price_to_int(worst, rounding="ceiling" if is_ask else "floor", name="worst price")


@dataclass(frozen=True)
class Asset:
    """A collateral asset (USDC, ETH, ...) as used by withdraw and transfer."""

    index: int
    symbol: str
    decimals: int
    min_withdrawal_amount: Decimal | None = None
    min_transfer_amount: Decimal | None = None

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Asset:
        """Build from one entry of ``asset_details``."""
        return cls(
            index=_int(raw["asset_id"]),
            symbol=str(raw["symbol"]),
            decimals=_int(raw.get("decimals"), 6),
            min_withdrawal_amount=_dec(raw.get("min_withdrawal_amount")),
            min_transfer_amount=_dec(raw.get("min_transfer_amount")),
        )

    def amount_from_int(self, value: int) -> Decimal:
        """Integer in the asset's base units -> human amount."""
        return shift(Decimal(value), -self.decimals)

    def amount_to_int(self, amount: Amount, *, rounding: str | None = None, name: str = "amount") -> int:
        """Human amount -> integer in the asset's base units (USDC: 6 decimals)."""
        value = to_decimal(amount, name=name)
        if value <= 0:
            raise InvalidInputError(f"{name} must be positive, got {show(value)}")
        unit = f" ({self.symbol} has {self.decimals} decimals)"
        result = scale_to_int(value, self.decimals, name=name, rounding=rounding, unit=unit)
        if result < 1:
            raise InvalidInputError(f"{name}={show(value)} rounds to zero{unit}")
        if result > MAX_AMOUNT:
            raise InvalidInputError(f"{name}={show(value)} is too large{unit}")
        return result


# Used only when the exchange does not list an asset (asset ids and scales from the official SDK).
KNOWN_ASSETS: tuple[Asset, ...] = (
    Asset(1, "ETH", 8),
    Asset(2, "LIT", 8),
    Asset(3, "USDC", 6),
    Asset(5, "LINK", 8),
    Asset(6, "UNI", 8),
    Asset(7, "AAVE", 8),
    Asset(8, "SKY", 8),
    Asset(9, "LDO", 8),
)
USDC = KNOWN_ASSETS[2]


def _norm(symbol: str) -> str:
    return symbol.strip().upper()


class MarketTable:
    """Markets by index and by symbol ("ETH" perp, "ETH/USDC" spot). Immutable; refresh = new table."""

    def __init__(self, markets: Iterable[Market]) -> None:
        self._by_index: dict[int, Market] = {}
        self._by_symbol: dict[str, Market] = {}
        for market in markets:
            self._by_index[market.index] = market
            self._by_symbol.setdefault(_norm(market.symbol), market)
        for market in self._by_index.values():  # "ETH-PERP" and "ETH/USDC-SPOT"-style aliases
            self._by_symbol.setdefault(f"{_norm(market.symbol)}-{market.kind.upper()}", market)

    @classmethod
    def from_order_book_details(cls, payload: Mapping[str, Any]) -> MarketTable:
        """Build from the JSON body of ``GET /api/v1/orderBookDetails``. An entry without its decimals is left
        out (with a warning): its amounts could not be scaled, so it is an unknown market."""
        markets = []
        for key, kind in (("order_book_details", "perp"), ("spot_order_book_details", "spot")):
            for raw in payload.get(key) or ():
                try:
                    markets.append(Market.from_dict(raw, kind=kind))
                except ValueError as exc:
                    log.warning("ignoring a market of orderBookDetails: %s", exc)
        return cls(markets)

    def __len__(self) -> int:
        return len(self._by_index)

    def __iter__(self) -> Any:
        return iter(sorted(self._by_index.values(), key=lambda m: m.index))

    def __contains__(self, key: object) -> bool:
        try:
            self.get(key)  # type: ignore[arg-type]
        except UnknownMarketError:
            return False
        return True

    def get(self, market: int | str | Market) -> Market:
        """Look a market up by index, symbol or alias; UnknownMarketError names the choices."""
        if isinstance(market, Market):
            return market
        if isinstance(market, bool):
            raise UnknownMarketError(f"market must be a symbol or an index, got {market!r}")
        if isinstance(market, int):
            found = self._by_index.get(market)
        elif isinstance(market, str):
            found = self._by_symbol.get(_norm(market))
        else:
            raise UnknownMarketError(f"market must be a symbol such as 'ETH' or an index, got {market!r}")
        if found is None:
            known = ", ".join(f"{m.symbol} ({m.index})" for m in list(self)[:12])
            more = "..." if len(self) > 12 else ""
            raise UnknownMarketError(
                f"unknown market {market!r}; known markets: {known}{more} (call client.refresh_markets() "
                "if it was listed recently)"
            )
        return found


class AssetTable:
    """Assets by index and symbol, from ``assetDetails`` with the official SDK's table as fallback."""

    def __init__(self, assets: Iterable[Asset] = ()) -> None:
        self._by_index: dict[int, Asset] = {a.index: a for a in KNOWN_ASSETS}
        for asset in assets:
            self._by_index[asset.index] = asset
        self._by_symbol = {_norm(a.symbol): a for a in self._by_index.values()}

    @classmethod
    def from_asset_details(cls, payload: Mapping[str, Any]) -> AssetTable:
        """Build from the JSON body of ``GET /api/v1/assetDetails``."""
        return cls(Asset.from_dict(raw) for raw in payload.get("asset_details") or ())

    def get(self, asset: int | str | Asset) -> Asset:
        """Look an asset up by index or symbol."""
        if isinstance(asset, Asset):
            return asset
        if isinstance(asset, bool):
            raise UnknownAssetError(f"asset must be a symbol or an index, got {asset!r}")
        found = (
            self._by_index.get(asset)
            if isinstance(asset, int)
            else self._by_symbol.get(_norm(asset))
            if isinstance(asset, str)
            else None
        )
        if found is None:
            known = ", ".join(
                f"{a.symbol} ({a.index})" for a in sorted(self._by_index.values(), key=lambda a: a.index)
            )
            raise UnknownAssetError(f"unknown asset {asset!r}; known assets: {known}")
        return found
