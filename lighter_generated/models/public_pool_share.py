from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicPoolShare")


@_attrs_define
class PublicPoolShare:
    """Shares an account holds in a public pool."""

    public_pool_index: int | None | Unset = UNSET
    shares_amount: int | None | Unset = UNSET
    entry_usdc: None | str | Unset = UNSET
    entry_timestamp: int | None | Unset = UNSET
    principal_amount: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public_pool_index: int | None | Unset
        if isinstance(self.public_pool_index, Unset):
            public_pool_index = UNSET
        else:
            public_pool_index = self.public_pool_index

        shares_amount: int | None | Unset
        if isinstance(self.shares_amount, Unset):
            shares_amount = UNSET
        else:
            shares_amount = self.shares_amount

        entry_usdc: None | str | Unset
        if isinstance(self.entry_usdc, Unset):
            entry_usdc = UNSET
        else:
            entry_usdc = self.entry_usdc

        entry_timestamp: int | None | Unset
        if isinstance(self.entry_timestamp, Unset):
            entry_timestamp = UNSET
        else:
            entry_timestamp = self.entry_timestamp

        principal_amount: None | str | Unset
        if isinstance(self.principal_amount, Unset):
            principal_amount = UNSET
        else:
            principal_amount = self.principal_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if public_pool_index is not UNSET:
            field_dict["public_pool_index"] = public_pool_index
        if shares_amount is not UNSET:
            field_dict["shares_amount"] = shares_amount
        if entry_usdc is not UNSET:
            field_dict["entry_usdc"] = entry_usdc
        if entry_timestamp is not UNSET:
            field_dict["entry_timestamp"] = entry_timestamp
        if principal_amount is not UNSET:
            field_dict["principal_amount"] = principal_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_public_pool_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        public_pool_index = _parse_public_pool_index(d.pop("public_pool_index", UNSET))

        def _parse_shares_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        shares_amount = _parse_shares_amount(d.pop("shares_amount", UNSET))

        def _parse_entry_usdc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entry_usdc = _parse_entry_usdc(d.pop("entry_usdc", UNSET))

        def _parse_entry_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        entry_timestamp = _parse_entry_timestamp(d.pop("entry_timestamp", UNSET))

        def _parse_principal_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        principal_amount = _parse_principal_amount(d.pop("principal_amount", UNSET))

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
