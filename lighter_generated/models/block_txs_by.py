from typing import Literal

BlockTxsBy = Literal["block_commitment", "block_height"]

BLOCK_TXS_BY_VALUES: set[BlockTxsBy] = {
    "block_commitment",
    "block_height",
}


def check_block_txs_by(value: str) -> BlockTxsBy:
    if value in BLOCK_TXS_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BLOCK_TXS_BY_VALUES!r}")
