"""Every transaction vector of the official signer (lighter-sdk 1.1.8 .so), SPEC §9 and §12."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from lighter import transactions as T
from lighter.signing import PrivateKey, l1_sign, verify

from ._vectors import (
    ERROR_VECTORS,
    FUNCTION_CLASS,
    OK_VECTORS,
    TX_VECTORS,
    VECTORS,
    build_from_inputs,
    signer_of,
    vector_id,
)

ok = pytest.mark.parametrize("v", OK_VECTORS, ids=[vector_id(v) for v in OK_VECTORS])


def _without_sig(tx_info: str) -> dict[str, Any]:
    obj: dict[str, Any] = json.loads(tx_info)
    obj.pop("Sig")
    return obj


def test_vector_counts_and_type_coverage() -> None:
    assert len(TX_VECTORS) == 72
    assert len(OK_VECTORS) == 63
    assert len(ERROR_VECTORS) == 9
    assert {v["tx_type"] for v in OK_VECTORS} == set(T.TX_CLASS_BY_TYPE) == {int(t) for t in T.TxType}


@ok
def test_hash_recomputed_from_tx_info(v: dict[str, Any]) -> None:
    tx = T.decode(v["tx_type"], v["tx_info"])
    assert tx.tx_type == v["tx_type"]
    assert tx.hash(v["chain_id"]).hex() == v["tx_hash"]


@ok
def test_hash_elements_match_reference(v: dict[str, Any]) -> None:
    tx = T.decode(v["tx_type"], v["tx_info"])
    expected = [int(e["u64"]) for e in v["derived"]["hash_input_elements"]]
    assert [x & (2**64 - 1) for x in tx.hash_elements(v["chain_id"])] == expected
    if "attribute_elements" in v["derived"]:
        assert tx.attributes.elements() == [int(x) for x in v["derived"]["attribute_elements"]]
    else:
        assert tx.attributes.is_empty()


@ok
def test_official_signature_verifies(v: dict[str, Any]) -> None:
    tx = T.decode(v["tx_type"], v["tx_info"])
    assert tx.sig == base64.b64decode(v["sig_base64"])
    message = tx.hash(v["chain_id"])
    assert verify(v["public_key_hex"], message, tx.sig)
    flipped = bytes([message[0] ^ 1]) + message[1:]
    assert not verify(v["public_key_hex"], flipped, tx.sig)


@ok
def test_decode_encode_round_trip_is_exact(v: dict[str, Any]) -> None:
    tx = T.decode(v["tx_type"], v["tx_info"])
    assert tx.to_tx_info() == v["tx_info"]
    assert tx.to_tx_info(tx.sig) == v["tx_info"]
    # re-serialised with spaces (as the official Python SDK does after adding L1Sig)
    spaced = json.dumps(json.loads(v["tx_info"]))
    assert T.decode(v["tx_type"], spaced) == tx
    assert T.decode(v["tx_type"], json.loads(v["tx_info"])) == tx


@ok
def test_resign_matches_official_output(v: dict[str, Any]) -> None:
    tx = T.decode(v["tx_type"], v["tx_info"])
    vector_key = PrivateKey.from_hex(v["private_key_hex"])
    assert vector_key.public_key.hex() == v["public_key_hex"]
    key = PrivateKey.from_hex(signer_of(v))  # the vector's key, or for ChangePubKey the new key's
    signed = T.sign(tx, key, chain_id=v["chain_id"])
    assert signed.tx_type == v["tx_type"]
    assert signed.tx_hash == v["tx_hash"]
    assert _without_sig(signed.tx_info) == _without_sig(v["tx_info"])
    assert list(json.loads(signed.tx_info)) == list(json.loads(v["tx_info"]))  # key order
    assert signed.message_to_sign == v["message_to_sign"]
    assert signed.tx.sig is not None and signed.tx.sig != tx.sig  # random nonce
    assert verify(key.public_key, bytes.fromhex(signed.tx_hash), signed.tx.sig)


@pytest.mark.parametrize(
    "v", [v for v in OK_VECTORS if v["function"] == "SignChangePubKey"], ids=lambda v: str(v["account_index"])
)
def test_change_pub_key_signed_by_another_key_is_refused(v: dict[str, Any]) -> None:
    # The official signer produced these signing with a key other than the registered one; the exchange
    # verifies a ChangePubKey's signature against the new key, so we refuse before signing.
    tx = T.decode(v["tx_type"], v["tx_info"])
    assert tx.pub_key.hex() != v["public_key_hex"]
    refused = "pub_key is not the public key of the private key signing"
    with pytest.raises(ValueError, match=refused) as caught:
        T.sign(tx, v["private_key_hex"], chain_id=v["chain_id"])
    assert v["private_key_hex"] not in str(caught.value) and tx.pub_key.hex() not in str(caught.value)


@ok
def test_built_from_c_api_inputs_matches(v: dict[str, Any]) -> None:
    tx = build_from_inputs(v)
    tx.validate()
    assert _without_sig(tx.to_tx_info()) == _without_sig(v["tx_info"])
    assert tx.hash(v["chain_id"]).hex() == v["tx_hash"]
    assert tx.l1_message(v["chain_id"]) == v["message_to_sign"]


@ok
def test_sign_with_explicit_nonce_and_hex_key(v: dict[str, Any]) -> None:
    tx = T.decode(v["tx_type"], v["tx_info"])
    signed = T.sign(tx, signer_of(v), chain_id=v["chain_id"], nonce=tx.nonce)
    assert signed.tx_hash == v["tx_hash"]


@pytest.mark.parametrize("v", ERROR_VECTORS, ids=[vector_id(v) for v in ERROR_VECTORS])
def test_error_cases_are_refused_before_signing(v: dict[str, Any]) -> None:
    key = PrivateKey.from_hex(v["private_key_hex"])
    with pytest.raises((ValueError, TypeError)):
        tx = build_from_inputs(v)
        T.sign(tx, key, chain_id=v["chain_id"])
    with pytest.raises((ValueError, TypeError)):
        build_from_inputs(v).validate()


_L1 = VECTORS["l1_signature_examples"]


@pytest.mark.parametrize("ex", _L1, ids=[f"{e['function']}-{i}" for i, e in enumerate(_L1)])
def test_l1_signature_example(ex: dict[str, Any]) -> None:
    official = json.loads(ex["tx_info_with_l1sig_as_python_sdk_sends"])
    tx = FUNCTION_CLASS[ex["function"]].from_tx_info(official)
    assert tx.l1_sig == ex["l1_sig"]
    vector = next(v for v in OK_VECTORS if v.get("message_to_sign") == ex["message_to_sign"])
    assert tx.l1_message(vector["chain_id"]) == ex["message_to_sign"]
    assert l1_sign(ex["message_to_sign"], ex["eth_private_key"]) == ex["l1_sig"]
    # the SDK's path: sign, then attach the L1 signature
    unsigned = T.decode(vector["tx_type"], vector["tx_info"])
    signed = T.sign(unsigned, vector["private_key_hex"], chain_id=vector["chain_id"])
    assert signed.message_to_sign == ex["message_to_sign"]
    with_l1 = signed.with_l1_signature(ex["l1_sig"])
    assert with_l1.tx_hash == signed.tx_hash
    assert with_l1.tx.l1_sig == ex["l1_sig"]
    obj = json.loads(with_l1.tx_info)
    assert list(obj) == list(official)
    official.pop("Sig")
    assert obj.pop("Sig") == json.loads(signed.tx_info)["Sig"]
    assert obj == official
    assert T.decode(vector["tx_type"], with_l1.tx_info) == with_l1.tx
