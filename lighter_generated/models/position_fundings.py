from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.position_funding import PositionFunding


T = TypeVar("T", bound="PositionFundings")


@_attrs_define
class PositionFundings:
    """Answer of `position_funding` (GET /api/v1/positionFunding)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    position_fundings: list[PositionFunding] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    next_cursor: None | str | Unset = UNSET
    """ Opaque cursor for the next page; pass it back as `cursor`. Absent or empty on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        position_fundings: list[dict[str, Any]] | None
        if isinstance(self.position_fundings, list):
            position_fundings = []
            for position_fundings_type_0_item_data in self.position_fundings:
                position_fundings_type_0_item = position_fundings_type_0_item_data.to_dict()
                position_fundings.append(position_fundings_type_0_item)

        else:
            position_fundings = self.position_fundings

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
                "position_fundings": position_fundings,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.position_funding import PositionFunding  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_position_fundings(data: object) -> list[PositionFunding] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[PositionFunding], got {type(data).__name__}")
            position_fundings_type_0 = []
            _position_fundings_type_0 = data
            for position_fundings_type_0_item_data in _position_fundings_type_0:
                position_fundings_type_0_item = PositionFunding.from_dict(position_fundings_type_0_item_data)

                position_fundings_type_0.append(position_fundings_type_0_item)

            return position_fundings_type_0

        position_fundings = _parse_position_fundings(d.pop("position_fundings"))

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

        position_fundings = cls(
            code=code,
            position_fundings=position_fundings,
            message=message,
            next_cursor=next_cursor,
        )

        position_fundings.additional_properties = d
        return position_fundings

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
