from typing import Literal

TransferHistoryTypeItem = Literal[
    "all",
    "L1BurnShares",
    "L1UnstakeAssets",
    "L2BurnShares",
    "L2CreatePublicPool",
    "L2CreateStakingPool",
    "L2MintShares",
    "L2StakeAssets",
    "L2Transfer",
    "L2UnstakeAssets",
    "ReferralProgramPayout",
]

TRANSFER_HISTORY_TYPE_ITEM_VALUES: set[TransferHistoryTypeItem] = {
    "all",
    "L1BurnShares",
    "L1UnstakeAssets",
    "L2BurnShares",
    "L2CreatePublicPool",
    "L2CreateStakingPool",
    "L2MintShares",
    "L2StakeAssets",
    "L2Transfer",
    "L2UnstakeAssets",
    "ReferralProgramPayout",
}


def check_transfer_history_type_item(value: str) -> TransferHistoryTypeItem:
    if value in TRANSFER_HISTORY_TYPE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSFER_HISTORY_TYPE_ITEM_VALUES!r}")
