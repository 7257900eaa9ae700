from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReqSetAccountMetadata")


@_attrs_define
class ReqSetAccountMetadata:
    """Body of `set_account_metadata` (POST /api/v1/setAccountMetadata)."""

    master_account_index: int
    target_account_index: int
    api_key_index: int
    """ API key index (0-254; 255 = all keys). """
    metadata: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        master_account_index = self.master_account_index

        target_account_index = self.target_account_index

        api_key_index = self.api_key_index

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "master_account_index": master_account_index,
                "target_account_index": target_account_index,
                "api_key_index": api_key_index,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        master_account_index = d.pop("master_account_index")

        target_account_index = d.pop("target_account_index")

        api_key_index = d.pop("api_key_index")

        metadata = d.pop("metadata")

        req_set_account_metadata = cls(
            master_account_index=master_account_index,
            target_account_index=target_account_index,
            api_key_index=api_key_index,
            metadata=metadata,
        )

        req_set_account_metadata.additional_properties = d
        return req_set_account_metadata

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
