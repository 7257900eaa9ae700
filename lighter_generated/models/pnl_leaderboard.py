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
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    entries: list[PnlLeaderboardEntry] | None | Unset = UNSET
    total: int | None | Unset = UNSET
    """ Number of entries in this answer. """
    updated_at: int | None | Unset = UNSET
    """ Last update time (unix timestamp). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        entries: list[dict[str, Any]] | None | Unset
        if isinstance(self.entries, Unset):
            entries = UNSET
        elif isinstance(self.entries, list):
            entries = []
            for entries_type_0_item_data in self.entries:
                entries_type_0_item = entries_type_0_item_data.to_dict()
                entries.append(entries_type_0_item)

        else:
            entries = self.entries

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if entries is not UNSET:
            field_dict["entries"] = entries
        if total is not UNSET:
            field_dict["total"] = total
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pnl_leaderboard_entry import PnlLeaderboardEntry  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_entries(data: object) -> list[PnlLeaderboardEntry] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[PnlLeaderboardEntry], got {type(data).__name__}")
            entries_type_0 = []
            _entries_type_0 = data
            for entries_type_0_item_data in _entries_type_0:
                entries_type_0_item = PnlLeaderboardEntry.from_dict(entries_type_0_item_data)

                entries_type_0.append(entries_type_0_item)

            return entries_type_0

        entries = _parse_entries(d.pop("entries", UNSET))

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_updated_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        pnl_leaderboard = cls(
            code=code,
            message=message,
            entries=entries,
            total=total,
            updated_at=updated_at,
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
