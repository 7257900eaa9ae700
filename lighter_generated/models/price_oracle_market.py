from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.price_oracle_price import PriceOraclePrice


T = TypeVar("T", bound="PriceOracleMarket")


@_attrs_define
class PriceOracleMarket:
    """Where one market's index and mark prices come from."""

    symbol: str
    """ Market symbol. """
    index: PriceOraclePrice
    """ How one oracle price is formed. """
    mark: PriceOraclePrice
    """ How one oracle price is formed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        index = self.index.to_dict()

        mark = self.mark.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "index": index,
                "mark": mark,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price_oracle_price import PriceOraclePrice  # noqa: PLC0415

        d = dict(src_dict)
        symbol = d.pop("symbol")

        index = PriceOraclePrice.from_dict(d.pop("index"))

        mark = PriceOraclePrice.from_dict(d.pop("mark"))

        price_oracle_market = cls(
            symbol=symbol,
            index=index,
            mark=mark,
        )

        price_oracle_market.additional_properties = d
        return price_oracle_market

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
