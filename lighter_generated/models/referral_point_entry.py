from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReferralPointEntry")


@_attrs_define
class ReferralPointEntry:
    """Points earned through one referred address."""

    l1_address: str
    """ Ethereum address (0x-prefixed, checksummed or lowercase). """
    total_points: float
    week_points: float
    total_reward_points: float
    week_reward_points: float
    reward_point_multiplier: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        l1_address = self.l1_address

        total_points = self.total_points

        week_points = self.week_points

        total_reward_points = self.total_reward_points

        week_reward_points = self.week_reward_points

        reward_point_multiplier = self.reward_point_multiplier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "l1_address": l1_address,
                "total_points": total_points,
                "week_points": week_points,
                "total_reward_points": total_reward_points,
                "week_reward_points": week_reward_points,
                "reward_point_multiplier": reward_point_multiplier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        l1_address = d.pop("l1_address")

        total_points = d.pop("total_points")

        week_points = d.pop("week_points")

        total_reward_points = d.pop("total_reward_points")

        week_reward_points = d.pop("week_reward_points")

        reward_point_multiplier = d.pop("reward_point_multiplier")

        referral_point_entry = cls(
            l1_address=l1_address,
            total_points=total_points,
            week_points=week_points,
            total_reward_points=total_reward_points,
            week_reward_points=week_reward_points,
            reward_point_multiplier=reward_point_multiplier,
        )

        referral_point_entry.additional_properties = d
        return referral_point_entry

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
