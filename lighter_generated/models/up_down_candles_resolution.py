from typing import Literal

UpDownCandlesResolution = Literal["1s", "30s"]

UP_DOWN_CANDLES_RESOLUTION_VALUES: set[UpDownCandlesResolution] = {
    "1s",
    "30s",
}


def check_up_down_candles_resolution(value: str) -> UpDownCandlesResolution:
    if value in UP_DOWN_CANDLES_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UP_DOWN_CANDLES_RESOLUTION_VALUES!r}")
