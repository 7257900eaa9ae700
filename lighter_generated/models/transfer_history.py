from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transfer_history_item import TransferHistoryItem


T = TypeVar("T", bound="TransferHistory")


@_attrs_define
class TransferHistory:
    """Answer of `transfer_history` (GET /api/v1/transfer/history)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    transfers: list[TransferHistoryItem] | None
    cursor: str
    """ Opaque pagination cursor. """
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        transfers: list[dict[str, Any]] | None
        if isinstance(self.transfers, list):
            transfers = []
            for transfers_type_0_item_data in self.transfers:
                transfers_type_0_item = transfers_type_0_item_data.to_dict()
                transfers.append(transfers_type_0_item)

        else:
            transfers = self.transfers

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
                "transfers": transfers,
                "cursor": cursor,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transfer_history_item import TransferHistoryItem  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_transfers(data: object) -> list[TransferHistoryItem] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[TransferHistoryItem], got {type(data).__name__}")
            transfers_type_0 = []
            _transfers_type_0 = data
            for transfers_type_0_item_data in _transfers_type_0:
                transfers_type_0_item = TransferHistoryItem.from_dict(transfers_type_0_item_data)

                transfers_type_0.append(transfers_type_0_item)

            return transfers_type_0

        transfers = _parse_transfers(d.pop("transfers"))

        cursor = d.pop("cursor")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        transfer_history = cls(
            code=code,
            transfers=transfers,
            cursor=cursor,
            message=message,
        )

        transfer_history.additional_properties = d
        return transfer_history

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
