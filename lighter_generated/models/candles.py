from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.candle import Candle


T = TypeVar("T", bound="Candles")


@_attrs_define
class Candles:
    """Answer of `candles` (GET /api/v1/candles)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    r: None | str | Unset = UNSET
    """ Resolution of the candles (e.g. `1m`). """
    c: list[Candle] | None | Unset = UNSET
    """ The candles, oldest first. """
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        r: None | str | Unset
        if isinstance(self.r, Unset):
            r = UNSET
        else:
            r = self.r

        c: list[dict[str, Any]] | None | Unset
        if isinstance(self.c, Unset):
            c = UNSET
        elif isinstance(self.c, list):
            c = []
            for c_type_0_item_data in self.c:
                c_type_0_item = c_type_0_item_data.to_dict()
                c.append(c_type_0_item)

        else:
            c = self.c

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
            }
        )
        if r is not UNSET:
            field_dict["r"] = r
        if c is not UNSET:
            field_dict["c"] = c
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.candle import Candle  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_r(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        r = _parse_r(d.pop("r", UNSET))

        def _parse_c(data: object) -> list[Candle] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[Candle], got {type(data).__name__}")
            c_type_0 = []
            _c_type_0 = data
            for c_type_0_item_data in _c_type_0:
                c_type_0_item = Candle.from_dict(c_type_0_item_data)

                c_type_0.append(c_type_0_item)

            return c_type_0

        c = _parse_c(d.pop("c", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        candles = cls(
            code=code,
            r=r,
            c=c,
            message=message,
        )

        candles.additional_properties = d
        return candles

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
