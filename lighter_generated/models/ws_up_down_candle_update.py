from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.up_down_candle import UpDownCandle


T = TypeVar("T", bound="WsUpDownCandleUpdate")


@_attrs_define
class WsUpDownCandleUpdate:
    """A frame of channel `up_down_candle:{symbol}:{duration}:{resolution}` (e.g. `up_down_candle:btc:5m:1s`): the
    underlying's price candles of an up/down series, oldest first. The snapshot carries the recent candles, an
    update the candle being formed (and the one just closed when a bucket rolls over).

    """

    type_: str
    channel: None | str | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    candles: list[UpDownCandle] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        candles: list[dict[str, Any]] | None | Unset
        if isinstance(self.candles, Unset):
            candles = UNSET
        elif isinstance(self.candles, list):
            candles = []
            for candles_type_0_item_data in self.candles:
                candles_type_0_item = candles_type_0_item_data.to_dict()
                candles.append(candles_type_0_item)

        else:
            candles = self.candles

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
        if candles is not UNSET:
            field_dict["candles"] = candles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.up_down_candle import UpDownCandle  # noqa: PLC0415

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

        def _parse_candles(data: object) -> list[UpDownCandle] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[UpDownCandle], got {type(data).__name__}")
            candles_type_0 = []
            _candles_type_0 = data
            for candles_type_0_item_data in _candles_type_0:
                candles_type_0_item = UpDownCandle.from_dict(candles_type_0_item_data)

                candles_type_0.append(candles_type_0_item)

            return candles_type_0

        candles = _parse_candles(d.pop("candles", UNSET))

        ws_up_down_candle_update = cls(
            type_=type_,
            channel=channel,
            timestamp=timestamp,
            candles=candles,
        )

        ws_up_down_candle_update.additional_properties = d
        return ws_up_down_candle_update

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
