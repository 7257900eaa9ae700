"""Binary-options operator transactions (types 49, 50, 52; newer official signer only, SPEC §9.22-9.24).

``market_index`` is the operator's market slot (1000..2000); ``public_market_index`` is the exchange-wide
market index.
"""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from lighter.transactions._base import BYTES32, Tx, layout, wire_order
from lighter.transactions._checks import (
    FEE_TICK,
    MAX_INT64,
    MAX_OPEN_INTEREST_LIMIT,
    MAX_TIMESTAMP,
    check_bytes,
    check_flag,
    check_int,
    check_market_index,
)
from lighter.transactions._enums import TxType

MIN_MARKET_SLOT = 1000
MAX_MARKET_SLOT = 2000
MARKET_TYPE_BINARY_OPTION = 2
USDC_ASSET_ID = 3
MAX_DECIMALS_SUM = 6


def quote_extension_multiplier(size_decimals: int, price_decimals: int) -> int:
    """``10^(12 - size_decimals - price_decimals)``, or 0 when the exponent is negative."""
    exponent = 12 - size_decimals - price_decimals
    return 10**exponent if exponent >= 0 else 0


def _to_symbol(value: Any) -> Any:
    """attrs converter: a str or short bytes symbol -> the 32-byte zero-padded array of the JSON."""
    if isinstance(value, str):
        value = value.encode("utf-8")
    if isinstance(value, (bytes, bytearray)) and len(value) < 32:
        return bytes(value).ljust(32, b"\0")
    if isinstance(value, bytearray):
        return bytes(value)
    return value


def _check_window(tx: Any) -> None:
    check_int("start_timestamp", tx.start_timestamp, 0, MAX_TIMESTAMP)
    check_int("end_timestamp", tx.end_timestamp, 0, MAX_TIMESTAMP)
    if tx.end_timestamp <= tx.start_timestamp:
        raise ValueError("end_timestamp must be after start_timestamp")


