from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.withdraw_history_item import WithdrawHistoryItem


T = TypeVar("T", bound="WithdrawHistory")


@_attrs_define
class WithdrawHistory:
    """Answer of `withdraw_history` (GET /api/v1/withdraw/history)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    withdraws: list[WithdrawHistoryItem] | None
    cursor: str
    """ Opaque pagination cursor. """
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        withdraws: list[dict[str, Any]] | None
        if isinstance(self.withdraws, list):
            withdraws = []
            for withdraws_type_0_item_data in self.withdraws:
                withdraws_type_0_item = withdraws_type_0_item_data.to_dict()
                withdraws.append(withdraws_type_0_item)

        else:
            withdraws = self.withdraws

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
                "withdraws": withdraws,
                "cursor": cursor,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.withdraw_history_item import WithdrawHistoryItem  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_withdraws(data: object) -> list[WithdrawHistoryItem] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[WithdrawHistoryItem], got {type(data).__name__}")
            withdraws_type_0 = []
            _withdraws_type_0 = data
            for withdraws_type_0_item_data in _withdraws_type_0:
                withdraws_type_0_item = WithdrawHistoryItem.from_dict(withdraws_type_0_item_data)

                withdraws_type_0.append(withdraws_type_0_item)

            return withdraws_type_0

        withdraws = _parse_withdraws(d.pop("withdraws"))

        cursor = d.pop("cursor")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        withdraw_history = cls(
            code=code,
            withdraws=withdraws,
            cursor=cursor,
            message=message,
        )

        withdraw_history.additional_properties = d
        return withdraw_history

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
