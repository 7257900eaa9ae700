from typing import Literal

PnlLeaderboardSortDir = Literal["asc", "desc"]

PNL_LEADERBOARD_SORT_DIR_VALUES: set[PnlLeaderboardSortDir] = {
    "asc",
    "desc",
}


def check_pnl_leaderboard_sort_dir(value: str) -> PnlLeaderboardSortDir:
    if value in PNL_LEADERBOARD_SORT_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PNL_LEADERBOARD_SORT_DIR_VALUES!r}")
