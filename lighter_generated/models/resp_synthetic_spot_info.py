from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RespSyntheticSpotInfo")


@_attrs_define
class RespSyntheticSpotInfo:
    """Answer of `synthetic_spot_info` (GET /api/v1/syntheticSpotInfo)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    bps_per_day: float | None | Unset = UNSET
    expiry_time_ms: int | None | Unset = UNSET
    spot_close_ms: int | None | Unset = UNSET
    source: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    """ Ticker symbol, e.g. `ETH` or `ETH/USDC`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        bps_per_day: float | None | Unset
        if isinstance(self.bps_per_day, Unset):
            bps_per_day = UNSET
        else:
            bps_per_day = self.bps_per_day

        expiry_time_ms: int | None | Unset
        if isinstance(self.expiry_time_ms, Unset):
            expiry_time_ms = UNSET
        else:
            expiry_time_ms = self.expiry_time_ms

        spot_close_ms: int | None | Unset
        if isinstance(self.spot_close_ms, Unset):
            spot_close_ms = UNSET
        else:
            spot_close_ms = self.spot_close_ms

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if bps_per_day is not UNSET:
            field_dict["bps_per_day"] = bps_per_day
        if expiry_time_ms is not UNSET:
            field_dict["expiry_time_ms"] = expiry_time_ms
        if spot_close_ms is not UNSET:
            field_dict["spot_close_ms"] = spot_close_ms
        if source is not UNSET:
            field_dict["source"] = source
        if symbol is not UNSET:
            field_dict["symbol"] = symbol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_bps_per_day(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        bps_per_day = _parse_bps_per_day(d.pop("bps_per_day", UNSET))

        def _parse_expiry_time_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expiry_time_ms = _parse_expiry_time_ms(d.pop("expiry_time_ms", UNSET))

        def _parse_spot_close_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        spot_close_ms = _parse_spot_close_ms(d.pop("spot_close_ms", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(d.pop("symbol", UNSET))

        resp_synthetic_spot_info = cls(
            code=code,
            message=message,
            bps_per_day=bps_per_day,
            expiry_time_ms=expiry_time_ms,
            spot_close_ms=spot_close_ms,
            source=source,
            symbol=symbol,
        )

        resp_synthetic_spot_info.additional_properties = d
        return resp_synthetic_spot_info

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
