from typing import Literal

PnlBy = Literal["index"]

PNL_BY_VALUES: set[PnlBy] = {
    "index",
}


def check_pnl_by(value: str) -> PnlBy:
    if value in PNL_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PNL_BY_VALUES!r}")
