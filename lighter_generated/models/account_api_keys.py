from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_key import ApiKey


T = TypeVar("T", bound="AccountApiKeys")


@_attrs_define
class AccountApiKeys:
    """Answer of `apikeys` (GET /api/v1/apikeys)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    api_keys: list[ApiKey] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        api_keys: list[dict[str, Any]] | None
        if isinstance(self.api_keys, list):
            api_keys = []
            for api_keys_type_0_item_data in self.api_keys:
                api_keys_type_0_item = api_keys_type_0_item_data.to_dict()
                api_keys.append(api_keys_type_0_item)

        else:
            api_keys = self.api_keys

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
                "api_keys": api_keys,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_key import ApiKey  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_api_keys(data: object) -> list[ApiKey] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[ApiKey], got {type(data).__name__}")
            api_keys_type_0 = []
            _api_keys_type_0 = data
            for api_keys_type_0_item_data in _api_keys_type_0:
                api_keys_type_0_item = ApiKey.from_dict(api_keys_type_0_item_data)

                api_keys_type_0.append(api_keys_type_0_item)

            return api_keys_type_0

        api_keys = _parse_api_keys(d.pop("api_keys"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        account_api_keys = cls(
            code=code,
            api_keys=api_keys,
            message=message,
        )

        account_api_keys.additional_properties = d
        return account_api_keys

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
