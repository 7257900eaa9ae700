"""validate() refuses what the official signer refuses (SPEC §9.26), naming the field, before signing."""

from __future__ import annotations

import re
from typing import Any

import attrs
import pytest

from lighter import transactions as T
from lighter.signing import PrivateKey, verify

from ._vectors import OK_VECTORS

KEY_HEX = OK_VECTORS[0]["private_key_hex"]
# the first official vector of each type, decoded: a valid starting point for each case
BASE: dict[type[T.Tx], T.Tx] = {}
for _v in OK_VECTORS:
    _tx = T.decode(_v["tx_type"], _v["tx_info"])
    BASE.setdefault(type(_tx), _tx)
# a ChangePubKey registers the key that signs it (the exchange verifies the signature against pub_key)
KEY_PUB = PrivateKey.from_hex(KEY_HEX).public_key.to_bytes()
BASE[T.ChangePubKey] = attrs.evolve(BASE[T.ChangePubKey], pub_key=KEY_PUB)

OT, F = T.OrderType, T.TimeInForce
A = T.TxAttributes
ORDERS = {
    # OTO: limit parent, stop-loss child
    "parent": T.OrderInfo(
        market_index=1, base_amount=1000, price=300000, is_ask=0, order_expiry=1800000000000
    ),
    "sl": T.OrderInfo(
        market_index=1,
        base_amount=0,
        price=290000,
        is_ask=1,
        type=OT.STOP_LOSS,
        time_in_force=F.IMMEDIATE_OR_CANCEL,
        reduce_only=1,
        trigger_price=291000,
        order_expiry=1800000000000,
    ),
    "tp": T.OrderInfo(
        market_index=1,
        base_amount=0,
        price=350000,
        is_ask=1,
        type=OT.TAKE_PROFIT,
        time_in_force=F.IMMEDIATE_OR_CANCEL,
        reduce_only=1,
        trigger_price=349000,
        order_expiry=1800000000000,
    ),
}

