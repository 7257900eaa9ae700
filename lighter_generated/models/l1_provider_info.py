from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="L1ProviderInfo")


@_attrs_define
class L1ProviderInfo:
    """State of one Ethereum RPC provider."""

    chain_id: int | None | Unset = UNSET
    network_id: int | None | Unset = UNSET
    latest_block_number: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain_id: int | None | Unset
        if isinstance(self.chain_id, Unset):
            chain_id = UNSET
        else:
            chain_id = self.chain_id

        network_id: int | None | Unset
        if isinstance(self.network_id, Unset):
            network_id = UNSET
        else:
            network_id = self.network_id

        latest_block_number: int | None | Unset
        if isinstance(self.latest_block_number, Unset):
            latest_block_number = UNSET
        else:
            latest_block_number = self.latest_block_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chain_id is not UNSET:
            field_dict["chainId"] = chain_id
        if network_id is not UNSET:
            field_dict["networkId"] = network_id
        if latest_block_number is not UNSET:
            field_dict["latestBlockNumber"] = latest_block_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_chain_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        chain_id = _parse_chain_id(d.pop("chainId", UNSET))

        def _parse_network_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        network_id = _parse_network_id(d.pop("networkId", UNSET))

        def _parse_latest_block_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        latest_block_number = _parse_latest_block_number(d.pop("latestBlockNumber", UNSET))

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
