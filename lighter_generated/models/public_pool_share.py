from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PublicPoolShare")


@_attrs_define
class PublicPoolShare:
    """Shares an account holds in a public pool."""

    public_pool_index: int
    shares_amount: int
    entry_usdc: str
    entry_timestamp: int
    principal_amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public_pool_index = self.public_pool_index

        shares_amount = self.shares_amount

        entry_usdc = self.entry_usdc

        entry_timestamp = self.entry_timestamp

        principal_amount = self.principal_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "public_pool_index": public_pool_index,
                "shares_amount": shares_amount,
                "entry_usdc": entry_usdc,
                "entry_timestamp": entry_timestamp,
                "principal_amount": principal_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        public_pool_index = d.pop("public_pool_index")

        shares_amount = d.pop("shares_amount")

        entry_usdc = d.pop("entry_usdc")

        entry_timestamp = d.pop("entry_timestamp")

        principal_amount = d.pop("principal_amount")

        public_pool_share = cls(
            public_pool_index=public_pool_index,
            shares_amount=shares_amount,
            entry_usdc=entry_usdc,
            entry_timestamp=entry_timestamp,
            principal_amount=principal_amount,
        )

        public_pool_share.additional_properties = d
        return public_pool_share

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
