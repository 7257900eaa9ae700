"""The fixed-base table for G shipped in the package: 32 windows of 10 bits (k·G in 31 additions).

Window i covers scalar bits [10·i, 10·i + 10) (see ``_gtable`` for the signed-window scheme). The first
24 windows ship as ``g_table.bin``: 80 bytes per point, x then u, five u64 little-endian canonical limbs
each; 983 040 bytes, under the 1 MB package budget. The file is checked against a pinned SHA-256 when
loaded, spread into ``_gtable``'s 90-byte records, and the last 8 windows are computed (~60 ms). If the
file is missing or corrupt the whole table is rebuilt in memory (~0.3 s) with a warning, so the file is
never required for correctness. Processes switch to the bigger cached table of ``_cache`` once it exists.
Regenerate the file with ``scripts/build-signing-table``.
"""

from __future__ import annotations

import hashlib
from importlib import resources

from lighter._loggers import get_logger
from lighter.signing import _gtable
from lighter.signing._gtable import GTable

logger = get_logger("lighter.signing")

WIDTHS: tuple[int, ...] = (10,) * 32
SHIPPED_WINDOWS = 24
OFFSETS: tuple[int, ...] = tuple(sum(WIDTHS[:i]) for i in range(len(WIDTHS)))
RECORD = 80
FILE_NAME = "g_table.bin"
SHA256 = "60c9c0ed752d0ab1dd5b29f21e20f76b2c0f4c7f939c38bf4c9b5369e514b72c"

# byte moves between a file record (x limbs at 8j, u limbs at 40 + 8j) and a _gtable record (18j, 18j + 9)
_MOVES = tuple((8 * j + b, 18 * j + b) for j in range(5) for b in range(8)) + tuple(
    (40 + 8 * j + b, 18 * j + _gtable.U_SHIFT // 8 + b) for j in range(5) for b in range(8)
)


def build() -> GTable:
    """Compute the whole table from G (about 0.3 s)."""
    return GTable(_gtable.build(WIDTHS), WIDTHS)


def to_bytes(table: GTable) -> bytes:
    """The shipped windows in the file format."""
    n = sum(1 << (w - 1) for w in WIDTHS[:SHIPPED_WINDOWS])
    out = bytearray(n * RECORD)
    for file_pos, mem_pos in _MOVES:
        out[file_pos::RECORD] = table.data[mem_pos : n * _gtable.RECORD : _gtable.RECORD]
    return bytes(out)


def from_bytes(data: bytes) -> bytes:
    """File records -> ``_gtable`` records, in bulk (40 strided byte copies)."""
    n = len(data) // RECORD
    out = bytearray(n * _gtable.RECORD)
    for file_pos, mem_pos in _MOVES:
        out[mem_pos :: _gtable.RECORD] = data[file_pos::RECORD]
    return bytes(out)


def expected_size() -> int:
    """Bytes in the table file."""
    return RECORD * sum(1 << (w - 1) for w in WIDTHS[:SHIPPED_WINDOWS])


def load() -> GTable:
    """The shipped table if it is intact (plus the windows computed on load), else a freshly built one."""
    try:
        data = resources.files("lighter.signing").joinpath(FILE_NAME).read_bytes()
    except OSError:
        logger.warning("signing table %s is missing; building it in memory", FILE_NAME)
        return build()
    if len(data) != expected_size() or hashlib.sha256(data).hexdigest() != SHA256:
        logger.warning("signing table %s is corrupt; building it in memory", FILE_NAME)
        return build()
    rest = _gtable.iter_windows(WIDTHS, only=range(SHIPPED_WINDOWS, len(WIDTHS)))
    return GTable(from_bytes(data) + b"".join(chunk for _, chunk in rest), WIDTHS)
