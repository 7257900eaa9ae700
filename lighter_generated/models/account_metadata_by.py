from typing import Literal

AccountMetadataBy = Literal["index", "l1_address"]

ACCOUNT_METADATA_BY_VALUES: set[AccountMetadataBy] = {
    "index",
    "l1_address",
}


def check_account_metadata_by(value: str) -> AccountMetadataBy:
    if value in ACCOUNT_METADATA_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCOUNT_METADATA_BY_VALUES!r}")
