from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_account_all_assets_update_assets_type_0 import (
        WsAccountAllAssetsUpdateAssetsType0,
    )


T = TypeVar("T", bound="WsAccountAllAssetsUpdate")


@_attrs_define
class WsAccountAllAssetsUpdate:
    """A frame of channel `account_all_assets:{account}` (needs `auth`): spot balances keyed by asset id."""

    type_: str
    channel: None | str | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    assets: None | Unset | WsAccountAllAssetsUpdateAssetsType0 = UNSET
    """ Asset id (as a string) to the balance of that asset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ws_account_all_assets_update_assets_type_0 import (
            WsAccountAllAssetsUpdateAssetsType0,  # noqa: PLC0415
        )

        type_ = self.type_

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        timestamp: int | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        assets: dict[str, Any] | None | Unset
        if isinstance(self.assets, Unset):
            assets = UNSET
        elif isinstance(self.assets, WsAccountAllAssetsUpdateAssetsType0):
            assets = self.assets.to_dict()
        else:
            assets = self.assets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if assets is not UNSET:
            field_dict["assets"] = assets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ws_account_all_assets_update_assets_type_0 import (
            WsAccountAllAssetsUpdateAssetsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_assets(data: object) -> None | Unset | WsAccountAllAssetsUpdateAssetsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected WsAccountAllAssetsUpdateAssetsType0, got {type(data).__name__}")
            assets_type_0 = WsAccountAllAssetsUpdateAssetsType0.from_dict(data)

            return assets_type_0

        assets = _parse_assets(d.pop("assets", UNSET))

        ws_account_all_assets_update = cls(
            type_=type_,
            channel=channel,
            timestamp=timestamp,
            assets=assets,
        )

        ws_account_all_assets_update.additional_properties = d
        return ws_account_all_assets_update

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