# (class, changes, field named in the error)
CASES: list[tuple[type[T.Tx], dict[str, Any], str]] = [
    # envelope
    (T.CreateOrder, {"account_index": -2}, "account_index"),
    (T.CreateOrder, {"account_index": 2**48 - 1}, "account_index"),
    (T.CreateOrder, {"api_key_index": 255}, "api_key_index"),
    (T.CreateOrder, {"api_key_index": -1}, "api_key_index"),
    (T.CreateOrder, {"nonce": -1}, "nonce"),
    (T.CreateOrder, {"nonce": None}, "nonce"),
    (T.CreateOrder, {"expired_at": -1}, "expired_at"),
    (T.CreateOrder, {"expired_at": 2**48}, "expired_at"),
    (T.Transfer, {"from_account_index": 2**48 - 1}, "from_account_index"),
    # the signing account: the official signer's CreateClient refuses account index <= 0
    (T.CreateOrder, {"account_index": 0}, "account_index"),
    (T.CreateOrder, {"account_index": -1}, "account_index"),
    (T.CancelAllOrders, {"account_index": 0}, "account_index"),
    (T.ChangePubKey, {"account_index": -1}, "account_index"),
    (T.Transfer, {"from_account_index": 0}, "from_account_index"),
    (T.Transfer, {"from_account_index": -1}, "from_account_index"),
    (T.Withdraw, {"from_account_index": 0}, "from_account_index"),
    (T.BinaryOptionsSettleMarket, {"account_index": 0}, "account_index"),
    (T.CreateOrder, {"sig": b"\0" * 79}, "sig"),
    # create order fields
    (T.CreateOrder, {"market_index": 255}, "market_index"),
    (T.CreateOrder, {"market_index": -1}, "market_index"),
    (T.CreateOrder, {"market_index": 2**48}, "market_index"),
    (T.CreateOrder, {"client_order_index": -1}, "client_order_index"),
    (T.CreateOrder, {"client_order_index": 2**48}, "client_order_index"),
    (T.CreateOrder, {"base_amount": 0}, "base_amount"),
    (T.CreateOrder, {"base_amount": 2**48}, "base_amount"),
    (T.CreateOrder, {"price": 0}, "price"),
    (T.CreateOrder, {"price": 2**32}, "price"),
    (T.CreateOrder, {"is_ask": 2}, "is_ask"),
    (T.CreateOrder, {"type": 7}, "type"),
    (T.CreateOrder, {"time_in_force": 3}, "time_in_force"),
    (T.CreateOrder, {"reduce_only": 2}, "reduce_only"),
    (T.CreateOrder, {"trigger_price": 2**32}, "trigger_price"),
    (T.CreateOrder, {"order_expiry": -1}, "order_expiry"),
    (T.CreateOrder, {"type": OT.MARKET}, "time_in_force"),
    (T.CreateOrder, {"type": OT.MARKET, "time_in_force": F.IMMEDIATE_OR_CANCEL}, "order_expiry"),
    (T.CreateOrder, {"trigger_price": 5}, "trigger_price"),
    (T.CreateOrder, {"order_expiry": 0}, "order_expiry"),
    (T.CreateOrder, {"time_in_force": F.IMMEDIATE_OR_CANCEL}, "order_expiry"),
    (T.CreateOrder, {"type": OT.STOP_LOSS, "time_in_force": F.IMMEDIATE_OR_CANCEL}, "trigger_price"),
    (T.CreateOrder, {"type": OT.TAKE_PROFIT, "trigger_price": 5}, "time_in_force"),
    (T.CreateOrder, {"type": OT.STOP_LOSS_LIMIT, "trigger_price": 5, "order_expiry": 0}, "order_expiry"),
    (T.CreateOrder, {"type": OT.TWAP, "time_in_force": F.POST_ONLY}, "time_in_force"),
    # attributes
    (T.CreateOrder, {"attributes": A(skip_nonce=2)}, "skip_nonce"),
    (T.CreateOrder, {"attributes": A(skip_nonce=0)}, "skip_nonce"),
    (T.CreateOrder, {"attributes": A(integrator_taker_fee=5)}, "integrator_account_index"),
    (
        T.CreateOrder,
        {"attributes": A(integrator_account_index=1, integrator_maker_fee=1_000_001)},
        "maker_fee",
    ),
    (T.CreateOrder, {"attributes": A(integrator_account_index=2**48 - 1)}, "integrator_account_index"),
    (T.CreateOrder, {"attributes": A(self_trade_behavior_mode=4)}, "self_trade_behavior_mode"),
    (T.CreateOrder, {"attributes": A(self_trade_equality_mode=2)}, "self_trade_equality_mode"),
    (T.CreateOrder, {"attributes": A(self_trade_behavior_mode=3, self_trade_equality_mode=1)}, "self_trade"),
    (
        T.CreateOrder,
        {"attributes": A(integrator_account_index=1, integrator_taker_fee=1, self_trade_behavior_mode=1)},
        "self-trade",
    ),
    (T.CreateOrder, {"attributes": A(cancel_all_market_index=3)}, "cancel_all_market_index"),
    (T.CreateOrder, {"attributes": A(order_version=3)}, "order_version"),
    (
        T.ModifyOrder,
        {
            "attributes": A(
                integrator_account_index=1,
                integrator_taker_fee=1,
                integrator_maker_fee=1,
                skip_nonce=1,
                order_version=2,
            )
        },
        "at most 4",
    ),
    (T.ModifyOrder, {"attributes": A(order_version=2**48)}, "order_version"),
    (T.CancelAllOrders, {"attributes": A(cancel_all_market_index=2**48)}, "cancel_all_market_index"),
    (T.CancelOrder, {"attributes": A(integrator_account_index=1)}, "integrator_account_index"),
    (T.CancelOrder, {"attributes": {9: 1}}, "attribute type"),
    # grouped orders
    (T.CreateGroupedOrders, {"grouping_type": 0}, "grouping_type"),
    (T.CreateGroupedOrders, {"grouping_type": 4}, "grouping_type"),
    (T.CreateGroupedOrders, {"orders": []}, "orders"),
    (T.CreateGroupedOrders, {"orders": [ORDERS["parent"]] * 4}, "orders"),
    (T.CreateGroupedOrders, {"orders": [ORDERS["parent"], ORDERS["sl"], ORDERS["tp"]]}, "OTO"),
    (
        T.CreateGroupedOrders,
        {"orders": [ORDERS["parent"], attrs.evolve(ORDERS["sl"], market_index=2)]},
        "market_index",
    ),
    (
        T.CreateGroupedOrders,
        {"orders": [ORDERS["parent"], attrs.evolve(ORDERS["sl"], base_amount=5)]},
        "base_amount",
    ),
    (T.CreateGroupedOrders, {"orders": [ORDERS["parent"], attrs.evolve(ORDERS["sl"], is_ask=0)]}, "is_ask"),
    (
        T.CreateGroupedOrders,
        {"orders": [attrs.evolve(ORDERS["tp"], is_ask=0, base_amount=9, reduce_only=0), ORDERS["sl"]]},
        "orders[0].type",
    ),
    (
        T.CreateGroupedOrders,
        {"orders": [ORDERS["parent"], attrs.evolve(ORDERS["sl"], type=OT.LIMIT)]},
        "type",
    ),
    (
        T.CreateGroupedOrders,
        {"orders": [ORDERS["parent"], attrs.evolve(ORDERS["sl"], order_expiry=5)]},
        "order_expiry",
    ),
    (
        T.CreateGroupedOrders,
        {"orders": [attrs.evolve(ORDERS["parent"], price=0), ORDERS["sl"]]},
        "orders[0].price",
    ),
    (
        T.CreateGroupedOrders,
        {"grouping_type": 3, "orders": [ORDERS["parent"], ORDERS["sl"], ORDERS["sl"]]},
        "stop-loss and one take-profit",
    ),
    (
        T.CreateGroupedOrders,
        {
            "grouping_type": 2,
            "orders": [attrs.evolve(ORDERS["sl"], base_amount=5), attrs.evolve(ORDERS["tp"], base_amount=6)],
        },
        "OCO",
    ),
    (T.CreateGroupedOrders, {"orders": ("not an order",)}, "OrderInfo"),
    # cancel / cancel all / modify
    (T.CancelOrder, {"index": 0}, "index"),
    (T.CancelOrder, {"index": 2**60}, "index"),
    (T.CancelOrder, {"market_index": 255}, "market_index"),
    (T.CancelAllOrders, {"time_in_force": 3}, "time_in_force"),
    (T.CancelAllOrders, {"time": 5}, "time"),
    (T.CancelAllOrders, {"time_in_force": 1, "time": 0}, "time"),
    (T.ModifyOrder, {"index": 0}, "index"),
    (T.ModifyOrder, {"price": 0}, "price"),
    (T.ModifyOrder, {"base_amount": 2**48}, "base_amount"),
    (T.ModifyOrder, {"trigger_price": -1}, "trigger_price"),
    # funds
    (T.Withdraw, {"asset_index": 0}, "asset_index"),
    (T.Withdraw, {"asset_index": 63}, "asset_index"),
    (T.Withdraw, {"route_type": 2}, "route_type"),
    (T.Withdraw, {"amount": 0}, "amount"),
    (T.Withdraw, {"amount": 2**60}, "amount"),
    (T.Transfer, {"amount": 0}, "amount"),
    (T.Transfer, {"usdc_fee": -1}, "usdc_fee"),
    (T.Transfer, {"to_account_index": -2}, "to_account_index"),
    (T.Transfer, {"memo": b"x" * 31}, "memo"),
    (T.Transfer, {"memo": "ab" * 31}, "memo"),
    (T.Transfer, {"to_route_type": 2}, "to_route_type"),
    (T.Transfer, {"l1_sig": "0x1234"}, "l1_sig"),
    (T.Transfer, {"l1_sig": "0x" + "zz" * 65}, "l1_sig"),
    (T.ChangePubKey, {"pub_key": b"\4" * 39}, "pub_key"),
    (T.ChangePubKey, {"pub_key": "04"}, "pub_key"),
    (T.ChangePubKey, {"l1_sig": None}, "l1_sig"),
    (T.ChangePubKey, {"pub_key": b"\x01" * 40}, "pub_key"),  # not a curve point encoding
    (T.ChangePubKey, {"pub_key": b"\xff" * 40}, "pub_key"),  # limbs >= p: not canonical
    (T.ChangePubKey, {"pub_key": bytes(40)}, "pub_key"),  # the neutral point: nobody's public key
    (T.ChangePubKey, {"pub_key": b"\4" + bytes(39)}, "pub_key"),  # valid, but another key's (private key 1)
    # pools
    (T.CreatePublicPool, {"operator_fee": 1_000_001}, "operator_fee"),
    (T.CreatePublicPool, {"initial_total_shares": 999_999}, "initial_total_shares"),
    (T.CreatePublicPool, {"min_operator_share_rate": 10_001}, "min_operator_share_rate"),
    (T.UpdatePublicPool, {"status": 2}, "status"),
    (T.UpdatePublicPool, {"public_pool_index": -2}, "public_pool_index"),
    (T.MintShares, {"public_pool_index": 55}, "public_pool_index"),
    (T.MintShares, {"share_amount": 0}, "share_amount"),
    (T.BurnShares, {"share_amount": 2**60}, "share_amount"),
    (T.StakeAssets, {"staking_pool_index": 2**47 - 1}, "staking_pool_index"),
    (T.UnstakeAssets, {"share_amount": -1}, "share_amount"),
    # account
    (T.UpdateLeverage, {"initial_margin_fraction": 0}, "initial_margin_fraction"),
    (T.UpdateLeverage, {"initial_margin_fraction": 10_001}, "initial_margin_fraction"),
    (T.UpdateLeverage, {"margin_mode": 2}, "margin_mode"),
    (T.UpdateLeverage, {"market_index": 255}, "market_index"),
    (T.UpdateMargin, {"usdc_amount": 0}, "usdc_amount"),
    (T.UpdateMargin, {"usdc_amount": 2**60}, "usdc_amount"),
    (T.UpdateMargin, {"direction": 2}, "direction"),
    (T.ApproveIntegrator, {"max_spot_maker_fee": 1_000_001}, "max_spot_maker_fee"),
    (T.ApproveIntegrator, {"approval_expiry": 0}, "approval_expiry"),
    (T.ApproveIntegrator, {"approval_expiry": 2**48}, "approval_expiry"),
    (T.ApproveIntegrator, {"integrator_account_index": -2}, "integrator_account_index"),
    (T.UpdateAccountConfig, {"account_trading_mode": 2}, "account_trading_mode"),
    (T.UpdateAccountAssetConfig, {"asset_index": 0}, "asset_index"),
    (T.UpdateAccountAssetConfig, {"asset_margin_mode": 2}, "asset_margin_mode"),
    # binary options
    (T.BinaryOptionsCreateMarket, {"market_index": 999}, "market_index"),
    (T.BinaryOptionsCreateMarket, {"market_index": 2001}, "market_index"),
    (T.BinaryOptionsCreateMarket, {"market_type": 1}, "market_type"),
    (T.BinaryOptionsCreateMarket, {"quote_asset_id": 1}, "quote_asset_id"),
    (T.BinaryOptionsCreateMarket, {"end_timestamp": 1800000000000}, "end_timestamp"),
    (T.BinaryOptionsCreateMarket, {"default_price": 10001}, "default_price"),
    (T.BinaryOptionsCreateMarket, {"price_decimals": 5}, "price_decimals"),
    (T.BinaryOptionsCreateMarket, {"quote_extension_multiplier": 10}, "quote_extension_multiplier"),
    (T.BinaryOptionsCreateMarket, {"size_extension_multiplier": 10}, "size_extension_multiplier"),
    (T.BinaryOptionsCreateMarket, {"open_interest_limit": 999_999}, "open_interest_limit"),
    (T.BinaryOptionsCreateMarket, {"open_interest_limit": 2**56}, "open_interest_limit"),
    (T.BinaryOptionsCreateMarket, {"order_quote_limit": 19}, "order_quote_limit"),
    (T.BinaryOptionsCreateMarket, {"symbol": "X" * 32}, "symbol"),
    (T.BinaryOptionsCreateMarket, {"symbol": b"AB\0CD"}, "symbol"),
    (T.BinaryOptionsCreateMarket, {"taker_fee": 1_000_001}, "taker_fee"),
    (T.BinaryOptionsCreateMarket, {"is_frozen": 2}, "is_frozen"),
    (T.BinaryOptionsUpdateMarket, {"liquidation_fee": 1}, "liquidation_fee"),
    (T.BinaryOptionsUpdateMarket, {"public_market_index": 255}, "public_market_index"),
    (T.BinaryOptionsUpdateMarket, {"start_timestamp": 1800003600000}, "end_timestamp"),
    (T.BinaryOptionsSettleMarket, {"is_refund": 1}, "settlement_price"),
    (T.BinaryOptionsSettleMarket, {"public_market_index": 2**48}, "public_market_index"),
]


