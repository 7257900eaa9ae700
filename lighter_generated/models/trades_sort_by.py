from typing import Literal

TradesSortBy = Literal["block_height", "timestamp", "trade_id"]

TRADES_SORT_BY_VALUES: set[TradesSortBy] = {
    "block_height",
    "timestamp",
    "trade_id",
}


def check_trades_sort_by(value: str) -> TradesSortBy:
    if value in TRADES_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRADES_SORT_BY_VALUES!r}")
