from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsSpotAvgEntryPrice")


@_attrs_define
class WsSpotAvgEntryPrice:
    """Average entry price of one spot asset of an account."""

    asset_id: int
    avg_entry_price: None | str | Unset = UNSET
    """ Decimal string, in the quote asset per unit. """
    asset_size: None | str | Unset = UNSET
    """ Decimal string. """
    last_trade_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        avg_entry_price: None | str | Unset
        if isinstance(self.avg_entry_price, Unset):
            avg_entry_price = UNSET
        else:
            avg_entry_price = self.avg_entry_price

        asset_size: None | str | Unset
        if isinstance(self.asset_size, Unset):
            asset_size = UNSET
        else:
            asset_size = self.asset_size

        last_trade_id: int | None | Unset
        if isinstance(self.last_trade_id, Unset):
            last_trade_id = UNSET
        else:
            last_trade_id = self.last_trade_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_id": asset_id,
            }
        )
        if avg_entry_price is not UNSET:
            field_dict["avg_entry_price"] = avg_entry_price
        if asset_size is not UNSET:
            field_dict["asset_size"] = asset_size
        if last_trade_id is not UNSET:
            field_dict["last_trade_id"] = last_trade_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_id = d.pop("asset_id")

        def _parse_avg_entry_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avg_entry_price = _parse_avg_entry_price(d.pop("avg_entry_price", UNSET))

        def _parse_asset_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_size = _parse_asset_size(d.pop("asset_size", UNSET))

        def _parse_last_trade_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_trade_id = _parse_last_trade_id(d.pop("last_trade_id", UNSET))

        ws_spot_avg_entry_price = cls(
            asset_id=asset_id,
            avg_entry_price=avg_entry_price,
            asset_size=asset_size,
            last_trade_id=last_trade_id,
        )

        ws_spot_avg_entry_price.additional_properties = d
        return ws_spot_avg_entry_price

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
