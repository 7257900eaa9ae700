from typing import Literal

ExportType = Literal["funding", "trade"]

EXPORT_TYPE_VALUES: set[ExportType] = {
    "funding",
    "trade",
}


def check_export_type(value: str) -> ExportType:
    if value in EXPORT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPORT_TYPE_VALUES!r}")
