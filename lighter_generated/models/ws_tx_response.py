from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsTxResponse")


@_attrs_define
class WsTxResponse:
    """Answer to a `jsonapi/sendtx` or `jsonapi/sendtxbatch` message."""

    type_: str
    """ `jsonapi/sendtx` or `jsonapi/sendtxbatch`. """
    id: None | str | Unset = UNSET
    """ The `id` the client put into its message, echoed back. """
    code: int | None | Unset = UNSET
    message: None | str | Unset = UNSET
    tx_hash: list[str] | None | str | Unset = UNSET
    """ Hash of the transaction, or a list of hashes for a batch. """
    predicted_execution_time_ms: int | None | Unset = UNSET
    volume_quota_remaining: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        code: int | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        tx_hash: list[str] | None | str | Unset
        if isinstance(self.tx_hash, Unset):
            tx_hash = UNSET
        elif isinstance(self.tx_hash, list):
            tx_hash = self.tx_hash

        else:
            tx_hash = self.tx_hash

        predicted_execution_time_ms: int | None | Unset
        if isinstance(self.predicted_execution_time_ms, Unset):
            predicted_execution_time_ms = UNSET
        else:
            predicted_execution_time_ms = self.predicted_execution_time_ms

        volume_quota_remaining: int | None | Unset
        if isinstance(self.volume_quota_remaining, Unset):
            volume_quota_remaining = UNSET
        else:
            volume_quota_remaining = self.volume_quota_remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if tx_hash is not UNSET:
            field_dict["tx_hash"] = tx_hash
        if predicted_execution_time_ms is not UNSET:
            field_dict["predicted_execution_time_ms"] = predicted_execution_time_ms
        if volume_quota_remaining is not UNSET:
            field_dict["volume_quota_remaining"] = volume_quota_remaining

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_tx_hash(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tx_hash_type_1 = cast(list[str], data)

                return tx_hash_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        tx_hash = _parse_tx_hash(d.pop("tx_hash", UNSET))

        def _parse_predicted_execution_time_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        predicted_execution_time_ms = _parse_predicted_execution_time_ms(d.pop("predicted_execution_time_ms", UNSET))

        def _parse_volume_quota_remaining(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        volume_quota_remaining = _parse_volume_quota_remaining(d.pop("volume_quota_remaining", UNSET))

        ws_tx_response = cls(
            type_=type_,
            id=id,
            code=code,
            message=message,
            tx_hash=tx_hash,
            predicted_execution_time_ms=predicted_execution_time_ms,
            volume_quota_remaining=volume_quota_remaining,
        )

        ws_tx_response.additional_properties = d
        return ws_tx_response

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
