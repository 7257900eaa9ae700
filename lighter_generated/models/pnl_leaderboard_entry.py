from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PnlLeaderboardEntry")


@_attrs_define
class PnlLeaderboardEntry:
    """One row of the PnL leaderboard."""

    rank: int
    l1_address: str
    """ Ethereum address (0x-prefixed, checksummed or lowercase). """
    account_value: float
    pnl: float
    roi: float
    volume: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rank = self.rank

        l1_address = self.l1_address

        account_value = self.account_value

        pnl = self.pnl

        roi = self.roi

        volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rank": rank,
                "l1_address": l1_address,
                "account_value": account_value,
                "pnl": pnl,
                "roi": roi,
                "volume": volume,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rank = d.pop("rank")

        l1_address = d.pop("l1_address")

        account_value = d.pop("account_value")

        pnl = d.pop("pnl")

        roi = d.pop("roi")

        volume = d.pop("volume")

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
