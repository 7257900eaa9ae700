from typing import Literal

ExecuteStatsPeriod = Literal["all", "d", "m", "q", "w", "y"]

EXECUTE_STATS_PERIOD_VALUES: set[ExecuteStatsPeriod] = {
    "all",
    "d",
    "m",
    "q",
    "w",
    "y",
}


def check_execute_stats_period(value: str) -> ExecuteStatsPeriod:
    if value in EXECUTE_STATS_PERIOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTE_STATS_PERIOD_VALUES!r}")
