from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bridge_supported_network import BridgeSupportedNetwork


T = TypeVar("T", bound="BridgeSupportedNetworks")


@_attrs_define
class BridgeSupportedNetworks:
    """Answer of `deposit_networks` (GET /api/v1/deposit/networks)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    networks: list[BridgeSupportedNetwork] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        networks: list[dict[str, Any]] | None
        if isinstance(self.networks, list):
            networks = []
            for networks_type_0_item_data in self.networks:
                networks_type_0_item = networks_type_0_item_data.to_dict()
                networks.append(networks_type_0_item)

        else:
            networks = self.networks

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
                "networks": networks,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bridge_supported_network import BridgeSupportedNetwork  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_networks(data: object) -> list[BridgeSupportedNetwork] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[BridgeSupportedNetwork], got {type(data).__name__}")
            networks_type_0 = []
            _networks_type_0 = data
            for networks_type_0_item_data in _networks_type_0:
                networks_type_0_item = BridgeSupportedNetwork.from_dict(networks_type_0_item_data)

                networks_type_0.append(networks_type_0_item)

            return networks_type_0

        networks = _parse_networks(d.pop("networks"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        bridge_supported_networks = cls(
            code=code,
            networks=networks,
            message=message,
        )

        bridge_supported_networks.additional_properties = d
        return bridge_supported_networks

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
