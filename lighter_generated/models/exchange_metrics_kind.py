from typing import Literal

ExchangeMetricsKind = Literal[
    "account_count",
    "active_account_count",
    "buyback",
    "buyback_usdc",
    "inflow",
    "liquidation_count",
    "liquidation_fee",
    "liquidation_volume",
    "maker_fee",
    "open_interest",
    "outflow",
    "taker_fee",
    "tps",
    "trade_count",
    "transfer_fee",
    "volume",
    "withdraw_fee",
]

EXCHANGE_METRICS_KIND_VALUES: set[ExchangeMetricsKind] = {
    "account_count",
    "active_account_count",
    "buyback",
    "buyback_usdc",
    "inflow",
    "liquidation_count",
    "liquidation_fee",
    "liquidation_volume",
    "maker_fee",
    "open_interest",
    "outflow",
    "taker_fee",
    "tps",
    "trade_count",
    "transfer_fee",
    "volume",
    "withdraw_fee",
}


def check_exchange_metrics_kind(value: str) -> ExchangeMetricsKind:
    if value in EXCHANGE_METRICS_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXCHANGE_METRICS_KIND_VALUES!r}")
