"""Strict parsing of admin parameters (``/sim/v1/``): JSON numbers or form strings, never truncated.

A value that is not exactly what the field needs (a float where an integer is due, a bool, "1.5", a
negative count) is refused with HTTP 400 ``{code, message}`` naming the field.
"""

from __future__ import annotations

import math
import re
from typing import Any

from lighter import _json
from lighter.testing.errors import invalid_param

_INT = re.compile(r"-?[0-9]{1,40}")  # far beyond any 64-bit field, far below int()'s digit limit
_NUMBER = re.compile(r"-?([0-9]+(\.[0-9]*)?|\.[0-9]+)")


def integer(name: str, raw: Any, *, low: int | None = None) -> int:
    """``raw`` as an int: a JSON integer or a string of digits; at least ``low`` if given."""
    if isinstance(raw, bool):
        raise invalid_param(f"{name} must be an integer, not a boolean")
    if isinstance(raw, int):
        value = raw
    elif isinstance(raw, str) and _INT.fullmatch(raw.strip()):
        value = int(raw.strip())
    else:
        raise invalid_param(f"{name} must be an integer, got {_show(raw)}")
    if low is not None and value < low:
        raise invalid_param(f"{name} must be >= {low}, got {value}")
    return value


def json_value(name: str, raw: str | bytes) -> Any:
    """Foreign JSON (a request body, a ``tx_info``, a list field) decoded within `lighter._json`'s bounds."""
    try:
        return _json.loads(raw)
    except ValueError as exc:
        raise invalid_param(f"{name} is not valid JSON: {exc}") from None


def number(name: str, raw: Any, *, low: float | None = None) -> float:
    """``raw`` as a finite float: a JSON number or a decimal string; at least ``low`` if given."""
    if isinstance(raw, bool):
        raise invalid_param(f"{name} must be a number, not a boolean")
    if isinstance(raw, (int, float)):
        value = float(raw)
    elif isinstance(raw, str) and _NUMBER.fullmatch(raw.strip()):
        value = float(raw.strip())
    else:
        raise invalid_param(f"{name} must be a number, got {_show(raw)}")
    if not math.isfinite(value):
        raise invalid_param(f"{name} must be a finite number")
    if low is not None and value < low:
        raise invalid_param(f"{name} must be >= {low:g}, got {value:g}")
    return value


def flag(name: str, raw: Any) -> bool:
    """``raw`` as a bool: JSON true/false, or one of 1/0/true/false/yes/no/on/off."""
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int) and raw in (0, 1):
        return bool(raw)
    if isinstance(raw, str):
        text = raw.strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off"):
            return False
    raise invalid_param(f"{name} must be true or false, got {_show(raw)}")


def _show(raw: Any) -> str:
    text = repr(raw)
    return text if len(text) <= 40 else text[:37] + "..."
