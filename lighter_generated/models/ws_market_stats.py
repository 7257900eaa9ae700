from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsMarketStats")


@_attrs_define
class WsMarketStats:
    """Prices, funding and 24-hour statistics of one market. Decimal strings unless noted."""

    symbol: None | str | Unset = UNSET
    market_id: int | None | Unset = UNSET
    index_price: None | str | Unset = UNSET
    mark_price: None | str | Unset = UNSET
    open_interest: None | str | Unset = UNSET
    open_interest_limit: None | str | Unset = UNSET
    funding_clamp_small: None | str | Unset = UNSET
    funding_clamp_big: None | str | Unset = UNSET
    last_trade_price: None | str | Unset = UNSET
    current_funding_rate: None | str | Unset = UNSET
    """ Funding rate accrued so far in the current period (percent). """
    funding_rate: None | str | Unset = UNSET
    """ Funding rate of the last settled period (percent). """
    funding_timestamp: int | None | Unset = UNSET
    """ Time of the last funding settlement, unix milliseconds. """
    daily_base_token_volume: float | None | Unset = UNSET
    """ JSON number. """
    daily_quote_token_volume: float | None | Unset = UNSET
    """ JSON number. """
    daily_price_low: float | None | Unset = UNSET
    """ JSON number. """
    daily_price_high: float | None | Unset = UNSET
    """ JSON number. """
    daily_price_change: float | None | Unset = UNSET
    """ Percent, JSON number. """
    mid_price: None | str | Unset = UNSET
    """ Mid of the best bid and ask (decimal string). Not in the asyncapi; sent by the real exchange per the
    official TypeScript client. """
    best_bid_price: None | str | Unset = UNSET
    """ Best bid price (decimal string). Not in the asyncapi; sent by the real exchange per the official TypeScript
    client. """
    best_ask_price: None | str | Unset = UNSET
    """ Best ask price (decimal string). Not in the asyncapi; sent by the real exchange per the official TypeScript
    client. """
    premium: None | str | Unset = UNSET
    """ Current funding premium (mark - index) / index, decimal string. Not in the asyncapi; sent by the real
    exchange per the official TypeScript client. """
    base_interest_rate: None | str | Unset = UNSET
    """ Interest part of the funding rate, percent per 8 hours (decimal string). Not in the asyncapi; sent by the
    real exchange per the official TypeScript client. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        market_id: int | None | Unset
        if isinstance(self.market_id, Unset):
            market_id = UNSET
        else:
            market_id = self.market_id

        index_price: None | str | Unset
        if isinstance(self.index_price, Unset):
            index_price = UNSET
        else:
            index_price = self.index_price

        mark_price: None | str | Unset
        if isinstance(self.mark_price, Unset):
            mark_price = UNSET
        else:
            mark_price = self.mark_price

        open_interest: None | str | Unset
        if isinstance(self.open_interest, Unset):
            open_interest = UNSET
        else:
            open_interest = self.open_interest

        open_interest_limit: None | str | Unset
        if isinstance(self.open_interest_limit, Unset):
            open_interest_limit = UNSET
        else:
            open_interest_limit = self.open_interest_limit

        funding_clamp_small: None | str | Unset
        if isinstance(self.funding_clamp_small, Unset):
            funding_clamp_small = UNSET
        else:
            funding_clamp_small = self.funding_clamp_small

        funding_clamp_big: None | str | Unset
        if isinstance(self.funding_clamp_big, Unset):
            funding_clamp_big = UNSET
        else:
            funding_clamp_big = self.funding_clamp_big

        last_trade_price: None | str | Unset
        if isinstance(self.last_trade_price, Unset):
            last_trade_price = UNSET
        else:
            last_trade_price = self.last_trade_price

        current_funding_rate: None | str | Unset
        if isinstance(self.current_funding_rate, Unset):
            current_funding_rate = UNSET
        else:
            current_funding_rate = self.current_funding_rate

        funding_rate: None | str | Unset
        if isinstance(self.funding_rate, Unset):
            funding_rate = UNSET
        else:
            funding_rate = self.funding_rate

        funding_timestamp: int | None | Unset
        if isinstance(self.funding_timestamp, Unset):
            funding_timestamp = UNSET
        else:
            funding_timestamp = self.funding_timestamp

        daily_base_token_volume: float | None | Unset
        if isinstance(self.daily_base_token_volume, Unset):
            daily_base_token_volume = UNSET
        else:
            daily_base_token_volume = self.daily_base_token_volume

        daily_quote_token_volume: float | None | Unset
        if isinstance(self.daily_quote_token_volume, Unset):
            daily_quote_token_volume = UNSET
        else:
            daily_quote_token_volume = self.daily_quote_token_volume

        daily_price_low: float | None | Unset
        if isinstance(self.daily_price_low, Unset):
            daily_price_low = UNSET
        else:
            daily_price_low = self.daily_price_low

        daily_price_high: float | None | Unset
        if isinstance(self.daily_price_high, Unset):
            daily_price_high = UNSET
        else:
            daily_price_high = self.daily_price_high

        daily_price_change: float | None | Unset
        if isinstance(self.daily_price_change, Unset):
            daily_price_change = UNSET
        else:
            daily_price_change = self.daily_price_change

        mid_price: None | str | Unset
        if isinstance(self.mid_price, Unset):
            mid_price = UNSET
        else:
            mid_price = self.mid_price

        best_bid_price: None | str | Unset
        if isinstance(self.best_bid_price, Unset):
            best_bid_price = UNSET
        else:
            best_bid_price = self.best_bid_price

        best_ask_price: None | str | Unset
        if isinstance(self.best_ask_price, Unset):
            best_ask_price = UNSET
        else:
            best_ask_price = self.best_ask_price

        premium: None | str | Unset
        if isinstance(self.premium, Unset):
            premium = UNSET
        else:
            premium = self.premium

        base_interest_rate: None | str | Unset
        if isinstance(self.base_interest_rate, Unset):
            base_interest_rate = UNSET
        else:
            base_interest_rate = self.base_interest_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if index_price is not UNSET:
            field_dict["index_price"] = index_price
        if mark_price is not UNSET:
            field_dict["mark_price"] = mark_price
        if open_interest is not UNSET:
            field_dict["open_interest"] = open_interest
        if open_interest_limit is not UNSET:
            field_dict["open_interest_limit"] = open_interest_limit
        if funding_clamp_small is not UNSET:
            field_dict["funding_clamp_small"] = funding_clamp_small
        if funding_clamp_big is not UNSET:
            field_dict["funding_clamp_big"] = funding_clamp_big
        if last_trade_price is not UNSET:
            field_dict["last_trade_price"] = last_trade_price
        if current_funding_rate is not UNSET:
            field_dict["current_funding_rate"] = current_funding_rate
        if funding_rate is not UNSET:
            field_dict["funding_rate"] = funding_rate
        if funding_timestamp is not UNSET:
            field_dict["funding_timestamp"] = funding_timestamp
        if daily_base_token_volume is not UNSET:
            field_dict["daily_base_token_volume"] = daily_base_token_volume
        if daily_quote_token_volume is not UNSET:
            field_dict["daily_quote_token_volume"] = daily_quote_token_volume
        if daily_price_low is not UNSET:
            field_dict["daily_price_low"] = daily_price_low
        if daily_price_high is not UNSET:
            field_dict["daily_price_high"] = daily_price_high
        if daily_price_change is not UNSET:
            field_dict["daily_price_change"] = daily_price_change
        if mid_price is not UNSET:
            field_dict["mid_price"] = mid_price
        if best_bid_price is not UNSET:
            field_dict["best_bid_price"] = best_bid_price
        if best_ask_price is not UNSET:
            field_dict["best_ask_price"] = best_ask_price
        if premium is not UNSET:
            field_dict["premium"] = premium
        if base_interest_rate is not UNSET:
            field_dict["base_interest_rate"] = base_interest_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(d.pop("symbol", UNSET))

        def _parse_market_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        market_id = _parse_market_id(d.pop("market_id", UNSET))

        def _parse_index_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        index_price = _parse_index_price(d.pop("index_price", UNSET))

        def _parse_mark_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mark_price = _parse_mark_price(d.pop("mark_price", UNSET))

        def _parse_open_interest(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        open_interest = _parse_open_interest(d.pop("open_interest", UNSET))

        def _parse_open_interest_limit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        open_interest_limit = _parse_open_interest_limit(d.pop("open_interest_limit", UNSET))

        def _parse_funding_clamp_small(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        funding_clamp_small = _parse_funding_clamp_small(d.pop("funding_clamp_small", UNSET))

        def _parse_funding_clamp_big(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        funding_clamp_big = _parse_funding_clamp_big(d.pop("funding_clamp_big", UNSET))

        def _parse_last_trade_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_trade_price = _parse_last_trade_price(d.pop("last_trade_price", UNSET))

        def _parse_current_funding_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_funding_rate = _parse_current_funding_rate(d.pop("current_funding_rate", UNSET))

        def _parse_funding_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        funding_rate = _parse_funding_rate(d.pop("funding_rate", UNSET))

        def _parse_funding_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        funding_timestamp = _parse_funding_timestamp(d.pop("funding_timestamp", UNSET))

        def _parse_daily_base_token_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        daily_base_token_volume = _parse_daily_base_token_volume(d.pop("daily_base_token_volume", UNSET))

        def _parse_daily_quote_token_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        daily_quote_token_volume = _parse_daily_quote_token_volume(d.pop("daily_quote_token_volume", UNSET))

        def _parse_daily_price_low(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        daily_price_low = _parse_daily_price_low(d.pop("daily_price_low", UNSET))

        def _parse_daily_price_high(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        daily_price_high = _parse_daily_price_high(d.pop("daily_price_high", UNSET))

        def _parse_daily_price_change(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        daily_price_change = _parse_daily_price_change(d.pop("daily_price_change", UNSET))

        def _parse_mid_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mid_price = _parse_mid_price(d.pop("mid_price", UNSET))

        def _parse_best_bid_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        best_bid_price = _parse_best_bid_price(d.pop("best_bid_price", UNSET))

        def _parse_best_ask_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        best_ask_price = _parse_best_ask_price(d.pop("best_ask_price", UNSET))

        def _parse_premium(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        premium = _parse_premium(d.pop("premium", UNSET))

        def _parse_base_interest_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_interest_rate = _parse_base_interest_rate(d.pop("base_interest_rate", UNSET))

        ws_market_stats = cls(
            symbol=symbol,
            market_id=market_id,
            index_price=index_price,
            mark_price=mark_price,
            open_interest=open_interest,
            open_interest_limit=open_interest_limit,
            funding_clamp_small=funding_clamp_small,
            funding_clamp_big=funding_clamp_big,
            last_trade_price=last_trade_price,
            current_funding_rate=current_funding_rate,
            funding_rate=funding_rate,
            funding_timestamp=funding_timestamp,
            daily_base_token_volume=daily_base_token_volume,
            daily_quote_token_volume=daily_quote_token_volume,
            daily_price_low=daily_price_low,
            daily_price_high=daily_price_high,
            daily_price_change=daily_price_change,
            mid_price=mid_price,
            best_bid_price=best_bid_price,
            best_ask_price=best_ask_price,
            premium=premium,
            base_interest_rate=base_interest_rate,
        )

        ws_market_stats.additional_properties = d
        return ws_market_stats

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
