from typing import Literal

CandlesResolution = Literal["12h", "15m", "1d", "1h", "1m", "30m", "4h", "5m"]

CANDLES_RESOLUTION_VALUES: set[CandlesResolution] = {
    "12h",
    "15m",
    "1d",
    "1h",
    "1m",
    "30m",
    "4h",
    "5m",
}


def check_candles_resolution(value: str) -> CandlesResolution:
    if value in CANDLES_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CANDLES_RESOLUTION_VALUES!r}")
