from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Candle")


@_attrs_define
class Candle:
    """One candle in short-key form. The server leaves out zero values, so only `t` is always present."""

    t: int
    """ Start of the candle, unix milliseconds. Always present. """
    o: float | None | Unset = UNSET
    """ Open price; left out when zero. """
    h: float | None | Unset = UNSET
    """ High price; left out when zero. """
    l: float | None | Unset = UNSET
    """ Low price; left out when zero. """
    c: float | None | Unset = UNSET
    """ Close price; left out when zero. """
    v: float | None | Unset = UNSET
    """ Base volume; left out when zero. """
    V: float | None | Unset = UNSET
    """ Quote volume; left out when zero. """
    i: int | None | Unset = UNSET
    """ Id of the last trade in the candle; left out when zero. """
    C: float | None | Unset = UNSET
    """ Close price before rounding. """
    H: float | None | Unset = UNSET
    """ High price before rounding. """
    L: float | None | Unset = UNSET
    """ Low price before rounding. """
    O: float | None | Unset = UNSET
    """ Open price before rounding. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        v: float | None | Unset
        if isinstance(self.v, Unset):
            v = UNSET
        else:
            v = self.v

        V: float | None | Unset
        if isinstance(self.V, Unset):
            V = UNSET
        else:
            V = self.V

        i: int | None | Unset
        if isinstance(self.i, Unset):
            i = UNSET
        else:
            i = self.i

        C: float | None | Unset
        if isinstance(self.C, Unset):
            C = UNSET
        else:
            C = self.C

        H: float | None | Unset
        if isinstance(self.H, Unset):
            H = UNSET
        else:
            H = self.H

        L: float | None | Unset
        if isinstance(self.L, Unset):
            L = UNSET
        else:
            L = self.L

        O: float | None | Unset
        if isinstance(self.O, Unset):
            O = UNSET
        else:
            O = self.O

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": t,
            }
        )
        if o is not UNSET:
            field_dict["o"] = o
        if h is not UNSET:
            field_dict["h"] = h
        if l is not UNSET:
            field_dict["l"] = l
        if c is not UNSET:
            field_dict["c"] = c
        if v is not UNSET:
            field_dict["v"] = v
        if V is not UNSET:
            field_dict["V"] = V
        if i is not UNSET:
            field_dict["i"] = i
        if C is not UNSET:
            field_dict["C"] = C
        if H is not UNSET:
            field_dict["H"] = H
        if L is not UNSET:
            field_dict["L"] = L
        if O is not UNSET:
            field_dict["O"] = O

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        t = d.pop("t")

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

        def _parse_v(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        v = _parse_v(d.pop("v", UNSET))

        def _parse_V(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        V = _parse_V(d.pop("V", UNSET))

        def _parse_i(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        i = _parse_i(d.pop("i", UNSET))

        def _parse_C(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        C = _parse_C(d.pop("C", UNSET))

        def _parse_H(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        H = _parse_H(d.pop("H", UNSET))

        def _parse_L(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        L = _parse_L(d.pop("L", UNSET))

        def _parse_O(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        O = _parse_O(d.pop("O", UNSET))

        candle = cls(
            t=t,
            o=o,
            h=h,
            l=l,
            c=c,
            v=v,
            V=V,
            i=i,
            C=C,
            H=H,
            L=L,
            O=O,
        )

        candle.additional_properties = d
        return candle

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
