from typing import Literal

TradesSortDir = Literal["desc"]

TRADES_SORT_DIR_VALUES: set[TradesSortDir] = {
    "desc",
}


def check_trades_sort_dir(value: str) -> TradesSortDir:
    if value in TRADES_SORT_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRADES_SORT_DIR_VALUES!r}")
