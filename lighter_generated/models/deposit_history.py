from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deposit_history_item import DepositHistoryItem


T = TypeVar("T", bound="DepositHistory")


@_attrs_define
class DepositHistory:
    """Answer of `deposit_history` (GET /api/v1/deposit/history)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    deposits: list[DepositHistoryItem] | None | Unset = UNSET
    cursor: None | str | Unset = UNSET
    """ Opaque pagination cursor. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        deposits: list[dict[str, Any]] | None | Unset
        if isinstance(self.deposits, Unset):
            deposits = UNSET
        elif isinstance(self.deposits, list):
            deposits = []
            for deposits_type_0_item_data in self.deposits:
                deposits_type_0_item = deposits_type_0_item_data.to_dict()
                deposits.append(deposits_type_0_item)

        else:
            deposits = self.deposits

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if deposits is not UNSET:
            field_dict["deposits"] = deposits
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deposit_history_item import DepositHistoryItem  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_deposits(data: object) -> list[DepositHistoryItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[DepositHistoryItem], got {type(data).__name__}")
            deposits_type_0 = []
            _deposits_type_0 = data
            for deposits_type_0_item_data in _deposits_type_0:
                deposits_type_0_item = DepositHistoryItem.from_dict(deposits_type_0_item_data)

                deposits_type_0.append(deposits_type_0_item)

            return deposits_type_0

        deposits = _parse_deposits(d.pop("deposits", UNSET))

        def _parse_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cursor = _parse_cursor(d.pop("cursor", UNSET))

        deposit_history = cls(
            code=code,
            message=message,
            deposits=deposits,
            cursor=cursor,
        )

        deposit_history.additional_properties = d
        return deposit_history

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
