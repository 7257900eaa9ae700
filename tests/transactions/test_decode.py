"""decode(): clear ValueErrors for anything that is not a tx_info of the given type; defaults; SignedTx."""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest

from lighter import transactions as T
from lighter.signing import PrivateKey

from ._vectors import OK_VECTORS

BY_TYPE: dict[int, dict[str, Any]] = {}
for _v in OK_VECTORS:
    BY_TYPE.setdefault(_v["tx_type"], _v)
ORDER_INFO = BY_TYPE[14]["tx_info"]
GROUPED_INFO = BY_TYPE[28]["tx_info"]
TRANSFER_INFO = BY_TYPE[12]["tx_info"]
PUBKEY_INFO = BY_TYPE[8]["tx_info"]


def _edit(tx_info: str, **changes: Any) -> str:
    obj = json.loads(tx_info)
    for key, value in changes.items():
        if value is _DROP:
            del obj[key]
        else:
            obj[key] = value
    return json.dumps(obj)


_DROP = object()

BAD: list[tuple[int, Any, str]] = [
    (99, ORDER_INFO, "unknown or unsupported tx_type 99"),
    (0, ORDER_INFO, "tx_type 0"),
    (15, ORDER_INFO, "CancelOrder: missing Index; unexpected BaseAmount"),
    (14, "{not json", "not valid JSON"),
    (14, "[1, 2]", "must be a JSON object"),
    (14, _edit(ORDER_INFO, Price=_DROP), "missing Price"),
    (14, _edit(ORDER_INFO, Extra=1), "unexpected Extra"),
    (14, _edit(ORDER_INFO, Price="300000"), "Price must be a JSON integer"),
    (14, _edit(ORDER_INFO, Price=300000.0), "Price must be a JSON integer"),
    (14, _edit(ORDER_INFO, IsAsk=True), "IsAsk must be a JSON integer"),
    (14, _edit(ORDER_INFO, Nonce=None), "Nonce must be a JSON integer"),
    (14, _edit(ORDER_INFO, Sig="***"), "Sig is not valid base64"),
    (14, _edit(ORDER_INFO, Sig=12), "Sig must be a base64 string"),
    (14, _edit(ORDER_INFO, L2TxAttributes=[1]), "L2TxAttributes must be null or an object"),
    (14, _edit(ORDER_INFO, L2TxAttributes={"x": 1}), "attribute key 'x' is not a number"),
    (14, _edit(ORDER_INFO, L2TxAttributes={"9": 1}), "unknown attribute type '9'"),
    (14, _edit(ORDER_INFO, L2TxAttributes={"4": "1"}), "L2TxAttributes[4] must be an integer"),
    (28, _edit(GROUPED_INFO, Orders={}), "Orders must be an array"),
    (28, _edit(GROUPED_INFO, Orders=[1]), "Orders[0] must be an object"),
    (28, _edit(GROUPED_INFO, Orders=[{"MarketIndex": 1}]), "Orders[0]: missing ClientOrderIndex"),
    (12, _edit(TRANSFER_INFO, Memo=[1] * 31), "Memo must be an array of 32 numbers"),
    (12, _edit(TRANSFER_INFO, Memo=[256] * 32), "Memo must hold byte values"),
    (12, _edit(TRANSFER_INFO, Memo="aa" * 32), "Memo must be an array"),
    (12, _edit(TRANSFER_INFO, L1Sig=5), "L1Sig must be a string"),
    (12, _edit(TRANSFER_INFO, FromAccountIndex=_DROP, AccountIndex=1), "missing FromAccountIndex"),
    (8, _edit(PUBKEY_INFO, PubKey=None), "PubKey must be a base64 string"),
]


@pytest.mark.parametrize("tx_type,tx_info,message", BAD, ids=[b[2][:40] for b in BAD])
def test_decode_refuses(tx_type: int, tx_info: Any, message: str) -> None:
    with pytest.raises(ValueError) as exc_info:
        T.decode(tx_type, tx_info)
    assert message in str(exc_info.value)


def test_decode_type_argument() -> None:
    with pytest.raises(TypeError):
        T.decode("14", ORDER_INFO)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        T.decode(True, ORDER_INFO)
    assert isinstance(T.decode(T.TxType.CREATE_ORDER, ORDER_INFO.encode()), T.CreateOrder)
    assert T.tx_class(14) is T.CreateOrder


def test_decode_does_not_check_ranges_but_validate_does() -> None:
    tx = T.decode(14, _edit(ORDER_INFO, Price=0))
    assert tx.price == 0  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="price"):
        tx.validate()


