from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BridgeSupportedNetwork")


@_attrs_define
class BridgeSupportedNetwork:
    """A chain from which deposits through an intent address work."""

    name: str
    chain_id: str
    explorer: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        chain_id = self.chain_id

        explorer = self.explorer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "chain_id": chain_id,
                "explorer": explorer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        chain_id = d.pop("chain_id")

        explorer = d.pop("explorer")

        bridge_supported_network = cls(
            name=name,
            chain_id=chain_id,
            explorer=explorer,
        )

        bridge_supported_network.additional_properties = d
        return bridge_supported_network

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
