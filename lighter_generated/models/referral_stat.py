from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.trade_stats import TradeStats


T = TypeVar("T", bound="ReferralStat")


@_attrs_define
class ReferralStat:
    """Trade stats of referred users over one period."""

    start_timestamp: int
    end_timestamp: int
    trade_stats: None | TradeStats
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.trade_stats import TradeStats  # noqa: PLC0415

        start_timestamp = self.start_timestamp

        end_timestamp = self.end_timestamp

        trade_stats: dict[str, Any] | None
        if isinstance(self.trade_stats, TradeStats):
            trade_stats = self.trade_stats.to_dict()
        else:
            trade_stats = self.trade_stats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_timestamp": start_timestamp,
                "end_timestamp": end_timestamp,
                "trade_stats": trade_stats,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trade_stats import TradeStats  # noqa: PLC0415

        d = dict(src_dict)
        start_timestamp = d.pop("start_timestamp")

        end_timestamp = d.pop("end_timestamp")

        def _parse_trade_stats(data: object) -> None | TradeStats:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected TradeStats, got {type(data).__name__}")
            trade_stats_type_0 = TradeStats.from_dict(data)

            return trade_stats_type_0

        trade_stats = _parse_trade_stats(d.pop("trade_stats"))

        referral_stat = cls(
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            trade_stats=trade_stats,
        )

        referral_stat.additional_properties = d
        return referral_stat

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
