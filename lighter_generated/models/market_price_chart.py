from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MarketPriceChart")


@_attrs_define
class MarketPriceChart:
    """24 hourly prices of one market."""

    market_id: int
    """ Market index: perpetual markets 0-254, spot markets from 2048; 255 means all markets. """
    prices: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_id = self.market_id

        prices: list[str] | None
        if isinstance(self.prices, list):
            prices = self.prices

        else:
            prices = self.prices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_id": market_id,
                "prices": prices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_id = d.pop("market_id")

        def _parse_prices(data: object) -> list[str] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[str], got {type(data).__name__}")
            prices_type_0 = cast(list[str], data)

            return prices_type_0

        prices = _parse_prices(d.pop("prices"))

        market_price_chart = cls(
            market_id=market_id,
            prices=prices,
        )

        market_price_chart.additional_properties = d
        return market_price_chart

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
