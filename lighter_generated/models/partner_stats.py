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
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    total_fees_earned: None | str | Unset = UNSET
    total_taker_fees_earned: None | str | Unset = UNSET
    total_maker_fees_earned: None | str | Unset = UNSET
    total_volume: None | str | Unset = UNSET
    total_taker_volume: None | str | Unset = UNSET
    total_maker_volume: None | str | Unset = UNSET
    total_trades: int | None | Unset = UNSET
    total_taker_trades: int | None | Unset = UNSET
    total_maker_trades: int | None | Unset = UNSET
    unique_clients: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        total_fees_earned: None | str | Unset
        if isinstance(self.total_fees_earned, Unset):
            total_fees_earned = UNSET
        else:
            total_fees_earned = self.total_fees_earned

        total_taker_fees_earned: None | str | Unset
        if isinstance(self.total_taker_fees_earned, Unset):
            total_taker_fees_earned = UNSET
        else:
            total_taker_fees_earned = self.total_taker_fees_earned

        total_maker_fees_earned: None | str | Unset
        if isinstance(self.total_maker_fees_earned, Unset):
            total_maker_fees_earned = UNSET
        else:
            total_maker_fees_earned = self.total_maker_fees_earned

        total_volume: None | str | Unset
        if isinstance(self.total_volume, Unset):
            total_volume = UNSET
        else:
            total_volume = self.total_volume

        total_taker_volume: None | str | Unset
        if isinstance(self.total_taker_volume, Unset):
            total_taker_volume = UNSET
        else:
            total_taker_volume = self.total_taker_volume

        total_maker_volume: None | str | Unset
        if isinstance(self.total_maker_volume, Unset):
            total_maker_volume = UNSET
        else:
            total_maker_volume = self.total_maker_volume

        total_trades: int | None | Unset
        if isinstance(self.total_trades, Unset):
            total_trades = UNSET
        else:
            total_trades = self.total_trades

        total_taker_trades: int | None | Unset
        if isinstance(self.total_taker_trades, Unset):
            total_taker_trades = UNSET
        else:
            total_taker_trades = self.total_taker_trades

        total_maker_trades: int | None | Unset
        if isinstance(self.total_maker_trades, Unset):
            total_maker_trades = UNSET
        else:
            total_maker_trades = self.total_maker_trades

        unique_clients: int | None | Unset
        if isinstance(self.unique_clients, Unset):
            unique_clients = UNSET
        else:
            unique_clients = self.unique_clients

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if total_fees_earned is not UNSET:
            field_dict["total_fees_earned"] = total_fees_earned
        if total_taker_fees_earned is not UNSET:
            field_dict["total_taker_fees_earned"] = total_taker_fees_earned
        if total_maker_fees_earned is not UNSET:
            field_dict["total_maker_fees_earned"] = total_maker_fees_earned
        if total_volume is not UNSET:
            field_dict["total_volume"] = total_volume
        if total_taker_volume is not UNSET:
            field_dict["total_taker_volume"] = total_taker_volume
        if total_maker_volume is not UNSET:
            field_dict["total_maker_volume"] = total_maker_volume
        if total_trades is not UNSET:
            field_dict["total_trades"] = total_trades
        if total_taker_trades is not UNSET:
            field_dict["total_taker_trades"] = total_taker_trades
        if total_maker_trades is not UNSET:
            field_dict["total_maker_trades"] = total_maker_trades
        if unique_clients is not UNSET:
            field_dict["unique_clients"] = unique_clients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_total_fees_earned(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_fees_earned = _parse_total_fees_earned(d.pop("total_fees_earned", UNSET))

        def _parse_total_taker_fees_earned(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_taker_fees_earned = _parse_total_taker_fees_earned(d.pop("total_taker_fees_earned", UNSET))

        def _parse_total_maker_fees_earned(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_maker_fees_earned = _parse_total_maker_fees_earned(d.pop("total_maker_fees_earned", UNSET))

        def _parse_total_volume(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_volume = _parse_total_volume(d.pop("total_volume", UNSET))

        def _parse_total_taker_volume(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_taker_volume = _parse_total_taker_volume(d.pop("total_taker_volume", UNSET))

        def _parse_total_maker_volume(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_maker_volume = _parse_total_maker_volume(d.pop("total_maker_volume", UNSET))

        def _parse_total_trades(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_trades = _parse_total_trades(d.pop("total_trades", UNSET))

        def _parse_total_taker_trades(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_taker_trades = _parse_total_taker_trades(d.pop("total_taker_trades", UNSET))

        def _parse_total_maker_trades(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_maker_trades = _parse_total_maker_trades(d.pop("total_maker_trades", UNSET))

        def _parse_unique_clients(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unique_clients = _parse_unique_clients(d.pop("unique_clients", UNSET))

        partner_stats = cls(
            code=code,
            message=message,
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
