from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lease_entry import LeaseEntry


T = TypeVar("T", bound="RespGetLeases")


@_attrs_define
class RespGetLeases:
    """Answer of `leases` (GET /api/v1/leases)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    leases: list[LeaseEntry] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    next_cursor: None | str | Unset = UNSET
    """ Opaque cursor for the next page; pass it back as `cursor`. Absent or empty on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        leases: list[dict[str, Any]] | None
        if isinstance(self.leases, list):
            leases = []
            for leases_type_0_item_data in self.leases:
                leases_type_0_item = leases_type_0_item_data.to_dict()
                leases.append(leases_type_0_item)

        else:
            leases = self.leases

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "leases": leases,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lease_entry import LeaseEntry  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_leases(data: object) -> list[LeaseEntry] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[LeaseEntry], got {type(data).__name__}")
            leases_type_0 = []
            _leases_type_0 = data
            for leases_type_0_item_data in _leases_type_0:
                leases_type_0_item = LeaseEntry.from_dict(leases_type_0_item_data)

                leases_type_0.append(leases_type_0_item)

            return leases_type_0

        leases = _parse_leases(d.pop("leases"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        resp_get_leases = cls(
            code=code,
            leases=leases,
            message=message,
            next_cursor=next_cursor,
        )

        resp_get_leases.additional_properties = d
        return resp_get_leases

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
