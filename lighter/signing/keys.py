"""API keys: the Schnorr private key (a scalar mod n) and its 40-byte public key (SPEC §7)."""

from __future__ import annotations

import hmac
import secrets
from typing import Any

from lighter.signing import _fast
from lighter.signing.scalar import SCALAR_BYTES, N, to_le_bytes
from lighter.signing.schnorr import sign_scalar, verify_point

PUBLIC_KEY_BYTES = 40
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def _hex_to_bytes(value: object, what: str, nbytes: int) -> bytes:
    """Decode ``0x``-optional hex of exactly ``nbytes`` bytes; errors never echo the value."""
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a hex string, got {type(value).__name__}")
    text = value.strip()
    if text[:2] in ("0x", "0X"):
        text = text[2:]
    if not text:
        raise ValueError(f"{what} is empty")
    if not _HEX_DIGITS.issuperset(text):
        raise ValueError(f"{what} is not valid hex")
    if len(text) != 2 * nbytes:
        got = f"{len(text) // 2} bytes" if len(text) % 2 == 0 else f"{len(text)} hex characters"
        raise ValueError(f"{what} must be {nbytes} bytes ({2 * nbytes} hex characters), got {got}")
    return bytes.fromhex(text)


class PublicKey:
    """An ECgFp5 public key: ``Encode(sk·G)``, 40 bytes (five GF(p) limbs, little-endian)."""

    __slots__ = ("_bytes", "_point")

    def __init__(self, data: bytes, _point: Any) -> None:
        self._bytes = data
        self._point = _point

    @classmethod
    def from_bytes(cls, data: bytes | bytearray | memoryview) -> PublicKey:
        """Parse and validate 40 bytes; ValueError if they are not a canonical encoding of a point."""
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"public key must be bytes, got {type(data).__name__}")
        raw = bytes(data)
        if len(raw) != PUBLIC_KEY_BYTES:
            raise ValueError(f"public key must be {PUBLIC_KEY_BYTES} bytes, got {len(raw)}")
        point = _decode_cached(raw)
        if point is None:
            raise ValueError("public key is not a valid ECgFp5 point encoding")
        return cls(raw, point)

    @classmethod
    def from_hex(cls, value: str) -> PublicKey:
        """Parse 80 hex characters (``0x`` optional), as the API and the official signer print them."""
        return cls.from_bytes(_hex_to_bytes(value, "public key", PUBLIC_KEY_BYTES))

    def to_bytes(self) -> bytes:
        """The 40-byte encoding."""
        return self._bytes

    def hex(self) -> str:
        """80 lowercase hex characters, no ``0x`` (the form the API returns)."""
        return self._bytes.hex()

    def limbs(self) -> tuple[int, int, int, int, int]:
        """The five GF(p) limbs (limb 0 first), as hashed by ChangePubKey."""
        limbs = _fast.limbs_from_bytes(self._bytes)
        assert limbs is not None  # validated at construction
        return limbs

    def verify(self, message_hash: bytes, signature: bytes) -> bool:
        """Shorthand for ``lighter.signing.verify(self, message_hash, signature)``."""
        return verify_point(self._point, message_hash, signature)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PublicKey):
            return self._bytes == other._bytes
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._bytes)

    def __repr__(self) -> str:
        return f"PublicKey('{self.hex()}')"

    __str__ = hex


_DECODE_CACHE: dict[bytes, Any] = {}
_DECODE_CACHE_MAX = 1024


def _decode_cached(raw: bytes) -> Any:
    """Decode a public key, remembering recent ones: the local exchange verifies many txs per key."""
    try:
        return _DECODE_CACHE[raw]
    except KeyError:
        pass
    limbs = _fast.limbs_from_bytes(raw)
    point = None if limbs is None else _fast.decode_public_key(limbs)
    if len(_DECODE_CACHE) >= _DECODE_CACHE_MAX:
        _DECODE_CACHE.clear()
    _DECODE_CACHE[raw] = point
    return point


