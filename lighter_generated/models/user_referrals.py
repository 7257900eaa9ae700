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
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    cursor: None | str | Unset = UNSET
    """ Opaque pagination cursor. """
    referrals: list[Referral] | None | Unset = UNSET
    used_code: None | str | Unset = UNSET
    totals: None | ReferralTotals | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.referral_totals import ReferralTotals  # noqa: PLC0415

        code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        referrals: list[dict[str, Any]] | None | Unset
        if isinstance(self.referrals, Unset):
            referrals = UNSET
        elif isinstance(self.referrals, list):
            referrals = []
            for referrals_type_0_item_data in self.referrals:
                referrals_type_0_item = referrals_type_0_item_data.to_dict()
                referrals.append(referrals_type_0_item)

        else:
            referrals = self.referrals

        used_code: None | str | Unset
        if isinstance(self.used_code, Unset):
            used_code = UNSET
        else:
            used_code = self.used_code

        totals: dict[str, Any] | None | Unset
        if isinstance(self.totals, Unset):
            totals = UNSET
        elif isinstance(self.totals, ReferralTotals):
            totals = self.totals.to_dict()
        else:
            totals = self.totals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if referrals is not UNSET:
            field_dict["referrals"] = referrals
        if used_code is not UNSET:
            field_dict["used_code"] = used_code
        if totals is not UNSET:
            field_dict["totals"] = totals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.referral import Referral  # noqa: PLC0415
        from ..models.referral_totals import ReferralTotals  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cursor = _parse_cursor(d.pop("cursor", UNSET))

        def _parse_referrals(data: object) -> list[Referral] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[Referral], got {type(data).__name__}")
            referrals_type_0 = []
            _referrals_type_0 = data
            for referrals_type_0_item_data in _referrals_type_0:
                referrals_type_0_item = Referral.from_dict(referrals_type_0_item_data)

                referrals_type_0.append(referrals_type_0_item)

            return referrals_type_0

        referrals = _parse_referrals(d.pop("referrals", UNSET))

        def _parse_used_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        used_code = _parse_used_code(d.pop("used_code", UNSET))

        def _parse_totals(data: object) -> None | ReferralTotals | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected ReferralTotals, got {type(data).__name__}")
            totals_type_0 = ReferralTotals.from_dict(data)

            return totals_type_0

        totals = _parse_totals(d.pop("totals", UNSET))

        user_referrals = cls(
            code=code,
            message=message,
            cursor=cursor,
            referrals=referrals,
            used_code=used_code,
            totals=totals,
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
