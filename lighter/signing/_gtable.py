"""Fixed-base tables for G in memory: signed windows of 90-byte records, and k·G from them.

Window i covers scalar bits [o_i, o_i + w_i) and holds d·2^o_i·G for d = 1..2^(w_i - 1) as affine
(x, u); a negative digit uses -P = (x, -u), so k·G costs one mixed addition per non-zero window and no
doubling. A record is five 18-byte slots; slot j holds limb j of x in bytes 0-7 and limb j of u in
bytes 9-16 (little-endian, canonical; the other bytes are zero). That is the 144-bit slot layout of
``_packed`` with u interleaved 72 bits up, so one ``int.from_bytes`` and two masks give both packed
coordinates: as fast as tuples of ready-packed ints, in a third of the memory (a plain 80-byte record
would need ~20 shifts and masks per lookup, +0.4 µs per addition).

Two layouts are used: the shipped one (``_table``: 32 windows of 10 bits, 1.47 MB in memory, 31
additions) and the big cached one (``_cache``: 23 windows of 14 bits, 16 957 440 bytes, 22 additions),
which is built by ``main`` in a background process (about 3 s of CPU).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence

from lighter.signing import _packed as pk
from lighter.signing import curve
from lighter.signing import extension as fp5

RECORD = 90
U_SHIFT = 72  # u's limbs sit 72 bits above x's in every slot


class GTable:
    """The table bytes plus the per-window recoding constants used by ``add_multiple``."""

    __slots__ = ("data", "widths", "recode")

    def __init__(self, data: bytes, widths: Sequence[int]) -> None:
        if len(data) != table_size(widths):
            raise ValueError("table size does not match its window widths")
        self.data = data
        self.widths = tuple(widths)
        recode = []
        base = -RECORD  # digit d (1-based) sits at base + RECORD·d
        for w in widths:
            recode.append(((1 << w) - 1, 1 << (w - 1), w, base))
            base += RECORD << (w - 1)
        # (mask, half, width, byte offset of digit 0) per window
        self.recode = tuple(recode)


def _batch_normalize(points: list[tuple[int, int, int, int]]) -> list[tuple[int, int]]:
    """Affine (x, u) of projective points, packed canonical, with one inversion (Montgomery's trick)."""
    dens = []
    for _, z, _, t in points:
        dens.append(z)
        dens.append(t)
    prefix = []
    acc = pk.ONE
    for d in dens:
        prefix.append(acc)
        acc = pk.mul(acc, d)
    inv = pk.pack(fp5.inv_or_zero(pk.unpack(acc)))
    invs = [0] * len(dens)
    for i in range(len(dens) - 1, -1, -1):
        invs[i] = pk.mul(inv, prefix[i])
        inv = pk.mul(inv, dens[i])
    pack, unpack, mul = pk.pack, pk.unpack, pk.mul
    return [
        (pack(unpack(mul(x, invs[2 * j]))), pack(unpack(mul(u, invs[2 * j + 1]))))
        for j, (x, _, u, _) in enumerate(points)
    ]


def table_size(widths: Sequence[int]) -> int:
    """Bytes of a table with these window widths."""
    return RECORD * sum(1 << (w - 1) for w in widths)


def check_widths(widths: Sequence[int]) -> None:
    """ValueError unless the windows cover a scalar below n plus the recoding carry (>= 320 bits)."""
    if not widths or any(not 2 <= w <= 20 for w in widths) or sum(widths) < 320:
        raise ValueError(f"window widths must be in [2, 20] and sum to >= 320, got {tuple(widths)}")


def add_multiple(
    table: GTable, acc: tuple[int, int, int, int] | None, k: int
) -> tuple[int, int, int, int] | None:
    """acc ⊕ k·G (acc None means the neutral); k in [0, n). Same recoding as ``_fast``."""
    data = table.data
    frombytes = int.from_bytes
    add_affine = pk.add_affine_inline
    m64, pp = pk.M64, pk.PP
    carry = 0
    for mask, half, width, base in table.recode:
        d = (k & mask) + carry
        k >>= width
        if d > half:
            d = mask + 1 - d  # the digit is -d: use -P = (x, -u)
            carry = 1
            if d == 0:
                continue
            o = base + 90 * d
            v = frombytes(data[o : o + 90], "little")
            x = v & m64
            u = pp - ((v >> 72) & m64)
        elif d:
            carry = 0
            o = base + 90 * d
            v = frombytes(data[o : o + 90], "little")
            x = v & m64
            u = (v >> 72) & m64
        else:
            carry = 0
            continue
        acc = (x, 1, u, 1) if acc is None else add_affine(acc, x, u)
    return acc


def iter_windows(widths: Sequence[int], only: Iterable[int] | None = None) -> Iterator[tuple[int, bytes]]:
    """(window index, its bytes) for every window, or for the indices in ``only`` (tests sample those)."""
    base = tuple(pk.pack(c) for c in curve.GENERATOR)  # 2^o·G, projective
    wanted = None if only is None else set(only)
    for i, w in enumerate(widths):
        if wanted is not None and not wanted:
            return
        if wanted is None or i in wanted:
            if wanted is not None:
                wanted.discard(i)
            bx, bu = _batch_normalize([base])[0]  # type: ignore[list-item]
            pts = [(bx, pk.ONE, bu, pk.ONE)]
            for _ in range(1, 1 << (w - 1)):
                pts.append(pk.add_affine_inline(pts[-1], bx, bu))
            out = bytearray()
            for x, u in _batch_normalize(pts):
                out += (x | u << U_SHIFT).to_bytes(RECORD, "little")
            yield i, bytes(out)
        base = pk.mdouble(base, w)  # type: ignore[arg-type]


def build(widths: Sequence[int]) -> bytes:
    """The whole table in memory (tests; the cache builder streams windows to a file instead)."""
    check_widths(widths)
    return b"".join(chunk for _, chunk in iter_windows(widths))


def write_file(path: str, widths: Sequence[int]) -> None:
    """Build the table into ``path`` atomically: a temporary file in the same directory, then rename.

    The temporary file is created by `tempfile.mkstemp` (a random name, ``O_CREAT|O_EXCL``, mode 0600), so
    a link planted in a shared cache directory is never followed; the rename replaces a link at ``path``
    itself rather than writing through it.
    """
    import tempfile  # only the builder process needs it

    check_widths(widths)
    directory, name = os.path.split(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            for _, chunk in iter_windows(widths):
                f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        if os.path.lexists(tmp):  # only our own temporary file, never a link's target
            os.unlink(tmp)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the background builder: ``PATH WIDTHS [LOCK]`` (widths comma-separated).

    ``LOCK``, the lock file the parent created for this build, is removed when the build ends.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) not in (2, 3):
        sys.stderr.write("usage: python -m lighter.signing._gtable PATH W1,W2,... [LOCK]\n")
        return 2
    path, spec = args[0], args[1]
    try:
        write_file(path, tuple(int(w) for w in spec.split(",")))
    finally:
        if len(args) == 3 and os.path.exists(args[2]):
            os.unlink(args[2])
    return 0


if __name__ == "__main__":
    sys.exit(main())
