"""The official-signer vectors (tests/data/signing_vectors.json) and a builder that turns a vector's C-API
inputs into a transaction object the way a caller of this SDK would."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import attrs

from lighter import transactions as T
from lighter.transactions._base import snake_case

VECTORS_PATH = Path(__file__).resolve().parents[1] / "data" / "signing_vectors.json"

with open(VECTORS_PATH, encoding="utf-8") as _f:
    VECTORS: dict[str, Any] = json.load(_f)

TX_VECTORS: list[dict[str, Any]] = VECTORS["transactions"]
OK_VECTORS = [v for v in TX_VECTORS if not v.get("expect_error")]
ERROR_VECTORS = [v for v in TX_VECTORS if v.get("expect_error")]

# C-API function name -> tx class
FUNCTION_CLASS: dict[str, type[T.Tx]] = {
    "SignCreateOrder": T.CreateOrder,
    "SignCreateGroupedOrders": T.CreateGroupedOrders,
    "SignCancelOrder": T.CancelOrder,
    "SignCancelAllOrders": T.CancelAllOrders,
    "SignModifyOrder": T.ModifyOrder,
    "SignWithdraw": T.Withdraw,
    "SignCreateSubAccount": T.CreateSubAccount,
    "SignTransfer": T.Transfer,
    "SignCreatePublicPool": T.CreatePublicPool,
    "SignUpdatePublicPool": T.UpdatePublicPool,
    "SignMintShares": T.MintShares,
    "SignBurnShares": T.BurnShares,
    "SignStakeAssets": T.StakeAssets,
    "SignUnstakeAssets": T.UnstakeAssets,
    "SignUpdateLeverage": T.UpdateLeverage,
    "SignUpdateMargin": T.UpdateMargin,
    "SignApproveIntegrator": T.ApproveIntegrator,
    "SignUpdateAccountConfig": T.UpdateAccountConfig,
    "SignUpdateAccountAssetConfig": T.UpdateAccountAssetConfig,
    "SignChangePubKey": T.ChangePubKey,
    "SignBinaryOptionsOperatorCreateMarket": T.BinaryOptionsCreateMarket,
    "SignBinaryOptionsOperatorUpdateMarket": T.BinaryOptionsUpdateMarket,
    "SignBinaryOptionsOperatorSettleMarket": T.BinaryOptionsSettleMarket,
}

# vector input name -> our attribute name, where they differ
_RENAMES = {
    "order_type": "type",
    "MarketSlot": "market_index",
    "StartTimestampMs": "start_timestamp",
    "EndTimestampMs": "end_timestamp",
    "new_pub_key": "pub_key",
}
_ATTRIBUTE_INPUTS = {
    "integrator_account_index": 1,
    "integrator_taker_fee": 2,
    "integrator_maker_fee": 3,
    "skip_nonce": 4,
    "self_trade_behavior_mode": 6,
    "self_trade_equality_mode": 7,
    "order_version": 8,
}
_FALLBACK_EXPIRED_AT = 1795505748763


def _known_keys() -> dict[str, str]:
    """Public key hex -> private key hex, for every key pair the vectors list."""
    known = {k["public_key_hex_from_so"]: k["private_key_hex"] for k in VECTORS["key_derivation"]}
    for k in VECTORS["generated_keys"]:
        known[k["public_key"].removeprefix("0x")] = k["private_key"].removeprefix("0x")
    known.update({v["public_key_hex"]: v["private_key_hex"] for v in TX_VECTORS})
    return known


KNOWN_KEYS = _known_keys()


def signer_of(v: dict[str, Any]) -> str:
    """The private key (hex) our sign() must use to reproduce the vector.

    The official signer signs a ChangePubKey with whatever key the client holds (its vectors register the key
    of private key 1, or a generated key, while signing with another); the exchange checks that signature
    against the NEW key, so our sign() insists on the new key's private key. Both ChangePubKey vectors
    register a key whose private key the vectors list, and the tx hash does not depend on the signer."""
    if v["function"] == "SignChangePubKey":
        new_key = json.loads(v["tx_info"])["PubKey"]
        return KNOWN_KEYS[base64.b64decode(new_key).hex()]
    private_key_hex: str = v["private_key_hex"]
    return private_key_hex


def vector_id(v: dict[str, Any]) -> str:
    return f"{v['function'][4:]}-{v.get('note') or v['tx_type']}"[:70]


def c_memo(text: str) -> bytes:
    """The C API's memo rule: 32 raw bytes, 64 hex characters, or 0x + 64 hex."""
    if len(text) == 32:
        return text.encode("latin-1")
    if len(text) in (64, 66):
        return bytes.fromhex(text[2:] if len(text) == 66 else text)
    return text.encode("latin-1")  # any other length: left for validate() to refuse


def expired_at_of(v: dict[str, Any]) -> int:
    if v.get("tx_info"):
        return int(json.loads(v["tx_info"])["ExpiredAt"])
    return _FALLBACK_EXPIRED_AT


def build_from_inputs(v: dict[str, Any]) -> T.Tx:
    """Construct the transaction from the vector's C-API inputs (may raise for the error vectors)."""
    cls = FUNCTION_CLASS[v["function"]]
    inputs = dict(v["inputs"])
    expired_at = expired_at_of(v)
    kwargs: dict[str, Any] = {"api_key_index": v["api_key_index"], "expired_at": expired_at}
    account_key = "from_account_index" if cls in (T.Transfer, T.Withdraw) else "account_index"
    kwargs[account_key] = v["account_index"]
    attributes: dict[int, int] = {}
    for name, attr_type in _ATTRIBUTE_INPUTS.items():
        if name in attrs.fields_dict(cls):
            continue
        value = inputs.pop(name, 0)
        if value:
            attributes[attr_type] = value
    integrator = inputs.pop("integrator", None)
    if integrator:
        for attr_type, value in zip((1, 2, 3), integrator, strict=True):
            if value:
                attributes[attr_type] = value
    market = inputs.pop("cancel_all_market_index", 255)
    if market != 255:
        attributes[5] = market
    kwargs["attributes"] = attributes
    kwargs["nonce"] = inputs.pop("nonce")
    if "memo_c_string" in inputs:
        kwargs["memo"] = c_memo(inputs.pop("memo_c_string"))
    if "orders" in inputs:
        kwargs["orders"] = [T.OrderInfo.from_json_obj(o) for o in inputs.pop("orders")]
    if cls in (T.BinaryOptionsUpdateMarket, T.BinaryOptionsSettleMarket):
        kwargs["public_market_index"] = inputs.pop("MarketIndex")
    if inputs.get("order_expiry") == -1:  # the official SDK default: now + 28 days
        inputs["order_expiry"] = T.default_order_expiry(expired_at - T.DEFAULT_TX_LIFETIME_MS)
    for name, value in inputs.items():
        kwargs[_snake(name)] = value
    return cls(**kwargs)


def _snake(name: str) -> str:
    return _RENAMES.get(name) or snake_case(name)
