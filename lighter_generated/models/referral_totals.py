from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferralTotals")


@_attrs_define
class ReferralTotals:
    """Totals over all referred users."""

    count: int | None | Unset = UNSET
    volume: None | str | Unset = UNSET
    free_maker_volume: None | str | Unset = UNSET
    free_taker_volume: None | str | Unset = UNSET
    non_free_maker_volume: None | str | Unset = UNSET
    non_free_taker_volume: None | str | Unset = UNSET
    maker_fees_paid: None | str | Unset = UNSET
    taker_fees_paid: None | str | Unset = UNSET
    total_referrals: int | None | Unset = UNSET
    total_premium_referrals: int | None | Unset = UNSET
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

        free_maker_volume: None | str | Unset
        if isinstance(self.free_maker_volume, Unset):
            free_maker_volume = UNSET
        else:
            free_maker_volume = self.free_maker_volume

        free_taker_volume: None | str | Unset
        if isinstance(self.free_taker_volume, Unset):
            free_taker_volume = UNSET
        else:
            free_taker_volume = self.free_taker_volume

        non_free_maker_volume: None | str | Unset
        if isinstance(self.non_free_maker_volume, Unset):
            non_free_maker_volume = UNSET
        else:
            non_free_maker_volume = self.non_free_maker_volume

        non_free_taker_volume: None | str | Unset
        if isinstance(self.non_free_taker_volume, Unset):
            non_free_taker_volume = UNSET
        else:
            non_free_taker_volume = self.non_free_taker_volume

        maker_fees_paid: None | str | Unset
        if isinstance(self.maker_fees_paid, Unset):
            maker_fees_paid = UNSET
        else:
            maker_fees_paid = self.maker_fees_paid

        taker_fees_paid: None | str | Unset
        if isinstance(self.taker_fees_paid, Unset):
            taker_fees_paid = UNSET
        else:
            taker_fees_paid = self.taker_fees_paid

        total_referrals: int | None | Unset
        if isinstance(self.total_referrals, Unset):
            total_referrals = UNSET
        else:
            total_referrals = self.total_referrals

        total_premium_referrals: int | None | Unset
        if isinstance(self.total_premium_referrals, Unset):
            total_premium_referrals = UNSET
        else:
            total_premium_referrals = self.total_premium_referrals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if volume is not UNSET:
            field_dict["volume"] = volume
        if free_maker_volume is not UNSET:
            field_dict["free_maker_volume"] = free_maker_volume
        if free_taker_volume is not UNSET:
            field_dict["free_taker_volume"] = free_taker_volume
        if non_free_maker_volume is not UNSET:
            field_dict["non_free_maker_volume"] = non_free_maker_volume
        if non_free_taker_volume is not UNSET:
            field_dict["non_free_taker_volume"] = non_free_taker_volume
        if maker_fees_paid is not UNSET:
            field_dict["maker_fees_paid"] = maker_fees_paid
        if taker_fees_paid is not UNSET:
            field_dict["taker_fees_paid"] = taker_fees_paid
        if total_referrals is not UNSET:
            field_dict["total_referrals"] = total_referrals
        if total_premium_referrals is not UNSET:
            field_dict["total_premium_referrals"] = total_premium_referrals

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

        def _parse_free_maker_volume(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        free_maker_volume = _parse_free_maker_volume(d.pop("free_maker_volume", UNSET))

        def _parse_free_taker_volume(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        free_taker_volume = _parse_free_taker_volume(d.pop("free_taker_volume", UNSET))

        def _parse_non_free_maker_volume(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        non_free_maker_volume = _parse_non_free_maker_volume(d.pop("non_free_maker_volume", UNSET))

        def _parse_non_free_taker_volume(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        non_free_taker_volume = _parse_non_free_taker_volume(d.pop("non_free_taker_volume", UNSET))

        def _parse_maker_fees_paid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        maker_fees_paid = _parse_maker_fees_paid(d.pop("maker_fees_paid", UNSET))

        def _parse_taker_fees_paid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        taker_fees_paid = _parse_taker_fees_paid(d.pop("taker_fees_paid", UNSET))

        def _parse_total_referrals(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_referrals = _parse_total_referrals(d.pop("total_referrals", UNSET))

        def _parse_total_premium_referrals(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_premium_referrals = _parse_total_premium_referrals(d.pop("total_premium_referrals", UNSET))

        referral_totals = cls(
            count=count,
            volume=volume,
            free_maker_volume=free_maker_volume,
            free_taker_volume=free_taker_volume,
            non_free_maker_volume=non_free_maker_volume,
            non_free_taker_volume=non_free_taker_volume,
            maker_fees_paid=maker_fees_paid,
            taker_fees_paid=taker_fees_paid,
            total_referrals=total_referrals,
            total_premium_referrals=total_premium_referrals,
        )

        referral_totals.additional_properties = d
        return referral_totals

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
