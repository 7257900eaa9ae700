from typing import Literal

AccountInactiveOrdersMarketType = Literal["all", "perp", "spot"]

ACCOUNT_INACTIVE_ORDERS_MARKET_TYPE_VALUES: set[AccountInactiveOrdersMarketType] = {
    "all",
    "perp",
    "spot",
}


def check_account_inactive_orders_market_type(value: str) -> AccountInactiveOrdersMarketType:
    if value in ACCOUNT_INACTIVE_ORDERS_MARKET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCOUNT_INACTIVE_ORDERS_MARKET_TYPE_VALUES!r}")
