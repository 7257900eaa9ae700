"""Every relevant vector produced by the official signer (tests/data/signing_vectors.json)."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from lighter.signing import (
    PrivateKey,
    PublicKey,
    create_auth_token,
    parse_auth_token,
    quintic_from_bytes,
    quintic_to_bytes,
    verify,
    verify_auth_token,
)
from lighter.signing.auth import auth_message_hash
from lighter.signing.poseidon2 import hash_to_quintic_extension
from lighter.signing.scalar import N

from .conftest import VECTORS


def _strip0x(s: str) -> str:
    return s[2:] if s.startswith("0x") else s


@pytest.mark.parametrize("vec", VECTORS["key_derivation"], ids=lambda v: v["name"])
def test_key_derivation(vec: dict[str, Any]) -> None:
    key = PrivateKey.from_hex(vec["private_key_hex"])
    assert int(key.to_hex(), 16) == int.from_bytes(bytes.fromhex(key.to_hex()), "big")  # plain hex
    assert int.from_bytes(key.to_bytes(), "little") == int(vec["private_key_scalar_mod_n"])
    assert key.public_key.hex() == vec["public_key_hex_from_so"]
    assert list(key.public_key.limbs()) == [int(x) for x in vec["public_key_limbs"]]
    # the 0x form parses to the same key
    assert PrivateKey.from_hex("0x" + vec["private_key_hex"]) == key


@pytest.mark.parametrize("vec", VECTORS["generated_keys"], ids=lambda v: v["public_key"][:10])
def test_generated_keys(vec: dict[str, Any]) -> None:
    key = PrivateKey.from_hex(vec["private_key"])
    assert key.public_key.hex() == _strip0x(vec["public_key"])
    assert key.to_hex() == _strip0x(vec["private_key"])  # the official generator emits canonical scalars


@pytest.mark.parametrize("vec", VECTORS["auth_tokens"], ids=lambda v: f"{v['key']}-{v['deadline_arg']}")
def test_auth_token_official(vec: dict[str, Any]) -> None:
    derived = vec["derived"]
    message = derived["signed_message_ascii"]
    # deadline_arg 0 makes the .so pick now + 7 h itself
    deadline = vec["deadline_arg"] or int(message.split(":")[0])
    assert message == f"{deadline}:{vec['account_index']}:{vec['api_key_index']}"
    data = message.encode()
    elems = [int.from_bytes(data[i : i + 8], "little") for i in range(0, len(data), 8)]
    assert elems == [int(x) for x in derived["message_elements"]]
    assert auth_message_hash(message).hex() == derived["message_hash_le_hex"]
    assert quintic_to_bytes(hash_to_quintic_extension(elems)).hex() == derived["message_hash_le_hex"]

    token = vec["auth_token"]
    parsed_deadline, account, api_key, sig = parse_auth_token(token)
    assert (parsed_deadline, account, api_key) == (deadline, vec["account_index"], vec["api_key_index"])
    assert sig.hex() == vec["sig_hex"]
    assert base64.b64decode(vec["sig_base64"]) == sig
    assert verify(vec["public_key_hex"], bytes.fromhex(derived["message_hash_le_hex"]), sig)
    assert verify_auth_token(token, vec["public_key_hex"])

    # our own token for the same inputs: same message, a fresh signature that verifies
    key = PrivateKey.from_hex(vec["private_key_hex"])
    if deadline >= 10**11:  # we refuse deadlines that look like milliseconds; sign the message directly
        with pytest.raises(ValueError, match="milliseconds"):
            create_auth_token(key, account_index=account, api_key_index=api_key, deadline=deadline)
        ours = f"{message}:{key.sign(auth_message_hash(message)).hex()}"
    else:
        ours = create_auth_token(key, account_index=account, api_key_index=api_key, deadline=deadline)
    assert ours.rsplit(":", 1)[0] == message
    assert len(ours.rsplit(":", 1)[1]) == 160
    assert verify_auth_token(ours, key.public_key)
    assert verify_auth_token(ours, vec["public_key_hex"])


@pytest.mark.parametrize(
    "vec", VECTORS["schnorr_fixed_nonce_kats"]["vectors"], ids=lambda v: f"k={v['nonce_k'][:12]}"
)
def test_schnorr_fixed_nonce_kat(vec: dict[str, Any]) -> None:
    key = PrivateKey.from_hex(vec["private_key_hex"])
    assert key.public_key.hex() == vec["public_key_hex"]
    msg = bytes.fromhex(vec["message_hash_le_hex"])
    k = int(vec["nonce_k"])
    sig = key.sign(msg, nonce=k)
    assert sig.hex() == vec["sig_hex"]
    assert verify(key.public_key, msg, sig)
    # the challenge input is enc(k·G) ‖ m
    limbs = [int(x) for x in vec["challenge_input_elements"]]
    assert quintic_to_bytes(limbs[:5]).hex() == vec["R_encoded_le_hex"]
    assert quintic_to_bytes(limbs[5:]) == msg
    e = int.from_bytes(sig[40:], "little")
    h = hash_to_quintic_extension(limbs)
    assert e == sum(c << (64 * i) for i, c in enumerate(h)) % N


@pytest.mark.parametrize(
    "vec", VECTORS["l1_signature_examples"], ids=lambda v: f"{v['function']}-{v['l1_sig'][2:10]}"
)
def test_l1_signature_examples(vec: dict[str, Any]) -> None:
    from lighter.signing import l1_recover, l1_sign

    sig = l1_sign(vec["message_to_sign"], vec["eth_private_key"])
    assert sig == vec["l1_sig"]
    assert l1_recover(vec["message_to_sign"], sig) == vec["eth_address"]


_SIGNED_TXS = [t for t in VECTORS["transactions"] if t["err"] is None]


@pytest.mark.parametrize("vec", _SIGNED_TXS, ids=lambda v: f"{v['function']}-{v['tx_hash'][:8]}")
def test_official_transaction_signatures_verify(vec: dict[str, Any]) -> None:
    """End-to-end smoke check: each official Sig verifies against tx_hash; a flipped bit does not."""
    tx_info = json.loads(vec["tx_info"])
    sig = base64.b64decode(tx_info["Sig"])
    assert sig.hex() == vec["sig_hex"]
    msg = bytes.fromhex(vec["tx_hash"])
    quintic_from_bytes(msg)  # canonical
    pk = PublicKey.from_hex(vec["public_key_hex"])
    assert verify(pk, msg, sig)
    bad = bytearray(msg)
    bad[3] ^= 0x10
    assert not verify(pk, bytes(bad), sig)
