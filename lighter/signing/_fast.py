"""Hot paths of the signer: k·G, s·G ⊕ e·PK, public-key decoding and the challenge hash.

Version 0: built on the readable reference modules. Same results as the later fast version.
"""

from __future__ import annotations

from typing import Any

from lighter.signing import curve
from lighter.signing import extension as fp5
from lighter.signing.field import P
from lighter.signing.poseidon2 import hash_to_quintic_extension


def limbs_from_bytes(data: bytes) -> tuple[int, int, int, int, int] | None:
    """Five u64 LE limbs of 40 bytes, or None if one is >= p."""
    v = int.from_bytes(data, "little")
    limbs = (v & 0xFFFFFFFFFFFFFFFF, (v >> 64) & 0xFFFFFFFFFFFFFFFF, (v >> 128) & 0xFFFFFFFFFFFFFFFF,
             (v >> 192) & 0xFFFFFFFFFFFFFFFF, v >> 256)
    if max(limbs) >= P:
        return None
    return limbs


def mul_generator_encoded(k: int) -> tuple[int, ...]:
    """enc(k·G) as 5 limbs."""
    return curve.encode(curve.multiply(curve.GENERATOR, k))


def decode_public_key(limbs: tuple[int, ...]) -> Any:
    """Decoded point for a public key's limbs, or None if they encode no point."""
    return curve.decode(fp5.from_ints(limbs))


def verify_point_encoded(s: int, e: int, pk_point: Any) -> tuple[int, ...]:
    """enc(s·G ⊕ e·PK)."""
    return curve.encode(curve.add(curve.multiply(curve.GENERATOR, s), curve.multiply(pk_point, e)))


def challenge_hash(r: tuple[int, ...], m: tuple[int, ...]) -> tuple[int, int, int, int, int]:
    """H(r ‖ m), 10 elements (SPEC §8)."""
    return hash_to_quintic_extension([*r, *m])
