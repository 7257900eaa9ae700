from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market_price_chart import MarketPriceChart


T = TypeVar("T", bound="MarketPriceCharts")


@_attrs_define
class MarketPriceCharts:
    """Answer of `market_price_charts` (GET /api/v1/marketPriceCharts)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    resolution: str
    price_charts: list[MarketPriceChart] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        resolution = self.resolution

        price_charts: list[dict[str, Any]] | None
        if isinstance(self.price_charts, list):
            price_charts = []
            for price_charts_type_0_item_data in self.price_charts:
                price_charts_type_0_item = price_charts_type_0_item_data.to_dict()
                price_charts.append(price_charts_type_0_item)

        else:
            price_charts = self.price_charts

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "resolution": resolution,
                "price_charts": price_charts,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_price_chart import MarketPriceChart  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        resolution = d.pop("resolution")

        def _parse_price_charts(data: object) -> list[MarketPriceChart] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[MarketPriceChart], got {type(data).__name__}")
            price_charts_type_0 = []
            _price_charts_type_0 = data
            for price_charts_type_0_item_data in _price_charts_type_0:
                price_charts_type_0_item = MarketPriceChart.from_dict(price_charts_type_0_item_data)

                price_charts_type_0.append(price_charts_type_0_item)

            return price_charts_type_0

        price_charts = _parse_price_charts(d.pop("price_charts"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        market_price_charts = cls(
            code=code,
            resolution=resolution,
            price_charts=price_charts,
            message=message,
        )

        market_price_charts.additional_properties = d
        return market_price_charts

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
