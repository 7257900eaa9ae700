from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerStats")


@_attrs_define
class PartnerStats:
    """Answer of `partner_stats` (GET /api/v1/partnerStats)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    total_fees_earned: str
    total_taker_fees_earned: str
    total_maker_fees_earned: str
    total_volume: str
    total_taker_volume: str
    total_maker_volume: str
    total_trades: int
    total_taker_trades: int
    total_maker_trades: int
    unique_clients: int
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        total_fees_earned = self.total_fees_earned

        total_taker_fees_earned = self.total_taker_fees_earned

        total_maker_fees_earned = self.total_maker_fees_earned

        total_volume = self.total_volume

        total_taker_volume = self.total_taker_volume

        total_maker_volume = self.total_maker_volume

        total_trades = self.total_trades

        total_taker_trades = self.total_taker_trades

        total_maker_trades = self.total_maker_trades

        unique_clients = self.unique_clients

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "total_fees_earned": total_fees_earned,
                "total_taker_fees_earned": total_taker_fees_earned,
                "total_maker_fees_earned": total_maker_fees_earned,
                "total_volume": total_volume,
                "total_taker_volume": total_taker_volume,
                "total_maker_volume": total_maker_volume,
                "total_trades": total_trades,
                "total_taker_trades": total_taker_trades,
                "total_maker_trades": total_maker_trades,
                "unique_clients": unique_clients,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        total_fees_earned = d.pop("total_fees_earned")

        total_taker_fees_earned = d.pop("total_taker_fees_earned")

        total_maker_fees_earned = d.pop("total_maker_fees_earned")

        total_volume = d.pop("total_volume")

        total_taker_volume = d.pop("total_taker_volume")

        total_maker_volume = d.pop("total_maker_volume")

        total_trades = d.pop("total_trades")

        total_taker_trades = d.pop("total_taker_trades")

        total_maker_trades = d.pop("total_maker_trades")

        unique_clients = d.pop("unique_clients")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        partner_stats = cls(
            code=code,
            total_fees_earned=total_fees_earned,
            total_taker_fees_earned=total_taker_fees_earned,
            total_maker_fees_earned=total_maker_fees_earned,
            total_volume=total_volume,
            total_taker_volume=total_taker_volume,
            total_maker_volume=total_maker_volume,
            total_trades=total_trades,
            total_taker_trades=total_taker_trades,
            total_maker_trades=total_maker_trades,
            unique_clients=unique_clients,
            message=message,
        )

        partner_stats.additional_properties = d
        return partner_stats

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
