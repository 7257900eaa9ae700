from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="L1ProviderInfo")


@_attrs_define
class L1ProviderInfo:
    """State of one Ethereum RPC provider."""

    chain_id: int
    network_id: int
    latest_block_number: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain_id = self.chain_id

        network_id = self.network_id

        latest_block_number = self.latest_block_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chainId": chain_id,
                "networkId": network_id,
                "latestBlockNumber": latest_block_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chain_id = d.pop("chainId")

        network_id = d.pop("networkId")

        latest_block_number = d.pop("latestBlockNumber")

        l1_provider_info = cls(
            chain_id=chain_id,
            network_id=network_id,
            latest_block_number=latest_block_number,
        )

        l1_provider_info.additional_properties = d
        return l1_provider_info

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
