from typing import Literal

BlocksSort = Literal["asc", "desc"]

BLOCKS_SORT_VALUES: set[BlocksSort] = {
    "asc",
    "desc",
}


def check_blocks_sort(value: str) -> BlocksSort:
    if value in BLOCKS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BLOCKS_SORT_VALUES!r}")
