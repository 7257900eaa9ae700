from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReqFastwithdraw")


@_attrs_define
class ReqFastwithdraw:
    """Body of `fastwithdraw` (POST /api/v1/fastwithdraw)."""

    tx_info: str
    """ The signed transaction as a JSON string. """
    to_address: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tx_info = self.tx_info

        to_address = self.to_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tx_info": tx_info,
                "to_address": to_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tx_info = d.pop("tx_info")

        to_address = d.pop("to_address")

        req_fastwithdraw = cls(
            tx_info=tx_info,
            to_address=to_address,
        )

        req_fastwithdraw.additional_properties = d
        return req_fastwithdraw

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
