from typing import Literal

MarkPriceCandlesResolution = Literal["12h", "15m", "1d", "1h", "1m", "30m", "4h", "5m"]

MARK_PRICE_CANDLES_RESOLUTION_VALUES: set[MarkPriceCandlesResolution] = {
    "12h",
    "15m",
    "1d",
    "1h",
    "1m",
    "30m",
    "4h",
    "5m",
}


def check_mark_price_candles_resolution(value: str) -> MarkPriceCandlesResolution:
    if value in MARK_PRICE_CANDLES_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MARK_PRICE_CANDLES_RESOLUTION_VALUES!r}")
