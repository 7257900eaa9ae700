"""Numeric codes used in Lighter L2 transactions (SPEC §9, Go ``txtypes/constants.go``)."""

from __future__ import annotations

from enum import IntEnum


class TxType(IntEnum):
    """The ``tx_type`` of every transaction the official signer emits."""

    CHANGE_PUB_KEY = 8
    CREATE_SUB_ACCOUNT = 9
    CREATE_PUBLIC_POOL = 10
    UPDATE_PUBLIC_POOL = 11
    TRANSFER = 12
    WITHDRAW = 13
    CREATE_ORDER = 14
    CANCEL_ORDER = 15
    CANCEL_ALL_ORDERS = 16
    MODIFY_ORDER = 17
    MINT_SHARES = 18
    BURN_SHARES = 19
    UPDATE_LEVERAGE = 20
    CREATE_GROUPED_ORDERS = 28
    UPDATE_MARGIN = 29
    STAKE_ASSETS = 35
    UNSTAKE_ASSETS = 36
    UPDATE_ACCOUNT_CONFIG = 41
    UPDATE_ACCOUNT_ASSET_CONFIG = 42
    APPROVE_INTEGRATOR = 45
    BINARY_OPTIONS_CREATE_MARKET = 49
    BINARY_OPTIONS_SETTLE_MARKET = 50
    BINARY_OPTIONS_UPDATE_MARKET = 52


class OrderType(IntEnum):
    """``Type`` of an order."""

    LIMIT = 0
    MARKET = 1
    STOP_LOSS = 2
    STOP_LOSS_LIMIT = 3
    TAKE_PROFIT = 4
    TAKE_PROFIT_LIMIT = 5
    TWAP = 6


class TimeInForce(IntEnum):
    """``TimeInForce`` of an order."""

    IMMEDIATE_OR_CANCEL = 0
    GOOD_TILL_TIME = 1
    POST_ONLY = 2


class GroupingType(IntEnum):
    """``GroupingType`` of a grouped-orders transaction."""

    ONE_TRIGGERS_THE_OTHER = 1
    ONE_CANCELS_THE_OTHER = 2
    ONE_TRIGGERS_A_ONE_CANCELS_THE_OTHER = 3
    # short aliases
    OTO = 1
    OCO = 2
    OTOCO = 3


class CancelAllTimeInForce(IntEnum):
    """``TimeInForce`` of a cancel-all-orders transaction."""

    IMMEDIATE = 0
    SCHEDULED = 1
    ABORT_SCHEDULED = 2


class MarginMode(IntEnum):
    """``MarginMode`` of an update-leverage transaction: the position's margin is shared with the account's
    other cross positions, or set aside for it alone (``UpdateMargin`` moves USDC in and out)."""

    CROSS = 0
    ISOLATED = 1


class MarginDirection(IntEnum):
    """``Direction`` of an update-margin transaction."""

    REMOVE = 0
    ADD = 1


class RouteType(IntEnum):
    """``RouteType`` / ``FromRouteType`` / ``ToRouteType``: which balance an asset moves from or to.

    The perp route holds USDC only (the perp collateral); every asset, USDC included, has a spot balance.
    """

    PERP = 0
    SPOT = 1


class AssetMarginMode(IntEnum):
    """``AssetMarginMode`` of an update-account-asset-config transaction."""

    DISABLED = 0
    ENABLED = 1


class AttributeType(IntEnum):
    """Keys of ``L2TxAttributes`` (SPEC §9.0)."""

    INTEGRATOR_ACCOUNT_INDEX = 1
    INTEGRATOR_TAKER_FEE = 2
    INTEGRATOR_MAKER_FEE = 3
    SKIP_NONCE = 4
    CANCEL_ALL_MARKET_INDEX = 5
    SELF_TRADE_BEHAVIOR_MODE = 6
    SELF_TRADE_EQUALITY_MODE = 7
    ORDER_VERSION = 8


class SelfTradeMode(IntEnum):
    """What happens when an order would trade with the same owner's order (``L2TxAttributes`` key 6)."""

    EXPIRE_MAKER = 0  # the resting order is cancelled (the exchange's default)
    EXPIRE_TAKER = 1  # the incoming order is cancelled
    EXPIRE_BOTH = 2
    REDUCE = 3  # both shrink by the overlapping size, no trade


class SelfTradeScope(IntEnum):
    """Which orders count as the same owner's (``L2TxAttributes`` key 7)."""

    ACCOUNT = 0
    MASTER_ACCOUNT = 1  # every account under the same master (the same L1 address)


class OtherTxType(IntEnum):
    """User-sendable ``tx_type`` codes (SPEC §9) that the official signer has no function for: the local
    exchange knows them only to tell "not supported" from "wrong type"."""

    CREATE_STAKING_POOL = 33
    FORCE_BURN_SHARES = 40
    STRATEGY_TRANSFER = 43
    UPDATE_MARKET_CONFIG = 44
