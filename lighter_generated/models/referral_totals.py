from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReferralTotals")


@_attrs_define
class ReferralTotals:
    """Totals over all referred users."""

    count: int
    volume: str
    free_maker_volume: str
    free_taker_volume: str
    non_free_maker_volume: str
    non_free_taker_volume: str
    maker_fees_paid: str
    taker_fees_paid: str
    total_referrals: int
    total_premium_referrals: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        volume = self.volume

        free_maker_volume = self.free_maker_volume

        free_taker_volume = self.free_taker_volume

        non_free_maker_volume = self.non_free_maker_volume

        non_free_taker_volume = self.non_free_taker_volume

        maker_fees_paid = self.maker_fees_paid

        taker_fees_paid = self.taker_fees_paid

        total_referrals = self.total_referrals

        total_premium_referrals = self.total_premium_referrals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "volume": volume,
                "free_maker_volume": free_maker_volume,
                "free_taker_volume": free_taker_volume,
                "non_free_maker_volume": non_free_maker_volume,
                "non_free_taker_volume": non_free_taker_volume,
                "maker_fees_paid": maker_fees_paid,
                "taker_fees_paid": taker_fees_paid,
                "total_referrals": total_referrals,
                "total_premium_referrals": total_premium_referrals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        volume = d.pop("volume")

        free_maker_volume = d.pop("free_maker_volume")

        free_taker_volume = d.pop("free_taker_volume")

        non_free_maker_volume = d.pop("non_free_maker_volume")

        non_free_taker_volume = d.pop("non_free_taker_volume")

        maker_fees_paid = d.pop("maker_fees_paid")

        taker_fees_paid = d.pop("taker_fees_paid")

        total_referrals = d.pop("total_referrals")

        total_premium_referrals = d.pop("total_premium_referrals")

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