def _case_id(case: tuple[type[T.Tx], dict[str, Any], str]) -> str:
    cls, changes, _ = case
    return f"{cls.__name__}-" + ",".join(f"{k}={str(v)[:12]}" for k, v in changes.items())


class _SpyKey(PrivateKey):
    """A real key that records whether sign() was reached."""

    calls = 0

    def sign(self, message_hash: bytes, *, nonce: int | None = None) -> bytes:
        type(self).calls += 1
        return super().sign(message_hash, nonce=nonce)


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_bad_value_is_refused_before_signing(case: tuple[type[T.Tx], dict[str, Any], str]) -> None:
    cls, changes, field = case
    spy = _SpyKey(int.from_bytes(bytes.fromhex(KEY_HEX), "little"))
    _SpyKey.calls = 0
    with pytest.raises((ValueError, TypeError), match=re.escape(field)) as exc_info:
        tx = attrs.evolve(BASE[cls], **changes)
        T.sign(tx, spy, chain_id=304)
    assert _SpyKey.calls == 0
    assert KEY_HEX not in str(exc_info.value)


def test_base_transactions_are_valid() -> None:
    assert set(BASE) == set(T.TX_CLASS_BY_TYPE.values())
    spy = _SpyKey(int.from_bytes(bytes.fromhex(KEY_HEX), "little"))
    for tx in BASE.values():
        tx.validate()
        T.sign(tx, spy, chain_id=300)
    assert _SpyKey.calls == len(BASE)


