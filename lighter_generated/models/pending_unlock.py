from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PendingUnlock")


@_attrs_define
class PendingUnlock:
    """An amount that unlocks at a given time."""

    unlock_timestamp: int | None | Unset = UNSET
    asset_index: int | None | Unset = UNSET
    amount: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unlock_timestamp: int | None | Unset
        if isinstance(self.unlock_timestamp, Unset):
            unlock_timestamp = UNSET
        else:
            unlock_timestamp = self.unlock_timestamp

        asset_index: int | None | Unset
        if isinstance(self.asset_index, Unset):
            asset_index = UNSET
        else:
            asset_index = self.asset_index

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unlock_timestamp is not UNSET:
            field_dict["unlock_timestamp"] = unlock_timestamp
        if asset_index is not UNSET:
            field_dict["asset_index"] = asset_index
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_unlock_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unlock_timestamp = _parse_unlock_timestamp(d.pop("unlock_timestamp", UNSET))

        def _parse_asset_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        asset_index = _parse_asset_index(d.pop("asset_index", UNSET))

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

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