def verify(public_key: str | bytes | PublicKey, message_hash: bytes, signature: bytes) -> bool:
    """True iff ``signature`` (80 bytes s‖e) is valid for ``message_hash`` (40 bytes) under ``public_key``.

    ``public_key`` may be a PublicKey, its 40 bytes, or 80 hex chars (``0x`` optional). Anything malformed
    (bad key, non-canonical limbs, s or e >= n, wrong lengths) gives False rather than an exception.
    """
    try:
        if isinstance(public_key, PublicKey):
            pk = public_key
        elif isinstance(public_key, str):
            pk = PublicKey.from_hex(public_key)
        else:
            pk = PublicKey.from_bytes(public_key)
    except (ValueError, TypeError):
        return False
    return verify_point(pk._point, message_hash, signature)


class PrivateKey:
    """A Lighter API private key: a scalar in [1, n).

    ``repr()``/``str()`` show only the public key; export the secret explicitly with ``to_hex()``.
    """

    __slots__ = ("_secret", "_public")

    def __init__(self, secret: int) -> None:
        if isinstance(secret, bool) or not isinstance(secret, int):
            raise TypeError(f"private key scalar must be an int, got {type(secret).__name__}")
        if not 0 < secret < N:
            raise ValueError("private key scalar must be in [1, n)")
        self._secret = secret
        self._public: PublicKey | None = None

    @classmethod
    def from_hex(cls, value: str) -> PrivateKey:
        """Parse the official 40-byte little-endian hex form (``0x`` optional).

        Values >= n are reduced mod n, as the official signer does. A key that reduces to 0 is refused.
        """
        raw = _hex_to_bytes(value, "private key", SCALAR_BYTES)
        return cls._from_raw(raw)

    @classmethod
    def from_bytes(cls, data: bytes | bytearray | memoryview) -> PrivateKey:
        """Parse 40 raw bytes (little-endian, reduced mod n)."""
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"private key must be bytes, got {type(data).__name__}")
        raw = bytes(data)
        if len(raw) != SCALAR_BYTES:
            raise ValueError(f"private key must be {SCALAR_BYTES} bytes, got {len(raw)}")
        return cls._from_raw(raw)

    @classmethod
    def _from_raw(cls, raw: bytes) -> PrivateKey:
        secret = int.from_bytes(raw, "little") % N
        if secret == 0:
            raise ValueError("private key is zero modulo the group order")
        return cls(secret)

    @classmethod
    def generate(cls) -> PrivateKey:
        """A fresh key, uniform in [1, n), from ``secrets``."""
        return cls(secrets.randbelow(N - 1) + 1)

    @property
    def public_key(self) -> PublicKey:
        """The matching public key (computed once)."""
        if self._public is None:
            limbs = _fast.mul_generator_encoded(self._secret)
            raw = b"".join(c.to_bytes(8, "little") for c in limbs)
            self._public = PublicKey.from_bytes(raw)
        return self._public

    def to_hex(self) -> str:
        """Export the secret: 80 lowercase hex characters (40 bytes little-endian, reduced), no ``0x``."""
        return to_le_bytes(self._secret).hex()

    def to_bytes(self) -> bytes:
        """Export the secret as 40 bytes little-endian."""
        return to_le_bytes(self._secret)

    def sign(self, message_hash: bytes, *, nonce: int | None = None) -> bytes:
        """Schnorr-sign a 40-byte message hash; returns 80 bytes s‖e.

        The nonce is fresh for every call (``_nonce_source.random_nonce``: seeded from ``secrets``, hedged
        with the key and message; or prepared ahead in idle time by ``_nonce_pool``, used once) unless given
        (tests only: reusing a nonce for two messages reveals the key).
        """
        return sign_scalar(self._secret, message_hash, nonce=nonce)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PrivateKey):
            return hmac.compare_digest(self.to_bytes(), other.to_bytes())
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.public_key)

    def __repr__(self) -> str:
        return f"PrivateKey(public_key='{self.public_key.hex()}')"

    __str__ = __repr__

    def __reduce__(self) -> tuple[Any, ...]:
        return (PrivateKey, (self._secret,))
