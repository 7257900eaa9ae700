from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PnlLeaderboardEntry")


@_attrs_define
class PnlLeaderboardEntry:
    """One row of the PnL leaderboard."""

    rank: int | None | Unset = UNSET
    l1_address: None | str | Unset = UNSET
    """ Ethereum address (0x-prefixed, checksummed or lowercase). """
    account_value: float | None | Unset = UNSET
    pnl: float | None | Unset = UNSET
    roi: float | None | Unset = UNSET
    volume: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rank: int | None | Unset
        if isinstance(self.rank, Unset):
            rank = UNSET
        else:
            rank = self.rank

        l1_address: None | str | Unset
        if isinstance(self.l1_address, Unset):
            l1_address = UNSET
        else:
            l1_address = self.l1_address

        account_value: float | None | Unset
        if isinstance(self.account_value, Unset):
            account_value = UNSET
        else:
            account_value = self.account_value

        pnl: float | None | Unset
        if isinstance(self.pnl, Unset):
            pnl = UNSET
        else:
            pnl = self.pnl

        roi: float | None | Unset
        if isinstance(self.roi, Unset):
            roi = UNSET
        else:
            roi = self.roi

        volume: float | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rank is not UNSET:
            field_dict["rank"] = rank
        if l1_address is not UNSET:
            field_dict["l1_address"] = l1_address
        if account_value is not UNSET:
            field_dict["account_value"] = account_value
        if pnl is not UNSET:
            field_dict["pnl"] = pnl
        if roi is not UNSET:
            field_dict["roi"] = roi
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_rank(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rank = _parse_rank(d.pop("rank", UNSET))

        def _parse_l1_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        l1_address = _parse_l1_address(d.pop("l1_address", UNSET))

        def _parse_account_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        account_value = _parse_account_value(d.pop("account_value", UNSET))

        def _parse_pnl(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        pnl = _parse_pnl(d.pop("pnl", UNSET))

        def _parse_roi(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        roi = _parse_roi(d.pop("roi", UNSET))

        def _parse_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        volume = _parse_volume(d.pop("volume", UNSET))

        pnl_leaderboard_entry = cls(
            rank=rank,
            l1_address=l1_address,
            account_value=account_value,
            pnl=pnl,
            roi=roi,
            volume=volume,
        )

        pnl_leaderboard_entry.additional_properties = d
        return pnl_leaderboard_entry

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
