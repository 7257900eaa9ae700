"""Hot paths of the signer: k·G, s·G ⊕ e·PK, public-key decoding and the challenge hash.

Results are identical to the readable reference (``curve``, ``extension``, ``poseidon2``); the speed comes
from packed GF(p^5) arithmetic (``_packed``), a fixed-base table for G (``_gtable``: the shipped one of
``_table`` on first use, the bigger one of ``_cache`` once it exists) and straight-line Poseidon2.
Not constant-time: fine for a single-tenant signer, see the docs.
"""

from __future__ import annotations

import os
from typing import Any

from lighter.signing import _gtable, curve
from lighter.signing import _packed as pk
from lighter.signing import extension as fp5
from lighter.signing._gtable import GTable
from lighter.signing._poseidon2_fast import permute
from lighter.signing.field import P

_M64 = (1 << 64) - 1
_TABLE: GTable | None = None  # the shipped table (``_table``), until the big one is ready
_BIG: GTable | None = None  # the cached big table (``_cache``)
_BIG_STARTED = False


def table() -> GTable:
    """The shipped fixed-base table for G, loaded on first use."""
    global _TABLE
    if _TABLE is None:
        from lighter.signing import _table

        _TABLE = _table.load()
    return _TABLE


def use_big_table(big: GTable | None) -> None:
    """Switch k·G to ``big`` (None: back to the shipped table); called once the cache file is checked."""
    global _BIG, _TABLE
    _BIG = big
    if big is not None:
        _TABLE = None  # free the shipped table (1.5 MB)


def _start_big_table() -> None:
    global _BIG_STARTED
    from lighter.signing import _cache

    _BIG_STARTED = True
    big = _cache.start(use_big_table)
    if big is not None:
        use_big_table(big)


def reset_tables() -> None:
    """Forget both tables and the cache lookup (tests; a forked child re-checks the cache)."""
    global _BIG, _TABLE, _BIG_STARTED
    _BIG = None
    _TABLE = None
    _BIG_STARTED = False
    from lighter.signing import _cache

    _cache.reset()


def _after_fork_in_child() -> None:
    global _BIG_STARTED
    if _BIG is None and _BIG_STARTED:  # the parent's build thread did not survive the fork
        from lighter.signing import _cache

        _cache.reset()
        _BIG_STARTED = False


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def limbs_from_bytes(data: bytes) -> tuple[int, int, int, int, int] | None:
    """Five u64 LE limbs of 40 bytes, or None if one is >= p."""
    v = int.from_bytes(data, "little")
    limbs = (v & _M64, (v >> 64) & _M64, (v >> 128) & _M64, (v >> 192) & _M64, v >> 256)
    if limbs[0] >= P or limbs[1] >= P or limbs[2] >= P or limbs[3] >= P or limbs[4] >= P:
        return None
    return limbs


_Z1, _Z2, _Z3, _Z4 = (pow(1041288259238279555, i, P) for i in range(1, 5))  # Frobenius twists z^i
_Z6, _Z8 = pow(1041288259238279555, 6, P), pow(1041288259238279555, 8, P)


def _encode(point: tuple[int, int, int, int]) -> tuple[int, int, int, int, int]:
    """w = T/U as canonical limbs (0 for the neutral), with an inlined norm-based inverse (SPEC §3)."""
    a0, a1, a2, a3, a4 = pk.unpack(point[2])
    # d = φ(a); e = d·φ(d) = φ(a)·φ²(a)
    d1, d2, d3, d4 = a1 * _Z1 % P, a2 * _Z2 % P, a3 * _Z3 % P, a4 * _Z4 % P
    f1, f2, f3, f4 = d1 * _Z1 % P, d2 * _Z2 % P, d3 * _Z3 % P, d4 * _Z4 % P
    e0, e1, e2, e3, e4 = fp5.mul((a0, d1, d2, d3, d4), (a0, f1, f2, f3, f4))
    # f = e·φ²(e)
    f = fp5.mul((e0, e1, e2, e3, e4), (e0, e1 * _Z2 % P, e2 * _Z4 % P, e3 * _Z6 % P, e4 * _Z8 % P))
    g = (a0 * f[0] + 3 * (a1 * f[4] + a2 * f[3] + a3 * f[2] + a4 * f[1])) % P
    if g == 0:
        return (0, 0, 0, 0, 0)
    w = fp5.mul(pk.unpack(point[3]), f)
    gi = pow(g, -1, P)
    return (w[0] * gi % P, w[1] * gi % P, w[2] * gi % P, w[3] * gi % P, w[4] * gi % P)


def _add_generator_multiple(
    acc: tuple[int, int, int, int] | None, k: int
) -> tuple[int, int, int, int] | None:
    """acc ⊕ k·G from the table (acc None means the neutral); k in [0, n)."""
    tab = _BIG
    if tab is None:
        if not _BIG_STARTED:
            _start_big_table()  # loads the cached table if there is one
        tab = _BIG or table()
    return _gtable.add_multiple(tab, acc, k)


def mul_generator_encoded(k: int) -> tuple[int, int, int, int, int]:
    """enc(k·G) as 5 canonical limbs."""
    acc = _add_generator_multiple(None, k)
    return (0, 0, 0, 0, 0) if acc is None else _encode(acc)


class DecodedKey:
    """A decoded public key with its signed window of multiples 1..16 (for verification)."""

    __slots__ = ("window",)

    def __init__(self, point: tuple[int, int, int, int]) -> None:
        window = [point, pk.double(point)]
        for _ in range(2, 16):
            window.append(pk.add(window[-1], point))
        self.window = window


def decode_public_key(limbs: tuple[int, ...]) -> Any:
    """A DecodedKey for a public key's limbs, or None if they encode no point."""
    point = curve.decode(fp5.from_ints(limbs))
    if point is None:
        return None
    return DecodedKey(tuple(pk.pack(c) for c in point))  # type: ignore[arg-type]


def _signed_digits5(e: int) -> list[int]:
    """e in 65 signed 5-bit digits (most significant last), each in [-15, 16]."""
    digits = []
    carry = 0
    for _ in range(65):
        d = (e & 31) + carry
        e >>= 5
        if d > 16:
            d -= 32
            carry = 1
        else:
            carry = 0
        digits.append(d)
    return digits


def verify_point_encoded(s: int, e: int, key: Any) -> tuple[int, int, int, int, int]:
    """enc(s·G ⊕ e·PK)."""
    window = key.window
    acc: tuple[int, int, int, int] | None = None
    for d in reversed(_signed_digits5(e)):
        if acc is not None:
            acc = pk.mdouble(acc, 5)
        if d == 0:
            continue
        if d > 0:
            q = window[d - 1]
        else:
            x, z, u, t = window[-d - 1]
            q = (x, z, pk.P16 - u, t)  # window U slots stay below 2^67.3 < 16p
        acc = q if acc is None else pk.add(acc, q)
    acc = _add_generator_multiple(acc, s)
    return (0, 0, 0, 0, 0) if acc is None else _encode(acc)


def challenge_hash(r: tuple[int, ...], m: tuple[int, ...]) -> tuple[int, int, int, int, int]:
    """H(r ‖ m): the 10-element sponge of SPEC §5 written out (two permutations)."""
    st = permute([r[0], r[1], r[2], r[3], r[4], m[0], m[1], m[2], 0, 0, 0, 0])
    st[0] = m[3]
    st[1] = m[4]
    st = permute(st)
    return (st[0], st[1], st[2], st[3], st[4])
