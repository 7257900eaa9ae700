"""Poseidon2 over Goldilocks (width 12) and the sponge hashes built on it (SPEC §4, §5).

Inputs are Go-style integers: each is taken as its u64 bit pattern (two's complement, so -1 means
2^64 - 1) and reduced mod p by the arithmetic. Outputs are canonical field elements.
"""

from __future__ import annotations

from collections.abc import Sequence

from lighter.signing._constants import (
    EXTERNAL_ROUND_CONSTANTS,
    INTERNAL_DIAGONAL,
    INTERNAL_ROUND_CONSTANTS,
)
from lighter.signing._poseidon2_fast import permute as _permute_fast
from lighter.signing.extension import quintic_from_bytes, quintic_to_bytes
from lighter.signing.field import MASK64, P

__all__ = [
    "WIDTH",
    "RATE",
    "permute",
    "hash_n_to_m_no_pad",
    "hash_no_pad",
    "hash_two_to_one",
    "hash_to_quintic_extension",
    "quintic_to_bytes",
    "quintic_from_bytes",
]

WIDTH = 12
RATE = 8
_MIN_I64 = -(1 << 63)
_MAX_U64 = MASK64
_INT_ONLY = {int}


def _m4(a: int, b: int, c: int, d: int) -> tuple[int, int, int, int]:
    # [[2,3,1,1],[1,2,3,1],[1,1,2,3],[3,1,1,2]] times (a, b, c, d), without reduction.
    s = a + b + c + d
    return (s + a + 2 * b, s + b + 2 * c, s + c + 2 * d, s + d + 2 * a)


def _external_layer(st: list[int]) -> list[int]:
    y = [*_m4(*st[0:4]), *_m4(*st[4:8]), *_m4(*st[8:12])]
    sums = [y[i] + y[4 + i] + y[8 + i] for i in range(4)]
    return [(y[i] + sums[i & 3]) % P for i in range(WIDTH)]


def _sbox(x: int) -> int:
    x3 = x * x * x % P
    return x3 * x3 * x % P


def permute_reference(st: list[int]) -> list[int]:
    """The permutation written as loops, exactly as SPEC §4 states it (tests compare the fast one to it)."""
    st = _external_layer(st)
    for r in range(4):
        rc = EXTERNAL_ROUND_CONSTANTS[r]
        st = _external_layer([_sbox(st[i] + rc[i]) for i in range(WIDTH)])
    for r in range(22):
        st[0] = _sbox(st[0] + INTERNAL_ROUND_CONSTANTS[r])
        s = sum(st)
        st = [(st[i] * INTERNAL_DIAGONAL[i] + s) % P for i in range(WIDTH)]
    for r in range(4, 8):
        rc = EXTERNAL_ROUND_CONSTANTS[r]
        st = _external_layer([_sbox(st[i] + rc[i]) for i in range(WIDTH)])
    return st


def _check_u64_inputs(values: Sequence[int], what: str) -> list[int]:
    """The u64 bit patterns of Go-style integers; TypeError/ValueError naming the element otherwise."""
    if values:
        types = set(map(type, values))
        plain: Sequence[int] | None = None
        if types == _INT_ONLY:
            plain = values
        elif bool not in types and all(issubclass(t, int) for t in types):
            plain = [x if type(x) is int else int(x) for x in values]  # IntEnum fields of a tx
        if plain is not None:
            lo, hi = min(plain), max(plain)
            if 0 <= lo and hi <= _MAX_U64:
                return list(plain)
            if _MIN_I64 <= lo and hi <= _MAX_U64:
                return [x & MASK64 for x in plain]
    for i, x in enumerate(values):  # slow path: find the culprit
        if isinstance(x, bool) or not isinstance(x, int):
            raise TypeError(f"{what} {i} must be an int, got {type(x).__name__}")
        if not _MIN_I64 <= x <= _MAX_U64:
            raise ValueError(f"{what} {i} does not fit in 64 bits (int64 or uint64): {x}")
    return [int(x) & MASK64 for x in values]


def permute(state: Sequence[int]) -> list[int]:
    """The Poseidon2 permutation of a 12-element state; returns 12 canonical elements."""
    if len(state) != WIDTH:
        raise ValueError(f"the Poseidon2 state has {WIDTH} elements, got {len(state)}")
    return _permute_fast(_check_u64_inputs(state, "state element"))


def hash_n_to_m_no_pad(inputs: Sequence[int], m: int) -> list[int]:
    """``HashNToMNoPad``: overwrite-mode sponge, rate 8, no padding; the first m outputs (SPEC §5)."""
    elems = _check_u64_inputs(inputs, "hash input element")
    st = [0] * WIDTH
    for start in range(0, len(elems), RATE):
        chunk = elems[start : start + RATE]
        st[: len(chunk)] = chunk
        st = _permute_fast(st)
    out: list[int] = []
    while True:
        out.extend(st[:RATE])
        if len(out) >= m:
            return out[:m]
        st = _permute_fast(st)


def hash_no_pad(inputs: Sequence[int]) -> tuple[int, int, int, int]:
    """``HashNoPad``: the 4-element hash ("HashOut") of the inputs."""
    a, b, c, d = hash_n_to_m_no_pad(inputs, 4)
    return (a, b, c, d)


def hash_two_to_one(left: Sequence[int], right: Sequence[int]) -> tuple[int, int, int, int]:
    """``HashTwoToOne(a, b) = HashNoPad(a[0..3] ‖ b[0..3])`` (used for grouped orders)."""
    if len(left) != 4 or len(right) != 4:
        raise ValueError("hash_two_to_one takes two 4-element hashes")
    return hash_no_pad([*left, *right])


def hash_to_quintic_extension(elements: Sequence[int]) -> tuple[int, int, int, int, int]:
    """``HashToQuinticExtension``: the 5-limb GF(p^5) hash used for tx hashes, challenges and auth tokens."""
    st = [0] * WIDTH
    elems = _check_u64_inputs(elements, "hash input element")
    for start in range(0, len(elems), RATE):
        chunk = elems[start : start + RATE]
        st[: len(chunk)] = chunk
        st = _permute_fast(st)
    return (st[0], st[1], st[2], st[3], st[4])
