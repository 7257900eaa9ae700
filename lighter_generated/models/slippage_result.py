from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SlippageResult")


@_attrs_define
class SlippageResult:
    """Average slippage for one order size on one venue."""

    exchange: str
    market: str
    size_usd: int
    avg_slippage: float
    data_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange = self.exchange

        market = self.market

        size_usd = self.size_usd

        avg_slippage = self.avg_slippage

        data_count = self.data_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange": exchange,
                "market": market,
                "size_usd": size_usd,
                "avg_slippage": avg_slippage,
                "data_count": data_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exchange = d.pop("exchange")

        market = d.pop("market")

        size_usd = d.pop("size_usd")

        avg_slippage = d.pop("avg_slippage")

        data_count = d.pop("data_count")

        slippage_result = cls(
            exchange=exchange,
            market=market,
            size_usd=size_usd,
            avg_slippage=avg_slippage,
            data_count=data_count,
        )

        slippage_result.additional_properties = d
        return slippage_result

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
