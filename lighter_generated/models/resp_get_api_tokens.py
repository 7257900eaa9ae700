from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_token import ApiToken


T = TypeVar("T", bound="RespGetApiTokens")


@_attrs_define
class RespGetApiTokens:
    """Answer of `tokens` (GET /api/v1/tokens)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    api_tokens: list[ApiToken] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        api_tokens: list[dict[str, Any]] | None
        if isinstance(self.api_tokens, list):
            api_tokens = []
            for api_tokens_type_0_item_data in self.api_tokens:
                api_tokens_type_0_item = api_tokens_type_0_item_data.to_dict()
                api_tokens.append(api_tokens_type_0_item)

        else:
            api_tokens = self.api_tokens

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
                "api_tokens": api_tokens,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_token import ApiToken  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_api_tokens(data: object) -> list[ApiToken] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[ApiToken], got {type(data).__name__}")
            api_tokens_type_0 = []
            _api_tokens_type_0 = data
            for api_tokens_type_0_item_data in _api_tokens_type_0:
                api_tokens_type_0_item = ApiToken.from_dict(api_tokens_type_0_item_data)

                api_tokens_type_0.append(api_tokens_type_0_item)

            return api_tokens_type_0

        api_tokens = _parse_api_tokens(d.pop("api_tokens"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        resp_get_api_tokens = cls(
            code=code,
            api_tokens=api_tokens,
            message=message,
        )

        resp_get_api_tokens.additional_properties = d
        return resp_get_api_tokens

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
