"""The fixed-base table for the generator G: signed windows, affine (x, u) points.

Window i covers scalar bits [10·i, 10·i + 10) and holds d·2^(10·i)·G for d = 1..512; a negative digit
uses -P = (x, -u). 32 windows cover 320 bits (n < 2^319 plus the carry of the signed recoding) with
16 384 points, so k·G costs 31 additions and no doubling.

The first 24 windows ship as ``g_table.bin`` (80 bytes per point: x then u, five u64 little-endian limbs
each; 983 040 bytes, under the 1 MB package budget), checked against a pinned SHA-256 when loaded. The
last 8 windows are computed on first use (~60 ms). If the file is missing or corrupt the whole table is
rebuilt in memory (~0.3 s) with a warning, so the file is never required for correctness.
Regenerate with ``python -m lighter.signing._table``.
"""

from __future__ import annotations

import hashlib
import logging
from importlib import resources

from lighter.signing import _packed as pk
from lighter.signing import curve
from lighter.signing import extension as fp5

logger = logging.getLogger("lighter.signing")

WIDTHS: tuple[int, ...] = (10,) * 32
SHIPPED_WINDOWS = 24
OFFSETS: tuple[int, ...] = tuple(sum(WIDTHS[:i]) for i in range(len(WIDTHS)))
RECORD = 80
FILE_NAME = "g_table.bin"
SHA256 = "60c9c0ed752d0ab1dd5b29f21e20f76b2c0f4c7f939c38bf4c9b5369e514b72c"

Table = list[list[tuple[int, int]]]


def _batch_normalize(points: list[tuple[int, int, int, int]]) -> list[tuple[int, int]]:
    """Affine (x, u) of projective points with one inversion (Montgomery's trick)."""
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
    out = []
    for j, (x, _, u, _) in enumerate(points):
        ax = pk.pack(pk.unpack(pk.mul(x, invs[2 * j])))
        au = pk.pack(pk.unpack(pk.mul(u, invs[2 * j + 1])))
        out.append((ax, au))
    return out


def _extend(table: Table, base: tuple[int, int, int, int]) -> Table:
    """Append windows from ``len(table)`` on; ``base`` is 2^(offset of the next window)·G."""
    for w in WIDTHS[len(table) :]:
        bx, bu = _batch_normalize([base])[0]
        pts = [(bx, pk.ONE, bu, pk.ONE)]
        for _ in range(1, 1 << (w - 1)):
            pts.append(pk.add_affine(pts[-1], bx, bu))
        table.append(_batch_normalize(pts))
        base = pk.mdouble(base, w)
    return table


def _next_base(table: Table) -> tuple[int, int, int, int]:
    """2^(offset after the last window)·G, from the last window's largest entry (2^(w-1)·2^o·G)."""
    x, u = table[-1][-1]
    return pk.double((x, pk.ONE, u, pk.ONE))


def build() -> Table:
    """Compute the whole table from G (about 0.3 s)."""
    return _extend([], tuple(pk.pack(c) for c in curve.GENERATOR))  # type: ignore[arg-type]


def to_bytes(table: Table) -> bytes:
    """Serialise the shipped windows: per point x then u, each five u64 little-endian canonical limbs."""
    out = bytearray()
    for window in table[:SHIPPED_WINDOWS]:
        for x, u in window:
            out += fp5.quintic_to_bytes(pk.unpack(x))
            out += fp5.quintic_to_bytes(pk.unpack(u))
    return bytes(out)


def from_bytes(data: bytes) -> Table:
    """Parse the file format into packed (x, u) ints, spreading 8-byte limbs into 18-byte slots in bulk."""
    nlimbs = len(data) // 8
    spread = bytearray(nlimbs * 18)
    for j in range(8):
        spread[j::18] = data[j::8]
    coord = 5 * 18
    table: Table = []
    pos = 0
    for w in WIDTHS[:SHIPPED_WINDOWS]:
        window = []
        for _ in range(1 << (w - 1)):
            x = int.from_bytes(spread[pos : pos + coord], "little")
            u = int.from_bytes(spread[pos + coord : pos + 2 * coord], "little")
            window.append((x, u))
            pos += 2 * coord
        table.append(window)
    return table


def expected_size() -> int:
    """Bytes in the table file."""
    return RECORD * sum(1 << (w - 1) for w in WIDTHS[:SHIPPED_WINDOWS])


def load() -> Table:
    """The shipped table if it is intact, else a freshly built one."""
    try:
        data = resources.files("lighter.signing").joinpath(FILE_NAME).read_bytes()
    except OSError:
        logger.warning("signing table %s is missing; building it in memory", FILE_NAME)
        return build()
    if len(data) != expected_size() or hashlib.sha256(data).hexdigest() != SHA256:
        logger.warning("signing table %s is corrupt; building it in memory", FILE_NAME)
        return build()
    table = from_bytes(data)
    return _extend(table, _next_base(table))


def main() -> None:
    """Regenerate the shipped file and print its SHA-256 (to pin in ``SHA256``)."""
    from pathlib import Path

    data = to_bytes(build())
    path = Path(__file__).with_name(FILE_NAME)
    path.write_bytes(data)
    print(path, len(data), hashlib.sha256(data).hexdigest())  # noqa: T201 - developer tool


if __name__ == "__main__":
    main()
