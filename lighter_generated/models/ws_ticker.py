from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_price_level import WsPriceLevel


T = TypeVar("T", bound="WsTicker")


@_attrs_define
class WsTicker:
    """Best bid and offer of a market."""

    s: None | str | Unset = UNSET
    """ Market symbol. """
    a: None | Unset | WsPriceLevel = UNSET
    """ Best ask. """
    b: None | Unset | WsPriceLevel = UNSET
    """ Best bid. """
    last_updated_at: int | None | Unset = UNSET
    """ Time of the last change, unix microseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ws_price_level import WsPriceLevel  # noqa: PLC0415

        s: None | str | Unset
        if isinstance(self.s, Unset):
            s = UNSET
        else:
            s = self.s

        a: dict[str, Any] | None | Unset
        if isinstance(self.a, Unset):
            a = UNSET
        elif isinstance(self.a, WsPriceLevel):
            a = self.a.to_dict()
        else:
            a = self.a

        b: dict[str, Any] | None | Unset
        if isinstance(self.b, Unset):
            b = UNSET
        elif isinstance(self.b, WsPriceLevel):
            b = self.b.to_dict()
        else:
            b = self.b

        last_updated_at: int | None | Unset
        if isinstance(self.last_updated_at, Unset):
            last_updated_at = UNSET
        else:
            last_updated_at = self.last_updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if s is not UNSET:
            field_dict["s"] = s
        if a is not UNSET:
            field_dict["a"] = a
        if b is not UNSET:
            field_dict["b"] = b
        if last_updated_at is not UNSET:
            field_dict["last_updated_at"] = last_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ws_price_level import WsPriceLevel  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_s(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        s = _parse_s(d.pop("s", UNSET))

        def _parse_a(data: object) -> None | Unset | WsPriceLevel:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected WsPriceLevel, got {type(data).__name__}")
            a_type_0 = WsPriceLevel.from_dict(data)

            return a_type_0

        a = _parse_a(d.pop("a", UNSET))

        def _parse_b(data: object) -> None | Unset | WsPriceLevel:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected WsPriceLevel, got {type(data).__name__}")
            b_type_0 = WsPriceLevel.from_dict(data)

            return b_type_0

        b = _parse_b(d.pop("b", UNSET))

        def _parse_last_updated_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_updated_at = _parse_last_updated_at(d.pop("last_updated_at", UNSET))

        ws_ticker = cls(
            s=s,
            a=a,
            b=b,
            last_updated_at=last_updated_at,
        )

        ws_ticker.additional_properties = d
        return ws_ticker

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
