from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RespSendTxBatch")


@_attrs_define
class RespSendTxBatch:
    """Answer of `send_tx_batch` (POST /api/v1/sendTxBatch)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    tx_hash: list[str] | None
    """ One hash per transaction of the batch. """
    predicted_execution_time_ms: int
    volume_quota_remaining: int
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        tx_hash: list[str] | None
        if isinstance(self.tx_hash, list):
            tx_hash = self.tx_hash

        else:
            tx_hash = self.tx_hash

        predicted_execution_time_ms = self.predicted_execution_time_ms

        volume_quota_remaining = self.volume_quota_remaining

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
                "tx_hash": tx_hash,
                "predicted_execution_time_ms": predicted_execution_time_ms,
                "volume_quota_remaining": volume_quota_remaining,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_tx_hash(data: object) -> list[str] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[str], got {type(data).__name__}")
            tx_hash_type_0 = cast(list[str], data)

            return tx_hash_type_0

        tx_hash = _parse_tx_hash(d.pop("tx_hash"))

        predicted_execution_time_ms = d.pop("predicted_execution_time_ms")

        volume_quota_remaining = d.pop("volume_quota_remaining")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        resp_send_tx_batch = cls(
            code=code,
            tx_hash=tx_hash,
            predicted_execution_time_ms=predicted_execution_time_ms,
            volume_quota_remaining=volume_quota_remaining,
            message=message,
        )

        resp_send_tx_batch.additional_properties = d
        return resp_send_tx_batch

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
