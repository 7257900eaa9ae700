from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.candle import Candle
    from ..models.ws_candle_update_candle_type_0 import WsCandleUpdateCandleType0


T = TypeVar("T", bound="WsCandleUpdate")


@_attrs_define
class WsCandleUpdate:
    """A frame of channel `candle:{market_id}:{resolution}`. The candle's keys are not pinned down here."""

    type_: str
    channel: None | str | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    resolution: None | str | Unset = UNSET
    candle: None | Unset | WsCandleUpdateCandleType0 = UNSET
    """ One candle (the asyncapi shape). Current clients read `candles` instead. """
    candles: list[Candle] | None | Unset = UNSET
    """ The candles of the update, oldest first. The asyncapi names a single `candle`; the official TypeScript
    client and current third-party clients read a `candles` list, so the local exchange sends this. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ws_candle_update_candle_type_0 import WsCandleUpdateCandleType0  # noqa: PLC0415

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

        resolution: None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        else:
            resolution = self.resolution

        candle: dict[str, Any] | None | Unset
        if isinstance(self.candle, Unset):
            candle = UNSET
        elif isinstance(self.candle, WsCandleUpdateCandleType0):
            candle = self.candle.to_dict()
        else:
            candle = self.candle

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
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if candle is not UNSET:
            field_dict["candle"] = candle
        if candles is not UNSET:
            field_dict["candles"] = candles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.candle import Candle  # noqa: PLC0415
        from ..models.ws_candle_update_candle_type_0 import WsCandleUpdateCandleType0  # noqa: PLC0415

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

        def _parse_resolution(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        def _parse_candle(data: object) -> None | Unset | WsCandleUpdateCandleType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected WsCandleUpdateCandleType0, got {type(data).__name__}")
            candle_type_0 = WsCandleUpdateCandleType0.from_dict(data)

            return candle_type_0

        candle = _parse_candle(d.pop("candle", UNSET))

        def _parse_candles(data: object) -> list[Candle] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[Candle], got {type(data).__name__}")
            candles_type_0 = []
            _candles_type_0 = data
            for candles_type_0_item_data in _candles_type_0:
                candles_type_0_item = Candle.from_dict(candles_type_0_item_data)

                candles_type_0.append(candles_type_0_item)

            return candles_type_0

        candles = _parse_candles(d.pop("candles", UNSET))

        ws_candle_update = cls(
            type_=type_,
            channel=channel,
            timestamp=timestamp,
            resolution=resolution,
            candle=candle,
            candles=candles,
        )

        ws_candle_update.additional_properties = d
        return ws_candle_update

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
