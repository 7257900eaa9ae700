from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market_config import MarketConfig
    from ..models.perps_order_book_detail_daily_chart_type_0 import (
        PerpsOrderBookDetailDailyChartType0,
    )


T = TypeVar("T", bound="PerpsOrderBookDetail")


@_attrs_define
class PerpsOrderBookDetail:
    """A perpetual market: trading rules, scaling decimals, margin fractions and 24-hour statistics."""

    symbol: str
    """ Ticker symbol, e.g. `ETH` or `ETH/USDC`. """
    market_id: int
    """ Market index: perpetual markets 0-254, spot markets from 2048; 255 means all markets. """
    status: str
    """ Known values: `inactive`, `active`; others may appear. """
    taker_fee: str
    """ Taker fee. """
    maker_fee: str
    """ Maker fee. """
    liquidation_fee: str
    min_base_amount: str
    """ Smallest order size (decimal string). """
    min_quote_amount: str
    """ Smallest order value in quote (decimal string). """
    supported_size_decimals: int
    """ Decimals accepted for order sizes. """
    supported_price_decimals: int
    """ Decimals accepted for order prices. """
    supported_quote_decimals: int
    """ Decimals of quote amounts. """
    order_quote_limit: str
    """ Largest order value in quote (decimal string; may be empty). """
    size_decimals: int
    """ Decimals of sizes: base_amount = size x 10^size_decimals. """
    price_decimals: int
    """ Decimals of prices: price integer = price x 10^price_decimals. """
    quote_multiplier: int
    default_initial_margin_fraction: int
    """ Default initial margin fraction (basis 10,000: 500 = 5% = 20x). """
    min_initial_margin_fraction: int
    """ Lowest initial margin fraction allowed (basis 10,000). """
    maintenance_margin_fraction: int
    """ Maintenance margin fraction (basis 10,000). """
    closeout_margin_fraction: int
    """ Close-out margin fraction (basis 10,000). """
    last_trade_price: float
    """ Price of the last trade. """
    daily_trades_count: int
    """ Trades in the last 24 hours. """
    daily_base_token_volume: float
    """ Base volume of the last 24 hours. """
    daily_quote_token_volume: float
    """ Quote volume of the last 24 hours. """
    daily_price_low: float
    """ Lowest price of the last 24 hours. """
    daily_price_high: float
    """ Highest price of the last 24 hours. """
    daily_price_change: float
    """ Price change of the last 24 hours, in percent. """
    open_interest: float
    """ Open interest. """
    daily_chart: list[Any] | None | PerpsOrderBookDetailDailyChartType0 | str
    """ Hourly prices of the last 24 hours keyed by unix time, as a JSON object. Some recorded answers hold an
    empty array or a string (the official spec's example `{1640995200:3024.66}`) instead; those are kept
    as received rather than failing the whole answer over a chart.
     """
    market_config: MarketConfig
    """ Per-market switches (margin mode, reduce-only, trading hours, visibility). """
    market_type: None | str | Unset = UNSET
    """ Known values: `perp`, `spot`; others may appear. """
    base_asset_id: int | None | Unset = UNSET
    quote_asset_id: int | None | Unset = UNSET
    strategy_index: int | None | Unset = UNSET
    is_maker_fee_enabled: bool | None | Unset = UNSET
    is_taker_fee_enabled: bool | None | Unset = UNSET
    funding_clamp_small: None | str | Unset = UNSET
    funding_clamp_big: None | str | Unset = UNSET
    base_interest_rate: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    """ Creation time (unix timestamp). """
    mark_price: None | str | Unset = UNSET
    index_price: None | str | Unset = UNSET
    multiplier: None | str | Unset = UNSET
    market_flags: int | None | Unset = UNSET
    funding_premium_multiplier: int | None | Unset = UNSET
    settlement_type: int | None | Unset = UNSET
    """ Binary options: how the market settles (known values 0 and 1; others may appear). """
    settlement_price: int | None | Unset = UNSET
    """ Binary options: settlement price in price ticks (0 before settlement). """
    settlement_cap: int | None | Unset = UNSET
    """ Binary options: upper bound of the settlement price, in price ticks. """
    outcome: int | None | Unset = UNSET
    """ Binary options: 0 while undecided, then the settled outcome (known values 1 and 2). """
    is_frozen: bool | None | Unset = UNSET
    """ True while trading in the market is frozen. """
    start_timestamp: int | None | Unset = UNSET
    """ Binary options: start of the trading window (Unix seconds). """
    end_timestamp: int | None | Unset = UNSET
    """ Binary options: end of the trading window (Unix seconds). """
    default_price: int | None | Unset = UNSET
    """ Binary options: price used before any trade, in price ticks. """
    operator_account_index: int | None | Unset = UNSET
    """ Binary options: the account that operates and settles the market. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.perps_order_book_detail_daily_chart_type_0 import (
            PerpsOrderBookDetailDailyChartType0,  # noqa: PLC0415
        )

        symbol = self.symbol

        market_id = self.market_id

        status = self.status

        taker_fee = self.taker_fee

        maker_fee = self.maker_fee

        liquidation_fee = self.liquidation_fee

        min_base_amount = self.min_base_amount

        min_quote_amount = self.min_quote_amount

        supported_size_decimals = self.supported_size_decimals

        supported_price_decimals = self.supported_price_decimals

        supported_quote_decimals = self.supported_quote_decimals

        order_quote_limit = self.order_quote_limit

        size_decimals = self.size_decimals

        price_decimals = self.price_decimals

        quote_multiplier = self.quote_multiplier

        default_initial_margin_fraction = self.default_initial_margin_fraction

        min_initial_margin_fraction = self.min_initial_margin_fraction

        maintenance_margin_fraction = self.maintenance_margin_fraction

        closeout_margin_fraction = self.closeout_margin_fraction

        last_trade_price = self.last_trade_price

        daily_trades_count = self.daily_trades_count

        daily_base_token_volume = self.daily_base_token_volume

        daily_quote_token_volume = self.daily_quote_token_volume

        daily_price_low = self.daily_price_low

        daily_price_high = self.daily_price_high

        daily_price_change = self.daily_price_change

        open_interest = self.open_interest

        daily_chart: dict[str, Any] | list[Any] | None | str
        if isinstance(self.daily_chart, PerpsOrderBookDetailDailyChartType0):
            daily_chart = self.daily_chart.to_dict()
        elif isinstance(self.daily_chart, list):
            daily_chart = self.daily_chart

        else:
            daily_chart = self.daily_chart

        market_config = self.market_config.to_dict()

        market_type: None | str | Unset
        if isinstance(self.market_type, Unset):
            market_type = UNSET
        else:
            market_type = self.market_type

        base_asset_id: int | None | Unset
        if isinstance(self.base_asset_id, Unset):
            base_asset_id = UNSET
        else:
            base_asset_id = self.base_asset_id

        quote_asset_id: int | None | Unset
        if isinstance(self.quote_asset_id, Unset):
            quote_asset_id = UNSET
        else:
            quote_asset_id = self.quote_asset_id

        strategy_index: int | None | Unset
        if isinstance(self.strategy_index, Unset):
            strategy_index = UNSET
        else:
            strategy_index = self.strategy_index

        is_maker_fee_enabled: bool | None | Unset
        if isinstance(self.is_maker_fee_enabled, Unset):
            is_maker_fee_enabled = UNSET
        else:
            is_maker_fee_enabled = self.is_maker_fee_enabled

        is_taker_fee_enabled: bool | None | Unset
        if isinstance(self.is_taker_fee_enabled, Unset):
            is_taker_fee_enabled = UNSET
        else:
            is_taker_fee_enabled = self.is_taker_fee_enabled

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

        base_interest_rate: None | str | Unset
        if isinstance(self.base_interest_rate, Unset):
            base_interest_rate = UNSET
        else:
            base_interest_rate = self.base_interest_rate

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        mark_price: None | str | Unset
        if isinstance(self.mark_price, Unset):
            mark_price = UNSET
        else:
            mark_price = self.mark_price

        index_price: None | str | Unset
        if isinstance(self.index_price, Unset):
            index_price = UNSET
        else:
            index_price = self.index_price

        multiplier: None | str | Unset
        if isinstance(self.multiplier, Unset):
            multiplier = UNSET
        else:
            multiplier = self.multiplier

        market_flags: int | None | Unset
        if isinstance(self.market_flags, Unset):
            market_flags = UNSET
        else:
            market_flags = self.market_flags

        funding_premium_multiplier: int | None | Unset
        if isinstance(self.funding_premium_multiplier, Unset):
            funding_premium_multiplier = UNSET
        else:
            funding_premium_multiplier = self.funding_premium_multiplier

        settlement_type: int | None | Unset
        if isinstance(self.settlement_type, Unset):
            settlement_type = UNSET
        else:
            settlement_type = self.settlement_type

        settlement_price: int | None | Unset
        if isinstance(self.settlement_price, Unset):
            settlement_price = UNSET
        else:
            settlement_price = self.settlement_price

        settlement_cap: int | None | Unset
        if isinstance(self.settlement_cap, Unset):
            settlement_cap = UNSET
        else:
            settlement_cap = self.settlement_cap

        outcome: int | None | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        else:
            outcome = self.outcome

        is_frozen: bool | None | Unset
        if isinstance(self.is_frozen, Unset):
            is_frozen = UNSET
        else:
            is_frozen = self.is_frozen

        start_timestamp: int | None | Unset
        if isinstance(self.start_timestamp, Unset):
            start_timestamp = UNSET
        else:
            start_timestamp = self.start_timestamp

        end_timestamp: int | None | Unset
        if isinstance(self.end_timestamp, Unset):
            end_timestamp = UNSET
        else:
            end_timestamp = self.end_timestamp

        default_price: int | None | Unset
        if isinstance(self.default_price, Unset):
            default_price = UNSET
        else:
            default_price = self.default_price

        operator_account_index: int | None | Unset
        if isinstance(self.operator_account_index, Unset):
            operator_account_index = UNSET
        else:
            operator_account_index = self.operator_account_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "market_id": market_id,
                "status": status,
                "taker_fee": taker_fee,
                "maker_fee": maker_fee,
                "liquidation_fee": liquidation_fee,
                "min_base_amount": min_base_amount,
                "min_quote_amount": min_quote_amount,
                "supported_size_decimals": supported_size_decimals,
                "supported_price_decimals": supported_price_decimals,
                "supported_quote_decimals": supported_quote_decimals,
                "order_quote_limit": order_quote_limit,
                "size_decimals": size_decimals,
                "price_decimals": price_decimals,
                "quote_multiplier": quote_multiplier,
                "default_initial_margin_fraction": default_initial_margin_fraction,
                "min_initial_margin_fraction": min_initial_margin_fraction,
                "maintenance_margin_fraction": maintenance_margin_fraction,
                "closeout_margin_fraction": closeout_margin_fraction,
                "last_trade_price": last_trade_price,
                "daily_trades_count": daily_trades_count,
                "daily_base_token_volume": daily_base_token_volume,
                "daily_quote_token_volume": daily_quote_token_volume,
                "daily_price_low": daily_price_low,
                "daily_price_high": daily_price_high,
                "daily_price_change": daily_price_change,
                "open_interest": open_interest,
                "daily_chart": daily_chart,
                "market_config": market_config,
            }
        )
        if market_type is not UNSET:
            field_dict["market_type"] = market_type
        if base_asset_id is not UNSET:
            field_dict["base_asset_id"] = base_asset_id
        if quote_asset_id is not UNSET:
            field_dict["quote_asset_id"] = quote_asset_id
        if strategy_index is not UNSET:
            field_dict["strategy_index"] = strategy_index
        if is_maker_fee_enabled is not UNSET:
            field_dict["is_maker_fee_enabled"] = is_maker_fee_enabled
        if is_taker_fee_enabled is not UNSET:
            field_dict["is_taker_fee_enabled"] = is_taker_fee_enabled
        if funding_clamp_small is not UNSET:
            field_dict["funding_clamp_small"] = funding_clamp_small
        if funding_clamp_big is not UNSET:
            field_dict["funding_clamp_big"] = funding_clamp_big
        if base_interest_rate is not UNSET:
            field_dict["base_interest_rate"] = base_interest_rate
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if mark_price is not UNSET:
            field_dict["mark_price"] = mark_price
        if index_price is not UNSET:
            field_dict["index_price"] = index_price
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if market_flags is not UNSET:
            field_dict["market_flags"] = market_flags
        if funding_premium_multiplier is not UNSET:
            field_dict["funding_premium_multiplier"] = funding_premium_multiplier
        if settlement_type is not UNSET:
            field_dict["settlement_type"] = settlement_type
        if settlement_price is not UNSET:
            field_dict["settlement_price"] = settlement_price
        if settlement_cap is not UNSET:
            field_dict["settlement_cap"] = settlement_cap
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if is_frozen is not UNSET:
            field_dict["is_frozen"] = is_frozen
        if start_timestamp is not UNSET:
            field_dict["start_timestamp"] = start_timestamp
        if end_timestamp is not UNSET:
            field_dict["end_timestamp"] = end_timestamp
        if default_price is not UNSET:
            field_dict["default_price"] = default_price
        if operator_account_index is not UNSET:
            field_dict["operator_account_index"] = operator_account_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_config import MarketConfig  # noqa: PLC0415
        from ..models.perps_order_book_detail_daily_chart_type_0 import (
            PerpsOrderBookDetailDailyChartType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        symbol = d.pop("symbol")

        market_id = d.pop("market_id")

        status = d.pop("status")

        taker_fee = d.pop("taker_fee")

        maker_fee = d.pop("maker_fee")

        liquidation_fee = d.pop("liquidation_fee")

        min_base_amount = d.pop("min_base_amount")

        min_quote_amount = d.pop("min_quote_amount")

        supported_size_decimals = d.pop("supported_size_decimals")

        supported_price_decimals = d.pop("supported_price_decimals")

        supported_quote_decimals = d.pop("supported_quote_decimals")

        order_quote_limit = d.pop("order_quote_limit")

        size_decimals = d.pop("size_decimals")

        price_decimals = d.pop("price_decimals")

        quote_multiplier = d.pop("quote_multiplier")

        default_initial_margin_fraction = d.pop("default_initial_margin_fraction")

        min_initial_margin_fraction = d.pop("min_initial_margin_fraction")

        maintenance_margin_fraction = d.pop("maintenance_margin_fraction")

        closeout_margin_fraction = d.pop("closeout_margin_fraction")

        last_trade_price = d.pop("last_trade_price")

        daily_trades_count = d.pop("daily_trades_count")

        daily_base_token_volume = d.pop("daily_base_token_volume")

        daily_quote_token_volume = d.pop("daily_quote_token_volume")

        daily_price_low = d.pop("daily_price_low")

        daily_price_high = d.pop("daily_price_high")

        daily_price_change = d.pop("daily_price_change")

        open_interest = d.pop("open_interest")

        def _parse_daily_chart(data: object) -> list[Any] | None | PerpsOrderBookDetailDailyChartType0 | str:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                daily_chart_type_0 = PerpsOrderBookDetailDailyChartType0.from_dict(data)

                return daily_chart_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                daily_chart_type_1 = cast(list[Any], data)

                return daily_chart_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | PerpsOrderBookDetailDailyChartType0 | str, data)

        daily_chart = _parse_daily_chart(d.pop("daily_chart"))

        market_config = MarketConfig.from_dict(d.pop("market_config"))

        def _parse_market_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        market_type = _parse_market_type(d.pop("market_type", UNSET))

        def _parse_base_asset_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        base_asset_id = _parse_base_asset_id(d.pop("base_asset_id", UNSET))

        def _parse_quote_asset_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quote_asset_id = _parse_quote_asset_id(d.pop("quote_asset_id", UNSET))

        def _parse_strategy_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        strategy_index = _parse_strategy_index(d.pop("strategy_index", UNSET))

        def _parse_is_maker_fee_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_maker_fee_enabled = _parse_is_maker_fee_enabled(d.pop("is_maker_fee_enabled", UNSET))

        def _parse_is_taker_fee_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_taker_fee_enabled = _parse_is_taker_fee_enabled(d.pop("is_taker_fee_enabled", UNSET))

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

        def _parse_base_interest_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_interest_rate = _parse_base_interest_rate(d.pop("base_interest_rate", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_mark_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mark_price = _parse_mark_price(d.pop("mark_price", UNSET))

        def _parse_index_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        index_price = _parse_index_price(d.pop("index_price", UNSET))

        def _parse_multiplier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        multiplier = _parse_multiplier(d.pop("multiplier", UNSET))

        def _parse_market_flags(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        market_flags = _parse_market_flags(d.pop("market_flags", UNSET))

        def _parse_funding_premium_multiplier(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        funding_premium_multiplier = _parse_funding_premium_multiplier(d.pop("funding_premium_multiplier", UNSET))

        def _parse_settlement_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        settlement_type = _parse_settlement_type(d.pop("settlement_type", UNSET))

        def _parse_settlement_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        settlement_price = _parse_settlement_price(d.pop("settlement_price", UNSET))

        def _parse_settlement_cap(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        settlement_cap = _parse_settlement_cap(d.pop("settlement_cap", UNSET))

        def _parse_outcome(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        def _parse_is_frozen(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_frozen = _parse_is_frozen(d.pop("is_frozen", UNSET))

        def _parse_start_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_timestamp = _parse_start_timestamp(d.pop("start_timestamp", UNSET))

        def _parse_end_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end_timestamp = _parse_end_timestamp(d.pop("end_timestamp", UNSET))

        def _parse_default_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_price = _parse_default_price(d.pop("default_price", UNSET))

        def _parse_operator_account_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        operator_account_index = _parse_operator_account_index(d.pop("operator_account_index", UNSET))

        perps_order_book_detail = cls(
            symbol=symbol,
            market_id=market_id,
            status=status,
            taker_fee=taker_fee,
            maker_fee=maker_fee,
            liquidation_fee=liquidation_fee,
            min_base_amount=min_base_amount,
            min_quote_amount=min_quote_amount,
            supported_size_decimals=supported_size_decimals,
            supported_price_decimals=supported_price_decimals,
            supported_quote_decimals=supported_quote_decimals,
            order_quote_limit=order_quote_limit,
            size_decimals=size_decimals,
            price_decimals=price_decimals,
            quote_multiplier=quote_multiplier,
            default_initial_margin_fraction=default_initial_margin_fraction,
            min_initial_margin_fraction=min_initial_margin_fraction,
            maintenance_margin_fraction=maintenance_margin_fraction,
            closeout_margin_fraction=closeout_margin_fraction,
            last_trade_price=last_trade_price,
            daily_trades_count=daily_trades_count,
            daily_base_token_volume=daily_base_token_volume,
            daily_quote_token_volume=daily_quote_token_volume,
            daily_price_low=daily_price_low,
            daily_price_high=daily_price_high,
            daily_price_change=daily_price_change,
            open_interest=open_interest,
            daily_chart=daily_chart,
            market_config=market_config,
            market_type=market_type,
            base_asset_id=base_asset_id,
            quote_asset_id=quote_asset_id,
            strategy_index=strategy_index,
            is_maker_fee_enabled=is_maker_fee_enabled,
            is_taker_fee_enabled=is_taker_fee_enabled,
            funding_clamp_small=funding_clamp_small,
            funding_clamp_big=funding_clamp_big,
            base_interest_rate=base_interest_rate,
            created_at=created_at,
            mark_price=mark_price,
            index_price=index_price,
            multiplier=multiplier,
            market_flags=market_flags,
            funding_premium_multiplier=funding_premium_multiplier,
            settlement_type=settlement_type,
            settlement_price=settlement_price,
            settlement_cap=settlement_cap,
            outcome=outcome,
            is_frozen=is_frozen,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            default_price=default_price,
            operator_account_index=operator_account_index,
        )

        perps_order_book_detail.additional_properties = d
        return perps_order_book_detail

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
