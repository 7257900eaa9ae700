from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PositionFunding")


@_attrs_define
class PositionFunding:
    """A funding payment of a position."""

    timestamp: int
    """ Unix timestamp (seconds or milliseconds depending on the endpoint). """
    market_id: int
    """ Market index: perpetual markets 0-254, spot markets from 2048; 255 means all markets. """
    funding_id: int
    change: str
    discount: str
    rate: str
    position_size: str
    position_side: str
    """ Known values: `long`, `short`; others may appear. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        market_id = self.market_id

        funding_id = self.funding_id

        change = self.change

        discount = self.discount

        rate = self.rate

        position_size = self.position_size

        position_side = self.position_side

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "market_id": market_id,
                "funding_id": funding_id,
                "change": change,
                "discount": discount,
                "rate": rate,
                "position_size": position_size,
                "position_side": position_side,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        market_id = d.pop("market_id")

        funding_id = d.pop("funding_id")

        change = d.pop("change")

        discount = d.pop("discount")

        rate = d.pop("rate")

        position_size = d.pop("position_size")

        position_side = d.pop("position_side")

        position_funding = cls(
            timestamp=timestamp,
            market_id=market_id,
            funding_id=funding_id,
            change=change,
            discount=discount,
            rate=rate,
            position_size=position_size,
            position_side=position_side,
        )

        position_funding.additional_properties = d
        return position_funding

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
