"""Lighter L2 transactions: one immutable class per tx type, their tx_info JSON, hashing and signing.

>>> from lighter.transactions import CreateOrder, sign, default_expired_at
>>> tx = CreateOrder(account_index=12345, api_key_index=3, market_index=1, base_amount=1000, price=300000,
...                  is_ask=1, order_expiry=1800000000000, expired_at=default_expired_at())
>>> signed = sign(tx, private_key, chain_id=304, nonce=5)          # doctest: +SKIP
>>> signed.tx_type, signed.tx_info, signed.tx_hash                  # doctest: +SKIP

Attribute names are the snake_case of the JSON keys (``MarketIndex`` -> ``market_index``,
``USDCAmount`` -> ``usdc_amount``, ``L2TxAttributes`` -> ``attributes``). Amounts and prices are integers
in the exchange's units. This package is pure: no I/O, and the clock is read only by the ``default_*``
helpers.
"""

from __future__ import annotations

from lighter.transactions._account import (
    ApproveIntegrator,
    ChangePubKey,
    CreateSubAccount,
    Transfer,
    UpdateAccountAssetConfig,
    UpdateAccountConfig,
    UpdateLeverage,
    UpdateMargin,
    Withdraw,
)
from lighter.transactions._attributes import TxAttributes
from lighter.transactions._base import Tx
from lighter.transactions._binary_options import (
    BinaryOptionsCreateMarket,
    BinaryOptionsSettleMarket,
    BinaryOptionsUpdateMarket,
)
from lighter.transactions._decode import TX_CLASS_BY_TYPE, decode, encode, tx_class
from lighter.transactions._defaults import (
    DEFAULT_ORDER_LIFETIME_MS,
    DEFAULT_TX_LIFETIME_MS,
    default_expired_at,
    default_order_expiry,
)
from lighter.transactions._enums import (
    AssetMarginMode,
    AttributeType,
    CancelAllTimeInForce,
    GroupingType,
    MarginDirection,
    MarginMode,
    OrderType,
    RouteType,
    TimeInForce,
    TxType,
)
from lighter.transactions._orders import (
    CancelAllOrders,
    CancelOrder,
    CreateGroupedOrders,
    CreateOrder,
    ModifyOrder,
    OrderInfo,
)
from lighter.transactions._pools import (
    BurnShares,
    CreatePublicPool,
    MintShares,
    StakeAssets,
    UnstakeAssets,
    UpdatePublicPool,
)
from lighter.transactions._sign import SignedTx, sign

__all__ = [
    "ApproveIntegrator",
    "AssetMarginMode",
    "AttributeType",
    "BinaryOptionsCreateMarket",
    "BinaryOptionsSettleMarket",
    "BinaryOptionsUpdateMarket",
    "BurnShares",
    "CancelAllOrders",
    "CancelAllTimeInForce",
    "CancelOrder",
    "ChangePubKey",
    "CreateGroupedOrders",
    "CreateOrder",
    "CreatePublicPool",
    "CreateSubAccount",
    "DEFAULT_ORDER_LIFETIME_MS",
    "DEFAULT_TX_LIFETIME_MS",
    "GroupingType",
    "MarginDirection",
    "MarginMode",
    "MintShares",
    "ModifyOrder",
    "OrderInfo",
    "OrderType",
    "RouteType",
    "SignedTx",
    "StakeAssets",
    "TX_CLASS_BY_TYPE",
    "TimeInForce",
    "Transfer",
    "Tx",
    "TxAttributes",
    "TxType",
    "UnstakeAssets",
    "UpdateAccountAssetConfig",
    "UpdateAccountConfig",
    "UpdateLeverage",
    "UpdateMargin",
    "UpdatePublicPool",
    "Withdraw",
    "decode",
    "encode",
    "default_expired_at",
    "default_order_expiry",
    "sign",
    "tx_class",
]
