from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.up_down_candle import UpDownCandle


T = TypeVar("T", bound="RespGetUpDownCandles")


@_attrs_define
class RespGetUpDownCandles:
    """Candles of an up/down market series."""

    code: int
    """ Result code: 200 on success. """
    candles: list[UpDownCandle]
    """ Candles, oldest first. """
    message: None | str | Unset = UNSET
    """ Message. """
    next_cursor: int | None | Unset = UNSET
    """ `start_timestamp` of the next page; 0 when the range is exhausted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        candles = []
        for candles_item_data in self.candles:
            candles_item = candles_item_data.to_dict()
            candles.append(candles_item)

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        next_cursor: int | None | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "candles": candles,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.up_down_candle import UpDownCandle  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        candles = []
        _candles = d.pop("candles")
        for candles_item_data in _candles:
            candles_item = UpDownCandle.from_dict(candles_item_data)

            candles.append(candles_item)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_next_cursor(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        resp_get_up_down_candles = cls(
            code=code,
            candles=candles,
            message=message,
            next_cursor=next_cursor,
        )

        resp_get_up_down_candles.additional_properties = d
        return resp_get_up_down_candles

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
