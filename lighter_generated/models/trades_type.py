from typing import Literal

TradesType = Literal["all", "deleverage", "liquidation", "market-settlement", "trade"]

TRADES_TYPE_VALUES: set[TradesType] = {
    "all",
    "deleverage",
    "liquidation",
    "market-settlement",
    "trade",
}


def check_trades_type(value: str) -> TradesType:
    if value in TRADES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRADES_TYPE_VALUES!r}")
