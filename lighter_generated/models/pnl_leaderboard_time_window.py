from typing import Literal

PnlLeaderboardTimeWindow = Literal["24h", "30d", "7d", "all"]

PNL_LEADERBOARD_TIME_WINDOW_VALUES: set[PnlLeaderboardTimeWindow] = {
    "24h",
    "30d",
    "7d",
    "all",
}


def check_pnl_leaderboard_time_window(value: str) -> PnlLeaderboardTimeWindow:
    if value in PNL_LEADERBOARD_TIME_WINDOW_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PNL_LEADERBOARD_TIME_WINDOW_VALUES!r}")
