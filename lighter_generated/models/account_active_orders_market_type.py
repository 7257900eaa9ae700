from typing import Literal

AccountActiveOrdersMarketType = Literal["all", "perp", "spot"]

ACCOUNT_ACTIVE_ORDERS_MARKET_TYPE_VALUES: set[AccountActiveOrdersMarketType] = {
    "all",
    "perp",
    "spot",
}


def check_account_active_orders_market_type(value: str) -> AccountActiveOrdersMarketType:
    if value in ACCOUNT_ACTIVE_ORDERS_MARKET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCOUNT_ACTIVE_ORDERS_MARKET_TYPE_VALUES!r}")
