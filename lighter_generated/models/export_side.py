from typing import Literal

ExportSide = Literal["all", "long", "short"]

EXPORT_SIDE_VALUES: set[ExportSide] = {
    "all",
    "long",
    "short",
}


def check_export_side(value: str) -> ExportSide:
    if value in EXPORT_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPORT_SIDE_VALUES!r}")
