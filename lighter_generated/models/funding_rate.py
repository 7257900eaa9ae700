from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FundingRate")


@_attrs_define
class FundingRate:
    """Current funding rate of a market on one venue."""

    market_id: int
    """ Market index: perpetual markets 0-254, spot markets from 2048; 255 means all markets. """
    exchange: str
    """ Known values: `binance`, `bybit`, `hyperliquid`, `lighter`; others may appear. """
    symbol: str
    """ Ticker symbol, e.g. `ETH` or `ETH/USDC`. """
    rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_id = self.market_id

        exchange = self.exchange

        symbol = self.symbol

        rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_id": market_id,
                "exchange": exchange,
                "symbol": symbol,
                "rate": rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_id = d.pop("market_id")

        exchange = d.pop("exchange")

        symbol = d.pop("symbol")

        rate = d.pop("rate")

        funding_rate = cls(
            market_id=market_id,
            exchange=exchange,
            symbol=symbol,
            rate=rate,
        )

        funding_rate.additional_properties = d
        return funding_rate

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
