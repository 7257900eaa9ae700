from typing import Literal

ExportRole = Literal["all", "maker", "taker"]

EXPORT_ROLE_VALUES: set[ExportRole] = {
    "all",
    "maker",
    "taker",
}


def check_export_role(value: str) -> ExportRole:
    if value in EXPORT_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPORT_ROLE_VALUES!r}")
