from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferFeeInfo")


@_attrs_define
class TransferFeeInfo:
    """Answer of `transfer_fee_info` (GET /api/v1/transferFeeInfo)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    transfer_fee_usdc: int
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        transfer_fee_usdc = self.transfer_fee_usdc

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "transfer_fee_usdc": transfer_fee_usdc,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        transfer_fee_usdc = d.pop("transfer_fee_usdc")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        transfer_fee_info = cls(
            code=code,
            transfer_fee_usdc=transfer_fee_usdc,
            message=message,
        )

        transfer_fee_info.additional_properties = d
        return transfer_fee_info

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