def test_signing_account_zero_or_minus_one_names_the_fix() -> None:
    for account in (0, -1):
        refused = r"account_index must be >= 1, got -?\d: .*refuses account index 0"
        with pytest.raises(ValueError, match=refused):
            attrs.evolve(BASE[T.CreateOrder], account_index=account).validate()
    # other account fields keep the official ranges: -1 is a valid destination / integrator / pool
    attrs.evolve(BASE[T.Transfer], to_account_index=-1).validate()
    attrs.evolve(BASE[T.Transfer], to_account_index=0).validate()


def test_change_pub_key_checks_the_key_before_signing_and_shows_none() -> None:
    other = PrivateKey.from_hex("01" + "00" * 39)
    tx = BASE[T.ChangePubKey]
    spy = _SpyKey(int.from_bytes(bytes.fromhex(KEY_HEX), "little"))
    _SpyKey.calls = 0
    for bad, why in (
        (b"\x01" * 40, "not a valid ECgFp5 public key"),
        (bytes(40), "neutral point"),
        (other.public_key.to_bytes(), "not the public key of the private key signing this ChangePubKey"),
    ):
        with pytest.raises(ValueError, match=why) as caught:
            T.sign(attrs.evolve(tx, pub_key=bad), spy, chain_id=304)
        text = str(caught.value)
        assert "pub_key" in text
        for secret_or_key in (KEY_HEX, other.to_hex(), bad.hex(), KEY_PUB.hex()):
            assert secret_or_key not in text
    assert _SpyKey.calls == 0
    # the matching key signs, and the signature verifies against the new key, as the exchange checks it
    signed = T.sign(attrs.evolve(tx, pub_key=other.public_key.to_bytes()), other, chain_id=304)
    assert verify(other.public_key, bytes.fromhex(signed.tx_hash), signed.tx.sig)  # type: ignore[arg-type]


