from typing import Literal

PositionFundingSide = Literal["all", "long", "short"]

POSITION_FUNDING_SIDE_VALUES: set[PositionFundingSide] = {
    "all",
    "long",
    "short",
}


def check_position_funding_side(value: str) -> PositionFundingSide:
    if value in POSITION_FUNDING_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POSITION_FUNDING_SIDE_VALUES!r}")
