from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReqUseReferralCode")


@_attrs_define
class ReqUseReferralCode:
    """Body of `referral_use` (POST /api/v1/referral/use)."""

    l1_address: str
    """ Ethereum address (0x-prefixed, checksummed or lowercase). """
    referral_code: str
    discord: str | Unset = UNSET
    telegram: str | Unset = UNSET
    x: str | Unset = UNSET
    signature: str | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        l1_address = self.l1_address

        referral_code = self.referral_code

        discord = self.discord

        telegram = self.telegram

        x = self.x

        signature = self.signature

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "l1_address": l1_address,
                "referral_code": referral_code,
            }
        )
        if discord is not UNSET:
            field_dict["discord"] = discord
        if telegram is not UNSET:
            field_dict["telegram"] = telegram
        if x is not UNSET:
            field_dict["x"] = x
        if signature is not UNSET:
            field_dict["signature"] = signature
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        l1_address = d.pop("l1_address")

        referral_code = d.pop("referral_code")

        discord = d.pop("discord", UNSET)

        telegram = d.pop("telegram", UNSET)

        x = d.pop("x", UNSET)

        signature = d.pop("signature", UNSET)

        source = d.pop("source", UNSET)

        req_use_referral_code = cls(
            l1_address=l1_address,
            referral_code=referral_code,
            discord=discord,
            telegram=telegram,
            x=x,
            signature=signature,
            source=source,
        )

        req_use_referral_code.additional_properties = d
        return req_use_referral_code

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