def test_documented_edges_are_accepted() -> None:
    """Values the official signer accepts that a stricter reading of the Go source would refuse."""
    order = BASE[T.CreateOrder]
    for market in (0, 254, 256, 2048, 70000, 2**48 - 1):
        attrs.evolve(order, market_index=market).validate()
    attrs.evolve(BASE[T.UpdateMargin], usdc_amount=-5).validate()
    attrs.evolve(BASE[T.Transfer], to_account_index=-1).validate()
    attrs.evolve(BASE[T.UpdatePublicPool], public_pool_index=-1).validate()
    attrs.evolve(BASE[T.CancelAllOrders], attributes=A(cancel_all_market_index=0)).validate()
    attrs.evolve(BASE[T.CancelAllOrders], attributes=A(cancel_all_market_index=255)).validate()
    T.ApproveIntegrator(
        account_index=1,
        api_key_index=0,
        integrator_account_index=-1,
        max_perps_taker_fee=0,
        max_perps_maker_fee=0,
        max_spot_taker_fee=0,
        max_spot_maker_fee=0,
        approval_expiry=0,
        expired_at=1,
        nonce=0,
    ).validate()


def test_sign_arguments_are_checked() -> None:
    tx = BASE[T.CreateOrder]
    with pytest.raises(ValueError, match="chain_id"):
        T.sign(tx, KEY_HEX, chain_id=2**32)
    with pytest.raises(TypeError, match="chain_id"):
        T.sign(tx, KEY_HEX, chain_id=True)
    with pytest.raises(TypeError, match="private_key"):
        T.sign(tx, b"\0" * 40, chain_id=304)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="tx must be"):
        T.sign({"tx_type": 14}, KEY_HEX, chain_id=304)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="nonce"):
        T.sign(tx, KEY_HEX, chain_id=304, nonce=-1)
    with pytest.raises(ValueError) as exc_info:
        T.sign(tx, "zz" * 40, chain_id=304)
    assert "zz" * 40 not in str(exc_info.value)


def test_nonce_from_sign_argument() -> None:
    tx = attrs.evolve(BASE[T.CreateOrder], nonce=None)
    with pytest.raises(ValueError, match="nonce is not set"):
        tx.validate()
    with pytest.raises(ValueError, match="nonce is not set"):
        tx.hash(304)
    signed = T.sign(tx, KEY_HEX, chain_id=304, nonce=5)
    assert signed.tx.nonce == 5
    assert signed.tx_hash == attrs.evolve(tx, nonce=5).hash(304).hex()
