from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bo_fee_tier import BoFeeTier
    from ..models.staking_fee_tier import StakingFeeTier
    from ..models.user_fee_tier import UserFeeTier


T = TypeVar("T", bound="FeeTiers")


@_attrs_define
class FeeTiers:
    """The exchange's fee schedules."""

    user_tiers: list[UserFeeTier]
    """ Trading fee tiers. """
    bo_tiers: list[BoFeeTier]
    """ Binary-option fee tiers. """
    staking_tiers: list[StakingFeeTier]
    """ Fee tiers reached by staking LIT. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_tiers = []
        for user_tiers_item_data in self.user_tiers:
            user_tiers_item = user_tiers_item_data.to_dict()
            user_tiers.append(user_tiers_item)

        bo_tiers = []
        for bo_tiers_item_data in self.bo_tiers:
            bo_tiers_item = bo_tiers_item_data.to_dict()
            bo_tiers.append(bo_tiers_item)

        staking_tiers = []
        for staking_tiers_item_data in self.staking_tiers:
            staking_tiers_item = staking_tiers_item_data.to_dict()
            staking_tiers.append(staking_tiers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_tiers": user_tiers,
                "bo_tiers": bo_tiers,
                "staking_tiers": staking_tiers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bo_fee_tier import BoFeeTier  # noqa: PLC0415
        from ..models.staking_fee_tier import StakingFeeTier  # noqa: PLC0415
        from ..models.user_fee_tier import UserFeeTier  # noqa: PLC0415

        d = dict(src_dict)
        user_tiers = []
        _user_tiers = d.pop("user_tiers")
        for user_tiers_item_data in _user_tiers:
            user_tiers_item = UserFeeTier.from_dict(user_tiers_item_data)

            user_tiers.append(user_tiers_item)

        bo_tiers = []
        _bo_tiers = d.pop("bo_tiers")
        for bo_tiers_item_data in _bo_tiers:
            bo_tiers_item = BoFeeTier.from_dict(bo_tiers_item_data)

            bo_tiers.append(bo_tiers_item)

        staking_tiers = []
        _staking_tiers = d.pop("staking_tiers")
        for staking_tiers_item_data in _staking_tiers:
            staking_tiers_item = StakingFeeTier.from_dict(staking_tiers_item_data)

            staking_tiers.append(staking_tiers_item)

        fee_tiers = cls(
            user_tiers=user_tiers,
            bo_tiers=bo_tiers,
            staking_tiers=staking_tiers,
        )

        fee_tiers.additional_properties = d
        return fee_tiers

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
