from typing import Literal

FundingsResolution = Literal["1d", "1h"]

FUNDINGS_RESOLUTION_VALUES: set[FundingsResolution] = {
    "1d",
    "1h",
}


def check_fundings_resolution(value: str) -> FundingsResolution:
    if value in FUNDINGS_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FUNDINGS_RESOLUTION_VALUES!r}")
