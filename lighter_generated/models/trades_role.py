from typing import Literal

TradesRole = Literal["all", "maker", "taker"]

TRADES_ROLE_VALUES: set[TradesRole] = {
    "all",
    "maker",
    "taker",
}


def check_trades_role(value: str) -> TradesRole:
    if value in TRADES_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRADES_ROLE_VALUES!r}")
