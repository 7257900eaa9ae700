from typing import Literal

AccountBy = Literal["index", "l1_address"]

ACCOUNT_BY_VALUES: set[AccountBy] = {
    "index",
    "l1_address",
}


def check_account_by(value: str) -> AccountBy:
    if value in ACCOUNT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCOUNT_BY_VALUES!r}")
