"""The Goldilocks prime field GF(p), p = 2^64 - 2^32 + 1 (SPEC §2).

Elements are plain Python ints in ``[0, p)``. Inputs coming from Go-style integers are first taken as
their u64 bit pattern (two's complement, SPEC §1) and only then reduced mod p.
"""

from __future__ import annotations

P = 0xFFFFFFFF00000001
"""The Goldilocks prime."""

MASK64 = (1 << 64) - 1

# p - 1 = 2^32 * (2^32 - 1); 7 is a quadratic non-residue, so 7^((p-1)/2^32) generates the 2-Sylow subgroup.
_TWO_ADICITY = 32
_ODD_PART = (P - 1) >> _TWO_ADICITY
_ROOT_OF_UNITY = pow(7, _ODD_PART, P)


def from_u64_pattern(x: int) -> int:
    """Map a Go int64/uint64 value to GF(p): take its u64 bit pattern, then reduce (SPEC §1).

    ``-1`` becomes ``2^64 - 1 ≡ 2^32 - 2``, not ``p - 1``.
    """
    return (x & MASK64) % P


def add(a: int, b: int) -> int:
    """a + b mod p."""
    return (a + b) % P


def sub(a: int, b: int) -> int:
    """a - b mod p."""
    return (a - b) % P


def mul(a: int, b: int) -> int:
    """a * b mod p."""
    return (a * b) % P


def neg(a: int) -> int:
    """-a mod p."""
    return (-a) % P


def inv_or_zero(a: int) -> int:
    """1/a mod p, with 0 mapped to 0 (Go's ``InverseOrZero``)."""
    a %= P
    return pow(a, -1, P) if a else 0


def legendre(a: int) -> int:
    """The Legendre symbol as 0, 1 or -1."""
    r = pow(a % P, (P - 1) // 2, P)
    return -1 if r == P - 1 else r


def sqrt(a: int) -> int | None:
    """A square root of ``a`` mod p, or None if ``a`` is not a square (Tonelli-Shanks)."""
    a %= P
    if a == 0:
        return 0
    if pow(a, (P - 1) // 2, P) != 1:
        return None
    m = _TWO_ADICITY
    c = _ROOT_OF_UNITY
    t = pow(a, _ODD_PART, P)
    r = pow(a, (_ODD_PART + 1) // 2, P)
    while t != 1:
        i = 1
        t2 = t * t % P
        while t2 != 1:
            t2 = t2 * t2 % P
            i += 1
        b = pow(c, 1 << (m - i - 1), P)
        m = i
        c = b * b % P
        t = t * c % P
        r = r * b % P
    return r
