"""How much the local exchange lets one peer hold: time to send a request, idle sockets, connections, and
frames queued for a client that does not read. Exceeding any of them ends that peer's connection (a
WebSocket with a close code, logged); the server and every other client carry on."""

from __future__ import annotations

from dataclasses import dataclass

from aiohttp import web

# WebSocket close code for a client that does not read its frames (1008: policy violation)
CLOSE_SLOW_READER = 1008
# WebSocket close code when the server is full (1013: try again later)
CLOSE_TOO_MANY = 1013


@dataclass(frozen=True)
class ServerLimits:
    """The local exchange's bounds per peer (seconds, counts)."""

    header_timeout: float = 15.0
    """An HTTP connection must deliver a request head within this; idle keep-alive ones close after it."""
    body_timeout: float = 30.0
    """A request body must arrive whole within this."""
    ws_idle_timeout: float = 120.0
    """A WebSocket that sends nothing (not even a ping) for this long is closed (the real exchange: 2 min)."""
    max_ws_connections: int = 1000
    """WebSocket connections served at once; more are refused with HTTP 503 ``{code, message}``."""
    send_queue_frames: int = 10_000
    """Frames queued for one WebSocket client; a client that lets more pile up is disconnected."""


LIMITS = web.AppKey("lighter_limits", ServerLimits)  # the server's limits, for handlers
