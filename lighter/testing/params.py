"""Strict parsing of admin parameters (``/sim/v1/``): JSON numbers or form strings, never truncated.

A value that is not exactly what the field needs (a float where an integer is due, a bool, "1.5", a
negative count) is refused with HTTP 400 ``{code, message}`` naming the field.
"""

from __future__ import annotations

import asyncio
import math
import re
from typing import Any

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError

from lighter import _json
from lighter.testing.errors import INVALID_PARAM, ExchangeError, invalid_param
from lighter.testing.limits import LIMITS

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


async def fields(request: web.Request) -> dict[str, Any]:
    """The fields of a request body: a JSON object, or a urlencoded or multipart form. The body must arrive
    whole within the server's ``body_timeout``; anything malformed is a 400 naming the problem."""
    timeout = request.app[LIMITS].body_timeout
    try:
        if request.content_type == "application/json":
            body = json_value("body", await asyncio.wait_for(request.read(), timeout))
            if not isinstance(body, dict):
                raise invalid_param("body must be a JSON object")
            return body
        try:
            post = await asyncio.wait_for(request.post(), timeout)
        except (ValueError, UnicodeDecodeError, HttpProcessingError):  # e.g. a broken multipart body
            raise invalid_param("malformed form body") from None
    except asyncio.TimeoutError:
        raise ExchangeError(
            INVALID_PARAM, f"the request body did not arrive within {timeout:g} s", status=408
        ) from None
    return {k: v for k, v in post.items() if isinstance(v, str)}


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
