from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.announcement import Announcement


T = TypeVar("T", bound="Announcements")


@_attrs_define
class Announcements:
    """Answer of `announcement` (GET /api/v1/announcement)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    announcements: list[Announcement] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        announcements: list[dict[str, Any]] | None
        if isinstance(self.announcements, list):
            announcements = []
            for announcements_type_0_item_data in self.announcements:
                announcements_type_0_item = announcements_type_0_item_data.to_dict()
                announcements.append(announcements_type_0_item)

        else:
            announcements = self.announcements

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
                "announcements": announcements,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.announcement import Announcement  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_announcements(data: object) -> list[Announcement] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[Announcement], got {type(data).__name__}")
            announcements_type_0 = []
            _announcements_type_0 = data
            for announcements_type_0_item_data in _announcements_type_0:
                announcements_type_0_item = Announcement.from_dict(announcements_type_0_item_data)

                announcements_type_0.append(announcements_type_0_item)

            return announcements_type_0

        announcements = _parse_announcements(d.pop("announcements"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        announcements = cls(
            code=code,
            announcements=announcements,
            message=message,
        )

        announcements.additional_properties = d
        return announcements

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
