from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BoFeeTier")


@_attrs_define
class BoFeeTier:
    """A binary-option fee tier, reached by trading volume."""

    name: str
    """ Tier name. """
    required_volume: int
    """ Volume needed to reach the tier. """
    fee_rate: float
    """ Fee multiplier applied in this tier. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        required_volume = self.required_volume

        fee_rate = self.fee_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "required_volume": required_volume,
                "fee_rate": fee_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        required_volume = d.pop("required_volume")

        fee_rate = d.pop("fee_rate")

        bo_fee_tier = cls(
            name=name,
            required_volume=required_volume,
            fee_rate=fee_rate,
        )

        bo_fee_tier.additional_properties = d
        return bo_fee_tier

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
