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

from typing import TYPE_CHECKING

from lighter._lazy import lazy_exports

if TYPE_CHECKING:  # pragma: no cover  (static checkers see the real names; runtime stays lazy)
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
        OtherTxType,
        RouteType,
        SelfTradeMode,
        SelfTradeScope,
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

# public name -> the module that defines it; loaded on first use (a first signature needs only a few)
_EXPORTS: dict[str, str] = {
    "ApproveIntegrator": "lighter.transactions._account",
    "AssetMarginMode": "lighter.transactions._enums",
    "AttributeType": "lighter.transactions._enums",
    "BinaryOptionsCreateMarket": "lighter.transactions._binary_options",
    "BinaryOptionsSettleMarket": "lighter.transactions._binary_options",
    "BinaryOptionsUpdateMarket": "lighter.transactions._binary_options",
    "BurnShares": "lighter.transactions._pools",
    "CancelAllOrders": "lighter.transactions._orders",
    "CancelAllTimeInForce": "lighter.transactions._enums",
    "CancelOrder": "lighter.transactions._orders",
    "ChangePubKey": "lighter.transactions._account",
    "CreateGroupedOrders": "lighter.transactions._orders",
    "CreateOrder": "lighter.transactions._orders",
    "CreatePublicPool": "lighter.transactions._pools",
    "CreateSubAccount": "lighter.transactions._account",
    "DEFAULT_ORDER_LIFETIME_MS": "lighter.transactions._defaults",
    "DEFAULT_TX_LIFETIME_MS": "lighter.transactions._defaults",
    "GroupingType": "lighter.transactions._enums",
    "MarginDirection": "lighter.transactions._enums",
    "MarginMode": "lighter.transactions._enums",
    "MintShares": "lighter.transactions._pools",
    "ModifyOrder": "lighter.transactions._orders",
    "OrderInfo": "lighter.transactions._orders",
    "OrderType": "lighter.transactions._enums",
    "OtherTxType": "lighter.transactions._enums",
    "RouteType": "lighter.transactions._enums",
    "SelfTradeMode": "lighter.transactions._enums",
    "SelfTradeScope": "lighter.transactions._enums",
    "SignedTx": "lighter.transactions._sign",
    "StakeAssets": "lighter.transactions._pools",
    "TX_CLASS_BY_TYPE": "lighter.transactions._decode",
    "TimeInForce": "lighter.transactions._enums",
    "Transfer": "lighter.transactions._account",
    "Tx": "lighter.transactions._base",
    "TxAttributes": "lighter.transactions._attributes",
    "TxType": "lighter.transactions._enums",
    "UnstakeAssets": "lighter.transactions._pools",
    "UpdateAccountAssetConfig": "lighter.transactions._account",
    "UpdateAccountConfig": "lighter.transactions._account",
    "UpdateLeverage": "lighter.transactions._account",
    "UpdateMargin": "lighter.transactions._account",
    "UpdatePublicPool": "lighter.transactions._pools",
    "Withdraw": "lighter.transactions._account",
    "decode": "lighter.transactions._decode",
    "encode": "lighter.transactions._decode",
    "default_expired_at": "lighter.transactions._defaults",
    "default_order_expiry": "lighter.transactions._defaults",
    "sign": "lighter.transactions._sign",
    "tx_class": "lighter.transactions._decode",
}

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
    "OtherTxType",
    "RouteType",
    "SelfTradeMode",
    "SelfTradeScope",
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


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, __all__)
