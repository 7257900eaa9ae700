from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.detailed_account import DetailedAccount


T = TypeVar("T", bound="DetailedAccounts")


@_attrs_define
class DetailedAccounts:
    """Answer of `account` (GET /api/v1/account)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    total: int
    """ Number of entries in this answer. """
    accounts: list[DetailedAccount] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    next_cursor: None | str | Unset = UNSET
    """ Opaque cursor for the next page; pass it back as `cursor`. Absent or empty on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        total = self.total

        accounts: list[dict[str, Any]] | None
        if isinstance(self.accounts, list):
            accounts = []
            for accounts_type_0_item_data in self.accounts:
                accounts_type_0_item = accounts_type_0_item_data.to_dict()
                accounts.append(accounts_type_0_item)

        else:
            accounts = self.accounts

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
                "total": total,
                "accounts": accounts,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.detailed_account import DetailedAccount  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        total = d.pop("total")

        def _parse_accounts(data: object) -> list[DetailedAccount] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[DetailedAccount], got {type(data).__name__}")
            accounts_type_0 = []
            _accounts_type_0 = data
            for accounts_type_0_item_data in _accounts_type_0:
                accounts_type_0_item = DetailedAccount.from_dict(accounts_type_0_item_data)

                accounts_type_0.append(accounts_type_0_item)

            return accounts_type_0

        accounts = _parse_accounts(d.pop("accounts"))

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

        detailed_accounts = cls(
            code=code,
            total=total,
            accounts=accounts,
            message=message,
            next_cursor=next_cursor,
        )

        detailed_accounts.additional_properties = d
        return detailed_accounts

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
