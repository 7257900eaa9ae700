from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.binary_option_market_stats import BinaryOptionMarketStats


T = TypeVar("T", bound="EventOrderBookEntry")


@_attrs_define
class EventOrderBookEntry:
    """Trading rules and state of one outcome market of an event."""

    symbol: str
    """ Market symbol. """
    market_id: int
    """ Market index. """
    market_type: str
    """ Known values: `perp`, `spot`, `binary_options`; others may appear. """
    base_asset_id: int
    """ Base asset index. """
    quote_asset_id: int
    """ Quote asset index. """
    status: str
    """ Known values: `inactive`, `active`, `in-settlement`, `waiting-for-settlement`, `settled`; others may appear.
    """
    taker_fee: str
    """ Taker fee (decimal string). """
    is_taker_fee_enabled: bool
    """ Whether the taker fee is charged. """
    maker_fee: str
    """ Maker fee (decimal string). """
    is_maker_fee_enabled: bool
    """ Whether the maker fee is charged. """
    liquidation_fee: str
    """ Liquidation fee (decimal string). """
    min_base_amount: str
    """ Smallest order size (decimal string). """
    min_quote_amount: str
    """ Smallest order value (decimal string). """
    order_quote_limit: str
    """ Largest order value (decimal string). """
    supported_size_decimals: int
    """ Size decimals accepted in orders. """
    supported_price_decimals: int
    """ Price decimals accepted in orders. """
    supported_quote_decimals: int
    """ Quote decimals. """
    created_at: str
    """ Creation time. """
    multiplier: str
    """ Contract multiplier (decimal string). """
    start_timestamp: int
    """ Start of the trading window (Unix seconds). """
    end_timestamp: int
    """ End of the trading window (Unix seconds). """
    open_interest: str
    """ Outstanding shares (decimal string). """
    outcome: int
    """ Known values: 0 undecided, 1 and 2 the settled outcome; others may appear. """
    operator_account_index: int
    """ Account that operates (settles) the market. """
    settlement_cap: int
    """ Upper bound of the settlement price, in price ticks. """
    settlement_type: int
    """ Known values: 0 and 1 (how the market settles); others may appear. """
    settlement_price: int
    """ Settlement price in price ticks (0 before settlement). """
    default_price: int
    """ Price used before any trade, in price ticks. """
    is_frozen: bool
    """ True while trading is frozen. """
    size_decimals: int
    """ Decimals of sizes. """
    price_decimals: int
    """ Decimals of prices. """
    stats: BinaryOptionMarketStats
    """ Live statistics of a binary-option market (also the payload of the `bo_market_stats` WebSocket channel). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        market_id = self.market_id

        market_type = self.market_type

        base_asset_id = self.base_asset_id

        quote_asset_id = self.quote_asset_id

        status = self.status

        taker_fee = self.taker_fee

        is_taker_fee_enabled = self.is_taker_fee_enabled

        maker_fee = self.maker_fee

        is_maker_fee_enabled = self.is_maker_fee_enabled

        liquidation_fee = self.liquidation_fee

        min_base_amount = self.min_base_amount

        min_quote_amount = self.min_quote_amount

        order_quote_limit = self.order_quote_limit

        supported_size_decimals = self.supported_size_decimals

        supported_price_decimals = self.supported_price_decimals

        supported_quote_decimals = self.supported_quote_decimals

        created_at = self.created_at

        multiplier = self.multiplier

        start_timestamp = self.start_timestamp

        end_timestamp = self.end_timestamp

        open_interest = self.open_interest

        outcome = self.outcome

        operator_account_index = self.operator_account_index

        settlement_cap = self.settlement_cap

        settlement_type = self.settlement_type

        settlement_price = self.settlement_price

        default_price = self.default_price

        is_frozen = self.is_frozen

        size_decimals = self.size_decimals

        price_decimals = self.price_decimals

        stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "market_id": market_id,
                "market_type": market_type,
                "base_asset_id": base_asset_id,
                "quote_asset_id": quote_asset_id,
                "status": status,
                "taker_fee": taker_fee,
                "is_taker_fee_enabled": is_taker_fee_enabled,
                "maker_fee": maker_fee,
                "is_maker_fee_enabled": is_maker_fee_enabled,
                "liquidation_fee": liquidation_fee,
                "min_base_amount": min_base_amount,
                "min_quote_amount": min_quote_amount,
                "order_quote_limit": order_quote_limit,
                "supported_size_decimals": supported_size_decimals,
                "supported_price_decimals": supported_price_decimals,
                "supported_quote_decimals": supported_quote_decimals,
                "created_at": created_at,
                "multiplier": multiplier,
                "start_timestamp": start_timestamp,
                "end_timestamp": end_timestamp,
                "open_interest": open_interest,
                "outcome": outcome,
                "operator_account_index": operator_account_index,
                "settlement_cap": settlement_cap,
                "settlement_type": settlement_type,
                "settlement_price": settlement_price,
                "default_price": default_price,
                "is_frozen": is_frozen,
                "size_decimals": size_decimals,
                "price_decimals": price_decimals,
                "stats": stats,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.binary_option_market_stats import BinaryOptionMarketStats  # noqa: PLC0415

        d = dict(src_dict)
        symbol = d.pop("symbol")

        market_id = d.pop("market_id")

        market_type = d.pop("market_type")

        base_asset_id = d.pop("base_asset_id")

        quote_asset_id = d.pop("quote_asset_id")

        status = d.pop("status")

        taker_fee = d.pop("taker_fee")

        is_taker_fee_enabled = d.pop("is_taker_fee_enabled")

        maker_fee = d.pop("maker_fee")

        is_maker_fee_enabled = d.pop("is_maker_fee_enabled")

        liquidation_fee = d.pop("liquidation_fee")

        min_base_amount = d.pop("min_base_amount")

        min_quote_amount = d.pop("min_quote_amount")

        order_quote_limit = d.pop("order_quote_limit")

        supported_size_decimals = d.pop("supported_size_decimals")

        supported_price_decimals = d.pop("supported_price_decimals")

        supported_quote_decimals = d.pop("supported_quote_decimals")

        created_at = d.pop("created_at")

        multiplier = d.pop("multiplier")

        start_timestamp = d.pop("start_timestamp")

        end_timestamp = d.pop("end_timestamp")

        open_interest = d.pop("open_interest")

        outcome = d.pop("outcome")

        operator_account_index = d.pop("operator_account_index")

        settlement_cap = d.pop("settlement_cap")

        settlement_type = d.pop("settlement_type")

        settlement_price = d.pop("settlement_price")

        default_price = d.pop("default_price")

        is_frozen = d.pop("is_frozen")

        size_decimals = d.pop("size_decimals")

        price_decimals = d.pop("price_decimals")

        stats = BinaryOptionMarketStats.from_dict(d.pop("stats"))

        event_order_book_entry = cls(
            symbol=symbol,
            market_id=market_id,
            market_type=market_type,
            base_asset_id=base_asset_id,
            quote_asset_id=quote_asset_id,
            status=status,
            taker_fee=taker_fee,
            is_taker_fee_enabled=is_taker_fee_enabled,
            maker_fee=maker_fee,
            is_maker_fee_enabled=is_maker_fee_enabled,
            liquidation_fee=liquidation_fee,
            min_base_amount=min_base_amount,
            min_quote_amount=min_quote_amount,
            order_quote_limit=order_quote_limit,
            supported_size_decimals=supported_size_decimals,
            supported_price_decimals=supported_price_decimals,
            supported_quote_decimals=supported_quote_decimals,
            created_at=created_at,
            multiplier=multiplier,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            open_interest=open_interest,
            outcome=outcome,
            operator_account_index=operator_account_index,
            settlement_cap=settlement_cap,
            settlement_type=settlement_type,
            settlement_price=settlement_price,
            default_price=default_price,
            is_frozen=is_frozen,
            size_decimals=size_decimals,
            price_decimals=price_decimals,
            stats=stats,
        )

        event_order_book_entry.additional_properties = d
        return event_order_book_entry

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
