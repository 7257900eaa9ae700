from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tx import Tx


T = TypeVar("T", bound="Txs")


@_attrs_define
class Txs:
    """Answer of `account_txs` (GET /api/v1/accountTxs) and `block_txs` (GET /api/v1/blockTxs) and `txs` (GET /api/v1/txs)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    txs: list[Tx] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        txs: list[dict[str, Any]] | None
        if isinstance(self.txs, list):
            txs = []
            for txs_type_0_item_data in self.txs:
                txs_type_0_item = txs_type_0_item_data.to_dict()
                txs.append(txs_type_0_item)

        else:
            txs = self.txs

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
                "txs": txs,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tx import Tx  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_txs(data: object) -> list[Tx] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[Tx], got {type(data).__name__}")
            txs_type_0 = []
            _txs_type_0 = data
            for txs_type_0_item_data in _txs_type_0:
                txs_type_0_item = Tx.from_dict(txs_type_0_item_data)

                txs_type_0.append(txs_type_0_item)

            return txs_type_0

        txs = _parse_txs(d.pop("txs"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        txs = cls(
            code=code,
            txs=txs,
            message=message,
        )

        txs.additional_properties = d
        return txs

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
