from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReqUpdateReferralCode")


@_attrs_define
class ReqUpdateReferralCode:
    """Body of `referral_update` (POST /api/v1/referral/update)."""

    account_index: int
    """ Account index (sub-accounts and pools have large indexes, up to 2^48-1). """
    new_referral_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_index = self.account_index

        new_referral_code = self.new_referral_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_index": account_index,
                "new_referral_code": new_referral_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_index = d.pop("account_index")

        new_referral_code = d.pop("new_referral_code")

        req_update_referral_code = cls(
            account_index=account_index,
            new_referral_code=new_referral_code,
        )

        req_update_referral_code.additional_properties = d
        return req_update_referral_code

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
