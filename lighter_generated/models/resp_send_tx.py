from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RespSendTx")


@_attrs_define
class RespSendTx:
    """Answer of `send_tx` (POST /api/v1/sendTx)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    tx_hash: str
    """ Transaction hash (hex). """
    predicted_execution_time_ms: int
    """ When the exchange expects to execute the transaction (unix milliseconds). """
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    volume_quota_remaining: int | None | Unset = UNSET
    """ Remaining volume quota for transactions; not always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        tx_hash = self.tx_hash

        predicted_execution_time_ms = self.predicted_execution_time_ms

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        volume_quota_remaining: int | None | Unset
        if isinstance(self.volume_quota_remaining, Unset):
            volume_quota_remaining = UNSET
        else:
            volume_quota_remaining = self.volume_quota_remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "tx_hash": tx_hash,
                "predicted_execution_time_ms": predicted_execution_time_ms,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if volume_quota_remaining is not UNSET:
            field_dict["volume_quota_remaining"] = volume_quota_remaining

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        tx_hash = d.pop("tx_hash")

        predicted_execution_time_ms = d.pop("predicted_execution_time_ms")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_volume_quota_remaining(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        volume_quota_remaining = _parse_volume_quota_remaining(d.pop("volume_quota_remaining", UNSET))

        resp_send_tx = cls(
            code=code,
            tx_hash=tx_hash,
            predicted_execution_time_ms=predicted_execution_time_ms,
            message=message,
            volume_quota_remaining=volume_quota_remaining,
        )

        resp_send_tx.additional_properties = d
        return resp_send_tx

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
