from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReqSetMakerOnlyApiKeys")


@_attrs_define
class ReqSetMakerOnlyApiKeys:
    """Body of `set_maker_only_api_keys` (POST /api/v1/setMakerOnlyApiKeys)."""

    account_index: int
    """ Account index (sub-accounts and pools have large indexes, up to 2^48-1). """
    api_key_indexes: str
    """ JSON list of API key indexes, e.g. `[4,5]`; `[]` clears the list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_index = self.account_index

        api_key_indexes = self.api_key_indexes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_index": account_index,
                "api_key_indexes": api_key_indexes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_index = d.pop("account_index")

        api_key_indexes = d.pop("api_key_indexes")

        req_set_maker_only_api_keys = cls(
            account_index=account_index,
            api_key_indexes=api_key_indexes,
        )

        req_set_maker_only_api_keys.additional_properties = d
        return req_set_maker_only_api_keys

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
