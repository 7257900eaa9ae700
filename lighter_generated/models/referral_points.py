from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.referral_point_entry import ReferralPointEntry


T = TypeVar("T", bound="ReferralPoints")


@_attrs_define
class ReferralPoints:
    """Answer of `referral_points` (GET /api/v1/referral/points)."""

    referrals: list[ReferralPointEntry] | None
    user_total_points: float
    user_last_week_points: float
    user_total_referral_reward_points: float
    user_last_week_referral_reward_points: float
    reward_point_multiplier: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        referrals: list[dict[str, Any]] | None
        if isinstance(self.referrals, list):
            referrals = []
            for referrals_type_0_item_data in self.referrals:
                referrals_type_0_item = referrals_type_0_item_data.to_dict()
                referrals.append(referrals_type_0_item)

        else:
            referrals = self.referrals

        user_total_points = self.user_total_points

        user_last_week_points = self.user_last_week_points

        user_total_referral_reward_points = self.user_total_referral_reward_points

        user_last_week_referral_reward_points = self.user_last_week_referral_reward_points

        reward_point_multiplier = self.reward_point_multiplier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referrals": referrals,
                "user_total_points": user_total_points,
                "user_last_week_points": user_last_week_points,
                "user_total_referral_reward_points": user_total_referral_reward_points,
                "user_last_week_referral_reward_points": user_last_week_referral_reward_points,
                "reward_point_multiplier": reward_point_multiplier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.referral_point_entry import ReferralPointEntry  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_referrals(data: object) -> list[ReferralPointEntry] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[ReferralPointEntry], got {type(data).__name__}")
            referrals_type_0 = []
            _referrals_type_0 = data
            for referrals_type_0_item_data in _referrals_type_0:
                referrals_type_0_item = ReferralPointEntry.from_dict(referrals_type_0_item_data)

                referrals_type_0.append(referrals_type_0_item)

            return referrals_type_0

        referrals = _parse_referrals(d.pop("referrals"))

        user_total_points = d.pop("user_total_points")

        user_last_week_points = d.pop("user_last_week_points")

        user_total_referral_reward_points = d.pop("user_total_referral_reward_points")

        user_last_week_referral_reward_points = d.pop("user_last_week_referral_reward_points")

        reward_point_multiplier = d.pop("reward_point_multiplier")

        referral_points = cls(
            referrals=referrals,
            user_total_points=user_total_points,
            user_last_week_points=user_last_week_points,
            user_total_referral_reward_points=user_total_referral_reward_points,
            user_last_week_referral_reward_points=user_last_week_referral_reward_points,
            reward_point_multiplier=reward_point_multiplier,
        )

        referral_points.additional_properties = d
        return referral_points

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
