from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PendingUnlock")


@_attrs_define
class PendingUnlock:
    """An amount that unlocks at a given time."""

    unlock_timestamp: int
    asset_index: int
    amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unlock_timestamp = self.unlock_timestamp

        asset_index = self.asset_index

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unlock_timestamp": unlock_timestamp,
                "asset_index": asset_index,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unlock_timestamp = d.pop("unlock_timestamp")

        asset_index = d.pop("asset_index")

        amount = d.pop("amount")

        pending_unlock = cls(
            unlock_timestamp=unlock_timestamp,
            asset_index=asset_index,
            amount=amount,
        )

        pending_unlock.additional_properties = d
        return pending_unlock

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
