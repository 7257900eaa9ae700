from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_metadata import AccountMetadata


T = TypeVar("T", bound="AccountMetadatas")


@_attrs_define
class AccountMetadatas:
    """Answer of `account_metadata` (GET /api/v1/accountMetadata)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    account_metadatas: list[AccountMetadata] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    next_cursor: None | str | Unset = UNSET
    """ Opaque cursor for the next page; pass it back as `cursor`. Absent or empty on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        account_metadatas: list[dict[str, Any]] | None
        if isinstance(self.account_metadatas, list):
            account_metadatas = []
            for account_metadatas_type_0_item_data in self.account_metadatas:
                account_metadatas_type_0_item = account_metadatas_type_0_item_data.to_dict()
                account_metadatas.append(account_metadatas_type_0_item)

        else:
            account_metadatas = self.account_metadatas

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
                "account_metadatas": account_metadatas,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_metadata import AccountMetadata  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_account_metadatas(data: object) -> list[AccountMetadata] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[AccountMetadata], got {type(data).__name__}")
            account_metadatas_type_0 = []
            _account_metadatas_type_0 = data
            for account_metadatas_type_0_item_data in _account_metadatas_type_0:
                account_metadatas_type_0_item = AccountMetadata.from_dict(account_metadatas_type_0_item_data)

                account_metadatas_type_0.append(account_metadatas_type_0_item)

            return account_metadatas_type_0

        account_metadatas = _parse_account_metadatas(d.pop("account_metadatas"))

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

        account_metadatas = cls(
            code=code,
            account_metadatas=account_metadatas,
            message=message,
            next_cursor=next_cursor,
        )

        account_metadatas.additional_properties = d
        return account_metadatas

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
