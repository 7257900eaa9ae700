from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StakingFeeTier")


@_attrs_define
class StakingFeeTier:
    """A fee tier reached by staking LIT."""

    name: str
    """ Tier name. """
    required_lit_stakes: int
    """ LIT staked to reach the tier. """
    fee_rate: float
    """ Fee multiplier applied in this tier. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        required_lit_stakes = self.required_lit_stakes

        fee_rate = self.fee_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "required_lit_stakes": required_lit_stakes,
                "fee_rate": fee_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        required_lit_stakes = d.pop("required_lit_stakes")

        fee_rate = d.pop("fee_rate")

        staking_fee_tier = cls(
            name=name,
            required_lit_stakes=required_lit_stakes,
            fee_rate=fee_rate,
        )

        staking_fee_tier.additional_properties = d
        return staking_fee_tier

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
