"""A loopback TCP proxy for fault tests: forwards bytes both ways and can cut a connection at a chosen point.

Server-to-client WebSocket frames are not masked, so the proxy can see an answer go by and cut the
connection *instead of* delivering it: the exchange has handled the request, the client never hears back.
"""

from __future__ import annotations

import socket
import threading
from types import TracebackType


class TcpProxy:
    """``ws://127.0.0.1:<port>/stream`` in front of an upstream host:port."""

    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self.upstream = (upstream_host, upstream_port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._cut_on: bytes | None = None
        self.cut = threading.Event()
        self.seen: dict[bytes, int] = {}
        self._watch: tuple[bytes, ...] = ()
        self._conns: list[socket.socket] = []
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/stream"

    def cut_on_answer(self, marker: bytes) -> None:
        """Cut the connection carrying the next server-to-client chunk that contains ``marker``
        (the chunk is not delivered)."""
        with self._lock:
            self._cut_on = marker
            self.cut.clear()

    def count(self, *markers: bytes) -> None:
        """Count server-to-client chunks containing each marker (in ``seen``)."""
        with self._lock:
            self._watch = markers
            self.seen = dict.fromkeys(markers, 0)

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.upstream)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._conns += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream, False), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, True), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, from_server: bool) -> None:
        tail = b""
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if from_server:
                    window = tail + data  # a marker split over two reads is still seen, once
                    with self._lock:
                        for marker in self._watch:
                            self.seen[marker] += window.count(marker) - tail.count(marker)
                        cut = self._cut_on is not None and self._cut_on in window
                        if cut:
                            self._cut_on = None
                    tail = window[-64:]
                    if cut:
                        self.cut.set()
                        break
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()

    def close(self) -> None:
        self._listener.close()
        with self._lock:
            conns, self._conns = self._conns, []
        for s in conns:
            try:
                s.close()
            except OSError:
                pass

    def __enter__(self) -> TcpProxy:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
