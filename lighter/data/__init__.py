"""Data for analysis and replay: recordings of the public stream (and exports, behind the ``data`` extra).

Every name is imported on first use, so ``import lighter.data`` loads no optional package.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = ["read_recording", "RecordedFrame", "RecordingMark", "RecordingError"]

if TYPE_CHECKING:  # pragma: no cover
    from lighter.data.recording import RecordedFrame, RecordingError, RecordingMark, read_recording

_EXPORTS = {
    "read_recording": "lighter.data.recording",
    "RecordedFrame": "lighter.data.recording",
    "RecordingMark": "lighter.data.recording",
    "RecordingError": "lighter.data.recording",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'lighter.data' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
