from typing import Literal

AccountTxsBy = Literal["account_index"]

ACCOUNT_TXS_BY_VALUES: set[AccountTxsBy] = {
    "account_index",
}


def check_account_txs_by(value: str) -> AccountTxsBy:
    if value in ACCOUNT_TXS_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCOUNT_TXS_BY_VALUES!r}")
