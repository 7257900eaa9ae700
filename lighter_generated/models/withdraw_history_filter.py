from typing import Literal

WithdrawHistoryFilter = Literal["all", "claimable", "pending"]

WITHDRAW_HISTORY_FILTER_VALUES: set[WithdrawHistoryFilter] = {
    "all",
    "claimable",
    "pending",
}


def check_withdraw_history_filter(value: str) -> WithdrawHistoryFilter:
    if value in WITHDRAW_HISTORY_FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WITHDRAW_HISTORY_FILTER_VALUES!r}")
