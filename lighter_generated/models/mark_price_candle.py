from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarkPriceCandle")


@_attrs_define
class MarkPriceCandle:
    """One mark-price candle."""

    t: int | None | Unset = UNSET
    o: float | None | Unset = UNSET
    h: float | None | Unset = UNSET
    l: float | None | Unset = UNSET
    c: float | None | Unset = UNSET
    sc: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        t: int | None | Unset
        if isinstance(self.t, Unset):
            t = UNSET
        else:
            t = self.t

        o: float | None | Unset
        if isinstance(self.o, Unset):
            o = UNSET
        else:
            o = self.o

        h: float | None | Unset
        if isinstance(self.h, Unset):
            h = UNSET
        else:
            h = self.h

        l: float | None | Unset
        if isinstance(self.l, Unset):
            l = UNSET
        else:
            l = self.l

        c: float | None | Unset
        if isinstance(self.c, Unset):
            c = UNSET
        else:
            c = self.c

        sc: int | None | Unset
        if isinstance(self.sc, Unset):
            sc = UNSET
        else:
            sc = self.sc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if t is not UNSET:
            field_dict["t"] = t
        if o is not UNSET:
            field_dict["o"] = o
        if h is not UNSET:
            field_dict["h"] = h
        if l is not UNSET:
            field_dict["l"] = l
        if c is not UNSET:
            field_dict["c"] = c
        if sc is not UNSET:
            field_dict["sc"] = sc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_t(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        t = _parse_t(d.pop("t", UNSET))

        def _parse_o(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        o = _parse_o(d.pop("o", UNSET))

        def _parse_h(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        h = _parse_h(d.pop("h", UNSET))

        def _parse_l(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        l = _parse_l(d.pop("l", UNSET))

        def _parse_c(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        c = _parse_c(d.pop("c", UNSET))

        def _parse_sc(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sc = _parse_sc(d.pop("sc", UNSET))

        mark_price_candle = cls(
            t=t,
            o=o,
            h=h,
            l=l,
            c=c,
            sc=sc,
        )

        mark_price_candle.additional_properties = d
        return mark_price_candle

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
