from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.binary_option_market_stats import BinaryOptionMarketStats
    from ..models.ws_bo_market_stats_update_bo_market_stats_type_1 import (
        WsBoMarketStatsUpdateBoMarketStatsType1,
    )


T = TypeVar("T", bound="WsBoMarketStatsUpdate")


@_attrs_define
class WsBoMarketStatsUpdate:
    """A `subscribed/bo_market_stats` or `update/bo_market_stats` frame of channel `bo_market_stats:{market_id}`
    (binary-option markets only; `market_stats` leaves them out). On `bo_market_stats/all`, `bo_market_stats`
    is a map from market id to the market's statistics instead (an update carries the markets that moved).

    """

    type_: str
    channel: None | str | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    bo_market_stats: BinaryOptionMarketStats | None | Unset | WsBoMarketStatsUpdateBoMarketStatsType1 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.binary_option_market_stats import BinaryOptionMarketStats  # noqa: PLC0415
        from ..models.ws_bo_market_stats_update_bo_market_stats_type_1 import (
            WsBoMarketStatsUpdateBoMarketStatsType1,  # noqa: PLC0415
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

        bo_market_stats: dict[str, Any] | None | Unset
        if isinstance(self.bo_market_stats, Unset):
            bo_market_stats = UNSET
        elif isinstance(self.bo_market_stats, BinaryOptionMarketStats):
            bo_market_stats = self.bo_market_stats.to_dict()
        elif isinstance(self.bo_market_stats, WsBoMarketStatsUpdateBoMarketStatsType1):
            bo_market_stats = self.bo_market_stats.to_dict()
        else:
            bo_market_stats = self.bo_market_stats

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
        if bo_market_stats is not UNSET:
            field_dict["bo_market_stats"] = bo_market_stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.binary_option_market_stats import BinaryOptionMarketStats  # noqa: PLC0415
        from ..models.ws_bo_market_stats_update_bo_market_stats_type_1 import (
            WsBoMarketStatsUpdateBoMarketStatsType1,  # noqa: PLC0415
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

        def _parse_bo_market_stats(
            data: object,
        ) -> BinaryOptionMarketStats | None | Unset | WsBoMarketStatsUpdateBoMarketStatsType1:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bo_market_stats_type_0 = BinaryOptionMarketStats.from_dict(data)

                return bo_market_stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"expected WsBoMarketStatsUpdateBoMarketStatsType1, got {type(data).__name__}")
            bo_market_stats_type_1 = WsBoMarketStatsUpdateBoMarketStatsType1.from_dict(data)

            return bo_market_stats_type_1

        bo_market_stats = _parse_bo_market_stats(d.pop("bo_market_stats", UNSET))

        ws_bo_market_stats_update = cls(
            type_=type_,
            channel=channel,
            timestamp=timestamp,
            bo_market_stats=bo_market_stats,
        )

        ws_bo_market_stats_update.additional_properties = d
        return ws_bo_market_stats_update

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
