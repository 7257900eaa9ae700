from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.referral_program_kickback import ReferralProgramKickback


T = TypeVar("T", bound="L1Metadata")


@_attrs_define
class L1Metadata:
    """Answer of `l1_metadata` (GET /api/v1/l1Metadata)."""

    l1_address: None | str | Unset = UNSET
    """ Ethereum address (0x-prefixed, checksummed or lowercase). """
    can_invite: bool | None | Unset = UNSET
    referral_points_percentage: None | str | Unset = UNSET
    referral_program_kickback: None | str | Unset = UNSET
    referral_program_kickback_history: list[ReferralProgramKickback] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        l1_address: None | str | Unset
        if isinstance(self.l1_address, Unset):
            l1_address = UNSET
        else:
            l1_address = self.l1_address

        can_invite: bool | None | Unset
        if isinstance(self.can_invite, Unset):
            can_invite = UNSET
        else:
            can_invite = self.can_invite

        referral_points_percentage: None | str | Unset
        if isinstance(self.referral_points_percentage, Unset):
            referral_points_percentage = UNSET
        else:
            referral_points_percentage = self.referral_points_percentage

        referral_program_kickback: None | str | Unset
        if isinstance(self.referral_program_kickback, Unset):
            referral_program_kickback = UNSET
        else:
            referral_program_kickback = self.referral_program_kickback

        referral_program_kickback_history: list[dict[str, Any]] | None | Unset
        if isinstance(self.referral_program_kickback_history, Unset):
            referral_program_kickback_history = UNSET
        elif isinstance(self.referral_program_kickback_history, list):
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
        field_dict.update({})
        if l1_address is not UNSET:
            field_dict["l1_address"] = l1_address
        if can_invite is not UNSET:
            field_dict["can_invite"] = can_invite
        if referral_points_percentage is not UNSET:
            field_dict["referral_points_percentage"] = referral_points_percentage
        if referral_program_kickback is not UNSET:
            field_dict["referral_program_kickback"] = referral_program_kickback
        if referral_program_kickback_history is not UNSET:
            field_dict["referral_program_kickback_history"] = referral_program_kickback_history

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.referral_program_kickback import ReferralProgramKickback  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_l1_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        l1_address = _parse_l1_address(d.pop("l1_address", UNSET))

        def _parse_can_invite(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_invite = _parse_can_invite(d.pop("can_invite", UNSET))

        def _parse_referral_points_percentage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referral_points_percentage = _parse_referral_points_percentage(d.pop("referral_points_percentage", UNSET))

        def _parse_referral_program_kickback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referral_program_kickback = _parse_referral_program_kickback(d.pop("referral_program_kickback", UNSET))

        def _parse_referral_program_kickback_history(data: object) -> list[ReferralProgramKickback] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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
            d.pop("referral_program_kickback_history", UNSET)
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
