from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pnl_leaderboard_entry import PnlLeaderboardEntry


T = TypeVar("T", bound="PnlLeaderboard")


@_attrs_define
class PnlLeaderboard:
    """Answer of `pnl_leaderboard` (GET /api/v1/pnlLeaderboard)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    entries: list[PnlLeaderboardEntry] | None
    total: int
    """ Number of entries in this answer. """
    updated_at: int
    """ Last update time (unix timestamp). """
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        entries: list[dict[str, Any]] | None
        if isinstance(self.entries, list):
            entries = []
            for entries_type_0_item_data in self.entries:
                entries_type_0_item = entries_type_0_item_data.to_dict()
                entries.append(entries_type_0_item)

        else:
            entries = self.entries

        total = self.total

        updated_at = self.updated_at

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
                "entries": entries,
                "total": total,
                "updated_at": updated_at,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pnl_leaderboard_entry import PnlLeaderboardEntry  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_entries(data: object) -> list[PnlLeaderboardEntry] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[PnlLeaderboardEntry], got {type(data).__name__}")
            entries_type_0 = []
            _entries_type_0 = data
            for entries_type_0_item_data in _entries_type_0:
                entries_type_0_item = PnlLeaderboardEntry.from_dict(entries_type_0_item_data)

                entries_type_0.append(entries_type_0_item)

            return entries_type_0

        entries = _parse_entries(d.pop("entries"))

        total = d.pop("total")

        updated_at = d.pop("updated_at")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        pnl_leaderboard = cls(
            code=code,
            entries=entries,
            total=total,
            updated_at=updated_at,
            message=message,
        )

        pnl_leaderboard.additional_properties = d
        return pnl_leaderboard

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
