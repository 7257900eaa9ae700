from typing import Literal

TradesMarketType = Literal["all", "perp", "spot"]

TRADES_MARKET_TYPE_VALUES: set[TradesMarketType] = {
    "all",
    "perp",
    "spot",
}


def check_trades_market_type(value: str) -> TradesMarketType:
    if value in TRADES_MARKET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRADES_MARKET_TYPE_VALUES!r}")
