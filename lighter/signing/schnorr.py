"""Schnorr signatures over ECgFp5 with the Poseidon2 challenge (SPEC §8).

A signature is 80 bytes: s (40 B little-endian) ‖ e (40 B little-endian), with
R = k·G, e = H(enc(R) ‖ m) mod n and s = k - e·sk mod n. The message is a 40-byte GF(p^5) hash.
"""

from __future__ import annotations

from typing import Any

from lighter.signing import _fast, _nonce_pool
from lighter.signing._nonce_source import random_nonce
from lighter.signing.scalar import N, from_quintic, to_le_bytes

SIGNATURE_BYTES = 80
MESSAGE_BYTES = 40


def message_limbs(message_hash: object, what: str = "message_hash") -> tuple[int, ...]:
    """Five canonical limbs of a 40-byte message hash; ValueError/TypeError naming ``what`` otherwise."""
    if not isinstance(message_hash, (bytes, bytearray, memoryview)):
        raise TypeError(f"{what} must be bytes, got {type(message_hash).__name__}")
    data = bytes(message_hash)
    if len(data) != MESSAGE_BYTES:
        raise ValueError(f"{what} must be {MESSAGE_BYTES} bytes, got {len(data)}")
    limbs = _fast.limbs_from_bytes(data)
    if limbs is None:
        raise ValueError(f"{what} has a limb >= p (not a canonical GF(p^5) encoding)")
    return limbs


def check_nonce(nonce: object) -> int:
    """Validate an injected nonce: an int in [1, n)."""
    if isinstance(nonce, bool) or not isinstance(nonce, int):
        raise TypeError(f"nonce must be an int, got {type(nonce).__name__}")
    if not 0 < nonce < N:
        raise ValueError("nonce must be in [1, n)")
    return nonce


def sign_scalar(secret: int, message_hash: bytes, *, nonce: int | None = None) -> bytes:
    """Sign a 40-byte message hash with the secret scalar (use ``PrivateKey.sign`` instead)."""
    m = message_limbs(message_hash)
    if nonce is None:
        pair = _nonce_pool.take()
        if pair is None:  # the pool is empty (or off): derive and multiply on the spot
            k = random_nonce(secret, message_hash)
            r = _fast.mul_generator_encoded(k)
            _nonce_pool.touch()
        else:
            k, r = pair
    else:
        k = check_nonce(nonce)
        r = _fast.mul_generator_encoded(k)
    e = from_quintic(_fast.challenge_hash(r, m))
    s = (k - e * secret) % N
    return to_le_bytes(s) + to_le_bytes(e)


def verify_point(point: Any, message_hash: bytes, signature: bytes) -> bool:
    """True iff ``signature`` (80 bytes s‖e) is valid for ``message_hash`` under a decoded public key point
    (``lighter.signing.verify`` parses the key forms). Malformed input gives False, never an exception."""
    try:
        m = message_limbs(message_hash)
    except (ValueError, TypeError):
        return False
    if not isinstance(signature, (bytes, bytearray, memoryview)) or len(signature) != SIGNATURE_BYTES:
        return False
    sig = bytes(signature)
    s = int.from_bytes(sig[:40], "little")
    e = int.from_bytes(sig[40:], "little")
    if s >= N or e >= N:  # strict: Go v0.0.15 reduces these, we refuse non-canonical encodings
        return False
    r = _fast.verify_point_encoded(s, e, point)
    return from_quintic(_fast.challenge_hash(r, m)) == e
