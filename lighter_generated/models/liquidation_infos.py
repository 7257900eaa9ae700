from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.liquidation import Liquidation


T = TypeVar("T", bound="LiquidationInfos")


@_attrs_define
class LiquidationInfos:
    """Answer of `liquidations` (GET /api/v1/liquidations)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    liquidations: list[Liquidation] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    next_cursor: None | str | Unset = UNSET
    """ Opaque cursor for the next page; pass it back as `cursor`. Absent or empty on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        liquidations: list[dict[str, Any]] | None
        if isinstance(self.liquidations, list):
            liquidations = []
            for liquidations_type_0_item_data in self.liquidations:
                liquidations_type_0_item = liquidations_type_0_item_data.to_dict()
                liquidations.append(liquidations_type_0_item)

        else:
            liquidations = self.liquidations

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
                "liquidations": liquidations,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.liquidation import Liquidation  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_liquidations(data: object) -> list[Liquidation] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[Liquidation], got {type(data).__name__}")
            liquidations_type_0 = []
            _liquidations_type_0 = data
            for liquidations_type_0_item_data in _liquidations_type_0:
                liquidations_type_0_item = Liquidation.from_dict(liquidations_type_0_item_data)

                liquidations_type_0.append(liquidations_type_0_item)

            return liquidations_type_0

        liquidations = _parse_liquidations(d.pop("liquidations"))

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

        liquidation_infos = cls(
            code=code,
            liquidations=liquidations,
            message=message,
            next_cursor=next_cursor,
        )

        liquidation_infos.additional_properties = d
        return liquidation_infos

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
