from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReqCreateIntentAddress")


@_attrs_define
class ReqCreateIntentAddress:
    """Body of `create_intent_address` (POST /api/v1/createIntentAddress)."""

    chain_id: str
    from_addr: str
    amount: str
    is_external_deposit: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain_id = self.chain_id

        from_addr = self.from_addr

        amount = self.amount

        is_external_deposit = self.is_external_deposit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chain_id": chain_id,
                "from_addr": from_addr,
                "amount": amount,
            }
        )
        if is_external_deposit is not UNSET:
            field_dict["is_external_deposit"] = is_external_deposit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chain_id = d.pop("chain_id")

        from_addr = d.pop("from_addr")

        amount = d.pop("amount")

        is_external_deposit = d.pop("is_external_deposit", UNSET)

        req_create_intent_address = cls(
            chain_id=chain_id,
            from_addr=from_addr,
            amount=amount,
            is_external_deposit=is_external_deposit,
        )

        req_create_intent_address.additional_properties = d
        return req_create_intent_address

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
