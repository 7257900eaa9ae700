from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_ticker import WsTicker


T = TypeVar("T", bound="WsTickerUpdate")


@_attrs_define
class WsTickerUpdate:
    """A `subscribed/ticker` or `update/ticker` frame of channel `ticker:{market_id}`."""

    type_: str
    channel: None | str | Unset = UNSET
    nonce: int | None | Unset = UNSET
    """ Book version the ticker was taken from. """
    last_updated_at: int | None | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    ticker: None | Unset | WsTicker = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ws_ticker import WsTicker  # noqa: PLC0415

        type_ = self.type_

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        nonce: int | None | Unset
        if isinstance(self.nonce, Unset):
            nonce = UNSET
        else:
            nonce = self.nonce

        last_updated_at: int | None | Unset
        if isinstance(self.last_updated_at, Unset):
            last_updated_at = UNSET
        else:
            last_updated_at = self.last_updated_at

        timestamp: int | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        ticker: dict[str, Any] | None | Unset
        if isinstance(self.ticker, Unset):
            ticker = UNSET
        elif isinstance(self.ticker, WsTicker):
            ticker = self.ticker.to_dict()
        else:
            ticker = self.ticker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if nonce is not UNSET:
            field_dict["nonce"] = nonce
        if last_updated_at is not UNSET:
            field_dict["last_updated_at"] = last_updated_at
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if ticker is not UNSET:
            field_dict["ticker"] = ticker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ws_ticker import WsTicker  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_nonce(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nonce = _parse_nonce(d.pop("nonce", UNSET))

        def _parse_last_updated_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_updated_at = _parse_last_updated_at(d.pop("last_updated_at", UNSET))

        def _parse_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_ticker(data: object) -> None | Unset | WsTicker:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected WsTicker, got {type(data).__name__}")
            ticker_type_0 = WsTicker.from_dict(data)

            return ticker_type_0

        ticker = _parse_ticker(d.pop("ticker", UNSET))

        ws_ticker_update = cls(
            type_=type_,
            channel=channel,
            nonce=nonce,
            last_updated_at=last_updated_at,
            timestamp=timestamp,
            ticker=ticker,
        )

        ws_ticker_update.additional_properties = d
        return ws_ticker_update

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
