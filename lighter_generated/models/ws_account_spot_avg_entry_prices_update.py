from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_account_spot_avg_entry_prices_update_avg_entry_prices_type_0 import (
        WsAccountSpotAvgEntryPricesUpdateAvgEntryPricesType0,
    )


T = TypeVar("T", bound="WsAccountSpotAvgEntryPricesUpdate")


@_attrs_define
class WsAccountSpotAvgEntryPricesUpdate:
    """A frame of channel `account_spot_avg_entry_prices:{account}` (needs `auth`): average entry prices keyed by asset id
    (as a string).

    """

    type_: str
    channel: None | str | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    account_id: int | None | Unset = UNSET
    avg_entry_prices: None | Unset | WsAccountSpotAvgEntryPricesUpdateAvgEntryPricesType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ws_account_spot_avg_entry_prices_update_avg_entry_prices_type_0 import (
            WsAccountSpotAvgEntryPricesUpdateAvgEntryPricesType0,  # noqa: PLC0415
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

        account_id: int | None | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        avg_entry_prices: dict[str, Any] | None | Unset
        if isinstance(self.avg_entry_prices, Unset):
            avg_entry_prices = UNSET
        elif isinstance(self.avg_entry_prices, WsAccountSpotAvgEntryPricesUpdateAvgEntryPricesType0):
            avg_entry_prices = self.avg_entry_prices.to_dict()
        else:
            avg_entry_prices = self.avg_entry_prices

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
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if avg_entry_prices is not UNSET:
            field_dict["avg_entry_prices"] = avg_entry_prices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ws_account_spot_avg_entry_prices_update_avg_entry_prices_type_0 import (
            WsAccountSpotAvgEntryPricesUpdateAvgEntryPricesType0,  # noqa: PLC0415
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

        def _parse_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account_id = _parse_account_id(d.pop("account_id", UNSET))

        def _parse_avg_entry_prices(
            data: object,
        ) -> None | Unset | WsAccountSpotAvgEntryPricesUpdateAvgEntryPricesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"expected WsAccountSpotAvgEntryPricesUpdateAvgEntryPricesType0, got {type(data).__name__}"
                )
            avg_entry_prices_type_0 = WsAccountSpotAvgEntryPricesUpdateAvgEntryPricesType0.from_dict(data)

            return avg_entry_prices_type_0

        avg_entry_prices = _parse_avg_entry_prices(d.pop("avg_entry_prices", UNSET))

        ws_account_spot_avg_entry_prices_update = cls(
            type_=type_,
            channel=channel,
            timestamp=timestamp,
            account_id=account_id,
            avg_entry_prices=avg_entry_prices,
        )

        ws_account_spot_avg_entry_prices_update.additional_properties = d
        return ws_account_spot_avg_entry_prices_update

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
