"""Times on the command line: ``90m``/``12h``/``7d``/``2w`` ago, ISO dates (UTC unless an offset is
given), or unix time in seconds or milliseconds. Pure functions over an explicit "now"."""

from __future__ import annotations

import re
from datetime import datetime, timezone

from lighter._cli.context import CliError
from lighter.resources._paging import RESOLUTION_SECONDS

_RELATIVE = re.compile(r"^(\d+(?:\.\d+)?)\s*(s|m|h|d|w)$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_time_ms(text: str, now_ms: int, *, what: str = "time") -> int:
    """Unix milliseconds for `text` (see the module docstring); CliError names the accepted forms."""
    value = text.strip()
    if value.lower() == "now":
        return now_ms
    match = _RELATIVE.match(value.lower().removesuffix(" ago").strip())
    if match:
        amount, unit = float(match.group(1)), match.group(2)
        return now_ms - int(amount * _UNIT_SECONDS[unit] * 1000)
    if value.isdigit():
        number = int(value)
        return number if number >= 10**12 else number * 1000  # milliseconds already, or seconds
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise CliError(
            f"{what} {text!r} is not a time: use 90m, 12h, 7d (ago), an ISO date such as 2024-05-01 or "
            "2024-05-01T12:00, or unix seconds"
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return int(parsed.timestamp() * 1000)


def resolution_ms(resolution: str) -> int:
    """Milliseconds of one candle; CliError lists the resolutions the API knows."""
    seconds = RESOLUTION_SECONDS.get(resolution)
    if seconds is None:
        raise CliError(f"resolution must be one of {', '.join(RESOLUTION_SECONDS)}, got {resolution!r}")
    return seconds * 1000


def fmt_time(ms: int | None, *, seconds: bool = True) -> str:
    """``2024-05-01 12:00:05`` (UTC) from unix milliseconds."""
    if not ms:
        return ""
    stamp = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    return stamp.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