def test_attributes_helpers() -> None:
    attrs_ = T.TxAttributes.from_pairs({4: 1, 1: 7, 2: 5})
    assert attrs_.items() == [(1, 7), (2, 5), (4, 1)]
    assert attrs_.to_json_obj() == {"1": 7, "2": 5, "4": 1}
    assert attrs_.json_fragment() == '{"1":7,"2":5,"4":1}'
    assert attrs_.elements() == [1, 7, 2, 5, 4, 1, 0, 0]
    assert T.TxAttributes().json_fragment() == "null" and T.TxAttributes().is_empty()
    market_all = T.TxAttributes(cancel_all_market_index=255)
    assert market_all.is_empty() and market_all.to_json_obj() == {"5": 255}
    assert not T.TxAttributes(cancel_all_market_index=0).is_empty()
    with pytest.raises(ValueError, match="unknown attribute type"):
        T.TxAttributes.from_pairs([(0, 1)])
    tx = T.CancelOrder(
        account_index=1, api_key_index=0, market_index=0, index=1, expired_at=0, nonce=0, attributes={4: 1}
    )
    assert tx.attributes == T.TxAttributes(skip_nonce=1)


def test_defaults() -> None:
    assert T.default_expired_at(1_000) == 600_000
    assert T.default_order_expiry(1_000) == 1_000 + 28 * 24 * 3600 * 1000
    before = T.default_expired_at()
    assert 0 < before - T.DEFAULT_TX_LIFETIME_MS <= T.default_expired_at() - T.DEFAULT_TX_LIFETIME_MS


def test_signed_tx_repr_and_l1_rules() -> None:
    v = BY_TYPE[14]
    signed = T.sign(T.decode(14, v["tx_info"]), v["private_key_hex"], chain_id=v["chain_id"])
    assert v["private_key_hex"] not in repr(signed) and v["private_key_hex"] not in repr(signed.tx)
    assert signed.message_to_sign is None
    with pytest.raises(ValueError, match="carries no L1Sig"):
        signed.with_l1_signature("0x" + "11" * 65)
    v8 = BY_TYPE[8]
    key8 = PrivateKey.from_hex(v8["private_key_hex"])
    tx8 = attrs.evolve(T.decode(8, v8["tx_info"]), pub_key=key8.public_key.to_bytes())
    signed8 = T.sign(tx8, key8, chain_id=v8["chain_id"])
    with pytest.raises(ValueError, match="l1_sig"):
        signed8.with_l1_signature("0x1234")
    attached = signed8.with_l1_signature("0x" + "11" * 65)
    assert '"L1Sig":"0x' + "11" * 65 + '","ExpiredAt"' in attached.tx_info


def test_pub_key_and_memo_accept_hex() -> None:
    key_hex = "0x" + "04" + "00" * 39
    tx = T.ChangePubKey(account_index=1, api_key_index=0, pub_key=key_hex, expired_at=0, nonce=0)
    assert tx.pub_key == bytes.fromhex(key_hex[2:])
    transfer = T.Transfer(
        from_account_index=1,
        api_key_index=0,
        to_account_index=2,
        asset_index=3,
        amount=1,
        memo="ab" * 32,
        expired_at=0,
        nonce=0,
    )
    assert transfer.memo == b"\xab" * 32
    assert T.Transfer(
        from_account_index=1,
        api_key_index=0,
        to_account_index=2,
        asset_index=3,
        amount=1,
        expired_at=0,
        nonce=0,
    ).memo == bytes(32)
    with pytest.raises(ValueError, match="pub_key"):
        T.ChangePubKey(account_index=1, api_key_index=0, pub_key="zz", expired_at=0, nonce=0)
    assert (
        T.Withdraw(from_account_index=9, api_key_index=0, asset_index=3, amount=1, expired_at=0).account_index
        == 9
    )


def test_binary_options_derived_fields() -> None:
    tx = T.BinaryOptionsCreateMarket(
        account_index=1,
        api_key_index=0,
        market_index=1500,
        start_timestamp=0,
        end_timestamp=1,
        settlement_cap=10000,
        settlement_type=0,
        default_price=5000,
        taker_fee=0,
        maker_fee=0,
        min_base_amount=1,
        min_quote_amount=1,
        order_quote_limit=1,
        open_interest_limit=1,
        symbol="BTC-UP-1H",
        size_decimals=2,
        price_decimals=4,
        expired_at=0,
        nonce=0,
    )
    assert tx.quote_extension_multiplier == 10**6
    assert tx.size_extension_multiplier == 10**10
    assert tx.symbol == b"BTC-UP-1H".ljust(32, b"\0")
    tx.validate()


def test_l1_message_needs_the_nonce() -> None:
    tx = T.ChangePubKey(account_index=1, api_key_index=0, pub_key=b"\4" + bytes(39), expired_at=0)
    with pytest.raises(ValueError, match="nonce"):
        tx.l1_message(304)
    with_nonce = attrs.evolve(tx, nonce=7)
    assert "nonce: 0x0000000000000007" in with_nonce.l1_message(304)
    assert T.decode(14, ORDER_INFO).l1_message(304) is None
