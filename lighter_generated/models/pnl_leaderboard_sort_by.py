from typing import Literal

PnlLeaderboardSortBy = Literal["account_value", "pnl", "roi", "volume"]

PNL_LEADERBOARD_SORT_BY_VALUES: set[PnlLeaderboardSortBy] = {
    "account_value",
    "pnl",
    "roi",
    "volume",
}


def check_pnl_leaderboard_sort_by(value: str) -> PnlLeaderboardSortBy:
    if value in PNL_LEADERBOARD_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PNL_LEADERBOARD_SORT_BY_VALUES!r}")
