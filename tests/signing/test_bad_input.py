"""Bad input is refused with a clear error naming the field, and secrets never leak into messages."""

from __future__ import annotations

import pickle

import pytest

from lighter.signing import (
    PrivateKey,
    PublicKey,
    create_auth_token,
    l1_recover,
    l1_sign,
    parse_auth_token,
    verify,
    verify_auth_token,
)
from lighter.signing.scalar import N

KEY_HEX = "e94a0dd5ecaabd8fcb2eff4ce2dfa37589cce10528ab0e31cf904c5d961853aacf66ff1d7824fc36"
ETH_KEY = "0x4242424242424242424242424242424242424242424242424242424242424242"


@pytest.mark.parametrize(
    ("value", "exc", "text"),
    [
        ("", ValueError, "private key is empty"),
        ("0x", ValueError, "private key is empty"),
        ("12", ValueError, r"must be 40 bytes \(80 hex characters\), got 1 bytes"),
        (KEY_HEX + "ff", ValueError, "got 41 bytes"),
        (KEY_HEX[:-1], ValueError, "got 79 hex characters"),
        ("z" * 80, ValueError, "private key is not valid hex"),
        (KEY_HEX[:-2] + "g0", ValueError, "private key is not valid hex"),
        ("00" * 40, ValueError, "zero modulo the group order"),
        (N.to_bytes(40, "little").hex(), ValueError, "zero modulo the group order"),
        (12345, TypeError, "private key must be a hex string, got int"),
        (bytes(40), TypeError, "got bytes"),
    ],
)
def test_bad_private_keys(value: object, exc: type[Exception], text: str) -> None:
    with pytest.raises(exc, match=text) as info:
        PrivateKey.from_hex(value)  # type: ignore[arg-type]
    assert KEY_HEX[:16] not in str(info.value)


def test_private_key_never_shows_secret() -> None:
    key = PrivateKey.from_hex(KEY_HEX)
    for text in (repr(key), str(key), f"{key}", repr([key])):
        assert KEY_HEX not in text and KEY_HEX[:16] not in text
        assert key.public_key.hex() in text
    assert key.to_hex() == KEY_HEX  # explicit export only
    assert pickle.loads(pickle.dumps(key)) == key
    assert PrivateKey.from_bytes(key.to_bytes()) == key


def test_private_key_scalar_constructor_is_checked() -> None:
    with pytest.raises(TypeError, match="must be an int, got bool"):
        PrivateKey(True)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="got float"):
        PrivateKey(1.0)  # type: ignore[arg-type]
    for bad in (0, N, -1):
        with pytest.raises(ValueError, match=r"in \[1, n\)"):
            PrivateKey(bad)


def test_sign_arguments() -> None:
    key = PrivateKey.from_hex(KEY_HEX)
    with pytest.raises(ValueError, match="message_hash must be 40 bytes, got 32"):
        key.sign(bytes(32))
    with pytest.raises(TypeError, match="message_hash must be bytes, got str"):
        key.sign("00" * 40)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="message_hash has a limb >= p"):
        key.sign(b"\xff" * 40)
    for nonce, exc in ((0, ValueError), (N, ValueError), (True, TypeError), (1.5, TypeError)):
        with pytest.raises(exc, match="nonce"):
            key.sign(bytes(40), nonce=nonce)  # type: ignore[arg-type]


def test_bad_public_keys() -> None:
    with pytest.raises(ValueError, match="public key must be 40 bytes"):
        PublicKey.from_hex("04")
    with pytest.raises(ValueError, match="public key is not valid hex"):
        PublicKey.from_hex("x" * 80)
    with pytest.raises(ValueError, match="not a valid ECgFp5 point"):
        PublicKey.from_bytes(bytes([1]) + bytes(39))  # w = 1 encodes no point
    with pytest.raises(ValueError, match="not a valid ECgFp5 point"):
        PublicKey.from_bytes(b"\xff" * 40)  # non-canonical limbs
    with pytest.raises(TypeError, match="public key must be bytes"):
        PublicKey.from_bytes("04")  # type: ignore[arg-type]


