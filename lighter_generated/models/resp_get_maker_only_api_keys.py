from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RespGetMakerOnlyApiKeys")


@_attrs_define
class RespGetMakerOnlyApiKeys:
    """Answer of `get_maker_only_api_keys` (GET /api/v1/getMakerOnlyApiKeys)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    api_key_indexes: list[int] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        api_key_indexes: list[int] | None
        if isinstance(self.api_key_indexes, list):
            api_key_indexes = self.api_key_indexes

        else:
            api_key_indexes = self.api_key_indexes

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
                "api_key_indexes": api_key_indexes,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_api_key_indexes(data: object) -> list[int] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[int], got {type(data).__name__}")
            api_key_indexes_type_0 = cast(list[int], data)

            return api_key_indexes_type_0

        api_key_indexes = _parse_api_key_indexes(d.pop("api_key_indexes"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        resp_get_maker_only_api_keys = cls(
            code=code,
            api_key_indexes=api_key_indexes,
            message=message,
        )

        resp_get_maker_only_api_keys.additional_properties = d
        return resp_get_maker_only_api_keys

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
