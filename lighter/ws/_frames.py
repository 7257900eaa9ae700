"""A bound on the size of one incoming WebSocket message, inside websocket-client's frame reader.

websocket-client reads a frame of whatever length its header announces (up to 2**63 bytes) and joins
continuation frames without limit, so a hostile server could make the stream thread allocate without
end. `bound` swaps in readers that refuse a frame, or a message of continuation frames, larger than the
limit with a `WebSocketProtocolException`: the session ends like any broken connection and reconnects.
"""

from __future__ import annotations

from typing import Any

import websocket
from websocket._abnf import ABNF, continuous_frame, frame_buffer


class _BoundedFrames(frame_buffer):
    def __init__(self, recv_fn: Any, skip_utf8_validation: bool, limit: int) -> None:
        super().__init__(recv_fn, skip_utf8_validation)
        self.limit = limit

    def recv_length(self) -> None:
        super().recv_length()
        if self.length is not None and self.length > self.limit:
            raise websocket.WebSocketProtocolException(
                f"a frame of {self.length} bytes exceeds the limit of {self.limit}"
            )


class _BoundedMessages(continuous_frame):
    def __init__(self, fire_cont_frame: bool, skip_utf8_validation: bool, limit: int) -> None:
        super().__init__(fire_cont_frame, skip_utf8_validation)
        self.limit = limit

    def add(self, frame: ABNF) -> None:
        held = len(self.cont_data[1]) if self.cont_data else 0
        if held + len(frame.data) > self.limit:
            self.cont_data = None
            self.recving_frames = None
            raise websocket.WebSocketProtocolException(f"a message exceeds the limit of {self.limit} bytes")
        super().add(frame)


def bound(ws: websocket.WebSocket, limit: int) -> bool:
    """Limit the messages `ws` reads to `limit` bytes; False if this websocket-client has another layout."""
    recv = getattr(ws, "_recv", None)
    if recv is None or not hasattr(ws, "frame_buffer") or not hasattr(ws, "cont_frame"):
        return False
    ws.frame_buffer = _BoundedFrames(recv, True, limit)
    ws.cont_frame = _BoundedMessages(False, True, limit)
    return True
