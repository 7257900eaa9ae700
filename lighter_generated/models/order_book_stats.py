from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderBookStats")


@_attrs_define
class OrderBookStats:
    """24-hour statistics of one market."""

    symbol: None | str | Unset = UNSET
    """ Ticker symbol, e.g. `ETH` or `ETH/USDC`. """
    last_trade_price: float | None | Unset = UNSET
    """ Price of the last trade. """
    daily_trades_count: int | None | Unset = UNSET
    """ Trades in the last 24 hours. """
    daily_base_token_volume: float | None | Unset = UNSET
    """ Base volume of the last 24 hours. """
    daily_quote_token_volume: float | None | Unset = UNSET
    """ Quote volume of the last 24 hours. """
    daily_price_change: float | None | Unset = UNSET
    """ Price change of the last 24 hours, in percent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        last_trade_price: float | None | Unset
        if isinstance(self.last_trade_price, Unset):
            last_trade_price = UNSET
        else:
            last_trade_price = self.last_trade_price

        daily_trades_count: int | None | Unset
        if isinstance(self.daily_trades_count, Unset):
            daily_trades_count = UNSET
        else:
            daily_trades_count = self.daily_trades_count

        daily_base_token_volume: float | None | Unset
        if isinstance(self.daily_base_token_volume, Unset):
            daily_base_token_volume = UNSET
        else:
            daily_base_token_volume = self.daily_base_token_volume

        daily_quote_token_volume: float | None | Unset
        if isinstance(self.daily_quote_token_volume, Unset):
            daily_quote_token_volume = UNSET
        else:
            daily_quote_token_volume = self.daily_quote_token_volume

        daily_price_change: float | None | Unset
        if isinstance(self.daily_price_change, Unset):
            daily_price_change = UNSET
        else:
            daily_price_change = self.daily_price_change

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if last_trade_price is not UNSET:
            field_dict["last_trade_price"] = last_trade_price
        if daily_trades_count is not UNSET:
            field_dict["daily_trades_count"] = daily_trades_count
        if daily_base_token_volume is not UNSET:
            field_dict["daily_base_token_volume"] = daily_base_token_volume
        if daily_quote_token_volume is not UNSET:
            field_dict["daily_quote_token_volume"] = daily_quote_token_volume
        if daily_price_change is not UNSET:
            field_dict["daily_price_change"] = daily_price_change

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(d.pop("symbol", UNSET))

        def _parse_last_trade_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        last_trade_price = _parse_last_trade_price(d.pop("last_trade_price", UNSET))

        def _parse_daily_trades_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        daily_trades_count = _parse_daily_trades_count(d.pop("daily_trades_count", UNSET))

        def _parse_daily_base_token_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        daily_base_token_volume = _parse_daily_base_token_volume(d.pop("daily_base_token_volume", UNSET))

        def _parse_daily_quote_token_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        daily_quote_token_volume = _parse_daily_quote_token_volume(d.pop("daily_quote_token_volume", UNSET))

        def _parse_daily_price_change(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        daily_price_change = _parse_daily_price_change(d.pop("daily_price_change", UNSET))

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