def _check_limits(tx: Any) -> None:
    check_int("taker_fee", tx.taker_fee, 0, FEE_TICK)
    check_int("maker_fee", tx.maker_fee, 0, FEE_TICK)
    check_int("min_base_amount", tx.min_base_amount, 0, MAX_INT64)
    check_int("min_quote_amount", tx.min_quote_amount, 0, MAX_INT64)
    check_int("order_quote_limit", tx.order_quote_limit, tx.min_quote_amount, MAX_INT64)
    check_int("open_interest_limit", tx.open_interest_limit, tx.order_quote_limit, MAX_OPEN_INTEREST_LIMIT)
    check_flag("is_frozen", tx.is_frozen)


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class BinaryOptionsCreateMarket(Tx):
    """Create a binary-options market (tx type 49).

    ``symbol`` (at most 31 bytes), ``size_decimals`` and ``price_decimals`` are carried in the JSON but not
    hashed. The two extension multipliers are derived from them when not given.
    """

    tx_type: ClassVar[TxType] = TxType.BINARY_OPTIONS_CREATE_MARKET
    _LAYOUT = layout(
        (
            "MarketIndex",
            "MarketType",
            "BaseAssetId",
            "QuoteAssetId",
            "StartTimestamp",
            "EndTimestamp",
            "SizeExtensionMultiplier",
            "QuoteExtensionMultiplier",
            "SettlementCap",
            "SettlementType",
            "DefaultPrice",
            "TakerFee",
            "MakerFee",
            "MinBaseAmount",
            "MinQuoteAmount",
            "OrderQuoteLimit",
            "OpenInterestLimit",
            "IsFrozen",
            ("Symbol", BYTES32),
            "SizeDecimals",
            "PriceDecimals",
        )
    )

    account_index: int
    market_index: int
    start_timestamp: int
    end_timestamp: int
    settlement_cap: int
    settlement_type: int
    default_price: int
    taker_fee: int
    maker_fee: int
    min_base_amount: int
    min_quote_amount: int
    order_quote_limit: int
    open_interest_limit: int
    is_frozen: int = 0
    symbol: bytes = attrs.field(converter=_to_symbol)
    size_decimals: int
    price_decimals: int
    market_type: int = MARKET_TYPE_BINARY_OPTION
    base_asset_id: int = USDC_ASSET_ID
    quote_asset_id: int = USDC_ASSET_ID
    quote_extension_multiplier: int = attrs.field(
        default=attrs.Factory(
            lambda self: quote_extension_multiplier(self.size_decimals, self.price_decimals), takes_self=True
        )
    )
    size_extension_multiplier: int = attrs.field(
        default=attrs.Factory(
            lambda self: self.settlement_cap * self.quote_extension_multiplier, takes_self=True
        )
    )

    def _type_elements(self) -> list[int]:
        return [
            self.market_index,
            self.market_type,
            self.base_asset_id,
            self.quote_asset_id,
            self.start_timestamp,
            self.end_timestamp,
            self.size_extension_multiplier,
            self.quote_extension_multiplier,
            self.settlement_cap,
            self.settlement_type,
            self.default_price,
            self.taker_fee,
            self.maker_fee,
            self.min_base_amount,
            self.min_quote_amount,
            self.order_quote_limit,
            self.open_interest_limit,
            self.is_frozen,
        ]

    def _check(self) -> None:
        check_int("market_index", self.market_index, MIN_MARKET_SLOT, MAX_MARKET_SLOT)
        check_int("market_type", self.market_type, MARKET_TYPE_BINARY_OPTION, MARKET_TYPE_BINARY_OPTION)
        check_int("base_asset_id", self.base_asset_id, USDC_ASSET_ID, USDC_ASSET_ID)
        check_int("quote_asset_id", self.quote_asset_id, USDC_ASSET_ID, USDC_ASSET_ID)
        _check_window(self)
        check_int("settlement_cap", self.settlement_cap, 1, MAX_INT64)
        check_flag("settlement_type", self.settlement_type)
        check_int("default_price", self.default_price, 0, self.settlement_cap)
        _check_limits(self)
        check_bytes("symbol", self.symbol, 32)
        text = self.symbol.rstrip(b"\0")
        if len(text) > 31 or b"\0" in text:
            raise ValueError("symbol must be at most 31 bytes (a C string in a 32-byte array)")
        check_int("size_decimals", self.size_decimals, 0, MAX_DECIMALS_SUM)
        check_int("price_decimals", self.price_decimals, 0, MAX_DECIMALS_SUM - self.size_decimals)
        qem = quote_extension_multiplier(self.size_decimals, self.price_decimals)
        check_int("quote_extension_multiplier", self.quote_extension_multiplier, qem, qem)
        sem = self.settlement_cap * qem
        check_int("size_extension_multiplier", self.size_extension_multiplier, sem, sem)


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class BinaryOptionsSettleMarket(Tx):
    """Settle (or refund, with ``is_refund=1`` and price 0) a binary-options market (tx type 50)."""

    tx_type: ClassVar[TxType] = TxType.BINARY_OPTIONS_SETTLE_MARKET
    _LAYOUT = layout(("MarketIndex", "PublicMarketIndex", "SettlementPrice", "IsRefund"))

    account_index: int
    market_index: int
    public_market_index: int
    settlement_price: int
    is_refund: int = 0

    def _check(self) -> None:
        check_int("market_index", self.market_index, MIN_MARKET_SLOT, MAX_MARKET_SLOT)
        check_market_index("public_market_index", self.public_market_index)
        check_int("settlement_price", self.settlement_price, 0, MAX_INT64)
        check_flag("is_refund", self.is_refund)
        if self.is_refund == 1 and self.settlement_price != 0:
            raise ValueError("settlement_price must be 0 when is_refund is 1")


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class BinaryOptionsUpdateMarket(Tx):
    """Update a binary-options market's window, fees and limits (tx type 52)."""

    tx_type: ClassVar[TxType] = TxType.BINARY_OPTIONS_UPDATE_MARKET
    _LAYOUT = layout(
        (
            "MarketIndex",
            "PublicMarketIndex",
            "StartTimestamp",
            "EndTimestamp",
            "TakerFee",
            "MakerFee",
            "LiquidationFee",
            "MinBaseAmount",
            "MinQuoteAmount",
            "OrderQuoteLimit",
            "OpenInterestLimit",
            "IsFrozen",
        )
    )

    account_index: int
    market_index: int
    public_market_index: int
    start_timestamp: int
    end_timestamp: int
    taker_fee: int
    maker_fee: int
    liquidation_fee: int = 0
    min_base_amount: int
    min_quote_amount: int
    order_quote_limit: int
    open_interest_limit: int
    is_frozen: int = 0

    def _check(self) -> None:
        check_int("market_index", self.market_index, MIN_MARKET_SLOT, MAX_MARKET_SLOT)
        check_market_index("public_market_index", self.public_market_index)
        _check_window(self)
        check_int("liquidation_fee", self.liquidation_fee, 0, 0)
        _check_limits(self)
