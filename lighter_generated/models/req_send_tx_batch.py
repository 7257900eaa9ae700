from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReqSendTxBatch")


@_attrs_define
class ReqSendTxBatch:
    """Body of `send_tx_batch` (POST /api/v1/sendTxBatch)."""

    tx_types: str
    """ JSON list of transaction type numbers, e.g. `[14,15]`. """
    tx_infos: str
    """ JSON list of tx_info JSON strings (double-encoded), in the order of `tx_types`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tx_types = self.tx_types

        tx_infos = self.tx_infos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tx_types": tx_types,
                "tx_infos": tx_infos,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tx_types = d.pop("tx_types")

        tx_infos = d.pop("tx_infos")

        req_send_tx_batch = cls(
            tx_types=tx_types,
            tx_infos=tx_infos,
        )

        req_send_tx_batch.additional_properties = d
        return req_send_tx_batch

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
