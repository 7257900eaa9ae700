from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TradeStats")


@_attrs_define
class TradeStats:
    """Trade counts, volumes and fees by channel."""

    count: int
    volume: str
    web_count: int
    web_volume: str
    mobile_app_count: int
    mobile_app_volume: str
    mobile_browser_count: int
    mobile_browser_volume: str
    maker_fees_paid: str
    non_free_taker_volume: str
    non_free_maker_volume: str
    free_taker_volume: str
    taker_fees_paid: str
    free_maker_volume: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        volume = self.volume

        web_count = self.web_count

        web_volume = self.web_volume

        mobile_app_count = self.mobile_app_count

        mobile_app_volume = self.mobile_app_volume

        mobile_browser_count = self.mobile_browser_count

        mobile_browser_volume = self.mobile_browser_volume

        maker_fees_paid = self.maker_fees_paid

        non_free_taker_volume = self.non_free_taker_volume

        non_free_maker_volume = self.non_free_maker_volume

        free_taker_volume = self.free_taker_volume

        taker_fees_paid = self.taker_fees_paid

        free_maker_volume = self.free_maker_volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "volume": volume,
                "web_count": web_count,
                "web_volume": web_volume,
                "mobile_app_count": mobile_app_count,
                "mobile_app_volume": mobile_app_volume,
                "mobile_browser_count": mobile_browser_count,
                "mobile_browser_volume": mobile_browser_volume,
                "maker_fees_paid": maker_fees_paid,
                "non_free_taker_volume": non_free_taker_volume,
                "non_free_maker_volume": non_free_maker_volume,
                "free_taker_volume": free_taker_volume,
                "taker_fees_paid": taker_fees_paid,
                "free_maker_volume": free_maker_volume,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        volume = d.pop("volume")

        web_count = d.pop("web_count")

        web_volume = d.pop("web_volume")

        mobile_app_count = d.pop("mobile_app_count")

        mobile_app_volume = d.pop("mobile_app_volume")

        mobile_browser_count = d.pop("mobile_browser_count")

        mobile_browser_volume = d.pop("mobile_browser_volume")

        maker_fees_paid = d.pop("maker_fees_paid")

        non_free_taker_volume = d.pop("non_free_taker_volume")

        non_free_maker_volume = d.pop("non_free_maker_volume")

        free_taker_volume = d.pop("free_taker_volume")

        taker_fees_paid = d.pop("taker_fees_paid")

        free_maker_volume = d.pop("free_maker_volume")

        trade_stats = cls(
            count=count,
            volume=volume,
            web_count=web_count,
            web_volume=web_volume,
            mobile_app_count=mobile_app_count,
            mobile_app_volume=mobile_app_volume,
            mobile_browser_count=mobile_browser_count,
            mobile_browser_volume=mobile_browser_volume,
            maker_fees_paid=maker_fees_paid,
            non_free_taker_volume=non_free_taker_volume,
            non_free_maker_volume=non_free_maker_volume,
            free_taker_volume=free_taker_volume,
            taker_fees_paid=taker_fees_paid,
            free_maker_volume=free_maker_volume,
        )

        trade_stats.additional_properties = d
        return trade_stats

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
