from typing import Literal

LeaderboardType = Literal["all", "competition", "weekly"]

LEADERBOARD_TYPE_VALUES: set[LeaderboardType] = {
    "all",
    "competition",
    "weekly",
}


def check_leaderboard_type(value: str) -> LeaderboardType:
    if value in LEADERBOARD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LEADERBOARD_TYPE_VALUES!r}")
