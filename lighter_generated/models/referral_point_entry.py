from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferralPointEntry")


@_attrs_define
class ReferralPointEntry:
    """Points earned through one referred address."""

    l1_address: None | str | Unset = UNSET
    """ Ethereum address (0x-prefixed, checksummed or lowercase). """
    total_points: float | None | Unset = UNSET
    week_points: float | None | Unset = UNSET
    total_reward_points: float | None | Unset = UNSET
    week_reward_points: float | None | Unset = UNSET
    reward_point_multiplier: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        l1_address: None | str | Unset
        if isinstance(self.l1_address, Unset):
            l1_address = UNSET
        else:
            l1_address = self.l1_address

        total_points: float | None | Unset
        if isinstance(self.total_points, Unset):
            total_points = UNSET
        else:
            total_points = self.total_points

        week_points: float | None | Unset
        if isinstance(self.week_points, Unset):
            week_points = UNSET
        else:
            week_points = self.week_points

        total_reward_points: float | None | Unset
        if isinstance(self.total_reward_points, Unset):
            total_reward_points = UNSET
        else:
            total_reward_points = self.total_reward_points

        week_reward_points: float | None | Unset
        if isinstance(self.week_reward_points, Unset):
            week_reward_points = UNSET
        else:
            week_reward_points = self.week_reward_points

        reward_point_multiplier: None | str | Unset
        if isinstance(self.reward_point_multiplier, Unset):
            reward_point_multiplier = UNSET
        else:
            reward_point_multiplier = self.reward_point_multiplier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if l1_address is not UNSET:
            field_dict["l1_address"] = l1_address
        if total_points is not UNSET:
            field_dict["total_points"] = total_points
        if week_points is not UNSET:
            field_dict["week_points"] = week_points
        if total_reward_points is not UNSET:
            field_dict["total_reward_points"] = total_reward_points
        if week_reward_points is not UNSET:
            field_dict["week_reward_points"] = week_reward_points
        if reward_point_multiplier is not UNSET:
            field_dict["reward_point_multiplier"] = reward_point_multiplier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_l1_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        l1_address = _parse_l1_address(d.pop("l1_address", UNSET))

        def _parse_total_points(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_points = _parse_total_points(d.pop("total_points", UNSET))

        def _parse_week_points(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        week_points = _parse_week_points(d.pop("week_points", UNSET))

        def _parse_total_reward_points(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_reward_points = _parse_total_reward_points(d.pop("total_reward_points", UNSET))

        def _parse_week_reward_points(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        week_reward_points = _parse_week_reward_points(d.pop("week_reward_points", UNSET))

        def _parse_reward_point_multiplier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reward_point_multiplier = _parse_reward_point_multiplier(d.pop("reward_point_multiplier", UNSET))

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
