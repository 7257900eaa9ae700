"""The ECgFp5 curve group (SPEC §6; T. Pornin, ePrint 2022/274).

Curve y² = x(x² + a·x + b) over GF(p^5) with a = 2, b = 263·X. Points are kept as fractions (X:Z:U:T) with
x = X/Z and u = x/y = U/T. The group is the prime-order group of order n with neutral N = (0, 0); the
complete addition formula below already implements its law. This module is the readable reference; the
signer's hot paths use ``_fast`` (same results, packed arithmetic and tables).
"""

from __future__ import annotations

from lighter.signing import extension as fp5
from lighter.signing.extension import Fp5

A: Fp5 = (2, 0, 0, 0, 0)
B: Fp5 = (0, 263, 0, 0, 0)
_B_TIMES_2: Fp5 = (0, 526, 0, 0, 0)

Point = tuple[Fp5, Fp5, Fp5, Fp5]  # (X, Z, U, T)

NEUTRAL: Point = (fp5.ZERO, fp5.ONE, fp5.ZERO, fp5.ONE)
GENERATOR: Point = (
    (
        12883135586176881569,
        4356519642755055268,
        5248930565894896907,
        2165973894480315022,
        2448410071095648785,
    ),
    fp5.ONE,
    fp5.ONE,
    (4, 0, 0, 0, 0),
)


def add(p1: Point, p2: Point) -> Point:
    """The group sum p1 ⊕ p2 (complete: valid for doubling and for the neutral)."""
    x1, z1, u1, tt1 = p1
    x2, z2, u2, tt2 = p2
    mul, sub, ad = fp5.mul, fp5.sub, fp5.add
    t1 = mul(x1, x2)
    t2 = mul(z1, z2)
    t3 = mul(u1, u2)
    t4 = mul(tt1, tt2)
    t5 = sub(sub(mul(ad(x1, z1), ad(x2, z2)), t1), t2)
    t6 = sub(sub(mul(ad(u1, tt1), ad(u2, tt2)), t3), t4)
    t7 = ad(t1, mul(t2, B))
    t8 = mul(t4, t7)
    t9 = mul(t3, ad(mul(_B_TIMES_2, t5), fp5.scale(t7, 2)))
    t10 = mul(ad(t4, fp5.scale(t3, 2)), ad(t5, t7))
    return (
        mul(sub(t10, t8), B),
        sub(t8, t9),
        mul(t6, sub(mul(t2, B), t1)),
        ad(t8, t9),
    )


def negate(p: Point) -> Point:
    """-p: (x, u) -> (x, -u)."""
    return (p[0], p[1], fp5.neg(p[2]), p[3])


def multiply(p: Point, k: int) -> Point:
    """k·p by double-and-add (k >= 0; the reference path, not constant time)."""
    result = NEUTRAL
    addend = p
    while k:
        if k & 1:
            result = add(result, addend)
        addend = add(addend, addend)
        k >>= 1
    return result


def equals(p1: Point, p2: Point) -> bool:
    """Group equality: x1/z1 = x2/z2 and u1/t1 = u2/t2 (cross-multiplied)."""
    x1, z1, u1, t1 = p1
    x2, z2, u2, t2 = p2
    return fp5.mul(x1, z2) == fp5.mul(x2, z1) and fp5.mul(u1, t2) == fp5.mul(u2, t1)


def encode(p: Point) -> Fp5:
    """w = T/U = 1/u (SPEC §6); the neutral encodes to 0."""
    return fp5.mul(p[3], fp5.inv_or_zero(p[2]))


def decode(w: Fp5) -> Point | None:
    """The point whose encoding is w, or None if w encodes no point (SPEC §6)."""
    if w == fp5.ZERO:
        return NEUTRAL
    e = fp5.sub(fp5.square(w), A)
    delta = fp5.sub(fp5.square(e), fp5.scale(B, 4))
    r = fp5.sqrt(delta)
    if r is None:
        return None
    half = (fp5.field.P + 1) // 2
    x1 = fp5.scale(fp5.add(e, r), half)
    x2 = fp5.scale(fp5.sub(e, r), half)
    x = x2 if fp5.legendre(x1) == 1 else x1
    return (x, fp5.ONE, fp5.ONE, w)
