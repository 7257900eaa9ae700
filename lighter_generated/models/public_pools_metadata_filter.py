from typing import Literal

PublicPoolsMetadataFilter = Literal["account_index", "all", "protocol", "stake", "user"]

PUBLIC_POOLS_METADATA_FILTER_VALUES: set[PublicPoolsMetadataFilter] = {
    "account_index",
    "all",
    "protocol",
    "stake",
    "user",
}


def check_public_pools_metadata_filter(value: str) -> PublicPoolsMetadataFilter:
    if value in PUBLIC_POOLS_METADATA_FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PUBLIC_POOLS_METADATA_FILTER_VALUES!r}")
