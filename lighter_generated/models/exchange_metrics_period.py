from typing import Literal

ExchangeMetricsPeriod = Literal["all", "d", "h", "m", "q", "w", "y"]

EXCHANGE_METRICS_PERIOD_VALUES: set[ExchangeMetricsPeriod] = {
    "all",
    "d",
    "h",
    "m",
    "q",
    "w",
    "y",
}


def check_exchange_metrics_period(value: str) -> ExchangeMetricsPeriod:
    if value in EXCHANGE_METRICS_PERIOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXCHANGE_METRICS_PERIOD_VALUES!r}")
