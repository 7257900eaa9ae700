"""The Poseidon2 calls a transaction hash needs (SPEC §5, §9.0), imported lazily from lighter.signing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from lighter.transactions._attributes import TxAttributes

_hash5: Callable[[Sequence[int]], Sequence[int]] | None = None


def hash_to_quintic(elements: Sequence[int]) -> Sequence[int]:
    """``HashToQuinticExtension``: 5 canonical limbs. Ints may be negative (two's-complement u64)."""
    global _hash5
    if _hash5 is None:
        from lighter.signing.poseidon2 import hash_to_quintic_extension

        _hash5 = hash_to_quintic_extension
    return _hash5(elements)


def hash_no_pad(elements: Sequence[int]) -> tuple[int, ...]:
    """``HashNoPad``: the first 4 outputs of the same sponge (it never needs a second squeeze)."""
    return tuple(hash_to_quintic(elements)[:4])


def hash_two_to_one(left: Sequence[int], right: Sequence[int]) -> tuple[int, ...]:
    """``HashTwoToOne(a, b) = HashNoPad(a[0..3] || b[0..3])`` (grouped orders)."""
    return hash_no_pad([*left[:4], *right[:4]])


def limbs_to_bytes(limbs: Sequence[int]) -> bytes:
    """Five canonical limbs -> 40 bytes, 8 bytes little-endian each, limb 0 first (SPEC §1)."""
    return b"".join([limb.to_bytes(8, "little") for limb in limbs])


def finish(base_elements: Sequence[int], attributes: TxAttributes) -> bytes:
    """Hash the tx elements, fold in the attribute hash if any attribute is hashed, return 40 bytes."""
    base = hash_to_quintic(base_elements)
    if attributes.is_empty():
        return limbs_to_bytes(base)
    attr_hash = _attribute_hash(tuple(attributes.elements()))
    return limbs_to_bytes(hash_to_quintic([*base, *attr_hash]))


@lru_cache(maxsize=256)
def _attribute_hash(elements: tuple[int, ...]) -> Sequence[int]:
    # A client sends the same few attribute sets over and over (skip-nonce, integrator fees, self-trade
    # mode): caching this pure function saves one of the permutations of every such transaction.
    return tuple(hash_to_quintic(elements))
