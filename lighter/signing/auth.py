"""Auth tokens for the REST and WebSocket APIs (SPEC §11).

``token = f"{deadline}:{account_index}:{api_key_index}:" + hex(Schnorr(H(message)))`` where ``message`` is
the part before the signature, hashed as 8-byte little-endian chunks (the last one zero-padded).
"""

from __future__ import annotations

import time

from lighter.signing.keys import PrivateKey, PublicKey, verify
from lighter.signing.poseidon2 import hash_to_quintic_extension

DEFAULT_LIFETIME_SECONDS = 600
MAX_ACCOUNT_INDEX = (1 << 48) - 2
MAX_API_KEY_INDEX = 254
MAX_INT64 = (1 << 63) - 1
# Unix seconds stay below 10^11 until the year 5138; a bigger deadline is almost surely milliseconds, so
# create_auth_token refuses it (the official signer would sign it; verify_auth_token accepts it).
_MAX_DEADLINE_SECONDS = 10**11


def _check_int(value: object, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if not low <= value <= high:
        raise ValueError(f"{name} must be in [{low}, {high}], got {value}")
    return value


def auth_message(deadline: int, account_index: int, api_key_index: int) -> str:
    """The signed text ``"deadline:account:api_key"`` after validating each field."""
    _check_int(deadline, "deadline", 0, MAX_INT64)
    _check_int(account_index, "account_index", 0, MAX_ACCOUNT_INDEX)
    _check_int(api_key_index, "api_key_index", 0, MAX_API_KEY_INDEX)
    return f"{deadline}:{account_index}:{api_key_index}"


def auth_message_hash(message: str) -> bytes:
    """The 40-byte hash of an auth message: ASCII in 8-byte LE chunks, zero-padded, then Poseidon2."""
    data = message.encode("ascii")
    elems = [int.from_bytes(data[i : i + 8], "little") for i in range(0, len(data), 8)]
    h = hash_to_quintic_extension(elems)
    return b"".join(c.to_bytes(8, "little") for c in h)


def create_auth_token(
    private_key: PrivateKey,
    *,
    account_index: int,
    api_key_index: int,
    deadline: int | None = None,
) -> str:
    """A signed auth token valid until ``deadline`` (unix seconds; default now + 600 s)."""
    if not isinstance(private_key, PrivateKey):
        raise TypeError(f"private_key must be a PrivateKey, got {type(private_key).__name__}")
    if deadline is None:
        deadline = int(time.time()) + DEFAULT_LIFETIME_SECONDS
    elif not isinstance(deadline, bool) and isinstance(deadline, int) and deadline >= _MAX_DEADLINE_SECONDS:
        raise ValueError(f"deadline must be unix seconds, got {deadline} (milliseconds?)")
    message = auth_message(deadline, account_index, api_key_index)
    signature = private_key.sign(auth_message_hash(message))
    return f"{message}:{signature.hex()}"


def parse_auth_token(token: str) -> tuple[int, int, int, bytes]:
    """Split a token into ``(deadline, account_index, api_key_index, signature)``; ValueError if malformed."""
    if not isinstance(token, str):
        raise TypeError(f"auth token must be a str, got {type(token).__name__}")
    parts = token.split(":")
    if len(parts) != 4:
        raise ValueError("auth token must have 4 ':'-separated parts")
    names = ("deadline", "account_index", "api_key_index")
    numbers = []
    for name, text in zip(names, parts[:3], strict=True):
        if not text.isascii() or not text.isdigit() or (len(text) > 1 and text[0] == "0"):
            raise ValueError(f"auth token {name} is not a decimal number")
        numbers.append(int(text))
    sig_hex = parts[3]
    if len(sig_hex) != 160 or sig_hex.lower() != sig_hex:
        raise ValueError("auth token signature must be 160 lowercase hex characters")
    try:
        sig = bytes.fromhex(sig_hex)
    except ValueError:
        raise ValueError("auth token signature is not valid hex") from None
    return numbers[0], numbers[1], numbers[2], sig


def verify_auth_token(token: str, public_key: str | bytes | PublicKey) -> bool:
    """True iff the token is well formed and signed by ``public_key``. Does not check the deadline."""
    try:
        deadline, account_index, api_key_index, sig = parse_auth_token(token)
        message = auth_message(deadline, account_index, api_key_index)
    except (ValueError, TypeError):
        return False
    return verify(public_key, auth_message_hash(message), sig)
