"""Data for analysis and replay: read models as tables (`to_pandas`, `to_arrow`, behind the ``data``
extra) and recordings of the public stream (`read_recording`).

Every name is imported on first use, so ``import lighter.data`` loads no optional package; a missing extra
is one clear line (``pip install 'lighter-client[data]'``).

>>> from lighter.data import to_pandas
>>> df = to_pandas(client.market_data.candles("ETH", "1h", start=timedelta(days=30)))   # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from lighter.data._tables import to_arrow as to_arrow
    from lighter.data._tables import to_pandas as to_pandas
    from lighter.data.recording import RecordedFrame as RecordedFrame
    from lighter.data.recording import RecordingError as RecordingError
    from lighter.data.recording import RecordingMark as RecordingMark
    from lighter.data.recording import read_recording as read_recording

# public name -> module that defines it (imported on first access)
_EXPORTS: dict[str, str] = {
    "to_arrow": "lighter.data._tables",
    "to_pandas": "lighter.data._tables",
    "read_recording": "lighter.data.recording",
    "RecordedFrame": "lighter.data.recording",
    "RecordingMark": "lighter.data.recording",
    "RecordingError": "lighter.data.recording",
}

__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'lighter.data' has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value
