from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BinaryOptionMarketStats")


@_attrs_define
class BinaryOptionMarketStats:
    """Live statistics of a binary-option market (also the payload of the `bo_market_stats` WebSocket channel)."""

    symbol: str
    """ Market symbol. """
    market_id: int
    """ Market index. """
    mid_price: str
    """ Middle of the best bid and ask (decimal string). """
    best_ask_price: str
    """ Best ask (decimal string). """
    best_bid_price: str
    """ Best bid (decimal string). """
    last_trade_price: str
    """ Price of the latest trade (decimal string). """
    daily_base_token_volume: float
    """ Shares traded over the last 24 hours. """
    daily_quote_token_volume: float
    """ Quote volume over the last 24 hours. """
    daily_price_low: float
    """ Lowest trade price over the last 24 hours. """
    daily_price_high: float
    """ Highest trade price over the last 24 hours. """
    daily_price_change: float
    """ Price change over the last 24 hours. """
    lifetime_quote_token_volume: float
    """ Quote volume since the market opened. """
    lifetime_base_token_volume: float
    """ Shares traded since the market opened. """
    open_interest: str
    """ Outstanding shares (decimal string). """
    status: str
    """ Known values: `inactive` (window not open yet), `active`, `waiting-for-settlement` (window closed), `in-
    settlement`, `settled`; others may appear. """
    outcome: int
    """ Known values: 0 undecided, 1 and 2 the settled outcome; others may appear. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        market_id = self.market_id

        mid_price = self.mid_price

        best_ask_price = self.best_ask_price

        best_bid_price = self.best_bid_price

        last_trade_price = self.last_trade_price

        daily_base_token_volume = self.daily_base_token_volume

        daily_quote_token_volume = self.daily_quote_token_volume

        daily_price_low = self.daily_price_low

        daily_price_high = self.daily_price_high

        daily_price_change = self.daily_price_change

        lifetime_quote_token_volume = self.lifetime_quote_token_volume

        lifetime_base_token_volume = self.lifetime_base_token_volume

        open_interest = self.open_interest

        status = self.status

        outcome = self.outcome

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "market_id": market_id,
                "mid_price": mid_price,
                "best_ask_price": best_ask_price,
                "best_bid_price": best_bid_price,
                "last_trade_price": last_trade_price,
                "daily_base_token_volume": daily_base_token_volume,
                "daily_quote_token_volume": daily_quote_token_volume,
                "daily_price_low": daily_price_low,
                "daily_price_high": daily_price_high,
                "daily_price_change": daily_price_change,
                "lifetime_quote_token_volume": lifetime_quote_token_volume,
                "lifetime_base_token_volume": lifetime_base_token_volume,
                "open_interest": open_interest,
                "status": status,
                "outcome": outcome,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        market_id = d.pop("market_id")

        mid_price = d.pop("mid_price")

        best_ask_price = d.pop("best_ask_price")

        best_bid_price = d.pop("best_bid_price")

        last_trade_price = d.pop("last_trade_price")

        daily_base_token_volume = d.pop("daily_base_token_volume")

        daily_quote_token_volume = d.pop("daily_quote_token_volume")

        daily_price_low = d.pop("daily_price_low")

        daily_price_high = d.pop("daily_price_high")

        daily_price_change = d.pop("daily_price_change")

        lifetime_quote_token_volume = d.pop("lifetime_quote_token_volume")

        lifetime_base_token_volume = d.pop("lifetime_base_token_volume")

        open_interest = d.pop("open_interest")

        status = d.pop("status")

        outcome = d.pop("outcome")

        binary_option_market_stats = cls(
            symbol=symbol,
            market_id=market_id,
            mid_price=mid_price,
            best_ask_price=best_ask_price,
            best_bid_price=best_bid_price,
            last_trade_price=last_trade_price,
            daily_base_token_volume=daily_base_token_volume,
            daily_quote_token_volume=daily_quote_token_volume,
            daily_price_low=daily_price_low,
            daily_price_high=daily_price_high,
            daily_price_change=daily_price_change,
            lifetime_quote_token_volume=lifetime_quote_token_volume,
            lifetime_base_token_volume=lifetime_base_token_volume,
            open_interest=open_interest,
            status=status,
            outcome=outcome,
        )

        binary_option_market_stats.additional_properties = d
        return binary_option_market_stats

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
