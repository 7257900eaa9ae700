from typing import Literal

ExchangeMetricsFilter = Literal["byMarket"]

EXCHANGE_METRICS_FILTER_VALUES: set[ExchangeMetricsFilter] = {
    "byMarket",
}


def check_exchange_metrics_filter(value: str) -> ExchangeMetricsFilter:
    if value in EXCHANGE_METRICS_FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXCHANGE_METRICS_FILTER_VALUES!r}")