def test_verify_returns_false_on_malformed_input() -> None:
    key = PrivateKey.from_hex(KEY_HEX)
    sig = key.sign(bytes(40))
    assert verify(key.public_key, bytes(40), sig)
    assert not verify("nonsense", bytes(40), sig)
    assert not verify(bytes([1]) + bytes(39), bytes(40), sig)
    assert not verify(key.public_key, bytes(39), sig)
    assert not verify(key.public_key, bytes(40), sig[:79])
    assert not verify(key.public_key, bytes(40), "00" * 80)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "exc", "text"),
    [
        ({"account_index": -1, "api_key_index": 3}, ValueError, "account_index must be in"),
        ({"account_index": 2**48 - 1, "api_key_index": 3}, ValueError, "account_index must be in"),
        ({"account_index": True, "api_key_index": 3}, TypeError, "account_index must be an int, got bool"),
        ({"account_index": 1.0, "api_key_index": 3}, TypeError, "account_index must be an int, got float"),
        ({"account_index": 1, "api_key_index": 255}, ValueError, "api_key_index must be in"),
        ({"account_index": 1, "api_key_index": "3"}, TypeError, "api_key_index must be an int, got str"),
        ({"account_index": 1, "api_key_index": 3, "deadline": -5}, ValueError, "deadline must be in"),
        ({"account_index": 1, "api_key_index": 3, "deadline": 1.5}, TypeError, "deadline must be an int"),
        ({"account_index": 1, "api_key_index": 3, "deadline": 1_800_000_000_000}, ValueError, "milliseconds"),
    ],
)
def test_bad_auth_token_arguments(kwargs: dict[str, object], exc: type[Exception], text: str) -> None:
    key = PrivateKey.from_hex(KEY_HEX)
    with pytest.raises(exc, match=text):
        create_auth_token(key, **kwargs)  # type: ignore[arg-type]


def test_auth_token_needs_a_private_key_object() -> None:
    with pytest.raises(TypeError, match="private_key must be a PrivateKey, got str"):
        create_auth_token(KEY_HEX, account_index=1, api_key_index=3)  # type: ignore[arg-type]


def test_auth_token_default_deadline_and_parsing() -> None:
    import time

    key = PrivateKey.from_hex(KEY_HEX)
    token = create_auth_token(key, account_index=7, api_key_index=2)
    deadline, account, api_key, sig = parse_auth_token(token)
    assert abs(deadline - (time.time() + 600)) < 5
    assert (account, api_key, len(sig)) == (7, 2, 80)
    assert verify_auth_token(token, key.public_key)
    other = PrivateKey.generate()
    assert not verify_auth_token(token, other.public_key)
    tampered = token.replace(":7:", ":8:")
    assert not verify_auth_token(tampered, key.public_key)
    for bad in ("", "1:2:3", "1:2:3:zz", "a:2:3:" + "0" * 160, "01:2:3:" + "0" * 160, "1:2:3:" + "0" * 159):
        with pytest.raises(ValueError):
            parse_auth_token(bad)
        assert not verify_auth_token(bad, key.public_key)


def test_l1_bad_input_never_echoes_the_key() -> None:
    with pytest.raises(ValueError, match="eth_private_key must be 32 bytes") as info:
        l1_sign("hello", ETH_KEY[:-2])
    assert ETH_KEY[2:18] not in str(info.value)
    with pytest.raises(ValueError, match="eth_private_key is not valid hex"):
        l1_sign("hello", "0x" + "zz" * 32)
    with pytest.raises(ValueError, match="not a valid secp256k1 private key") as info:
        l1_sign("hello", "0x" + "00" * 32)
    assert info.value.__cause__ is None
    with pytest.raises(TypeError, match="message_to_sign must be a str"):
        l1_sign(b"hello", ETH_KEY)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="signature_hex must be 65 bytes"):
        l1_recover("hello", "0x1234")
    sig = l1_sign("hello", ETH_KEY)
    assert l1_recover("hello", sig) == "0x17c5185167401eD00cF5F5b2fc97D9BBfDb7D025"
    assert l1_recover("hello!", sig) != "0x17c5185167401eD00cF5F5b2fc97D9BBfDb7D025"
