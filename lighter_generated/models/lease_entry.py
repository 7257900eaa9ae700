from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LeaseEntry")


@_attrs_define
class LeaseEntry:
    """A LIT lease."""

    id: int
    master_account_index: int
    lease_amount: int
    fee_amount: int
    start: int
    end: int
    status: str
    """ Known values: `waiting_fee`, `leased`, `expired`, `canceled`; others may appear. """
    error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        master_account_index = self.master_account_index

        lease_amount = self.lease_amount

        fee_amount = self.fee_amount

        start = self.start

        end = self.end

        status = self.status

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "master_account_index": master_account_index,
                "lease_amount": lease_amount,
                "fee_amount": fee_amount,
                "start": start,
                "end": end,
                "status": status,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        master_account_index = d.pop("master_account_index")

        lease_amount = d.pop("lease_amount")

        fee_amount = d.pop("fee_amount")

        start = d.pop("start")

        end = d.pop("end")

        status = d.pop("status")

        error = d.pop("error")

        lease_entry = cls(
            id=id,
            master_account_index=master_account_index,
            lease_amount=lease_amount,
            fee_amount=fee_amount,
            start=start,
            end=end,
            status=status,
            error=error,
        )

        lease_entry.additional_properties = d
        return lease_entry

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
