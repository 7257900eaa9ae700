"""Public pool and staking transactions: CreatePublicPool, UpdatePublicPool, MintShares, BurnShares,
StakeAssets, UnstakeAssets."""

from __future__ import annotations

from typing import ClassVar

import attrs

from lighter.transactions._base import Tx, layout, wire_order
from lighter.transactions._checks import (
    FEE_TICK,
    MAX_ACCOUNT_INDEX,
    MAX_EXCHANGE_AMOUNT,
    MAX_INITIAL_TOTAL_SHARES,
    MIN_ACCOUNT_INDEX,
    MIN_INITIAL_TOTAL_SHARES,
    MIN_SUB_ACCOUNT_INDEX,
    SHARE_TICK,
    check_flag,
    check_int,
)
from lighter.transactions._enums import TxType


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class CreatePublicPool(Tx):
    """Create a public pool operated by this account (tx type 10)."""

    tx_type: ClassVar[TxType] = TxType.CREATE_PUBLIC_POOL
    _LAYOUT = layout(("OperatorFee", "InitialTotalShares", "MinOperatorShareRate"))

    account_index: int
    operator_fee: int
    initial_total_shares: int
    min_operator_share_rate: int

    def _check(self) -> None:
        check_int("operator_fee", self.operator_fee, 0, FEE_TICK)
        shares = self.initial_total_shares
        check_int("initial_total_shares", shares, MIN_INITIAL_TOTAL_SHARES, MAX_INITIAL_TOTAL_SHARES)
        check_int("min_operator_share_rate", self.min_operator_share_rate, 0, SHARE_TICK)


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class UpdatePublicPool(Tx):
    """Change a public pool's status, operator fee or minimum operator share rate (tx type 11)."""

    tx_type: ClassVar[TxType] = TxType.UPDATE_PUBLIC_POOL
    _LAYOUT = layout(("PublicPoolIndex", "Status", "OperatorFee", "MinOperatorShareRate"))

    account_index: int
    public_pool_index: int
    status: int
    operator_fee: int
    min_operator_share_rate: int

    def _check(self) -> None:
        check_int("public_pool_index", self.public_pool_index, MIN_ACCOUNT_INDEX, MAX_ACCOUNT_INDEX)
        check_flag("status", self.status)
        check_int("operator_fee", self.operator_fee, 0, FEE_TICK)
        check_int("min_operator_share_rate", self.min_operator_share_rate, 0, SHARE_TICK)


class _PoolShares(Tx):
    """Shared rules of the four pool-share transactions (the pool is an account in the sub-account range)."""

    __slots__ = ()
    _POOL_ATTR: ClassVar[str] = "public_pool_index"
    share_amount: int

    def _check(self) -> None:
        # The official signer's error text for this rule wrongly says "-1"; the accepted range is >= 2^47.
        check_int(self._POOL_ATTR, getattr(self, self._POOL_ATTR), MIN_SUB_ACCOUNT_INDEX, MAX_ACCOUNT_INDEX)
        check_int("share_amount", self.share_amount, 1, MAX_EXCHANGE_AMOUNT)


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class _PublicPoolShares(_PoolShares):
    _LAYOUT = layout(("PublicPoolIndex", "ShareAmount"))

    account_index: int
    public_pool_index: int
    share_amount: int


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class _StakingPoolShares(_PoolShares):
    _LAYOUT = layout(("StakingPoolIndex", "ShareAmount"))
    _POOL_ATTR = "staking_pool_index"

    account_index: int
    staking_pool_index: int
    share_amount: int


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class MintShares(_PublicPoolShares):
    """Buy shares of a public pool (tx type 18)."""

    tx_type: ClassVar[TxType] = TxType.MINT_SHARES


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class BurnShares(_PublicPoolShares):
    """Redeem shares of a public pool (tx type 19)."""

    tx_type: ClassVar[TxType] = TxType.BURN_SHARES


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class StakeAssets(_StakingPoolShares):
    """Stake into a staking pool (tx type 35)."""

    tx_type: ClassVar[TxType] = TxType.STAKE_ASSETS


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class UnstakeAssets(_StakingPoolShares):
    """Unstake shares from a staking pool (tx type 36)."""

    tx_type: ClassVar[TxType] = TxType.UNSTAKE_ASSETS
