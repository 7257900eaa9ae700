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
    bps_per_day: float
    expiry_time_ms: int
    spot_close_ms: int
    source: str
    symbol: str
    """ Ticker symbol, e.g. `ETH` or `ETH/USDC`. """
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        bps_per_day = self.bps_per_day

        expiry_time_ms = self.expiry_time_ms

        spot_close_ms = self.spot_close_ms

        source = self.source

        symbol = self.symbol

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
                "bps_per_day": bps_per_day,
                "expiry_time_ms": expiry_time_ms,
                "spot_close_ms": spot_close_ms,
                "source": source,
                "symbol": symbol,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        bps_per_day = d.pop("bps_per_day")

        expiry_time_ms = d.pop("expiry_time_ms")

        spot_close_ms = d.pop("spot_close_ms")

        source = d.pop("source")

        symbol = d.pop("symbol")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        resp_synthetic_spot_info = cls(
            code=code,
            bps_per_day=bps_per_day,
            expiry_time_ms=expiry_time_ms,
            spot_close_ms=spot_close_ms,
            source=source,
            symbol=symbol,
            message=message,
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
