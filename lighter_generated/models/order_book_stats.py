from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrderBookStats")


@_attrs_define
class OrderBookStats:
    """24-hour statistics of one market."""

    symbol: str
    """ Ticker symbol, e.g. `ETH` or `ETH/USDC`. """
    last_trade_price: float
    """ Price of the last trade. """
    daily_trades_count: int
    """ Trades in the last 24 hours. """
    daily_base_token_volume: float
    """ Base volume of the last 24 hours. """
    daily_quote_token_volume: float
    """ Quote volume of the last 24 hours. """
    daily_price_change: float
    """ Price change of the last 24 hours, in percent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        last_trade_price = self.last_trade_price

        daily_trades_count = self.daily_trades_count

        daily_base_token_volume = self.daily_base_token_volume

        daily_quote_token_volume = self.daily_quote_token_volume

        daily_price_change = self.daily_price_change

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "last_trade_price": last_trade_price,
                "daily_trades_count": daily_trades_count,
                "daily_base_token_volume": daily_base_token_volume,
                "daily_quote_token_volume": daily_quote_token_volume,
                "daily_price_change": daily_price_change,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        last_trade_price = d.pop("last_trade_price")

        daily_trades_count = d.pop("daily_trades_count")

        daily_base_token_volume = d.pop("daily_base_token_volume")

        daily_quote_token_volume = d.pop("daily_quote_token_volume")

        daily_price_change = d.pop("daily_price_change")

        order_book_stats = cls(
            symbol=symbol,
            last_trade_price=last_trade_price,
            daily_trades_count=daily_trades_count,
            daily_base_token_volume=daily_base_token_volume,
            daily_quote_token_volume=daily_quote_token_volume,
            daily_price_change=daily_price_change,
        )

        order_book_stats.additional_properties = d
        return order_book_stats

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
