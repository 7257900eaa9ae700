from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PriceOraclePrice")


@_attrs_define
class PriceOraclePrice:
    """How one oracle price is formed."""

    source: str
    """ Feed the price is taken from. """
    using_median: bool
    """ True when the price is the median of several sources. """
    using_internal_price: bool
    """ True when the exchange's own price is used. """
    median_sources: list[str]
    """ Sources of the median. """
    price_cap_bps: float
    """ Cap around the reference price, in basis points. """
    price_cap_reference_price: float
    """ Reference price of the cap: the price is kept within reference x (1 +/- bps / 10000). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        using_median = self.using_median

        using_internal_price = self.using_internal_price

        median_sources = self.median_sources

        price_cap_bps = self.price_cap_bps

        price_cap_reference_price = self.price_cap_reference_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "using_median": using_median,
                "using_internal_price": using_internal_price,
                "median_sources": median_sources,
                "price_cap_bps": price_cap_bps,
                "price_cap_reference_price": price_cap_reference_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source")

        using_median = d.pop("using_median")

        using_internal_price = d.pop("using_internal_price")

        median_sources = cast(list[str], d.pop("median_sources"))

        price_cap_bps = d.pop("price_cap_bps")

        price_cap_reference_price = d.pop("price_cap_reference_price")

        price_oracle_price = cls(
            source=source,
            using_median=using_median,
            using_internal_price=using_internal_price,
            median_sources=median_sources,
            price_cap_bps=price_cap_bps,
            price_cap_reference_price=price_cap_reference_price,
        )

        price_oracle_price.additional_properties = d
        return price_oracle_price

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
