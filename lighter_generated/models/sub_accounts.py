from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account import Account


T = TypeVar("T", bound="SubAccounts")


@_attrs_define
class SubAccounts:
    """Answer of `accounts_by_l1_address` (GET /api/v1/accountsByL1Address)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    l1_address: str
    """ Ethereum address (0x-prefixed, checksummed or lowercase). """
    sub_accounts: list[Account] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    next_cursor: None | str | Unset = UNSET
    """ Opaque cursor for the next page; pass it back as `cursor`. Absent or empty on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        l1_address = self.l1_address

        sub_accounts: list[dict[str, Any]] | None
        if isinstance(self.sub_accounts, list):
            sub_accounts = []
            for sub_accounts_type_0_item_data in self.sub_accounts:
                sub_accounts_type_0_item = sub_accounts_type_0_item_data.to_dict()
                sub_accounts.append(sub_accounts_type_0_item)

        else:
            sub_accounts = self.sub_accounts

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "l1_address": l1_address,
                "sub_accounts": sub_accounts,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account import Account  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        l1_address = d.pop("l1_address")

        def _parse_sub_accounts(data: object) -> list[Account] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[Account], got {type(data).__name__}")
            sub_accounts_type_0 = []
            _sub_accounts_type_0 = data
            for sub_accounts_type_0_item_data in _sub_accounts_type_0:
                sub_accounts_type_0_item = Account.from_dict(sub_accounts_type_0_item_data)

                sub_accounts_type_0.append(sub_accounts_type_0_item)

            return sub_accounts_type_0

        sub_accounts = _parse_sub_accounts(d.pop("sub_accounts"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        sub_accounts = cls(
            code=code,
            l1_address=l1_address,
            sub_accounts=sub_accounts,
            message=message,
            next_cursor=next_cursor,
        )

        sub_accounts.additional_properties = d
        return sub_accounts

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
