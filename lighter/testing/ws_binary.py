"""The local exchange's binary-option channels: ``bo_market_stats/{market_id|all}`` and
``up_down_candle/{symbol}/{duration}/{resolution}``, from the synthetic data of `binary_options`.

The snapshot of an up/down channel carries the last candles (up to 300), each update the candle being
formed (and the one just closed when a bucket rolls over); stats updates carry the markets' current figures.
Updates are pushed every `PUSH_INTERVAL` seconds while someone is subscribed.
"""

from __future__ import annotations

from typing import Any

from lighter.testing import binary_options as bo
from lighter.testing import errors
from lighter.testing.errors import ExchangeError

PUSH_INTERVAL = 0.5
SNAPSHOT_CANDLES = 300
KINDS = ("bo_market_stats", "up_down_candle")


def parse(channel: str) -> str | None:
    """The frame channel name (``up_down_candle:btc:5m:1s``) of a binary-option subscribe address, None when
    the address is another kind of channel; ExchangeError for a binary-option address that is invalid."""
    parts = channel.replace(":", "/").split("/")
    if parts[0] not in KINDS:
        return None
    bad = ExchangeError(errors.WS_INVALID_CHANNEL, f"Invalid Channel:  ({channel})")
    if parts[0] == "bo_market_stats":
        if len(parts) != 2 or not (parts[1] == "all" or parts[1].isdigit()):
            raise bad
        if parts[1] != "all" and int(parts[1]) not in {w.market_id for w in bo.windows(0)}:
            raise bad
        return ":".join(parts)
    if len(parts) != 4 or parts[3] not in bo.RESOLUTIONS or bo.find_series(parts[1], parts[2]) is None:
        raise bad
    return ":".join([parts[0], parts[1].lower(), parts[2], parts[3]])


def payload(key: str, now_ms: int, *, snapshot: bool) -> dict[str, Any]:
    """The frame of channel ``key`` (as returned by `parse`), without ``type``/``channel``."""
    parts = key.split(":")
    now_s = now_ms // 1000
    if parts[0] == "bo_market_stats":
        listed = {w.market_id: w for w in bo.windows(now_s)}
        if parts[1] == "all":
            stats: Any = {str(mid): bo.market_stats(w, now_s) for mid, w in listed.items()}
        else:
            window = listed.get(int(parts[1]))
            stats = bo.market_stats(window, now_s) if window else {}
        return {"bo_market_stats": stats, "timestamp": now_ms}
    series = bo.find_series(parts[1], parts[2])
    assert series is not None  # parse() checked it
    step = bo.RESOLUTIONS[parts[3]]
    current = now_s // step * step
    count = SNAPSHOT_CANDLES if snapshot else 2
    first = current - (count - 1) * step
    candles, _ = bo.candles(series, parts[3], first, current, count, now_s)
    return {"candles": candles, "timestamp": now_ms}
