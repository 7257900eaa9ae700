from typing import Literal

TxBy = Literal["hash", "sequence_index"]

TX_BY_VALUES: set[TxBy] = {
    "hash",
    "sequence_index",
}


def check_tx_by(value: str) -> TxBy:
    if value in TX_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TX_BY_VALUES!r}")
