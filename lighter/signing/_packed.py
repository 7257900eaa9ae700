"""Packed GF(p^5) arithmetic and ECgFp5 point formulas for the hot paths.

An element is ONE Python int holding its five coefficients in 144-bit slots (coefficient i at bit 144·i).
A product is a single big-int multiplication, X^5 = 3 is folded with a shift, and all five slots are
reduced at once with masks and shifts (2^64 ≡ 2^32 - 1 and 2^96 ≡ -1 mod p), never with ``%``.

Slots are kept non-negative and below a known bound rather than canonical. The bound rules:
  * ``mul(a, b)`` needs bits(a) + bits(b) <= 140 (13 products land in one slot) and returns slots < 3·2^64.
  * ``red`` accepts slots < 2^144 and returns slots < 3·2^64; ``nred`` accepts slots < 2^96, returns < 2^65.
  * a subtraction adds a multiple of p in every slot (P4 = 4p, P8, P16) at least as large as what it removes.
Point formulas (Pornin, ECgFp5) below are annotated with the resulting bounds; tests fuzz them against the
reference implementation in ``curve``/``extension``.
"""

from __future__ import annotations

from lighter.signing.field import P

SLOT = 144
_ONES = sum(1 << (SLOT * i) for i in range(5))
M64 = ((1 << 64) - 1) * _ONES
M32 = ((1 << 32) - 1) * _ONES
M48 = ((1 << 48) - 1) * _ONES
MASK720 = (1 << (5 * SLOT)) - 1
MASK576 = (1 << (4 * SLOT)) - 1
MASK144 = (1 << SLOT) - 1
PP = P * _ONES
P4 = 4 * PP
P8 = 8 * PP
P16 = 16 * PP
ONE = 1


def pack(limbs: tuple[int, ...] | list[int]) -> int:
    """Pack five GF(p) ints (each < 2^64) into slots."""
    return limbs[0] | limbs[1] << 144 | limbs[2] << 288 | limbs[3] << 432 | limbs[4] << 576


def unpack(x: int) -> tuple[int, int, int, int, int]:
    """Five canonical limbs of a packed element."""
    return (
        (x & MASK144) % P,
        ((x >> 144) & MASK144) % P,
        ((x >> 288) & MASK144) % P,
        ((x >> 432) & MASK144) % P,
        (x >> 576) % P,
    )


def red(x: int) -> int:
    """Wide reduction: slots < 2^144 -> slots < 3·2^64 (same value mod p in every slot)."""
    mid = (x >> 64) & M32
    return (x & M64) + (mid << 32) - mid - ((x >> 96) & M48) + PP


def nred(x: int) -> int:
    """Narrow reduction: slots < 2^96 -> slots < 2^65."""
    mid = (x >> 64) & M32
    return (x & M64) + (mid << 32) - mid


def mul(a: int, b: int) -> int:
    """a·b in GF(p^5); bits(a) + bits(b) <= 140; result slots < 3·2^64."""
    t = a * b
    t = (t & MASK720) + 3 * (t >> 720)
    mid = (t >> 64) & M32
    return (t & M64) + (mid << 32) - mid - ((t >> 96) & M48) + PP


def mulb(x: int) -> int:
    """x·b with b = 263·X (slots grow by a factor of 789; reduce before the next product)."""
    return (((x & MASK576) << 144) + 3 * (x >> 576)) * 263


# Point formulas. A point is (X, Z, U, T) with x = X/Z and u = U/T; affine table points are (x, u).
# Output bounds of every formula: X < 2^65, Z < 2^66.8, U < 2^67.3, T < 2^68.3 (inputs may be as large).


