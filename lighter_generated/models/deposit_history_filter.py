from typing import Literal

DepositHistoryFilter = Literal["all", "claimable", "pending"]

DEPOSIT_HISTORY_FILTER_VALUES: set[DepositHistoryFilter] = {
    "all",
    "claimable",
    "pending",
}


def check_deposit_history_filter(value: str) -> DepositHistoryFilter:
    if value in DEPOSIT_HISTORY_FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEPOSIT_HISTORY_FILTER_VALUES!r}")
