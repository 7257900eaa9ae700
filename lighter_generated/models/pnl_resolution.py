from typing import Literal

PnlResolution = Literal["15m", "1d", "1h", "1m", "4h", "5m"]

PNL_RESOLUTION_VALUES: set[PnlResolution] = {
    "15m",
    "1d",
    "1h",
    "1m",
    "4h",
    "5m",
}


def check_pnl_resolution(value: str) -> PnlResolution:
    if value in PNL_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PNL_RESOLUTION_VALUES!r}")
