from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.trade_stats import TradeStats


T = TypeVar("T", bound="Referral")


@_attrs_define
class Referral:
    """A referred user with their stats."""

    l1_address: str
    """ Ethereum address (0x-prefixed, checksummed or lowercase). """
    referral_code: str
    used_at: int
    trade_stats: None | TradeStats
    tier: str
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.trade_stats import TradeStats  # noqa: PLC0415

        l1_address = self.l1_address

        referral_code = self.referral_code

        used_at = self.used_at

        trade_stats: dict[str, Any] | None
        if isinstance(self.trade_stats, TradeStats):
            trade_stats = self.trade_stats.to_dict()
        else:
            trade_stats = self.trade_stats

        tier = self.tier

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "l1_address": l1_address,
                "referral_code": referral_code,
                "used_at": used_at,
                "trade_stats": trade_stats,
                "tier": tier,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trade_stats import TradeStats  # noqa: PLC0415

        d = dict(src_dict)
        l1_address = d.pop("l1_address")

        referral_code = d.pop("referral_code")

        used_at = d.pop("used_at")

        def _parse_trade_stats(data: object) -> None | TradeStats:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected TradeStats, got {type(data).__name__}")
            trade_stats_type_0 = TradeStats.from_dict(data)

            return trade_stats_type_0

        trade_stats = _parse_trade_stats(d.pop("trade_stats"))

        tier = d.pop("tier")

        source = d.pop("source")

        referral = cls(
            l1_address=l1_address,
            referral_code=referral_code,
            used_at=used_at,
            trade_stats=trade_stats,
            tier=tier,
            source=source,
        )

        referral.additional_properties = d
        return referral

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
