"""The quintic extension GF(p^5) = GF(p)[X] / (X^5 - 3) (SPEC §3).

An element is a tuple ``(c0, c1, c2, c3, c4)`` of canonical GF(p) ints meaning ``c0 + c1·X + ... + c4·X^4``.
This is the readable reference arithmetic; the hot paths (curve additions) use a packed form in ``_packed``.
"""

from __future__ import annotations

from collections.abc import Sequence

from lighter.signing import field
from lighter.signing.field import P

Fp5 = tuple[int, int, int, int, int]

ZERO: Fp5 = (0, 0, 0, 0, 0)
ONE: Fp5 = (1, 0, 0, 0, 0)
W = 3  # X^5 = W
_FROB_Z = 1041288259238279555  # 3^((p-1)/5), so φ(X) = z·X
_FROB = tuple(tuple(pow(_FROB_Z, k * i, P) for i in range(5)) for k in range(5))


def from_ints(cs: Sequence[int]) -> Fp5:
    """An element from five ints, each reduced mod p."""
    if len(cs) != 5:
        raise ValueError(f"a GF(p^5) element has 5 limbs, got {len(cs)}")
    return (cs[0] % P, cs[1] % P, cs[2] % P, cs[3] % P, cs[4] % P)


def from_base(a: int) -> Fp5:
    """Embed a GF(p) element."""
    return (a % P, 0, 0, 0, 0)


def add(a: Fp5, b: Fp5) -> Fp5:
    """a + b."""
    return ((a[0] + b[0]) % P, (a[1] + b[1]) % P, (a[2] + b[2]) % P, (a[3] + b[3]) % P, (a[4] + b[4]) % P)


def sub(a: Fp5, b: Fp5) -> Fp5:
    """a - b."""
    return ((a[0] - b[0]) % P, (a[1] - b[1]) % P, (a[2] - b[2]) % P, (a[3] - b[3]) % P, (a[4] - b[4]) % P)


def neg(a: Fp5) -> Fp5:
    """-a."""
    return ((-a[0]) % P, (-a[1]) % P, (-a[2]) % P, (-a[3]) % P, (-a[4]) % P)


def scale(a: Fp5, k: int) -> Fp5:
    """k·a for a GF(p) scalar k."""
    return ((a[0] * k) % P, (a[1] * k) % P, (a[2] * k) % P, (a[3] * k) % P, (a[4] * k) % P)


def mul(a: Fp5, b: Fp5) -> Fp5:
    """a · b: schoolbook product with X^5 folded back as 3 (SPEC §3)."""
    a0, a1, a2, a3, a4 = a
    b0, b1, b2, b3, b4 = b
    return (
        (a0 * b0 + 3 * (a1 * b4 + a2 * b3 + a3 * b2 + a4 * b1)) % P,
        (a0 * b1 + a1 * b0 + 3 * (a2 * b4 + a3 * b3 + a4 * b2)) % P,
        (a0 * b2 + a1 * b1 + a2 * b0 + 3 * (a3 * b4 + a4 * b3)) % P,
        (a0 * b3 + a1 * b2 + a2 * b1 + a3 * b0 + 3 * a4 * b4) % P,
        (a0 * b4 + a1 * b3 + a2 * b2 + a3 * b1 + a4 * b0) % P,
    )


def square(a: Fp5) -> Fp5:
    """a²."""
    return mul(a, a)


def frobenius(a: Fp5, k: int = 1) -> Fp5:
    """φ^k(a) = a^(p^k): limb i times z^(k·i)."""
    f = _FROB[k % 5]
    return (a[0], a[1] * f[1] % P, a[2] * f[2] % P, a[3] * f[3] % P, a[4] * f[4] % P)


def norm(a: Fp5) -> int:
    """N(a) = a·φ(a)·φ²(a)·φ³(a)·φ⁴(a), an element of GF(p)."""
    d = frobenius(a, 1)
    e = mul(d, frobenius(d, 1))  # φ(a)·φ²(a)
    f = mul(e, frobenius(e, 2))  # φ(a)·φ²(a)·φ³(a)·φ⁴(a)
    return mul(a, f)[0]


def inv_or_zero(a: Fp5) -> Fp5:
    """1/a, with 0 mapped to 0 (Go's ``InverseOrZero``); uses the norm (SPEC §3)."""
    d = frobenius(a, 1)
    e = mul(d, frobenius(d, 1))
    f = mul(e, frobenius(e, 2))
    g = mul(a, f)[0]
    return scale(f, field.inv_or_zero(g))


def div(a: Fp5, b: Fp5) -> Fp5:
    """a / b (0 if b is 0)."""
    return mul(a, inv_or_zero(b))


def pow_(a: Fp5, e: int) -> Fp5:
    """a^e for e >= 0."""
    result = ONE
    base = a
    while e:
        if e & 1:
            result = mul(result, base)
        base = mul(base, base)
        e >>= 1
    return result


def legendre(a: Fp5) -> int:
    """The quadratic character of a: 0, 1 or -1 (via the norm, SPEC §3)."""
    return field.legendre(norm(a))


def sqrt(a: Fp5) -> Fp5 | None:
    """A square root of a, or None when a is not a square (SPEC §3)."""
    if a == ZERO:
        return ZERO
    v = pow_(a, 1 << 31)
    d = mul(mul(a, pow_(v, 1 << 32)), inv_or_zero(v))
    e = frobenius(mul(d, frobenius(d, 2)), 1)
    f = square(e)
    a0, a1, a2, a3, a4 = a
    g = (a0 * f[0] + 3 * (a1 * f[4] + a2 * f[3] + a3 * f[2] + a4 * f[1])) % P
    s = field.sqrt(g)
    if s is None:
        return None
    root = scale(inv_or_zero(e), s)
    return root if square(root) == a else None


def quintic_to_bytes(a: Sequence[int]) -> bytes:
    """40 bytes: five canonical limbs, each 8 bytes little-endian, limb 0 first (SPEC §1)."""
    if len(a) != 5:
        raise ValueError(f"a GF(p^5) element has 5 limbs, got {len(a)}")
    c0, c1, c2, c3, c4 = a[0] % P, a[1] % P, a[2] % P, a[3] % P, a[4] % P
    return (c0 | c1 << 64 | c2 << 128 | c3 << 192 | c4 << 256).to_bytes(40, "little")


def quintic_from_bytes(data: bytes | bytearray | memoryview) -> Fp5:
    """Read 40 bytes (five u64 little-endian limbs) into an element.

    Raises ValueError on a wrong length or a limb >= p: our encodings are canonical, so a non-canonical
    limb means corrupted input.
    """
    data = bytes(data)
    if len(data) != 40:
        raise ValueError(f"a GF(p^5) element is 40 bytes, got {len(data)}")
    limbs = tuple(int.from_bytes(data[8 * i : 8 * i + 8], "little") for i in range(5))
    for i, c in enumerate(limbs):
        if c >= P:
            raise ValueError(f"GF(p^5) limb {i} is not canonical (>= p)")
    return limbs  # type: ignore[return-value]
