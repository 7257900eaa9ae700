from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TradeStats")


@_attrs_define
class TradeStats:
    """Trade counts, volumes and fees by channel."""

    count: int | None | Unset = UNSET
    volume: None | str | Unset = UNSET
    web_count: int | None | Unset = UNSET
    web_volume: None | str | Unset = UNSET
    mobile_app_count: int | None | Unset = UNSET
    mobile_app_volume: None | str | Unset = UNSET
    mobile_browser_count: int | None | Unset = UNSET
    mobile_browser_volume: None | str | Unset = UNSET
    maker_fees_paid: None | str | Unset = UNSET
    non_free_taker_volume: None | str | Unset = UNSET
    non_free_maker_volume: None | str | Unset = UNSET
    free_taker_volume: None | str | Unset = UNSET
    taker_fees_paid: None | str | Unset = UNSET
    free_maker_volume: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        volume: None | str | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        web_count: int | None | Unset
        if isinstance(self.web_count, Unset):
            web_count = UNSET
        else:
            web_count = self.web_count

        web_volume: None | str | Unset
        if isinstance(self.web_volume, Unset):
            web_volume = UNSET
        else:
            web_volume = self.web_volume

        mobile_app_count: int | None | Unset
        if isinstance(self.mobile_app_count, Unset):
            mobile_app_count = UNSET
        else:
            mobile_app_count = self.mobile_app_count

        mobile_app_volume: None | str | Unset
        if isinstance(self.mobile_app_volume, Unset):
            mobile_app_volume = UNSET
        else:
            mobile_app_volume = self.mobile_app_volume

        mobile_browser_count: int | None | Unset
        if isinstance(self.mobile_browser_count, Unset):
            mobile_browser_count = UNSET
        else:
            mobile_browser_count = self.mobile_browser_count

        mobile_browser_volume: None | str | Unset
        if isinstance(self.mobile_browser_volume, Unset):
            mobile_browser_volume = UNSET
        else:
            mobile_browser_volume = self.mobile_browser_volume

        maker_fees_paid: None | str | Unset
        if isinstance(self.maker_fees_paid, Unset):
            maker_fees_paid = UNSET
        else:
            maker_fees_paid = self.maker_fees_paid

        non_free_taker_volume: None | str | Unset
        if isinstance(self.non_free_taker_volume, Unset):
            non_free_taker_volume = UNSET
        else:
            non_free_taker_volume = self.non_free_taker_volume

        non_free_maker_volume: None | str | Unset
        if isinstance(self.non_free_maker_volume, Unset):
            non_free_maker_volume = UNSET
        else:
            non_free_maker_volume = self.non_free_maker_volume

        free_taker_volume: None | str | Unset
        if isinstance(self.free_taker_volume, Unset):
            free_taker_volume = UNSET
        else:
            free_taker_volume = self.free_taker_volume

        taker_fees_paid: None | str | Unset
        if isinstance(self.taker_fees_paid, Unset):
            taker_fees_paid = UNSET
        else:
            taker_fees_paid = self.taker_fees_paid

        free_maker_volume: None | str | Unset
        if isinstance(self.free_maker_volume, Unset):
            free_maker_volume = UNSET
        else:
            free_maker_volume = self.free_maker_volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if volume is not UNSET:
            field_dict["volume"] = volume
        if web_count is not UNSET:
            field_dict["web_count"] = web_count
        if web_volume is not UNSET:
            field_dict["web_volume"] = web_volume
        if mobile_app_count is not UNSET:
            field_dict["mobile_app_count"] = mobile_app_count
        if mobile_app_volume is not UNSET:
            field_dict["mobile_app_volume"] = mobile_app_volume
        if mobile_browser_count is not UNSET:
            field_dict["mobile_browser_count"] = mobile_browser_count
        if mobile_browser_volume is not UNSET:
            field_dict["mobile_browser_volume"] = mobile_browser_volume
        if maker_fees_paid is not UNSET:
            field_dict["maker_fees_paid"] = maker_fees_paid
        if non_free_taker_volume is not UNSET:
            field_dict["non_free_taker_volume"] = non_free_taker_volume
        if non_free_maker_volume is not UNSET:
            field_dict["non_free_maker_volume"] = non_free_maker_volume
        if free_taker_volume is not UNSET:
            field_dict["free_taker_volume"] = free_taker_volume
        if taker_fees_paid is not UNSET:
            field_dict["taker_fees_paid"] = taker_fees_paid
        if free_maker_volume is not UNSET:
            field_dict["free_maker_volume"] = free_maker_volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        def _parse_volume(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        volume = _parse_volume(d.pop("volume", UNSET))

        def _parse_web_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        web_count = _parse_web_count(d.pop("web_count", UNSET))

        def _parse_web_volume(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        web_volume = _parse_web_volume(d.pop("web_volume", UNSET))

        def _parse_mobile_app_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mobile_app_count = _parse_mobile_app_count(d.pop("mobile_app_count", UNSET))

        def _parse_mobile_app_volume(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile_app_volume = _parse_mobile_app_volume(d.pop("mobile_app_volume", UNSET))

        def _parse_mobile_browser_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mobile_browser_count = _parse_mobile_browser_count(d.pop("mobile_browser_count", UNSET))

        def _parse_mobile_browser_volume(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile_browser_volume = _parse_mobile_browser_volume(d.pop("mobile_browser_volume", UNSET))

        def _parse_maker_fees_paid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        maker_fees_paid = _parse_maker_fees_paid(d.pop("maker_fees_paid", UNSET))

        def _parse_non_free_taker_volume(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        non_free_taker_volume = _parse_non_free_taker_volume(d.pop("non_free_taker_volume", UNSET))

        def _parse_non_free_maker_volume(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        non_free_maker_volume = _parse_non_free_maker_volume(d.pop("non_free_maker_volume", UNSET))

        def _parse_free_taker_volume(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        free_taker_volume = _parse_free_taker_volume(d.pop("free_taker_volume", UNSET))

        def _parse_taker_fees_paid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        taker_fees_paid = _parse_taker_fees_paid(d.pop("taker_fees_paid", UNSET))

        def _parse_free_maker_volume(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        free_maker_volume = _parse_free_maker_volume(d.pop("free_maker_volume", UNSET))

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
