from typing import Literal

BlockBy = Literal["commitment", "height"]

BLOCK_BY_VALUES: set[BlockBy] = {
    "commitment",
    "height",
}


def check_block_by(value: str) -> BlockBy:
    if value in BLOCK_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BLOCK_BY_VALUES!r}")
