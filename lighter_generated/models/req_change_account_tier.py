from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReqChangeAccountTier")


@_attrs_define
class ReqChangeAccountTier:
    """Body of `change_account_tier` (POST /api/v1/changeAccountTier)."""

    account_index: int
    """ Account index (sub-accounts and pools have large indexes, up to 2^48-1). """
    new_tier: str
    """ Known values: `standard`, `premium`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_index = self.account_index

        new_tier = self.new_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_index": account_index,
                "new_tier": new_tier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_index = d.pop("account_index")

        new_tier = d.pop("new_tier")

        req_change_account_tier = cls(
            account_index=account_index,
            new_tier=new_tier,
        )

        req_change_account_tier.additional_properties = d
        return req_change_account_tier

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
