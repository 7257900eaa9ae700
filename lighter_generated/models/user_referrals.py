from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.referral import Referral
    from ..models.referral_totals import ReferralTotals


T = TypeVar("T", bound="UserReferrals")


@_attrs_define
class UserReferrals:
    """Answer of `referral_user_referrals` (GET /api/v1/referral/userReferrals)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    cursor: str
    """ Opaque pagination cursor. """
    referrals: list[Referral] | None
    used_code: str
    totals: None | ReferralTotals
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.referral_totals import ReferralTotals  # noqa: PLC0415

        code = self.code

        cursor = self.cursor

        referrals: list[dict[str, Any]] | None
        if isinstance(self.referrals, list):
            referrals = []
            for referrals_type_0_item_data in self.referrals:
                referrals_type_0_item = referrals_type_0_item_data.to_dict()
                referrals.append(referrals_type_0_item)

        else:
            referrals = self.referrals

        used_code = self.used_code

        totals: dict[str, Any] | None
        if isinstance(self.totals, ReferralTotals):
            totals = self.totals.to_dict()
        else:
            totals = self.totals

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "cursor": cursor,
                "referrals": referrals,
                "used_code": used_code,
                "totals": totals,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.referral import Referral  # noqa: PLC0415
        from ..models.referral_totals import ReferralTotals  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        cursor = d.pop("cursor")

        def _parse_referrals(data: object) -> list[Referral] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[Referral], got {type(data).__name__}")
            referrals_type_0 = []
            _referrals_type_0 = data
            for referrals_type_0_item_data in _referrals_type_0:
                referrals_type_0_item = Referral.from_dict(referrals_type_0_item_data)

                referrals_type_0.append(referrals_type_0_item)

            return referrals_type_0

        referrals = _parse_referrals(d.pop("referrals"))

        used_code = d.pop("used_code")

        def _parse_totals(data: object) -> None | ReferralTotals:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected ReferralTotals, got {type(data).__name__}")
            totals_type_0 = ReferralTotals.from_dict(data)

            return totals_type_0

        totals = _parse_totals(d.pop("totals"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        user_referrals = cls(
            code=code,
            cursor=cursor,
            referrals=referrals,
            used_code=used_code,
            totals=totals,
            message=message,
        )

        user_referrals.additional_properties = d
        return user_referrals

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
