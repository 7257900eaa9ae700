from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SlippageResult")


@_attrs_define
class SlippageResult:
    """Average slippage for one order size on one venue."""

    exchange: None | str | Unset = UNSET
    market: None | str | Unset = UNSET
    size_usd: int | None | Unset = UNSET
    avg_slippage: float | None | Unset = UNSET
    data_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        market: None | str | Unset
        if isinstance(self.market, Unset):
            market = UNSET
        else:
            market = self.market

        size_usd: int | None | Unset
        if isinstance(self.size_usd, Unset):
            size_usd = UNSET
        else:
            size_usd = self.size_usd

        avg_slippage: float | None | Unset
        if isinstance(self.avg_slippage, Unset):
            avg_slippage = UNSET
        else:
            avg_slippage = self.avg_slippage

        data_count: int | None | Unset
        if isinstance(self.data_count, Unset):
            data_count = UNSET
        else:
            data_count = self.data_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if market is not UNSET:
            field_dict["market"] = market
        if size_usd is not UNSET:
            field_dict["size_usd"] = size_usd
        if avg_slippage is not UNSET:
            field_dict["avg_slippage"] = avg_slippage
        if data_count is not UNSET:
            field_dict["data_count"] = data_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange = _parse_exchange(d.pop("exchange", UNSET))

        def _parse_market(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        market = _parse_market(d.pop("market", UNSET))

        def _parse_size_usd(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size_usd = _parse_size_usd(d.pop("size_usd", UNSET))

        def _parse_avg_slippage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        avg_slippage = _parse_avg_slippage(d.pop("avg_slippage", UNSET))

        def _parse_data_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_count = _parse_data_count(d.pop("data_count", UNSET))

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
