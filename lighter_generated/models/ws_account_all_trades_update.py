from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_account_all_trades_update_trades_type_0 import (
        WsAccountAllTradesUpdateTradesType0,
    )


T = TypeVar("T", bound="WsAccountAllTradesUpdate")


@_attrs_define
class WsAccountAllTradesUpdate:
    """A frame of channel `account_all_trades:{account}` (needs `auth`): the account's trades keyed by market id."""

    type_: str
    channel: None | str | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    trades: None | Unset | WsAccountAllTradesUpdateTradesType0 = UNSET
    """ Market id (as a string) to trades. """
    total_volume: float | None | Unset = UNSET
    monthly_volume: float | None | Unset = UNSET
    weekly_volume: float | None | Unset = UNSET
    daily_volume: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ws_account_all_trades_update_trades_type_0 import (
            WsAccountAllTradesUpdateTradesType0,  # noqa: PLC0415
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

        trades: dict[str, Any] | None | Unset
        if isinstance(self.trades, Unset):
            trades = UNSET
        elif isinstance(self.trades, WsAccountAllTradesUpdateTradesType0):
            trades = self.trades.to_dict()
        else:
            trades = self.trades

        total_volume: float | None | Unset
        if isinstance(self.total_volume, Unset):
            total_volume = UNSET
        else:
            total_volume = self.total_volume

        monthly_volume: float | None | Unset
        if isinstance(self.monthly_volume, Unset):
            monthly_volume = UNSET
        else:
            monthly_volume = self.monthly_volume

        weekly_volume: float | None | Unset
        if isinstance(self.weekly_volume, Unset):
            weekly_volume = UNSET
        else:
            weekly_volume = self.weekly_volume

        daily_volume: float | None | Unset
        if isinstance(self.daily_volume, Unset):
            daily_volume = UNSET
        else:
            daily_volume = self.daily_volume

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
        if trades is not UNSET:
            field_dict["trades"] = trades
        if total_volume is not UNSET:
            field_dict["total_volume"] = total_volume
        if monthly_volume is not UNSET:
            field_dict["monthly_volume"] = monthly_volume
        if weekly_volume is not UNSET:
            field_dict["weekly_volume"] = weekly_volume
        if daily_volume is not UNSET:
            field_dict["daily_volume"] = daily_volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ws_account_all_trades_update_trades_type_0 import (
            WsAccountAllTradesUpdateTradesType0,  # noqa: PLC0415
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

        def _parse_trades(data: object) -> None | Unset | WsAccountAllTradesUpdateTradesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected WsAccountAllTradesUpdateTradesType0, got {type(data).__name__}")
            trades_type_0 = WsAccountAllTradesUpdateTradesType0.from_dict(data)

            return trades_type_0

        trades = _parse_trades(d.pop("trades", UNSET))

        def _parse_total_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_volume = _parse_total_volume(d.pop("total_volume", UNSET))

        def _parse_monthly_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        monthly_volume = _parse_monthly_volume(d.pop("monthly_volume", UNSET))

        def _parse_weekly_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weekly_volume = _parse_weekly_volume(d.pop("weekly_volume", UNSET))

        def _parse_daily_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        daily_volume = _parse_daily_volume(d.pop("daily_volume", UNSET))

        ws_account_all_trades_update = cls(
            type_=type_,
            channel=channel,
            timestamp=timestamp,
            trades=trades,
            total_volume=total_volume,
            monthly_volume=monthly_volume,
            weekly_volume=weekly_volume,
            daily_volume=daily_volume,
        )

        ws_account_all_trades_update.additional_properties = d
        return ws_account_all_trades_update

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
