"""Reading a request's query and writing an answer in the exchange's ``{code, message}`` shape.

Shared by every route module (``rest``, ``rest_binary``, ``admin``, the server's middleware); it knows
nothing about the exchange's state.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from lighter.testing import errors, views
from lighter.testing.errors import ExchangeError

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def ok(body: dict[str, Any]) -> web.Response:
    """A 200 answer ``{"code": 200, **body}``."""
    return web.Response(text=views.dumps({"code": errors.OK, **body}), content_type="application/json")


def fail(exc: ExchangeError) -> web.Response:
    """A refusal: ``{code, message}`` with the error's HTTP status."""
    return web.Response(status=exc.status, text=views.dumps(exc.body()), content_type="application/json")


def q_int(
    request: web.Request,
    name: str,
    default: int | None = None,
    *,
    low: int | None = None,
    high: int | None = None,
) -> int:
    """Integer query parameter ``name`` (``default`` if absent, else required), optionally bounded."""
    raw = request.query.get(name)
    if raw is None or raw == "":
        if default is None:
            raise errors.invalid_param(f"{name} is required")
        return default
    try:
        value = int(raw)
    except ValueError:
        raise errors.invalid_param(f"{name} must be an integer") from None
    if (low is not None and value < low) or (high is not None and value > high):
        raise errors.invalid_param(f"{name} out of range")
    return value


def int_list(request: web.Request, name: str) -> set[int]:
    """An integer list given as repeated parameters (``?x=1&x=2``) or comma-separated (``?x=1,2``)."""
    out = set()
    for raw in request.query.getall(name, []):
        for part in raw.split(","):
            if part.strip():
                try:
                    out.add(int(part))
                except ValueError:
                    raise errors.invalid_param(f"{name} must be integers") from None
    return out


def q_str(request: web.Request, name: str, default: str | None = None) -> str:
    """String query parameter ``name`` (``default`` if absent, else required)."""
    raw = request.query.get(name)
    if raw is None or raw == "":
        if default is None:
            raise errors.invalid_param(f"{name} is required")
        return default
    return raw


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> web.Response:
    """An HTTP-level refusal (unknown path, wrong method, body too large) in the ``{code, message}`` shape.

    The code is the HTTP status: the real codes of these refusals are not known.
    """
    return web.Response(
        status=status,
        text=views.dumps({"code": status, "message": message}),
        content_type="application/json",
        headers=headers,
    )


def from_http_exception(exc: web.HTTPException) -> web.Response:
    """aiohttp's own refusals (413 from the body size limit, 400 on /stream without upgrade...) as JSON."""
    message = exc.text if exc.text and not exc.text.startswith(f"{exc.status}:") else exc.reason
    message = " ".join(message.split())
    if exc.status == 413:
        message = f"request body too large: {message}"
    keep = {k: v for k, v in exc.headers.items() if k.lower() in ("allow", "retry-after")}
    return error_response(exc.status, message, keep)
