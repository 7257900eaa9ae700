"""Schnorr signatures over ECgFp5 with the Poseidon2 challenge (SPEC §8).

A signature is 80 bytes: s (40 B little-endian) ‖ e (40 B little-endian), with
R = k·G, e = H(enc(R) ‖ m) mod n and s = k - e·sk mod n. The message is a 40-byte GF(p^5) hash.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import secrets
from typing import TYPE_CHECKING

from lighter.signing import _fast, _nonce_pool
from lighter.signing.scalar import N, from_quintic, to_le_bytes

if TYPE_CHECKING:
    from lighter.signing.keys import PublicKey

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


_nonce_seed: bytes | None = None
_nonce_counter = itertools.count()


def _forget_nonce_seed() -> None:
    global _nonce_seed
    _nonce_seed = None  # a forked child draws its own


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_nonce_seed)


def random_nonce(secret: int, message_hash: bytes) -> int:
    """A fresh secret nonce in [1, n) for signing ``message_hash`` with ``secret``.

    SHA-512 of 32 bytes drawn from ``secrets`` once per process (again after ``fork()``), a counter, the
    key and the message, reduced mod n - 1 (bias < 2^-190). Hedged like RFC 6979 with extra entropy: if
    a process state is ever duplicated (a fork the hook missed, a restored VM snapshot) a nonce can only
    repeat for the same key AND message, which repeats the same signature and reveals nothing.
    Nonces prepared ahead by ``_nonce_pool`` come from here too, with a pool marker in place of the
    message (see that module for what covers a duplicated process state then).
    Drawing from ``secrets`` per signature instead would release the GIL in every ``os.urandom``, and a
    thread waiting for the GIL then starves for seconds behind a signing loop (its switch request is
    withdrawn each time the GIL changes hands).
    """
    global _nonce_seed
    seed = _nonce_seed
    if seed is None:
        seed = _nonce_seed = secrets.token_bytes(32)
    data = b"".join(
        (seed, next(_nonce_counter).to_bytes(8, "little"), secret.to_bytes(40, "little"), message_hash)
    )
    return int.from_bytes(hashlib.sha512(data).digest(), "little") % (N - 1) + 1


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


def verify(public_key: str | bytes | PublicKey, message_hash: bytes, signature: bytes) -> bool:
    """True iff ``signature`` (80 bytes s‖e) is valid for ``message_hash`` (40 bytes) under ``public_key``.

    ``public_key`` may be a PublicKey, its 40 bytes, or 80 hex chars (``0x`` optional). Anything malformed
    (bad key, non-canonical limbs, s or e >= n, wrong lengths) gives False rather than an exception.
    """
    from lighter.signing.keys import PublicKey

    try:
        if isinstance(public_key, PublicKey):
            pk = public_key
        elif isinstance(public_key, str):
            pk = PublicKey.from_hex(public_key)
        else:
            pk = PublicKey.from_bytes(public_key)
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
    r = _fast.verify_point_encoded(s, e, pk._point_data())
    return from_quintic(_fast.challenge_hash(r, m)) == e
