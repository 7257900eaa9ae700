from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpDownCandle")


@_attrs_define
class UpDownCandle:
    """One candle of an up/down market series (the price of the underlying)."""

    symbol: str
    """ Underlying, e.g. `btc`. """
    duration: str
    """ Duration of the series' markets, e.g. `5m`. """
    resolution: str
    """ Known values: `1s`, `30s`; others may appear. """
    timestamp: int
    """ Start of the bucket (Unix seconds). """
    open_: str
    """ Opening price (decimal string). """
    high: str
    """ Highest price (decimal string). """
    low: str
    """ Lowest price (decimal string). """
    close: str
    """ Closing price (decimal string). """
    provider: str
    """ Price feed of the bucket's last observation. """
    feed_id: str
    """ Feed id at the provider. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        duration = self.duration

        resolution = self.resolution

        timestamp = self.timestamp

        open_ = self.open_

        high = self.high

        low = self.low

        close = self.close

        provider = self.provider

        feed_id = self.feed_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "duration": duration,
                "resolution": resolution,
                "timestamp": timestamp,
                "open": open_,
                "high": high,
                "low": low,
                "close": close,
                "provider": provider,
                "feed_id": feed_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        duration = d.pop("duration")

        resolution = d.pop("resolution")

        timestamp = d.pop("timestamp")

        open_ = d.pop("open")

        high = d.pop("high")

        low = d.pop("low")

        close = d.pop("close")

        provider = d.pop("provider")

        feed_id = d.pop("feed_id")

        up_down_candle = cls(
            symbol=symbol,
            duration=duration,
            resolution=resolution,
            timestamp=timestamp,
            open_=open_,
            high=high,
            low=low,
            close=close,
            provider=provider,
            feed_id=feed_id,
        )

        up_down_candle.additional_properties = d
        return up_down_candle

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
