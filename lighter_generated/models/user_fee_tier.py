from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserFeeTier")


@_attrs_define
class UserFeeTier:
    """A trading fee tier."""

    name: str
    """ Tier name. """
    level: int
    """ Tier level. """
    maker_fee_ticks: int
    """ Maker fee in fee ticks (1 tick = 0.0001%). """
    taker_fee_ticks: int
    """ Taker fee in fee ticks (1 tick = 0.0001%). """
    required_lit_stakes: int
    """ LIT staked to reach the tier. """
    required_volume: int
    """ Volume needed to reach the tier. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        level = self.level

        maker_fee_ticks = self.maker_fee_ticks

        taker_fee_ticks = self.taker_fee_ticks

        required_lit_stakes = self.required_lit_stakes

        required_volume = self.required_volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "level": level,
                "maker_fee_ticks": maker_fee_ticks,
                "taker_fee_ticks": taker_fee_ticks,
                "required_lit_stakes": required_lit_stakes,
                "required_volume": required_volume,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        level = d.pop("level")

        maker_fee_ticks = d.pop("maker_fee_ticks")

        taker_fee_ticks = d.pop("taker_fee_ticks")

        required_lit_stakes = d.pop("required_lit_stakes")

        required_volume = d.pop("required_volume")

        user_fee_tier = cls(
            name=name,
            level=level,
            maker_fee_ticks=maker_fee_ticks,
            taker_fee_ticks=taker_fee_ticks,
            required_lit_stakes=required_lit_stakes,
            required_volume=required_volume,
        )

        user_fee_tier.additional_properties = d
        return user_fee_tier

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