def add_affine(p1: tuple[int, int, int, int], x2: int, u2: int) -> tuple[int, int, int, int]:
    """(X1:Z1:U1:T1) ⊕ (x2, u2) with x2, u2 < 2^64.6 (complete formula with Z2 = T2 = 1; 8M)."""
    x1, z1, u1, tt1 = p1
    t1 = mul(x1, x2)
    t3 = mul(u1, u2)
    t5 = x1 + mul(z1, x2)  # < 2^66.2
    t6 = u1 + mul(tt1, u2)  # < 2^67.8
    zb = mulb(z1)  # < 2^76.5
    t7 = nred(t1 + zb)  # < 2^65
    t8 = mul(tt1, t7)
    t9 = mul(t3, nred(2 * (mulb(t5) + t7)))
    t10 = mul(tt1 + 2 * t3, t5 + t7)
    return (
        nred(mulb(t10 - t8 + P4)),
        t8 - t9 + P4,
        mul(t6, nred(zb - t1 + P4)),
        t8 + t9,
    )


def add(p1: tuple[int, int, int, int], p2: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """Complete addition of two projective points (10M)."""
    x1, z1, u1, tt1 = p1
    x2, z2, u2, tt2 = p2
    t1 = mul(x1, x2)
    t2 = mul(z1, z2)
    t3 = mul(u1, u2)
    t4 = mul(tt1, tt2)
    t5 = mul(x1 + z1, x2 + z2) - t1 - t2 + P8  # < 2^67.2
    t6 = mul(u1 + tt1, u2 + tt2) - t3 - t4 + P8
    t2b = mulb(t2)
    t7 = nred(t1 + t2b)
    t8 = mul(t4, t7)
    t9 = mul(t3, nred(2 * (mulb(t5) + t7)))
    t10 = mul(t4 + 2 * t3, t5 + t7)
    return (
        nred(mulb(t10 - t8 + P4)),
        t8 - t9 + P4,
        mul(t6, nred(t2b - t1 + P4)),
        t8 + t9,
    )


_B4 = 4 * 263  # 4b = 1052·X
_C_4B_MINUS_4 = pack((P - 4, 4 * 263, 0, 0, 0))  # 4b - 4


def _mulb16(x: int) -> int:
    return mulb(x) * 16


def double(p1: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """2·P (4M + 5S)."""
    x, z, u, t = p1
    t1 = mul(z, t)
    t2 = mul(t1, t)
    x1 = mul(t2, t2)
    z1 = mul(t1, u)
    t3 = mul(u, u)
    w1 = t2 - mul(2 * (x + z), t3) + P4  # < 2^66.8
    t4 = mul(z1, z1)
    zz = mul(w1, w1)
    return (
        nred(mulb(4 * t4)),
        zz,
        mul(w1 + z1, w1 + z1) - t4 - zz + P8,
        2 * x1 - 4 * t4 - zz + P16,
    )


def mdouble(p1: tuple[int, int, int, int], n: int) -> tuple[int, int, int, int]:
    """2^n·P for n >= 2 (Pornin's repeated doubling through (x, w, z): n·(2M + 5S) + 2M + 1S)."""
    x0, z0, u0, t0 = p1
    t1 = mul(z0, t0)
    t2 = mul(t1, t0)
    x1 = mul(t2, t2)
    z1 = mul(t1, u0)
    t3 = mul(u0, u0)
    w1 = t2 - mul(2 * (x0 + z0), t3) + P4
    t4 = mul(w1, w1)
    t5 = mul(z1, z1)
    x = nred(_mulb16(mul(t5, t5)))  # < 2^65
    w = 2 * x1 - 4 * t5 - t4 + P16  # < 2^68.3
    z = mul(w1 + z1, w1 + z1) - t4 - t5 + P8  # < 2^67.2
    for _ in range(n - 2):
        t1 = mul(z, z)
        t2 = mul(t1, t1)
        t3 = mul(w, w)
        t4 = mul(t3, t3)
        t5 = mul(w + z, w + z) - t1 - t3 + P8
        z = mul(t5, 2 * (x + t1) - t3 + P4)
        x = nred(_mulb16(mul(t2, t4)))
        w = P8 - t4 - mul(t2, _C_4B_MINUS_4)
    t1 = mul(w, w)
    t2 = mul(z, z)
    t3 = mul(w + z, w + z) - t1 - t2 + P8  # < 2^67.2
    w1 = t1 - 2 * (x + t2) + P16  # < 2^68.2
    zz = mul(w1, w1)
    return (
        nred(mulb(mul(t3, t3))),
        zz,
        mul(t3, w1),
        mul(2 * t1, t1 - 2 * t2 + P8) - zz + P4,
    )


def add_affine_inline(
    p1: tuple[int, int, int, int],
    x2: int,
    u2: int,
    _m64: int = M64,
    _m32: int = M32,
    _m48: int = M48,
    _m720: int = MASK720,
    _m576: int = MASK576,
    _pp: int = PP,
    _p4: int = P4,
) -> tuple[int, int, int, int]:
    """``add_affine`` with every ``mul``/``mulb``/``nred`` written out (the k·G inner loop; same bounds).

    Function calls cost about as much as the big-int operations, so this saves ~15 % per addition.
    """
    x1, z1, u1, tt1 = p1
    # t1 = x1·x2
    t = x1 * x2
    t = (t & _m720) + 3 * (t >> 720)
    m = (t >> 64) & _m32
    t1 = (t & _m64) + (m << 32) - m - ((t >> 96) & _m48) + _pp
    # t3 = u1·u2
    t = u1 * u2
    t = (t & _m720) + 3 * (t >> 720)
    m = (t >> 64) & _m32
    t3 = (t & _m64) + (m << 32) - m - ((t >> 96) & _m48) + _pp
    # t5 = x1 + z1·x2
    t = z1 * x2
    t = (t & _m720) + 3 * (t >> 720)
    m = (t >> 64) & _m32
    t5 = x1 + (t & _m64) + (m << 32) - m - ((t >> 96) & _m48) + _pp
    # t6 = u1 + T1·u2
    t = tt1 * u2
    t = (t & _m720) + 3 * (t >> 720)
    m = (t >> 64) & _m32
    t6 = u1 + (t & _m64) + (m << 32) - m - ((t >> 96) & _m48) + _pp
    # zb = b·z1; t7 = nred(t1 + zb)
    zb = (((z1 & _m576) << 144) + 3 * (z1 >> 576)) * 263
    t = t1 + zb
    m = (t >> 64) & _m32
    t7 = (t & _m64) + (m << 32) - m
    # t8 = T1·t7
    t = tt1 * t7
    t = (t & _m720) + 3 * (t >> 720)
    m = (t >> 64) & _m32
    t8 = (t & _m64) + (m << 32) - m - ((t >> 96) & _m48) + _pp
    # t9 = t3·nred(2·(b·t5 + t7))
    t = 2 * ((((t5 & _m576) << 144) + 3 * (t5 >> 576)) * 263 + t7)
    m = (t >> 64) & _m32
    t = t3 * ((t & _m64) + (m << 32) - m)
    t = (t & _m720) + 3 * (t >> 720)
    m = (t >> 64) & _m32
    t9 = (t & _m64) + (m << 32) - m - ((t >> 96) & _m48) + _pp
    # t10 = (T1 + 2·t3)·(t5 + t7); X = nred(b·(t10 - t8 + 4p))
    t = (tt1 + 2 * t3) * (t5 + t7)
    t = (t & _m720) + 3 * (t >> 720)
    m = (t >> 64) & _m32
    t = (t & _m64) + (m << 32) - m - ((t >> 96) & _m48) + _pp - t8 + _p4
    t = (((t & _m576) << 144) + 3 * (t >> 576)) * 263
    m = (t >> 64) & _m32
    x3 = (t & _m64) + (m << 32) - m
    # U = t6·nred(zb - t1 + 4p)
    t = zb - t1 + _p4
    m = (t >> 64) & _m32
    t = t6 * ((t & _m64) + (m << 32) - m)
    t = (t & _m720) + 3 * (t >> 720)
    m = (t >> 64) & _m32
    u3 = (t & _m64) + (m << 32) - m - ((t >> 96) & _m48) + _pp
    return (x3, t8 - t9 + _p4, u3, t8 + t9)
