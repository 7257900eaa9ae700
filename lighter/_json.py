"""The one JSON decoder for foreign bytes: REST bodies, WebSocket frames, the local exchange's input, files.

Every decode is bounded in size and nesting depth and ends in one typed error, `JSONError` (a
`ValueError`), never a `RecursionError` or a crash: once `eth_account` has raised the interpreter's
recursion limit, a 100,000-deep array overflows the C stack inside the standard decoder. The depth
check costs two C-speed counts for ordinary documents (depth cannot exceed the number of opening
brackets); only documents with many brackets pay for an exact measure, which is also C-speed work and
never recursive. Callers turn `JSONError` into their layer's error (`APIResponseValidationError`, a
stream's malformed-frame event, a 400 ``{code, message}``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

MAX_DEPTH = 128
MAX_SIZE = 32 * 1024 * 1024  # bytes (or characters, for text)

_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'[]{}"')
_INNERMOST = re.compile(rb"\[\]|\{\}")


class JSONError(ValueError):
    """Foreign bytes that are not JSON, or JSON beyond the size or depth bound."""


_DECODER = json.JSONDecoder()  # NaN/Infinity are read as the standard decoder reads them (floats)


def too_deep(data: bytes | str, max_depth: int = MAX_DEPTH) -> bool:
    """Whether `data` nests arrays and objects deeper than `max_depth` (or is unbalanced), without recursion.

    Strings are dropped first (brackets inside them do not count), then innermost ``[]``/``{}`` pairs are
    removed round by round. A round of two C-speed replaces removes at least one level and at most two, so a
    document gone within ``max_depth // 2`` such rounds is no deeper than ``max_depth``; an odd limit ends
    with one exact round (one regex pass removes one level: it does not rescan what it joined).
    """
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
    if b"\\" in raw:  # drop escapes so every quote left delimits a string (backslashes pair from the left)
        raw = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    rest = raw.translate(None, _NOT_STRUCTURE)
    if b'"' in rest:  # adjacent quotes enclose nothing that counts; other strings hold brackets
        rest = rest.replace(b'""', b"")
        if b'"' in rest:
            rest = b"".join(rest.split(b'"')[::2])
    rounds: tuple[Callable[[bytes], bytes], ...] = (_two_levels,) * (max_depth // 2) + (_one_level,) * (
        max_depth % 2
    )
    for strip in rounds:
        if not rest:
            return False
        inner = strip(rest)
        if len(inner) == len(rest):  # unbalanced: not JSON, and never for the recursive decoder
            return True
        rest = inner
    return bool(rest)


def _two_levels(rest: bytes) -> bytes:
    return rest.replace(b"[]", b"").replace(b"{}", b"")


def _one_level(rest: bytes) -> bytes:
    return _INNERMOST.sub(b"", rest)


def check(data: bytes | str, *, max_size: int = MAX_SIZE, max_depth: int = MAX_DEPTH) -> None:
    """Raise `JSONError` if `data` is larger than `max_size` or nests deeper than `max_depth`."""
    if len(data) > max_size:
        raise JSONError(f"JSON document of {len(data)} bytes exceeds the {max_size}-byte limit")
    if isinstance(data, str):
        opening = data.count("[") + data.count("{")
    else:
        opening = data.count(b"[") + data.count(b"{")
    if opening > max_depth and too_deep(data, max_depth):
        raise JSONError(f"JSON nested deeper than the limit of {max_depth} levels (or unbalanced)")


def loads(
    data: bytes | bytearray | memoryview | str, *, max_size: int = MAX_SIZE, max_depth: int = MAX_DEPTH
) -> Any:
    """Decode foreign JSON within the bounds; every failure is a `JSONError` (a `ValueError`)."""
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    check(data, max_size=max_size, max_depth=max_depth)
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        return _DECODER.decode(text)
    except JSONError:
        raise
    except (ValueError, RecursionError) as exc:  # bad syntax, bad UTF-8, a number with too many digits
        raise JSONError(f"not valid JSON: {exc}") from None


def load_file(path: str | Any, *, max_size: int = MAX_SIZE, max_depth: int = MAX_DEPTH) -> Any:
    """Read and decode a JSON file within the bounds (a larger file is refused before it is read whole)."""
    with open(path, "rb") as fh:
        data = fh.read(max_size + 1)
    return loads(data, max_size=max_size, max_depth=max_depth)
