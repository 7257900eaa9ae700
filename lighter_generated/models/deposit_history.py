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
    deposits: list[DepositHistoryItem] | None
    cursor: str
    """ Opaque pagination cursor. """
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        deposits: list[dict[str, Any]] | None
        if isinstance(self.deposits, list):
            deposits = []
            for deposits_type_0_item_data in self.deposits:
                deposits_type_0_item = deposits_type_0_item_data.to_dict()
                deposits.append(deposits_type_0_item)

        else:
            deposits = self.deposits

        cursor = self.cursor

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
                "deposits": deposits,
                "cursor": cursor,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deposit_history_item import DepositHistoryItem  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_deposits(data: object) -> list[DepositHistoryItem] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[DepositHistoryItem], got {type(data).__name__}")
            deposits_type_0 = []
            _deposits_type_0 = data
            for deposits_type_0_item_data in _deposits_type_0:
                deposits_type_0_item = DepositHistoryItem.from_dict(deposits_type_0_item_data)

                deposits_type_0.append(deposits_type_0_item)

            return deposits_type_0

        deposits = _parse_deposits(d.pop("deposits"))

        cursor = d.pop("cursor")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        deposit_history = cls(
            code=code,
            deposits=deposits,
            cursor=cursor,
            message=message,
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
