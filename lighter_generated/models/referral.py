from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trade_stats import TradeStats


T = TypeVar("T", bound="Referral")


@_attrs_define
class Referral:
    """A referred user with their stats."""

    l1_address: None | str | Unset = UNSET
    """ Ethereum address (0x-prefixed, checksummed or lowercase). """
    referral_code: None | str | Unset = UNSET
    used_at: int | None | Unset = UNSET
    trade_stats: None | TradeStats | Unset = UNSET
    tier: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.trade_stats import TradeStats  # noqa: PLC0415

        l1_address: None | str | Unset
        if isinstance(self.l1_address, Unset):
            l1_address = UNSET
        else:
            l1_address = self.l1_address

        referral_code: None | str | Unset
        if isinstance(self.referral_code, Unset):
            referral_code = UNSET
        else:
            referral_code = self.referral_code

        used_at: int | None | Unset
        if isinstance(self.used_at, Unset):
            used_at = UNSET
        else:
            used_at = self.used_at

        trade_stats: dict[str, Any] | None | Unset
        if isinstance(self.trade_stats, Unset):
            trade_stats = UNSET
        elif isinstance(self.trade_stats, TradeStats):
            trade_stats = self.trade_stats.to_dict()
        else:
            trade_stats = self.trade_stats

        tier: None | str | Unset
        if isinstance(self.tier, Unset):
            tier = UNSET
        else:
            tier = self.tier

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if l1_address is not UNSET:
            field_dict["l1_address"] = l1_address
        if referral_code is not UNSET:
            field_dict["referral_code"] = referral_code
        if used_at is not UNSET:
            field_dict["used_at"] = used_at
        if trade_stats is not UNSET:
            field_dict["trade_stats"] = trade_stats
        if tier is not UNSET:
            field_dict["tier"] = tier
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trade_stats import TradeStats  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_l1_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        l1_address = _parse_l1_address(d.pop("l1_address", UNSET))

        def _parse_referral_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referral_code = _parse_referral_code(d.pop("referral_code", UNSET))

        def _parse_used_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        used_at = _parse_used_at(d.pop("used_at", UNSET))

        def _parse_trade_stats(data: object) -> None | TradeStats | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected TradeStats, got {type(data).__name__}")
            trade_stats_type_0 = TradeStats.from_dict(data)

            return trade_stats_type_0

        trade_stats = _parse_trade_stats(d.pop("trade_stats", UNSET))

        def _parse_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tier = _parse_tier(d.pop("tier", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

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
