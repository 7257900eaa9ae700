from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReqLITLease")


@_attrs_define
class ReqLITLease:
    """Body of `lit_lease` (POST /api/v1/litLease)."""

    tx_info: str
    """ The signed transaction as a JSON string. """
    lease_amount: str
    duration_days: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tx_info = self.tx_info

        lease_amount = self.lease_amount

        duration_days = self.duration_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tx_info": tx_info,
                "lease_amount": lease_amount,
                "duration_days": duration_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tx_info = d.pop("tx_info")

        lease_amount = d.pop("lease_amount")

        duration_days = d.pop("duration_days")

        req_lit_lease = cls(
            tx_info=tx_info,
            lease_amount=lease_amount,
            duration_days=duration_days,
        )

        req_lit_lease.additional_properties = d
        return req_lit_lease

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
