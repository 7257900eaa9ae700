from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RespGetFastwithdrawalInfo")


@_attrs_define
class RespGetFastwithdrawalInfo:
    """Answer of `fastwithdraw_info` (GET /api/v1/fastwithdraw/info)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    to_account_index: int | None | Unset = UNSET
    withdraw_limit: None | str | Unset = UNSET
    max_withdrawal_amount: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        to_account_index: int | None | Unset
        if isinstance(self.to_account_index, Unset):
            to_account_index = UNSET
        else:
            to_account_index = self.to_account_index

        withdraw_limit: None | str | Unset
        if isinstance(self.withdraw_limit, Unset):
            withdraw_limit = UNSET
        else:
            withdraw_limit = self.withdraw_limit

        max_withdrawal_amount: None | str | Unset
        if isinstance(self.max_withdrawal_amount, Unset):
            max_withdrawal_amount = UNSET
        else:
            max_withdrawal_amount = self.max_withdrawal_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if to_account_index is not UNSET:
            field_dict["to_account_index"] = to_account_index
        if withdraw_limit is not UNSET:
            field_dict["withdraw_limit"] = withdraw_limit
        if max_withdrawal_amount is not UNSET:
            field_dict["max_withdrawal_amount"] = max_withdrawal_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_to_account_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        to_account_index = _parse_to_account_index(d.pop("to_account_index", UNSET))

        def _parse_withdraw_limit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        withdraw_limit = _parse_withdraw_limit(d.pop("withdraw_limit", UNSET))

        def _parse_max_withdrawal_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_withdrawal_amount = _parse_max_withdrawal_amount(d.pop("max_withdrawal_amount", UNSET))

        resp_get_fastwithdrawal_info = cls(
            code=code,
            message=message,
            to_account_index=to_account_index,
            withdraw_limit=withdraw_limit,
            max_withdrawal_amount=max_withdrawal_amount,
        )

        resp_get_fastwithdrawal_info.additional_properties = d
        return resp_get_fastwithdrawal_info

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
