from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ws_account_assets_assets import WSAccountAssetsAssets


T = TypeVar("T", bound="WSAccountAssets")


@_attrs_define
class WSAccountAssets:
    """Asset balances of an account as sent on the WebSocket, keyed by asset index."""

    type_: str
    """ Frame type. """
    channel: str
    """ Channel name. """
    assets: WSAccountAssetsAssets
    """ Balances by asset index. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        channel = self.channel

        assets = self.assets.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "channel": channel,
                "assets": assets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ws_account_assets_assets import WSAccountAssetsAssets  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        channel = d.pop("channel")

        assets = WSAccountAssetsAssets.from_dict(d.pop("assets"))

        ws_account_assets = cls(
            type_=type_,
            channel=channel,
            assets=assets,
        )

        ws_account_assets.additional_properties = d
        return ws_account_assets

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
