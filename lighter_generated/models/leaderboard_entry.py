from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LeaderboardEntry")


@_attrs_define
class LeaderboardEntry:
    """One row of the points leaderboard."""

    l1_address: str
    """ Ethereum address (0x-prefixed, checksummed or lowercase). """
    points: float
    entry: int
    entry_id: int
    metadata: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        l1_address = self.l1_address

        points = self.points

        entry = self.entry

        entry_id = self.entry_id

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "l1_address": l1_address,
                "points": points,
                "entry": entry,
                "entryId": entry_id,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        l1_address = d.pop("l1_address")

        points = d.pop("points")

        entry = d.pop("entry")

        entry_id = d.pop("entryId")

        metadata = d.pop("metadata")

        leaderboard_entry = cls(
            l1_address=l1_address,
            points=points,
            entry=entry,
            entry_id=entry_id,
            metadata=metadata,
        )

        leaderboard_entry.additional_properties = d
        return leaderboard_entry

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
