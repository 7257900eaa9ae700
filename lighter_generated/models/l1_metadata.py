from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.referral_program_kickback import ReferralProgramKickback


T = TypeVar("T", bound="L1Metadata")


@_attrs_define
class L1Metadata:
    """Answer of `l1_metadata` (GET /api/v1/l1Metadata)."""

    l1_address: str
    """ Ethereum address (0x-prefixed, checksummed or lowercase). """
    can_invite: bool
    referral_points_percentage: str
    referral_program_kickback: str
    referral_program_kickback_history: list[ReferralProgramKickback] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        l1_address = self.l1_address

        can_invite = self.can_invite

        referral_points_percentage = self.referral_points_percentage

        referral_program_kickback = self.referral_program_kickback

        referral_program_kickback_history: list[dict[str, Any]] | None
        if isinstance(self.referral_program_kickback_history, list):
            referral_program_kickback_history = []
            for referral_program_kickback_history_type_0_item_data in self.referral_program_kickback_history:
                referral_program_kickback_history_type_0_item = (
                    referral_program_kickback_history_type_0_item_data.to_dict()
                )
                referral_program_kickback_history.append(referral_program_kickback_history_type_0_item)

        else:
            referral_program_kickback_history = self.referral_program_kickback_history

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "l1_address": l1_address,
                "can_invite": can_invite,
                "referral_points_percentage": referral_points_percentage,
                "referral_program_kickback": referral_program_kickback,
                "referral_program_kickback_history": referral_program_kickback_history,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.referral_program_kickback import ReferralProgramKickback  # noqa: PLC0415

        d = dict(src_dict)
        l1_address = d.pop("l1_address")

        can_invite = d.pop("can_invite")

        referral_points_percentage = d.pop("referral_points_percentage")

        referral_program_kickback = d.pop("referral_program_kickback")

        def _parse_referral_program_kickback_history(data: object) -> list[ReferralProgramKickback] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[ReferralProgramKickback], got {type(data).__name__}")
            referral_program_kickback_history_type_0 = []
            _referral_program_kickback_history_type_0 = data
            for referral_program_kickback_history_type_0_item_data in _referral_program_kickback_history_type_0:
                referral_program_kickback_history_type_0_item = ReferralProgramKickback.from_dict(
                    referral_program_kickback_history_type_0_item_data
                )

                referral_program_kickback_history_type_0.append(referral_program_kickback_history_type_0_item)

            return referral_program_kickback_history_type_0

        referral_program_kickback_history = _parse_referral_program_kickback_history(
            d.pop("referral_program_kickback_history")
        )

        l1_metadata = cls(
            l1_address=l1_address,
            can_invite=can_invite,
            referral_points_percentage=referral_points_percentage,
            referral_program_kickback=referral_program_kickback,
            referral_program_kickback_history=referral_program_kickback_history,
        )

        l1_metadata.additional_properties = d
        return l1_metadata

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
